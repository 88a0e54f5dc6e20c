// Helper of tests/bench/sync.sh: changes one field (the summary) of one case of a profile
// through the case repository, as the desk would, so the change goes through the outbox.
//   bench_sync_edit PROFILE [TEXT]
#include "cases/caserepository.h"
#include "storage/profile.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_sync_edit PROFILE [TEXT]\n");
        return 2;
    }
    auto profile = cd::Profile::open(QString::fromLocal8Bit(argv[1]));
    if (!profile) {
        std::fprintf(stderr, "%s\n", qPrintable(profile.errorMessage()));
        return 1;
    }
    cd::Database& db = profile.value()->database();
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT id FROM cases ORDER BY id LIMIT 1")) || !q.next())
        return 1;
    cd::CaseRepository repo(db, QStringLiteral("bench"));
    auto c = repo.load(q.value(0).toLongLong());
    if (!c)
        return 1;
    cd::CaseRecord rec = c.value();
    rec.summary =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("当事人于庭后达成调解协议。");
    auto r = repo.update(rec);
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
        return 1;
    }
    std::printf("edited %s\n", qPrintable(rec.caseNumber));
    return 0;
}
