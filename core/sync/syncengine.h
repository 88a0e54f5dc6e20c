#pragma once

#include "common/result.h"
#include "protocol/protocol.h"
#include "syncclient.h"
#include "syncstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

namespace cd {

class Database;

struct SyncCredentials
{
    QString serverUrl;
    QString user;
    QString password; // empty: use the stored token only
    QString caFile;
};

// What one round did.
struct SyncRoundStats
{
    int pushed = 0;    // mutations accepted
    int conflicts = 0; // new conflicts stored
    int rejected = 0;  // mutations the server refused (kept in the outbox)
    int pulled = 0;    // changes applied
    int blobsUploaded = 0;
    int blobsDownloaded = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    int outboxLeft = 0;
    int openConflicts = 0;
    bool digestsEqual = false;
    QString localDigest;
    QString serverDigest;
    QString firstRejection;    // translated
    int applyProblems = 0;     // pulled changes that could not be stored (they wait)
    QString firstApplyProblem; // translated
    QString role;              // of the logged-in account
};

// One sync round (docs/sync-protocol.md, "Order of a round"). Every step writes the local
// state in a transaction only after the server answered, so a cut at any point loses nothing:
// the next round resends the same mutations (same ids, same bases) and resumes uploads.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(cd::SyncEngine)
public:
    SyncEngine(Database& db, QString evidenceDir, QString actor);

    SyncClient& client() { return m_client; }

    // Called for every push answer (tests keep a model of the server with it; the UI could
    // show progress): the entry as sent (with its base), the status and the accepted version
    // or the server's version of a conflict.
    using ResultObserver =
        std::function<void(const OutboxEntry& sent, const QString& status, qint64 version)>;
    void setResultObserver(ResultObserver o) { m_observer = std::move(o); }
    // Checked between requests: a set flag ends the round with ErrorCode::Cancelled (what was
    // answered so far is kept).
    void setCancelFlag(const std::atomic_bool* flag) { m_cancel = flag; }
    Result<SyncRoundStats> runRound(const SyncCredentials& creds);

    // Enqueues records that exist locally but were never sent (created before sync was set up).
    Result<int> enqueueUnsynced();

    static constexpr qint64 kChunkBytes = qint64(protocol::kMaxChunkBytes);
    static constexpr int kMaxBatch = int(protocol::kMaxMutationsPerPush);
    // Leaves room for the envelope under the server's limit.
    static constexpr qint64 kMaxBatchBytes = qint64(protocol::kMaxPushBodyBytes) - 16 * 1024;

private:
    Result<void> login(const SyncCredentials& creds, SyncRoundStats& stats);
    Result<void> uploadBlobs(SyncRoundStats& stats);
    Result<void> uploadBlob(const QString& sha, const QString& path, SyncRoundStats& stats);
    Result<void> push(SyncRoundStats& stats);
    Result<void> pull(SyncRoundStats& stats);
    Result<bool> applyChange(const QJsonObject& change);
    Result<void> downloadBlobs(SyncRoundStats& stats);
    Result<void> compareDigests(SyncRoundStats& stats);

    Database& m_db;
    QString m_evidenceDir;
    QString m_actor;
    SyncStore m_store;
    SyncClient m_client;
    QString m_clientId;
    ResultObserver m_observer;
    const std::atomic_bool* m_cancel = nullptr;
    Result<void> checkCancelled() const;
};

} // namespace cd
