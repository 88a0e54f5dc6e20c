#include "calendarview.h"

#include "hearing/conflictdetector.h"
#include "hearing/hearingrepository.h"
#include "storage/database.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSqlQuery>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace cd::ui {

CalendarGrid::CalendarGrid(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarGrid"));
    setMinimumSize(480, 360);
    setMouseTracking(true);
}

void CalendarGrid::setRange(const QDate& first, int days)
{
    m_first = first;
    m_days = std::max(1, days);
    update();
}

void CalendarGrid::setBookings(const QVector<Booking>& bookings)
{
    m_bookings = bookings;
    update();
}

QRectF CalendarGrid::dayColumn(int day) const
{
    const double w = double(width() - kGutter) / m_days;
    return QRectF(kGutter + day * w, kHeader, w, height() - kHeader);
}

double CalendarGrid::yFor(const QTime& t) const
{
    const double minutes = (t.hour() - kFirstHour) * 60.0 + t.minute();
    const double span = (kLastHour - kFirstHour) * 60.0;
    return kHeader + std::clamp(minutes / span, 0.0, 1.0) * (height() - kHeader - 1);
}

QRectF CalendarGrid::blockRect(const Booking& b) const
{
    const int day = int(m_first.daysTo(b.startsAt.date()));
    if (day < 0 || day >= m_days)
        return {};
    // Sittings of the same day that overlap share the column side by side.
    QVector<const Booking*> lane;
    for (const Booking& o : m_bookings) {
        if (o.startsAt.date() == b.startsAt.date() && ConflictDetector::overlaps(o, b))
            lane << &o;
    }
    int index = 0;
    for (int i = 0; i < lane.size(); ++i) {
        if (lane.at(i)->id == b.id)
            index = i;
    }
    const QRectF col = dayColumn(day).adjusted(2, 0, -2, 0);
    const double w = col.width() / std::max<qsizetype>(1, lane.size());
    const double top = yFor(b.startsAt.time());
    const double bottom = std::max(top + 14, yFor(b.endsAt.time()));
    return QRectF(col.left() + index * w, top, w - 2, bottom - top - 1);
}

