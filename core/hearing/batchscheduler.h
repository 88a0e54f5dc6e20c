#pragma once

#include "hearingtypes.h"

#include <QTime>

namespace cd {

// Speedy-trial days (速裁): many short cases into one afternoon. Slots of a fixed length follow
// each other in one room; each case takes the earliest slot where its judge and counsel are
// free, so one busy lawyer does not hold up the rest of the list.
struct BatchRequest
{
    QVector<Booking> cases; // one per case: caseId, judge, counsel, caseNumber filled
    qint64 roomId = 0;
    QString roomName;
    QDate date;
    QTime from;
    QTime to;
    int slotMinutes = 20;
    int gapMinutes = 5;
    QString purpose = QStringLiteral("hearing");
};

struct BatchPlan
{
    QVector<Booking> placed;
    struct Unplaced
    {
        Booking booking;
        QString reason; // translated
    };
    QVector<Unplaced> unplaced;
};

class BatchScheduler
{
    Q_DECLARE_TR_FUNCTIONS(cd::BatchScheduler)
public:
    // existing: the day's bookings (all rooms), to respect judges' and counsel's other cases.
    static BatchPlan plan(const BatchRequest& request, const QVector<Booking>& existing);
};

} // namespace cd
