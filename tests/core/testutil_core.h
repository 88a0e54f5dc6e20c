#pragma once

// Small helpers shared by the core storage, audit, search, backup and crash-safety tests.

#include "cases/caserecord.h"
#include "cases/idvalidators.h"
#include "common/clock.h"
#include "common/result.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace cdtest {

// Installs a ManualClock for one test and puts the system clock back afterwards.
class ClockScope
{
public:
    explicit ClockScope(const QDateTime& start = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC))
        : m_clock(start)
    {
        cd::Clock::setInstance(&m_clock);
    }
    ~ClockScope() { cd::Clock::setInstance(nullptr); }
    ClockScope(const ClockScope&) = delete;
    ClockScope& operator=(const ClockScope&) = delete;
    cd::ManualClock& clock() { return m_clock; }

private:
    cd::ManualClock m_clock;
};

// First column of the first row, or an invalid QVariant (with a warning) on failure.
inline QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        qWarning() << "query failed:" << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

// First column of every row, as strings.
inline QStringList column(const QSqlDatabase& db, const QString& sql,
                          const QVariantList& binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    QStringList out;
    if (!q.exec()) {
        qWarning() << "query failed:" << sql << q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

inline bool execSql(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning() << "statement failed:" << sql << q.lastError().text();
        return false;
    }
    return true;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

// A valid resident ID from its first 17 digits (the check character comes from core).
inline QString residentId(const QString& first17)
{
    return first17 + cd::IdValidators::residentIdCheckChar(first17);
}

inline QString creditCode(const QString& first17)
{
    return first17 + cd::IdValidators::creditCodeCheckChar(first17);
}

inline cd::Party party(const QString& role, const QString& name, const QString& idNumber = {},
                       const QString& kind = QStringLiteral("person"))
{
    cd::Party p;
    p.role = role;
    p.name = name;
    p.idNumber = idNumber;
    p.kind = kind;
    return p;
}

inline cd::CaseRecord makeCase(const QString& number, const QString& cause,
                               const QVector<cd::Party>& parties,
                               const QDate& filed = QDate(2026, 1, 10))
{
    cd::CaseRecord c;
    c.caseNumber = number;
    c.cause = cause;
    c.filedOn = filed;
    c.judge = QStringLiteral("马建国");
    c.parties = parties;
    return c;
}

inline QString cliPath()
{
    return qEnvironmentVariable("COURTDESK_CLI");
}

struct CliRun
{
    int exitCode = -1; // -1: did not finish normally
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 120000)
{
    CliRun r;
    QProcess p;
    p.start(cliPath(), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Where a test may leave files for a person to look at; empty if the harness set none.
inline QString outputDir()
{
    const QString dir = qEnvironmentVariable("COURTDESK_TEST_OUTPUT");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    return dir;
}

} // namespace cdtest
