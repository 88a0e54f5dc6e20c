#include "syncengine.h"

#include "cases/caserepository.h"
#include "common/clock.h"
#include "common/logging.h"
#include "recordcodec.h"
#include "storage/database.h"
#include "syncapply.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>

namespace cd {

namespace {

// Status and the start of a body, for the technical detail of an error.
QString snippet(const HttpAnswer& a)
{
    return QStringLiteral(" [HTTP %1: %2]")
        .arg(a.status)
        .arg(QString::fromUtf8(
                 a.body.isEmpty() ? QJsonDocument(a.json).toJson(QJsonDocument::Compact) : a.body)
                 .left(200));
}

// 429 to a login: after too many failed logins the server refuses them for a while (even with
// the right password) and says how long in Retry-After. Retrying sooner is pointless, so the
// round stops with a message saying how long to wait.
Error loginRefusedForNow(const HttpAnswer& a)
{
    const QJsonObject err = a.json.value(QStringLiteral("error")).toObject();
    const QString detail = QStringLiteral("POST /v1/login") + snippet(a);
    if (err.value(QStringLiteral("code")).toString() != QLatin1String("too_many_requests"))
        return makeError(
            ErrorCode::Network,
            QCoreApplication::translate("cd::SyncEngine", "The server is unavailable (HTTP %1).")
                .arg(a.status),
            detail);
    bool ok = false;
    qint64 seconds = a.header("Retry-After").trimmed().toLongLong(&ok);
    if (!ok)
        seconds = err.value(QStringLiteral("retry_after")).toInteger();
    const int minutes = int(qBound(qint64(1), (seconds + 59) / 60, qint64(24 * 60)));
    return makeError(ErrorCode::Unauthorized,
                     QCoreApplication::translate("cd::SyncEngine",
                                                 "Too many failed logins from this computer: the "
                                                 "server refuses logins for %n minute(s). Check "
                                                 "the password, then try again.",
                                                 nullptr, minutes),
                     detail);
}

} // namespace

SyncEngine::SyncEngine(Database& db, QString evidenceDir, QString actor)
    : m_db(db), m_evidenceDir(std::move(evidenceDir)), m_actor(std::move(actor)), m_store(db)
{
}

Result<void> SyncEngine::checkCancelled() const
{
    if (m_cancel && m_cancel->load())
        return makeError(ErrorCode::Cancelled, tr("Sync was stopped."));
    return {};
}

Result<SyncRoundStats> SyncEngine::runRound(const SyncCredentials& creds)
{
    SyncRoundStats stats;
    if (auto c = m_client.configure(creds.serverUrl, creds.caFile); !c)
        return c.error();
    auto account = m_store.account();
    if (!account)
        return account.error();
    m_clientId = account->clientId;
    const qint64 sent0 = m_client.bytesSent(), received0 = m_client.bytesReceived();
    const auto finish = [&]() {
        stats.bytesSent = m_client.bytesSent() - sent0;
        stats.bytesReceived = m_client.bytesReceived() - received0;
    };

    Result<void> r = login(creds, stats);
    if (r)
        r = [&]() -> Result<void> {
            if (auto e = enqueueUnsynced(); !e)
                return e.error();
            return {};
        }();
    if (r)
        r = uploadBlobs(stats);
    if (r)
        r = push(stats);
    if (r)
        r = pull(stats);
    if (r)
        r = downloadBlobs(stats);
    if (r)
        r = compareDigests(stats);
    finish();
    if (!r)
        return r.error();
    auto left = m_store.outboxCount();
    if (!left)
        return left.error();
    stats.outboxLeft = left.value();
    auto open = m_store.openConflictCount();
    if (!open)
        return open.error();
    stats.openConflicts = open.value();
    qCInfo(lcSync) << "round: pushed" << stats.pushed << "pulled" << stats.pulled << "conflicts"
                   << stats.conflicts << "sent" << stats.bytesSent << "received"
                   << stats.bytesReceived;
    return stats;
}

Result<void> SyncEngine::login(const SyncCredentials& creds, SyncRoundStats& stats)
{
    auto account = m_store.account();
    if (!account)
        return account.error();
    const bool sameAccount = account->serverUrl == creds.serverUrl && account->user == creds.user;
    if (sameAccount && !account->token.isEmpty() &&
        account->tokenExpiresAt > Clock::instance().now().addSecs(60)) {
        m_client.setToken(account->token);
        auto who = m_client.request("GET", QStringLiteral("/v1/whoami"));
        if (who) {
            stats.role = who->json.value(QStringLiteral("role")).toString();
            return {};
        }
        if (who.error().code != ErrorCode::Unauthorized)
            return who.error();
    }
    if (creds.password.isEmpty())
        return makeError(ErrorCode::Unauthorized,
                         tr("Log in to the court's server: the session has expired."));
    m_client.setToken({});
    const QJsonObject body{{QStringLiteral("user"), creds.user},
                           {QStringLiteral("password"), creds.password}};
    auto a = m_client.request("POST", QStringLiteral("/v1/login"), &body, {429});
    if (!a) {
        if (a.error().code == ErrorCode::Unauthorized)
            return makeError(ErrorCode::Unauthorized,
                             tr("The server refused the user name or password."), a.error().detail);
        return a.error();
    }
    if (a->status == 429)
        return loginRefusedForNow(a.value());
    const QString token = a->json.value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return RecordCodec::unreadableAnswer(QStringLiteral("login without token"));
    const QDateTime expires =
        QDateTime::fromString(a->json.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    stats.role =
        a->json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString();
    m_client.setToken(token);
    return m_store.saveLogin(creds.serverUrl, creds.user, token, expires);
}

Result<int> SyncEngine::enqueueUnsynced()
{
    int n = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        if (!q.exec(QStringLiteral(
                "SELECT id FROM cases WHERE server_version = 0 AND uuid NOT IN "
                "(SELECT record_uuid FROM sync_outbox WHERE type='case') ORDER BY id")))
            return queryError(tr("preparing the sync"), q);
        QVector<qint64> cases;
        while (q.next())
            cases << q.value(0).toLongLong();
        CaseRepository repo(m_db, m_actor);
        for (qint64 id : cases) {
            auto c = repo.load(id);
            if (!c)
                return c.error();
            if (auto o = m_store.enqueuePut(QStringLiteral("case"), c->uuid,
                                            RecordCodec::caseToJson(c.value()));
                !o)
                return o;
            ++n;
        }
        QSqlQuery e(m_db.sql());
        if (!e.exec(QStringLiteral(
                "SELECT id FROM evidence WHERE server_version = 0 AND (uuid IS NULL OR uuid NOT "
                "IN (SELECT record_uuid FROM sync_outbox WHERE type='evidence')) ORDER BY id")))
            return queryError(tr("preparing the sync"), e);
        QVector<qint64> items;
        while (e.next())
            items << e.value(0).toLongLong();
        for (qint64 id : items) {
            if (auto o = m_store.enqueueEvidence(id); !o)
                return o;
            ++n;
        }
        return {};
    });
    if (!r)
        return r.error();
    return n;
}

