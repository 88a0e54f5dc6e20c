#include "statutes/chinesenumber.h"
#include "statutes/citation.h"
#include "statutes/statuteimporter.h"
#include "statutes/statutelibrary.h"
#include "statutes/statuteparser.h"
#include "tst_draft_testlib.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cd;
namespace cdt = cdtest::drafting;

class TestStatutes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qint64 ms = 0;
        m_lib = cdt::statuteLibrary(&ms);
        QVERIFY2(m_lib, "the statute library could not be opened or imported");
        qInfo("statute library ready in %lld ms (%s)", ms, qPrintable(m_lib->path()));
    }

    void chineseNumbers_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("text");
        const QVector<QPair<qint64, QString>> rows{
            {0, QStringLiteral("零")},
            {1, QStringLiteral("一")},
            {10, QStringLiteral("十")},
            {11, QStringLiteral("十一")},
            {20, QStringLiteral("二十")},
            {105, QStringLiteral("一百零五")},
            {110, QStringLiteral("一百一十")},
            {264, QStringLiteral("二百六十四")},
            {306, QStringLiteral("三百零六")},
            {1040, QStringLiteral("一千零四十")},
            {1260, QStringLiteral("一千二百六十")},
            {1001, QStringLiteral("一千零一")},
            {10000, QStringLiteral("一万")},
            {10500, QStringLiteral("一万零五百")},
            {12345, QStringLiteral("一万二千三百四十五")},
            {100010, QStringLiteral("十万零一十")},
        };
        for (const auto& r : rows)
            QTest::newRow(qPrintable(QString::number(r.first))) << r.first << r.second;
    }
    void chineseNumbers()
    {
        QFETCH(qint64, n);
        QFETCH(QString, text);
        QCOMPARE(ChineseNumber::format(n), text);
        QCOMPARE(ChineseNumber::parse(text), n);
    }

    void chineseNumberVariants()
    {
        QCOMPARE(ChineseNumber::parse(QStringLiteral("一十一")), 11);
        QCOMPARE(ChineseNumber::parse(QStringLiteral("两百")), 200);
        QCOMPARE(ChineseNumber::parse(QStringLiteral("二〇二六")), 2026);
        QCOMPARE(ChineseNumber::parse(QStringLiteral("十百")), -1);
        QCOMPARE(ChineseNumber::parse(QStringLiteral("abc")), -1);
        QCOMPARE(ChineseNumber::digits(2026), QStringLiteral("二〇二六"));
    }

    void parsesAStatuteFile()
    {
        const QString md = QStringLiteral(
            "# 中华人民共和国示例法\n\n2020年1月2日 通过\n\n2021年3月4日 施行\n\n<!-- INFO END "
            "-->\n\n"
            "## 第一章 总则\n\n\u200b\n\n第一条 第一款。\n\n第二款。\n\n"
            "第一条之一 插入条文。\n\n### 第一节 细则\n\n第二条 本法自2021年3月4日起施行。\n");
        const ParsedStatuteFile f =
            StatuteParser::parse(md, QStringLiteral("x/示例法(2020-01-02).md"));
        QCOMPARE(f.title, QStringLiteral("中华人民共和国示例法"));
        QCOMPARE(f.fileDate, QDate(2020, 1, 2));
        QCOMPARE(f.events.size(), 2);
        QCOMPARE(f.articles.size(), 3);
        QCOMPARE(f.articles.at(0).text, QStringLiteral("第一款。\n第二款。"));
        QCOMPARE(f.articles.at(1).label(), QStringLiteral("第一条之一"));
        QCOMPARE(f.articles.at(2).heading, QStringLiteral("第一章 总则 / 第一节 细则"));
        QCOMPARE(f.bodyEffectiveDate, QDate(2021, 3, 4));
    }

    void parsesCitations()
    {
        const QString text = QStringLiteral("依照《中华人民共和国民法典》第五百七十七条、第六百七十"
                                            "五条，《中华人民共和国民事诉讼法》"
                                            "第一百四十五条第一款之规定，参照《最高人民法院关于适用"
                                            "〈中华人民共和国民事诉讼法〉的解释》"
                                            "第二百零六条，以及《民法典》的规定。");
        const QVector<Citation> all = CitationParser::findAll(text);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).lawName, QStringLiteral("中华人民共和国民法典"));
        QCOMPARE(all.at(0).articles.size(), 2);
        QCOMPARE(all.at(0).articles.at(1).number, 675);
        QCOMPARE(all.at(1).articles.at(0).paragraph, 1);
        QCOMPARE(text.mid(all.at(1).start, all.at(1).length),
                 QStringLiteral("《中华人民共和国民事诉讼法》第一百四十五条第一款"));
        QCOMPARE(all.at(2).articles.at(0).number, 206);
        QCOMPARE(statuteNameKey(all.at(2).lawName),
                 statuteNameKey(QStringLiteral("最高人民法院关于适用《民事诉讼法》的解释")));
        QCOMPARE(CitationParser::parseOne(QStringLiteral(" 《刑法》第一百三十三条之一 "))
                     .articles.at(0)
                     .suffix,
                 1);
        QVERIFY(CitationParser::parseOne(QStringLiteral("《刑法》")).lawName.isEmpty());
    }

    void versionsHaveDaysInForce()
    {
        const QVector<StatuteVersion> cpl = m_lib->versions(QStringLiteral("民事诉讼法"));
        QCOMPARE(cpl.size(), 2);
        QCOMPARE(cpl.at(0).effectiveFrom, QDate(2022, 1, 1));
        QCOMPARE(cpl.at(0).effectiveTo, QDate(2023, 12, 31));
        QCOMPARE(cpl.at(0).effectiveSource, EffectiveSource::Override);
        QVERIFY(cpl.at(0).superseded());
        QCOMPARE(cpl.at(1).effectiveFrom, QDate(2024, 1, 1));
        QVERIFY(!cpl.at(1).superseded());
        // The Civil Code's books are one version.
        const QVector<StatuteVersion> code =
            m_lib->versions(QStringLiteral("中华人民共和国民法典"));
        QCOMPARE(code.size(), 1);
        QVERIFY(code.first().articleCount >= 1260);
        QCOMPARE(code.first().effectiveFrom, QDate(2021, 1, 1));
        // A revision that states its own date in its last article.
        const auto rev = m_lib->versionInForce(QStringLiteral("行政复议法"), QDate(2024, 1, 1));
        QVERIFY(rev);
        QCOMPARE(rev->versionDate, QDate(2023, 9, 1));
        QCOMPARE(rev->effectiveSource, EffectiveSource::Body);
    }

    void articleInForce_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("citation");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("contains");
        for (const QStringList& r : cdt::readTable(QStringLiteral("drafting/article-in-force.tsv")))
            QTest::newRow(qPrintable(r.at(0) + QLatin1Char(' ') + r.at(1)))
                << QDate::fromString(r.at(0), Qt::ISODate) << r.at(1) << r.at(2) << r.value(3);
    }
    void articleInForce()
    {
        QFETCH(QDate, date);
        QFETCH(QString, citation);
        QFETCH(QString, status);
        QFETCH(QString, contains);
        const ResolvedCitation r = m_lib->resolve(citation, date);
        QCOMPARE(r.articles.size(), 1);
        const ResolvedArticle& a = r.articles.first();
        static const QHash<QString, CitationStatus> names{
            {QStringLiteral("resolved"), CitationStatus::Resolved},
            {QStringLiteral("not-in-library"), CitationStatus::NotInLibrary},
            {QStringLiteral("missing"), CitationStatus::MissingArticle},
            {QStringLiteral("unknown-law"), CitationStatus::UnknownLaw},
        };
        QVERIFY2(names.contains(status), qPrintable(status));
        QVERIFY2(a.status == names.value(status), qPrintable(a.message));
        if (a.status == CitationStatus::Resolved)
            QVERIFY2(a.article.text.contains(contains), qPrintable(a.article.text.left(80)));
        else
            QVERIFY(!a.message.isEmpty());
    }

    void searchesTheTextInForce()
    {
        QElapsedTimer t;
        t.start();
        auto hits = m_lib->search(QStringLiteral("民事诉讼法 加倍支付迟延履行期间的债务利息"),
                                  QDate(2026, 11, 28));
        const qint64 ms = t.elapsed();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().version.title, QStringLiteral("中华人民共和国民事诉讼法"));
        QCOMPARE(hits.first().article.number, 264);
        hits = m_lib->search(QStringLiteral("民事诉讼法 第二百六十条"), QDate(2023, 5, 1));
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.first().article.text.contains(QStringLiteral("加倍支付")));
        qInfo("statute search: %lld ms", ms);
        QVERIFY(ms < 2000);
    }

    void importsIntoANewFileAtomically()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        QDir().mkpath(corpus + QStringLiteral("/x"));
        QFile f(corpus + QStringLiteral("/x/示例法(2020-01-02).md"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("# 示例法\n\n2020年1月2日 通过\n\n<!-- INFO END -->\n\n第一条 文本。\n")
                .toUtf8());
        f.close();
        const QString db = dir.filePath(QStringLiteral("lib.sqlite"));
        int calls = 0;
        auto cancelled = StatuteImporter::import(corpus, db, [&](int, int) { return ++calls < 1; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFileInfo::exists(db));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0); // no temporary left behind
        auto r = StatuteImporter::import(corpus, db);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        auto lib = StatuteLibrary::open(db);
        QVERIFY(lib);
        QCOMPARE(lib.value()
                     ->resolve(QStringLiteral("《示例法》第一条"), QDate(2020, 1, 2))
                     .articles.first()
                     .article.text,
                 QStringLiteral("文本。"));
    }

private:
    std::unique_ptr<StatuteLibrary> m_lib;
};

QTEST_GUILESS_MAIN(TestStatutes)
#include "tst_statutes.moc"
