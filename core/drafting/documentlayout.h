#pragma once

#include "draftdocument.h"

#include <QImage>
#include <QSizeF>

#include <memory>

class QPainter;
class QTextDocument;

namespace cd {

// Lays a drafted document out on A4 pages once, at a fixed resolution, so the PDF export and
// the editor's page preview paint exactly the same lines on the same pages.
class DocumentLayout
{
public:
    static constexpr int dpi = 1200; // layout units per inch; the PDF writer uses the same

    explicit DocumentLayout(const DraftDocument& doc);
    ~DocumentLayout();
    DocumentLayout(const DocumentLayout&) = delete;
    DocumentLayout& operator=(const DocumentLayout&) = delete;

    int pageCount() const;
    // The page in layout units (dots at dpi).
    QSizeF pageSize() const;
    // Paints page (0-based) with the painter's origin at the page's top-left corner, in layout
    // units; scale the painter for other resolutions.
    void paintPage(QPainter& painter, int page) const;
    // A rendered page for previews, width in pixels.
    QImage renderPage(int page, int widthPx) const;

    // Page numbers as printed at the foot of each page: — 1 —.
    static QString pageNumberText(int page);
    QTextDocument* textDocument() const { return m_doc.get(); }

private:
    QImage m_device; // the paint device the layout is computed for
    std::unique_ptr<QTextDocument> m_doc;
    QSizeF m_body; // text area in layout units
};

} // namespace cd
