#include "audit/auditlog.h"
#include "cases/demodata.h"
#include "storage/backup.h"
#include "storage/migrations.h"
#include "storage/profile.h"
#include "testutil_core.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace cd;
using namespace cdtest;

namespace {

// Relative paths of every file under dir, sorted.
QStringList filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

// Entries in the folder holding `path` whose names start with a prefix: leftovers of a
// restore (staging folders, moved-aside profiles).
QStringList siblings(const QString& path, const QString& prefix)
{
    const QFileInfo info(path);
    return info.dir().entryList({prefix + QLatin1Char('*')},
                                QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

struct ProfileState
{
    QStringList caseNumbers;
    qint64 auditRows = 0;
    bool auditOk = false;
    QString integrity;
    QString actor;
};

ProfileState stateOf(const QString& dir)
{
    ProfileState s;
    auto p = Profile::open(dir);
    if (!p) {
        qWarning() << "cannot open profile" << dir << p.errorMessage();
        return s;
    }
    QSqlDatabase db = p.value()->database().sql();
    s.caseNumbers =
        column(db, QStringLiteral("SELECT case_number FROM cases ORDER BY case_number"));
    s.integrity = scalar(db, QStringLiteral("PRAGMA integrity_check")).toString();
    auto v = AuditLog(p.value()->database()).verify();
    s.auditOk = v.isOk() && v->ok;
    s.auditRows = v.isOk() ? v->rowsChecked : -1;
    s.actor = p.value()->settings().value(SettingsKeys::actorName);
    return s;
}

// A profile with demo cases, evidence originals named by SHA-256, documents and settings.
bool makeProfile(const QString& dir, int cases, quint32 seed, const QString& actor)
{
    auto p = Profile::open(dir);
    if (!p)
        return false;
    DemoOptions o;
    o.cases = cases;
    o.seed = seed;
    o.actor = actor;
    if (!DemoData::generate(p.value()->database(), o))
        return false;
    p.value()->settings().setValue(SettingsKeys::actorName, actor);
    p.value()->settings().sync();
    QRandomGenerator rng(seed);
    QByteArray scan(300 * 1024 + 17, '\0');
    for (char& c : scan)
        c = char(rng.bounded(256));
    const QByteArray note = QStringLiteral("借条：今借到张三人民币伍万元整。%1").arg(seed).toUtf8();
    for (const QByteArray& content : {scan, note}) {
        const QString hex = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        if (!writeFile(
                QDir(p.value()->evidenceDir()).filePath(hex.left(2) + QLatin1Char('/') + hex),
                content))
            return false;
    }
    return writeFile(QDir(p.value()->documentsDir()).filePath(QStringLiteral("民事判决书.pdf")),
                     QByteArray("%PDF-1.7\n") + scan.left(5000)) &&
           writeFile(QDir(p.value()->documentsDir()).filePath(QStringLiteral("送达/回证.txt")),
                     note);
}

// Offset of the first content byte of the first entry whose path starts with prefix, and its
// size; -1 if there is none. Follows the layout documented in backup.h.
std::pair<qint64, qint64> entryData(const QByteArray& b, const QByteArray& prefix)
{
    qint64 pos = 8 + 4;
    while (pos < b.size() && b.at(pos) == 1) {
        const quint32 len = qFromBigEndian<quint32>(b.constData() + pos + 1);
        const QByteArray path = b.mid(pos + 5, len);
        const qint64 sizePos = pos + 5 + len;
        const qint64 size = qint64(qFromBigEndian<quint64>(b.constData() + sizePos));
        const qint64 data = sizePos + 8;
        if (path.startsWith(prefix))
            return {data, size};
        pos = data + size + 32;
    }
    return {-1, 0};
}

struct Writer
{
    QProcess process;
    QStringList committed;
    QByteArray pending;

    void start(const QString& profile)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(cliPath(),
                      {QStringLiteral("crash-writer"), QStringLiteral("--profile"), profile});
    }
    void read()
    {
        pending += process.readAllStandardOutput();
        int nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            if (line.startsWith(QLatin1String("committed ")))
                committed << line.mid(10);
        }
    }
    bool waitForCommits(int n, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (committed.size() < n && t.elapsed() < timeoutMs &&
               process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            read();
        }
        return committed.size() >= n;
    }
    void stop()
    {
        process.kill();
        process.waitForFinished(10000);
        read();
    }
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_source; // profile with 40 demo cases, evidence, documents, settings
    QString m_backup; // Backup::create of m_source
    ProfileState m_sourceState;

    QString work(const QString& name) const { return m_work.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        ClockScope clock;
        m_source = work(QStringLiteral("source"));
        QVERIFY(makeProfile(m_source, 40, 11, QStringLiteral("法官甲")));
        m_sourceState = stateOf(m_source);
        QCOMPARE(m_sourceState.caseNumbers.size(), 40);
        QVERIFY(m_sourceState.auditOk);
        QCOMPARE(m_sourceState.auditRows, qint64(40));
        m_backup = work(QStringLiteral("source.cdbackup"));
        auto r = Backup::create(m_source, m_backup);
        QVERIFY2(r.isOk(), qPrintable(r.errorMessage()));
        // cases.sqlite, settings.ini, 2 evidence originals, 2 documents
        QCOMPARE(r->files, 6);
        QVERIFY(r->bytes > 300 * 1024);
        QVERIFY(r->previousProfileMovedTo.isEmpty());
        QVERIFY(Backup::verify(m_backup).isOk());
    }

    void restoreIntoNewFolder()
    {
        ClockScope clock;
        const QString target = work(QStringLiteral("restored/new-profile"));
        auto r = Backup::restore(target, m_backup);
        QVERIFY2(r.isOk(), qPrintable(r.errorMessage()));
        QCOMPARE(r->files, 6);
        QVERIFY(r->previousProfileMovedTo.isEmpty());
        QVERIFY(siblings(target, QStringLiteral(".courtdesk-restore-")).isEmpty());

        // Every file but the case store is byte-identical.
        QStringList expected = filesUnder(m_source);
        QStringList got = filesUnder(target);
        const auto isStore = [](const QString& f) {
            return f.startsWith(QLatin1String("cases.sqlite"));
        };
        expected.erase(std::remove_if(expected.begin(), expected.end(), isStore), expected.end());
        got.erase(std::remove_if(got.begin(), got.end(), isStore), got.end());
        QCOMPARE(got, expected);
        QCOMPARE(expected.size(), 5);
        for (const QString& f : expected)
            QVERIFY2(readFile(QDir(target).filePath(f)) == readFile(QDir(m_source).filePath(f)),
                     qPrintable(f));

        // The case store holds the same cases and the same, intact audit chain.
        const ProfileState s = stateOf(target);
        QCOMPARE(s.caseNumbers, m_sourceState.caseNumbers);
        QVERIFY(s.auditOk);
        QCOMPARE(s.auditRows, m_sourceState.auditRows);
        QCOMPARE(s.integrity, QStringLiteral("ok"));
        QCOMPARE(s.actor, QStringLiteral("法官甲"));
        auto p = Profile::open(target);
        QVERIFY(p.isOk());
        QCOMPARE(scalar(p.value()->database().sql(),
                        QStringLiteral("SELECT group_concat(hash, '') FROM (SELECT hash FROM "
                                       "audit_log ORDER BY id)")),
                 [&] {
                     auto src = Profile::open(m_source);
                     return scalar(src.value()->database().sql(),
                                   QStringLiteral("SELECT group_concat(hash, '') FROM (SELECT hash "
                                                  "FROM audit_log ORDER BY id)"));
                 }());
        QCOMPARE(scalar(p.value()->database().sql(), QStringLiteral("PRAGMA journal_mode")),
                 QVariant(QStringLiteral("wal")));
    }

    void restoreOverExistingKeepsOldAside()
    {
        ClockScope clock;
        const QString target = work(QStringLiteral("existing"));
        QVERIFY(makeProfile(target, 5, 99, QStringLiteral("法官乙")));
        QVERIFY(
            writeFile(QDir(target).filePath(QStringLiteral("documents/只在旧档案.txt")), "old"));
        const ProfileState old = stateOf(target);
        QCOMPARE(old.caseNumbers.size(), 5);
        const QStringList oldFiles = filesUnder(target);

        auto r = Backup::restore(target, m_backup);
        QVERIFY2(r.isOk(), qPrintable(r.errorMessage()));
        const QString aside = r->previousProfileMovedTo;
        QVERIFY(!aside.isEmpty());
        QVERIFY(aside != target);
        QVERIFY(QFileInfo(aside).isDir());
        QVERIFY(aside.startsWith(target));
        // The old profile is intact where it was moved...
        QCOMPARE(filesUnder(aside), oldFiles);
        const ProfileState kept = stateOf(aside);
        QCOMPARE(kept.caseNumbers, old.caseNumbers);
        QVERIFY(kept.auditOk);
        QCOMPARE(kept.actor, QStringLiteral("法官乙"));
        // ... and the target holds the backup only.
        const ProfileState now = stateOf(target);
        QCOMPARE(now.caseNumbers, m_sourceState.caseNumbers);
        QCOMPARE(now.actor, QStringLiteral("法官甲"));
        QVERIFY(!QFile::exists(QDir(target).filePath(QStringLiteral("documents/只在旧档案.txt"))));

        // A second restore in the same second keeps both older profiles.
        auto again = Backup::restore(target, m_backup);
        QVERIFY2(again.isOk(), qPrintable(again.errorMessage()));
        QVERIFY(!again->previousProfileMovedTo.isEmpty());
        QVERIFY(again->previousProfileMovedTo != aside);
        QVERIFY(QFileInfo(aside).isDir());
        QCOMPARE(stateOf(again->previousProfileMovedTo).caseNumbers, m_sourceState.caseNumbers);
        QVERIFY(siblings(target, QStringLiteral(".courtdesk-restore-")).isEmpty());
    }

    void damagedBackupChangesNothing_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("code");
        const int corrupt = int(ErrorCode::Corrupt);
        QTest::newRow("truncated to half") << QStringLiteral("half") << corrupt;
        QTest::newRow("last byte cut") << QStringLiteral("minus1") << corrupt;
        QTest::newRow("manifest cut") << QStringLiteral("minus33") << corrupt;
        QTest::newRow("header only") << QStringLiteral("header") << corrupt;
        QTest::newRow("byte flipped in evidence") << QStringLiteral("flip-evidence") << corrupt;
        QTest::newRow("byte flipped in case store") << QStringLiteral("flip-store") << corrupt;
        QTest::newRow("byte flipped in entry hash") << QStringLiteral("flip-hash") << corrupt;
        QTest::newRow("byte flipped in manifest") << QStringLiteral("flip-manifest") << corrupt;
        QTest::newRow("random file") << QStringLiteral("random") << corrupt;
        QTest::newRow("random after the magic") << QStringLiteral("magic-random") << corrupt;
        QTest::newRow("empty file") << QStringLiteral("empty") << corrupt;
        QTest::newRow("unknown format version")
            << QStringLiteral("version") << int(ErrorCode::Unsupported);
        QTest::newRow("missing file") << QStringLiteral("missing") << int(ErrorCode::Io);
        QTest::newRow("newer schema")
            << QStringLiteral("newer-schema") << int(ErrorCode::Unsupported);
    }

