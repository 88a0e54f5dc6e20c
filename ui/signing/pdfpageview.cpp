#include "pdfpageview.h"

#include "signing/signatureplacement.h"

#include <QMouseEvent>
#include <QPainter>

#include <poppler-qt6.h>

#include <algorithm>

namespace cd::ui {

PdfPageView::PdfPageView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pdfPageView"));
    setMinimumSize(240, 320);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

PdfPageView::~PdfPageView() = default;

Result<void> PdfPageView::openFile(const QString& path)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked() || doc->numPages() < 1)
        return makeError(ErrorCode::Corrupt, tr("%1 cannot be shown: it is not a readable PDF "
                                                "file.")
                                                 .arg(path));
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    m_doc = std::move(doc);
    m_file = path;
    m_page = m_doc->numPages() - 1; // signatures go at the end
    m_stampRect = QRectF();
    render();
    resizeStamp();
    Q_EMIT pageChanged(m_page);
    return {};
}

int PdfPageView::pageCount() const
{
    return m_doc ? m_doc->numPages() : 0;
}

void PdfPageView::setCurrentPage(int page)
{
    if (!m_doc || page < 0 || page >= m_doc->numPages() || page == m_page)
        return;
    m_page = page;
    render();
    resizeStamp();
    Q_EMIT pageChanged(m_page);
}

QSizeF PdfPageView::pageSizePt() const
{
    if (!m_doc)
        return {595, 842};
    std::unique_ptr<Poppler::Page> p = m_doc->page(m_page);
    return p ? p->pageSizeF() : QSizeF(595, 842);
}

QRectF PdfPageView::pageArea() const
{
    const QSizeF pt = pageSizePt();
    const double scale = std::min((width() - 16) / pt.width(), (height() - 16) / pt.height());
    const QSizeF s(pt.width() * scale, pt.height() * scale);
    return QRectF(QPointF((width() - s.width()) / 2, (height() - s.height()) / 2), s);
}

void PdfPageView::render()
{
    m_rendered = QImage();
    if (!m_doc)
        return;
    std::unique_ptr<Poppler::Page> p = m_doc->page(m_page);
    if (!p)
        return;
    const QRectF area = pageArea();
    const double dpi = 72.0 * area.width() / p->pageSizeF().width() * devicePixelRatioF();
    m_rendered = p->renderToImage(dpi, dpi);
    m_rendered.setDevicePixelRatio(devicePixelRatioF());
    update();
}

void PdfPageView::setStamp(const QImage& image, double widthPt)
{
    m_stamp = image;
    m_stampWidthPt = widthPt > 0 ? widthPt : pageSizePt().width() * 0.3;
    resizeStamp();
}

void PdfPageView::resizeStamp()
{
    if (m_stamp.isNull()) {
        update();
        return;
    }
    const QSizeF pt = pageSizePt();
    const double w = std::min(1.0, m_stampWidthPt / pt.width());
    const double h =
        std::min(1.0, w * pt.width() / pt.height() * m_stamp.height() / m_stamp.width());
    if (m_stampRect.isEmpty()) {
        // Bottom right, as SignatureAnchor::defaultRect does, until the user moves it.
        m_stampRect = QRectF(std::max(0.0, 0.94 - w), std::max(0.0, 0.94 - h), w, h);
    } else {
        const QPointF c = m_stampRect.center();
        m_stampRect = QRectF(c.x() - w / 2, c.y() - h / 2, w, h);
    }
    moveStampTo(m_stampRect.center());
}

void PdfPageView::moveStampTo(const QPointF& centre)
{
    const double w = m_stampRect.width(), h = m_stampRect.height();
    const double x = std::clamp(centre.x() - w / 2, 0.0, 1.0 - w);
    const double y = std::clamp(centre.y() - h / 2, 0.0, 1.0 - h);
    m_stampRect = QRectF(x, y, w, h);
    update();
    Q_EMIT stampMoved(m_stampRect);
}

bool PdfPageView::placeAtDateLine(const QPointF& anchorInImage)
{
    if (!m_doc || m_stamp.isNull())
        return false;
    auto found = SignatureAnchor::findDateLine(*m_doc);
    if (!found)
        return false;
    setCurrentPage(found->page);
    const QSizeF pt = pageSizePt();
    AppearanceMetrics m;
    m.anchor = anchorInImage;
    m.widthPt = m_stampWidthPt;
    m_stampRect = SignatureAnchor::rectAround(found->box.center(), pt, m_stamp.size(), m);
    update();
    Q_EMIT stampMoved(m_stampRect);
    return true;
}

void PdfPageView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Dark));
    const QRectF area = pageArea();
    if (m_rendered.isNull()) {
        p.fillRect(area, Qt::white);
        return;
    }
    p.drawImage(area, m_rendered);
    if (m_stamp.isNull() || m_stampRect.isEmpty())
        return;
    const QRectF s(area.x() + m_stampRect.x() * area.width(),
                   area.y() + m_stampRect.y() * area.height(), m_stampRect.width() * area.width(),
                   m_stampRect.height() * area.height());
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(s, m_stamp);
    QPen pen(palette().color(QPalette::Highlight), 1, Qt::DashLine);
    p.setPen(pen);
    p.drawRect(s);
}

void PdfPageView::resizeEvent(QResizeEvent*)
{
    render();
}

void PdfPageView::mousePressEvent(QMouseEvent* event)
{
    if (m_stamp.isNull() || event->button() != Qt::LeftButton)
        return;
    const QRectF area = pageArea();
    const QPointF f((event->position().x() - area.x()) / area.width(),
                    (event->position().y() - area.y()) / area.height());
    if (m_stampRect.contains(f)) {
        m_dragging = true;
        m_dragOffset = f - m_stampRect.center();
        setCursor(Qt::ClosedHandCursor);
    } else if (QRectF(0, 0, 1, 1).contains(f)) {
        moveStampTo(f); // a click elsewhere on the page drops the stamp there
    }
}

void PdfPageView::mouseMoveEvent(QMouseEvent* event)
{
    const QRectF area = pageArea();
    const QPointF f((event->position().x() - area.x()) / area.width(),
                    (event->position().y() - area.y()) / area.height());
    if (m_dragging) {
        moveStampTo(f - m_dragOffset);
        return;
    }
    setCursor(!m_stamp.isNull() && m_stampRect.contains(f) ? Qt::OpenHandCursor : Qt::ArrowCursor);
}

void PdfPageView::mouseReleaseEvent(QMouseEvent*)
{
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
    }
}

} // namespace cd::ui
