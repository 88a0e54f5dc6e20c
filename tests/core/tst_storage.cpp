#include "audit/auditlog.h"
#include "cases/caserepository.h"
#include "cases/sortkey.h"
#include "cases/timelimits.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/profile.h"
#include "testutil_core.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;
using namespace cdtest;

namespace {

const QString kCase1 = QStringLiteral("（2026）甘0102民初7号");
const QString kCase2 = QStringLiteral("（2026）甘0102民初8号");
const QString kCase3 = QStringLiteral("（2025）甘0102刑初3号");

// Due dates of the three cases populate() writes. Case 1: civil-ordinary filed 2026-01-10,
// 10 days suspended and extended by 6 months. Case 2: civil-simplified (3 months).
QDate expectedDue(int caseId)
{
    if (caseId == 1)
        return QDate(2027, 1, 20);
    if (caseId == 2)
        return QDate(2026, 5, 1);
    TimeLimitInput in;
    in.procedure = QStringLiteral("criminal-first-instance");
    in.filed = QDate(2025, 5, 1);
    return TimeLimits::compute(in)->due;
}

QString storePath(const QTemporaryDir& dir)
{
    return dir.filePath(QStringLiteral("cases.sqlite"));
}

// Rows a store of schema `version` could hold, written with plain SQL of that version (the
// repository of today would write columns an old store does not have).
bool populate(Database& db, int version)
{
    QSqlDatabase s = db.sql();
    if (version >= 1) {
        const QString ts = QStringLiteral("2026-02-01T08:00:00.000Z");
        bool ok =
            execSql(s, QStringLiteral("INSERT INTO courts(id, code, name) VALUES(1, '甘0102', "
                                      "'兰州市城关区人民法院')"));
        const QString insertCase = QStringLiteral(
            "INSERT INTO cases(id, uuid, case_number, court_id, cause, kind, procedure, status, "
            "filed_on, closed_on, judge, panel, claim_fen, summary, created_at, updated_at, "
            "version) VALUES(?,?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,1)");
        ok = ok && execSql(s, insertCase,
                           {1, QStringLiteral("u-1"), kCase1, QStringLiteral("民间借贷纠纷"),
                            QStringLiteral("civil"), QStringLiteral("civil-ordinary"),
                            QStringLiteral("open"), QStringLiteral("2026-01-10"),
                            QVariant(QMetaType(QMetaType::QString)), QStringLiteral("马建国"),
                            QStringLiteral("陈静、刘洋"), 1234500,
                            QStringLiteral("原告诉被告借款一案。"), ts, ts});
        ok = ok && execSql(s, insertCase,
                           {2, QStringLiteral("u-2"), kCase2, QStringLiteral("买卖合同纠纷"),
                            QStringLiteral("civil"), QStringLiteral("civil-simplified"),
                            QStringLiteral("open"), QStringLiteral("2026-02-01"),
                            QVariant(QMetaType(QMetaType::QString)), QStringLiteral("李文华"),
                            QString(""), 88800, QString(""), ts, ts});
        ok = ok && execSql(s, insertCase,
                           {3, QStringLiteral("u-3"), kCase3, QStringLiteral("盗窃罪"),
                            QStringLiteral("criminal"), QStringLiteral("criminal-first-instance"),
                            QStringLiteral("closed"), QStringLiteral("2025-05-01"),
                            QStringLiteral("2025-06-20"), QStringLiteral("赵永刚"), QString(""), 0,
                            QString(""), ts, ts});
        const QString insertParty =
            QStringLiteral("INSERT INTO parties(case_id, position, role, kind, name, id_number) "
                           "VALUES(?,?,?,?,?,?)");
        ok = ok &&
             execSql(s, insertParty,
                     {1, 0, QStringLiteral("plaintiff"), QStringLiteral("person"),
                      QStringLiteral("张三"), residentId(QStringLiteral("62010219800101001"))});
        ok = ok && execSql(s, insertParty,
                           {1, 1, QStringLiteral("defendant"), QStringLiteral("person"),
                            QStringLiteral("李四"), QString("")});
        ok = ok && execSql(s, insertParty,
                           {2, 0, QStringLiteral("plaintiff"), QStringLiteral("person"),
                            QStringLiteral("欧阳娜娜"), QString("")});
        ok = ok && execSql(s, insertParty,
                           {2, 1, QStringLiteral("defendant"), QStringLiteral("organisation"),
                            QStringLiteral("甘肃恒通商贸有限公司"),
                            creditCode(QStringLiteral("91620102MA7BCDE12"))});
        ok = ok && execSql(s, insertParty,
                           {3, 0, QStringLiteral("prosecutor"), QStringLiteral("organisation"),
                            QStringLiteral("兰州市城关区人民检察院"), QString("")});
        ok = ok && execSql(s, insertParty,
                           {3, 1, QStringLiteral("accused"), QStringLiteral("person"),
                            QStringLiteral("王五"), QString("")});
        const QString insertEvent = QStringLiteral(
            "INSERT INTO events(case_id, type, starts_on, ends_on, extension_months, approved_by) "
            "VALUES(?,?,?,?,?,?)");
        const QVariant noDate(QMetaType(QMetaType::QString));
        ok = ok && execSql(s, insertEvent,
                           {1, QStringLiteral("filed"), QStringLiteral("2026-01-10"), noDate, 0,
                            QString("")});
        ok = ok && execSql(s, insertEvent,
                           {1, QStringLiteral("suspension"), QStringLiteral("2026-02-01"),
                            QStringLiteral("2026-02-10"), 0, QString("")});
        ok = ok && execSql(s, insertEvent,
                           {1, QStringLiteral("extension"), QStringLiteral("2026-06-20"), noDate, 6,
                            QStringLiteral("院长")});
        ok = ok && execSql(s,
                           QStringLiteral("INSERT INTO documents(case_id, title, created_at) "
                                          "VALUES(1, '起诉状', ?)"),
                           {ts});
        ok =
            ok && execSql(s,
                          QStringLiteral("INSERT INTO evidence(case_id, title, sha256, created_at) "
                                         "VALUES(1, '借条', ?, ?)"),
                          {QString(64, QLatin1Char('a')), ts});
        if (!ok)
            return false;
    }
    if (version >= 2) {
        AuditLog log(db);
        for (const QString& uuid : {QStringLiteral("u-1"), QStringLiteral("u-2")}) {
            if (!log.append(QStringLiteral("法官甲"), QStringLiteral("case.create"),
                            QStringLiteral("case"), uuid, QStringLiteral("{}")))
                return false;
        }
    }
    if (version >= 3) {
        // From v3 on the app indexed every case it wrote.
        SearchIndex index(db);
        for (qint64 id : {1, 2, 3}) {
            if (!index.indexCase(id))
                return false;
        }
    }
    if (version >= 4) {
        // ... and from v4 on it stored the due date.
        for (int id : {1, 2, 3}) {
            if (!execSql(db.sql(), QStringLiteral("UPDATE cases SET due_on=? WHERE id=?"),
                         {expectedDue(id).toString(Qt::ISODate), id}))
                return false;
        }
    }
    if (version >= 10) {
        // ... from v10 on the collation keys of cause, judge and parties (v11 adds the case
        // number's, which the upgrade has to fill in).
        QSqlQuery rows(db.sql());
        if (!rows.exec(QStringLiteral(
                "SELECT c.id, c.cause, c.judge, (SELECT group_concat(name, '、') FROM (SELECT "
                "name FROM parties p WHERE p.case_id = c.id ORDER BY position LIMIT 4)) FROM "
                "cases c")))
            return false;
        QVector<QVariantList> updates;
        while (rows.next())
            updates.push_back({SortKeys::key(rows.value(1).toString()),
                               SortKeys::key(rows.value(2).toString()),
                               SortKeys::key(rows.value(3).toString()), rows.value(0)});
        for (const QVariantList& binds : updates) {
            if (!execSql(db.sql(),
                         QStringLiteral("UPDATE cases SET cause_key=?, judge_key=?, parties_key=? "
                                        "WHERE id=?"),
                         binds))
                return false;
        }
    }
    return true;
}

QSet<qint64> found(Database& db, const QString& query)
{
    auto r = SearchIndex(db).search(query);
    if (!r) {
        qWarning() << "search failed:" << query << r.error().detail;
        return {qint64(-1)};
    }
    return QSet<qint64>(r.value().cbegin(), r.value().cend());
}

int count(Database& db, const QString& table)
{
    return scalar(db.sql(), QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pragmasAfterOpen()
    {
        QTemporaryDir dir;
        auto db = Database::open(storePath(dir));
        QVERIFY2(db.isOk(), qPrintable(db.errorMessage()));
        QSqlDatabase s = db.value()->sql();
        QCOMPARE(scalar(s, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(s, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(s, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());

        // A profile opens its store the same way.
        QTemporaryDir profileDir;
        auto p = Profile::open(profileDir.path());
        QVERIFY2(p.isOk(), qPrintable(p.errorMessage()));
        QSqlDatabase ps = p.value()->database().sql();
        QCOMPARE(scalar(ps, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(ps, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(ps, QStringLiteral("PRAGMA synchronous")).toInt(), 2);
        QVERIFY(QFileInfo(profileDir.filePath(QStringLiteral("evidence"))).isDir());
        QVERIFY(QFileInfo(profileDir.filePath(QStringLiteral("documents"))).isDir());
    }

    void transactionsCommitAndRollBack()
    {
        QTemporaryDir dir;
        auto db = Database::open(storePath(dir));
        QVERIFY(db.isOk());
        Database& d = *db.value();
        const auto addCourt = [&d](const QString& code) {
            return d.exec(
                QStringLiteral("INSERT INTO courts(code, name) VALUES('%1', 'x')").arg(code));
        };
        // An outer failure rolls everything back, including a committed savepoint.
        auto r = d.transaction([&]() -> Result<void> {
            if (auto a = addCourt(QStringLiteral("A")); !a)
                return a;
            if (auto inner = d.transaction([&]() { return addCourt(QStringLiteral("B")); }); !inner)
                return inner;
            return makeError(ErrorCode::InvalidInput, QStringLiteral("stop"));
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(count(d, QStringLiteral("courts")), 0);
        // An inner failure rolls back only the savepoint.
        r = d.transaction([&]() -> Result<void> {
            if (auto a = addCourt(QStringLiteral("A")); !a)
                return a;
            auto inner = d.transaction([&]() -> Result<void> {
                if (auto b = addCourt(QStringLiteral("B")); !b)
                    return b;
                return makeError(ErrorCode::Conflict, QStringLiteral("inner"));
            });
            return inner.error().code == ErrorCode::Conflict
                       ? Result<void>()
                       : Result<void>(makeError(ErrorCode::Io, QStringLiteral("unexpected")));
        });
        QVERIFY2(r.isOk(), qPrintable(r.errorMessage()));
        QCOMPARE(column(d.sql(), QStringLiteral("SELECT code FROM courts")), QStringList{"A"});
    }

    void migrationFromEveryVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int k = 0; k < Migrations::latestVersion(); ++k)
            QTest::addRow("from v%d", k) << k;
    }

    void migrationFromEveryVersion()
    {
        QFETCH(int, fromVersion);
        ClockScope clock;
        QTemporaryDir dir;
        const QString path = storePath(dir);
        {
            auto raw = Database::openRaw(path);
            QVERIFY2(raw.isOk(), qPrintable(raw.errorMessage()));
            auto m = Migrations::migrateTo(*raw.value(), fromVersion);
            QVERIFY2(m.isOk(), qPrintable(m.error().detail));
            QCOMPARE(raw.value()->schemaVersion(), fromVersion);
            QVERIFY(populate(*raw.value(), fromVersion));
        }

        auto db = Database::open(path);
        QVERIFY2(db.isOk(), qPrintable(db.errorMessage() + QLatin1Char(' ') + db.error().detail));
        Database& d = *db.value();
        QCOMPARE(d.schemaVersion(), Migrations::latestVersion());
        if (fromVersion == 0) {
            QCOMPARE(count(d, QStringLiteral("cases")), 0);
            QVERIFY(found(d, QStringLiteral("张三")).isEmpty());
            return;
        }

        // Every row written before the upgrade is still there, unchanged.
        QCOMPARE(column(d.sql(), QStringLiteral("SELECT case_number FROM cases ORDER BY id")),
                 (QStringList{kCase1, kCase2, kCase3}));
        QCOMPARE(column(d.sql(), QStringLiteral("SELECT name FROM parties ORDER BY case_id, "
                                                "position")),
                 (QStringList{"张三", "李四", "欧阳娜娜", "甘肃恒通商贸有限公司",
                              "兰州市城关区人民检察院", "王五"}));
        QCOMPARE(count(d, QStringLiteral("events")), 3);
        QCOMPARE(count(d, QStringLiteral("documents")), 1);
        QCOMPARE(count(d, QStringLiteral("evidence")), 1);
        CaseRepository repo(d, QStringLiteral("test"));
        auto c1 = repo.load(1);
        QVERIFY2(c1.isOk(), qPrintable(c1.errorMessage()));
        QCOMPARE(c1->cause, QStringLiteral("民间借贷纠纷"));
        QCOMPARE(c1->claimFen, qint64(1234500));
        QCOMPARE(c1->panel, QStringLiteral("陈静、刘洋"));
        QCOMPARE(c1->courtName, QStringLiteral("兰州市城关区人民法院"));
        QCOMPARE(c1->events.size(), 3);

        // The audit chain written at v2 still verifies, and new rows continue it.
        AuditLog log(d);
        auto v = log.verify();
        QVERIFY(v.isOk());
        QVERIFY2(v->ok, qPrintable(v->message));
        QCOMPARE(v->rowsChecked, qint64(fromVersion >= 2 ? 2 : 0));

        // Cases written before search existed (v3) must be found right after the upgrade.
        QCOMPARE(count(d, QStringLiteral("case_fts")), 3);
        QCOMPARE(found(d, QStringLiteral("张三")), QSet<qint64>{1});
        QCOMPARE(found(d, QStringLiteral("欧阳")), QSet<qint64>{2});
        QCOMPARE(found(d, QStringLiteral("恒通商贸")), QSet<qint64>{2});
        QCOMPARE(found(d, QStringLiteral("民间借贷")), QSet<qint64>{1});
        QCOMPARE(found(d, QStringLiteral("刑初3")), QSet<qint64>{3});
        QCOMPARE(repo.count(QStringLiteral("王五")).value(), 1);

        // Cases written before due dates were stored (v4) get theirs: the case list sorts and
        // badges overdue cases by that column.
        QCOMPARE(c1->dueOn, QDate(2027, 1, 20));
        QCOMPARE(repo.load(2)->dueOn, expectedDue(2));
        QCOMPARE(repo.load(3)->dueOn, expectedDue(3));
        QVERIFY(expectedDue(3).isValid());

        // Cases written before collation keys (v10) sort by pinyin right after the upgrade
        // (by code point 赵 U+8D75 would come before 马 U+9A6C, 盗 after 买).
        auto ids = [&](CaseSortColumn sort) {
            QVector<qint64> out;
            const auto rows = repo.list({QString(), sort, false, 0, -1});
            for (const CaseSummary& s : rows.value())
                out << s.id;
            return out;
        };
        QCOMPARE(ids(CaseSortColumn::Judge), (QVector<qint64>{2, 1, 3}));   // 李 马 赵
        QCOMPARE(ids(CaseSortColumn::Cause), (QVector<qint64>{3, 2, 1}));   // 盗 买 民
        QCOMPARE(ids(CaseSortColumn::Parties), (QVector<qint64>{3, 2, 1})); // 兰 欧 张
        // ... and so do case numbers (v11), each with its key.
        QCOMPARE(ids(CaseSortColumn::CaseNumber), (QVector<qint64>{3, 1, 2})); // 2025, 民初7, 8
        for (const QString& number : {kCase1, kCase2, kCase3}) {
            QCOMPARE(scalar(d.sql(),
                            QStringLiteral("SELECT case_number_key FROM cases WHERE case_number=?"),
                            {number})
                         .toByteArray(),
                     SortKeys::key(number));
        }

        // The upgraded store is fully usable by today's repository.
        CaseRecord edit = c1.value();
        edit.cause = QStringLiteral("金融借款合同纠纷");
        auto u = repo.update(edit);
        QVERIFY2(u.isOk(), qPrintable(u.errorMessage()));
        QCOMPARE(repo.load(1)->version, 2);
        QCOMPARE(found(d, QStringLiteral("金融借款")), QSet<qint64>{1});
        QVERIFY(log.verify()->ok);
    }

    void migrationIsIdempotent()
    {
        QTemporaryDir dir;
        {
            auto db = Database::open(storePath(dir));
            QVERIFY(db.isOk());
            QVERIFY(populate(*db.value(), 1));
        }
        for (int i = 0; i < 2; ++i) {
            auto db = Database::open(storePath(dir));
            QVERIFY2(db.isOk(), qPrintable(db.errorMessage()));
            QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
            QCOMPARE(count(*db.value(), QStringLiteral("cases")), 3);
        }
    }

    void newerStoreIsRefused()
    {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        const int newer = Migrations::latestVersion() + 1;
        {
            auto db = Database::open(path);
            QVERIFY(db.isOk());
            QVERIFY(db.value()->exec(QStringLiteral("PRAGMA user_version=%1").arg(newer)));
        }
        auto db = Database::open(path);
        QVERIFY(!db.isOk());
        QCOMPARE(db.error().code, ErrorCode::Unsupported);
        QVERIFY(db.errorMessage().contains(QString::number(newer)));
        auto p = Profile::open(dir.path());
        QVERIFY(!p.isOk());
        QCOMPARE(p.error().code, ErrorCode::Unsupported);
        // Nothing was downgraded or altered.
        auto raw = Database::openRaw(path);
        QVERIFY(raw.isOk());
        QCOMPARE(raw.value()->schemaVersion(), newer);
    }

    void damagedStoreGivesClearError_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("random bytes") << QStringLiteral("random");
        QTest::newRow("sqlite header, garbage after") << QStringLiteral("header");
        QTest::newRow("text file") << QStringLiteral("text");
        QTest::newRow("truncated store") << QStringLiteral("truncated");
    }

    void damagedStoreGivesClearError()
    {
        QFETCH(QString, what);
        QTemporaryDir dir;
        const QString path = storePath(dir);
        QByteArray bytes;
        QRandomGenerator rng(42);
        if (what == QLatin1String("random")) {
            bytes.resize(64 * 1024);
            rng.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        } else if (what == QLatin1String("header")) {
            bytes = QByteArray("SQLite format 3", 16);
            QByteArray rest(16 * 1024, '\0');
            rng.fillRange(reinterpret_cast<quint32*>(rest.data()), rest.size() / 4);
            bytes += rest;
        } else if (what == QLatin1String("text")) {
            bytes = QByteArray("这不是案件库。This is not a case store.\n").repeated(300);
        } else {
            QTemporaryDir src;
            {
                auto db = Database::open(storePath(src));
                QVERIFY(db.isOk());
                QVERIFY(populate(*db.value(), 1));
                QVERIFY(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
            bytes = readFile(storePath(src));
            QVERIFY(bytes.size() > 8192);
            bytes.truncate(bytes.size() / 2);
        }
        QVERIFY(writeFile(path, bytes));

        auto db = Database::open(path);
        QVERIFY(!db.isOk());
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
        QVERIFY2(db.errorMessage().contains(path), qPrintable(db.errorMessage()));
        auto p = Profile::open(dir.path());
        QVERIFY(!p.isOk());
        QCOMPARE(p.error().code, ErrorCode::Corrupt);
        // A damaged store is left as it was, for the user or a recovery tool.
        QCOMPARE(readFile(path), bytes);
    }

    void caseRoundTrip()
    {
        ClockScope clock;
        QTemporaryDir dir;
        auto db = Database::open(storePath(dir));
        QVERIFY(db.isOk());
        CaseRepository repo(*db.value(), QStringLiteral("法官甲"));

        // An ID whose check character is X, typed in lower case.
        QString idX;
        for (int seq = 0; seq < 1000 && idX.isEmpty(); ++seq) {
            const QString first17 =
                QStringLiteral("62010219850315%1").arg(seq, 3, 10, QLatin1Char('0'));
            if (IdValidators::residentIdCheckChar(first17) == QLatin1Char('X'))
                idX = first17 + QLatin1Char('X');
        }
        QVERIFY(!idX.isEmpty());
        const QString code = creditCode(QStringLiteral("91620102MA7BCDE12"));

        CaseRecord c =
            makeCase(QStringLiteral(" (2026)甘0102民初123号 "), QStringLiteral("民间借贷纠纷"),
                     {party(QStringLiteral("plaintiff"), QStringLiteral("张三"), idX.toLower()),
                      party(QStringLiteral("defendant"), QStringLiteral("甘肃恒通商贸有限公司"),
                            code.toLower(), QStringLiteral("organisation"))});
        c.parties[0].address = QStringLiteral("兰州市城关区庆阳路1号");
        c.parties[0].phone = QStringLiteral("13800000000");
        c.parties[1].agent = QStringLiteral("法定代表人王五");
        c.panel = QStringLiteral("陈静、刘洋");
        c.claimFen = 5000000;
        c.summary = QStringLiteral("借款五万元。");
        c.events << CaseEvent{0, QStringLiteral("filed"), QDate(2026, 1, 10), {}, 0, 0, {}, {}}
                 << CaseEvent{0,  QStringLiteral("hearing"), QDate(2026, 2, 20), {}, 0, 0,
                              {}, QStringLiteral("第一法庭")};
        auto id = repo.create(c);
        QVERIFY2(id.isOk(), qPrintable(id.errorMessage()));
        QVERIFY(id.value() > 0);
        QCOMPARE(c.id, id.value());
        QCOMPARE(c.caseNumber, QStringLiteral("（2026）甘0102民初123号"));

        auto loaded = repo.load(id.value());
        QVERIFY(loaded.isOk());
        const CaseRecord& l = loaded.value();
        QCOMPARE(l.caseNumber, QStringLiteral("（2026）甘0102民初123号"));
        QCOMPARE(l.courtCode, QStringLiteral("甘0102"));
        QCOMPARE(l.kind, QStringLiteral("civil"));
        QCOMPARE(l.procedure, QStringLiteral("civil-ordinary"));
        QCOMPARE(l.status, QStringLiteral("open"));
        QCOMPARE(l.cause, QStringLiteral("民间借贷纠纷"));
        QCOMPARE(l.judge, QStringLiteral("马建国"));
        QCOMPARE(l.panel, QStringLiteral("陈静、刘洋"));
        QCOMPARE(l.claimFen, qint64(5000000));
        QCOMPARE(l.summary, QStringLiteral("借款五万元。"));
        QCOMPARE(l.filedOn, QDate(2026, 1, 10));
        QVERIFY(!l.closedOn.isValid());
        QCOMPARE(l.version, 1);
        QCOMPARE(l.uuid, c.uuid);
        QVERIFY(!l.uuid.isEmpty());
        QCOMPARE(l.createdAt, clock.clock().now());
        QCOMPARE(l.updatedAt, clock.clock().now());
        QCOMPARE(l.parties.size(), 2);
        QCOMPARE(l.parties[0].name, QStringLiteral("张三"));
        QCOMPARE(l.parties[0].role, QStringLiteral("plaintiff"));
        QCOMPARE(l.parties[0].kind, QStringLiteral("person"));
        QCOMPARE(l.parties[0].idNumber, idX); // upper-case X
        QCOMPARE(l.parties[0].address, QStringLiteral("兰州市城关区庆阳路1号"));
        QCOMPARE(l.parties[0].phone, QStringLiteral("13800000000"));
        QCOMPARE(l.parties[1].name, QStringLiteral("甘肃恒通商贸有限公司"));
        QCOMPARE(l.parties[1].kind, QStringLiteral("organisation"));
        QCOMPARE(l.parties[1].idNumber, code);
        QCOMPARE(l.parties[1].agent, QStringLiteral("法定代表人王五"));
        QCOMPARE(l.events.size(), 2);
        QCOMPARE(l.events[0].type, QStringLiteral("filed"));
        QCOMPARE(l.events[1].type, QStringLiteral("hearing"));
        QCOMPARE(l.events[1].startsOn, QDate(2026, 2, 20));
        QCOMPARE(l.events[1].note, QStringLiteral("第一法庭"));
        QCOMPARE(l.dueOn, QDate(2026, 7, 10));

        // Lookups accept the number as typed.
        QCOMPARE(repo.idForNumber(QStringLiteral("(2026)甘0102民初123号")).value(), id.value());
        QCOMPARE(repo.idForNumber(QStringLiteral("（2026）甘0102民初999号")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(repo.load(id.value() + 100).error().code, ErrorCode::NotFound);
    }

    void invalidInputWritesNothing_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("personId");
        QTest::addColumn<QString>("orgCode");
        QTest::addColumn<QString>("mention");

        const QString goodId = residentId(QStringLiteral("62010219800101001"));
        QString badId = goodId;
        badId[17] = badId[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        const QString goodCode = creditCode(QStringLiteral("91620102MA7BCDE12"));
        QString badCode = goodCode;
        badCode[17] = badCode[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        const QString number = QStringLiteral("（2026）甘0102民初5号");

        QTest::newRow("case number")
            << QStringLiteral("（2026）甘0102乱码5号") << goodId << goodCode << QString();
        QTest::newRow("case number no year")
            << QStringLiteral("甘0102民初5号") << goodId << goodCode << QString();
        QTest::newRow("resident id checksum")
            << number << badId << goodCode << QStringLiteral("张三");
        QTest::newRow("resident id short")
            << number << goodId.left(15) << goodCode << QStringLiteral("张三");
        QTest::newRow("credit code checksum")
            << number << goodId << badCode << QStringLiteral("甘肃恒通商贸有限公司");
    }

    void invalidInputWritesNothing()
    {
        QFETCH(QString, number);
        QFETCH(QString, personId);
        QFETCH(QString, orgCode);
        QFETCH(QString, mention);
        ClockScope clock;
        QTemporaryDir dir;
        auto db = Database::open(storePath(dir));
        QVERIFY(db.isOk());
        Database& d = *db.value();
        CaseRepository repo(d, QStringLiteral("法官甲"));
        CaseRecord c =
            makeCase(number, QStringLiteral("民间借贷纠纷"),
                     {party(QStringLiteral("plaintiff"), QStringLiteral("张三"), personId),
                      party(QStringLiteral("defendant"), QStringLiteral("甘肃恒通商贸有限公司"),
                            orgCode, QStringLiteral("organisation"))});
        auto r = repo.create(c);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!r.errorMessage().isEmpty());
        if (!mention.isEmpty())
            QVERIFY2(r.errorMessage().contains(mention), qPrintable(r.errorMessage()));
        QCOMPARE(c.id, qint64(0));
        for (const char* table : {"cases", "parties", "events", "courts", "audit_log", "case_fts"})
            QCOMPARE(count(d, QLatin1String(table)), 0);
        QVERIFY(!repo.validate(c).isOk());
    }

    void duplicateCaseNumberConflicts()
    {
        ClockScope clock;
        QTemporaryDir dir;
        auto db = Database::open(storePath(dir));
        QVERIFY(db.isOk());
        Database& d = *db.value();
        CaseRepository repo(d, QStringLiteral("法官甲"));
        CaseRecord a =
            makeCase(QStringLiteral("（2026）甘0102民初1号"), QStringLiteral("民间借贷纠纷"),
                     {party(QStringLiteral("plaintiff"), QStringLiteral("张三"))});
        QVERIFY(repo.create(a).isOk());
        // The same number typed with half-width parentheses is the same case.
        CaseRecord b = makeCase(QStringLiteral("(2026)甘0102民初1号"), QStringLiteral("离婚纠纷"),
                                {party(QStringLiteral("plaintiff"), QStringLiteral("李四"))});
        auto r = repo.create(b);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().code, ErrorCode::Conflict);
        QVERIFY(r.errorMessage().contains(QStringLiteral("（2026）甘0102民初1号")));
        QCOMPARE(count(d, QStringLiteral("cases")), 1);
        QCOMPARE(count(d, QStringLiteral("parties")), 1);
        QCOMPARE(count(d, QStringLiteral("audit_log")), 1);

        // Renumbering a case onto another's number is a conflict too, and changes nothing.
        CaseRecord other =
            makeCase(QStringLiteral("（2026）甘0102民初2号"), QStringLiteral("离婚纠纷"),
                     {party(QStringLiteral("plaintiff"), QStringLiteral("李四"))});
        QVERIFY(repo.create(other).isOk());
        CaseRecord renumber = repo.load(other.id).value();
        renumber.caseNumber = QStringLiteral("(2026)甘0102民初1号");
        auto u = repo.update(renumber);
        QVERIFY(!u.isOk());
        QCOMPARE(u.error().code, ErrorCode::Conflict);
        QCOMPARE(repo.load(other.id)->caseNumber, QStringLiteral("（2026）甘0102民初2号"));
        QCOMPARE(repo.load(other.id)->version, 1);
        QCOMPARE(count(d, QStringLiteral("audit_log")), 2);
    }

    void staleUpdateConflicts()
    {
        ClockScope clock;
        QTemporaryDir dir;
        auto db = Database::open(storePath(dir));
        QVERIFY(db.isOk());
        Database& d = *db.value();
        CaseRepository repo(d, QStringLiteral("法官甲"));
        CaseRecord c =
            makeCase(QStringLiteral("（2026）甘0102民初3号"), QStringLiteral("民间借贷纠纷"),
                     {party(QStringLiteral("plaintiff"), QStringLiteral("张三")),
                      party(QStringLiteral("defendant"), QStringLiteral("李四"))});
        QVERIFY(repo.create(c).isOk());
        CaseRecord mine = repo.load(c.id).value();
        CaseRecord theirs = repo.load(c.id).value();

        clock.clock().advanceSeconds(60);
        mine.cause = QStringLiteral("买卖合同纠纷");
        mine.parties[1].name = QStringLiteral("王五");
        auto first = repo.update(mine);
        QVERIFY2(first.isOk(), qPrintable(first.errorMessage()));
        QCOMPARE(mine.version, 2);

        theirs.cause = QStringLiteral("离婚纠纷");
        theirs.parties.removeLast();
        theirs.parties << party(QStringLiteral("defendant"), QStringLiteral("赵六"));
        auto second = repo.update(theirs);
        QVERIFY(!second.isOk());
        QCOMPARE(second.error().code, ErrorCode::Conflict);
        QVERIFY(!second.errorMessage().isEmpty());
        QCOMPARE(theirs.version, 1); // the caller's record is not touched either

        const CaseRecord stored = repo.load(c.id).value();
        QCOMPARE(stored.cause, QStringLiteral("买卖合同纠纷"));
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.parties.size(), 2);
        QCOMPARE(stored.parties[1].name, QStringLiteral("王五"));
        QCOMPARE(stored.updatedAt, clock.clock().now());
        QCOMPARE(found(d, QStringLiteral("赵六")), QSet<qint64>{});
        QCOMPARE(found(d, QStringLiteral("王五")), QSet<qint64>{c.id});
        QCOMPARE(count(d, QStringLiteral("audit_log")), 2);
    }

    void dueDateFollowsTimeline()
    {
        ClockScope clock;
        QTemporaryDir dir;
        auto db = Database::open(storePath(dir));
        QVERIFY(db.isOk());
        Database& d = *db.value();
        CaseRepository repo(d, QStringLiteral("法官甲"));
        CaseRecord c =
            makeCase(QStringLiteral("（2026）甘0102民初10号"), QStringLiteral("民间借贷纠纷"),
                     {party(QStringLiteral("plaintiff"), QStringLiteral("张三"))});
        c.procedure = QStringLiteral("civil-ordinary");
        QVERIFY(repo.create(c).isOk());
        QCOMPARE(c.dueOn, QDate(2026, 7, 10));
        const auto storedDue = [&]() {
            return scalar(d.sql(), QStringLiteral("SELECT due_on FROM cases WHERE id=?"), {c.id})
                .toString();
        };
        QCOMPARE(storedDue(), QStringLiteral("2026-07-10"));

        CaseEvent suspension{
            0, QStringLiteral("suspension"), QDate(2026, 2, 1), QDate(2026, 2, 10), 0, 0, {}, {}};
        QVERIFY(repo.addEvent(c.id, suspension).isOk());
        QCOMPARE(repo.load(c.id)->dueOn, QDate(2026, 7, 20));
        QCOMPARE(storedDue(), QStringLiteral("2026-07-20"));

        CaseEvent extension{0, QStringLiteral("extension"), QDate(2026, 7, 1),         {}, 6,
                            0, QStringLiteral("院长"),      QStringLiteral("案情复杂")};
        QVERIFY(repo.addEvent(c.id, extension).isOk());
        QCOMPARE(repo.load(c.id)->dueOn, QDate(2027, 1, 20));
        QCOMPARE(storedDue(), QStringLiteral("2027-01-20"));

        // An extension beyond the maximum is refused and the due date stays.
        auto tooLong = repo.addEvent(c.id, extension);
        QVERIFY(!tooLong.isOk());
        QCOMPARE(tooLong.error().code, ErrorCode::InvalidInput);
        QCOMPARE(repo.load(c.id)->events.size(), 2);
        QCOMPARE(storedDue(), QStringLiteral("2027-01-20"));
    }

    void removeCascadesAndAudits()
    {
        ClockScope clock;
        QTemporaryDir dir;
        auto db = Database::open(storePath(dir));
        QVERIFY(db.isOk());
        Database& d = *db.value();
        CaseRepository repo(d, QStringLiteral("法官甲"));
        CaseRecord keep =
            makeCase(QStringLiteral("（2026）甘0102民初20号"), QStringLiteral("离婚纠纷"),
                     {party(QStringLiteral("plaintiff"), QStringLiteral("李四"))});
        QVERIFY(repo.create(keep).isOk());
        CaseRecord c =
            makeCase(QStringLiteral("（2026）甘0102民初21号"), QStringLiteral("民间借贷纠纷"),
                     {party(QStringLiteral("plaintiff"), QStringLiteral("张三")),
                      party(QStringLiteral("defendant"), QStringLiteral("王五"))});
        c.events << CaseEvent{0, QStringLiteral("filed"), QDate(2026, 1, 10), {}, 0, 0, {}, {}};
        QVERIFY(repo.create(c).isOk());
        clock.clock().advanceSeconds(10);
        CaseRecord edit = repo.load(c.id).value();
        edit.summary = QStringLiteral("已调解。");
        QVERIFY(repo.update(edit).isOk());
        QVERIFY(
            execSql(d.sql(),
                    QStringLiteral("INSERT INTO documents(case_id, title, created_at) VALUES(?, "
                                   "'传票', '2026-03-01')"),
                    {c.id}));
        QVERIFY(execSql(d.sql(),
                        QStringLiteral("INSERT INTO evidence(case_id, title, created_at) VALUES(?, "
                                       "'借条', '2026-03-01')"),
                        {c.id}));
        QCOMPARE(found(d, QStringLiteral("张三")), QSet<qint64>{c.id});

        clock.clock().advanceSeconds(10);
        auto r = repo.remove(c.id);
        QVERIFY2(r.isOk(), qPrintable(r.errorMessage()));
        for (const char* table : {"parties", "events", "documents", "evidence"}) {
            QCOMPARE(scalar(d.sql(),
                            QStringLiteral("SELECT count(*) FROM %1 WHERE case_id=?")
                                .arg(QLatin1String(table)),
                            {c.id})
                         .toInt(),
                     0);
        }
        QCOMPARE(repo.load(c.id).error().code, ErrorCode::NotFound);
        QCOMPARE(found(d, QStringLiteral("张三")), QSet<qint64>{});
        QCOMPARE(found(d, QStringLiteral("民初21")), QSet<qint64>{});
        QCOMPARE(scalar(d.sql(), QStringLiteral("SELECT count(*) FROM case_fts_chars")).toInt(), 1);
        QCOMPARE(found(d, QStringLiteral("李四")), QSet<qint64>{keep.id});
        QCOMPARE(repo.remove(c.id).error().code, ErrorCode::NotFound);

        // Every write left one audit row, in order, and the chain holds.
        AuditLog log(d);
        auto entries = log.entriesFor(QStringLiteral("case"), c.uuid);
        QVERIFY(entries.isOk());
        QStringList actions;
        for (const AuditEntry& e : entries.value()) {
            actions << e.action;
            QCOMPARE(e.actor, QStringLiteral("法官甲"));
        }
        QCOMPARE(actions, (QStringList{"case.create", "case.update", "case.delete"}));
        QCOMPARE(entries->at(2).at, clock.clock().now());
        QVERIFY(entries->at(2).details.contains(QStringLiteral("（2026）甘0102民初21号")));
        QCOMPARE(log.entriesFor(QStringLiteral("case"), keep.uuid)->size(), 1);
        auto v = log.verify();
        QVERIFY(v.isOk());
        QVERIFY2(v->ok, qPrintable(v->message));
        QCOMPARE(v->rowsChecked, qint64(4));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