Result<void> SyncEngine::uploadBlobs(SyncRoundStats& stats)
{
    auto rows = m_store.outbox();
    if (!rows)
        return rows.error();
    QSet<QString> done;
    for (const OutboxEntry& e : rows.value()) {
        if (e.op != QLatin1String("put") || e.type == QLatin1String("case"))
            continue;
        const QString sha = e.body.value(QStringLiteral("sha256")).toString();
        if (!RecordCodec::isBlobHash(sha) || done.contains(sha))
            continue;
        done.insert(sha);
        const QString path = QDir(m_evidenceDir).filePath(sha);
        if (!QFile::exists(path)) {
            qCDebug(lcSync) << "blob" << sha.left(12) << "not on this desk";
            continue; // the server will reject the record; surfaced as a rejection
        }
        auto head = m_client.request("HEAD", QStringLiteral("/v1/blobs/") + sha, nullptr, {404});
        if (!head)
            return head.error();
        qCDebug(lcSync) << "blob" << sha.left(12) << "HEAD" << head->status;
        // The server has it only if it says so with the right size (a proxy or a broken
        // server answering 200 to anything must not make us skip the upload).
        if (head->status == 200 &&
            head->header("content-length").toLongLong() == QFileInfo(path).size())
            continue;
        if (auto u = uploadBlob(sha, path, stats); !u)
            return u;
    }
    return {};
}

