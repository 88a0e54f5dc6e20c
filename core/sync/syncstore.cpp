#include "syncstore.h"

#include "recordcodec.h"
#include "storage/database.h"

#include "common/clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace cd {

namespace {

QString nowIso()
{
    return Clock::instance().now().toUTC().toString(Qt::ISODateWithMs);
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// One statement with its values bound in order; what names the step for the error message.
Result<void> execBound(QSqlDatabase& db, const QString& sql, const QVariantList& values,
                       const QString& what)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(what, q);
    return {};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

OutboxEntry entryFrom(const QSqlQuery& q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.mutationId = q.value(1).toString();
    e.type = q.value(2).toString();
    e.uuid = q.value(3).toString();
    e.op = q.value(4).toString();
    e.body = jsonObject(q.value(5));
    e.sentBase = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
    e.state = q.value(7).toString();
    e.error = q.value(8).toString();
    return e;
}

const char* kOutboxColumns =
    "id, mutation_id, type, record_uuid, op, body, sent_base, state, error";

ConflictEntry conflictFrom(const QSqlQuery& q)
{
    ConflictEntry c;
    c.id = q.value(0).toLongLong();
    c.type = q.value(1).toString();
    c.uuid = q.value(2).toString();
    c.mutationId = q.value(3).toString();
    c.localBody = jsonObject(q.value(4));
    c.localDeleted = q.value(5).toBool();
    c.serverBody = jsonObject(q.value(6));
    c.serverVersion = q.value(7).toLongLong();
    c.serverDeleted = q.value(8).toBool();
    c.createdAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    return c;
}

const char* kConflictColumns = "id, type, record_uuid, mutation_id, local_body, local_deleted, "
                               "server_body, server_version, server_deleted, created_at";

} // namespace

SyncStore::SyncStore(Database& db) : m_db(db) {}

QString SyncStore::tableFor(const QString& type)
{
    if (type == QLatin1String("case"))
        return QStringLiteral("cases");
    if (type == QLatin1String("evidence"))
        return QStringLiteral("evidence");
    if (type == QLatin1String("document"))
        return QStringLiteral("documents");
    return {};
}

Result<void> SyncStore::enqueuePut(const QString& type, const QString& uuid,
                                   const QJsonObject& body)
{
    return m_db.transaction([&]() -> Result<void> {
        // Coalesce into a row that was never sent; a sent row keeps what it sent.
        QSqlQuery u(m_db.sql());
        u.prepare(QStringLiteral("UPDATE sync_outbox SET body=?, op='put' WHERE type=? AND "
                                 "record_uuid=? AND state='pending' AND sent_base IS NULL"));
        u.addBindValue(jsonText(body));
        u.addBindValue(type);
        u.addBindValue(uuid);
        if (!u.exec())
            return queryError(tr("recording the change for sync"), u);
        if (u.numRowsAffected() > 0)
            return {};
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT INTO sync_outbox(mutation_id, type, record_uuid, op, "
                                 "body, state, created_at) VALUES(?,?,?,'put',?,'pending',?)"));
        q.addBindValue(newId());
        q.addBindValue(type);
        q.addBindValue(uuid);
        q.addBindValue(jsonText(body));
        q.addBindValue(nowIso());
        if (!q.exec())
            return queryError(tr("recording the change for sync"), q);
        return {};
    });
}

