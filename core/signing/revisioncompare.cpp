#include "revisioncompare.h"

#include "signinglog.h"

#include <QImage>
#include <QPainter>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <algorithm>

#include <poppler-form.h>
#include <poppler-qt6.h>

namespace cd {

namespace {

// Low enough to stay cheap (~2 ms a page), high enough that a changed digit changes pixels.
constexpr double kDpi = 36.0;

QStringList fieldNames(const Poppler::Page& page, bool includeSignatures)
{
    QStringList names;
    for (const auto& f : page.formFields()) {
        if (!includeSignatures && f->type() == Poppler::FormField::FormSignature)
            continue;
        names << f->fullyQualifiedName();
    }
    names.sort();
    return names;
}

QStringList annotationKeys(const Poppler::Page& page)
{
    QStringList keys;
    for (const auto& a : page.annotations()) {
        if (a->subType() == Poppler::Annotation::AWidget)
            continue;
        const QRectF b = a->boundary();
        keys << QStringLiteral("%1 %2 %3 %4 %5 %6")
                    .arg(int(a->subType()))
                    .arg(b.x(), 0, 'f', 4)
                    .arg(b.y(), 0, 'f', 4)
                    .arg(b.width(), 0, 'f', 4)
                    .arg(b.height(), 0, 'f', 4)
                    .arg(a->contents());
    }
    keys.sort();
    return keys;
}

// Rects (page fractions) of signature widgets in `later` that `earlier` does not have.
QVector<QRectF> newSignatureRects(const Poppler::Page& earlier, const Poppler::Page& later)
{
    // A field that was an empty signature box before and is signed now counts as new too.
    QSet<QString> old;
    for (const auto& f : earlier.formFields()) {
        const auto* sig = dynamic_cast<const Poppler::FormFieldSignature*>(f.get());
        if (sig && sig->signatureType() != Poppler::FormFieldSignature::UnsignedSignature)
            old.insert(f->fullyQualifiedName());
    }
    QVector<QRectF> rects;
    for (const auto& f : later.formFields()) {
        if (f->type() == Poppler::FormField::FormSignature &&
            !old.contains(f->fullyQualifiedName()))
            rects << f->rect();
    }
    return rects;
}

// The page's words with their boxes, leaving out words inside the masks (the text of a new
// signature's appearance counts as page text for poppler).
QStringList textOutside(const Poppler::Page& page, const QVector<QRectF>& masks)
{
    const QSizeF size = page.pageSizeF();
    QVector<QRectF> pt;
    for (const QRectF& m : masks)
        pt << QRectF(m.x() * size.width(), m.y() * size.height(), m.width() * size.width(),
                     m.height() * size.height());
    QStringList words;
    for (const auto& box : page.textList()) {
        const QRectF b = box->boundingBox();
        if (std::any_of(pt.cbegin(), pt.cend(), [&](const QRectF& m) { return m.intersects(b); }))
            continue;
        words << QStringLiteral("%1@%2,%3")
                     .arg(box->text())
                     .arg(b.x(), 0, 'f', 1)
                     .arg(b.y(), 0, 'f', 1);
    }
    return words;
}

QImage renderMasked(const Poppler::Page& page, const QVector<QRectF>& masks)
{
    QImage img = page.renderToImage(kDpi, kDpi).convertToFormat(QImage::Format_RGB32);
    if (img.isNull() || masks.isEmpty())
        return img;
    QPainter p(&img);
    for (const QRectF& m : masks) {
        const QRectF px(m.x() * img.width(), m.y() * img.height(), m.width() * img.width(),
                        m.height() * img.height());
        // One pixel of slack: anti-aliasing of the widget bleeds over its edge.
        p.fillRect(px.adjusted(-1, -1, 1, 1), Qt::white);
    }
    return img;
}

} // namespace

RevisionCompare::Outcome RevisionCompare::compare(const QByteArray& earlier,
                                                  const QByteArray& later)
{
    Outcome out;
    std::unique_ptr<Poppler::Document> a = Poppler::Document::loadFromData(earlier);
    std::unique_ptr<Poppler::Document> b = Poppler::Document::loadFromData(later);
    if (!a || !b || a->isLocked() || b->isLocked()) {
        out.detail = QStringLiteral("a revision cannot be opened");
        return out;
    }
    if (a->numPages() != b->numPages()) {
        out.detail = QStringLiteral("page count %1 -> %2").arg(a->numPages()).arg(b->numPages());
        return out;
    }
    for (int i = 0; i < a->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> pa = a->page(i);
        std::unique_ptr<Poppler::Page> pb = b->page(i);
        if (!pa || !pb) {
            out.detail = QStringLiteral("page %1 cannot be read").arg(i + 1);
            return out;
        }
        if (pa->pageSizeF() != pb->pageSizeF()) {
            out.detail = QStringLiteral("page %1: size differs").arg(i + 1);
            return out;
        }
        const QVector<QRectF> masks = newSignatureRects(*pa, *pb);
        if (textOutside(*pa, masks) != textOutside(*pb, masks)) {
            out.detail = QStringLiteral("page %1: text differs").arg(i + 1);
            return out;
        }
        if (annotationKeys(*pa) != annotationKeys(*pb)) {
            out.detail = QStringLiteral("page %1: annotations differ").arg(i + 1);
            return out;
        }
        if (fieldNames(*pa, false) != fieldNames(*pb, false)) {
            out.detail = QStringLiteral("page %1: form fields differ").arg(i + 1);
            return out;
        }
        if (renderMasked(*pa, masks) != renderMasked(*pb, masks)) {
            out.detail = QStringLiteral("page %1: rendering differs").arg(i + 1);
            return out;
        }
    }
    out.onlySignaturesAdded = true;
    return out;
}

} // namespace cd
