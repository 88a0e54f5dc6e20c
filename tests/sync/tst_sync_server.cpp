// Sync against the real courtdesk-server (SQLite backend) through fault proxies: a seeded model
// test with three desks under partitions and faults, an offline day, a one-field change on the
// wire, the server killed mid-upload, and bad answers.
#include "synctestutil.h"

#include "evidence/evidencerepository.h"
#include "evidence/originalstore.h"
#include "sync/recordcodec.h"
#include "sync/syncapply.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace cd;
using namespace synctest;

namespace {

const QString kPassword = QStringLiteral("correct horse 骏马");

CaseRecord makeCase(const QString& court, int n, QRandomGenerator& rng)
{
    static const QStringList causes{QStringLiteral("民间借贷纠纷"), QStringLiteral("买卖合同纠纷"),
                                    QStringLiteral("离婚纠纷"), QStringLiteral("劳动争议")};
    static const QStringList names{QStringLiteral("张伟"), QStringLiteral("王芳"),
                                   QStringLiteral("李娜"), QStringLiteral("刘洋"),
                                   QStringLiteral("陈静")};
    CaseRecord c;
    c.caseNumber = QStringLiteral("（2026）%1民初%2号").arg(court).arg(n);
    c.cause = causes.at(rng.bounded(causes.size()));
    c.filedOn = QDate(2026, 1, 1).addDays(rng.bounded(200));
    c.judge = names.at(rng.bounded(names.size()));
    c.claimFen = rng.bounded(1, 100000000);
    c.summary = QStringLiteral("原告诉称借款%1元未还。").arg(rng.bounded(1000, 99999));
    Party a;
    a.role = QStringLiteral("plaintiff");
    a.name = names.at(rng.bounded(names.size()));
    a.address = QStringLiteral("兰州市城关区庆阳路%1号").arg(rng.bounded(1, 500));
    Party b;
    b.role = QStringLiteral("defendant");
    b.name = names.at(rng.bounded(names.size())) + QStringLiteral("某");
    c.parties << a << b;
    return c;
}

void editCase(CaseRecord& c, QRandomGenerator& rng)
{
    switch (rng.bounded(4)) {
    case 0:
        c.summary = QStringLiteral("补充：%1").arg(rng.bounded(1000000));
        break;
    case 1:
        c.claimFen = rng.bounded(1, 100000000);
        break;
    case 2:
        c.judge = QStringLiteral("法官%1").arg(rng.bounded(100));
        break;
    default:
        c.panel = QStringLiteral("审判员%1、人民陪审员%2").arg(rng.bounded(9)).arg(rng.bounded(9));
        break;
    }
}

QVector<qint64> caseIds(Database& db)
{
    QVector<qint64> ids;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT id FROM cases ORDER BY id"));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// uuid -> wire body of every case on a desk.
QMap<QString, QJsonObject> caseBodies(Desk& d)
{
    QMap<QString, QJsonObject> out;
    CaseRepository repo = d.cases();
    for (qint64 id : caseIds(d.db())) {
        auto c = repo.load(id);
        if (c)
            out.insert(c->uuid, RecordCodec::caseToJson(c.value()));
    }
    return out;
}

// uuid -> wire body of every evidence item on a desk.
QMap<QString, QJsonObject> evidenceBodies(Desk& d)
{
    QMap<QString, QJsonObject> out;
    QSqlQuery q(d.db().sql());
    q.exec(QStringLiteral("SELECT id FROM evidence ORDER BY id"));
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids) {
        auto b = SyncStore(d.db()).evidenceBody(id);
        if (b && !b->isEmpty())
            out.insert(b->value(QStringLiteral("uuid")).toString(), b.value());
    }
    return out;
}

QVector<qint64> evidenceIds(Database& db)
{
    QVector<qint64> ids;
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("SELECT id FROM evidence ORDER BY id"));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

int scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList mutationIds(Desk& d)
{
    QStringList ids;
    const auto rows = SyncStore(d.db()).outbox();
    for (const OutboxEntry& e : rows.value())
        ids << e.mutationId;
    return ids;
}

} // namespace

class TestSyncServer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;

    void addUsers(const QString& court, const QStringList& names,
                  const QString& role = QStringLiteral("judge"))
    {
        for (const QString& n : names)
            QVERIFY2(m_server->addUser(court, role, n, kPassword), qPrintable(n));
    }

