#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace cd {

// One SQLite connection to a profile's case store, configured for case data:
// WAL, foreign keys on, synchronous=FULL so a committed case survives power loss.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(cd::Database)
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates the store at path.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // Opens without migrating; for tests that build older schema versions.
    static Result<std::unique_ptr<Database>> openRaw(const QString& path);

    QSqlDatabase& sql() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion();

    // Runs fn inside one transaction; commits only if it returns ok.
    Result<void> transaction(const std::function<Result<void>()>& fn);

    // PRAGMA quick_check over the whole file; slow on a large store.
    Result<void> checkIntegrity();

    // Executes one statement; a failure is a translated database error.
    Result<void> exec(const QString& statement);

private:
    Database(QSqlDatabase db, QString connectionName, QString path);
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    int m_depth = 0;
};

// Turns a failed QSqlQuery/QSqlDatabase into a user-facing error.
Error databaseError(const QString& what, const QString& sqlError);
// The same for a failed query: its own error text as the detail.
Error queryError(const QString& what, const QSqlQuery& query);

} // namespace cd
