#include "auditlog.h"

#include "common/clock.h"
#include "common/logging.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toString();
    e.details = q.value(6).toString();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}
} // namespace

QString AuditLog::computeHash(const AuditEntry& e)
{
    // Fields are length-prefixed so no two different rows can serialise the same way.
    QByteArray buf;
    auto add = [&buf](const QString& s) {
        const QByteArray u = s.toUtf8();
        buf += QByteArray::number(u.size());
        buf += ':';
        buf += u;
    };
    add(e.prevHash);
    add(QString::number(e.id));
    add(e.at.toUTC().toString(Qt::ISODateWithMs));
    add(e.actor);
    add(e.action);
    add(e.entity);
    add(e.entityId);
    add(e.details);
    return QString::fromLatin1(QCryptographicHash::hash(buf, QCryptographicHash::Sha256).toHex());
}

Result<qint64> AuditLog::appendInTransaction(const QString& actor, const QString& action,
                                             const QString& entity, const QString& entityId,
                                             const QString& details)
{
    QSqlQuery last(m_db.sql());
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return databaseError(tr("reading the audit log"), last.lastError().text());
    AuditEntry e;
    e.prevHash = kGenesis;
    e.id = 1;
    if (last.next()) {
        e.id = last.value(0).toLongLong() + 1;
        e.prevHash = last.value(1).toString();
    }
    {
        // The log remembers its highest id even when rows were deleted; never reuse one, or
        // the next entry would take the place of a deleted tail and hide it from verify().
        QSqlQuery seq(m_db.sql());
        if (seq.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name='audit_log'")) &&
            seq.next())
            e.id = qMax(e.id, seq.value(0).toLongLong() + 1);
    }
    e.at = Clock::instance().now().toUTC();
    e.actor = actor;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.details = details;
    e.hash = computeHash(e);

    QSqlQuery ins(m_db.sql());
    ins.prepare(QStringLiteral("INSERT INTO audit_log(id, at, actor, action, entity, entity_id, "
                               "details, prev_hash, hash) VALUES(?,?,?,?,?,?,?,?,?)"));
    ins.addBindValue(e.id);
    ins.addBindValue(e.at.toString(Qt::ISODateWithMs));
    ins.addBindValue(e.actor);
    ins.addBindValue(e.action);
    ins.addBindValue(e.entity);
    ins.addBindValue(e.entityId);
    ins.addBindValue(e.details);
    ins.addBindValue(e.prevHash);
    ins.addBindValue(e.hash);
    if (!ins.exec())
        return databaseError(tr("writing the audit log"), ins.lastError().text());
    return e.id;
}

Result<qint64> AuditLog::append(const QString& actor, const QString& action, const QString& entity,
                                const QString& entityId, const QString& details)
{
    // Reading the chain head and writing the next row must be one transaction: two processes
    // appending at once would otherwise both link to the same head. Inside a caller's
    // transaction this is a savepoint.
    qint64 id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        auto a = appendInTransaction(actor, action, entity, entityId, details);
        if (!a)
            return a.error();
        id = a.value();
        return {};
    });
    if (!r)
        return r.error();
    return id;
}

Result<AuditVerification> AuditLog::verify()
{
    AuditVerification v;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, details, "
                               "prev_hash, hash FROM audit_log ORDER BY id")))
        return databaseError(tr("reading the audit log"), q.lastError().text());
    QString prev = kGenesis;
    qint64 expectedId = 1;
    auto fail = [&v](qint64 id, const QString& msg) {
        v.ok = false;
        v.firstBadId = id;
        v.message = msg;
        qCWarning(lcAudit) << "audit chain broken at" << id << msg;
    };
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        ++v.rowsChecked;
        if (e.id != expectedId) {
            fail(expectedId, tr("Audit entry %1 is missing: it was deleted.").arg(expectedId));
            return v;
        }
        if (e.prevHash != prev) {
            fail(e.id, tr("Audit entry %1 does not follow entry %2: the log was altered.")
                           .arg(e.id)
                           .arg(e.id - 1));
            return v;
        }
        if (computeHash(e) != e.hash) {
            fail(e.id, tr("Audit entry %1 was edited after it was written.").arg(e.id));
            return v;
        }
        prev = e.hash;
        ++expectedId;
    }
    // AUTOINCREMENT remembers the highest id ever issued: a deleted tail shows up here.
    QSqlQuery seq(m_db.sql());
    if (seq.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name='audit_log'")) &&
        seq.next()) {
        const qint64 highest = seq.value(0).toLongLong();
        if (highest >= expectedId) {
            fail(expectedId, tr("Audit entries %1 to %2 are missing: they were deleted.")
                                 .arg(expectedId)
                                 .arg(highest));
            return v;
        }
    }
    v.message = tr("The audit log is intact (%n entries).", nullptr, int(v.rowsChecked));
    return v;
}

Result<QVector<AuditEntry>> AuditLog::entriesFor(const QString& entity, const QString& entityId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, details, prev_hash, "
                             "hash FROM audit_log WHERE entity=? AND entity_id=? ORDER BY id"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (!q.exec())
        return databaseError(tr("reading the audit log"), q.lastError().text());
    QVector<AuditEntry> out;
    while (q.next())
        out.push_back(entryFrom(q));
    return out;
}

} // namespace cd