Result<void> SyncEngine::uploadBlob(const QString& sha, const QString& path, SyncRoundStats& stats)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read the original %1.").arg(sha.left(12)),
                         f.errorString());
    const qint64 size = f.size();
    const QString upload = QStringLiteral("/v1/uploads/") + sha;
    for (int pass = 0; pass < 2; ++pass) {
        auto start = m_client.request("GET", upload);
        if (!start)
            return start.error();
        qint64 offset = qint64(start->json.value(QStringLiteral("offset")).toDouble(-1));
        if (offset < 0 || offset > size)
            return RecordCodec::unreadableAnswer(QStringLiteral("upload offset %1").arg(offset) +
                                                 snippet(start.value()));
        if (offset > 0)
            qCInfo(lcSync) << "resuming upload of" << sha.left(12) << "at" << offset;
        int guard = 0;
        while (offset < size) {
            if (auto c = checkCancelled(); !c)
                return c;
            if (++guard > 4 * (size / kChunkBytes + 4))
                return RecordCodec::unreadableAnswer(QStringLiteral("upload does not progress"));
            if (!f.seek(offset))
                return makeError(ErrorCode::Io,
                                 tr("Cannot read the original %1.").arg(sha.left(12)));
            const QByteArray chunk = f.read(kChunkBytes);
            auto put =
                m_client.requestRaw("PUT", QStringLiteral("%1?offset=%2").arg(upload).arg(offset),
                                    chunk, "application/octet-stream", {409});
            if (!put)
                return put.error();
            const qint64 next = qint64(put->json.value(QStringLiteral("offset")).toDouble(-1));
            if (next < 0 || next > size)
                return RecordCodec::unreadableAnswer(QStringLiteral("upload offset %1").arg(next));
            offset = next;
        }
        const QJsonObject body{{QStringLiteral("size"), double(size)}};
        auto commit = m_client.request("POST", upload + QStringLiteral("/commit"), &body, {422});
        if (!commit)
            return commit.error();
        if (commit->status != 422) {
            ++stats.blobsUploaded;
            return {};
        }
        qCWarning(lcSync) << "upload of" << sha.left(12) << "failed its hash check; again";
    }
    return makeError(ErrorCode::Network,
                     SyncClient::messageForCode(QStringLiteral("hash_mismatch")));
}

