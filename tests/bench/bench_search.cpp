// Prints search latency figures (p50/p95/max) for 1-, 2- and 4-character Chinese queries on a
// profile, both for the raw index (newest 200 ids) and for the case list page the UI loads.
#include "cases/caserepository.h"
#include "search/searchindex.h"
#include "storage/profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace cd;

namespace {

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
    qint64 hitsMedian = 0;
};

Stats summarise(QVector<double> ms, QVector<qint64> hits)
{
    std::sort(ms.begin(), ms.end());
    std::sort(hits.begin(), hits.end());
    Stats s;
    s.p50 = ms.at(ms.size() / 2);
    s.p95 = ms.at(qMin(ms.size() - 1, int(ms.size() * 0.95)));
    s.max = ms.last();
    s.hitsMedian = hits.at(hits.size() / 2);
    return s;
}

// Queries drawn from the data itself: substrings of party names and causes.
QStringList sampleQueries(QSqlDatabase& db, int length, int count, QRandomGenerator& rng)
{
    QStringList pool;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT name FROM parties WHERE kind='person' ORDER BY random() LIMIT 2000"));
    while (q.next())
        pool << q.value(0).toString();
    q.exec(QStringLiteral("SELECT DISTINCT cause FROM cases"));
    while (q.next())
        pool << q.value(0).toString();
    QStringList out;
    int guard = 0;
    while (out.size() < count && guard++ < 100000) {
        const QString s = pool.at(int(rng.bounded(quint32(pool.size()))));
        if (s.size() < length)
            continue;
        const int start = int(rng.bounded(quint32(s.size() - length + 1)));
        out << s.mid(start, length);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_search PROFILE_DIR [queries-per-length]\n";
        return 2;
    }
    const int perLength = args.size() > 2 ? args.at(2).toInt() : 200;
    auto profile = Profile::open(args.at(1));
    if (!profile) {
        out << profile.errorMessage() << "\n";
        return 1;
    }
    Database& db = profile.value()->database();
    SearchIndex index(db);
    CaseRepository repo(db, QStringLiteral("bench"));
    QRandomGenerator rng(42);
    auto total = repo.count();
    out << "cases " << (total ? total.value() : -1) << "\n";

    for (int length : {1, 2, 4}) {
        const QStringList queries = sampleQueries(db.sql(), length, perLength, rng);
        QVector<double> idxMs, listMs;
        QVector<qint64> idxHits, listHits;
        // Warm the page cache once, as a running app would be.
        (void)index.search(queries.first(), 200);
        for (const QString& q : queries) {
            QElapsedTimer t;
            t.start();
            auto ids = index.search(q, 200);
            idxMs << t.nsecsElapsed() / 1e6;
            idxHits << (ids ? ids->size() : -1);

            CaseListQuery lq;
            lq.search = q;
            lq.limit = 200;
            t.restart();
            auto page = repo.list(lq);
            listMs << t.nsecsElapsed() / 1e6;
            listHits << (page ? page->size() : -1);
        }
        const Stats a = summarise(idxMs, idxHits);
        const Stats b = summarise(listMs, listHits);
        out << QStringLiteral(
                   "search-index len=%1 n=%2 p50-ms %3 p95-ms %4 max-ms %5 median-hits %6\n")
                   .arg(length)
                   .arg(queries.size())
                   .arg(a.p50, 0, 'f', 2)
                   .arg(a.p95, 0, 'f', 2)
                   .arg(a.max, 0, 'f', 2)
                   .arg(a.hitsMedian);
        out << QStringLiteral(
                   "case-list-page len=%1 n=%2 p50-ms %3 p95-ms %4 max-ms %5 median-rows %6\n")
                   .arg(length)
                   .arg(queries.size())
                   .arg(b.p50, 0, 'f', 2)
                   .arg(b.p95, 0, 'f', 2)
                   .arg(b.max, 0, 'f', 2)
                   .arg(b.hitsMedian);
        out.flush();
    }
    return 0;
}
