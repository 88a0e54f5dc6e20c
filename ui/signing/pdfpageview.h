#pragma once

#include "common/result.h"

#include <QImage>
#include <QRectF>
#include <QWidget>

#include <memory>

namespace Poppler {
class Document;
}

namespace cd::ui {

// One PDF page, rendered by poppler to fit the widget, with the signature appearance ("stamp")
// drawn over it. The stamp can be dragged, or dropped where the user clicks; its place is kept
// in page fractions, which is what the signer wants.
class PdfPageView : public QWidget
{
    Q_OBJECT
public:
    explicit PdfPageView(QWidget* parent = nullptr);
    ~PdfPageView() override;

    Result<void> openFile(const QString& path);
    QString fileName() const { return m_file; }
    int pageCount() const;
    int currentPage() const { return m_page; }
    void setCurrentPage(int page);

    // The appearance and its physical width in points (its height follows the aspect ratio).
    void setStamp(const QImage& image, double widthPt);
    bool hasStamp() const { return !m_stamp.isNull(); }
    // Where the stamp sits, in fractions of the current page (origin top-left).
    QRectF stampRect() const { return m_stampRect; }
    // Puts the stamp's anchor (fraction of the image) on the date line of a judgment; false when
    // the document has none.
    bool placeAtDateLine(const QPointF& anchorInImage);

    QSize sizeHint() const override { return {420, 560}; }

Q_SIGNALS:
    void pageChanged(int page);
    void stampMoved(const QRectF& rect);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QRectF pageArea() const; // where the page is drawn, in widget pixels
    QSizeF pageSizePt() const;
    void render();
    void resizeStamp();
    void moveStampTo(const QPointF& centreFraction);

    std::unique_ptr<Poppler::Document> m_doc;
    QString m_file;
    int m_page = 0;
    QImage m_rendered;
    QImage m_stamp;
    double m_stampWidthPt = 0;
    QRectF m_stampRect;
    bool m_dragging = false;
    QPointF m_dragOffset; // fraction from the stamp's top-left to the grab point
};

} // namespace cd::ui
