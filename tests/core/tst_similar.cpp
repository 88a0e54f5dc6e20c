// Similar cases (类案推送): BM25 over cause and facts of the local store, shared phrases, and the
// highlighting the case view shows.
#include "cases/caserepository.h"
#include "intel/similarcases.h"
#include "storage/database.h"
#include "testutil_core.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

class TestSimilar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsTheCaseWithTheSameFacts()
    {
        cdtest::ClockScope clock;
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY(db);
        CaseRepository repo(*db.value(), QStringLiteral("test"));
        struct Row
        {
            const char* number;
            const char* cause;
            const char* summary;
        };
        const Row rows[] = {
            {"（2025）甘0102刑初11号", "盗窃罪",
             "被告人深夜在小区车库撬锁盗窃电动车一辆，价值二千元。"},
            {"（2025）甘0102刑初12号", "危险驾驶罪",
             "被告人醉酒驾驶机动车，血液酒精含量一百六十毫克。"},
            {"（2025）甘0102刑初13号", "故意伤害罪", "被告人因琐事持棍殴打被害人致轻伤二级。"},
            {"（2025）甘0102刑初14号", "盗窃罪", "被告人在超市盗窃洗发水等商品，价值三百元。"},
        };
        for (const Row& r : rows) {
            CaseRecord c = cdtest::makeCase(
                QString::fromUtf8(r.number), QString::fromUtf8(r.cause),
                {cdtest::party(QStringLiteral("accused"), QStringLiteral("王某"))});
            c.kind = QStringLiteral("criminal");
            c.summary = QString::fromUtf8(r.summary);
            QVERIFY2(repo.create(c), r.number);
        }
        CaseRecord open =
            cdtest::makeCase(QStringLiteral("（2026）甘0102刑初1号"), QStringLiteral("盗窃罪"),
                             {cdtest::party(QStringLiteral("accused"), QStringLiteral("李某"))});
        open.kind = QStringLiteral("criminal");
        open.summary = QStringLiteral("被告人在地下车库撬开电动车锁，将电动车盗走。");
        QVERIFY(repo.create(open));

        auto found = SimilarCases::find(*db.value(), open, 3);
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QVERIFY(found.value().size() >= 2);
        QCOMPARE(found.value().first().caseNumber, QStringLiteral("（2025）甘0102刑初11号"));
        QVERIFY(found.value().first().shared.contains(QStringLiteral("电动车")));
        QVERIFY(found.value().first().score > found.value().last().score);
        const QString html =
            SimilarCases::highlight(found.value().first().summary, found.value().first().shared);
        QVERIFY2(html.contains(QStringLiteral("<mark>电动车</mark>")), qPrintable(html));
    }

    void phrasesAreMaximalRuns()
    {
        const QStringList p = SimilarCases::sharedPhrases(
            QStringLiteral("撬开电动车锁后逃离"),
            {QStringLiteral("电动"), QStringLiteral("动车"), QStringLiteral("逃离")});
        QCOMPARE(p, (QStringList{QStringLiteral("电动车"), QStringLiteral("逃离")}));
        QCOMPARE(SimilarCases::highlight(QStringLiteral("a<b电动车"), {QStringLiteral("电动车")}),
                 QStringLiteral("a&lt;b<mark>电动车</mark>"));
    }
};

QTEST_GUILESS_MAIN(TestSimilar)
#include "tst_similar.moc"
