#pragma once

#include "batchscheduler.h"
#include "common/result.h"
#include "hearingtypes.h"

namespace cd {

class Database;

// Courtrooms and bookings in the case store. Every write is one transaction with its audit
// entry; a booking is refused while its room or judge is taken, and a counsel clash needs an
// explicit yes.
class HearingRepository
{
    Q_DECLARE_TR_FUNCTIONS(cd::HearingRepository)
public:
    HearingRepository(Database& db, QString actor);

    Result<QVector<Courtroom>> rooms(bool activeOnly = false);
    Result<qint64> saveRoom(Courtroom& room);

    // Bookings overlapping [from, to), with case number, cause, room name and counsel.
    // judge: only that judge's (empty: all). Cancelled bookings are left out.
    Result<QVector<Booking>> bookings(const QDateTime& from, const QDateTime& to,
                                      const QString& judge = {});
    Result<QVector<Booking>> bookingsForCase(qint64 caseId);
    Result<Booking> booking(qint64 id);

    // Fills judge (from the case if empty), counsel, case number and room name, then finds
    // the conflicts with the bookings around it.
    Result<QVector<Conflict>> check(Booking& b);
    Result<qint64> book(Booking& b, bool acceptCounselConflicts = false);
    Result<void> reschedule(Booking& b, bool acceptCounselConflicts = false);
    Result<void> cancel(qint64 id, const QString& reason);
    // Books a batch plan in one transaction; fails whole if any booking now conflicts.
    Result<QVector<qint64>> bookAll(QVector<Booking>& plan);

    // What a batch needs of a case: judge, counsel and number.
    Result<Booking> caseTemplate(qint64 caseId);

private:
    Result<void> validate(const Booking& b) const;
    Result<void> fillFromCase(Booking& b);
    Result<qint64> insert(Booking& b, bool acceptCounselConflicts);
    Result<void> audit(const QString& action, qint64 id, const Booking& b,
                       const QString& extra = {});

    Database& m_db;
    QString m_actor;
};

} // namespace cd