Result<void> SyncStore::enqueueDelete(const QString& type, const QString& uuid)
{
    auto version = serverVersion(type, uuid);
    if (!version)
        return version.error();
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery sent(m_db.sql());
        sent.prepare(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE type=? AND "
                                    "record_uuid=? AND sent_base IS NOT NULL"));
        sent.addBindValue(type);
        sent.addBindValue(uuid);
        if (!sent.exec() || !sent.next())
            return queryError(tr("recording the change for sync"), sent);
        const bool everSent = version.value() > 0 || sent.value(0).toInt() > 0;
        if (!everSent) {
            // The server never heard of it: forget the pending create.
            QSqlQuery d(m_db.sql());
            d.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE type=? AND record_uuid=?"));
            d.addBindValue(type);
            d.addBindValue(uuid);
            if (!d.exec())
                return queryError(tr("recording the change for sync"), d);
            return {};
        }
        QSqlQuery u(m_db.sql());
        u.prepare(QStringLiteral(
            "UPDATE sync_outbox SET body=NULL, op='delete' WHERE type=? AND record_uuid=? AND "
            "state='pending' AND sent_base IS NULL"));
        u.addBindValue(type);
        u.addBindValue(uuid);
        if (!u.exec())
            return queryError(tr("recording the change for sync"), u);
        if (u.numRowsAffected() > 0)
            return {};
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT INTO sync_outbox(mutation_id, type, record_uuid, op, "
                                 "state, created_at) VALUES(?,?,?,'delete','pending',?)"));
        q.addBindValue(newId());
        q.addBindValue(type);
        q.addBindValue(uuid);
        q.addBindValue(nowIso());
        if (!q.exec())
            return queryError(tr("recording the change for sync"), q);
        return {};
    });
}

Result<void> SyncStore::enqueueDeleteOnBase(const QString& type, const QString& uuid, qint64 base)
{
    return execBound(
        m_db.sql(),
        QStringLiteral("INSERT INTO sync_outbox(mutation_id, type, record_uuid, op, "
                       "sent_base, state, created_at) VALUES(?,?,?,'delete',?,'pending',?)"),
        {newId(), type, uuid, base, nowIso()}, tr("recording the change for sync"));
}

Result<void> SyncStore::enqueueEvidence(qint64 evidenceId)
{
    auto body = evidenceBody(evidenceId);
    if (!body)
        return body.error();
    if (body->isEmpty())
        return {};
    return enqueuePut(QStringLiteral("evidence"), body->value(QStringLiteral("uuid")).toString(),
                      body.value());
}

Result<QJsonObject> SyncStore::evidenceBody(qint64 evidenceId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT e.uuid, c.uuid, e.title, e.submitted_by, e.description, e.position, e.source, "
        "e.file_name, e.media_type, e.size_bytes, e.sha256, e.pages, e.language, e.created_at, "
        "e.importer FROM evidence e JOIN cases c ON c.id = e.case_id WHERE e.id=?"));
    q.addBindValue(evidenceId);
    if (!q.exec())
        return queryError(tr("recording the change for sync"), q);
    if (!q.next())
        return QJsonObject();
    QString uuid = q.value(0).toString();
    if (uuid.isEmpty()) {
        uuid = newId();
        QSqlQuery u(m_db.sql());
        u.prepare(QStringLiteral("UPDATE evidence SET uuid=? WHERE id=?"));
        u.addBindValue(uuid);
        u.addBindValue(evidenceId);
        if (!u.exec())
            return queryError(tr("recording the change for sync"), u);
    }
    EvidenceItem e;
    e.title = q.value(2).toString();
    e.submittedBy = q.value(3).toString();
    e.description = q.value(4).toString();
    e.position = q.value(5).toInt();
    e.source = q.value(6).toString();
    e.fileName = q.value(7).toString();
    e.mediaType = q.value(8).toString();
    e.sizeBytes = q.value(9).toLongLong();
    e.sha256 = q.value(10).toString();
    e.pages = q.value(11).toInt();
    e.language = q.value(12).toString();
    e.importedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    e.importer = q.value(14).toString();
    return RecordCodec::evidenceToJson(e, uuid, q.value(1).toString());
}

Result<QVector<OutboxEntry>> SyncStore::outbox(int limit)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM sync_outbox ORDER BY id LIMIT ?")
                  .arg(QLatin1String(kOutboxColumns)));
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(tr("reading the sync outbox"), q);
    QVector<OutboxEntry> out;
    while (q.next())
        out << entryFrom(q);
    return out;
}

Result<int> SyncStore::outboxCount()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) || !q.next())
        return queryError(tr("reading the sync outbox"), q);
    return q.value(0).toInt();
}

Result<QSet<QString>> SyncStore::recordsWithOutboxRows()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT DISTINCT type, record_uuid FROM sync_outbox")))
        return queryError(tr("reading the sync outbox"), q);
    QSet<QString> out;
    while (q.next())
        out.insert(key(q.value(0).toString(), q.value(1).toString()));
    return out;
}

