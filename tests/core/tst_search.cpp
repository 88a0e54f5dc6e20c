#include "cases/caserepository.h"
#include "cases/demodata.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "testutil_core.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace cd;
using namespace cdtest;

using IdSet = QSet<qint64>;

namespace {

// Cases whose indexed text contains `term`, found by scanning every indexed column with instr():
// the oracle the search index must agree with.
IdSet bruteForce(Database& db, const QString& term)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "WITH t(s) AS (SELECT ?) SELECT c.id FROM cases c, t WHERE instr(c.case_number, t.s) OR "
        "instr(c.cause, t.s) OR instr(c.judge, t.s) OR instr(c.panel, t.s) OR "
        "instr(c.summary, t.s) OR EXISTS (SELECT 1 FROM parties p WHERE p.case_id = c.id AND "
        "(instr(p.name, t.s) OR instr(p.id_number, t.s) OR instr(p.agent, t.s) OR "
        "instr(p.address, t.s) OR instr(p.phone, t.s)))"));
    q.addBindValue(term);
    IdSet out;
    if (!q.exec()) {
        qWarning() << "oracle failed:" << q.lastError().text();
        return {-1};
    }
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ClockScope> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseRepository> m_repo;
    qint64 m_loan = 0;    // 张三, 李四: 民间借贷纠纷
    qint64 m_sale = 0;    // 甘肃恒通商贸有限公司, 王五: 买卖合同纠纷
    qint64 m_divorce = 0; // 欧阳娜娜, བཀྲ་ཤིས་: 离婚纠纷
    qint64 m_theft = 0;   // 检察院, 张三丰: 盗窃罪
    QString m_idX;        // 李四's resident ID, check character X
    QString m_credit;     // the company's credit code

    IdSet search(const QString& query)
    {
        auto r = SearchIndex(*m_db).search(query);
        if (!r) {
            qWarning() << "search failed:" << query << r.errorMessage() << r.error().detail;
            return {-1};
        }
        const IdSet set(r.value().cbegin(), r.value().cend());
        if (set.size() != r.value().size())
            return {-2}; // a case listed twice
        return set;
    }

    qint64 create(CaseRecord c)
    {
        auto id = m_repo->create(c);
        if (!id) {
            qWarning() << "create failed:" << id.errorMessage();
            return 0;
        }
        return id.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_unique<ClockScope>();
        auto db = Database::open(m_dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY2(db.isOk(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        m_repo = std::make_unique<CaseRepository>(*m_db, QStringLiteral("法官甲"));

        for (int seq = 0; seq < 1000 && m_idX.isEmpty(); ++seq) {
            const QString first17 =
                QStringLiteral("62010219800101%1").arg(seq, 3, 10, QLatin1Char('0'));
            if (IdValidators::residentIdCheckChar(first17) == QLatin1Char('X'))
                m_idX = first17 + QLatin1Char('X');
        }
        QVERIFY(!m_idX.isEmpty());
        m_credit = creditCode(QStringLiteral("91620102MA7BCDE88"));
        QVERIFY(!m_credit.contains(QStringLiteral("123")));

        // 张三 has nothing but a name, so in the index it sits right before 李四.
        m_loan = create(
            makeCase(QStringLiteral("（2026）甘0102民初123号"), QStringLiteral("民间借贷纠纷"),
                     {party(QStringLiteral("plaintiff"), QStringLiteral("张三")),
                      party(QStringLiteral("defendant"), QStringLiteral("李四"), m_idX)}));
        m_sale = create(
            makeCase(QStringLiteral("（2026）甘0102民初45号"), QStringLiteral("买卖合同纠纷"),
                     {party(QStringLiteral("plaintiff"), QStringLiteral("甘肃恒通商贸有限公司"),
                            m_credit, QStringLiteral("organisation")),
                      party(QStringLiteral("defendant"), QStringLiteral("王五"))}));
        m_divorce =
            create(makeCase(QStringLiteral("（2026）甘0102民初46号"), QStringLiteral("离婚纠纷"),
                            {party(QStringLiteral("plaintiff"), QStringLiteral("欧阳娜娜")),
                             party(QStringLiteral("defendant"), QStringLiteral("བཀྲ་ཤིས་"))}));
        CaseRecord theft =
            makeCase(QStringLiteral("（2025）甘0102刑初7号"), QStringLiteral("盗窃罪"),
                     {party(QStringLiteral("prosecutor"), QStringLiteral("兰州市城关区人民检察院"),
                            {}, QStringLiteral("organisation")),
                      party(QStringLiteral("accused"), QStringLiteral("张三丰"))},
                     QDate(2025, 11, 3));
        m_theft = create(theft);
        QVERIFY(m_loan && m_sale && m_divorce && m_theft);
    }

    void cleanupTestCase()
    {
        m_repo.reset();
        m_db.reset();
        m_clock.reset();
    }

    void queries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // names of the member cases

        const auto row = [](const char* name, const QString& q, const QStringList& e) {
            QTest::newRow(name) << q << e;
        };
        const QString loan = QStringLiteral("loan");
        const QString sale = QStringLiteral("sale");
        const QString divorce = QStringLiteral("divorce");
        const QString theft = QStringLiteral("theft");

        // One and two characters: trigram alone would return nothing for these.
        row("1 char surname", QStringLiteral("张"), {loan, theft});
        row("1 char compound surname", QStringLiteral("欧"), {divorce});
        row("1 char in a company", QStringLiteral("贸"), {sale});
        row("2 char name", QStringLiteral("张三"), {loan, theft});
        row("2 char name 李四", QStringLiteral("李四"), {loan});
        row("2 char name 王五", QStringLiteral("王五"), {sale});
        row("2 char inside a name", QStringLiteral("阳娜"), {divorce});
        row("2 char cause", QStringLiteral("借贷"), {loan});
        // Three and more.
        row("3 char name", QStringLiteral("张三丰"), {theft});
        row("4 char cause", QStringLiteral("民间借贷"), {loan});
        row("4 char company", QStringLiteral("恒通商贸"), {sale});
        row("4 char name", QStringLiteral("欧阳娜娜"), {divorce});
        row("full company", QStringLiteral("甘肃恒通商贸有限公司"), {sale});
        row("cause 盗窃罪", QStringLiteral("盗窃罪"), {theft});
        // All terms must match.
        row("AND 张三 借贷", QStringLiteral("张三 借贷"), {loan});
        row("AND 张三 盗窃", QStringLiteral("张三  盗窃"), {theft});
        row("AND without a common case", QStringLiteral("张三 买卖"), {});
        row("AND three terms", QStringLiteral("张 民初 借贷纠纷"), {loan});
        row("AND single chars", QStringLiteral("三 李"), {loan});
        // Case numbers.
        row("case number fragment", QStringLiteral("民初123"), {loan});
        row("case number prefix", QStringLiteral("民初4"), {sale, divorce});
        row("type code", QStringLiteral("刑初"), {theft});
        row("full case number", QStringLiteral("（2026）甘0102民初46号"), {divorce});
        row("full case number, half-width parentheses", QStringLiteral("(2026)甘0102民初46号"),
            {divorce});
        row("full case number, full-width digits",
            QStringLiteral("（２０２６）甘０１０２民初４６号"), {divorce});
        row("year", QStringLiteral("2025"), {theft});
        // Latin letters and digits, case-insensitive.
        row("digits 3", QStringLiteral("123"), {loan});
        row("birth date in ID", QStringLiteral("19800101"), {loan});
        row("credit code fragment lower case", QStringLiteral("ma7bcde"), {sale});
        row("credit code 2 letters", QStringLiteral("MA"), {sale});
        row("credit code 1 letter lower case", QStringLiteral("m"), {sale});
        // Tibetan.
        row("Tibetan name", QStringLiteral("བཀྲ་ཤིས"), {divorce});
        row("Tibetan syllable", QStringLiteral("ཤིས"), {divorce});
        row("Tibetan 2 letters", QStringLiteral("བཀ"), {divorce});
        row("Tibetan 1 letter", QStringLiteral("ཤ"), {divorce});
        // No false positives.
        row("absent name", QStringLiteral("张四"), {});
        row("absent 1 char", QStringLiteral("赵"), {});
        row("across two parties, 2 chars", QStringLiteral("三李"), {});
        row("across two parties, 3 chars", QStringLiteral("张三李"), {});
        row("across name and ID", QStringLiteral("四6"), {});
        row("across cause and judge", QStringLiteral("纷马"), {});
        row("absent long", QStringLiteral("民间借贷纠纷案"), {});
        row("absent Latin", QStringLiteral("zz"), {});
        row("reversed name", QStringLiteral("三张"), {});
        // FTS syntax is taken literally and never breaks the query.
        row("star suffix", QStringLiteral("张*"), {loan, theft});
        row("NEAR group", QStringLiteral("NEAR(张三 李四)"), {});
        row("AND keyword", QStringLiteral("张三 AND 李四"), {});
        row("star only", QStringLiteral("*"), {});
        row("quote only", QStringLiteral("\""), {});
        row("parentheses only", QStringLiteral("()"), {});
    }

    void queries()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const QHash<QString, qint64> ids{{QStringLiteral("loan"), m_loan},
                                         {QStringLiteral("sale"), m_sale},
                                         {QStringLiteral("divorce"), m_divorce},
                                         {QStringLiteral("theft"), m_theft}};
        IdSet want;
        for (const QString& name : expected)
            want.insert(ids.value(name));
        QCOMPARE(search(query), want);
        // The case list filters with the same index.
        const bool noTerms = SearchIndex::filterFor(query).sql.isEmpty();
        QCOMPARE(m_repo->count(query).value(), noTerms ? 4 : int(want.size()));
    }

    void syntaxNeverErrors_data()
    {
        QTest::addColumn<QString>("query");
        for (const char* q : {"\"张三\"",
                              "\"张三",
                              "张三\"",
                              "'张三'",
                              "张三 OR 李四",
                              "NOT 张三",
                              "张三 NOT 李四",
                              "NEAR(张三, 5)",
                              "(张三)",
                              "(张三 李四)",
                              "-张三",
                              "+张三",
                              "^张三",
                              "body:张三",
                              "{body}: 张三",
                              "张三:",
                              "\"\"\"",
                              "a\"b",
                              "\"\" \"\"",
                              "张 *",
                              "* 张",
                              "AND",
                              "OR",
                              "NOT",
                              "NEAR",
                              "张三 AND",
                              "\\",
                              "%",
                              "_",
                              "'",
                              ";",
                              "张三; DROP TABLE cases",
                              "\"民间借贷\"*",
                              "民间借贷*",
                              "民初*123"}) {
            QTest::newRow(q) << QString::fromUtf8(q);
        }
    }

    void syntaxNeverErrors()
    {
        QFETCH(QString, query);
        const IdSet all{m_loan, m_sale, m_divorce, m_theft};
        const IdSet got = search(query);
        QVERIFY2(!got.contains(-1) && !got.contains(-2), qPrintable(query));
        QVERIFY(got.size() <= 4);
        QVERIFY((got - all).isEmpty());
        auto n = m_repo->count(query);
        QVERIFY2(n.isOk(), qPrintable(n.error().detail));
        auto list = m_repo->list({query, CaseSortColumn::DueOn, false, 0, 10});
        QVERIFY2(list.isOk(), qPrintable(list.error().detail));
        // Nothing matches what no case contains, whatever the operators.
        if (query.contains(QStringLiteral("张三")) && !query.contains(QStringLiteral("李四")))
            QVERIFY((got - IdSet{m_loan, m_theft}).isEmpty());
        QCOMPARE(scalar(m_db->sql(), QStringLiteral("SELECT count(*) FROM cases")).toInt(), 4);
    }

    void emptyQuery()
    {
        // search(): no terms, no matches. The case list: no terms, no filter.
        for (const QString& q : {QString(), QString(""), QStringLiteral("   "),
                                 QStringLiteral("\t\n"), QStringLiteral("\u3000")}) {
            QCOMPARE(search(q), IdSet{});
            QCOMPARE(m_repo->count(q).value(), 4);
            QCOMPARE(m_repo->list({q, CaseSortColumn::FiledOn, true, 0, -1})->size(), 4);
            QCOMPARE(SearchIndex::filterFor(q).sql, QString());
        }
        QCOMPARE(m_repo->caseNumbers(QStringLiteral("张三")).value(),
                 (QStringList{QStringLiteral("（2026）甘0102民初123号"),
                              QStringLiteral("（2025）甘0102刑初7号")}));
    }

    void limitAndOrder()
    {
        auto r = SearchIndex(*m_db).search(QStringLiteral("甘"), -1);
        QVERIFY(r.isOk());
        QCOMPARE(r->size(), 4); // every case number holds the court code 甘0102
        QVERIFY(std::is_sorted(r->cbegin(), r->cend(), std::greater<qint64>()));
        auto two = SearchIndex(*m_db).search(QStringLiteral("甘"), 2);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two.value(), r->mid(0, 2));
    }

    // Runs last (slots run in declaration order): changes the shared cases.
    void indexFollowsUpdateAndRemove()
    {
        CaseRecord loan = m_repo->load(m_loan).value();
        loan.parties[0].name = QStringLiteral("赵六");
        loan.cause = QStringLiteral("金融借款合同纠纷");
        QVERIFY(m_repo->update(loan).isOk());
        QCOMPARE(search(QStringLiteral("张三")), IdSet{m_theft});
        QCOMPARE(search(QStringLiteral("赵六")), IdSet{m_loan});
        QCOMPARE(search(QStringLiteral("赵")), IdSet{m_loan});
        QCOMPARE(search(QStringLiteral("借贷")), IdSet{});
        QCOMPARE(search(QStringLiteral("金融借款")), IdSet{m_loan});
        QCOMPARE(search(QStringLiteral("六李")), IdSet{});

        QVERIFY(m_repo->remove(m_sale).isOk());
        QCOMPARE(search(QStringLiteral("恒通商贸")), IdSet{});
        QCOMPARE(search(QStringLiteral("王五")), IdSet{});
        QCOMPARE(search(QStringLiteral("民初4")), IdSet{m_divorce});
        for (const char* table : {"case_fts", "case_fts_chars"})
            QCOMPARE(scalar(m_db->sql(),
                            QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                         .toInt(),
                     3);

        // A rebuild from the case tables gives the same answers.
        QVERIFY(SearchIndex(*m_db).rebuildAll().isOk());
        QCOMPARE(search(QStringLiteral("赵六")), IdSet{m_loan});
        QCOMPARE(search(QStringLiteral("王五")), IdSet{});
        QCOMPARE(search(QStringLiteral("ཤིས")), IdSet{m_divorce});
    }

    void demoDataMatchesBruteForce()
    {
        QTemporaryDir dir;
        ClockScope clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
        auto opened = Database::open(dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY(opened.isOk());
        Database& db = *opened.value();
        DemoOptions options;
        options.cases = 2000;
        options.seed = 7;
        QElapsedTimer timer;
        timer.start();
        auto made = DemoData::generate(db, options);
        QVERIFY2(made.isOk(), qPrintable(made.errorMessage()));
        QCOMPARE(made.value(), 2000);
        qInfo("generated 2000 demo cases in %lld ms", timer.elapsed());
        QCOMPARE(scalar(db.sql(), QStringLiteral("SELECT count(*) FROM case_fts")).toInt(), 2000);
        QCOMPARE(scalar(db.sql(), QStringLiteral("SELECT count(*) FROM case_fts_chars")).toInt(),
                 2000);

        const quint32 seed = 20261128;
        qInfo("oracle seed %u", seed);
        QRandomGenerator rng(seed);
        const QStringList names =
            column(db.sql(), QStringLiteral("SELECT DISTINCT name FROM parties ORDER BY name"));
        QVERIFY(names.size() > 100);
        QStringList queries;
        for (int i = 0; i < 20; ++i) {
            const QString name = names.at(int(rng.bounded(quint32(names.size()))));
            queries << name << name.left(1) << name.left(2);
        }
        // Two characters spanning the end of one party's name and the next party's name: found
        // only where some single field really holds them.
        const QStringList adjacent = column(
            db.sql(), QStringLiteral("SELECT substr(a.name, -1) || substr(b.name, 1, 1) FROM "
                                     "parties a JOIN parties b ON b.case_id = a.case_id AND "
                                     "b.position = a.position + 1 ORDER BY a.id"));
        QVERIFY(adjacent.size() > 100);
        for (int i = 0; i < 20; ++i)
            queries << adjacent.at(int(rng.bounded(quint32(adjacent.size()))));
        queries.removeDuplicates();

        SearchIndex index(db);
        int nonEmpty = 0;
        for (const QString& q : queries) {
            auto r = index.search(q);
            QVERIFY(r.isOk());
            const IdSet got(r->cbegin(), r->cend());
            const IdSet want = bruteForce(db, q);
            QVERIFY2(got == want, qPrintable(QStringLiteral("query %1: index %2, oracle %3")
                                                 .arg(q)
                                                 .arg(got.size())
                                                 .arg(want.size())));
            nonEmpty += want.isEmpty() ? 0 : 1;
        }
        QVERIFY(nonEmpty >= 40); // the names and prefixes all exist

        // Two terms: the intersection of the two oracles.
        for (int i = 0; i < 10; ++i) {
            const QString a = names.at(int(rng.bounded(quint32(names.size())))).left(1);
            const QString b = names.at(int(rng.bounded(quint32(names.size())))).left(2);
            auto r = index.search(a + QLatin1Char(' ') + b);
            QVERIFY(r.isOk());
            QCOMPARE(IdSet(r->cbegin(), r->cend()), bruteForce(db, a) & bruteForce(db, b));
        }
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
