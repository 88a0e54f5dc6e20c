#pragma once

#include "ocrtypes.h"
#include "pix.h"

#include <QString>
#include <QVector>

#include <memory>

namespace Poppler {
class Document;
}

namespace cd::ocr {

struct SourceFailure
{
    FailureCode code = FailureCode::None;
    QString detail; // technical, for the log

    explicit operator bool() const { return code != FailureCode::None; }
};

// One page as the worker reads it: an image to recognise, or a born-digital page's own text.
struct SourcePage
{
    PixPtr image;
    int dpi = 0;
    bool hasTextLayer = false;
    bool fromEmbeddedScan = false; // the page's JPEG, decoded directly (see EmbeddedScan)
    OcrPage textLayer;             // filled when hasTextLayer
};

// One image a PDF page draws, as `pdfimages -list` reports it.
struct PdfImageInfo
{
    int page = 0;
    QString type; // image, smask, mask, stencil
    int width = 0;
    int height = 0;
    QString encoding; // jpeg, image (Flate and others), ccitt, jbig2, jpx
    int xPpi = 0;
    int yPpi = 0;
};

// Opens an evidence file inside the OCR worker and hands out its pages one at a time, so
// memory does not grow with the page count. PDFs go through Poppler, images through Leptonica.
// Every limit that protects the worker is checked before anything large is allocated.
class PageSource
{
public:
    PageSource();
    ~PageSource();
    PageSource(const PageSource&) = delete;
    PageSource& operator=(const PageSource&) = delete;

    SourceFailure open(const QString& path, const QString& password);
    QString path() const { return m_path; }
    QString password() const { return m_password; }
    bool isPdf() const { return m_pdf != nullptr; }
    int pageCount() const { return m_pages; }
    // Scan resolution per page where it can be read (PDF: from the embedded images).
    QVector<int> nativeDpi();
    // The images page n draws (PDF only; listed once per document).
    QVector<PdfImageInfo> imagesOnPage(int n);

    // n is 1-based. dpi 0 means the native or the default resolution.
    SourceFailure page(int n, int dpi, SourcePage* out);
    // Scanned PDF pages are taken from their embedded JPEG where that is exactly the page
    // (on by default; off renders every page through Poppler).
    void setUseEmbeddedScans(bool on) { m_useEmbeddedScans = on; }
    // Writes page n of a PDF unchanged into its own file (searchable output of text pages).
    SourceFailure extractPdfPage(int n, const QString& outFile) const;

    static constexpr qint64 maxPixels = 120'000'000; // per page
    static constexpr int maxPages = 10000;
    static constexpr int defaultDpi = 300;
    // Minimum non-blank characters for a PDF page to count as born digital.
    static constexpr int minTextLayerChars = 16;

private:
    SourceFailure openImage(const QByteArray& head);
    SourceFailure openPdf();
    const QVector<PdfImageInfo>& imageList();

    QString m_path;
    QString m_password;
    std::unique_ptr<Poppler::Document> m_pdf;
    int m_pages = 0;
    int m_imageFormat = 0;
    bool m_useEmbeddedScans = true;
    QVector<PdfImageInfo> m_imageList;
    bool m_imageListRead = false;
};

} // namespace cd::ocr
