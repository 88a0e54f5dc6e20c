#pragma once

#include "pagesource.h"
#include "pix.h"

#include <QSize>
#include <QString>

namespace Poppler {
class Page;
}

namespace cd::ocr {

// A scanned PDF page is usually one image drawn over the whole page. Taking that image as it
// is (the JPEG decoded directly, other encodings decoded by pdfimages) is several times
// cheaper than rendering the page through Poppler at the scan's resolution, and gives the
// scanner's own pixels instead of a bilinear resampling. It is taken only when the page is
// exactly that: one image, of the page's size at the requested resolution, and a
// low-resolution rendering of the page looks the same (which catches flipped placements,
// inverted colour spaces and anything drawn over the scan). Otherwise the caller renders.
class EmbeddedScan
{
public:
    // The page image, 8 bpp for grey scans and 32 bpp for colour ones, or null.
    static PixPtr extract(const QString& pdfPath, const QString& password, int pageNumber,
                          Poppler::Page& page, const QSize& expectedSize,
                          const QVector<PdfImageInfo>& imagesOnPage);

    // Grey when a colour image holds only neutral pixels (sampled), as scanners often write
    // grey pages as RGB; the same rule the rendered path applies.
    static PixPtr greyIfNeutral(PixPtr pix);

    // Mean absolute difference and share of strongly differing pixels between two 8 bpp images
    // of the same size.
    struct Difference
    {
        double mean = 255;
        double strongShare = 1;
    };
    static Difference compare(Pix* a, Pix* b, int strongLevel);
};

} // namespace cd::ocr
