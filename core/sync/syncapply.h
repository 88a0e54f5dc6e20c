#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cd {

class Database;

// Writes records that come from the server (pulled changes, resolved conflicts) into the
// profile without creating outbox rows. Callers run it inside their transaction.
class SyncApplier
{
    Q_DECLARE_TR_FUNCTIONS(cd::SyncApplier)
public:
    SyncApplier(Database& db, QString actor);

    Result<void> applyCase(const QString& uuid, qint64 version, bool deleted,
                           const QJsonObject& body);
    Result<void> applyEvidence(const QString& uuid, qint64 version, bool deleted,
                               const QJsonObject& body);

    // Conflict resolution (docs/sync-protocol.md, "Conflicts"): taking the server's version
    // drops the local mutation; a merged body is pushed as a new mutation on the server's
    // version.
    Result<void> takeTheirs(qint64 conflictId);
    Result<void> resolveWith(qint64 conflictId, const QJsonObject& merged);

private:
    Database& m_db;
    QString m_actor;
};

} // namespace cd
