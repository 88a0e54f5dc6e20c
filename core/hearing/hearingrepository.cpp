#include "hearingrepository.h"

#include "audit/auditlog.h"
#include "conflictdetector.h"
#include "hearinglog.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

QString stamp(const QDateTime& t)
{
    return t.toString(kTimeFormat);
}

QDateTime parseStamp(const QString& s)
{
    return QDateTime::fromString(s, kTimeFormat);
}

QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Error dbError(const QString& what, const QSqlQuery& q)
{
    return makeError(ErrorCode::Database,
                     HearingRepository::tr("The case store could not be updated (%1).").arg(what),
                     q.lastError().text());
}

const char* const kSelect =
    "SELECT b.id, b.case_id, b.room_id, b.starts_at, b.ends_at, b.purpose, b.judge, b.clerk,"
    " b.note, b.status, c.case_number, c.cause, COALESCE(r.name, ''),"
    " (SELECT group_concat(p.agent, '、') FROM parties p WHERE p.case_id = b.case_id"
    "  AND p.agent <> '')"
    " FROM bookings b JOIN cases c ON c.id = b.case_id LEFT JOIN courtrooms r ON r.id = b.room_id";

Booking readBooking(const QSqlQuery& q)
{
    Booking b;
    b.id = q.value(0).toLongLong();
    b.caseId = q.value(1).toLongLong();
    b.roomId = q.value(2).toLongLong();
    b.startsAt = parseStamp(q.value(3).toString());
    b.endsAt = parseStamp(q.value(4).toString());
    b.purpose = q.value(5).toString();
    b.judge = q.value(6).toString();
    b.clerk = q.value(7).toString();
    b.note = q.value(8).toString();
    b.status = q.value(9).toString();
    b.caseNumber = q.value(10).toString();
    b.cause = q.value(11).toString();
    b.roomName = q.value(12).toString();
    b.counsel = ConflictDetector::splitNames(q.value(13).toString());
    return b;
}

} // namespace

HearingRepository::HearingRepository(Database& db, QString actor)
    : m_db(db), m_actor(std::move(actor))
{
}

Result<QVector<Courtroom>> HearingRepository::rooms(bool activeOnly)
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT id, name, kind, location, active FROM courtrooms") +
                (activeOnly ? QStringLiteral(" WHERE active = 1") : QString()) +
                QStringLiteral(" ORDER BY kind, name")))
        return dbError(tr("reading the courtrooms"), q);
    QVector<Courtroom> out;
    while (q.next())
        out.append(Courtroom{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toBool()});
    return out;
}

Result<qint64> HearingRepository::saveRoom(Courtroom& room)
{
    room.name = room.name.trimmed();
    if (room.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the courtroom a name."));
    if (room.kind != QLatin1String("physical") && room.kind != QLatin1String("virtual"))
        return makeError(ErrorCode::InvalidInput, tr("A courtroom is physical or virtual."));
    auto r = m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        if (room.id == 0) {
            q.prepare(QStringLiteral(
                "INSERT INTO courtrooms(name, kind, location, active) VALUES(?,?,?,?)"));
        } else {
            q.prepare(QStringLiteral(
                "UPDATE courtrooms SET name = ?, kind = ?, location = ?, active = ? WHERE id = ?"));
        }
        q.addBindValue(room.name);
        q.addBindValue(room.kind);
        q.addBindValue(nonNull(room.location));
        q.addBindValue(room.active ? 1 : 0);
        if (room.id != 0)
            q.addBindValue(room.id);
        if (!q.exec()) {
            if (q.lastError().text().contains(QLatin1String("UNIQUE")))
                return makeError(ErrorCode::Conflict,
                                 tr("There is already a courtroom named %1.").arg(room.name));
            return dbError(tr("saving the courtroom"), q);
        }
        if (room.id == 0)
            room.id = q.lastInsertId().toLongLong();
        const QJsonObject d{{QStringLiteral("name"), room.name},
                            {QStringLiteral("kind"), room.kind},
                            {QStringLiteral("active"), room.active}};
        if (auto a = AuditLog(m_db).append(
                m_actor, QStringLiteral("courtroom.save"), QStringLiteral("courtroom"),
                QString::number(room.id),
                QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact)));
            !a)
            return a.error();
        return {};
    });
    if (!r)
        return r.error();
    return room.id;
}

