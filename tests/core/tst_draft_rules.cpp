#include "drafting/chinesedate.h"
#include "drafting/courtfee.h"
#include "drafting/money.h"
#include "tst_draft_testlib.h"

#include <QtTest>

using namespace cd;
namespace cdt = cdtest::drafting;

// Golden tables for the rules documents must get right (PRODUCT.md): amounts in capitals,
// court fees and Chinese dates. The tables live in tests/data/drafting.
class TestDraftRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capitals_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QStringList>("variants");
        for (const QStringList& r : cdt::readTable(QStringLiteral("drafting/amounts-in-words.tsv")))
            QTest::newRow(qPrintable(r.at(0)))
                << r.at(0) << r.at(1) << r.value(2).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    }
    void capitals()
    {
        QFETCH(QString, amount);
        QFETCH(QString, canonical);
        QFETCH(QStringList, variants);
        const auto fen = Money::parseYuan(amount);
        QVERIFY2(fen, qPrintable(fen.errorMessage()));
        QCOMPARE(AmountInWords::canonical(fen.value()), canonical);
        QVERIFY(!canonical.endsWith(QStringLiteral("分整")));
        // Reading back: the canonical form and every listed variant mean the same amount.
        for (const QString& form : QStringList{canonical} + variants) {
            const auto back = AmountInWords::parse(form);
            QVERIFY2(back, qPrintable(form));
            QCOMPARE(back.value(), fen.value());
            QVERIFY2(AmountInWords::isAllowed(form), qPrintable(form));
            QVERIFY2(AmountInWords::isAllowed(QStringLiteral("人民币") + form), qPrintable(form));
        }
        QCOMPARE(AmountInWords::allowedForms(fen.value()).first(), canonical);
    }

    void capitalsRejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("amount");
        for (const QStringList& r :
             cdt::readTable(QStringLiteral("drafting/amounts-in-words-rejected.tsv")))
            QTest::newRow(qPrintable(r.value(2))) << r.at(0) << r.at(1);
    }
    void capitalsRejected()
    {
        QFETCH(QString, text);
        QFETCH(QString, amount);
        QVERIFY2(!AmountInWords::isAllowed(text), qPrintable(text));
        const auto v = AmountInWords::parse(text);
        if (v) // readable, but not in an allowed form
            QCOMPARE(v.value(), Money::parseYuan(amount).value());
    }

    void notCapitals()
    {
        QVERIFY(!AmountInWords::parse(QStringLiteral("一百元整")));
        QVERIFY(!AmountInWords::parse(QStringLiteral("壹佰")));
        QVERIFY(!AmountInWords::parse(QString()));
        QVERIFY(!Money::parseYuan(QStringLiteral("1.234")));
        QVERIFY(!Money::parseYuan(QStringLiteral("-5")));
        QCOMPARE(Money::parseYuan(QStringLiteral("1,409.5")).value(), 140950);
        QCOMPARE(Money::parseYuan(QStringLiteral("１００")).value(), 10000);
        QCOMPARE(Money::formatYuan(330000), QStringLiteral("3300.00"));
    }

    void courtFees_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("fee");
        for (const QStringList& r : cdt::readTable(QStringLiteral("drafting/court-fees.tsv")))
            QTest::newRow(qPrintable(r.at(0) + QLatin1Char(' ') + r.at(1)))
                << r.at(0) << r.at(1) << r.at(2);
    }
    void courtFees()
    {
        QFETCH(QString, claim);
        QFETCH(QString, options);
        QFETCH(QString, fee);
        CourtFeeInput in;
        in.claimFen = Money::parseYuan(claim).value();
        in.simplified = options.contains(QStringLiteral("simplified"));
        in.mediated = options.contains(QStringLiteral("mediated"));
        in.withdrawn = options.contains(QStringLiteral("withdrawn"));
        const auto r = CourtFee::compute(in);
        QVERIFY(r);
        QCOMPARE(Money::formatYuan(r->feeFen), fee);
        QVERIFY(r->basis.first().contains(QStringLiteral("第十三条")));
        if (in.simplified || in.mediated || in.withdrawn)
            QVERIFY(r->halved);
    }

    void feeCategories()
    {
        QCOMPARE(CourtFee::categoryFor(QStringLiteral("civil"), QStringLiteral("劳动争议")),
                 FeeCategory::Labour);
        QCOMPARE(CourtFee::categoryFor(QStringLiteral("civil"), QStringLiteral("追索劳动报酬纠纷")),
                 FeeCategory::Labour);
        QCOMPARE(CourtFee::categoryFor(QStringLiteral("civil"), QStringLiteral("离婚纠纷")),
                 FeeCategory::Divorce);
        QCOMPARE(
            CourtFee::categoryFor(QStringLiteral("administrative"), QStringLiteral("行政处罚")),
            FeeCategory::Administrative);
        QCOMPARE(CourtFee::categoryFor(QStringLiteral("civil"), QStringLiteral("民间借贷纠纷")),
                 FeeCategory::Property);
        CourtFeeInput in;
        in.category = FeeCategory::Labour;
        in.claimFen = 5000000;
        in.simplified = true;
        QCOMPARE(CourtFee::compute(in)->feeFen, 500);
        in = {};
        in.category = FeeCategory::Divorce;
        in.claimFen = 30000000; // 300,000 of property: 0.5% of 100,000 on top
        QCOMPARE(CourtFee::compute(in)->fullFen, 55000);
        QCOMPARE(CourtFee::compute(in)->fullMaxFen, 80000);
        in.category = FeeCategory::Administrative;
        QCOMPARE(CourtFee::compute(in)->feeFen, 5000);
        QVERIFY(!CourtFee::compute(CourtFeeInput{FeeCategory::Property, -1}));
    }

    void chineseDates_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("running");
        for (const QStringList& r : cdt::readTable(QStringLiteral("drafting/chinese-dates.tsv")))
            QTest::newRow(qPrintable(r.at(0)))
                << QDate::fromString(r.at(0), Qt::ISODate) << r.at(1) << r.at(2);
    }
    void chineseDates()
    {
        QFETCH(QDate, date);
        QFETCH(QString, document);
        QFETCH(QString, running);
        QCOMPARE(ChineseDate::format(date), document);
        QCOMPARE(ChineseDate::formatArabic(date), running);
        QCOMPARE(ChineseDate::parse(document), date);
        QCOMPARE(ChineseDate::parse(running), date);
    }

    void invalidDates()
    {
        QVERIFY(ChineseDate::parse(QStringLiteral("二〇二三年二月二十九日")).isNull());
        QVERIFY(ChineseDate::parse(QStringLiteral("2026年13月1日")).isNull());
        QVERIFY(ChineseDate::parse(QStringLiteral("二〇二六年十一月三十一日")).isNull());
        QVERIFY(ChineseDate::format(QDate()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDraftRules)
#include "tst_draft_rules.moc"
