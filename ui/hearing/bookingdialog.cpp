#include "bookingdialog.h"

#include "hearing/conflictdetector.h"
#include "hearing/hearingrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace cd::ui {

BookingDialog::BookingDialog(Database& db, const QString& actor, const Booking& booking,
                             QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_booking(booking), m_room(new QComboBox),
      m_purpose(new QComboBox), m_date(new QDateEdit), m_start(new QTimeEdit),
      m_minutes(new QSpinBox), m_judge(new QLineEdit), m_clerk(new QLineEdit),
      m_note(new QLineEdit), m_conflicts(new QListWidget), m_acceptCounsel(new QCheckBox),
      m_message(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("bookingDialog"));
    HearingRepository repo(m_db, m_actor);
    if (m_booking.caseNumber.isEmpty() || m_booking.judge.isEmpty()) {
        if (auto t = repo.caseTemplate(m_booking.caseId)) {
            m_booking.caseNumber = t->caseNumber;
            m_booking.cause = t->cause;
            if (m_booking.judge.isEmpty())
                m_booking.judge = t->judge;
        }
    }
    setWindowTitle(m_booking.id ? tr("Move Sitting — %1").arg(m_booking.caseNumber)
                                : tr("Book a Sitting — %1").arg(m_booking.caseNumber));
    if (auto rooms = repo.rooms(true)) {
        for (const Courtroom& r : rooms.value())
            m_room->addItem(
                r.kind == QLatin1String("virtual") ? r.name + tr(" (internet)") : r.name, r.id);
    }
    m_room->setCurrentIndex(std::max(0, m_room->findData(m_booking.roomId)));
    for (const QString& p : HearingVocabulary::purposes())
        m_purpose->addItem(HearingVocabulary::purposeLabel(p), p);
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(m_booking.purpose)));
    const QDateTime start = m_booking.startsAt.isValid()
                                ? m_booking.startsAt
                                : QDateTime(QDate::currentDate().addDays(7), QTime(9, 0));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(start.date());
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(start.time());
    m_minutes->setRange(10, 8 * 60);
    m_minutes->setSingleStep(10);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(m_booking.endsAt.isValid() ? int(start.secsTo(m_booking.endsAt) / 60) : 60);
    m_judge->setText(m_booking.judge);
    m_clerk->setText(m_booking.clerk);
    m_note->setText(m_booking.note);
    m_conflicts->setObjectName(QStringLiteral("bookingConflicts"));
    m_conflicts->setMaximumHeight(110);
    m_acceptCounsel->setText(tr("Book anyway: the counsel will send a colleague or has agreed"));
    m_acceptCounsel->setVisible(false);
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Case:"),
                 new QLabel(m_booking.caseNumber + QLatin1Char(' ') + m_booking.cause));
    form->addRow(tr("&Courtroom:"), m_room);
    form->addRow(tr("&Kind:"), m_purpose);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Starts at:"), m_start);
    form->addRow(tr("D&uration:"), m_minutes);
    form->addRow(tr("&Judge:"), m_judge);
    form->addRow(tr("C&lerk:"), m_clerk);
    form->addRow(tr("&Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Conflicts:")));
    layout->addWidget(m_conflicts);
    layout->addWidget(m_acceptCounsel);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    for (QComboBox* c : {m_room, m_purpose})
        connect(c, &QComboBox::currentIndexChanged, this, &BookingDialog::recheck);
    connect(m_date, &QDateEdit::dateChanged, this, &BookingDialog::recheck);
    connect(m_start, &QTimeEdit::timeChanged, this, &BookingDialog::recheck);
    connect(m_minutes, &QSpinBox::valueChanged, this, &BookingDialog::recheck);
    connect(m_judge, &QLineEdit::textChanged, this, &BookingDialog::recheck);
    connect(m_acceptCounsel, &QCheckBox::toggled, this, &BookingDialog::recheck);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_room->count() == 0)
        m_message->setText(tr("There is no courtroom yet. Add one under Hearings → Courtrooms."));
    recheck();
}

Booking BookingDialog::booking() const
{
    Booking b = m_booking;
    b.roomId = m_room->currentData().toLongLong();
    b.purpose = m_purpose->currentData().toString();
    b.startsAt = QDateTime(m_date->date(), m_start->time());
    b.endsAt = b.startsAt.addSecs(qint64(m_minutes->value()) * 60);
    b.judge = m_judge->text().trimmed();
    b.clerk = m_clerk->text().trimmed();
    b.note = m_note->text().trimmed();
    return b;
}

bool BookingDialog::canSave() const
{
    return m_room->count() > 0 && !m_blocking && (!m_counsel || m_acceptCounsel->isChecked());
}

void BookingDialog::recheck()
{
    Booking b = booking();
    m_conflicts->clear();
    auto found = HearingRepository(m_db, m_actor).check(b);
    m_blocking = false;
    m_counsel = false;
    if (!found) {
        m_message->setText(found.errorMessage());
    } else {
        for (const Conflict& c : found.value()) {
            auto* item = new QListWidgetItem(c.message, m_conflicts);
            const bool counsel = c.kind == ConflictKind::Counsel;
            item->setForeground(counsel ? QColor(170, 100, 0) : QColor(190, 20, 20));
            m_blocking = m_blocking || !counsel;
            m_counsel = m_counsel || counsel;
        }
        if (found->isEmpty())
            new QListWidgetItem(tr("None: the room, the judge and the counsel are free."),
                                m_conflicts);
    }
    if (b.endsAt.time() > QTime(18, 0) || b.startsAt.time() < QTime(8, 0))
        m_message->setText(tr("Note: the sitting is outside office hours (08:00–18:00)."));
    else if (found)
        m_message->clear();
    m_acceptCounsel->setVisible(m_counsel && !m_blocking);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canSave());
}

bool BookingDialog::save()
{
    if (!canSave())
        return false;
    Booking b = booking();
    HearingRepository repo(m_db, m_actor);
    Result<void> r = {};
    if (b.id == 0) {
        auto id = repo.book(b, m_acceptCounsel->isChecked());
        if (!id)
            r = id.error();
    } else {
        r = repo.reschedule(b, m_acceptCounsel->isChecked());
    }
    if (!r) {
        m_message->setText(r.errorMessage());
        recheck();
        return false;
    }
    m_booking = b;
    return true;
}

} // namespace cd::ui
