#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cd::ui {

// How close a time limit is; drives the badge colour in the case list and the case view.
enum class Urgency { None, Normal, Soon, Overdue };

// Shared formatting for dates, amounts and time-limit badges, so every pane says it the same way.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::DisplayFormat)
public:
    // Days left at or under which a time limit is flagged as close.
    static constexpr int soonDays = 7;

    static QString date(const QDate& date);
    static QString dateTime(const QDateTime& dateTime);
    // Amount in fen shown as yuan with thousands separators.
    static QString money(qint64 fen);
    static QString daysLeft(int days);
    static Urgency urgency(int days);
    // Status keys for which no time limit runs any more.
    static bool timeLimitStopped(const QString& status);
};

} // namespace cd::ui
