#include "signatureplacement.h"

#include <QImageReader>
#include <QRegularExpression>
#include <QVector>

#include <poppler-qt6.h>

#include <algorithm>

namespace cd {

namespace {

const char* kAnchorKey = "CourtDesk-Anchor";
const char* kWidthKey = "CourtDesk-WidthPt";
constexpr double kDefaultWidthFraction = 0.3;
constexpr double kMarginFraction = 0.06;

QSizeF imageSizePt(const QSizeF& pageSize, const QSize& imageSize, const AppearanceMetrics& m)
{
    const double w = m.widthPt > 0 ? m.widthPt : pageSize.width() * kDefaultWidthFraction;
    const double h = imageSize.width() > 0 ? w * imageSize.height() / imageSize.width() : w;
    return {w, h};
}

} // namespace

namespace {

AppearanceMetrics parseMetrics(const QString& anchorText, const QString& widthText)
{
    AppearanceMetrics m;
    const QStringList anchor = anchorText.split(QLatin1Char(','));
    if (anchor.size() == 2) {
        bool okX = false, okY = false;
        const double x = anchor[0].toDouble(&okX), y = anchor[1].toDouble(&okY);
        if (okX && okY && x >= 0 && x <= 1 && y >= 0 && y <= 1)
            m.anchor = {x, y};
    }
    m.widthPt = std::max(0.0, widthText.toDouble());
    return m;
}

} // namespace

AppearanceMetrics AppearanceMetrics::read(const QString& imagePath, QSize* pixelSize)
{
    QImageReader r(imagePath);
    if (pixelSize)
        *pixelSize = r.size();
    return parseMetrics(r.text(QLatin1String(kAnchorKey)), r.text(QLatin1String(kWidthKey)));
}

AppearanceMetrics AppearanceMetrics::fromImage(const QImage& image)
{
    return parseMetrics(image.text(QLatin1String(kAnchorKey)),
                        image.text(QLatin1String(kWidthKey)));
}

void AppearanceMetrics::write(QImage& image) const
{
    image.setText(QLatin1String(kAnchorKey),
                  QStringLiteral("%1,%2").arg(anchor.x(), 0, 'f', 4).arg(anchor.y(), 0, 'f', 4));
    if (widthPt > 0)
        image.setText(QLatin1String(kWidthKey), QString::number(widthPt, 'f', 2));
}

Result<SignatureAnchor::Found> SignatureAnchor::findDateLine(const Poppler::Document& doc)
{
    static const QRegularExpression date(QStringLiteral(
        "[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"));
    const int pages = doc.numPages();
    for (int p = pages - 1; p >= std::max(0, pages - 2); --p) {
        std::unique_ptr<Poppler::Page> page = doc.page(p);
        if (!page)
            continue;
        QString text;
        QVector<QRectF> boxes;
        for (const auto& box : page->textList()) {
            const QString t = box->text();
            for (int i = 0; i < t.size(); ++i) {
                const QString n = QString(t[i]).normalized(QString::NormalizationForm_KC);
                text += n.isEmpty() ? t[i] : n[0];
                boxes << box->charBoundingBox(i);
            }
        }
        Found found;
        auto it = date.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            QRectF r;
            for (int i = m.capturedStart(); i < m.capturedEnd(); ++i)
                r = r.united(boxes[i]);
            found = Found{p, r, m.captured()};
        }
        if (found.page >= 0)
            return found;
    }
    return makeError(ErrorCode::NotFound, tr("The document has no date line in Chinese numerals."));
}

QRectF SignatureAnchor::rectAround(const QPointF& anchorPt, const QSizeF& pageSize,
                                   const QSize& imageSize, const AppearanceMetrics& m)
{
    const QSizeF s = imageSizePt(pageSize, imageSize, m);
    double x = anchorPt.x() - m.anchor.x() * s.width();
    double y = anchorPt.y() - m.anchor.y() * s.height();
    x = std::clamp(x, 0.0, std::max(0.0, pageSize.width() - s.width()));
    y = std::clamp(y, 0.0, std::max(0.0, pageSize.height() - s.height()));
    return QRectF(x / pageSize.width(), y / pageSize.height(), s.width() / pageSize.width(),
                  s.height() / pageSize.height())
        .intersected(QRectF(0, 0, 1, 1));
}

QRectF SignatureAnchor::defaultRect(const QSizeF& pageSize, const QSize& imageSize,
                                    const AppearanceMetrics& m)
{
    const QSizeF s = imageSizePt(pageSize, imageSize, m);
    const double w = s.width() / pageSize.width(), h = s.height() / pageSize.height();
    return QRectF(std::max(0.0, 1 - kMarginFraction - w), std::max(0.0, 1 - kMarginFraction - h),
                  std::min(w, 1.0), std::min(h, 1.0));
}

} // namespace cd
