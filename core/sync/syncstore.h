#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// One local mutation waiting for the server (docs/sync-protocol.md, "Client rules").
struct OutboxEntry
{
    qint64 id = 0;
    QString mutationId;
    QString type; // case, evidence, document
    QString uuid;
    QString op; // put, delete
    QJsonObject body;
    qint64 sentBase = -1; // base version of the first send; -1 before it was sent
    QString state;        // pending, inflight, conflict
    QString error;        // last rejection, translated
};

struct ConflictEntry
{
    qint64 id = 0;
    QString type;
    QString uuid;
    QString mutationId;
    QJsonObject localBody;
    bool localDeleted = false;
    QJsonObject serverBody;
    qint64 serverVersion = 0;
    bool serverDeleted = false;
    QDateTime createdAt;
};

struct SyncAccount
{
    QString clientId;
    qint64 cursor = 0;
    QString serverUrl;
    QString user;
    QString token;
    QDateTime tokenExpiresAt;
};

struct SyncDigest
{
    qint64 records = 0;
    QString digest; // lower-case hex SHA-256
};

// The sync tables of a profile's case store: outbox, conflicts, tombstones, account state and
// the per-record server versions. Writes join the caller's transaction (savepoints), so an
// edit and its outbox row commit together.
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::SyncStore)
public:
    explicit SyncStore(Database& db);

    static QString key(const QString& type, const QString& uuid) { return type + u'/' + uuid; }

    // --- Outbox (called by the repositories inside their write transaction)
    Result<void> enqueuePut(const QString& type, const QString& uuid, const QJsonObject& body);
    // Call before the local row is deleted: a record never sent needs no delete.
    Result<void> enqueueDelete(const QString& type, const QString& uuid);
    // A delete of a record this desk does not hold, on a known server version.
    Result<void> enqueueDeleteOnBase(const QString& type, const QString& uuid, qint64 base);
    // Enqueues the current state of an evidence item (after a change to it).
    Result<void> enqueueEvidence(qint64 evidenceId);
    // The wire body of an evidence item (giving it a uuid if it has none); empty if it is gone.
    Result<QJsonObject> evidenceBody(qint64 evidenceId);

    Result<QVector<OutboxEntry>> outbox(int limit = -1);
    Result<int> outboxCount();
    // "type/uuid" keys of every record with an outbox row in any state.
    Result<QSet<QString>> recordsWithOutboxRows();
    Result<void> markInflight(qint64 entryId, qint64 base);
    // The server accepted: drop the row, store the new server version (or a tombstone).
    Result<void> markAccepted(const OutboxEntry& e, qint64 version);
    Result<void> markConflict(const OutboxEntry& e, qint64 serverVersion, bool serverDeleted,
                              const QJsonObject& serverBody);
    Result<void> markRejected(const OutboxEntry& e, const QString& message);
    // Rows left inflight by an interrupted round go back to pending (same id and base).
    Result<void> resetInflight();

    // --- Conflicts
    // Cases first: evidence can only be resolved once its case is here.
    Result<QVector<ConflictEntry>> openConflicts();
    Result<int> openConflictCount();
    Result<ConflictEntry> conflict(qint64 id);
    Result<void> markConflictResolved(qint64 id);
    // Drops every outbox row of a record (used when a conflict is resolved).
    Result<void> dropOutboxRows(const QString& type, const QString& uuid);

    // --- Server versions and tombstones
    Result<qint64> serverVersion(const QString& type, const QString& uuid);
    Result<void> setServerVersion(const QString& type, const QString& uuid, qint64 version);
    Result<void> setTombstone(const QString& type, const QString& uuid, qint64 version);
    Result<void> removeTombstone(const QString& type, const QString& uuid);

    // --- Account state
    Result<SyncAccount> account();
    Result<void> setCursor(qint64 cursor);
    Result<void> saveLogin(const QString& serverUrl, const QString& user, const QString& token,
                           const QDateTime& expiresAt);

    // SHA-256 over the synced records (server_version > 0 and tombstones), as GET /v1/digest.
    Result<SyncDigest> digest();

    static QString tableFor(const QString& type);

private:
    Database& m_db;
};

} // namespace cd