private slots:
    void initTestCase()
    {
        if (serverBinary().isEmpty() || !QFile::exists(serverBinary()))
            QSKIP("COURTDESK_SERVER is not set: build courtdesk-server (server branch).");
        QVERIFY(m_serverDir.isValid());
        m_server = std::make_unique<ServerProcess>(m_serverDir.path());
        addUsers(QStringLiteral("甘0105"), {QStringLiteral("m1"), QStringLiteral("m2"),
                                            QStringLiteral("m3"), QStringLiteral("m4")});
        addUsers(QStringLiteral("甘0106"), {QStringLiteral("o1"), QStringLiteral("o2")});
        addUsers(QStringLiteral("甘0107"), {QStringLiteral("f1")});
        addUsers(QStringLiteral("甘0108"), {QStringLiteral("u1"), QStringLiteral("u2")});
        addUsers(QStringLiteral("甘0109"), {QStringLiteral("b1")});
        addUsers(QStringLiteral("甘0111"), {QStringLiteral("k1")}, QStringLiteral("clerk"));
        addUsers(QStringLiteral("甘0112"), {QStringLiteral("d1"), QStringLiteral("d2")});
        addUsers(QStringLiteral("甘0113"), {QStringLiteral("c1")});
        addUsers(QStringLiteral("甘0114"), {QStringLiteral("x1")});
        QVERIFY(m_server->start());
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    // Three desks make random creates, edits and deletes and sync under random partitions and
    // faults; then everything quiesces and is checked against a model of the server.
    void modelThreeDesks()
    {
        const quint32 seed = qEnvironmentVariableIsSet("COURTDESK_SYNC_SEED")
                                 ? qEnvironmentVariable("COURTDESK_SYNC_SEED").toUInt()
                                 : 20261128u;
        const int steps = qEnvironmentVariableIntValue("COURTDESK_SYNC_STEPS") > 0
                              ? qEnvironmentVariableIntValue("COURTDESK_SYNC_STEPS")
                              : 160;
        qInfo() << "model seed" << seed << "steps" << steps;
        QRandomGenerator rng(seed);
        const QString court = QStringLiteral("甘0105");
        std::vector<std::unique_ptr<Desk>> desks;
        for (const char* u : {"m1", "m2", "m3"})
            desks.push_back(
                std::make_unique<Desk>(QString::fromLatin1(u), kPassword, m_server->port()));

        // The model: the server's version of every record as the answers reveal it, and the
        // last acknowledged write of each.
        struct Ack
        {
            qint64 version = 0;
            bool deleted = false;
            QJsonObject body;
        };
        QHash<QString, qint64> serverVersion;
        QHash<QString, Ack> acked;
        QSet<QString> acceptedSeen; // "type/uuid@version" of every accepted answer
        QStringList lagging;        // versions the model learnt of before their accept
        QStringList modelErrors;
        int predictedConflicts = 0, observedConflicts = 0, accepted = 0;
        for (auto& d : desks) {
            d->engine->setResultObserver([&](const OutboxEntry& e, const QString& status,
                                             qint64 version) {
                const QString k = SyncStore::key(e.type, e.uuid);
                const qint64 cur = serverVersion.value(k);
                if (status == QLatin1String("accepted")) {
                    ++accepted;
                    acceptedSeen.insert(k + u'@' + QString::number(version));
                    if (version != e.sentBase + 1)
                        modelErrors << QStringLiteral("%1 accepted as v%2 on base %3")
                                           .arg(k)
                                           .arg(version)
                                           .arg(e.sentBase);
                    // A base above what the model knows was made by an accept whose answer is
                    // still on its way (cut); it must show up before the end.
                    if (e.sentBase > cur)
                        lagging << k + u'@' + QString::number(e.sentBase);
                    if (version > cur) {
                        if (e.sentBase < cur)
                            modelErrors << QStringLiteral("%1 accepted on stale base %2 (server "
                                                          "at %3)")
                                               .arg(k)
                                               .arg(e.sentBase)
                                               .arg(cur);
                        serverVersion[k] = version;
                        acked[k] = Ack{version, e.op == QLatin1String("delete"), e.body};
                    }
                } else if (status == QLatin1String("conflict")) {
                    ++observedConflicts;
                    if (version < cur) {
                        modelErrors << QStringLiteral("%1 conflict names v%2, model has v%3")
                                           .arg(k)
                                           .arg(version)
                                           .arg(cur);
                    } else if (version == cur) {
                        if (e.sentBase == cur)
                            modelErrors << QStringLiteral("%1 conflict on the current base %2")
                                               .arg(k)
                                               .arg(cur);
                        else
                            ++predictedConflicts;
                    } else {
                        // The server is ahead of the model by an accept not yet heard of.
                        lagging << k + u'@' + QString::number(version);
                        ++predictedConflicts;
                    }
                } else {
                    modelErrors << QStringLiteral("%1 rejected").arg(k);
                }
            });
        }

        int nextNumber = 1, faults = 0, failedRounds = 0, evidenceOps = 0;
        for (int step = 0; step < steps; ++step) {
            Desk& d = *desks[rng.bounded(int(desks.size()))];
            const int r = rng.bounded(100);
            const QVector<qint64> ids = caseIds(d.db());
            if (r < 25 || ids.isEmpty()) {
                CaseRecord c = makeCase(court, nextNumber++, rng);
                auto ok = d.cases().create(c);
                QVERIFY2(ok, qPrintable(ok.errorMessage()));
            } else if (r < 55) {
                auto c = d.cases().load(ids.at(rng.bounded(ids.size())));
                QVERIFY(c);
                CaseRecord rec = c.value();
                editCase(rec, rng);
                auto ok = d.cases().update(rec);
                QVERIFY2(ok, qPrintable(ok.errorMessage()));
            } else if (r < 62) {
                auto ok = d.cases().remove(ids.at(rng.bounded(ids.size())));
                QVERIFY2(ok, qPrintable(ok.errorMessage()));
            } else if (r < 68) {
                // Evidence with a small original: its blob goes up before the record.
                QByteArray bytes(rng.bounded(1000, 200000), Qt::Uninitialized);
                for (char& ch : bytes)
                    ch = char(rng.bounded(256));
                const QString src = d.dir.filePath(QStringLiteral("import.bin"));
                QFile f(src);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(bytes);
                f.close();
                auto stored = OriginalStore(d.profile->evidenceDir()).store(src);
                QVERIFY2(stored, qPrintable(stored.errorMessage()));
                EvidenceItem item;
                item.caseId = ids.at(rng.bounded(ids.size()));
                item.title = QStringLiteral("证据%1").arg(step);
                item.fileName = QStringLiteral("scan%1.pdf").arg(step);
                item.mediaType = QStringLiteral("application/pdf");
                item.sha256 = stored->sha256;
                item.sizeBytes = bytes.size();
                auto ok = EvidenceRepository(d.db(), d.m_user).create(item);
                QVERIFY2(ok, qPrintable(ok.errorMessage()));
                ++evidenceOps;
            } else if (r < 72) {
                const QVector<qint64> items = evidenceIds(d.db());
                if (!items.isEmpty()) {
                    auto ok = EvidenceRepository(d.db(), d.m_user)
                                  .updateListEntry(items.at(rng.bounded(items.size())),
                                                   QStringLiteral("改名%1").arg(step),
                                                   QStringLiteral("原告"),
                                                   QStringLiteral("证明%1").arg(rng.bounded(99)));
                    QVERIFY2(ok, qPrintable(ok.errorMessage()));
                    ++evidenceOps;
                }
            } else {
                const int f = rng.bounded(6);
                if (f == 1)
                    d.proxy.setPartitioned(true);
                else if (f == 2)
                    d.proxy.setRandomFaults(0.5, rng.generate());
                else if (f == 3)
                    d.proxy.faultNext(FaultProxy::Fault::CutRequest, rng.bounded(1, 4000));
                else if (f == 4)
                    d.proxy.faultNext(FaultProxy::Fault::TruncateResponse, rng.bounded(1, 4000));
                else if (f == 5)
                    d.proxy.setDelayMs(rng.bounded(50, 300));
                faults += f != 0;
                auto round = d.round();
                failedRounds += !round;
                d.proxy.setPartitioned(false);
                d.proxy.setRandomFaults(0, 0);
                d.proxy.faultNext(FaultProxy::Fault::None);
                d.proxy.setDelayMs(0);
            }
        }
        qInfo() << "model: faults" << faults << "failed rounds" << failedRounds
                << "evidence operations" << evidenceOps;

        // Quiesce: sync every desk until all agree, resolving conflicts as a person would
        // (alternately the server's version and a field-by-field merge keeping our summary).
        int resolved = 0;
        bool settled = false;
        for (int pass = 0; pass < 8 && !settled; ++pass) {
            settled = true;
            for (auto& d : desks) {
                auto round = d->round();
                QVERIFY2(round, qPrintable(round.errorMessage() + u' ' + round.error().detail));
                auto conflicts = SyncStore(d->db()).openConflicts();
                for (const ConflictEntry& c : conflicts.value()) {
                    SyncApplier applier(d->db(), d->m_user);
                    Result<void> ok;
                    if (resolved % 2 == 0 || c.serverDeleted || c.localDeleted ||
                        c.type != QLatin1String("case")) {
                        ok = applier.takeTheirs(c.id);
                    } else {
                        QJsonObject merged = c.serverBody;
                        merged[QStringLiteral("summary")] =
                            c.localBody.value(QStringLiteral("summary"));
                        ok = applier.resolveWith(c.id, merged);
                    }
                    QVERIFY2(ok, qPrintable(ok.errorMessage()));
                    ++resolved;
                }
                if (!round->digestsEqual || round->outboxLeft > 0 || !conflicts->isEmpty())
                    settled = false;
                if (pass >= 6 && !settled) {
                    QStringList rows;
                    // Held here: value() of a temporary Result would dangle in the loop.
                    const auto outbox = SyncStore(d->db()).outbox();
                    for (const OutboxEntry& e : outbox.value())
                        rows << QStringLiteral("%1 %2 %3 base %4 %5 %6")
                                    .arg(e.type, e.uuid.left(8), e.op)
                                    .arg(e.sentBase)
                                    .arg(e.state, e.error);
                    qInfo().noquote()
                        << d->m_user << "pass" << pass << "digests" << round->digestsEqual
                        << "outbox" << round->outboxLeft << "conflicts" << conflicts->size()
                        << "apply problems" << round->applyProblems << round->firstApplyProblem
                        << rows.join(QStringLiteral("; "));
                }
            }
        }
        if (!settled) {
            // Diagnostics: what a fresh desk (the server's state) has that the others do not.
            Desk probe(QStringLiteral("m4"), kPassword, m_server->port());
            (void)probe.round();
            const auto records = [](Desk& d) {
                QSet<QString> out;
                QSqlQuery q(d.db().sql());
                q.exec(QStringLiteral(
                    "SELECT 'case', uuid, server_version, 0 FROM cases WHERE server_version > 0 "
                    "UNION ALL SELECT 'evidence', uuid, server_version, 0 FROM evidence WHERE "
                    "server_version > 0 UNION ALL SELECT type, record_uuid, version, 1 FROM "
                    "sync_tombstones"));
                while (q.next())
                    out << QStringLiteral("%1/%2 v%3 d%4")
                               .arg(q.value(0).toString(), q.value(1).toString())
                               .arg(q.value(2).toLongLong())
                               .arg(q.value(3).toInt());
                return out;
            };
            const QSet<QString> server = records(probe);
            for (auto& d : desks) {
                const QSet<QString> mine = records(*d);
                qInfo().noquote() << d->m_user
                                  << "missing:" << QStringList((server - mine).values()).join(u',')
                                  << "extra:" << QStringList((mine - server).values()).join(u',')
                                  << "cursor" << SyncStore(d->db()).account()->cursor;
            }
        }
        QVERIFY(settled);
        for (auto& d : desks) { // everyone sees the last writes
            auto round = d->round();
            QVERIFY(round);
            QVERIFY(round->digestsEqual);
        }
        QVERIFY2(modelErrors.isEmpty(), qPrintable(modelErrors.join(u'\n')));
        for (const QString& v : lagging)
            QVERIFY2(acceptedSeen.contains(v), qPrintable(v + QStringLiteral(" never accepted")));

        // Every conflict was surfaced: stored on a desk exactly as often as the server answered
        // with one, and each answer was one the model predicted.
        int stored = 0;
        for (auto& d : desks)
            stored += scalar(d->db(), QStringLiteral("SELECT count(*) FROM sync_conflicts"));
        qInfo() << "model: accepted" << accepted << "conflicts" << observedConflicts << "stored"
                << stored << "resolved" << resolved;
        QCOMPARE(stored, observedConflicts);
        QCOMPARE(predictedConflicts, observedConflicts);
        QCOMPARE(resolved, stored);

        // A fresh desk reads the server's state; every desk agrees with it field by field, and
        // every acknowledged write is there (or superseded by a later acknowledged one).
        Desk fresh(QStringLiteral("m4"), kPassword, m_server->port());
        auto fr = fresh.round();
        QVERIFY2(fr, qPrintable(fr.errorMessage()));
        QVERIFY(fr->digestsEqual);
        const QMap<QString, QJsonObject> server = caseBodies(fresh);
        for (auto& d : desks) {
            const QMap<QString, QJsonObject> mine = caseBodies(*d);
            QCOMPARE(mine.keys(), server.keys());
            for (auto it = server.cbegin(); it != server.cend(); ++it)
                QCOMPARE(mine.value(it.key()), it.value());
        }
        const QMap<QString, QJsonObject> serverEvidence = evidenceBodies(fresh);
        for (auto& d : desks)
            QCOMPARE(evidenceBodies(*d), serverEvidence);
        // Every original arrived, verified, on the fresh desk.
        for (const QJsonObject& e : serverEvidence)
            QVERIFY(OriginalStore(fresh.profile->evidenceDir())
                        .verify(e.value(QStringLiteral("sha256")).toString()));
        int checked = 0;
        for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
            const QString type = it.key().section(u'/', 0, 0);
            const QString uuid = it.key().section(u'/', 1);
            const QMap<QString, QJsonObject>& state =
                type == QLatin1String("case") ? server : serverEvidence;
            const qint64 v = SyncStore(fresh.db()).serverVersion(type, uuid).value();
            QCOMPARE(v, it->version);
            if (it->deleted)
                QVERIFY2(!state.contains(uuid), qPrintable(uuid));
            else {
                QStringList differ;
                for (const QString& f : it->body.keys()) {
                    if (state.value(uuid).value(f) != it->body.value(f))
                        differ << f;
                }
                QVERIFY2(differ.isEmpty(), qPrintable(it.key() + u' ' + differ.join(u',')));
            }
            ++checked;
        }
        qInfo() << "model: acknowledged records checked" << checked << "evidence items"
                << serverEvidence.size();
        QVERIFY(checked > 10);
        QByteArray out;
        QCOMPARE(m_server->admin({QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
    }

    // A day offline: 500 changes on one desk, then one round. Nothing is lost.
    void offlineDay()
    {
        QRandomGenerator rng(7);
        const QString court = QStringLiteral("甘0106");
        Desk a(QStringLiteral("o1"), kPassword, m_server->port());
        QElapsedTimer t;
        t.start();
        int changes = 0, n = 1;
        while (changes < 500) {
            const QVector<qint64> ids = caseIds(a.db());
            const int r = rng.bounded(100);
            if (r < 40 || ids.size() < 5) {
                CaseRecord c = makeCase(court, n++, rng);
                QVERIFY(a.cases().create(c));
            } else if (r < 92) {
                auto c = a.cases().load(ids.at(rng.bounded(ids.size())));
                CaseRecord rec = c.value();
                editCase(rec, rng);
                QVERIFY(a.cases().update(rec));
            } else {
                QVERIFY(a.cases().remove(ids.at(rng.bounded(ids.size()))));
            }
            ++changes;
        }
        const int outbox = SyncStore(a.db()).outboxCount().value();
        a.proxy.resetCounters();
        t.restart();
        auto round = a.round();
        QVERIFY2(round, qPrintable(round.errorMessage()));
        const qint64 ms = t.elapsed();
        qInfo().noquote() << QStringLiteral(
                                 "offline day: %1 changes, %2 outbox rows after coalescing, %3 "
                                 "cases; one round %4 ms, wire bytes up %5 down %6")
                                 .arg(changes)
                                 .arg(outbox)
                                 .arg(caseIds(a.db()).size())
                                 .arg(ms)
                                 .arg(a.proxy.bytesUp())
                                 .arg(a.proxy.bytesDown());
        QCOMPARE(round->pushed, outbox);
        QCOMPARE(round->outboxLeft, 0);
        QVERIFY(round->digestsEqual);
        Desk b(QStringLiteral("o2"), kPassword, m_server->port());
        auto rb = b.round();
        QVERIFY(rb);
        QVERIFY(rb->digestsEqual);
        QCOMPARE(caseBodies(b), caseBodies(a));
    }

    // One field of one case changes: the push round stays small on the wire.
    void oneFieldChangeIsSmall()
    {
        QRandomGenerator rng(11);
        Desk a(QStringLiteral("f1"), kPassword, m_server->port());
        for (int i = 1; i <= 30; ++i) {
            CaseRecord c = makeCase(QStringLiteral("甘0107"), i, rng);
            QVERIFY(a.cases().create(c));
        }
        QVERIFY(a.round());
        auto c = a.cases().load(caseIds(a.db()).at(5)).value();
        c.summary = QStringLiteral("当事人已达成调解协议。");
        QVERIFY(a.cases().update(c));
        a.proxy.resetCounters();
        auto round = a.round();
        QVERIFY(round);
        QCOMPARE(round->pushed, 1);
        QVERIFY(round->digestsEqual);
        const qint64 total = a.proxy.bytesUp() + a.proxy.bytesDown();
        qInfo().noquote() << QStringLiteral("one-field change: %1 bytes up, %2 down, %3 total")
                                 .arg(a.proxy.bytesUp())
                                 .arg(a.proxy.bytesDown())
                                 .arg(total);
        QVERIFY2(total < 5000, qPrintable(QString::number(total)));
    }

    // kill -9 of the server during a chunked upload; the restarted server keeps the chunks and
    // the desk resumes from its offset; a second desk downloads and verifies the file.
    void serverKilledMidUpload()
    {
        QRandomGenerator rng(13);
        Desk a(QStringLiteral("u1"), kPassword, m_server->port());
        CaseRecord c = makeCase(QStringLiteral("甘0108"), 1, rng);
        QVERIFY(a.cases().create(c));
        const qint64 size = 6 * 1024 * 1024 + 123;
        QByteArray bytes(size, Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            bytes[i] = char(rng.bounded(256));
        const QString src = a.dir.filePath(QStringLiteral("scan.pdf"));
        QFile f(src);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto stored = OriginalStore(a.profile->evidenceDir()).store(src);
        QVERIFY(stored);
        EvidenceItem item;
        item.caseId = c.id;
        item.title = QStringLiteral("借条扫描件");
        item.fileName = QStringLiteral("scan.pdf");
        item.mediaType = QStringLiteral("application/pdf");
        item.sha256 = stored->sha256;
        item.sizeBytes = size;
        QVERIFY(EvidenceRepository(a.db(), QStringLiteral("u1")).create(item));

        bool killed = false;
        a.proxy.onUp = [&](qint64 up) {
            if (!killed && up > 3 * 1024 * 1024) {
                killed = true;
                m_server->kill9();
            }
        };
        auto first = a.round();
        if (!first)
            qInfo() << "round during the kill:" << first.errorMessage() << first.error().detail;
        QVERIFY(killed);
        QVERIFY(!first);
        a.proxy.onUp = nullptr;
        QVERIFY(m_server->start());
        a.proxy.setUpstreamPort(m_server->port());
        a.proxy.resetCounters();
        auto second = a.round();
        QVERIFY2(second, qPrintable(second.errorMessage() + u' ' + second.error().detail));
        QCOMPARE(second->blobsUploaded, 1);
        QVERIFY(second->digestsEqual);
        qInfo() << "resumed upload: sent" << a.proxy.bytesUp() << "bytes of" << size;
        QVERIFY2(a.proxy.bytesUp() < size - 1024 * 1024, "the upload did not resume");

        // The second desk's download is cut after 1.5 MiB; the next round resumes it.
        Desk b(QStringLiteral("u2"), kPassword, m_server->port());
        b.proxy.faultAll(FaultProxy::Fault::TruncateResponse, 1536 * 1024);
        b.engine->client().setMaxAttempts(1);
        auto cut = b.round();
        QVERIFY(!cut);
        const QString part =
            QDir(b.profile->evidenceDir()).filePath(stored->sha256 + QStringLiteral(".part"));
        QVERIFY(QFileInfo(part).size() > 0);
        qInfo() << "download cut with" << QFileInfo(part).size() << "bytes kept";
        b.proxy.faultAll(FaultProxy::Fault::None);
        b.proxy.resetCounters();
        auto rb = b.round();
        QVERIFY2(rb, qPrintable(rb.errorMessage()));
        QCOMPARE(rb->blobsDownloaded, 1);
        qInfo() << "resumed download: received" << b.proxy.bytesDown() << "bytes of" << size;
        QVERIFY2(b.proxy.bytesDown() < size - 1024 * 1024, "the download did not resume");
        QVERIFY(!QFile::exists(part));
        QVERIFY(rb->digestsEqual);
        QVERIFY(OriginalStore(b.profile->evidenceDir()).verify(stored->sha256));
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT count(*) FROM evidence")), 1);
    }

    // https with the court's CA only: a server whose certificate another CA signed is refused;
    // plain http is refused off loopback.
    void tlsTrustsOnlyTheCourtCa()
    {
        QTemporaryDir certs;
        const auto run = [&](const QStringList& args) {
            QProcess p;
            p.setWorkingDirectory(certs.path());
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral("openssl"), args);
            return p.waitForFinished(60000) && p.exitCode() == 0;
        };
        QFile ext(certs.filePath(QStringLiteral("ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n");
        ext.close();
        const QString rsa = QStringLiteral("rsa:2048");
        QVERIFY(run({"req", "-x509", "-newkey", rsa, "-nodes", "-keyout", "ca.key", "-out",
                     "ca.pem", "-days", "30", "-subj", "/CN=Test Court CA"}));
        QVERIFY(run({"req", "-newkey", rsa, "-nodes", "-keyout", "srv.key", "-out", "srv.csr",
                     "-subj", "/CN=127.0.0.1"}));
        QVERIFY(run({"x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                     "-CAcreateserial", "-out", "srv.pem", "-days", "30", "-extfile", "ext"}));
        QVERIFY(run({"req", "-x509", "-newkey", rsa, "-nodes", "-keyout", "other.key", "-out",
                     "other.pem", "-days", "30", "-subj", "/CN=Other CA"}));

        QTemporaryDir data;
        ServerProcess tls(data.path());
        tls.extraArgs = {QStringLiteral("--cert"), certs.filePath(QStringLiteral("srv.pem")),
                         QStringLiteral("--key"), certs.filePath(QStringLiteral("srv.key"))};
        QVERIFY(tls.addUser(QStringLiteral("甘0110"), QStringLiteral("judge"), QStringLiteral("t1"),
                            kPassword));
        QVERIFY(tls.start());
        QRandomGenerator rng(19);
        Desk a(QStringLiteral("t1"), kPassword, tls.port());
        CaseRecord c = makeCase(QStringLiteral("甘0110"), 1, rng);
        QVERIFY(a.cases().create(c));
        a.scheme = QStringLiteral("https");
        a.caFile = certs.filePath(QStringLiteral("other.pem"));
        auto wrong = a.round();
        QVERIFY(!wrong);
        qInfo() << "wrong CA:" << wrong.errorMessage() << wrong.error().detail;
        QCOMPARE(wrong.error().code, ErrorCode::Network);
        QCOMPARE(SyncStore(a.db()).outboxCount().value(), 1);
        a.caFile = certs.filePath(QStringLiteral("ca.pem"));
        auto right = a.round();
        QVERIFY2(right, qPrintable(right.errorMessage() + u' ' + right.error().detail));
        QCOMPARE(right->pushed, 1);
        QVERIFY(right->digestsEqual);

        SyncClient client;
        QVERIFY(!client.configure(QStringLiteral("http://192.0.2.10:8080"), {}));
        QVERIFY(!client.configure(QStringLiteral("https://127.0.0.1:1"), {}));
        QVERIFY(client.configure(QStringLiteral("http://[::1]:8080"), {}));
    }

    // A mutation the server refuses (a clerk pushing a closed case) stays in the outbox with a
    // translated reason; the rest of the outbox still goes through.
    void rejectedIsKeptAndSurfaced()
    {
        QRandomGenerator rng(23);
        Desk a(QStringLiteral("k1"), kPassword, m_server->port());
        CaseRecord closed = makeCase(QStringLiteral("甘0111"), 1, rng);
        closed.status = QStringLiteral("closed");
        closed.closedOn = closed.filedOn.addDays(30);
        QVERIFY(a.cases().create(closed));
        CaseRecord open = makeCase(QStringLiteral("甘0111"), 2, rng);
        QVERIFY(a.cases().create(open));
        auto r = a.round();
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->rejected, 1);
        QCOMPARE(r->pushed, 1);
        QCOMPARE(r->outboxLeft, 1);
        QVERIFY(!r->firstRejection.isEmpty());
        qInfo() << "rejection:" << r->firstRejection;
        const auto rows = SyncStore(a.db()).outbox();
        QCOMPARE(rows->first().uuid, closed.uuid);
        QCOMPARE(rows->first().error, r->firstRejection);
        // Rejected again next round, with the same mutation id, and nothing else changes.
        const QString id = rows->first().mutationId;
        auto again = a.round();
        QVERIFY(again);
        QCOMPARE(again->rejected, 1);
        QCOMPARE(SyncStore(a.db()).outbox()->first().mutationId, id);
    }

    // The same case number registered on two desks offline: both reach the server (they are
    // different records); neither desk can store the other's, so the change waits, the round
    // says why, and nothing is overwritten.
    void sameCaseNumberOnTwoDesks()
    {
        QRandomGenerator rng(29);
        Desk a(QStringLiteral("d1"), kPassword, m_server->port());
        Desk b(QStringLiteral("d2"), kPassword, m_server->port());
        CaseRecord ca = makeCase(QStringLiteral("甘0112"), 5, rng);
        CaseRecord cb = makeCase(QStringLiteral("甘0112"), 5, rng);
        QVERIFY(a.cases().create(ca));
        QVERIFY(b.cases().create(cb));
        QVERIFY(a.round());
        auto rb = b.round();
        QVERIFY2(rb, qPrintable(rb.errorMessage()));
        QCOMPARE(rb->pushed, 1);
        QCOMPARE(rb->applyProblems, 1);
        QVERIFY(!rb->digestsEqual);
        QVERIFY(rb->firstApplyProblem.contains(cb.caseNumber));
        qInfo() << rb->firstApplyProblem;
        QCOMPARE(b.cases().load(cb.id)->summary, cb.summary); // ours untouched
        // Renumbering ours on desk B lets A's record in.
        CaseRecord renamed = b.cases().load(cb.id).value();
        renamed.caseNumber = QStringLiteral("（2026）甘0112民初6号");
        QVERIFY(b.cases().update(renamed));
        auto again = b.round();
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->applyProblems, 0);
        QVERIFY(again->digestsEqual);
        QCOMPARE(caseIds(b.db()).size(), 2);
    }

    // courtdesk-cli sync: 0 only when desk and server agree, a message otherwise.
    void cliExitCodes()
    {
        const QString cli = qEnvironmentVariable("COURTDESK_CLI");
        if (cli.isEmpty())
            QSKIP("COURTDESK_CLI is not set");
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("desk"));
        const QString good = dir.filePath(QStringLiteral("pw"));
        const QString bad = dir.filePath(QStringLiteral("bad"));
        for (const auto& [file, text] :
             {std::pair{good, kPassword}, std::pair{bad, QStringLiteral("wrong-password")}}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        QProcess demo;
        demo.start(cli, {QStringLiteral("demo"), QStringLiteral("--profile"), profile,
                         QStringLiteral("--cases"), QStringLiteral("25"), QStringLiteral("--court"),
                         QStringLiteral("甘0113")});
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 0);
        const auto sync = [&](const QString& pw, QByteArray* out) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(cli, {QStringLiteral("sync"), QStringLiteral("--profile"), profile,
                          QStringLiteral("--server"),
                          QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()),
                          QStringLiteral("--user"), QStringLiteral("c1"),
                          QStringLiteral("--password-file"), pw});
            if (!p.waitForFinished(120000))
                return -1;
            *out = p.readAll();
            return p.exitCode();
        };
        QByteArray out;
        QVERIFY(sync(bad, &out) != 0);
        QVERIFY2(!out.trimmed().isEmpty(), out.constData());
        qInfo() << "wrong password:" << out.trimmed();
        QCOMPARE(sync(good, &out), 0);
        QVERIFY2(out.contains("25"), out.constData());
        qInfo() << "first sync:" << out.trimmed();
        QCOMPARE(sync(good, &out), 0); // nothing to do, still agreed
        // The server unreachable: non-zero with a message, the profile keeps its state.
        m_server->stop();
        const int rc = sync(good, &out);
        QVERIFY(m_server->start());
        QVERIFY(rc != 0);
        qInfo() << "server down:" << out.trimmed();
    }

    // A stop request (the app closing) ends the round between requests; nothing is lost.
    void cancelStopsTheRound()
    {
        QRandomGenerator rng(31);
        Desk a(QStringLiteral("x1"), kPassword, m_server->port());
        for (int i = 1; i < 4; ++i) {
            CaseRecord c = makeCase(QStringLiteral("甘0114"), i, rng);
            QVERIFY(a.cases().create(c));
        }
        std::atomic_bool stop{true};
        a.engine->setCancelFlag(&stop);
        auto r = a.round();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(SyncStore(a.db()).outboxCount().value(), 3);
        stop = false;
        auto again = a.round();
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->outboxLeft, 0);
        QVERIFY(again->digestsEqual);
    }

    // Garbage JSON and truncated answers fail the round with a message and lose nothing.
    void badAnswersLoseNothing()
    {
        QRandomGenerator rng(17);
        Desk a(QStringLiteral("b1"), kPassword, m_server->port());
        for (int i = 1; i <= 3; ++i) {
            CaseRecord c = makeCase(QStringLiteral("甘0109"), i, rng);
            QVERIFY(a.cases().create(c));
        }
        const QStringList before = mutationIds(a);
        for (auto fault : {FaultProxy::Fault::Garbage, FaultProxy::Fault::TruncateResponse}) {
            a.proxy.faultAll(fault, 40);
            auto round = a.round();
            QVERIFY(!round);
            QVERIFY(!round.errorMessage().isEmpty());
            qInfo() << "bad answer:" << round.errorMessage() << round.error().detail;
            QCOMPARE(mutationIds(a), before);
        }
        // Truncated only after the push went through: the answer is lost, the retry is
        // answered from the server's record of the first attempt.
        a.proxy.faultAll(FaultProxy::Fault::None);
        a.proxy.faultNext(FaultProxy::Fault::TruncateResponse, 4000);
        a.proxy.faultAll(FaultProxy::Fault::None);
        auto round = a.round();
        QVERIFY2(round, qPrintable(round.errorMessage()));
        QCOMPARE(round->outboxLeft, 0);
        QVERIFY(round->digestsEqual);
        QCOMPARE(caseIds(a.db()).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_sync_server.moc"
