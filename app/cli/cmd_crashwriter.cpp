#include "cases/caserepository.h"
#include "cli.h"
#include "common/clock.h"
#include "profileopts.h"

#include <QSqlQuery>

#include <cstdio>

namespace cd::cli {

// Test helper for the crash-safety test: writes one case per transaction forever and prints
// "committed <case number>" only after the commit returned. The test kills it with SIGKILL.
int runCrashWriter(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption profile(QStringLiteral("profile"), {}, QStringLiteral("DIR"));
    p.addOption(profile);
    if (!parseArgs(p, QStringLiteral("crash-writer"), args, io))
        return 2;
    auto prof = openProfile(p.value(profile), io);
    if (!prof)
        return 1;
    CaseRepository repo(prof->database(), QStringLiteral("crash-writer"));
    int next = 1;
    {
        QSqlQuery q(prof->database().sql());
        if (q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next())
            next = q.value(0).toInt() + 1;
    }
    const QDate today = Clock::instance().today();
    for (;; ++next) {
        CaseRecord c;
        c.caseNumber = QStringLiteral("（%1）甘0102民初%2号").arg(today.year()).arg(next);
        c.cause = QStringLiteral("民间借贷纠纷");
        c.filedOn = today;
        c.judge = QStringLiteral("马建国");
        c.summary = QString(200, QChar(0x6848)); // some bulk per row
        Party a;
        a.role = QStringLiteral("plaintiff");
        a.name = QStringLiteral("张三%1").arg(next);
        Party b;
        b.role = QStringLiteral("defendant");
        b.name = QStringLiteral("李四%1").arg(next);
        c.parties << a << b;
        auto r = repo.create(c);
        if (!r) {
            printError(io, r.error());
            return 1;
        }
        // Unbuffered write straight after the commit returned.
        std::fprintf(stdout, "committed %s\n", c.caseNumber.toUtf8().constData());
        std::fflush(stdout);
    }
}

} // namespace cd::cli