    void damagedBackupChangesNothing()
    {
        QFETCH(QString, damage);
        QFETCH(int, code);
        ClockScope clock;
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("profile"));
        QVERIFY(makeProfile(target, 3, 5, QStringLiteral("法官丙")));
        const QByteArray storeBefore =
            readFile(QDir(target).filePath(QStringLiteral("cases.sqlite")));
        QVERIFY(!storeBefore.isEmpty());
        const QStringList filesBefore = filesUnder(target);

        QByteArray b = readFile(m_backup);
        QRandomGenerator rng(1234);
        const QString bad = dir.filePath(QStringLiteral("bad.cdbackup"));
        if (damage == QLatin1String("half")) {
            b.truncate(b.size() / 2);
        } else if (damage == QLatin1String("minus1")) {
            b.chop(1);
        } else if (damage == QLatin1String("minus33")) {
            b.chop(33);
        } else if (damage == QLatin1String("header")) {
            b.truncate(12);
        } else if (damage.startsWith(QLatin1String("flip-"))) {
            qint64 at = -1;
            if (damage == QLatin1String("flip-manifest")) {
                at = b.size() - 5;
            } else {
                const auto [data, size] =
                    entryData(b, damage == QLatin1String("flip-store") ? QByteArray("cases.sqlite")
                                                                       : QByteArray("evidence/"));
                QVERIFY(data > 0 && size > 0);
                at = damage == QLatin1String("flip-hash") ? data + size + 7 : data + size / 2;
            }
            b[at] = char(b.at(at) ^ 0x10);
        } else if (damage == QLatin1String("random")) {
            b.resize(200 * 1024);
            rng.fillRange(reinterpret_cast<quint32*>(b.data()), b.size() / 4);
        } else if (damage == QLatin1String("magic-random")) {
            QByteArray rest(64 * 1024, '\0');
            rng.fillRange(reinterpret_cast<quint32*>(rest.data()), rest.size() / 4);
            b = b.left(12) + rest;
        } else if (damage == QLatin1String("empty")) {
            b.clear();
        } else if (damage == QLatin1String("version")) {
            b[11] = 9;
        } else if (damage == QLatin1String("newer-schema")) {
            const QString newer = dir.filePath(QStringLiteral("newer"));
            {
                auto db = Database::open(QDir(newer).filePath(QStringLiteral("cases.sqlite")));
                QVERIFY(db.isOk());
                QVERIFY(db.value()->exec(
                    QStringLiteral("PRAGMA user_version=%1").arg(Migrations::latestVersion() + 1)));
            }
            QVERIFY(Backup::create(newer, bad).isOk());
            b = readFile(bad);
        }
        if (damage != QLatin1String("missing"))
            QVERIFY(writeFile(bad, b));