Result<QVector<Booking>> HearingRepository::bookings(const QDateTime& from, const QDateTime& to,
                                                     const QString& judge)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QString::fromLatin1(kSelect) +
        QStringLiteral(" WHERE b.status <> 'cancelled' AND b.starts_at < ? AND b.ends_at > ?") +
        (judge.isEmpty() ? QString() : QStringLiteral(" AND b.judge = ?")) +
        QStringLiteral(" ORDER BY b.starts_at, r.name"));
    q.addBindValue(stamp(to));
    q.addBindValue(stamp(from));
    if (!judge.isEmpty())
        q.addBindValue(judge);
    if (!q.exec())
        return dbError(tr("reading the bookings"), q);
    QVector<Booking> out;
    while (q.next())
        out.append(readBooking(q));
    return out;
}

Result<QVector<Booking>> HearingRepository::bookingsForCase(qint64 caseId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QString::fromLatin1(kSelect) +
              QStringLiteral(" WHERE b.case_id = ? ORDER BY b.starts_at"));
    q.addBindValue(caseId);
    if (!q.exec())
        return dbError(tr("reading the bookings"), q);
    QVector<Booking> out;
    while (q.next())
        out.append(readBooking(q));
    return out;
}

Result<Booking> HearingRepository::booking(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE b.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(tr("reading the booking"), q);
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The booking no longer exists."));
    return readBooking(q);
}

Result<Booking> HearingRepository::caseTemplate(qint64 caseId)
{
    Booking b;
    b.caseId = caseId;
    if (auto r = fillFromCase(b); !r)
        return r.error();
    return b;
}

Result<void> HearingRepository::fillFromCase(Booking& b)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT c.case_number, c.cause, c.judge,"
                       " (SELECT group_concat(p.agent, '、') FROM parties p WHERE p.case_id = c.id"
                       "  AND p.agent <> '') FROM cases c WHERE c.id = ?"));
    q.addBindValue(b.caseId);
    if (!q.exec())
        return dbError(tr("reading the case"), q);
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The case no longer exists."));
    b.caseNumber = q.value(0).toString();
    b.cause = q.value(1).toString();
    if (b.judge.trimmed().isEmpty())
        b.judge = q.value(2).toString();
    b.judge = b.judge.trimmed();
    b.counsel = ConflictDetector::splitNames(q.value(3).toString());
    if (b.roomId != 0) {
        QSqlQuery r(m_db.sql());
        r.prepare(QStringLiteral("SELECT name, active FROM courtrooms WHERE id = ?"));
        r.addBindValue(b.roomId);
        if (!r.exec())
            return dbError(tr("reading the courtroom"), r);
        if (!r.next())
            return makeError(ErrorCode::NotFound, tr("The courtroom no longer exists."));
        b.roomName = r.value(0).toString();
        if (!r.value(1).toBool())
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is closed for bookings.").arg(b.roomName));
    }
    return {};
}

Result<void> HearingRepository::validate(const Booking& b) const
{
    if (b.caseId == 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose the case to book."));
    if (b.roomId == 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose a courtroom."));
    if (!b.startsAt.isValid() || !b.endsAt.isValid() || b.endsAt <= b.startsAt)
        return makeError(ErrorCode::InvalidInput, tr("The end must come after the start."));
    if (b.startsAt.date() != b.endsAt.date())
        return makeError(ErrorCode::InvalidInput, tr("A sitting starts and ends on the same day."));
    if (!HearingVocabulary::purposes().contains(b.purpose))
        return makeError(ErrorCode::InvalidInput,
                         tr("Unknown kind of sitting: %1.").arg(b.purpose));
    return {};
}

Result<QVector<Conflict>> HearingRepository::check(Booking& b)
{
    if (auto r = fillFromCase(b); !r)
        return r.error();
    if (!b.startsAt.isValid() || !b.endsAt.isValid())
        return QVector<Conflict>{};
    auto around = bookings(b.startsAt, b.endsAt);
    if (!around)
        return around.error();
    return ConflictDetector::find(b, around.value());
}

Result<qint64> HearingRepository::insert(Booking& b, bool acceptCounsel)
{
    if (auto v = validate(b); !v)
        return v.error();
    auto conflicts = check(b);
    if (!conflicts)
        return conflicts.error();
    if (!conflicts->isEmpty() && (ConflictDetector::blocking(conflicts.value()) || !acceptCounsel))
        return makeError(ErrorCode::Conflict, conflicts->first().message);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO bookings(case_id, room_id, starts_at, ends_at, purpose, judge, clerk, note,"
        " status, created_at, created_by) VALUES(?,?,?,?,?,?,?,?,'scheduled',?,?)"));
    q.addBindValue(b.caseId);
    q.addBindValue(b.roomId);
    q.addBindValue(stamp(b.startsAt));
    q.addBindValue(stamp(b.endsAt));
    q.addBindValue(b.purpose);
    q.addBindValue(nonNull(b.judge));
    q.addBindValue(nonNull(b.clerk));
    q.addBindValue(nonNull(b.note));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(nonNull(m_actor));
    if (!q.exec())
        return dbError(tr("booking the courtroom"), q);
    b.id = q.lastInsertId().toLongLong();
    b.status = QStringLiteral("scheduled");
    QString extra;
    if (!conflicts->isEmpty())
        extra = conflicts->first().message; // an accepted counsel clash stays on record
    if (auto a = audit(QStringLiteral("hearing.book"), b.id, b, extra); !a)
        return a.error();
    return b.id;
}

Result<qint64> HearingRepository::book(Booking& b, bool acceptCounselConflicts)
{
    qint64 id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        auto inserted = insert(b, acceptCounselConflicts);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return {};
    });
    if (!r)
        return r.error();
    qCInfo(lcHearing) << "booked" << b.caseNumber << b.roomName << b.startsAt;
    return id;
}

