#pragma once

#include "hearing/hearingtypes.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace cd {
class Database;
}

namespace cd::ui {

// The grid of a day or a week, 08:00–18:00, with one block per sitting (case number, room,
// purpose). Blocks of the same judge that overlap are outlined red.
class CalendarGrid : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarGrid(QWidget* parent = nullptr);

    void setRange(const QDate& first, int days);
    void setBookings(const QVector<Booking>& bookings);
    const QVector<Booking>& bookings() const { return m_bookings; }
    QDate firstDay() const { return m_first; }
    int days() const { return m_days; }
    // Where a booking is drawn (tests, tooltips).
    QRectF blockRect(const Booking& b) const;
    QSize sizeHint() const override { return {900, 640}; }

Q_SIGNALS:
    void bookingClicked(const cd::Booking& booking);
    void bookingActivated(const cd::Booking& booking);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    const Booking* bookingAt(const QPointF& pos) const;
    QRectF dayColumn(int day) const;
    double yFor(const QTime& t) const;

    QDate m_first = QDate::currentDate();
    int m_days = 1;
    QVector<Booking> m_bookings;
    static constexpr int kFirstHour = 8;
    static constexpr int kLastHour = 18;
    static constexpr int kHeader = 28;
    static constexpr int kGutter = 52;
};

// 庭审日历: a judge's (or everyone's) sittings by day or week, with navigation and the
// judge filter; a click selects the case, a double click opens the booking.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    CalendarView(Database& db, QWidget* parent = nullptr);

    void setWeekMode(bool week);
    bool weekMode() const { return m_week; }
    void setDate(const QDate& date);
    void setJudge(const QString& judge); // empty: all judges
    void reload();
    CalendarGrid* grid() const { return m_grid; }

Q_SIGNALS:
    void caseRequested(qint64 caseId);
    void bookingActivated(const cd::Booking& booking);
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillJudges();

    Database& m_db;
    CalendarGrid* m_grid;
    QLabel* m_title;
    QComboBox* m_judge;
    QToolButton* m_prev;
    QToolButton* m_next;
    QToolButton* m_today;
    QToolButton* m_dayButton;
    QToolButton* m_weekButton;
    QDate m_date = QDate::currentDate();
    bool m_week = true;
};

} // namespace cd::ui