        QVERIFY(!Backup::verify(bad).isOk());
        auto r = Backup::restore(target, bad);
        QVERIFY(!r.isOk());
        QCOMPARE(int(r.error().code), code);
        QVERIFY(!r.errorMessage().isEmpty());
        // The profile is exactly as it was, and nothing was left beside it.
        QCOMPARE(readFile(QDir(target).filePath(QStringLiteral("cases.sqlite"))), storeBefore);
        QCOMPARE(filesUnder(target), filesBefore);
        QCOMPARE(siblings(target, QStringLiteral(".courtdesk-restore-")), QStringList());
        QCOMPARE(siblings(target, QStringLiteral("profile.")), QStringList());
        QCOMPARE(stateOf(target).caseNumbers.size(), 3);
    }

    void cancelledBackupLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cancelled.cdbackup"));
        // Cancelled on the second progress call, with the case store already written out.
        int calls = 0;
        qint64 doneAtCancel = 0;
        auto r = Backup::create(m_source, out, [&](qint64 done, qint64 total) {
            doneAtCancel = done;
            return ++calls < 2 && done < total;
        });
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(calls, 2);
        QVERIFY(doneAtCancel > 0);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());

        // Cancelling on the first progress call, over an existing backup: the old one stays.
        QVERIFY(QFile::copy(m_backup, out));
        r = Backup::create(m_source, out, [](qint64, qint64) { return false; });
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(readFile(out), readFile(m_backup));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("cancelled.cdbackup")});

        // A cancelled restore leaves the target as it was.
        ClockScope clock;
        const QString target = dir.filePath(QStringLiteral("profile"));
        QVERIFY(makeProfile(target, 2, 3, QStringLiteral("法官丁")));
        const QByteArray store = readFile(QDir(target).filePath(QStringLiteral("cases.sqlite")));
        auto rr = Backup::restore(target, m_backup,
                                  [](qint64 done, qint64 total) { return done < total / 3; });
        QCOMPARE(rr.error().code, ErrorCode::Cancelled);
        QCOMPARE(readFile(QDir(target).filePath(QStringLiteral("cases.sqlite"))), store);
        QCOMPARE(siblings(target, QStringLiteral(".courtdesk-restore-")), QStringList());
    }

    void backupWhileAnotherConnectionWrites()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), "COURTDESK_CLI is not set");
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live"));
        Writer writer;
        writer.start(live);
        QVERIFY(writer.process.waitForStarted());
        QVERIFY2(writer.waitForCommits(5), writer.process.readAllStandardError().constData());

        QStringList files;
        QStringList committedBefore;
        for (int i = 0; i < 8; ++i) {
            writer.read();
            committedBefore = writer.committed;
            const QString out = dir.filePath(QStringLiteral("live-%1.cdbackup").arg(i));
            auto r = Backup::create(live, out);
            QVERIFY2(r.isOk(), qPrintable(r.errorMessage() + QLatin1Char(' ') + r.error().detail));
            files << out;
            writer.waitForCommits(writer.committed.size() + 3, 10000);
        }
        writer.stop();
        QVERIFY(writer.committed.size() > committedBefore.size()); // it kept writing throughout

        for (const QString& f : files) {
            auto v = Backup::verify(f);
            QVERIFY2(v.isOk(), qPrintable(f + QLatin1Char(' ') + v.errorMessage()));
        }
        ClockScope clock;
        const QString restored = dir.filePath(QStringLiteral("restored"));
        QVERIFY(Backup::restore(restored, files.last()).isOk());
        auto p = Profile::open(restored);
        QVERIFY(p.isOk());
        QSqlDatabase db = p.value()->database().sql();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        auto v = AuditLog(p.value()->database()).verify();
        QVERIFY2(v->ok, qPrintable(v->message));
        // One snapshot: each case with its parties, index rows and audit row, nothing half-done.
        const int cases = scalar(db, QStringLiteral("SELECT count(*) FROM cases")).toInt();
        QVERIFY(cases >= committedBefore.size());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM parties")).toInt(), 2 * cases);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM case_fts")).toInt(), cases);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                           "action='case.create'"))
                     .toInt(),
                 cases);
        const QStringList numbers = column(db, QStringLiteral("SELECT case_number FROM cases"));
        for (const QString& n : committedBefore)
            QVERIFY2(numbers.contains(n), qPrintable(n));
        qInfo("writer committed %lld cases; the last backup holds %d",
              qint64(writer.committed.size()), cases);
    }

    void cli()
    {
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), "COURTDESK_CLI is not set");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cli.cdbackup"));
        CliRun r = runCli({QStringLiteral("backup"), QStringLiteral("--profile"), m_source,
                           QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(out), qPrintable(r.out));
        QVERIFY(Backup::verify(out).isOk());

        const QString target = dir.filePath(QStringLiteral("cli-profile"));
        r = runCli({QStringLiteral("restore"), QStringLiteral("--profile"), target, out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QStringLiteral("previous profile")));
        r = runCli(
            {QStringLiteral("cases"), QStringLiteral("--profile"), target, QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QStringList listed = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        listed.sort();
        QCOMPARE(listed, m_sourceState.caseNumbers);

        // Over an existing profile: it says where the old one went.
        r = runCli({QStringLiteral("restore"), QStringLiteral("--profile"), target, out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(target + QStringLiteral(".before-restore-")), qPrintable(r.out));

        // Failures: exit 1 with a message, the profile untouched.
        const QByteArray store = readFile(QDir(target).filePath(QStringLiteral("cases.sqlite")));
        const QString broken = dir.filePath(QStringLiteral("broken.cdbackup"));
        QVERIFY(writeFile(broken, readFile(out).left(1000)));
        r = runCli({QStringLiteral("restore"), QStringLiteral("--profile"), target, broken});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(readFile(QDir(target).filePath(QStringLiteral("cases.sqlite"))), store);
        r = runCli({QStringLiteral("backup"), QStringLiteral("--profile"),
                    dir.filePath(QStringLiteral("no-such-profile")), QStringLiteral("--out"),
                    dir.filePath(QStringLiteral("x.cdbackup"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.cdbackup"))));
        // Usage errors.
        r = runCli({QStringLiteral("backup"), QStringLiteral("--profile"), m_source});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("restore"), QStringLiteral("--profile"), target});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
