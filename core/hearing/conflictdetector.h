#pragma once

#include "hearingtypes.h"

namespace cd {

// Finds what stands in the way of a booking: the same room, the same judge or the same counsel
// booked at an overlapping time. Pure: the caller supplies the bookings around the proposed one.
class ConflictDetector
{
    Q_DECLARE_TR_FUNCTIONS(cd::ConflictDetector)
public:
    static QVector<Conflict> find(const Booking& proposed, const QVector<Booking>& existing);
    static bool overlaps(const Booking& a, const Booking& b);
    // Room and judge conflicts cannot be booked over; a counsel conflict can, once a person
    // has confirmed it (another lawyer of the firm may attend).
    static bool blocking(const QVector<Conflict>& conflicts);
    // Agent names of a party field: "王律师、李律师" → two names.
    static QStringList splitNames(const QString& agents);
};

} // namespace cd
