#include "syncapply.h"

#include "cases/caserepository.h"
#include "common/clock.h"
#include "recordcodec.h"
#include "storage/database.h"
#include "syncstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

SyncApplier::SyncApplier(Database& db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

Result<void> SyncApplier::applyCase(const QString& uuid, qint64 version, bool deleted,
                                    const QJsonObject& body)
{
    CaseRepository repo(m_db, m_actor);
    repo.setSyncApply(true);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE uuid=?"));
    q.addBindValue(uuid);
    if (!q.exec())
        return queryError(tr("applying changes from the server"), q);
    const qint64 localId = q.next() ? q.value(0).toLongLong() : 0;
    if (deleted) {
        if (localId > 0) {
            // The case's evidence goes with it here (ON DELETE CASCADE); items the server still
            // has (added on another desk before the delete reached it) are deleted there too.
            // This is the one place applying a change writes outbox rows.
            QSqlQuery ev(m_db.sql());
            ev.prepare(QStringLiteral("SELECT uuid FROM evidence WHERE case_id=? AND uuid IS NOT "
                                      "NULL ORDER BY id"));
            ev.addBindValue(localId);
            if (!ev.exec())
                return queryError(tr("applying changes from the server"), ev);
            QStringList items;
            while (ev.next())
                items << ev.value(0).toString();
            for (const QString& item : items) {
                if (auto o = SyncStore(m_db).enqueueDelete(QStringLiteral("evidence"), item); !o)
                    return o;
            }
            if (auto d = repo.remove(localId); !d)
                return d;
        }
        return SyncStore(m_db).setTombstone(QStringLiteral("case"), uuid, version);
    }
    CaseRecord c;
    if (localId > 0) {
        auto loaded = repo.load(localId);
        if (!loaded)
            return loaded.error();
        c = loaded.value();
    }
    if (auto d = RecordCodec::caseFromJson(body, c); !d)
        return d;
    c.uuid = uuid;
    if (localId > 0) {
        if (auto u = repo.update(c); !u)
            return u;
    } else {
        if (auto cr = repo.create(c); !cr)
            return cr.error();
    }
    if (auto t = SyncStore(m_db).removeTombstone(QStringLiteral("case"), uuid); !t)
        return t;
    return SyncStore(m_db).setServerVersion(QStringLiteral("case"), uuid, version);
}

Result<void> SyncApplier::applyEvidence(const QString& uuid, qint64 version, bool deleted,
                                        const QJsonObject& b)
{
    if (deleted) {
        QSqlQuery d(m_db.sql());
        d.prepare(QStringLiteral("DELETE FROM evidence WHERE uuid=?"));
        d.addBindValue(uuid);
        if (!d.exec())
            return queryError(tr("applying changes from the server"), d);
        return SyncStore(m_db).setTombstone(QStringLiteral("evidence"), uuid, version);
    }
    QSqlQuery c(m_db.sql());
    c.prepare(QStringLiteral("SELECT id FROM cases WHERE uuid=?"));
    c.addBindValue(b.value(QStringLiteral("case_uuid")).toString());
    if (!c.exec())
        return queryError(tr("applying changes from the server"), c);
    if (!c.next()) {
        // Evidence of a case the server has deleted (added elsewhere before the delete
        // arrived): delete it there too, on the version that came in.
        QSqlQuery t(m_db.sql());
        t.prepare(QStringLiteral(
            "SELECT 1 FROM sync_tombstones WHERE type='case' AND record_uuid=? AND NOT EXISTS "
            "(SELECT 1 FROM sync_outbox WHERE type='case' AND record_uuid=?)"));
        t.addBindValue(b.value(QStringLiteral("case_uuid")).toString());
        t.addBindValue(b.value(QStringLiteral("case_uuid")).toString());
        if (!t.exec())
            return queryError(tr("applying changes from the server"), t);
        if (t.next())
            return SyncStore(m_db).enqueueDeleteOnBase(QStringLiteral("evidence"), uuid, version);
        return makeError(ErrorCode::NotFound,
                         tr("Evidence arrived for a case this desk does not have."), uuid);
    }
    const qint64 caseId = c.value(0).toLongLong();
    const QString sha = b.value(QStringLiteral("sha256")).toString();
    if (!RecordCodec::isBlobHash(sha))
        return RecordCodec::unreadableAnswer(
            QStringLiteral("evidence %1 without sha256").arg(uuid));
    const auto s = [&](const char* k) { return b.value(QLatin1String(k)).toString(); };
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO evidence(uuid, case_id, title, submitted_by, description, position, source, "
        "file_name, media_type, size_bytes, sha256, pages, language, created_at, importer, "
        "server_version) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(uuid) DO UPDATE SET "
        "case_id=excluded.case_id, title=excluded.title, submitted_by=excluded.submitted_by, "
        "description=excluded.description, position=excluded.position, source=excluded.source, "
        "file_name=excluded.file_name, media_type=excluded.media_type, "
        "size_bytes=excluded.size_bytes, sha256=excluded.sha256, pages=excluded.pages, "
        "language=excluded.language, importer=excluded.importer, "
        "server_version=excluded.server_version"));
    q.addBindValue(uuid);
    q.addBindValue(caseId);
    q.addBindValue(s("title"));
    q.addBindValue(s("submitted_by"));
    q.addBindValue(s("description"));
    q.addBindValue(b.value(QStringLiteral("position")).toInt());
    q.addBindValue(s("source"));
    q.addBindValue(s("file_name"));
    q.addBindValue(s("media_type"));
    q.addBindValue(qint64(b.value(QStringLiteral("size_bytes")).toDouble()));
    q.addBindValue(sha);
    q.addBindValue(b.value(QStringLiteral("pages")).toInt());
    q.addBindValue(s("language"));
    const QDateTime imported = QDateTime::fromString(s("imported_at"), Qt::ISODate);
    q.addBindValue((imported.isValid() ? imported : Clock::instance().now())
                       .toUTC()
                       .toString(Qt::ISODateWithMs));
    q.addBindValue(s("importer"));
    q.addBindValue(version);
    if (!q.exec())
        return queryError(tr("applying changes from the server"), q);
    return SyncStore(m_db).removeTombstone(QStringLiteral("evidence"), uuid);
}