Result<QVector<qint64>> HearingRepository::bookAll(QVector<Booking>& plan)
{
    QVector<qint64> ids;
    auto r = m_db.transaction([&]() -> Result<void> {
        for (Booking& b : plan) {
            auto inserted = insert(b, false);
            if (!inserted)
                return makeError(inserted.error().code,
                                 tr("%1: %2").arg(b.caseNumber, inserted.errorMessage()));
            ids << inserted.value();
        }
        return {};
    });
    if (!r)
        return r.error();
    qCInfo(lcHearing) << "batch booked" << ids.size() << "sittings";
    return ids;
}

Result<void> HearingRepository::reschedule(Booking& b, bool acceptCounselConflicts)
{
    if (auto v = validate(b); !v)
        return v;
    return m_db.transaction([&]() -> Result<void> {
        auto conflicts = check(b);
        if (!conflicts)
            return conflicts.error();
        if (!conflicts->isEmpty() &&
            (ConflictDetector::blocking(conflicts.value()) || !acceptCounselConflicts))
            return makeError(ErrorCode::Conflict, conflicts->first().message);
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "UPDATE bookings SET room_id = ?, starts_at = ?, ends_at = ?, purpose = ?, judge = ?,"
            " clerk = ?, note = ? WHERE id = ? AND status = 'scheduled'"));
        q.addBindValue(b.roomId);
        q.addBindValue(stamp(b.startsAt));
        q.addBindValue(stamp(b.endsAt));
        q.addBindValue(b.purpose);
        q.addBindValue(nonNull(b.judge));
        q.addBindValue(nonNull(b.clerk));
        q.addBindValue(nonNull(b.note));
        q.addBindValue(b.id);
        if (!q.exec())
            return dbError(tr("moving the booking"), q);
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("The booking is no longer scheduled."));
        return audit(QStringLiteral("hearing.reschedule"), b.id, b);
    });
}

Result<void> HearingRepository::cancel(qint64 id, const QString& reason)
{
    return m_db.transaction([&]() -> Result<void> {
        auto b = booking(id);
        if (!b)
            return b.error();
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "UPDATE bookings SET status = 'cancelled' WHERE id = ? AND status = 'scheduled'"));
        q.addBindValue(id);
        if (!q.exec())
            return dbError(tr("cancelling the booking"), q);
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("The booking is no longer scheduled."));
        return audit(QStringLiteral("hearing.cancel"), id, b.value(), reason);
    });
}

Result<void> HearingRepository::audit(const QString& action, qint64 id, const Booking& b,
                                      const QString& extra)
{
    QJsonObject d{{QStringLiteral("case"), b.caseNumber},
                  {QStringLiteral("room"), b.roomName},
                  {QStringLiteral("starts"), stamp(b.startsAt)},
                  {QStringLiteral("ends"), stamp(b.endsAt)},
                  {QStringLiteral("judge"), b.judge},
                  {QStringLiteral("purpose"), b.purpose}};
    if (!extra.isEmpty())
        d.insert(QStringLiteral("note"), extra);
    auto a =
        AuditLog(m_db).append(m_actor, action, QStringLiteral("booking"), QString::number(id),
                              QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact)));
    if (!a)
        return a.error();
    return {};
}

} // namespace cd
