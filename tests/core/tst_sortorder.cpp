// The case list's text columns sort in Chinese (pinyin) order, and case numbers by the value of
// their numbers, through stored collation keys (core/cases/sortkey.h), in the store (ORDER BY
// over the key indexes), for every write path.

#include "cases/caserepository.h"
#include "cases/sortkey.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "sync/recordcodec.h"
#include "sync/syncapply.h"
#include "testutil_core.h"

#include <QCollator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace cd;
using namespace cdtest;

class TestSortOrder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ClockScope> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseRepository> m_repo;
    int m_next = 1;

    qint64 create(const QString& cause, const QString& judge, const QStringList& partyNames)
    {
        QVector<Party> parties;
        for (const QString& n : partyNames)
            parties << party(QStringLiteral("plaintiff"), n);
        CaseRecord c =
            makeCase(QStringLiteral("（2026）甘0102民初%1号").arg(m_next++), cause, parties);
        c.judge = judge;
        auto id = m_repo->create(c);
        if (!id)
            qWarning() << "create failed:" << id.errorMessage();
        return id ? id.value() : 0;
    }

    qint64 createNumbered(const QString& number, const QString& cause = QStringLiteral("借款纠纷"))
    {
        CaseRecord c = makeCase(number, cause, {party(QStringLiteral("plaintiff"), "张三")});
        auto id = m_repo->create(c);
        if (!id)
            qWarning() << "create failed:" << number << id.errorMessage();
        return id ? id.value() : 0;
    }

    // The column `sort` orders by, for every case (or those `search` finds), through
    // CaseRepository::list.
    QStringList listed(CaseSortColumn sort, bool descending = false, int limit = -1,
                       const QString& search = {})
    {
        auto rows = m_repo->list({search, sort, descending, 0, limit});
        if (!rows) {
            qWarning() << "list failed:" << rows.errorMessage() << rows.error().detail;
            return {};
        }
        QStringList out;
        for (const CaseSummary& s : rows.value()) {
            switch (sort) {
            case CaseSortColumn::CaseNumber:
                out << s.caseNumber;
                break;
            case CaseSortColumn::Cause:
                out << s.cause;
                break;
            case CaseSortColumn::Judge:
                out << s.judge;
                break;
            default:
                out << s.parties;
            }
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ClockScope>();
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("cases.sqlite")));
        m_repo.reset();
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY2(db.isOk(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        m_repo = std::make_unique<CaseRepository>(*m_db, QStringLiteral("法官甲"));
        m_next = 1;
    }

    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
        m_clock.reset();
    }

    // The keys order like Qt's own Chinese collator (ICU's pinyin), not by code point.
    void keysFollowThePinyinCollator()
    {
        const QStringList names{"张三", "李四", "王五", "阿明", "赵六"};
        QStringList byKey = names;
        std::sort(byKey.begin(), byKey.end(), [](const QString& a, const QString& b) {
            return SortKeys::key(a) < SortKeys::key(b);
        });
        QCOMPARE(byKey, (QStringList{"阿明", "李四", "王五", "张三", "赵六"}));

        QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        collator.setNumericMode(true);
        const QStringList mixed{"张三",
                                "abc",
                                "ABC公司",
                                "案10",
                                "案2",
                                "2号",
                                "10号",
                                "Zed",
                                "",
                                "李四",
                                "（2024）",
                                "阿明",
                                "a10",
                                "a9",
                                "（2024）甘0102民初45号",
                                "（2024）甘0102民初123号",
                                "（2024）甘01民终7号",
                                "（2024）甘民再1号",
                                "（2025）甘0102刑初1号"};
        for (const QString& a : mixed) {
            for (const QString& b : mixed) {
                const int byCollator = collator.compare(a, b);
                const int byKeys = SortKeys::key(a).compare(SortKeys::key(b));
                QVERIFY2((byCollator < 0) == (byKeys < 0) && (byCollator > 0) == (byKeys > 0),
                         qPrintable(a + QStringLiteral(" vs ") + b));
            }
        }
    }

    void judgesSortInPinyinOrder()
    {
        for (const QString& judge : QStringList{"张三", "李四", "王五", "阿明", "赵六"})
            QVERIFY(create(QStringLiteral("民间借贷纠纷"), judge, {QStringLiteral("甲")}));
        QCOMPARE(listed(CaseSortColumn::Judge),
                 (QStringList{"阿明", "李四", "王五", "张三", "赵六"}));
        QCOMPARE(listed(CaseSortColumn::Judge, true),
                 (QStringList{"赵六", "张三", "王五", "李四", "阿明"}));
        // A page walks the key index and stops.
        QCOMPARE(listed(CaseSortColumn::Judge, false, 2), (QStringList{"阿明", "李四"}));
    }

    void partiesSortInPinyinOrder()
    {
        create(QStringLiteral("离婚纠纷"), QStringLiteral("马建国"), {"张三", "阿明"});
        create(QStringLiteral("离婚纠纷"), QStringLiteral("马建国"), {"李四"});
        create(QStringLiteral("离婚纠纷"), QStringLiteral("马建国"), {"赵六"});
        create(QStringLiteral("离婚纠纷"), QStringLiteral("马建国"), {"阿明", "王五"});
        create(QStringLiteral("离婚纠纷"), QStringLiteral("马建国"), {"王五"});
        QCOMPARE(listed(CaseSortColumn::Parties),
                 (QStringList{"阿明、王五", "李四", "王五", "张三、阿明", "赵六"}));
    }

    // Digits by value before Han, Han by pinyin, Latin after; letter case only breaks ties, so
    // "ABC公司…" (gōng) comes before "abc纠…" (jiū).
    void mixedLatinAndDigitsSortSensibly()
    {
        for (const QString& cause :
             QStringList{"合同纠纷10", "合同纠纷2", "Zed案", "abc纠纷", "ABC公司纠纷", "2号案",
                         "10号案", "安全事故", "离婚纠纷"})
            QVERIFY(create(cause, QStringLiteral("马建国"), {QStringLiteral("甲")}));
        QCOMPARE(listed(CaseSortColumn::Cause),
                 (QStringList{"2号案", "10号案", "安全事故", "合同纠纷2", "合同纠纷10", "离婚纠纷",
                              "ABC公司纠纷", "abc纠纷", "Zed案"}));
    }

    // An edit and a search both go through the keys.
    void editsAndSearchesKeepTheOrder()
    {
        const qint64 a = create(QStringLiteral("借款纠纷"), QStringLiteral("赵六"), {"张三"});
        create(QStringLiteral("借款纠纷"), QStringLiteral("王五"), {"李四"});
        create(QStringLiteral("盗窃罪"), QStringLiteral("阿明"), {"王五"});
        CaseRecord edit = m_repo->load(a).value();
        edit.judge = QStringLiteral("李四");
        edit.parties = {party(QStringLiteral("plaintiff"), QStringLiteral("阿明"))};
        QVERIFY(m_repo->update(edit));
        QCOMPARE(listed(CaseSortColumn::Judge), (QStringList{"阿明", "李四", "王五"}));
        QCOMPARE(listed(CaseSortColumn::Parties), (QStringList{"阿明", "李四", "王五"}));
        auto rows = m_repo->list({QStringLiteral("借款"), CaseSortColumn::Judge, false, 0, -1});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).judge, QStringLiteral("李四"));
        QCOMPARE(rows->at(1).judge, QStringLiteral("王五"));
    }

    // Case numbers sort by year, court code, type and then serial number, numbers by value (by
    // code point 民初123号 came before 民初45号). A type code's cases stay together: 民 (mín)
    // before 刑 (xíng), by pinyin.
    void caseNumbersSortByValue()
    {
        const QStringList ordered{"（2024）甘0102民初9号",   "（2024）甘0102民初45号",
                                  "（2024）甘0102民初123号", "（2024）甘0102民初1000号",
                                  "（2024）甘0102刑初7号",   "（2024）甘0102刑初12号",
                                  "（2024）甘0102刑初100号", "（2025）甘0102民初1号",
                                  "（2025）甘0102民初20号",  "（2025）甘0102刑初3号"};
        // Created out of order, criminal cases with a cause of their own.
        for (int i : {7, 2, 9, 0, 4, 8, 1, 5, 3, 6}) {
            const QString& number = ordered.at(i);
            QVERIFY(createNumbered(number, number.contains(QStringLiteral("刑"))
                                               ? QStringLiteral("盗窃罪")
                                               : QStringLiteral("借款纠纷")));
        }
        QCOMPARE(listed(CaseSortColumn::CaseNumber), ordered);
        QStringList reversed = ordered;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(listed(CaseSortColumn::CaseNumber, true), reversed);
        // A page walks the key index and stops.
        QCOMPARE(listed(CaseSortColumn::CaseNumber, false, 3), ordered.mid(0, 3));
        // A search keeps the order among what it finds.
        QStringList theft;
        for (const QString& n : ordered) {
            if (n.contains(QStringLiteral("刑")))
                theft << n;
        }
        QCOMPARE(listed(CaseSortColumn::CaseNumber, false, -1, QStringLiteral("盗窃罪")), theft);

        // The key column's index serves the sort: no temporary B-tree.
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT c.id FROM cases c ORDER BY "
                                      "c.case_number_key, c.id LIMIT 3")));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString planText = plan.join(QStringLiteral("; "));
        QVERIFY2(planText.contains(QStringLiteral("cases_number_key")), qPrintable(planText));
        QVERIFY2(!planText.contains(QStringLiteral("TEMP B-TREE")), qPrintable(planText));
    }

    // A case renumbered later (a typo fixed, a number assigned on another desk) moves to its new
    // place, whether edited here or applied from the server.
    void renumberedCaseResorts()
    {
        createNumbered(QStringLiteral("（2024）甘0102民初45号"));
        createNumbered(QStringLiteral("（2024）甘0102民初123号"));
        const qint64 moved = createNumbered(QStringLiteral("（2024）甘0102民初200号"));
        QVERIFY(moved);
        CaseRecord edit = m_repo->load(moved).value();
        edit.caseNumber = QStringLiteral("(2024)甘0102民初50号"); // as typed: normalised on save
        auto u = m_repo->update(edit);
        QVERIFY2(u.isOk(), qPrintable(u.errorMessage()));
        QCOMPARE(listed(CaseSortColumn::CaseNumber),
                 (QStringList{"（2024）甘0102民初45号", "（2024）甘0102民初50号",
                              "（2024）甘0102民初123号"}));

        // The same case renumbered on another desk arrives through sync.
        CaseRecord stored = m_repo->load(moved).value();
        QJsonObject body = RecordCodec::caseToJson(stored);
        body.insert(QStringLiteral("case_number"), QStringLiteral("（2024）甘0102民初9号"));
        auto applied = m_db->transaction([&]() {
            return SyncApplier(*m_db, QStringLiteral("sync"))
                .applyCase(stored.uuid, 7, false, body);
        });
        QVERIFY2(applied.isOk(), qPrintable(applied.errorMessage()));
        QCOMPARE(listed(CaseSortColumn::CaseNumber),
                 (QStringList{"（2024）甘0102民初9号", "（2024）甘0102民初45号",
                              "（2024）甘0102民初123号"}));

        // A case first seen through sync is keyed on arrival.
        CaseRecord fresh = makeCase(QStringLiteral("（2024）甘0102民初100号"),
                                    QStringLiteral("借款纠纷"), {party("plaintiff", "李四")});
        fresh.uuid = QStringLiteral("0f0e0d0c-0000-4000-8000-000000000001");
        fresh.courtCode = QStringLiteral("甘0102");
        applied = m_db->transaction([&]() {
            return SyncApplier(*m_db, QStringLiteral("sync"))
                .applyCase(fresh.uuid, 3, false, RecordCodec::caseToJson(fresh));
        });
        QVERIFY2(applied.isOk(), qPrintable(applied.errorMessage()));
        QCOMPARE(listed(CaseSortColumn::CaseNumber),
                 (QStringList{"（2024）甘0102民初9号", "（2024）甘0102民初45号",
                              "（2024）甘0102民初100号", "（2024）甘0102民初123号"}));
    }

    // A store of schema v10 (collation keys for cause, judge and parties only) gets case number
    // keys for every case in the upgrade; the code-point index makes way for the key's.
    void upgradeFromV10KeysCaseNumbers()
    {
        const QString path = m_dir.filePath(QStringLiteral("v10.sqlite"));
        QFile::remove(path);
        const QStringList numbers{"（2025）甘0102民初1号", "（2024）甘0102民初123号",
                                  "（2024）甘0102刑初12号", "（2024）甘0102民初45号",
                                  "（2024）甘0102刑初7号"};
        const QStringList judges{"赵六", "李四", "王五", "阿明", "张三"};
        {
            auto raw = Database::openRaw(path);
            QVERIFY2(raw.isOk(), qPrintable(raw.errorMessage()));
            Database& d = *raw.value();
            QVERIFY(Migrations::migrateTo(d, 10));
            QCOMPARE(d.schemaVersion(), 10);
            QVERIFY(execSql(d.sql(), QStringLiteral("INSERT INTO courts(id, code, name) "
                                                    "VALUES(1, '甘0102', '城关区法院')")));
            // What the v10 application wrote: the row, its party and three keys.
            for (int i = 0; i < numbers.size(); ++i) {
                const QString cause = numbers.at(i).contains(QStringLiteral("刑"))
                                          ? QStringLiteral("盗窃罪")
                                          : QStringLiteral("借款纠纷");
                QVERIFY(execSql(
                    d.sql(),
                    QStringLiteral(
                        "INSERT INTO cases(id, uuid, case_number, court_id, cause, kind, "
                        "procedure, status, filed_on, judge, created_at, updated_at, cause_key, "
                        "judge_key, parties_key) VALUES(?, ?, ?, 1, ?, 'civil', '', 'open', "
                        "'2026-01-10', ?, '2026-01-10T00:00:00.000Z', "
                        "'2026-01-10T00:00:00.000Z', ?, ?, ?)"),
                    {i + 1, QStringLiteral("u-%1").arg(i + 1), numbers.at(i), cause, judges.at(i),
                     SortKeys::key(cause), SortKeys::key(judges.at(i)),
                     SortKeys::key(QStringLiteral("张三"))}));
                QVERIFY(execSql(d.sql(),
                                QStringLiteral("INSERT INTO parties(case_id, position, role, "
                                               "name) VALUES(?, 0, 'plaintiff', '张三')"),
                                {i + 1}));
            }
        }
        auto db = Database::open(path);
        QVERIFY2(db.isOk(), qPrintable(db.errorMessage() + QLatin1Char(' ') + db.error().detail));
        Database& d = *db.value();
        QCOMPARE(d.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(d.sql(), QStringLiteral("SELECT count(*) FROM cases WHERE "
                                                "length(case_number_key) = 0"))
                     .toInt(),
                 0);
        for (const QString& n : numbers) {
            QCOMPARE(scalar(d.sql(),
                            QStringLiteral("SELECT case_number_key FROM cases WHERE case_number=?"),
                            {n})
                         .toByteArray(),
                     SortKeys::key(n));
        }
        QCOMPARE(column(d.sql(), QStringLiteral("SELECT name FROM sqlite_master WHERE type='index' "
                                                "AND name LIKE 'cases_number%' ORDER BY name")),
                 QStringList{"cases_number_key"});

        CaseRepository repo(d, QStringLiteral("test"));
        const auto byNumber = repo.list({QString(), CaseSortColumn::CaseNumber, false, 0, -1});
        QVERIFY2(byNumber.isOk(), qPrintable(byNumber.errorMessage()));
        QStringList listedNumbers;
        for (const CaseSummary& s : byNumber.value())
            listedNumbers << s.caseNumber;
        QCOMPARE(listedNumbers, (QStringList{"（2024）甘0102民初45号", "（2024）甘0102民初123号",
                                             "（2024）甘0102刑初7号", "（2024）甘0102刑初12号",
                                             "（2025）甘0102民初1号"}));
        // The v10 keys are still right.
        const auto byJudge = repo.list({QString(), CaseSortColumn::Judge, false, 0, -1});
        QVERIFY2(byJudge.isOk(), qPrintable(byJudge.errorMessage()));
        QStringList listedJudges;
        for (const CaseSummary& s : byJudge.value())
            listedJudges << s.judge;
        QCOMPARE(listedJudges, (QStringList{"阿明", "李四", "王五", "张三", "赵六"}));
    }

    // The keys of 100,000 names (what the v10 upgrade of a full demo store computes, three per
    // case): a figure, and a loose bound that only a broken collator setup would miss.
    void keyCostFor100kCases()
    {
        const QStringList surnames{"张", "李", "王", "赵", "刘", "陈", "杨", "黄", "欧阳", "阿"};
        QElapsedTimer t;
        t.start();
        qint64 bytes = 0;
        for (int i = 0; i < 300000; ++i)
            bytes += SortKeys::key(surnames.at(i % surnames.size()) + QString::number(i)).size();
        const qint64 ms = t.elapsed();
        qInfo("300,000 sort keys in %lld ms (%lld bytes)", ms, bytes);
        QVERIFY(ms < 10000);
    }
};

QTEST_GUILESS_MAIN(TestSortOrder)
#include "tst_sortorder.moc"
