#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAbstractItemView;

namespace cd::ui {

// Measures startup for `courtdesk --quit-after-first-paint`: waits for the first paint of the
// case list's viewport that happens after rows were fetched, then reports the time.
//
// What is measured: the milliseconds from the process start (the kernel's start time in
// /proc/self/stat, so dynamic linking and static initialisers count) to the end of that paint
// event. Where /proc is unavailable, only the time since runApplication() began is counted.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    // startup was started at the top of runApplication(); beforeStartupMs is the time the
    // process had already been running then (see processAgeMs()).
    FirstPaintProbe(QAbstractItemView* view, const QElapsedTimer& startup, qint64 beforeStartupMs,
                    QObject* parent = nullptr);

    // Age of this process in milliseconds from /proc/self/stat and CLOCK_BOOTTIME (10 ms
    // resolution), or -1 if it cannot be read.
    static qint64 processAgeMs();

    // Call once the list has been queried; until then an empty list does not count as painted.
    void arm() { m_armed = true; }

signals:
    // Fired once, after the first painted frame with rows (or with an empty store: the first
    // paint after the list was queried).
    void painted(qint64 msSinceProcessStart);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    QElapsedTimer m_startup;
    qint64 m_beforeStartupMs;
    bool m_armed = false;
    bool m_fired = false;
};

} // namespace cd::ui
