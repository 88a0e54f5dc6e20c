#include "audit/auditlog.h"
#include "storage/profile.h"
#include "testutil_core.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;
using namespace cdtest;

// Kills a process that writes one case per transaction with SIGKILL at random moments, and
// checks that every case it reported as committed survived, with an intact store and audit chain.
class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNothing()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), "COURTDESK_CLI is not set");
        bool seedSet = false;
        quint32 seed = qEnvironmentVariable("COURTDESK_CRASH_SEED").toUInt(&seedSet);
        if (!seedSet)
            seed = QRandomGenerator::global()->generate();
        qInfo("crash-safety seed %u (set COURTDESK_CRASH_SEED=%u to repeat the kill times)", seed,
              seed);
        QRandomGenerator rng(seed);
        const int rounds = 30;

        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        QStringList reported;
        int roundsWithCommits = 0;
        for (int round = 0; round < rounds; ++round) {
            // The kill lands a random 0..350 ms after the writer's first commit, so every
            // round dies mid-write however slow start-up is (ASan, a loaded CI machine).
            const int lifetimeMs = int(rng.bounded(351u));
            QProcess p;
            p.start(cliPath(),
                    {QStringLiteral("crash-writer"), QStringLiteral("--profile"), profile});
            QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
            QElapsedTimer startup;
            startup.start();
            while (!p.peek(16).startsWith("committed") && startup.elapsed() < 30000 &&
                   p.state() == QProcess::Running)
                p.waitForReadyRead(100);
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < lifetimeMs && p.state() == QProcess::Running)
                p.waitForReadyRead(int(qMax<qint64>(1, lifetimeMs - t.elapsed())));
            // A writer that stopped by itself hit an error: the store did not open or write.
            QVERIFY2(p.state() == QProcess::Running,
                     qPrintable(QStringLiteral("round %1: the writer exited by itself: %2")
                                    .arg(round)
                                    .arg(QString::fromUtf8(p.readAllStandardError()))));
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);

            // Only complete lines count: the writer prints after the commit returned.
            const QByteArray out = p.readAllStandardOutput();
            const int end = out.lastIndexOf('\n');
            int committed = 0;
            for (const QByteArray& line : out.left(end + 1).split('\n')) {
                if (line.startsWith("committed ")) {
                    reported << QString::fromUtf8(line.mid(10));
                    ++committed;
                } else if (!line.isEmpty()) {
                    QFAIL(qPrintable(QStringLiteral("unexpected output: ") +
                                     QString::fromUtf8(line)));
                }
            }
            roundsWithCommits += committed > 0 ? 1 : 0;
            qInfo("round %d: killed after %d ms, %d case(s) reported committed", round, lifetimeMs,
                  committed);
        }
        QVERIFY2(reported.size() >= 10, "the writer barely wrote; the test proves little");
        QVERIFY(roundsWithCommits >= rounds / 2);

        auto p = Profile::open(profile);
        QVERIFY2(p.isOk(), qPrintable(p.errorMessage()));
        QSqlDatabase db = p.value()->database().sql();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        const QStringList stored = column(db, QStringLiteral("SELECT case_number FROM cases"));
        const QSet<QString> storedSet(stored.cbegin(), stored.cend());
        for (const QString& n : reported)
            QVERIFY2(storedSet.contains(n), qPrintable(QStringLiteral("lost: ") + n));
        QCOMPARE(QSet<QString>(reported.cbegin(), reported.cend()).size(), reported.size());
        // At most one case per round can be committed but not yet reported when the kill came.
        QVERIFY(stored.size() >= reported.size());
        QVERIFY(stored.size() <= reported.size() + rounds);

        // Each case was written whole: parties, index rows and its audit row, or not at all.
        const int cases = stored.size();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM parties")).toInt(), 2 * cases);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM case_fts")).toInt(), cases);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM case_fts_chars")).toInt(), cases);
        auto v = AuditLog(p.value()->database()).verify();
        QVERIFY(v.isOk());
        QVERIFY2(v->ok, qPrintable(v->message));
        QCOMPARE(v->rowsChecked, qint64(cases));

        qInfo("%d rounds: %lld cases reported committed, %d in the store, all present", rounds,
              qint64(reported.size()), cases);
        const QString outDir = outputDir();
        if (!outDir.isEmpty()) {
            writeFile(QDir(outDir).filePath(QStringLiteral("tst_crashsafety.txt")),
                      QStringLiteral("seed %1\nrounds %2\nreported %3\nstored %4\n")
                          .arg(seed)
                          .arg(rounds)
                          .arg(reported.size())
                          .arg(cases)
                          .toUtf8());
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