Result<void> SyncEngine::push(SyncRoundStats& stats)
{
    auto loaded = m_store.outbox();
    if (!loaded)
        return loaded.error();
    const QVector<OutboxEntry> rows = loaded.value();
    QSet<QString> conflicted;
    for (const OutboxEntry& e : rows) {
        if (e.state == QLatin1String("conflict"))
            conflicted.insert(SyncStore::key(e.type, e.uuid));
    }
    QSet<qint64> attempted;
    for (;;) {
        if (auto c = checkCancelled(); !c)
            return c;
        QVector<OutboxEntry> batch;
        QSet<QString> inBatch;
        qint64 bytes = 0;
        for (const OutboxEntry& e : rows) {
            const QString k = SyncStore::key(e.type, e.uuid);
            if (attempted.contains(e.id) || conflicted.contains(k) || inBatch.contains(k)) {
                inBatch.insert(k); // a later row of the same record waits for this one
                continue;
            }
            const qint64 size = QJsonDocument(e.body).toJson(QJsonDocument::Compact).size() + 200;
            if (!batch.isEmpty() && (batch.size() >= kMaxBatch || bytes + size > kMaxBatchBytes))
                break;
            batch << e;
            inBatch.insert(k);
            bytes += size;
        }
        if (batch.isEmpty())
            return {};
        QJsonArray mutations;
        auto marked = m_db.transaction([&]() -> Result<void> {
            for (OutboxEntry& e : batch) {
                if (e.sentBase < 0) {
                    auto v = m_store.serverVersion(e.type, e.uuid);
                    if (!v)
                        return v.error();
                    e.sentBase = v.value();
                }
                if (auto m = m_store.markInflight(e.id, e.sentBase); !m)
                    return m;
                QJsonObject m{{QStringLiteral("mutation_id"), e.mutationId},
                              {QStringLiteral("type"), e.type},
                              {QStringLiteral("id"), e.uuid},
                              {QStringLiteral("base_version"), double(e.sentBase)},
                              {QStringLiteral("op"), e.op}};
                if (e.op == QLatin1String("put"))
                    m.insert(QStringLiteral("body"), e.body);
                mutations.append(m);
            }
            return {};
        });
        if (!marked)
            return marked;
        const QJsonObject body{{QStringLiteral("client_id"), m_clientId},
                               {QStringLiteral("mutations"), mutations}};
        auto a = m_client.request("POST", QStringLiteral("/v1/push"), &body);
        if (!a)
            return a.error();
        const QJsonArray results = a->json.value(QStringLiteral("results")).toArray();
        if (results.size() != batch.size())
            return RecordCodec::unreadableAnswer(QStringLiteral("push: %1 results for %2 mutations")
                                                     .arg(results.size())
                                                     .arg(batch.size()));
        auto applied = m_db.transaction([&]() -> Result<void> {
            for (int i = 0; i < batch.size(); ++i) {
                const OutboxEntry& e = batch.at(i);
                const QJsonObject res = results.at(i).toObject();
                attempted.insert(e.id);
                if (res.value(QStringLiteral("mutation_id")).toString() != e.mutationId)
                    return RecordCodec::unreadableAnswer(
                        QStringLiteral("push: results out of order"));
                const QString status = res.value(QStringLiteral("status")).toString();
                if (status == QLatin1String("accepted")) {
                    const qint64 v = qint64(res.value(QStringLiteral("version")).toDouble());
                    if (v <= 0)
                        return RecordCodec::unreadableAnswer(
                            QStringLiteral("accepted without version"));
                    if (auto m = m_store.markAccepted(e, v); !m)
                        return m;
                    ++stats.pushed;
                    if (m_observer)
                        m_observer(e, status, v);
                } else if (status == QLatin1String("conflict")) {
                    if (auto m = m_store.markConflict(
                            e, qint64(res.value(QStringLiteral("server_version")).toDouble()),
                            res.value(QStringLiteral("server_deleted")).toBool(),
                            res.value(QStringLiteral("server_body")).toObject());
                        !m)
                        return m;
                    conflicted.insert(SyncStore::key(e.type, e.uuid));
                    ++stats.conflicts;
                    if (m_observer)
                        m_observer(e, status,
                                   qint64(res.value(QStringLiteral("server_version")).toDouble()));
                } else if (status == QLatin1String("rejected")) {
                    const QJsonObject err = res.value(QStringLiteral("error")).toObject();
                    const QString msg =
                        SyncClient::messageForCode(err.value(QStringLiteral("code")).toString());
                    qCWarning(lcSync) << "rejected" << e.type << e.uuid
                                      << err.value(QStringLiteral("message")).toString();
                    if (auto m = m_store.markRejected(e, msg); !m)
                        return m;
                    if (stats.firstRejection.isEmpty())
                        stats.firstRejection = msg;
                    ++stats.rejected;
                    if (m_observer)
                        m_observer(e, status, 0);
                } else {
                    return RecordCodec::unreadableAnswer(
                        QStringLiteral("push: status '%1'").arg(status));
                }
            }
            return {};
        });
        if (!applied)
            return applied;
    }
}

