// Client-side sync without a server: outbox rows written with the edit, coalescing, rows in
// flight left alone, pulled changes applied without outbox rows, the codec, the digest and
// conflict resolution.
#include "cases/caserepository.h"
#include "evidence/evidencerepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "sync/recordcodec.h"
#include "sync/syncapply.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

namespace {

CaseRecord sampleCase(int n)
{
    CaseRecord c;
    c.caseNumber = QStringLiteral("（2026）甘0102民初%1号").arg(n);
    c.cause = QStringLiteral("民间借贷纠纷");
    c.filedOn = QDate(2026, 3, 1);
    c.judge = QStringLiteral("马建国");
    c.claimFen = 1234500;
    Party p;
    p.role = QStringLiteral("plaintiff");
    p.name = QStringLiteral("张三");
    c.parties << p;
    CaseEvent e;
    e.type = QStringLiteral("suspension");
    e.startsOn = QDate(2026, 4, 1);
    e.endsOn = QDate(2026, 4, 10);
    e.note = QStringLiteral("中止");
    c.events << e;
    return c;
}

int scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestSyncOutbox : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("c.sqlite")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
    }

    void codecRoundTrip()
    {
        CaseRecord c = sampleCase(1);
        c.uuid = QStringLiteral("u-1");
        c.closedOn = QDate(2026, 6, 1);
        const QJsonObject j = RecordCodec::caseToJson(c);
        for (const QString& f : RecordCodec::caseFields())
            QVERIFY2(j.contains(f), qPrintable(f));
        CaseRecord back;
        QVERIFY(RecordCodec::caseFromJson(j, back));
        QCOMPARE(back.caseNumber, c.caseNumber);
        QCOMPARE(back.closedOn, c.closedOn);
        QCOMPARE(back.claimFen, c.claimFen);
        QCOMPARE(back.parties.size(), 1);
        QCOMPARE(back.events.first().endsOn, QDate(2026, 4, 10));
        QCOMPARE(RecordCodec::caseToJson(back), j);
        QVERIFY(!RecordCodec::caseFromJson(QJsonObject{}, back));
    }

    void editsWriteOutboxRowsAndCoalesce()
    {
        CaseRepository repo(*m_db, QStringLiteral("t"));
        CaseRecord c = sampleCase(2);
        QVERIFY(repo.create(c));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sync_outbox")), 1);
        c.summary = QStringLiteral("改");
        QVERIFY(repo.update(c));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sync_outbox")), 1);
        SyncStore store(*m_db);
        auto rows = store.outbox();
        QCOMPARE(rows->first().body.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("改"));
        // Once in flight, the row is left alone: a new edit makes a second row.
        QVERIFY(store.markInflight(rows->first().id, 0));
        c.summary = QStringLiteral("再改");
        QVERIFY(repo.update(c));
        rows = store.outbox();
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).body.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("改"));
        QCOMPARE(rows->at(1).body.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("再改"));
        // The first was accepted as version 1; the delete goes out on top.
        QVERIFY(store.markAccepted(rows->at(0), 1));
        QVERIFY(repo.remove(c.id));
        rows = store.outbox();
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().op, QStringLiteral("delete"));
    }

    void failedEditWritesNoOutboxRow()
    {
        CaseRepository repo(*m_db, QStringLiteral("t"));
        CaseRecord c = sampleCase(3);
        QVERIFY(repo.create(c));
        CaseRecord dup = sampleCase(3); // same number: refused inside the transaction
        QVERIFY(!repo.create(dup));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sync_outbox")), 1);
        // A stale local version is refused too, and leaves the row as it was.
        CaseRecord stale = c;
        stale.version = 99;
        stale.summary = QStringLiteral("x");
        QVERIFY(!repo.update(stale));
        QCOMPARE(SyncStore(*m_db).outbox()->first().body.value(QStringLiteral("summary")),
                 QJsonValue(QString()));
    }

    void deleteOfNeverSentRecordSendsNothing()
    {
        CaseRepository repo(*m_db, QStringLiteral("t"));
        CaseRecord c = sampleCase(4);
        QVERIFY(repo.create(c));
        QVERIFY(repo.remove(c.id));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
    }

    void evidenceEditsAreQueued()
    {
        CaseRepository repo(*m_db, QStringLiteral("t"));
        CaseRecord c = sampleCase(5);
        QVERIFY(repo.create(c));
        EvidenceRepository ev(*m_db, QStringLiteral("t"));
        EvidenceItem item;
        item.caseId = c.id;
        item.title = QStringLiteral("借条");
        item.sha256 = QString(64, u'a');
        item.sizeBytes = 10;
        QVERIFY(ev.create(item));
        QVERIFY(ev.updateListEntry(item.id, QStringLiteral("借条原件"), QStringLiteral("原告"),
                                   QStringLiteral("证明借贷")));
        auto rows = SyncStore(*m_db).outbox();
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).type, QStringLiteral("evidence"));
        QCOMPARE(rows->at(1).body.value(QStringLiteral("title")).toString(),
                 QStringLiteral("借条原件"));
        QCOMPARE(rows->at(1).body.value(QStringLiteral("case_uuid")).toString(), c.uuid);
        QVERIFY(!rows->at(1).uuid.isEmpty());
        // Deleting the case queues the deletes of its evidence once they were sent.
        QVERIFY(SyncStore(*m_db).markAccepted(rows->at(0), 1));
        QVERIFY(SyncStore(*m_db).markAccepted(rows->at(1), 1));
        QVERIFY(repo.remove(c.id));
        rows = SyncStore(*m_db).outbox();
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).type, QStringLiteral("evidence"));
        QCOMPARE(rows->at(1).type, QStringLiteral("case"));
    }

    void appliedChangesWriteNoOutbox()
    {
        CaseRecord c = sampleCase(6);
        c.uuid = QStringLiteral("6c1f1c52-0000-4000-8000-000000000006");
        c.courtCode = QStringLiteral("甘0102");
        QJsonObject body = RecordCodec::caseToJson(c);
        auto r = m_db->transaction([&]() {
            return SyncApplier(*m_db, QStringLiteral("t")).applyCase(c.uuid, 3, false, body);
        });
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        QCOMPARE((SyncStore(*m_db).serverVersion(QStringLiteral("case"), c.uuid).value()),
                 qint64(3));
        // A closed case arrives closed even though the local closing checklist is empty.
        body[QStringLiteral("status")] = QStringLiteral("closed");
        body[QStringLiteral("closed_on")] = QStringLiteral("2026-07-01");
        r = m_db->transaction([&]() {
            return SyncApplier(*m_db, QStringLiteral("t")).applyCase(c.uuid, 4, false, body);
        });
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        r = m_db->transaction([&]() {
            return SyncApplier(*m_db, QStringLiteral("t")).applyCase(c.uuid, 5, true, {});
        });
        QVERIFY(r);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM cases")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        // The digest covers the tombstone, as the server's does.
        auto d = SyncStore(*m_db).digest();
        QCOMPARE(d->records, qint64(1));
        const QByteArray line = "case\t" + c.uuid.toUtf8() + "\t5\t1\n";
        QCOMPARE(d->digest,
                 QString::fromLatin1(
                     QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex()));
    }

    void unsyncedRecordsAreEnqueued()
    {
        CaseRepository repo(*m_db, QStringLiteral("t"));
        CaseRecord c = sampleCase(7);
        QVERIFY(repo.create(c));
        // As in a store from before sync: the record exists, the outbox is empty.
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM sync_outbox")));
        SyncEngine engine(*m_db, m_dir.filePath(QStringLiteral("ev")), QStringLiteral("t"));
        QCOMPARE((engine.enqueueUnsynced()).value(), 1);
        QCOMPARE((engine.enqueueUnsynced()).value(), 0);
        QCOMPARE(SyncStore(*m_db).outbox()->first().uuid, c.uuid);
    }

    // A store from before sync: the migration gives evidence items uuids, and the first round
    // enqueues the records that were never sent.
    void migrationBackfillsAndEnqueues()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        QFile::remove(path);
        {
            auto raw = Database::openRaw(path);
            QVERIFY(raw);
            const int before = 7; // the closing checklist; sync came with version 8
            QVERIFY(Migrations::migrateTo(*raw.value(), before));
            CaseRepository repo(*raw.value(), QStringLiteral("t"));
            Database& d = *raw.value();
            QVERIFY(d.exec(QStringLiteral("INSERT INTO courts(id, code, name) VALUES(1, '甘0102', "
                                          "'城关')")));
            QVERIFY(d.exec(QStringLiteral(
                "INSERT INTO cases(id, uuid, case_number, court_id, filed_on, created_at, "
                "updated_at) VALUES(1, 'c-1', '（2026）甘0102民初1号', 1, '2026-01-02', "
                "'2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')")));
            for (int i = 0; i < 2; ++i)
                QVERIFY(d.exec(QStringLiteral("INSERT INTO evidence(case_id, title, sha256, "
                                              "created_at) VALUES(1, 'e', '%1', '2026')")
                                   .arg(QString(64, QChar(u'a' + i)))));
        }
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        Database& d = *db.value();
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(DISTINCT uuid) FROM evidence")), 2);
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM evidence WHERE uuid IS NULL")), 0);
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
        SyncEngine engine(d, m_dir.filePath(QStringLiteral("ev")), QStringLiteral("t"));
        QCOMPARE(engine.enqueueUnsynced().value(), 3);
        auto rows = SyncStore(d).outbox();
        QCOMPARE(rows->first().type, QStringLiteral("case"));
        QCOMPARE(rows->at(1).body.value(QStringLiteral("case_uuid")).toString(),
                 QStringLiteral("c-1"));
    }

    void conflictResolution()
    {
        CaseRepository repo(*m_db, QStringLiteral("t"));
        CaseRecord c = sampleCase(8);
        QVERIFY(repo.create(c));
        SyncStore store(*m_db);
        auto rows = store.outbox();
        QVERIFY(store.markAccepted(rows->first(), 1));
        c.summary = QStringLiteral("mine");
        QVERIFY(repo.update(c));
        rows = store.outbox();
        QVERIFY(store.markInflight(rows->first().id, 1));
        QJsonObject theirs = rows->first().body;
        theirs[QStringLiteral("summary")] = QStringLiteral("theirs");
        theirs[QStringLiteral("judge")] = QStringLiteral("李");
        QVERIFY(store.markConflict(rows->first(), 2, false, theirs));
        QCOMPARE((store.openConflictCount()).value(), 1);
        auto conflicts = store.openConflicts();
        QJsonObject merged = conflicts->first().serverBody;
        merged[QStringLiteral("summary")] = QStringLiteral("mine");
        auto r = SyncApplier(*m_db, QStringLiteral("t")).resolveWith(conflicts->first().id, merged);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE((store.openConflictCount()).value(), 0);
        rows = store.outbox();
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().state, QStringLiteral("pending"));
        QVERIFY(rows->first().mutationId != conflicts->first().mutationId);
        QCOMPARE((store.serverVersion(QStringLiteral("case"), c.uuid).value()), qint64(2));
        auto local = repo.load(c.id);
        QCOMPARE(local->summary, QStringLiteral("mine"));
        QCOMPARE(local->judge, QStringLiteral("李"));
    }
};

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_sync_outbox.moc"
