#pragma once

#include "ocr/ocrtypes.h"

#include <QImage>
#include <QWidget>

namespace cd::ui {

// One page image with the recognised words drawn over it: every word box outlined, words
// below OcrPage::lowConfidence filled in amber for review, optionally the recognised text
// itself laid over the image, and one highlighted region (where a suggestion was found).
class EvidencePageView : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePageView(QWidget* parent = nullptr);

    void setPage(const QImage& image, const ocr::OcrPage& page);
    void clear();
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    void zoomIn() { setZoom(m_zoom * 1.25); }
    void zoomOut() { setZoom(m_zoom / 1.25); }
    // Zoom so the page is width pixels wide.
    void fitWidth(int width);
    void setShowText(bool show);
    bool showText() const { return m_showText; }
    // Region in page-image pixels (the OCR result's coordinates); empty clears it.
    void setHighlight(const QRect& region);
    int lowConfidenceWords() const;
    const ocr::OcrPage& page() const { return m_page; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QRectF toWidget(const QRect& pageRect) const;

    QImage m_image;
    ocr::OcrPage m_page;
    double m_zoom = 0.5;
    bool m_showText = false;
    QRect m_highlight;
};

} // namespace cd::ui
