// Internet hearing benchmark (tests/bench/hearing.sh runs it): the judge in QtWebEngine plus
// N parties in headless Chromium on a private Janus, everybody admitted at once. Prints the
// time to the first remote frame and CPU and memory (PSS) per participant; asserts nothing.
//   bench_hearing [PARTIES] [SECONDS]
#include "hearing/hearingsession.h"
#include "hearing/hearingwindow.h"
#include "hearingharness.h"

#include <QApplication>
#include <QDirIterator>
#include <QJsonObject>
#include <QSet>

#include <cstdio>
#include <unistd.h>

using namespace cd;
using namespace cd::test;

namespace {

QSet<qint64> treeOf(qint64 root)
{
    QHash<qint64, qint64> parent;
    for (const QString& e : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = f.readAll();
        const QList<QByteArray> rest = s.mid(s.lastIndexOf(')') + 2).split(' ');
        parent[pid] = rest.value(1).toLongLong();
    }
    QSet<qint64> out{root};
    bool grew = true;
    while (grew) {
        grew = false;
        for (auto it = parent.cbegin(); it != parent.cend(); ++it)
            if (out.contains(it.value()) && !out.contains(it.key())) {
                out.insert(it.key());
                grew = true;
            }
    }
    return out;
}

double cpuSeconds(const QSet<qint64>& pids)
{
    double ticks = 0;
    for (qint64 pid : pids) {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = f.readAll();
        const QList<QByteArray> rest = s.mid(s.lastIndexOf(')') + 2).split(' ');
        ticks += rest.value(11).toDouble() + rest.value(12).toDouble(); // utime, stime
    }
    return ticks / double(sysconf(_SC_CLK_TCK));
}

double pssMb(const QSet<qint64>& pids)
{
    double kb = 0;
    for (qint64 pid : pids) {
        QFile f(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& line : f.readAll().split('\n'))
            if (line.startsWith("Pss:"))
                kb += line.mid(4).trimmed().split(' ').first().toDouble();
    }
    return kb / 1024.0;
}

} // namespace

int main(int argc, char** argv)
{
    prepareWebEngineForTests();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const int n = argc > 1 ? atoi(argv[1]) : 2;
    const int seconds = argc > 2 ? atoi(argv[2]) : 10;
    if (mediaAddress().isEmpty()) {
        std::printf("no non-loopback interface: cannot run\n");
        return 1;
    }
    JanusHarness janus;
    if (!janus.start(QStringLiteral(COURTDESK_JANUS_LAUNCHER), 42000)) {
        std::printf("janus: %s\n", qPrintable(janus.error));
        return 1;
    }
    PageServer server;
    server.start();
    JanusControl control(janus.api, janus.adminKey);
    HearingSession session(control);
    QVector<HearingParty> parties;
    for (int i = 1; i <= n; ++i)
        parties.append(HearingParty{
            QStringLiteral("p%1").arg(i), QStringLiteral("party %1").arg(i), {}, false, {}});
    bool started = false;
    QObject::connect(&session, &HearingSession::started, [&] { started = true; });
    QObject::connect(&session, &HearingSession::waitingChanged,
                     [&](const QVector<WaitingParty>& w) {
                         for (const WaitingParty& p : w)
                             session.admit(p.key);
                     });
    session.start(QStringLiteral("bench"), QStringLiteral("judge"), parties, janus.recDir);
    if (!QTest::qWaitFor([&] { return started; }, 10000))
        return 1;
    ui::HearingWindow window(session, janus.api);
    window.show();
    QElapsedTimer clock;
    clock.start();
    (void)window.open();
    std::vector<std::unique_ptr<ChromiumParty>> browsers;
    for (int i = 0; i < n; ++i) {
        HearingPageParams pp;
        pp.janus = janus.api;
        pp.room = session.room();
        pp.lobby = session.lobby();
        pp.token = session.parties().at(i).token;
        pp.key = session.parties().at(i).key;
        pp.name = session.parties().at(i).name;
        pp.report = QUrl(server.base().toString() + QStringLiteral("/report/") + pp.key);
        browsers.push_back(std::make_unique<ChromiumParty>());
        browsers.back()->start(
            HearingPage::url(QUrl(server.base().toString() + "/hearing/hearing.html"), pp));
    }
    auto seesAll = [&](const QJsonObject& s) {
        const QJsonObject r = s.value(QStringLiteral("remote")).toObject();
        int ok = 0;
        for (const QString& k : r.keys())
            ok += r.value(k).toObject().value(QStringLiteral("framesDecoded")).toDouble() > 0;
        return ok >= n; // the judge sees n parties; a party sees the judge and n-1 others
    };
    const bool all = QTest::qWaitFor(
        [&] {
            if (!seesAll(window.lastStatus()))
                return false;
            for (int i = 1; i <= n; ++i)
                if (!seesAll(server.reports.value(QStringLiteral("p%1").arg(i))))
                    return false;
            return true;
        },
        90000);
    std::printf("parties=%d all_see_all=%s after %.1f s (launch of everyone to full mesh of "
                "frames, admission included)\n",
                n, all ? "yes" : "NO", clock.elapsed() / 1000.0);
    std::printf("first remote frame after page load (parties: waiting room and admission "
                "included): judge %.0f ms",
                window.lastStatus().value(QStringLiteral("firstRemoteFrameMs")).toDouble());
    for (int i = 1; i <= n; ++i)
        std::printf(", p%d %.0f ms", i,
                    server.reports.value(QStringLiteral("p%1").arg(i))
                        .value(QStringLiteral("firstRemoteFrameMs"))
                        .toDouble());
    std::printf("\n");

    QVector<qint64> roots{QCoreApplication::applicationPid()};
    for (auto& b : browsers)
        roots.append(b->process.processId());
    roots.append(janus.process.processId());
    QVector<QSet<qint64>> trees;
    for (qint64 r : roots)
        trees.append(treeOf(r));
    // The parties and Janus are this process's children too: count them once, not in the judge.
    for (int i = 1; i < trees.size(); ++i)
        trees[0] -= trees[i];
    QVector<double> cpu0;
    for (const auto& t : trees)
        cpu0.append(cpuSeconds(t));
    QTest::qWait(seconds * 1000);
    double partyCpu = 0, partyMem = 0;
    for (int i = 0; i < trees.size(); ++i) {
        if (i > 0)
            trees[i] |= treeOf(roots[i]);
        const double cpu = (cpuSeconds(trees[i]) - cpu0[i]) / seconds * 100.0;
        const double mem = pssMb(trees[i]);
        const QString who = i == 0                  ? QStringLiteral("judge (app+QtWebEngine)")
                            : i == trees.size() - 1 ? QStringLiteral("janus")
                                                    : QStringLiteral("party p%1 (chromium)").arg(i);
        if (i > 0 && i < trees.size() - 1) {
            partyCpu += cpu;
            partyMem += mem;
        }
        std::printf("  %-26s cpu %5.1f%% of a core  pss %6.1f MB  (%d processes)\n",
                    qPrintable(who), cpu, mem, int(trees[i].size()));
    }
    std::printf("per party (mean): cpu %.1f%% of a core, pss %.1f MB; recv kbit/s judge %d\n",
                partyCpu / n, partyMem / n,
                window.lastStatus().value(QStringLiteral("recvKbps")).toInt());
    for (auto& b : browsers)
        b->stop();
    session.end();
    QTest::qWait(500);
    janus.stop();
    return all ? 0 : 2;
}