void CalendarGrid::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QColor line = palette().mid().color();
    const QLocale locale;
    // Hour lines and labels.
    for (int h = kFirstHour; h <= kLastHour; ++h) {
        const double y = yFor(QTime(h, 0));
        p.setPen(QPen(line, h == 12 ? 1.5 : 0.6));
        p.drawLine(QPointF(kGutter, y), QPointF(width(), y));
        p.setPen(palette().text().color());
        p.drawText(QRectF(0, y - 8, kGutter - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    }
    // Day columns with their headers; today is tinted.
    for (int d = 0; d < m_days; ++d) {
        const QDate day = m_first.addDays(d);
        const QRectF col = dayColumn(d);
        if (day == QDate::currentDate())
            p.fillRect(col, QColor(255, 248, 220));
        p.setPen(QPen(line, 0.6));
        p.drawLine(col.topLeft(), col.bottomLeft());
        p.setPen(palette().text().color());
        p.drawText(QRectF(col.left(), 0, col.width(), kHeader), Qt::AlignCenter,
                   locale.toString(day, QStringLiteral("M/d ddd")));
    }
    // Blocks: colour by purpose; a judge double-booked is outlined red.
    for (const Booking& b : std::as_const(m_bookings)) {
        const QRectF r = blockRect(b);
        if (r.isNull())
            continue;
        bool clash = false;
        for (const Booking& o : std::as_const(m_bookings))
            clash = clash || (o.id != b.id && !b.judge.isEmpty() && o.judge == b.judge &&
                              ConflictDetector::overlaps(o, b));
        QColor fill = b.purpose == QLatin1String("mediation")       ? QColor(214, 236, 214)
                      : b.purpose == QLatin1String("pronouncement") ? QColor(236, 224, 248)
                                                                    : QColor(214, 228, 246);
        p.setBrush(fill);
        p.setPen(QPen(clash ? QColor(200, 30, 30) : QColor(90, 120, 170), clash ? 2.5 : 1));
        p.drawRoundedRect(r, 3, 3);
        p.setPen(palette().text().color());
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p.setFont(f);
        // A short slot (speedy-trial afternoons) gets one line: time and case number.
        const QString text =
            r.height() < 3.2 * QFontMetricsF(f).height()
                ? QStringLiteral("%1 %2").arg(b.startsAt.time().toString(QStringLiteral("HH:mm")),
                                              b.caseNumber)
                : QStringLiteral("%1–%2 %3\n%4\n%5")
                      .arg(b.startsAt.time().toString(QStringLiteral("HH:mm")),
                           b.endsAt.time().toString(QStringLiteral("HH:mm")),
                           HearingVocabulary::purposeLabel(b.purpose), b.caseNumber,
                           b.roomName + QLatin1Char(' ') + b.judge);
        p.drawText(r.adjusted(4, 2, -3, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        p.setFont(font());
    }
}

const Booking* CalendarGrid::bookingAt(const QPointF& pos) const
{
    for (const Booking& b : m_bookings) {
        if (blockRect(b).contains(pos))
            return &b;
    }
    return nullptr;
}

void CalendarGrid::mousePressEvent(QMouseEvent* event)
{
    if (const Booking* b = bookingAt(event->position()))
        Q_EMIT bookingClicked(*b);
    QWidget::mousePressEvent(event);
}

void CalendarGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const Booking* b = bookingAt(event->position()))
        Q_EMIT bookingActivated(*b);
    QWidget::mouseDoubleClickEvent(event);
}

bool CalendarGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const Booking* b = bookingAt(help->pos())) {
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("%1 %2\n%3 %4–%5\n%6")
                                   .arg(b->caseNumber, b->cause, b->roomName,
                                        b->startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                        b->endsAt.time().toString(QStringLiteral("HH:mm")),
                                        b->judge),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

CalendarView::CalendarView(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_grid(new CalendarGrid), m_title(new QLabel),
      m_judge(new QComboBox), m_prev(new QToolButton), m_next(new QToolButton),
      m_today(new QToolButton), m_dayButton(new QToolButton), m_weekButton(new QToolButton)
{
    setObjectName(QStringLiteral("hearingCalendar"));
    m_judge->setObjectName(QStringLiteral("calendarJudge"));
    m_prev->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_prev->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    for (QToolButton* b : {m_dayButton, m_weekButton})
        b->setCheckable(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_prev);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_judge);
    bar->addWidget(m_dayButton);
    bar->addWidget(m_weekButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_grid, 1);

    connect(m_prev, &QToolButton::clicked, this,
            [this] { setDate(m_date.addDays(m_week ? -7 : -1)); });
    connect(m_next, &QToolButton::clicked, this,
            [this] { setDate(m_date.addDays(m_week ? 7 : 1)); });
    connect(m_today, &QToolButton::clicked, this, [this] { setDate(QDate::currentDate()); });
    connect(m_dayButton, &QToolButton::clicked, this, [this] { setWeekMode(false); });
    connect(m_weekButton, &QToolButton::clicked, this, [this] { setWeekMode(true); });
    connect(m_judge, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_grid, &CalendarGrid::bookingClicked, this,
            [this](const Booking& b) { Q_EMIT caseRequested(b.caseId); });
    connect(m_grid, &CalendarGrid::bookingActivated, this, &CalendarView::bookingActivated);
    retranslateUi();
    fillJudges();
    reload();
}

void CalendarView::fillJudges()
{
    const QString current = m_judge->currentData().toString();
    QSignalBlocker block(m_judge);
    m_judge->clear();
    m_judge->addItem(tr("All judges"), QString());
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral(
            "SELECT DISTINCT judge FROM bookings WHERE judge <> '' ORDER BY judge"))) {
        while (q.next())
            m_judge->addItem(q.value(0).toString(), q.value(0).toString());
    }
    m_judge->setCurrentIndex(std::max(0, m_judge->findData(current)));
}

void CalendarView::setWeekMode(bool week)
{
    m_week = week;
    reload();
}

void CalendarView::setDate(const QDate& date)
{
    m_date = date;
    reload();
}

void CalendarView::setJudge(const QString& judge)
{
    fillJudges();
    const int i = m_judge->findData(judge);
    m_judge->setCurrentIndex(i < 0 ? 0 : i);
    reload();
}

void CalendarView::reload()
{
    const QDate first = m_week ? m_date.addDays(1 - m_date.dayOfWeek()) : m_date;
    const int days = m_week ? 7 : 1;
    m_dayButton->setChecked(!m_week);
    m_weekButton->setChecked(m_week);
    const QLocale locale;
    m_title->setText(m_week ? tr("Week of %1").arg(locale.toString(first, QLocale::LongFormat))
                            : locale.toString(first, QLocale::LongFormat));
    m_grid->setRange(first, days);
    auto list =
        HearingRepository(m_db, QString())
            .bookings(QDateTime(first, QTime(0, 0)), QDateTime(first.addDays(days), QTime(0, 0)),
                      m_judge->currentData().toString());
    if (!list) {
        Q_EMIT errorOccurred(list.errorMessage());
        m_grid->setBookings({});
        return;
    }
    m_grid->setBookings(list.value());
}

void CalendarView::retranslateUi()
{
    m_today->setText(tr("Today"));
    m_dayButton->setText(tr("Day"));
    m_weekButton->setText(tr("Week"));
    m_prev->setToolTip(tr("Earlier (Ctrl+PgUp)"));
    m_next->setToolTip(tr("Later (Ctrl+PgDown)"));
    m_judge->setItemText(0, tr("All judges"));
}

void CalendarView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace cd::ui
