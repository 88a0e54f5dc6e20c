// Statute library completeness for issue 7: citations across versions of the Civil Procedure
// Law, the charge → article map from the 确定罪名 interpretations, the browse outline, and a
// generous floor for statute push on the development set (deterministic, about a second).
#include "intel/statutepush.h"
#include "statutes/chargecatalog.h"
#include "statutes/statutelibrary.h"
#include "statutes/statuteoutline.h"
#include "tst_draft_testlib.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace cd;
namespace cdt = cdtest::drafting;

class TestStatuteIntel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lib = cdt::statuteLibrary();
        QVERIFY2(m_lib, "the statute library could not be opened or imported");
        auto charges = ChargeCatalog::load(m_lib->path());
        QVERIFY2(charges, qPrintable(charges.errorMessage()));
        m_charges = charges.value();
    }

    // The doubled-interest article: 253 (2017 text, not in the corpus), 260 (2021), 264 (2023).
    void lateInterestArticleByDate_data()
    {
        QTest::addColumn<QString>("citation");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("resolved");
        QTest::addColumn<QString>("versionDate");
        QTest::newRow("253 in 2018: text not in library")
            << QStringLiteral("《民事诉讼法》第二百五十三条") << QDate(2018, 6, 1) << false
            << QString();
        QTest::newRow("260 in 2022") << QStringLiteral("《民事诉讼法》第二百六十条")
                                     << QDate(2022, 6, 1) << true << QStringLiteral("2021-12-24");
        QTest::newRow("260 on 2023-12-31")
            << QStringLiteral("《中华人民共和国民事诉讼法》第二百六十条") << QDate(2023, 12, 31)
            << true << QStringLiteral("2021-12-24");
        QTest::newRow("264 in 2024") << QStringLiteral("《民事诉讼法》第二百六十四条")
                                     << QDate(2024, 1, 1) << true << QStringLiteral("2023-09-01");
    }
    void lateInterestArticleByDate()
    {
        QFETCH(QString, citation);
        QFETCH(QDate, date);
        QFETCH(bool, resolved);
        QFETCH(QString, versionDate);
        const ResolvedCitation r = m_lib->resolve(citation, date);
        QCOMPARE(r.allResolved(), resolved);
        if (!resolved) {
            QCOMPARE(r.articles.first().status, CitationStatus::NotInLibrary);
            QVERIFY(!r.articles.first().message.isEmpty());
            return;
        }
        QCOMPARE(r.version->versionDate.toString(Qt::ISODate), versionDate);
        QVERIFY2(r.articles.first().article.text.contains(
                     QStringLiteral("加倍支付迟延履行期间的债务利息")),
                 qPrintable(r.articles.first().article.text));
    }

    void civilCodeCitation()
    {
        const ResolvedCitation r =
            m_lib->resolve(QStringLiteral("《民法典》第五百七十七条"), QDate(2023, 3, 1));
        QVERIFY(r.allResolved());
        QVERIFY(r.articles.first().article.text.contains(QStringLiteral("违约责任")));
        // Before the Civil Code took effect there is no text in force.
        QVERIFY(!m_lib->resolve(QStringLiteral("《民法典》第五百七十七条"), QDate(2020, 6, 1))
                     .allResolved());
    }

    void chargeMap_data()
    {
        QTest::addColumn<QString>("charge");
        QTest::addColumn<QString>("article");
        const QVector<QPair<const char*, const char*>> rows{
            {"盗窃罪", "264"},
            {"诈骗罪", "266"},
            {"故意伤害罪", "234"},
            {"危险驾驶罪", "133-1"},             // 补充规定（五）
            {"妨害安全驾驶罪", "133-2"},         // 补充规定（七）
            {"帮助信息网络犯罪活动罪", "287-2"}, // 补充规定（六）
            {"侵犯公民个人信息罪", "253-1"},
            {"投放危险物质罪", "114"},   // renamed from 投毒罪 (2002)
            {"偷越国（边）境罪", "322"}, // name with parentheses (1997 opinion)
            {"徇私舞弊低价折股、出售公司、企业资产罪", "169"}, // renamed in 补充规定（八）
            {"走私、贩卖、运输、制造毒品罪", "347"},
        };
        for (const auto& r : rows)
            QTest::newRow(r.first) << QString::fromUtf8(r.first) << QString::fromUtf8(r.second);
    }
    void chargeMap()
    {
        QFETCH(QString, charge);
        QFETCH(QString, article);
        for (const Charge& c : qAsConst(m_charges)) {
            if (c.name == charge) {
                QCOMPARE(c.definingArticle().key(), article);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("charge missing: ") + charge));
    }

    void cancelledChargesAreGone()
    {
        const QStringList gone{QStringLiteral("投毒罪"), QStringLiteral("偷税罪"),
                               QStringLiteral("嫖宿幼女罪"), QStringLiteral("资助恐怖活动罪"),
                               QStringLiteral("徇私舞弊低价折股、出售国有资产罪")};
        for (const Charge& c : qAsConst(m_charges))
            QVERIFY2(!gone.contains(c.name), qPrintable(c.name));
        QVERIFY2(m_charges.size() > 450, qPrintable(QString::number(m_charges.size())));
    }

    void outlineTree()
    {
        const auto v = m_lib->versionInForce(QStringLiteral("刑法"), QDate(2024, 6, 1));
        QVERIFY(v);
        auto arts = StatuteOutline::articles(m_lib->path(), v->id);
        QVERIFY(arts);
        const StatuteOutline::Node root = StatuteOutline::tree(arts.value());
        QVERIFY(root.children.size() >= 2); // 第一编 总则, 第二编 分则, then 附则
        QVERIFY(root.children.first().label.contains(QStringLiteral("总则")));
        QVERIFY(root.children.at(1).children.size() >= 10); // ten chapters of the specific part
    }

    void pushFloorOnDevSet()
    {
        auto push = StatutePush::create(*m_lib, QDate(2024, 6, 1));
        QVERIFY2(push, qPrintable(push.errorMessage()));
        int n = 0, top1 = 0, top5 = 0;
        QHash<QString, QString> articleOf;
        for (const Charge& c : push.value()->charges())
            articleOf.insert(c.name, c.definingArticle().key());
        for (const QStringList& row :
             cdt::readTable(QStringLiteral("intel/statute_push_dev.tsv"))) {
            QVERIFY2(articleOf.contains(row.at(0)), qPrintable(row.at(0)));
            const auto got = push.value()->suggest(row.at(1), 5);
            ++n;
            for (int i = 0; i < got.size(); ++i) {
                if (got.at(i).article == articleOf.value(row.at(0))) {
                    top1 += i == 0;
                    ++top5;
                    break;
                }
            }
        }
        qInfo("dev set: %d cases, top-1 %d, top-5 %d", n, top1, top5);
        // Generous floors: the bench prints the real figures.
        QVERIFY(top5 >= n * 0.85);
        QVERIFY(top1 >= n * 0.70);
    }

    void pushExplainsAndFormatsSuffix()
    {
        auto push = StatutePush::create(*m_lib, QDate(2024, 6, 1));
        QVERIFY(push);
        const auto got = push.value()->suggest(
            QStringLiteral("公诉机关指控，被告人醉酒后驾驶小型轿车上路，经检验血液中乙醇含量为"
                           "180mg/100ml。被告人到案后如实供述。"),
            5);
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.first().article, QStringLiteral("133-1"));
        QCOMPARE(got.first().law, QStringLiteral("中华人民共和国刑法"));
        QVERIFY(!got.first().why.isEmpty());
        bool confession = false;
        for (const auto& s : got)
            confession = confession || s.article == QLatin1String("67");
        QVERIFY(confession);
        for (int i = 1; i < got.size(); ++i)
            QVERIFY(got.at(i).score <= got.at(i - 1).score);
    }

    // The CLI contract: cite prints the text in force or exits 1; suggest --json prints
    // [{"law", "article", "score", "why"}] with 133-1 for 第一百三十三条之一.
    void cliContract()
    {
        const QString cli = qEnvironmentVariable("COURTDESK_CLI");
        if (cli.isEmpty())
            QSKIP("COURTDESK_CLI is not set");
        auto run = [&](const QStringList& args, const QByteArray& input, QByteArray* out) {
            QProcess p;
            p.start(cli, args);
            p.write(input);
            p.closeWriteChannel();
            if (!p.waitForFinished(60000))
                return -1;
            *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        QByteArray out;
        QCOMPARE(run({QStringLiteral("statutes"), QStringLiteral("cite"),
                      QStringLiteral("民事诉讼法第二百六十四条"), QStringLiteral("--date"),
                      QStringLiteral("2024-05-01")},
                     {}, &out),
                 0);
        QVERIFY(QString::fromUtf8(out).startsWith(QStringLiteral("被执行人未按判决")));
        QCOMPARE(run({QStringLiteral("statutes"), QStringLiteral("cite"),
                      QStringLiteral("民事诉讼法第二百六十条"), QStringLiteral("--date"),
                      QStringLiteral("2022-05-01")},
                     {}, &out),
                 0);
        QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("加倍支付迟延履行期间的债务利息")));
        QCOMPARE(run({QStringLiteral("statutes"), QStringLiteral("cite"),
                      QStringLiteral("民事诉讼法第二百五十三条"), QStringLiteral("--date"),
                      QStringLiteral("2018-05-01")},
                     {}, &out),
                 1);
        QVERIFY(out.isEmpty());
        QCOMPARE(run({QStringLiteral("statutes"), QStringLiteral("suggest"),
                      QStringLiteral("--top"), QStringLiteral("3"), QStringLiteral("--json")},
                     QStringLiteral("公诉机关指控，被告人醉酒驾驶机动车，血液中乙醇含量为"
                                    "150mg/100ml。")
                         .toUtf8(),
                     &out),
                 0);
        const QJsonArray arr = QJsonDocument::fromJson(out).array();
        QCOMPARE(arr.size(), 3);
        const QJsonObject first = arr.first().toObject();
        QCOMPARE(first.value(QStringLiteral("law")).toString(),
                 QStringLiteral("中华人民共和国刑法"));
        QCOMPARE(first.value(QStringLiteral("article")).toString(), QStringLiteral("133-1"));
        QVERIFY(first.value(QStringLiteral("score")).isDouble());
        QVERIFY(!first.value(QStringLiteral("why")).toString().isEmpty());
    }

private:
    std::unique_ptr<StatuteLibrary> m_lib;
    QVector<Charge> m_charges;
};

QTEST_GUILESS_MAIN(TestStatuteIntel)
#include "tst_statute_intel.moc"
