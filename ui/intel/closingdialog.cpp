#include "closingdialog.h"

#include "intel/closingcheck.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

ClosingDialog::ClosingDialog(Database& db, const CaseRecord& record, const QString& actor,
                             QWidget* parent)
    : QDialog(parent), m_db(db), m_record(record), m_actor(actor), m_list(new QListWidget(this)),
      m_verdict(new QLabel(this)), m_party(new QComboBox(this))
{
    setObjectName(QStringLiteral("closingDialog"));
    setWindowTitle(tr("Closing check — %1").arg(record.caseNumber));
    resize(560, 420);
    for (const Party& p : record.parties)
        m_party->addItem(p.name);
    auto* buttons = new QGridLayout;
    auto* signedButton = new QPushButton(tr("Judgment signed"), this);
    auto* servedButton = new QPushButton(tr("Served on"), this);
    auto* feesButton = new QPushButton(tr("Fee settled"), this);
    auto* waivedButton = new QPushButton(tr("Fee waived"), this);
    auto* archiveButton = new QPushButton(tr("Archive complete"), this);
    buttons->addWidget(signedButton, 0, 0);
    buttons->addWidget(servedButton, 0, 1);
    buttons->addWidget(m_party, 0, 2);
    buttons->addWidget(feesButton, 1, 0);
    buttons->addWidget(waivedButton, 1, 1);
    buttons->addWidget(archiveButton, 1, 2);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_list, 1);
    layout->addWidget(new QLabel(tr("Record what has been done:"), this));
    layout->addLayout(buttons);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(signedButton, &QPushButton::clicked, this,
            [this] { recordItem(QStringLiteral("judgment-signed")); });
    connect(servedButton, &QPushButton::clicked, this,
            [this] { recordItem(QStringLiteral("served"), m_party->currentText()); });
    connect(feesButton, &QPushButton::clicked, this,
            [this] { recordItem(QStringLiteral("fees-settled")); });
    connect(waivedButton, &QPushButton::clicked, this,
            [this] { recordItem(QStringLiteral("fees-waived")); });
    connect(archiveButton, &QPushButton::clicked, this,
            [this] { recordItem(QStringLiteral("archive-complete")); });
    refresh();
}

void ClosingDialog::recordItem(const QString& item, const QString& party)
{
    ClosingItem i;
    i.item = item;
    i.party = party;
    i.doneOn = QDate::currentDate();
    auto r = ClosingCheck(m_db).record(m_record.id, i, m_actor);
    if (!r)
        QMessageBox::warning(this, windowTitle(), r.errorMessage());
    refresh();
}

void ClosingDialog::refresh()
{
    m_list->clear();
    auto report = ClosingCheck(m_db).check(m_record);
    if (!report) {
        m_verdict->setText(report.errorMessage());
        return;
    }
    for (const ClosingCheckItem& i : report.value().items) {
        auto* item =
            new QListWidgetItem((i.passed ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + i.label +
                                    (i.passed ? QString() : QStringLiteral(" — ") + i.missing),
                                m_list);
        item->setForeground(i.passed ? QColor(0x2f855a) : QColor(0xc53030));
    }
    m_passed = report.value().passed();
    m_verdict->setText(m_passed ? tr("The checklist passes: the case can be closed.")
                                : tr("The case cannot be closed until every item passes."));
}

} // namespace cd::ui