Result<void> SyncStore::markInflight(qint64 entryId, qint64 base)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        q.prepare(
            QStringLiteral("UPDATE sync_outbox SET state='inflight', sent_base=? WHERE id=?"));
        q.addBindValue(base);
        q.addBindValue(entryId);
        if (!q.exec())
            return queryError(tr("updating the sync outbox"), q);
        return {};
    });
}

Result<void> SyncStore::markAccepted(const OutboxEntry& e, qint64 version)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE id=?"));
        q.addBindValue(e.id);
        if (!q.exec())
            return queryError(tr("updating the sync outbox"), q);
        if (e.op == QLatin1String("delete"))
            return setTombstone(e.type, e.uuid, version);
        return setServerVersion(e.type, e.uuid, version);
    });
}

Result<void> SyncStore::markConflict(const OutboxEntry& e, qint64 serverVersion, bool serverDeleted,
                                     const QJsonObject& serverBody)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery u(m_db.sql());
        u.prepare(QStringLiteral("UPDATE sync_outbox SET state='conflict' WHERE id=?"));
        u.addBindValue(e.id);
        if (!u.exec())
            return queryError(tr("updating the sync outbox"), u);
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "INSERT INTO sync_conflicts(type, record_uuid, mutation_id, local_body, local_deleted, "
            "server_body, server_version, server_deleted, created_at) VALUES(?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(e.type);
        q.addBindValue(e.uuid);
        q.addBindValue(e.mutationId);
        q.addBindValue(jsonText(e.body));
        q.addBindValue(e.op == QLatin1String("delete") ? 1 : 0);
        q.addBindValue(jsonText(serverBody));
        q.addBindValue(serverVersion);
        q.addBindValue(serverDeleted ? 1 : 0);
        q.addBindValue(nowIso());
        if (!q.exec())
            return queryError(tr("saving a sync conflict"), q);
        return {};
    });
}

Result<void> SyncStore::markRejected(const OutboxEntry& e, const QString& message)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE sync_outbox SET state='pending', error=? WHERE id=?"));
        q.addBindValue(message);
        q.addBindValue(e.id);
        if (!q.exec())
            return queryError(tr("updating the sync outbox"), q);
        return {};
    });
}

Result<void> SyncStore::resetInflight()
{
    return m_db.exec(
        QStringLiteral("UPDATE sync_outbox SET state='pending' WHERE state='inflight'"));
}

Result<QVector<ConflictEntry>> SyncStore::openConflicts()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT %1 FROM sync_conflicts WHERE resolved_at IS NULL "
                               "ORDER BY CASE type WHEN 'case' THEN 0 ELSE 1 END, id")
                    .arg(QLatin1String(kConflictColumns))))
        return queryError(tr("reading sync conflicts"), q);
    QVector<ConflictEntry> out;
    while (q.next())
        out << conflictFrom(q);
    return out;
}

Result<int> SyncStore::openConflictCount()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")) ||
        !q.next())
        return queryError(tr("reading sync conflicts"), q);
    return q.value(0).toInt();
}