Result<void> SyncApplier::takeTheirs(qint64 conflictId)
{
    SyncStore store(m_db);
    auto c = store.conflict(conflictId);
    if (!c)
        return c.error();
    return m_db.transaction([&]() -> Result<void> {
        if (auto d = store.dropOutboxRows(c->type, c->uuid); !d)
            return d;
        // The server's version replaces ours whatever our server_version says.
        if (auto z = store.setServerVersion(c->type, c->uuid, 0); !z)
            return z;
        if (auto z = store.removeTombstone(c->type, c->uuid); !z)
            return z;
        Result<void> r =
            c->type == QLatin1String("case")
                ? applyCase(c->uuid, c->serverVersion, c->serverDeleted, c->serverBody)
                : applyEvidence(c->uuid, c->serverVersion, c->serverDeleted, c->serverBody);
        // Evidence whose case is not here (its own conflict still open): the case first.
        if (!r && r.error().code == ErrorCode::NotFound)
            return makeError(
                ErrorCode::Conflict,
                tr("Resolve the conflict of the case this evidence belongs to first."));
        if (!r)
            return r;
        return store.markConflictResolved(conflictId);
    });
}

Result<void> SyncApplier::resolveWith(qint64 conflictId, const QJsonObject& merged)
{
    SyncStore store(m_db);
    auto c = store.conflict(conflictId);
    if (!c)
        return c.error();
    if (c->type != QLatin1String("case") && c->type != QLatin1String("evidence"))
        return makeError(ErrorCode::Unsupported,
                         tr("Only conflicts of cases and evidence can be resolved here."));
    return m_db.transaction([&]() -> Result<void> {
        if (auto d = store.dropOutboxRows(c->type, c->uuid); !d)
            return d;
        if (c->serverDeleted) {
            // Keeping a record the server deleted: it comes back as a new put on the tombstone.
            if (auto t = store.setTombstone(c->type, c->uuid, c->serverVersion); !t)
                return t;
        }
        // Write the merged record locally (no outbox row), on the server's version ...
        Result<void> a = c->type == QLatin1String("case")
                             ? applyCase(c->uuid, c->serverVersion, false, merged)
                             : applyEvidence(c->uuid, c->serverVersion, false, merged);
        if (!a)
            return a;
        if (c->serverDeleted) {
            if (auto t = store.setServerVersion(c->type, c->uuid, c->serverVersion); !t)
                return t;
        }
        // ... and push it as a new mutation based on that version.
        if (auto o = store.enqueuePut(c->type, c->uuid, merged); !o)
            return o;
        return store.markConflictResolved(conflictId);
    });
}

} // namespace cd
