#include "evidencepageview.h"

#include <QPainter>
#include <QWheelEvent>

namespace cd::ui {

EvidencePageView::EvidencePageView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("evidencePageView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void EvidencePageView::setPage(const QImage& image, const ocr::OcrPage& page)
{
    m_image = image;
    m_page = page;
    m_highlight = QRect();
    updateGeometry();
    resize(sizeHint());
    update();
}

void EvidencePageView::clear()
{
    setPage(QImage(), ocr::OcrPage());
}

void EvidencePageView::setZoom(double zoom)
{
    const double z = qBound(0.1, zoom, 4.0);
    if (qFuzzyCompare(z, m_zoom))
        return;
    m_zoom = z;
    updateGeometry();
    resize(sizeHint());
    update();
    Q_EMIT zoomChanged(m_zoom);
}

void EvidencePageView::fitWidth(int width)
{
    if (!m_image.isNull() && width > 50)
        setZoom(double(width) / m_image.width());
}

void EvidencePageView::setShowText(bool show)
{
    m_showText = show;
    update();
}

void EvidencePageView::setHighlight(const QRect& region)
{
    m_highlight = region;
    update();
}

int EvidencePageView::lowConfidenceWords() const
{
    int n = 0;
    for (const ocr::OcrWord& w : m_page.words)
        n += w.confidence < ocr::OcrPage::lowConfidence ? 1 : 0;
    return n;
}

QSize EvidencePageView::sizeHint() const
{
    if (m_image.isNull())
        return QSize(400, 560);
    return (QSizeF(m_image.size()) * m_zoom).toSize();
}

QRectF EvidencePageView::toWidget(const QRect& r) const
{
    // Boxes are in the pixels of the image the OCR read; the review image may be smaller.
    const double sx =
        m_page.imageSize.width() > 0 ? double(m_image.width()) / m_page.imageSize.width() : 1.0;
    const double sy =
        m_page.imageSize.height() > 0 ? double(m_image.height()) / m_page.imageSize.height() : 1.0;
    return QRectF(r.x() * sx * m_zoom, r.y() * sy * m_zoom, r.width() * sx * m_zoom,
                  r.height() * sy * m_zoom);
}

void EvidencePageView::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    p.fillRect(event->rect(), palette().color(QPalette::Mid));
    if (m_image.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(QRectF(QPointF(0, 0), QSizeF(m_image.size()) * m_zoom), m_image);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor low(255, 153, 0, 90);
    const QColor lowEdge(230, 120, 0);
    const QColor edge(40, 110, 220, 110);
    for (const ocr::OcrWord& w : m_page.words) {
        const QRectF r = toWidget(w.box);
        if (!r.intersects(event->rect()))
            continue;
        const bool isLow = w.confidence < ocr::OcrPage::lowConfidence;
        if (m_showText) {
            p.fillRect(r, QColor(255, 255, 255, 215));
            QFont f = font();
            // Sized to the box: a tall box (a stray mark merged into a word) must not blow the
            // glyphs up past their neighbours.
            const int chars = qMax(1, int(w.text.size()));
            f.setPixelSize(qMax(6, int(qMin(r.height() * 0.8, r.width() / chars))));
            p.setFont(f);
            p.setPen(isLow ? QColor(180, 70, 0) : QColor(10, 40, 120));
            p.drawText(r, Qt::AlignCenter | Qt::TextDontClip, w.text);
        }
        if (isLow) {
            if (!m_showText)
                p.fillRect(r, low);
            p.setPen(QPen(lowEdge, 1.5));
        } else {
            p.setPen(QPen(edge, 1));
        }
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
    }
    if (!m_highlight.isEmpty()) {
        p.setPen(QPen(QColor(200, 0, 60), 3));
        p.drawRect(toWidget(m_highlight).adjusted(-4, -4, 4, 4));
    }
}

void EvidencePageView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

} // namespace cd::ui
