#include "firstpaintprobe.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <ctime>
#include <unistd.h>

namespace cd::ui {

FirstPaintProbe::FirstPaintProbe(QAbstractItemView* view, const QElapsedTimer& startup,
                                 qint64 beforeStartupMs, QObject* parent)
    : QObject(parent), m_view(view), m_startup(startup),
      m_beforeStartupMs(qMax<qint64>(0, beforeStartupMs))
{
    m_view->viewport()->installEventFilter(this);
}

qint64 FirstPaintProbe::processAgeMs()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 2 (comm) may contain spaces; count fields from the last ')'.
    const int close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // After comm, field 3 (state) is index 0, so field 22 (starttime) is index 19.
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(19).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    const qint64 startMs = startTicks * 1000 / ticksPerSecond;
    return nowMs >= startMs ? nowMs - startMs : -1;
#else
    return -1;
#endif
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_fired && event->type() == QEvent::Paint && watched == m_view->viewport() &&
        m_view->model()) {
        const bool hasRows = m_view->model()->rowCount() > 0;
        if (hasRows || m_armed) {
            m_fired = true;
            // Let the paint event finish first so the time includes the painting itself.
            QTimer::singleShot(0, this,
                               [this] { emit painted(m_beforeStartupMs + m_startup.elapsed()); });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cd::ui