Result<ConflictEntry> SyncStore::conflict(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM sync_conflicts WHERE id=?")
                  .arg(QLatin1String(kConflictColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(tr("reading sync conflicts"), q);
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The sync conflict no longer exists."));
    return conflictFrom(q);
}

Result<void> SyncStore::markConflictResolved(qint64 id)
{
    return execBound(m_db.sql(),
                     QStringLiteral("UPDATE sync_conflicts SET resolved_at=? WHERE id=?"),
                     {nowIso(), id}, tr("saving a sync conflict"));
}

Result<void> SyncStore::dropOutboxRows(const QString& type, const QString& uuid)
{
    return execBound(m_db.sql(),
                     QStringLiteral("DELETE FROM sync_outbox WHERE type=? AND record_uuid=?"),
                     {type, uuid}, tr("updating the sync outbox"));
}

Result<qint64> SyncStore::serverVersion(const QString& type, const QString& uuid)
{
    const QString table = tableFor(type);
    if (table.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Unknown record type \"%1\".").arg(type));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT server_version FROM %1 WHERE uuid=?").arg(table));
    q.addBindValue(uuid);
    if (!q.exec())
        return queryError(tr("reading the sync state"), q);
    if (q.next())
        return q.value(0).toLongLong();
    QSqlQuery t(m_db.sql());
    t.prepare(QStringLiteral("SELECT version FROM sync_tombstones WHERE type=? AND record_uuid=?"));
    t.addBindValue(type);
    t.addBindValue(uuid);
    if (!t.exec())
        return queryError(tr("reading the sync state"), t);
    return t.next() ? t.value(0).toLongLong() : qint64(0);
}

Result<void> SyncStore::setServerVersion(const QString& type, const QString& uuid, qint64 version)
{
    return execBound(
        m_db.sql(),
        QStringLiteral("UPDATE %1 SET server_version=? WHERE uuid=?").arg(tableFor(type)),
        {version, uuid}, tr("saving the sync state"));
}

Result<void> SyncStore::setTombstone(const QString& type, const QString& uuid, qint64 version)
{
    return execBound(
        m_db.sql(),
        QStringLiteral(
            "INSERT OR REPLACE INTO sync_tombstones(type, record_uuid, version) VALUES(?,?,?)"),
        {type, uuid, version}, tr("saving the sync state"));
}

Result<void> SyncStore::removeTombstone(const QString& type, const QString& uuid)
{
    return execBound(m_db.sql(),
                     QStringLiteral("DELETE FROM sync_tombstones WHERE type=? AND record_uuid=?"),
                     {type, uuid}, tr("saving the sync state"));
}

Result<SyncAccount> SyncStore::account()
{
    auto r = m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_state(id, client_id) VALUES(1, ?)"));
        q.addBindValue(newId());
        if (!q.exec())
            return queryError(tr("reading the sync state"), q);
        return {};
    });
    if (!r)
        return r.error();
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT client_id, cursor, server_url, user_name, token, "
                               "token_expires_at FROM sync_state WHERE id=1")) ||
        !q.next())
        return queryError(tr("reading the sync state"), q);
    SyncAccount a;
    a.clientId = q.value(0).toString();
    a.cursor = q.value(1).toLongLong();
    a.serverUrl = q.value(2).toString();
    a.user = q.value(3).toString();
    a.token = q.value(4).toString();
    a.tokenExpiresAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    return a;
}

Result<void> SyncStore::setCursor(qint64 cursor)
{
    return execBound(m_db.sql(), QStringLiteral("UPDATE sync_state SET cursor=? WHERE id=1"),
                     {cursor}, tr("saving the sync state"));
}

Result<void> SyncStore::saveLogin(const QString& serverUrl, const QString& user,
                                  const QString& token, const QDateTime& expiresAt)
{
    if (auto a = account(); !a)
        return a.error();
    return execBound(m_db.sql(),
                     QStringLiteral("UPDATE sync_state SET server_url=?, user_name=?, token=?, "
                                    "token_expires_at=? WHERE id=1"),
                     {serverUrl, user, token,
                      expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODate) : QString()},
                     tr("saving the sync state"));
}

Result<SyncDigest> SyncStore::digest()
{
    struct Row
    {
        QString type, uuid;
        qint64 version;
        bool deleted;
    };
    QVector<Row> rows;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral(
            "SELECT 'case', uuid, server_version, 0 FROM cases WHERE server_version > 0 "
            "UNION ALL SELECT 'evidence', uuid, server_version, 0 FROM evidence "
            "WHERE server_version > 0 "
            "UNION ALL SELECT 'document', uuid, server_version, 0 FROM documents "
            "WHERE server_version > 0 "
            "UNION ALL SELECT type, record_uuid, version, 1 FROM sync_tombstones")))
        return queryError(tr("reading the sync state"), q);
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toBool()});
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        const QByteArray ta = a.type.toUtf8(), tb = b.type.toUtf8();
        if (ta != tb)
            return ta < tb;
        return a.uuid.toUtf8() < b.uuid.toUtf8();
    });
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const Row& r : rows)
        h.addData(QStringLiteral("%1\t%2\t%3\t%4\n")
                      .arg(r.type, r.uuid)
                      .arg(r.version)
                      .arg(r.deleted ? 1 : 0)
                      .toUtf8());
    return SyncDigest{rows.size(), QString::fromLatin1(h.result().toHex())};
}

} // namespace cd
