#include "sealimages.h"

#include "drafting/chinesedate.h"
#include "signatureplacement.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace cd {

namespace {

const QColor kSealRed(214, 24, 32, 235);
constexpr double kDpi = 300.0;
constexpr double kMmPerInch = 25.4;

QFont sealFont(double pixelSize)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Serif CJK SC"), QStringLiteral("FandolSong"),
                   QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Sans CJK SC")});
    f.setWeight(QFont::Bold);
    f.setPixelSize(std::max(1, int(pixelSize)));
    return f;
}

QFont textFont(double pixelSize, bool bold = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("FandolFang"), QStringLiteral("Noto Serif CJK SC"),
                   QStringLiteral("Noto Sans CJK SC")});
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    f.setPixelSize(std::max(1, int(pixelSize)));
    return f;
}

QPainterPath star(const QPointF& c, double r)
{
    QPainterPath p;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 == 0 ? r : r * 0.382;
        const double a = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF pt(c.x() + radius * std::cos(a), c.y() + radius * std::sin(a));
        if (i == 0)
            p.moveTo(pt);
        else
            p.lineTo(pt);
    }
    p.closeSubpath();
    return p;
}

} // namespace

Result<void> SealImages::requireGui()
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {};
    return makeError(ErrorCode::Unsupported,
                     tr("Drawing seals needs the graphical application; pass a finished image "
                        "instead."));
}

Result<QImage> SealImages::courtSeal(const QString& courtName, int diameterPx)
{
    if (auto g = requireGui(); !g)
        return g.error();
    const QString name = courtName.simplified().remove(QLatin1Char(' '));
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The court's name is empty."));
    const int s = std::max(120, diameterPx);
    QImage img(s, s, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QPointF c(s / 2.0, s / 2.0);
    const double border = s * 0.035;
    p.setPen(QPen(kSealRed, border));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, s / 2.0 - border / 2 - 1, s / 2.0 - border / 2 - 1);

    p.setPen(Qt::NoPen);
    p.setBrush(kSealRed);
    p.drawPath(star(c, s * 0.17));

    // The name runs clockwise along the upper arc, each character upright towards the centre;
    // the arc widens with the name's length, as on a real 公章.
    const int n = int(name.size());
    const double span = std::clamp(n * 24.0, 120.0, 250.0);
    const double glyph = std::min(s * 0.145, s * 0.95 * qDegreesToRadians(span) * 0.36 / n);
    const QFont f = sealFont(glyph);
    p.setFont(f);
    p.setPen(kSealRed);
    const QFontMetricsF fm(f);
    const double radius = s / 2.0 - border - s * 0.035 - fm.ascent() * 0.55;
    for (int i = 0; i < n; ++i) {
        const double angle = n == 1 ? 0 : -span / 2 + span * i / (n - 1);
        p.save();
        p.translate(c);
        p.rotate(angle);
        p.translate(0, -radius);
        p.scale(0.82, 1.0); // seal characters are condensed
        const QString ch(name[i]);
        const double w = fm.horizontalAdvance(ch);
        p.drawText(QPointF(-w / 2, fm.ascent() / 2 - fm.descent() / 2), ch);
        p.restore();
    }
    p.end();
    return img;
}

