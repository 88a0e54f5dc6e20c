#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cd {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;   // e.g. "case.create"
    QString entity;   // e.g. "case"
    QString entityId; // e.g. the case uuid
    QString details;  // compact JSON
    QString prevHash;
    QString hash;
};

struct AuditVerification
{
    bool ok = true;
    qint64 rowsChecked = 0;
    qint64 firstBadId = 0; // 0 when ok
    QString message;       // translated
};

// Append-only, hash-chained audit log: each row stores SHA-256(previous hash + its content),
// so an edited, inserted or deleted row breaks the chain.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(cd::AuditLog)
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    // Appends inside the caller's transaction when one is open.
    Result<qint64> append(const QString& actor, const QString& action, const QString& entity,
                          const QString& entityId, const QString& details);
    Result<AuditVerification> verify();
    Result<QVector<AuditEntry>> entriesFor(const QString& entity, const QString& entityId);

    static QString computeHash(const AuditEntry& e);

private:
    Result<qint64> appendInTransaction(const QString& actor, const QString& action,
                                       const QString& entity, const QString& entityId,
                                       const QString& details);
    Database& m_db;
};

} // namespace cd
