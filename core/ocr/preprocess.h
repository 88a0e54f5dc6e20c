#pragma once

#include <QString>

#include "pix.h"

namespace cd::ocr {

struct PreprocessOptions
{
    bool deskew = true;
    bool normaliseBackground = true;
    bool binarise = true;
    bool suppressRedSeal = true;
    bool despeckle = true;
    // Hand Tesseract the cleaned grey page (binarisation used as an ink mask) rather than the
    // binary page itself.
    bool greyForRecognition = true;
    bool stretchBackground = false;
    // The ink mask: grey level below which a pixel may be ink (0: the Otsu threshold), and
    // how far around ink the grey image is kept. A 5x5 neighbourhood keeps the faint vowel
    // signs of blurred Tibetan (dev set: 5.3% -> 3.4% CER, Chinese unchanged); a lighter
    // threshold let in noise (12% on Chinese).
    int maskThreshold = 0;
    int maskDilate = 5;
    // The display image (deskewed page in colour) is only needed for review images and
    // searchable PDFs; rotating a colour page costs more than a tenth of a second.
    bool keepDisplay = true;
    double sharpen = 0; // unsharp-mask strength for blurred scans, 0: off
    // Pages scanned below this resolution are upscaled before binarisation: thin strokes of
    // small characters survive thresholding better at about 300 dpi.
    int minDpi = 0;
    // Removes ink that belongs to no text line: specks far from any text survive the small
    // component filter when they are 3-4 px across, and split or merge lines in the layout.
    bool dropIsolatedSpecks = true;
    // The grey level given to what is not ink. The normalised background sits near 200, so
    // pure white leaves a grey halo around each character; Chinese reads better with a paler
    // grey, Tibetan with white (see paperLevelFor).
    int paperLevel = 255;
    // Keep what Preprocessor::repaper needs (used when the language, and so the paper level, is
    // only known after a first look at the page).
    bool keepForRepaper = false;
};

struct PreprocessedPage
{
    PixPtr ocr;     // what Tesseract reads: binarised (1 bpp) or normalised grey
    PixPtr display; // the deskewed page in its own colours, same size as ocr (PDF, review)
    int dpi = 0;    // resolution of both images
    float skewDegrees = 0;
    bool sealSuppressed = false;
    double redFraction = 0;
    // With PreprocessOptions::keepForRepaper: the grey page before the paper was levelled and
    // the paper mask, so another paper level costs one masked fill instead of a second run.
    PixPtr unlevelled;
    PixPtr paperMask;
};

// The Leptonica pipeline run before Tesseract: red-seal suppression (colour scans), background
// normalisation, deskew, binarisation and speckle removal. Runs in the OCR worker process.
class Preprocessor
{
public:
    static PreprocessedPage run(Pix* page, int dpi, const PreprocessOptions& options = {});
    // PreprocessOptions::paperLevel for a Tesseract language ("chi_sim", "bod", ...).
    static int paperLevelFor(const QString& language);
    // Gives a page prepared with keepForRepaper another paper level; false if it cannot.
    static bool repaper(PreprocessedPage& page, int paperLevel);

    // Fraction of sampled pixels that are seal red (saturated, red dominant).
    static double redFraction(Pix* rgb);
    // Grey image of a colour page in which red ink is as light as paper: the red channel.
    // Black text under a red seal stays black in it, the seal itself turns pale.
    static PixPtr sealFreeGrey(Pix* rgb);
    // True when the page's text runs in columns (top to bottom): inside the ink's bounding box,
    // blank columns (gaps between text columns) clearly outnumber blank rows.
    static bool looksVertical(Pix* page);
    // Minimum red fraction for a page to count as stamped.
    static constexpr double sealThreshold = 0.002;
};

} // namespace cd::ocr
