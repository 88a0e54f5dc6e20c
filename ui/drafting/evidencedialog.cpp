#include "evidencedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace cd::ui {

EvidenceDialog::EvidenceDialog(const QVector<EvidenceRef>& evidence, QWidget* parent)
    : QDialog(parent), m_evidence(evidence), m_list(new QListWidget(this)),
      m_number(new QLineEdit(this)), m_title(new QLineEdit(this))
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Insert Evidence Reference"));
    for (const EvidenceRef& e : evidence)
        m_list->addItem(QStringLiteral("%1. %2 (%3)").arg(e.index).arg(e.title, e.submittedBy));
    m_number->setValidator(new QIntValidator(1, 9999, this));
    auto* form = new QFormLayout;
    form->addRow(tr("Number:"), m_number);
    form->addRow(tr("Title:"), m_title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(evidence.isEmpty()
                                     ? tr("This case has no evidence list yet; type the reference.")
                                     : tr("Evidence of the case:"),
                                 this));
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_evidence.size())
            return;
        m_number->setText(QString::number(m_evidence.at(row).index));
        m_title->setText(m_evidence.at(row).title);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reference().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 420);
}

void EvidenceDialog::select(int row)
{
    m_list->setCurrentRow(row);
}

void EvidenceDialog::setManual(int index, const QString& title)
{
    m_number->setText(QString::number(index));
    m_title->setText(title);
}

QString EvidenceDialog::referenceText(int index, const QString& title)
{
    return QStringLiteral("（证据%1：%2）").arg(index).arg(title);
}

QString EvidenceDialog::reference() const
{
    const int n = m_number->text().toInt();
    if (n <= 0 || m_title->text().trimmed().isEmpty())
        return {};
    return referenceText(n, m_title->text().trimmed());
}

} // namespace cd::ui
