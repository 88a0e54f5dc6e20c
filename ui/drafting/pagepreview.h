#pragma once

#include "drafting/draftdocument.h"

#include <QDialog>

#include <memory>

class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace cd {
class DocumentLayout;
}

namespace cd::ui {

// Print preview: the pages exactly as the PDF export lays them out (the same DocumentLayout
// paints both), page numbers included.
class PagePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PagePreviewDialog(const DraftDocument& doc, QWidget* parent = nullptr);
    ~PagePreviewDialog() override;

    int pageCount() const;
    QImage pageImage(int page) const;

private:
    void render();

    std::unique_ptr<DocumentLayout> m_layout;
    QSpinBox* m_zoom;
    QVBoxLayout* m_pages;
    QWidget* m_container;
    QLabel* m_info;
};

} // namespace cd::ui
