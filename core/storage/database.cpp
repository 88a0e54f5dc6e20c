#include "database.h"

#include "common/logging.h"
#include "migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace cd {

namespace {
QAtomicInteger<quint64> g_connectionCounter;
}

Error databaseError(const QString& what, const QString& sqlError)
{
    return makeError(
        ErrorCode::Database,
        QCoreApplication::translate("cd::Database", "Database error while %1.").arg(what),
        sqlError);
}

Error queryError(const QString& what, const QSqlQuery& query)
{
    return databaseError(what, query.lastError().text());
}

Database::Database(QSqlDatabase db, QString connectionName, QString path)
    : m_db(std::move(db)), m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openRaw(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io,
                         tr("Cannot create the folder %1.").arg(info.absolutePath()));

    const QString name =
        QStringLiteral("courtdesk-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(ErrorCode::Database, tr("Cannot open the case store %1.").arg(path), err);
    }
    std::unique_ptr<Database> d(new Database(db, name, path));
    db = QSqlDatabase(); // d owns the connection; it must be the last handle when d goes

    const auto damaged = [&path](const QString& detail) {
        return makeError(ErrorCode::Corrupt,
                         tr("The case store %1 is damaged. Restore it from a backup.").arg(path),
                         detail);
    };
    // Pragmas first: journal mode and durability must hold before any case is written.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=FULL", "PRAGMA trusted_schema=OFF"}) {
        QSqlQuery q(d->sql());
        if (!q.exec(QString::fromLatin1(pragma))) {
            // The first statement reads the file: a damaged file or no database at all fails here.
            const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
            if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
                return damaged(q.lastError().text());
            return databaseError(tr("opening the case store"), q.lastError().text());
        }
    }
    {
        // Reading the schema catches a file that is not a database or has a broken header.
        // A full quick_check reads every page (seconds for a large store), so it runs in
        // Database::checkIntegrity() - before a backup and on demand - not on every start.
        QSqlQuery q(d->sql());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return damaged(q.lastError().text());
    }
    return d;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    auto d = openRaw(path);
    if (!d)
        return d.error();
    if (auto r = Migrations::migrate(*d.value()); !r)
        return r.error();
    return std::move(d).value();
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::checkIntegrity()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return makeError(ErrorCode::Corrupt,
                         tr("The case store %1 is damaged. Restore it from a backup.").arg(m_path),
                         q.lastError().text());
    const QString result = q.value(0).toString();
    if (result != QLatin1String("ok"))
        return makeError(ErrorCode::Corrupt,
                         tr("The case store %1 is damaged. Restore it from a backup.").arg(m_path),
                         result);
    return {};
}

Result<void> Database::exec(const QString& statement)
{
    QSqlQuery q(m_db);
    if (!q.exec(statement)) {
        qCWarning(lcStorage) << "statement failed:" << statement << q.lastError().text();
        return databaseError(tr("writing to the case store"), q.lastError().text());
    }
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()>& fn)
{
    // Nested calls become savepoints, so a repository write can join a caller's batch.
    const bool outer = m_depth == 0;
    const QString sp = QStringLiteral("sp%1").arg(m_depth);
    if (auto b =
            exec(outer ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + sp);
        !b)
        return b;
    ++m_depth;
    Result<void> r = fn();
    --m_depth;
    if (!r) {
        // A failed rollback is logged by exec(); the original error is what the user needs.
        if (outer)
            (void)exec(QStringLiteral("ROLLBACK"));
        else if (exec(QStringLiteral("ROLLBACK TO ") + sp))
            (void)exec(QStringLiteral("RELEASE ") + sp);
        return r;
    }
    if (auto c = exec(outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + sp); !c) {
        if (outer)
            (void)exec(QStringLiteral("ROLLBACK"));
        return databaseError(tr("saving"), c.error().detail);
    }
    return {};
}

} // namespace cd
