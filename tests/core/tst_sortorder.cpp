// The case list's text columns sort in Chinese (pinyin) order through stored collation keys
// (core/cases/sortkey.h), in the store (ORDER BY over the key indexes), for every write path.

#include "cases/caserepository.h"
#include "cases/sortkey.h"
#include "storage/database.h"
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

    // The column `sort` orders by, for every case, through CaseRepository::list.
    QStringList listed(CaseSortColumn sort, bool descending = false, int limit = -1)
    {
        auto rows = m_repo->list({QString(), sort, descending, 0, limit});
        if (!rows) {
            qWarning() << "list failed:" << rows.errorMessage() << rows.error().detail;
            return {};
        }
        QStringList out;
        for (const CaseSummary& s : rows.value()) {
            switch (sort) {
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
        const QStringList mixed{"张三", "abc", "ABC公司", "案10",     "案2",  "2号", "10号",
                                "Zed",  "",    "李四",    "（2024）", "阿明", "a10", "a9"};
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
