#include "audit/auditlog.h"
#include "storage/database.h"
#include "testutil_core.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace cd;
using namespace cdtest;

namespace {

constexpr int kRows = 10;
const QString kGenesis(64, QLatin1Char('0'));

// A second, raw SQLite connection: what someone editing the file with the sqlite3 shell has.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK)
            qWarning() << "cannot open" << path;
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // Returns the SQLite result code; the message of a failure is kept in lastError.
    int exec(const QString& sql)
    {
        char* err = nullptr;
        const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
        lastError = err ? QString::fromUtf8(err) : QString();
        sqlite3_free(err);
        return rc;
    }
    bool ok(const QString& sql)
    {
        const int rc = exec(sql);
        if (rc != SQLITE_OK)
            qWarning() << "raw statement failed:" << sql << lastError;
        return rc == SQLITE_OK;
    }
    bool dropTriggers()
    {
        return ok(QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                 "DROP TRIGGER audit_log_no_delete"));
    }

    QString lastError;

private:
    sqlite3* m_db = nullptr;
};

QString quoted(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString insertSql(const AuditEntry& e)
{
    return QStringLiteral(
               "INSERT INTO audit_log(id, at, actor, action, entity, entity_id, details, "
               "prev_hash, hash) VALUES(%1, %2, %3, %4, %5, %6, %7, %8, %9)")
        .arg(e.id)
        .arg(quoted(e.at.toUTC().toString(Qt::ISODateWithMs)), quoted(e.actor), quoted(e.action),
             quoted(e.entity), quoted(e.entityId), quoted(e.details), quoted(e.prevHash),
             quoted(e.hash));
}

// All rows, read back the way verify() reads them.
QVector<AuditEntry> allRows(Database& db)
{
    QVector<AuditEntry> out;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, details, "
                               "prev_hash, hash FROM audit_log ORDER BY id")))
        return out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.details = q.value(6).toString();
        e.prevHash = q.value(7).toString();
        e.hash = q.value(8).toString();
        out << e;
    }
    return out;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClockScope> m_clock;

    QString path() const { return m_dir.filePath(QStringLiteral("cases.sqlite")); }

    // A fresh store with kRows audit rows, one second apart.
    bool freshLog()
    {
        m_db.reset();
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
        auto db = Database::open(path());
        if (!db)
            return false;
        m_db = std::move(db).value();
        AuditLog log(*m_db);
        for (int i = 1; i <= kRows; ++i) {
            m_clock->clock().advanceSeconds(1);
            auto r = log.append(i % 2 ? QStringLiteral("法官甲") : QStringLiteral("书记员乙"),
                                QStringLiteral("case.update"), QStringLiteral("case"),
                                QStringLiteral("uuid-%1").arg(i % 3),
                                QStringLiteral("{\"n\":%1,\"note\":\"第%1次\"}").arg(i));
            if (!r || r.value() != i)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_unique<ClockScope>();
        QVERIFY(freshLog());
    }

    void cleanup()
    {
        m_db.reset();
        m_clock.reset();
    }

    void appendBuildsAChain()
    {
        const QVector<AuditEntry> rows = allRows(*m_db);
        QCOMPARE(rows.size(), kRows);
        QString prev = kGenesis;
        for (int i = 0; i < rows.size(); ++i) {
            const AuditEntry& e = rows.at(i);
            QCOMPARE(e.id, qint64(i + 1));
            QCOMPARE(e.prevHash, prev);
            QCOMPARE(e.hash, AuditLog::computeHash(e));
            QCOMPARE(e.hash.size(), 64);
            QCOMPARE(e.at, QDateTime(QDate(2026, 3, 1), QTime(9, 0, i + 1), Qt::UTC));
            prev = e.hash;
        }
        auto v = AuditLog(*m_db).verify();
        QVERIFY(v.isOk());
        QVERIFY2(v->ok, qPrintable(v->message));
        QCOMPARE(v->rowsChecked, qint64(kRows));
        QCOMPARE(v->firstBadId, qint64(0));
        QVERIFY(!v->message.isEmpty());

        auto some = AuditLog(*m_db).entriesFor(QStringLiteral("case"), QStringLiteral("uuid-0"));
        QVERIFY(some.isOk());
        QCOMPARE(some->size(), 3); // rows 3, 6, 9
        QCOMPARE(some->at(1).id, qint64(6));
        QCOMPARE(some->at(1).details, QStringLiteral("{\"n\":6,\"note\":\"第6次\"}"));

        // The hash covers every field: changing any one of them changes it.
        const AuditEntry base = rows.at(4);
        const QString h = AuditLog::computeHash(base);
        AuditEntry e = base;
        e.actor += QLatin1Char('x');
        QVERIFY(AuditLog::computeHash(e) != h);
        e = base;
        e.id += 1;
        QVERIFY(AuditLog::computeHash(e) != h);
        e = base;
        e.at = e.at.addMSecs(1);
        QVERIFY(AuditLog::computeHash(e) != h);
        e = base;
        e.prevHash = kGenesis;
        QVERIFY(AuditLog::computeHash(e) != h);
        // Length prefixes: moving a character from one field to the next is a different row.
        e = base;
        e.action = QStringLiteral("case.updat");
        e.entity = QStringLiteral("ecase");
        QVERIFY(AuditLog::computeHash(e) != h);
    }

    void triggersBlockEdits()
    {
        RawConnection raw(path());
        QCOMPARE(raw.exec(QStringLiteral("UPDATE audit_log SET actor='x' WHERE id=3")),
                 SQLITE_CONSTRAINT);
        QVERIFY2(raw.lastError.contains(QStringLiteral("append-only")), qPrintable(raw.lastError));
        QCOMPARE(raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id=3")), SQLITE_CONSTRAINT);
        QVERIFY2(raw.lastError.contains(QStringLiteral("append-only")), qPrintable(raw.lastError));
        QCOMPARE(raw.exec(QStringLiteral("DELETE FROM audit_log")), SQLITE_CONSTRAINT);
        // Through the app's own connection too.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("statement failed")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("statement failed")));
        QVERIFY(!m_db->exec(QStringLiteral("UPDATE audit_log SET details='{}'")));
        QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE id=%1").arg(kRows)));
        QCOMPARE(scalar(m_db->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
                 kRows);
        QCOMPARE(scalar(m_db->sql(), QStringLiteral("SELECT actor FROM audit_log WHERE id=3"))
                     .toString(),
                 QStringLiteral("法官甲"));
        QVERIFY(AuditLog(*m_db).verify()->ok);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("firstBadId");
        QTest::newRow("edit actor of a middle row") << QStringLiteral("edit-actor") << qint64(5);
        QTest::newRow("edit details of a middle row")
            << QStringLiteral("edit-details") << qint64(5);
        QTest::newRow("edit timestamp of a middle row") << QStringLiteral("edit-at") << qint64(5);
        QTest::newRow("edit the first row") << QStringLiteral("edit-first") << qint64(1);
        QTest::newRow("edit the last row") << QStringLiteral("edit-last") << qint64(kRows);
        QTest::newRow("delete a middle row") << QStringLiteral("delete-middle") << qint64(5);
        QTest::newRow("delete the first row") << QStringLiteral("delete-first") << qint64(1);
        QTest::newRow("delete the last row") << QStringLiteral("delete-last") << qint64(kRows);
        QTest::newRow("delete the last three rows")
            << QStringLiteral("delete-tail") << qint64(kRows - 2);
        QTest::newRow("delete every row") << QStringLiteral("delete-all") << qint64(1);
        QTest::newRow("delete the last row, app appends again")
            << QStringLiteral("delete-last-append") << qint64(kRows);
        QTest::newRow("edit with recomputed hash, next row not fixed")
            << QStringLiteral("forge-hash") << qint64(6);
        QTest::newRow("renumber a row into a gap") << QStringLiteral("renumber") << qint64(6);
        QTest::newRow("forged row at end, wrong prev hash")
            << QStringLiteral("forge-prev") << qint64(kRows + 1);
        QTest::newRow("forged row at end, wrong hash")
            << QStringLiteral("forge-row") << qint64(kRows + 1);
        QTest::newRow("swap the content of two rows") << QStringLiteral("swap") << qint64(4);
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, firstBadId);
        const QVector<AuditEntry> rows = allRows(*m_db);
        QCOMPARE(rows.size(), kRows);
        {
            RawConnection raw(path());
            QVERIFY(raw.dropTriggers());
            if (tamper == QLatin1String("edit-actor")) {
                QVERIFY(raw.ok(QStringLiteral("UPDATE audit_log SET actor='书记员乙' WHERE id=5")));
            } else if (tamper == QLatin1String("edit-details")) {
                QVERIFY(raw.ok(QStringLiteral(
                    "UPDATE audit_log SET details=replace(details, '5', '6') WHERE id=5")));
            } else if (tamper == QLatin1String("edit-at")) {
                QVERIFY(raw.ok(QStringLiteral(
                    "UPDATE audit_log SET at='2026-03-01T09:00:05.001Z' WHERE id=5")));
            } else if (tamper == QLatin1String("edit-first")) {
                QVERIFY(
                    raw.ok(QStringLiteral("UPDATE audit_log SET action='case.delete' WHERE id=1")));
            } else if (tamper == QLatin1String("edit-last")) {
                QVERIFY(raw.ok(QStringLiteral("UPDATE audit_log SET entity_id='uuid-9' WHERE id=%1")
                                   .arg(kRows)));
            } else if (tamper == QLatin1String("delete-middle")) {
                QVERIFY(raw.ok(QStringLiteral("DELETE FROM audit_log WHERE id=5")));
            } else if (tamper == QLatin1String("delete-first")) {
                QVERIFY(raw.ok(QStringLiteral("DELETE FROM audit_log WHERE id=1")));
            } else if (tamper == QLatin1String("delete-last")) {
                QVERIFY(raw.ok(QStringLiteral("DELETE FROM audit_log WHERE id=%1").arg(kRows)));
            } else if (tamper == QLatin1String("delete-tail")) {
                QVERIFY(raw.ok(QStringLiteral("DELETE FROM audit_log WHERE id>%1").arg(kRows - 3)));
            } else if (tamper == QLatin1String("delete-all")) {
                QVERIFY(raw.ok(QStringLiteral("DELETE FROM audit_log")));
            } else if (tamper == QLatin1String("delete-last-append")) {
                QVERIFY(raw.ok(QStringLiteral("DELETE FROM audit_log WHERE id=%1").arg(kRows)));
            } else if (tamper == QLatin1String("forge-hash")) {
                AuditEntry e = rows.at(4);
                e.actor = QStringLiteral("某人");
                e.hash = AuditLog::computeHash(e);
                QVERIFY(raw.ok(QStringLiteral("UPDATE audit_log SET actor=%1, hash=%2 WHERE id=5")
                                   .arg(quoted(e.actor), quoted(e.hash))));
            } else if (tamper == QLatin1String("renumber")) {
                // Delete row 5 and move row 6 into its place, hash recomputed for id 5.
                AuditEntry e = rows.at(5);
                e.id = 5;
                e.prevHash = rows.at(3).hash;
                e.hash = AuditLog::computeHash(e);
                QVERIFY(raw.ok(QStringLiteral("DELETE FROM audit_log WHERE id IN (5, 6)")));
                QVERIFY(raw.ok(insertSql(e)));
            } else if (tamper == QLatin1String("forge-prev")) {
                AuditEntry e = rows.last();
                e.id = kRows + 1;
                e.action = QStringLiteral("case.delete");
                e.prevHash = QString(64, QLatin1Char('f'));
                e.hash = AuditLog::computeHash(e); // consistent in itself
                QVERIFY(raw.ok(insertSql(e)));
            } else if (tamper == QLatin1String("forge-row")) {
                AuditEntry e = rows.last();
                e.id = kRows + 1;
                e.prevHash = rows.last().hash;
                e.hash = QString(64, QLatin1Char('a'));
                QVERIFY(raw.ok(insertSql(e)));
            } else if (tamper == QLatin1String("swap")) {
                QVERIFY(raw.ok(QStringLiteral(
                    "UPDATE audit_log SET actor=(SELECT actor FROM audit_log WHERE id=5), "
                    "details=(SELECT details FROM audit_log WHERE id=5) WHERE id=4")));
            } else {
                QFAIL("unknown tamper");
            }
        }
        if (tamper == QLatin1String("delete-last-append")) {
            // The next ordinary write must not paper over the deleted tail.
            m_clock->clock().advanceSeconds(1);
            auto id = AuditLog(*m_db).append(QStringLiteral("法官甲"),
                                             QStringLiteral("case.create"), QStringLiteral("case"),
                                             QStringLiteral("uuid-new"), QStringLiteral("{}"));
            QVERIFY2(id.isOk(), qPrintable(id.errorMessage()));
            QVERIFY2(id.value() > kRows, "an audit id was issued twice");
        }
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("audit chain broken at %1 ").arg(firstBadId)));
        auto v = AuditLog(*m_db).verify();
        QVERIFY(v.isOk());
        QVERIFY2(!v->ok, "tampering went unnoticed");
        QCOMPARE(v->firstBadId, firstBadId);
        QVERIFY2(v->message.contains(QString::number(firstBadId)), qPrintable(v->message));
    }

    void appendAfterTamperingKeepsTheBreakVisible()
    {
        {
            RawConnection raw(path());
            QVERIFY(raw.dropTriggers());
            QVERIFY(raw.ok(QStringLiteral("UPDATE audit_log SET actor='x' WHERE id=3")));
        }
        m_clock->clock().advanceSeconds(1);
        QVERIFY(AuditLog(*m_db).append(QStringLiteral("法官甲"), QStringLiteral("case.create"),
                                       QStringLiteral("case"), QStringLiteral("u"),
                                       QStringLiteral("{}")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("audit chain broken at 3 ")));
        auto v = AuditLog(*m_db).verify();
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBadId, qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