Result<QImage> SealImages::cleanScannedImage(const QImage& scan, int maxSidePx)
{
    if (scan.isNull())
        return makeError(ErrorCode::InvalidInput, tr("The image is empty or cannot be read."));
    QImage img = scan.convertToFormat(QImage::Format_ARGB32);
    QRect ink;
    for (int y = 0; y < img.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const QRgb px = line[x];
            // Ink is whatever is clearly darker or more saturated than paper.
            const int lightness = std::min({qRed(px), qGreen(px), qBlue(px)});
            const int alpha = std::clamp((235 - lightness) * 255 / 80, 0, 255) * qAlpha(px) / 255;
            line[x] = qRgba(qRed(px), qGreen(px), qBlue(px), alpha);
            if (alpha > 24)
                ink = ink.united(QRect(x, y, 1, 1));
        }
    }
    if (ink.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The image contains no seal or signature."));
    img = img.copy(ink.adjusted(-4, -4, 4, 4).intersected(img.rect()));
    if (std::max(img.width(), img.height()) > maxSidePx)
        img = img.scaled(maxSidePx, maxSidePx, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return img;
}

Result<QImage> SealImages::composeAppearance(const Appearance& a)
{
    if (auto g = requireGui(); !g)
        return g.error();
    if (a.seal.isNull() && a.handSignature.isNull() && (!a.withText || a.signerName.isEmpty()))
        return makeError(
            ErrorCode::InvalidInput,
            tr("The appearance needs a seal, a signature image or the signer's name."));
    const double sealPx = a.sealDiameterMm / kMmPerInch * kDpi;
    const double line = sealPx * 0.16;
    const QFont nameFont = textFont(line, true);
    const QFont smallFont = textFont(line * 0.8);
    const QString roleName = (a.role + QStringLiteral("  ") + a.signerName).trimmed();
    const QString date = a.date.isValid() ? ChineseDate::format(a.date) : QString();

    double textW = 0;
    if (a.withText) {
        textW = std::max(QFontMetricsF(nameFont).horizontalAdvance(roleName),
                         QFontMetricsF(smallFont).horizontalAdvance(date));
    }
    const double sigH = line * 1.6;
    double sigW = 0;
    if (!a.handSignature.isNull())
        sigW = sigH * a.handSignature.width() / std::max(1, a.handSignature.height());
    textW = std::max(textW, sigW);
    const bool hasSeal = !a.seal.isNull();
    const double gap = textW > 0 && hasSeal ? line * 0.6 : 0;
    const int w = int(std::ceil(textW + gap + (hasSeal ? sealPx : 0))) + 2;
    const int h = int(std::ceil(hasSeal ? sealPx : line * 1.4 + sigH + line * 1.2)) + 2;

    QImage img(w, h, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    if (textW > 0) {
        // Role and name on top, the handwritten signature in the middle, the date at the bottom.
        const double blockH = line * 1.3 + (sigW > 0 ? sigH : 0) + line * 1.1;
        double y = (h - blockH) / 2;
        p.setPen(QColor(20, 20, 20));
        if (a.withText && !roleName.isEmpty()) {
            p.setFont(nameFont);
            p.drawText(QRectF(0, y, textW, line * 1.3), Qt::AlignCenter, roleName);
        }
        y += line * 1.3;
        if (sigW > 0) {
            p.drawImage(QRectF((textW - sigW) / 2, y, sigW, sigH), a.handSignature);
            y += sigH;
        }
        if (a.withText && !date.isEmpty()) {
            p.setFont(smallFont);
            p.drawText(QRectF(0, y, textW, line * 1.1), Qt::AlignCenter, date);
        }
    }
    QPointF anchor(0.5, 0.5);
    if (hasSeal) {
        const QRectF sealRect(textW + gap, (h - sealPx) / 2, sealPx, sealPx);
        p.drawImage(sealRect, a.seal);
        anchor = QPointF(sealRect.center().x() / w, sealRect.center().y() / h);
    }
    p.end();
    const double widthPt = w / kDpi * 72.0;
    const qint64 pixels = qint64(w) * h;
    if (a.maxPixels > 0 && pixels > a.maxPixels) {
        const double scale = std::sqrt(double(a.maxPixels) / double(pixels));
        img = img.scaled(std::max(1, int(w * scale)), std::max(1, int(h * scale)),
                         Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    const double dpm = img.width() / (widthPt / 72.0) / kMmPerInch * 1000.0;
    img.setDotsPerMeterX(int(dpm));
    img.setDotsPerMeterY(int(dpm));
    AppearanceMetrics m;
    m.anchor = anchor;
    m.widthPt = widthPt;
    m.write(img);
    return img;
}

} // namespace cd
