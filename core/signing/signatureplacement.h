#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Poppler {
class Document;
}

namespace cd {

// Where a visible signature goes: a page and a rectangle in page fractions (0..1, origin at the
// top-left, as poppler wants it). An empty rect makes an invisible signature.
struct SignaturePlacement
{
    int page = -1; // 0-based; -1 means the last page
    QRectF rect;
};

// Metadata our appearance images carry in their PNG text chunks, so a worker process can place
// them without being told more: the point of the image that goes on the anchor (the seal's
// centre) and the physical width the image is meant to have.
struct AppearanceMetrics
{
    QPointF anchor{0.5, 0.5}; // fraction of the image
    double widthPt = 0;       // 0: unknown (imported image)

    static AppearanceMetrics read(const QString& imagePath, QSize* pixelSize = nullptr);
    static AppearanceMetrics fromImage(const QImage& image);
    void write(QImage& image) const;
};

class SignatureAnchor
{
    Q_DECLARE_TR_FUNCTIONS(cd::SignatureAnchor)
public:
    struct Found
    {
        int page = -1;
        QRectF box; // points, origin top-left
        QString text;
    };

    // The last date written in Chinese numerals (二〇二六年三月一日) on the last two pages: the
    // date line of a judgment, where the court seal goes. Text from CJK PDFs often comes back as
    // Kangxi radicals (⼀ for 一), so it is NFKC-normalised first.
    static Result<Found> findDateLine(const Poppler::Document& doc);

    // The rectangle (page fractions) for an image of imageSize pixels with metrics m on a page of
    // pageSize points: its anchor on anchorPt, kept inside the page.
    static QRectF rectAround(const QPointF& anchorPt, const QSizeF& pageSize,
                             const QSize& imageSize, const AppearanceMetrics& m);
    // Bottom-right corner, for documents without a date line.
    static QRectF defaultRect(const QSizeF& pageSize, const QSize& imageSize,
                              const AppearanceMetrics& m);
};

} // namespace cd
