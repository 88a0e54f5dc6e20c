#include "batchbookingdialog.h"

#include "cases/caserepository.h"
#include "hearing/hearingrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace cd::ui {

BatchBookingDialog::BatchBookingDialog(Database& db, const QString& actor, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_search(new QLineEdit), m_cases(new QListWidget),
      m_room(new QComboBox), m_date(new QDateEdit), m_from(new QTimeEdit(QTime(14, 30))),
      m_to(new QTimeEdit(QTime(17, 30))), m_slot(new QSpinBox), m_gap(new QSpinBox),
      m_planButton(new QPushButton), m_bookButton(new QPushButton), m_table(new QTableWidget(0, 4)),
      m_summary(new QLabel)
{
    setObjectName(QStringLiteral("batchBookingDialog"));
    setWindowTitle(tr("Batch Booking"));
    resize(980, 620);
    m_search->setPlaceholderText(tr("Filter cases (number, cause, party)…"));
    m_search->setClearButtonEnabled(true);
    m_cases->setObjectName(QStringLiteral("batchCases"));
    if (auto rooms = HearingRepository(m_db, m_actor).rooms(true)) {
        for (const Courtroom& r : rooms.value())
            m_room->addItem(r.name, r.id);
    }
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDate::currentDate().addDays(7));
    for (QTimeEdit* t : {m_from, m_to})
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    m_slot->setRange(5, 240);
    m_slot->setValue(20);
    m_slot->setSuffix(tr(" min"));
    m_gap->setRange(0, 60);
    m_gap->setValue(5);
    m_gap->setSuffix(tr(" min"));
    m_planButton->setText(tr("&Plan"));
    m_bookButton->setText(tr("&Book All"));
    m_bookButton->setEnabled(false);
    m_table->setObjectName(QStringLiteral("batchPlan"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Case number"), tr("Judge"), tr("Note")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Courtroom:"), m_room);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Slot length:"), m_slot);
    form->addRow(tr("&Gap:"), m_gap);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Cases to book:")));
    left->addWidget(m_search);
    left->addWidget(m_cases, 1);
    auto* middle = new QVBoxLayout;
    middle->addLayout(form);
    middle->addWidget(m_planButton);
    middle->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_table, 1);
    right->addWidget(m_summary);
    auto* top = new QHBoxLayout;
    top->addLayout(left, 2);
    top->addLayout(middle, 1);
    top->addLayout(right, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_bookButton, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &BatchBookingDialog::fillCases);
    connect(m_planButton, &QPushButton::clicked, this, &BatchBookingDialog::makePlan);
    connect(m_bookButton, &QPushButton::clicked, this, [this] {
        if (bookPlan())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillCases();
}

void BatchBookingDialog::fillCases()
{
    QSet<qint64> checked;
    for (int i = 0; i < m_cases->count(); ++i) {
        if (m_cases->item(i)->checkState() == Qt::Checked)
            checked.insert(m_cases->item(i)->data(Qt::UserRole).toLongLong());
    }
    m_cases->clear();
    CaseListQuery q;
    q.search = m_search->text().trimmed();
    q.limit = 300;
    q.sort = CaseSortColumn::CaseNumber;
    q.descending = false;
    auto list = CaseRepository(m_db, m_actor).list(q);
    if (!list) {
        m_summary->setText(list.errorMessage());
        return;
    }
    for (const CaseSummary& c : list.value()) {
        if (c.status == QLatin1String("closed"))
            continue;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2  %3").arg(c.caseNumber, c.cause, c.judge), m_cases);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void BatchBookingDialog::checkCases(const QVector<qint64>& ids)
{
    for (int i = 0; i < m_cases->count(); ++i) {
        if (ids.contains(m_cases->item(i)->data(Qt::UserRole).toLongLong()))
            m_cases->item(i)->setCheckState(Qt::Checked);
    }
}

BatchRequest BatchBookingDialog::request() const
{
    BatchRequest r;
    r.roomId = m_room->currentData().toLongLong();
    r.roomName = m_room->currentText();
    r.date = m_date->date();
    r.from = m_from->time();
    r.to = m_to->time();
    r.slotMinutes = m_slot->value();
    r.gapMinutes = m_gap->value();
    HearingRepository repo(m_db, m_actor);
    for (int i = 0; i < m_cases->count(); ++i) {
        if (m_cases->item(i)->checkState() != Qt::Checked)
            continue;
        if (auto t = repo.caseTemplate(m_cases->item(i)->data(Qt::UserRole).toLongLong()))
            r.cases << t.value();
    }
    return r;
}

void BatchBookingDialog::makePlan()
{
    const BatchRequest r = request();
    m_table->setRowCount(0);
    m_bookButton->setEnabled(false);
    if (r.roomId == 0 || r.cases.isEmpty()) {
        m_summary->setText(r.roomId == 0 ? tr("Add a courtroom first.")
                                         : tr("Tick the cases to book."));
        return;
    }
    auto day =
        HearingRepository(m_db, m_actor)
            .bookings(QDateTime(r.date, QTime(0, 0)), QDateTime(r.date.addDays(1), QTime(0, 0)));
    if (!day) {
        m_summary->setText(day.errorMessage());
        return;
    }
    m_plan = BatchScheduler::plan(r, day.value());
    auto addRow = [this](const QString& time, const Booking& b, const QString& note, bool ok) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{time, b.caseNumber, b.judge, note};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (!ok)
                item->setForeground(QColor(190, 20, 20));
            m_table->setItem(row, c, item);
        }
    };
    for (const Booking& b : std::as_const(m_plan.placed))
        addRow(b.startsAt.time().toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
                   b.endsAt.time().toString(QStringLiteral("HH:mm")),
               b, QString(), true);
    for (const BatchPlan::Unplaced& u : std::as_const(m_plan.unplaced))
        addRow(tr("not placed"), u.booking, u.reason, false);
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1 of %2 cases fit into %3, %4–%5.")
                           .arg(m_plan.placed.size())
                           .arg(r.cases.size())
                           .arg(r.roomName, r.from.toString(QStringLiteral("HH:mm")),
                                r.to.toString(QStringLiteral("HH:mm"))));
    m_bookButton->setEnabled(!m_plan.placed.isEmpty());
}

bool BatchBookingDialog::bookPlan()
{
    auto ids = HearingRepository(m_db, m_actor).bookAll(m_plan.placed);
    if (!ids) {
        m_summary->setText(ids.errorMessage());
        return false;
    }
    m_summary->setText(tr("%1 sittings booked.").arg(ids->size()));
    return true;
}

} // namespace cd::ui
