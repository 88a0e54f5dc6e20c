#pragma once

#include <QDate>
#include <QDateTime>

namespace cd {

// Time comes through a Clock so tests can fix it; time limits and audit rows depend on it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    // Process-wide clock; the default is the system clock.
    static Clock& instance();
    // Replaces the process-wide clock (tests). Passing nullptr restores the system clock.
    static void setInstance(Clock* clock);
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t; }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceDays(qint64 d) { m_now = m_now.addDays(d); }

private:
    QDateTime m_now;
};

} // namespace cd