Result<void> SyncEngine::pull(SyncRoundStats& stats)
{
    auto blockedR = m_store.recordsWithOutboxRows();
    if (!blockedR)
        return blockedR.error();
    QSet<QString> blocked = blockedR.value();
    auto account = m_store.account();
    if (!account)
        return account.error();
    const qint64 cursor = account->cursor;
    qint64 after = cursor;
    qint64 firstBlocked = -1;
    for (int page = 0; page < 100000; ++page) {
        if (auto c = checkCancelled(); !c)
            return c;
        // Our own changes are left out: their versions came back in the push answers.
        QString path = QStringLiteral("/v1/changes?after=%1&limit=500").arg(after);
        if (!m_clientId.isEmpty())
            path += QStringLiteral("&exclude_client=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(m_clientId));
        auto a = m_client.request("GET", path);
        if (!a)
            return a.error();
        const QJsonValue changesV = a->json.value(QStringLiteral("changes"));
        const QJsonValue lastV = a->json.value(QStringLiteral("last_seq"));
        if (!changesV.isArray() || !lastV.isDouble())
            return RecordCodec::unreadableAnswer(QStringLiteral("changes: missing fields") +
                                                 snippet(a.value()));
        const QJsonArray changes = changesV.toArray();
        const qint64 last = qint64(lastV.toDouble());
        auto r = m_db.transaction([&]() -> Result<void> {
            for (const QJsonValue& v : changes) {
                const QJsonObject ch = v.toObject();
                const qint64 seq = qint64(ch.value(QStringLiteral("seq")).toDouble());
                const QString k = SyncStore::key(ch.value(QStringLiteral("type")).toString(),
                                                 ch.value(QStringLiteral("id")).toString());
                if (blocked.contains(k)) {
                    if (firstBlocked < 0)
                        firstBlocked = seq;
                    continue;
                }
                auto applied = applyChange(ch);
                if (!applied && applied.error().code == ErrorCode::NotFound) {
                    // Evidence of a case we deleted locally (the delete still waits in the
                    // outbox or in a conflict): wait, like a change of a record with an
                    // outbox row.
                    if (firstBlocked < 0)
                        firstBlocked = seq;
                    continue;
                }
                if (!applied && (applied.error().code == ErrorCode::Conflict ||
                                 applied.error().code == ErrorCode::InvalidInput)) {
                    // The record cannot be stored here as it is (e.g. the same case number
                    // was registered on two desks): it waits, and a person is told why.
                    if (firstBlocked < 0)
                        firstBlocked = seq;
                    qCWarning(lcSync) << "cannot apply" << k << applied.error().message;
                    if (stats.firstApplyProblem.isEmpty())
                        stats.firstApplyProblem =
                            tr("A change from the server could not be stored: %1")
                                .arg(applied.error().message);
                    ++stats.applyProblems;
                    continue;
                }
                if (!applied)
                    return applied.error();
                if (applied.value())
                    ++stats.pulled;
                // Applying evidence of a deleted case queues its delete: later changes of that
                // record wait for the push like any other record with an outbox row.
                if (ch.value(QStringLiteral("type")).toString() == QLatin1String("evidence")) {
                    auto rows = m_store.recordsWithOutboxRows();
                    if (!rows)
                        return rows.error();
                    if (rows->contains(k))
                        blocked.insert(k);
                }
            }
            const qint64 next = firstBlocked >= 0 ? qMax(cursor, firstBlocked - 1) : last;
            return m_store.setCursor(next);
        });
        if (!r)
            return r;
        if (last <= after && !changes.isEmpty())
            return RecordCodec::unreadableAnswer(
                QStringLiteral("changes: last_seq does not advance"));
        after = qMax(after, last);
        if (!a->json.value(QStringLiteral("more")).toBool() || changes.isEmpty())
            break;
    }
    return {};
}

Result<bool> SyncEngine::applyChange(const QJsonObject& ch)
{
    const QString type = ch.value(QStringLiteral("type")).toString();
    const QString uuid = ch.value(QStringLiteral("id")).toString();
    const qint64 version = qint64(ch.value(QStringLiteral("version")).toDouble());
    const bool deleted = ch.value(QStringLiteral("deleted")).toBool();
    if (uuid.isEmpty() || version <= 0)
        return RecordCodec::unreadableAnswer(QStringLiteral("change without id or version"));
    if (type != QLatin1String("case") && type != QLatin1String("evidence"))
        return false; // documents: metadata sync not implemented on the desk yet
    auto known = m_store.serverVersion(type, uuid);
    if (!known)
        return known.error();
    if (version <= known.value())
        return false;
    const QJsonObject body = ch.value(QStringLiteral("body")).toObject();
    Result<void> r = type == QLatin1String("case")
                         ? SyncApplier(m_db, m_actor).applyCase(uuid, version, deleted, body)
                         : SyncApplier(m_db, m_actor).applyEvidence(uuid, version, deleted, body);
    if (!r)
        return r.error();
    return true;
}

Result<void> SyncEngine::downloadBlobs(SyncRoundStats& stats)
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT DISTINCT sha256 FROM evidence WHERE server_version > 0 "
                               "AND sha256 <> ''")))
        return queryError(tr("reading evidence"), q);
    QStringList missing;
    while (q.next()) {
        const QString sha = q.value(0).toString();
        if (RecordCodec::isBlobHash(sha) && !QFile::exists(QDir(m_evidenceDir).filePath(sha)))
            missing << sha;
    }
    if (missing.isEmpty())
        return {};
    if (!QDir().mkpath(m_evidenceDir))
        return makeError(ErrorCode::Io,
                         tr("Cannot create the evidence folder %1.").arg(m_evidenceDir));
    for (const QString& sha : missing) {
        if (auto c = checkCancelled(); !c)
            return c;
        // A partial download (<sha>.part) survives a cut and resumes with a Range request.
        const QString final = QDir(m_evidenceDir).filePath(sha);
        const QString partPath = final + QStringLiteral(".part");
        QFile part(partPath);
        if (!part.open(QIODevice::ReadWrite))
            return makeError(ErrorCode::Io,
                             tr("Cannot write to the evidence folder %1.").arg(m_evidenceDir),
                             part.errorString());
        Result<int> got = makeError(ErrorCode::Network, tr("The server cannot be reached."));
        for (int attempt = 0; attempt < 3 && !got; ++attempt) {
            const qint64 have = part.size();
            if (have > 0)
                qCInfo(lcSync) << "resuming download of" << sha.left(12) << "at" << have;
            part.seek(have);
            got = m_client.download(QStringLiteral("/v1/blobs/") + sha, part, have);
            if (!got && got.error().code == ErrorCode::InvalidInput) {
                part.resize(0); // 416: what we hold is not a prefix; start over
                continue;
            }
            if (!got && got.error().code != ErrorCode::Network)
                break;
        }
        if (!got)
            return got.error(); // the part stays for the next round
        part.flush();
        part.seek(0);
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&part);
        part.close();
        if (QString::fromLatin1(h.result().toHex()) != sha) {
            QFile::remove(partPath);
            return makeError(ErrorCode::Corrupt,
                             tr("A file downloaded from the server is damaged (its SHA-256 does "
                                "not match). It was not stored."),
                             sha);
        }
        if (!QFile::rename(partPath, final))
            return makeError(ErrorCode::Io, tr("Cannot store the original %1.").arg(sha.left(12)));
        QFile::setPermissions(final, QFile::ReadOwner | QFile::ReadGroup);
        ++stats.blobsDownloaded;
    }
    return {};
}

Result<void> SyncEngine::compareDigests(SyncRoundStats& stats)
{
    auto a = m_client.request("GET", QStringLiteral("/v1/digest"));
    if (!a)
        return a.error();
    if (!a->json.value(QStringLiteral("digest")).isString())
        return RecordCodec::unreadableAnswer(QStringLiteral("digest missing"));
    auto local = m_store.digest();
    if (!local)
        return local.error();
    stats.serverDigest = a->json.value(QStringLiteral("digest")).toString();
    stats.localDigest = local->digest;
    stats.digestsEqual = stats.serverDigest == stats.localDigest;
    return {};
}

} // namespace cd
