#pragma once

#include <leptonica/allheaders.h>

#include <memory>

namespace cd::ocr {

// Owns one Leptonica reference; pixDestroy only drops the reference, so clones are cheap.
struct PixDeleter
{
    void operator()(Pix* p) const
    {
        if (p)
            pixDestroy(&p);
    }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// Scanners often write grey pages as RGB: a pixel counts as neutral when its channels are
// within 12 levels, and a neutral page becomes grey with qGray()'s weights, on every path
// that turns a colour page into pixels for OCR (rendered or embedded).
inline bool isNeutralRgb(int r, int g, int b)
{
    return (r > g ? r - g : g - r) <= 12 && (g > b ? g - b : b - g) <= 12;
}
inline int greyOfRgb(int r, int g, int b)
{
    return (r * 11 + g * 16 + b * 5) / 32;
}

// A new reference to p for an API that takes ownership (Tesseract's SetInputImage destroys
// what it is given; handing it our own pointer would destroy it twice).
inline Pix* newRef(const PixPtr& p)
{
    return pixClone(p.get());
}

} // namespace cd::ocr
