#include "batchscheduler.h"

#include "conflictdetector.h"

namespace cd {

BatchPlan BatchScheduler::plan(const BatchRequest& r, const QVector<Booking>& existing)
{
    BatchPlan out;
    struct Slot
    {
        QDateTime start;
        QDateTime end;
        bool taken = false;
    };
    QVector<Slot> grid;
    if (r.slotMinutes > 0 && r.date.isValid() && r.from.isValid() && r.to.isValid()) {
        QDateTime t(r.date, r.from);
        const QDateTime end(r.date, r.to);
        while (t.addSecs(qint64(r.slotMinutes) * 60) <= end) {
            grid.append(Slot{t, t.addSecs(qint64(r.slotMinutes) * 60)});
            t = t.addSecs(qint64(r.slotMinutes + std::max(0, r.gapMinutes)) * 60);
        }
    }
    QVector<Booking> around = existing;
    for (const Booking& c : r.cases) {
        QString lastReason = tr("No slot is left in the afternoon.");
        bool placed = false;
        for (Slot& s : grid) {
            if (s.taken)
                continue;
            Booking b = c;
            b.roomId = r.roomId;
            b.roomName = r.roomName;
            b.startsAt = s.start;
            b.endsAt = s.end;
            b.purpose = r.purpose;
            const QVector<Conflict> conflicts = ConflictDetector::find(b, around);
            if (!conflicts.isEmpty()) {
                lastReason = conflicts.first().message;
                continue;
            }
            s.taken = true;
            out.placed.append(b);
            around.append(b);
            placed = true;
            break;
        }
        if (!placed)
            out.unplaced.append(BatchPlan::Unplaced{c, lastReason});
    }
    return out;
}

} // namespace cd
