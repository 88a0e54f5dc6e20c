#include "pagepreview.h"

#include "drafting/documentfonts.h"
#include "drafting/documentlayout.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd::ui {

PagePreviewDialog::PagePreviewDialog(const DraftDocument& doc, QWidget* parent)
    : QDialog(parent), m_layout(std::make_unique<DocumentLayout>(doc)), m_zoom(new QSpinBox(this)),
      m_pages(nullptr), m_container(new QWidget), m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("pagePreview"));
    setWindowTitle(tr("Page Preview — %1 %2").arg(doc.title, doc.caseNumber));
    m_zoom->setRange(40, 200);
    m_zoom->setSingleStep(10);
    m_zoom->setValue(80);
    m_zoom->setSuffix(QStringLiteral("%"));
    m_info->setText(tr("%n page(s), A4. Fonts: %1", nullptr, m_layout->pageCount())
                        .arg(DocumentFonts::instance().report()));
    m_info->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_info, 1);
    top->addWidget(new QLabel(tr("Zoom:"), this));
    top->addWidget(m_zoom);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);
    m_pages = new QVBoxLayout(m_container);
    m_pages->setAlignment(Qt::AlignHCenter);
    m_pages->setSpacing(16);
    scroll->setWidget(m_container);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_zoom, qOverload<int>(&QSpinBox::valueChanged), this, &PagePreviewDialog::render);
    resize(760, 900);
    render();
}

PagePreviewDialog::~PagePreviewDialog() = default;

int PagePreviewDialog::pageCount() const
{
    return m_layout->pageCount();
}

QImage PagePreviewDialog::pageImage(int page) const
{
    // 96 dpi at 100%: A4 is 794 px wide.
    return m_layout->renderPage(page, qRound(794 * m_zoom->value() / 100.0 * devicePixelRatioF()));
}

void PagePreviewDialog::render()
{
    while (QLayoutItem* item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_layout->pageCount(); ++i) {
        QImage img = pageImage(i);
        img.setDevicePixelRatio(devicePixelRatioF());
        auto* label = new QLabel(m_container);
        label->setObjectName(QStringLiteral("previewPage%1").arg(i + 1));
        label->setPixmap(QPixmap::fromImage(img));
        label->setFrameShape(QFrame::Box);
        m_pages->addWidget(label);
    }
}

} // namespace cd::ui
