#include "newdraftdialog.h"

#include "common/clock.h"
#include "drafting/templaterepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace cd::ui {

NewDraftDialog::NewDraftDialog(const TemplateRepository& templates, const QString& caseKind,
                               const QString& caseNumber, QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this)),
      m_date(new QDateEdit(Clock::instance().today(), this))
{
    setObjectName(QStringLiteral("newDraftDialog"));
    setWindowTitle(tr("New Document — %1").arg(caseNumber));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Templates for the case's kind first; the others stay listed, greyed, for the odd exception.
    QList<QListWidgetItem*> others;
    for (const QString& id : templates.ids()) {
        const DocumentTemplate* t = templates.find(id);
        const bool fits =
            caseKind.isEmpty() || t->meta.kind == caseKind || t->meta.kind == QLatin1String("any");
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(t->meta.title, id));
        item->setData(Qt::UserRole, id);
        item->setToolTip(t->meta.description);
        if (fits) {
            m_list->addItem(item);
        } else {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            others << item;
        }
    }
    for (QListWidgetItem* item : qAsConst(others))
        m_list->addItem(item);
    m_list->setCurrentRow(0);
    auto* form = new QFormLayout;
    form->addRow(tr("Document date:"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Template:"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    resize(520, 520);
}

QString NewDraftDialog::templateId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

QDate NewDraftDialog::date() const
{
    return m_date->date();
}

void NewDraftDialog::selectTemplate(const QString& id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
    }
}

} // namespace cd::ui
