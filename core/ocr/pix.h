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

// A new reference to p for an API that takes ownership (Tesseract's SetInputImage destroys
// what it is given; handing it our own pointer would destroy it twice).
inline Pix* newRef(const PixPtr& p)
{
    return pixClone(p.get());
}

} // namespace cd::ocr
