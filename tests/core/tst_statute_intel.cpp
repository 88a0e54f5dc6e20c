// Statute library completeness for issue 7: citations across versions of the Civil Procedure
// Law, the charge → article map from the 确定罪名 interpretations, the browse outline, and a
// floors for statute push on the development sets (deterministic, a few seconds).
#include "intel/bm25.h"
#include "intel/chargecontrasts.h"
#include "intel/chargeevidence.h"
#include "intel/chargeprior.h"
#include "intel/factconcepts.h"
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

    // Floors computed on the development sets (tuned on; the held-out sets are only measured by
    // tests/bench/statute_push.sh): the share of cases whose charge-defining article comes first
    // and within the first five, and a clear lead over plain bigram BM25 on the same articles.
    void pushFloorOnDevSets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("top1Floor");
        QTest::addColumn<double>("top5Floor");
        QTest::newRow("dev") << QStringLiteral("intel/statute_push_dev.tsv") << 0.88 << 0.97;
        // Over 150 charges, most without curated cues.
        QTest::newRow("dev2") << QStringLiteral("intel/statute_push_dev2.tsv") << 0.70 << 0.95;
    }
    void pushFloorOnDevSets()
    {
        QFETCH(QString, file);
        QFETCH(double, top1Floor);
        QFETCH(double, top5Floor);
        if (!m_push) {
            auto push = StatutePush::create(*m_lib, QDate(2024, 6, 1));
            QVERIFY2(push, qPrintable(push.errorMessage()));
            m_push = std::move(push).value();
        }
        QHash<QString, QString> articleOf;
        for (const Charge& c : m_push->charges())
            articleOf.insert(c.name, c.definingArticle().key());
        // The baseline: bigram BM25 over the articles of the specific part.
        const auto criminal = m_lib->versionInForce(QStringLiteral("刑法"), QDate(2024, 6, 1));
        QVERIFY(criminal);
        auto arts = StatuteOutline::articles(m_lib->path(), criminal->id);
        QVERIFY(arts);
        Bm25Index baseline;
        QStringList keys;
        for (const StatuteArticle& a : arts.value()) {
            if (a.number < 102)
                continue;
            baseline.add(a.text);
            keys << (a.suffix ? QStringLiteral("%1-%2").arg(a.number).arg(a.suffix)
                              : QString::number(a.number));
        }
        baseline.finish();
        int n = 0, top1 = 0, top5 = 0, base5 = 0;
        QSet<QString> charges;
        for (const QStringList& row : cdt::readTable(file)) {
            QVERIFY2(articleOf.contains(row.at(0)), qPrintable(row.at(0)));
            const QString want = articleOf.value(row.at(0));
            charges.insert(row.at(0));
            const auto got = m_push->suggest(row.at(1), 5);
            ++n;
            for (int i = 0; i < got.size(); ++i) {
                if (got.at(i).article == want) {
                    top1 += i == 0;
                    ++top5;
                    break;
                }
            }
            const QVector<double> bs = baseline.scores(row.at(1));
            const int w = int(keys.indexOf(want));
            QVERIFY(w >= 0);
            int better = 0;
            for (double b : bs)
                better += b > bs.at(w);
            base5 += better < 5;
        }
        qInfo("%s: %d cases, %d charges, top-1 %d, top-5 %d (baseline top-5 %d)", qPrintable(file),
              n, int(charges.size()), top1, top5, base5);
        QVERIFY(n >= 100);
        QVERIFY2(top1 >= n * top1Floor, qPrintable(QString::number(top1)));
        QVERIFY2(top5 >= n * top5Floor, qPrintable(QString::number(top5)));
        QVERIFY(top5 >= base5 + n / 5);
    }

    // What real fact paragraphs add around the conduct — the evidence list, the prosecution's
    // request, a prior conviction — must not move the answer: dev2 with such a tail on every
    // case keeps its figures within three cases.
    void pushIgnoresEvidenceAndRecord()
    {
        if (!m_push) {
            auto push = StatutePush::create(*m_lib, QDate(2024, 6, 1));
            QVERIFY(push);
            m_push = std::move(push).value();
        }
        const QString tail = QStringLiteral(
            "上述事实，有被害人陈述、证人证言、现场勘验检查笔录、扣押清单、鉴定意见、户籍证明、"
            "抓获经过等证据证实，足以认定。被告人曾因犯故意伤害罪于2014年被判处有期徒刑一年，"
            "2015年刑满释放。公诉机关认为应当依法追究其刑事责任。");
        QHash<QString, QString> articleOf;
        for (const Charge& c : m_push->charges())
            articleOf.insert(c.name, c.definingArticle().key());
        auto rankOf = [&](const QString& facts, const QString& want) {
            const auto got = m_push->suggest(facts, 5);
            for (int i = 0; i < got.size(); ++i)
                if (got.at(i).article == want)
                    return i;
            return -1;
        };
        int top1 = 0, top5 = 0, noisy1 = 0, noisy5 = 0;
        for (const QStringList& row :
             cdt::readTable(QStringLiteral("intel/statute_push_dev2.tsv"))) {
            const QString want = articleOf.value(row.at(0));
            const int clean = rankOf(row.at(1), want), noisy = rankOf(row.at(1) + tail, want);
            top1 += clean == 0;
            top5 += clean >= 0;
            noisy1 += noisy == 0;
            noisy5 += noisy >= 0;
        }
        qInfo("dev2 clean top-1 %d top-5 %d; with the tail top-1 %d top-5 %d", top1, top5, noisy1,
              noisy5);
        QVERIFY(noisy1 >= top1 - 3);
        QVERIFY(noisy5 >= top5 - 3);
    }

    // 罪状: the paragraph that defines the charge, without the penalty; a charge without a
    // paragraph takes the paragraphs no other charge of its article claims.
    void chargeElements()
    {
        const auto criminal = m_lib->versionInForce(QStringLiteral("刑法"), QDate(2024, 6, 1));
        QVERIFY(criminal);
        const auto indecency = m_lib->article(criminal->id, 237);
        QVERIFY(indecency);
        const QString child = ChargeEvidenceBuilder::elements(indecency->text, 3, {1, 3});
        QVERIFY(child.startsWith(QStringLiteral("猥亵儿童的")));
        QVERIFY(child.contains(QStringLiteral("聚众猥亵儿童")));
        QVERIFY(!child.contains(QStringLiteral("处五年")));
        const auto obstruct = m_lib->article(criminal->id, 277);
        QVERIFY(obstruct);
        const QString general = ChargeEvidenceBuilder::elements(obstruct->text, 0, {5});
        QVERIFY(general.contains(QStringLiteral("阻碍国家机关工作人员依法执行职务")));
        QVERIFY(!general.contains(QStringLiteral("人民警察")));
    }

    // Names in a text: the longest name ending at each 罪, so 信用卡诈骗罪 is not also 诈骗罪.
    void namedChargesTakeLongest()
    {
        QHash<QString, QVector<int>> names;
        names[QStringLiteral("诈骗罪")] << 0;
        names[QStringLiteral("信用卡诈骗罪")] << 1;
        names[QStringLiteral("盗窃罪")] << 2;
        const auto got = ChargeEvidenceBuilder::namedCharges(
            QStringLiteral("以信用卡诈骗罪定罪处罚；同时构成盗窃罪的"), names, 6);
        QCOMPARE(got, (QVector<int>{1, 2}));
    }

    // Sibling charges: the element that separates them decides, in either direction; a denied
    // element is no element; a charge without its required element is halved; someone else's
    // offence is background; a charge the facts name is never moved down.
    void contrastsDecideSiblings()
    {
        const QStringList names{QStringLiteral("走私、贩卖、运输、制造毒品罪"),
                                QStringLiteral("非法持有毒品罪"), QStringLiteral("袭警罪"),
                                QStringLiteral("故意伤害罪"), QStringLiteral("妨害公务罪")};
        const ChargeContrasts rules(names);
        enum { Trade, Hold, Police, Hurt, Duty };
        auto run = [&](const QString& facts, QVector<double> scores,
                       QVector<bool> named = QVector<bool>(5, false)) {
            QVector<QStringList> why(scores.size());
            rules.apply(facts, scores, why, named);
            return scores;
        };
        // Only holding: the trade charge yields, even when the facts deny a sale in its words.
        auto s = run(QStringLiteral("民警在其住处查获海洛因21克，现有证据不能证实其贩卖。"),
                     {5, 4, 0, 0, 0});
        QVERIFY(s.at(Hold) > s.at(Trade));
        // A sale: the trade charge over holding.
        s = run(QStringLiteral("被告人以每克300元的价格将海洛因卖给吸毒人员，民警查获海洛因3克。"),
                {4, 5, 0, 0, 0});
        QVERIFY(s.at(Trade) > s.at(Hold));
        // Too weak a candidate is not lifted.
        s = run(QStringLiteral("被告人将海洛因卖给吸毒人员。"), {1, 5, 0, 0, 0});
        QVERIFY(s.at(Hold) > s.at(Trade));
        // An officer on duty struck: 袭警 over 故意伤害 and 妨害公务.
        s = run(QStringLiteral("民警到场处理纠纷，被告人挥拳击打民警面部，致其轻微伤。"),
                {0, 0, 3, 5, 4});
        QVERIFY(s.at(Police) > s.at(Hurt));
        QVERIFY(s.at(Police) > s.at(Duty));
        // No officer: 袭警 lacks its required element.
        s = run(QStringLiteral("被告人在酒吧门口挥拳击打保安面部，致其轻伤二级。"),
                {0, 0, 4, 5, 0});
        QCOMPARE(s.at(Police), 2.0);
        // Someone else's offence is background.
        s = run(QStringLiteral("被告人明知其朋友涉嫌故意伤害后被通缉，仍为其提供住处。"),
                {0, 0, 0, 5, 0});
        QVERIFY(s.at(Hurt) < 5);
        // … also with the other person's name between (其朋友王某某涉嫌).
        QVERIFY(
            ChargeContrasts::backgroundSpans(QStringLiteral("得知其朋友王某某涉嫌故意伤害后逃逸。"))
                .join(QString())
                .contains(QStringLiteral("故意伤害")));
        // A charge the facts name keeps its score.
        QVector<bool> named(5, false);
        named[Trade] = true;
        s = run(QStringLiteral("民警在其住处查获海洛因21克。"), {5, 4, 0, 0, 0}, named);
        QCOMPARE(s.at(Trade), 5.0);
        QVERIFY(s.at(Hold) < s.at(Trade));
        // Facilities in use against idle ones: 破坏公用电信设施 or 盗窃 of the same cable.
        {
            const ChargeContrasts cable(
                {QStringLiteral("破坏广播电视设施、公用电信设施罪"), QStringLiteral("盗窃罪")});
            QVector<QStringList> why(2);
            QVector<double> sc{5, 4};
            cable.apply(QStringLiteral("被告人剪下通信基站铁塔上闲置的蓄电池组八组后运走。"), sc,
                        why, QVector<bool>(2, false));
            QVERIFY(sc.at(1) > sc.at(0));
            sc = {4, 5};
            cable.apply(QStringLiteral("被告人割断正在使用的通信光缆，致用户通信中断。"), sc, why,
                        QVector<bool>(2, false));
            QVERIFY(sc.at(0) > sc.at(1));
        }
        // Carrying others across the border: their crossing fills the facts, yet the one who
        // carried them is lifted over 偷越国（边）境 from far below (kWideReach).
        {
            const ChargeContrasts border({QStringLiteral("运送他人偷越国（边）境罪"),
                                          QStringLiteral("偷越国（边）境罪"),
                                          QStringLiteral("盗窃罪")});
            QVector<QStringList> why(3);
            QVector<double> sc{2, 14, 0};
            border.apply(QStringLiteral("被告人驾车接载十名越南籍人员，沿边境小道将其运送至市区。"),
                         sc, why, QVector<bool>(3, false));
            QVERIFY(sc.at(0) > sc.at(1));
        }
        // A sale the investigation did not find is no sale.
        QVERIFY(
            !ChargeContrasts::withoutNegations(QStringLiteral("侦查机关未能查获其贩卖毒品的证据。"))
                 .contains(QStringLiteral("贩卖")));
        // 伪造的人民币 is the counterfeit money bought, not money the accused made.
        {
            const ChargeContrasts money(
                {QStringLiteral("出售、购买、运输假币罪"), QStringLiteral("伪造货币罪")});
            QVector<QStringList> why(2);
            QVector<double> sc{3, 5};
            money.apply(QStringLiteral("被告人通过网络从他人处购买伪造的人民币，面额共计5万元。"),
                        sc, why, QVector<bool>(2, false));
            QVERIFY(sc.at(0) > sc.at(1));
        }
        QCOMPARE(ChargeContrasts::withoutNegations(QStringLiteral("未从中获利")).trimmed(),
                 QString());
    }

    // Everyday wording stands for statutory words; plain facts add nothing.
    void legalConceptsFromWording_data()
    {
        QTest::addColumn<QString>("facts");
        QTest::addColumn<QString>("concept");
        QTest::newRow("age") << QStringLiteral("被害人小芳（10岁）") << QStringLiteral("儿童");
        QTest::newRow("age in words")
            << QStringLiteral("被害人系不满十二周岁的女童") << QStringLiteral("不满十四周岁");
        QTest::newRow("minor") << QStringLiteral("被害人时年16岁") << QStringLiteral("未成年人");
        QTest::newRow("police") << QStringLiteral("用拳头猛击民警面部")
                                << QStringLiteral("人民警察");
        QTest::newRow("metro") << QStringLiteral("在地铁车厢内用镊子从背包中夹出钱包")
                               << QStringLiteral("扒窃");
        QTest::newRow("escape") << QStringLiteral("在看守所羁押期间趁就医之机逃脱")
                                << QStringLiteral("脱逃");
    }
    void legalConceptsFromWording()
    {
        QFETCH(QString, facts);
        QFETCH(QString, concept);
        QVERIFY2(legalConcepts(facts).contains(concept), qPrintable(legalConcepts(facts)));
    }
    void legalConceptsNeedTheirWording()
    {
        QCOMPARE(legalConcepts(QStringLiteral("被告人于2023年5月窃取手机一部，价值4800元。")),
                 QString());
        // An adult's age is no concept; 逃离现场 outside custody is no escape.
        QCOMPARE(legalConcepts(QStringLiteral("被告人（35岁）驾车撞人后逃离现场")), QString());
        // 公安机关在其住处查获 holds no one (关在).
        QVERIFY(!legalConcepts(QStringLiteral("公安机关在其住处查获假币五百张"))
                     .contains(QStringLiteral("非法拘禁")));
    }

    // The subject an article requires is read from its opening clause (not from the object of
    // 阻碍国家机关工作人员依法执行职务), and the facts must mention it in some wording.
    void specialSubjectGate()
    {
        QCOMPARE(requiredSubject(QStringLiteral("玩忽职守罪"),
                                 QStringLiteral("国家机关工作人员滥用职权或者玩忽职守，致使公共财产"
                                                "、国家和人民利益遭受重大损失的")),
                 SpecialSubject::StateOrgan);
        QCOMPARE(requiredSubject(QStringLiteral("妨害公务罪"),
                                 QStringLiteral("以暴力、威胁方法阻碍国家机关工作人员依法执行职务"
                                                "的，处三年以下有期徒刑")),
                 SpecialSubject::None);
        QCOMPARE(requiredSubject(QStringLiteral("为亲友非法牟利罪"),
                                 QStringLiteral("国有公司、企业、事业单位的工作人员，利用职务便利，"
                                                "有下列情形之一")),
                 SpecialSubject::StateEnterprise);
        QCOMPARE(requiredSubject(QStringLiteral("逃离部队罪"),
                                 QStringLiteral("违反兵役法规，逃离部队，情节严重的")),
                 SpecialSubject::Military);
        QCOMPARE(
            requiredSubject(QStringLiteral("盗窃罪"), QStringLiteral("盗窃公私财物，数额较大的")),
            SpecialSubject::None);
        QVERIFY(subjectFits(SpecialSubject::StateOrgan,
                            QStringLiteral("被告人系某县自然资源局执法大队队员")));
        QVERIFY(!subjectFits(SpecialSubject::StateOrgan,
                             QStringLiteral("被告人系某通信运营商营业厅员工，违规办理手机卡")));
        QVERIFY(!subjectFits(SpecialSubject::Military,
                             QStringLiteral("被告人骑车逃离现场，被害人追赶")));
        QVERIFY(subjectFits(SpecialSubject::None, QString()));
        // The docket prior favours the common charges, mildly.
        QVERIFY(docketPrior(QStringLiteral("危险驾驶罪")) > docketPrior(QStringLiteral("抢劫罪")));
        QVERIFY(docketPrior(QStringLiteral("抢劫罪")) > 0);
        QCOMPARE(docketPrior(QStringLiteral("逃离部队罪")), 0.0);
        QVERIFY(docketPrior(QStringLiteral("盗窃罪")) < 1.0);
    }
    // Facts that end in the prosecution's sentencing request (建议判处拘役，并处罚金) still point
    // to the conduct's charge, not to articles that share those sentencing words.
    void sentencingRequestIsNoEvidence()
    {
        if (!m_push) {
            auto push = StatutePush::create(*m_lib, QDate(2024, 6, 1));
            QVERIFY2(push, qPrintable(push.errorMessage()));
            m_push = std::move(push).value();
        }
        const auto got = m_push->suggest(
            QStringLiteral("公诉机关指控，被告人趁无人看管之机，用万能钥匙打开被害人停放的电动自行"
                           "车锁，将该车推走。经价格认定，该车价值2380元。公诉机关建议判处被告人拘"
                           "役五个月，并处罚金。"),
            5);
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.first().article, QStringLiteral("264"));
        for (const StatuteSuggestion& s : got)
            QVERIFY2(!s.why.contains(QStringLiteral("拘役")), qPrintable(s.why));
    }

    // What the proceedings did (依法扣押了被告人的手机, 被刑事拘留, 合议庭) is no conduct: a
    // drink-driving case stays 危险驾驶 and gets no 非法拘禁 for the seized phone; proceeds lost at
    // gambling keep the fraud first; a false sales pitch is no 诽谤; a bribe asked of a warden
    // for a son's bail is 行贿, whatever 取保候审 does to the clause.
    void proceedingsAndAftermathAreNoConduct_data()
    {
        QTest::addColumn<QString>("facts");
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("absent");
        QTest::newRow("seized phone")
            << QStringLiteral("2021年3月14日22时许，被告人李某饮酒后驾驶小型轿车沿环城北路行驶，被"
                              "执勤民警拦停检查。"
                              "经鉴定，李某血液中乙醇含量为156.3mg/"
                              "100ml。被告人到案后如实供述，因涉嫌犯罪被依法刑事"
                              "拘留，后变更为取保候审。另查明，公安机关依法扣押了被告人的手机一部，"
                              "经勘验提取了相关聊天"
                              "记录。本院受理后依法组成合议庭，公开开庭进行了审理。")
            << QStringLiteral("133-1") << QStringLiteral("238");
        QTest::newRow("proceeds gambled")
            << QStringLiteral("公诉机关指控：被告人罗某谎称可以内部价购买商品房，先后收取被害人周某"
                              "、吴某“购房定金”"
                              "共计32万元，后将款项用于网络赌博。案发后罗某主动投案。")
            << QStringLiteral("266") << QString();
        QTest::newRow("false pitch")
            << QStringLiteral("经审理查明：被告人陈某在二手交易平台发布低价出售二手手机的虚假信息，"
                              "待买家付款后将买家拉"
                              "黑，不发货，共骗取23名被害人钱款7.9万元。")
            << QStringLiteral("266") << QString();
        QTest::newRow("bail bribe")
            << QStringLiteral("经审理查明：被告人车某因其儿子涉嫌寻衅滋事被刑事拘留，为使其子得到取"
                              "保候审，车某通过朋"
                              "友联系上负责办理案件的民警乔某，先后送给乔某现金人民币5万元。")
            << QStringLiteral("389") << QString();
    }
    void proceedingsAndAftermathAreNoConduct()
    {
        QFETCH(QString, facts);
        QFETCH(QString, article);
        QFETCH(QString, absent);
        if (!m_push) {
            auto push = StatutePush::create(*m_lib, QDate(2024, 6, 1));
            QVERIFY2(push, qPrintable(push.errorMessage()));
            m_push = std::move(push).value();
        }
        const auto got = m_push->suggest(facts, 5);
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.first().article, article);
        if (!absent.isEmpty()) {
            for (const StatuteSuggestion& s : got)
                QVERIFY2(s.article != absent, qPrintable(s.why));
        }
    }

    // Another case the conduct happened around is background (在办理一起故意伤害案中), and a
    // threat of later harm (以曝光相威胁) is 敲诈勒索, not 抢劫.
    void backgroundCaseAndBlackmail()
    {
        if (!m_push) {
            auto push = StatutePush::create(*m_lib, QDate(2024, 6, 1));
            QVERIFY2(push, qPrintable(push.errorMessage()));
            m_push = std::move(push).value();
        }
        const auto bribe = m_push->suggest(
            QStringLiteral(
                "经审理查明，被告人系某县公安局民警，在办理一起故意伤害案过程中，接受犯"
                "罪嫌疑人家属的请托，收受现金人民币5万元，为其在取保候审等事项上谋取利益。"),
            5);
        QVERIFY(!bribe.isEmpty());
        QVERIFY2(bribe.first().article != QStringLiteral("234"), qPrintable(bribe.first().why));
        const auto threat = m_push->suggest(
            QStringLiteral("公诉机关指控，被告人偷拍了被害人的私密视频，后以将视频发给被害人妻子和"
                           "单位领导相威胁，先后三次向被害人索要人民币共计15万元。"),
            5);
        QVERIFY(!threat.isEmpty());
        QCOMPARE(threat.first().article, QStringLiteral("274"));
        // A beating meant to teach a lesson that ends in death is 故意伤害 (致人死亡).
        const auto beating = m_push->suggest(
            QStringLiteral(
                "被告人与被害人因琐事发生争执，随手抄起钢管朝被害人头部、背部连续击打，被"
                "害人送医后经抢救无效于次日死亡。经鉴定，被害人系钝性外力作用致颅脑损伤死"
                "亡。被告人辩称只想教训对方。"),
            5);
        QVERIFY(!beating.isEmpty());
        QCOMPARE(beating.first().article, QStringLiteral("234"));
        // Being stopped by officers is no 妨害公务 without violence or threats against them.
        const auto stopped = m_push->suggest(
            QStringLiteral(
                "被告人驾驶重型货车运输危险化学品，严重超过核定载质量装载，驶入城区禁行道"
                "路，被执法人员拦截查获。"),
            5);
        QVERIFY(!stopped.isEmpty());
        QCOMPARE(stopped.first().article, QStringLiteral("133-1"));
        for (const StatuteSuggestion& s : stopped) {
            if (s.article == QStringLiteral("277"))
                QVERIFY2(s.why.contains(QStringLiteral("暴力、威胁方法")), qPrintable(s.why));
        }
    }

    // How the accused was caught (被民警抓获) is no attack on the police; a charge whose article
    // names an object (陆生野生动物) needs it in the facts, not just a shared word (收购); two
    // people fighting (双方互殴) is no 聚众斗殴 without a group; and what the proceeds were spent
    // on is no charge.
    void caughtObjectAndGroup()
    {
        if (!m_push) {
            auto push = StatutePush::create(*m_lib, QDate(2024, 6, 1));
            QVERIFY2(push, qPrintable(push.errorMessage()));
            m_push = std::move(push).value();
        }
        const auto caught = m_push->suggest(
            QStringLiteral("被告人甲与邻居乙因宅基地纠纷发生争执，甲用木棍击打乙胸部，致乙多根肋"
                           "骨骨折，经鉴定为轻伤一级。案发后甲在家中被民警抓获。"),
            5);
        QVERIFY(!caught.isEmpty());
        QCOMPARE(caught.first().article, QStringLiteral("234"));
        for (const StatuteSuggestion& s : caught)
            QVERIFY2(s.article != QStringLiteral("277"), qPrintable(s.why));
        const auto fence = m_push->suggest(
            QStringLiteral("被告人先后三次在小区楼下将他人停放的电动自行车蓄电池拆下带走，共计价值"
                           "人民币3200元，所得电瓶均卖给废品收购站。"),
            5);
        QVERIFY(!fence.isEmpty());
        QCOMPARE(fence.first().article, QStringLiteral("264"));
        for (const StatuteSuggestion& s : fence)
            QVERIFY2(s.article != QStringLiteral("341"), qPrintable(s.why));
        const auto pair = m_push->suggest(
            QStringLiteral("被告人甲在酒吧饮酒时与邻桌的乙发生口角，继而双方互殴，甲用啤酒瓶砸向乙"
                           "面部，致其鼻骨骨折，经鉴定为轻伤二级。"),
            5);
        QVERIFY(!pair.isEmpty());
        QCOMPARE(pair.first().article, QStringLiteral("234"));
        const auto group = m_push->suggest(
            QStringLiteral("被告人甲因争抢生意召集员工二十余人，分乘四辆面包车前往乙的砂石场，双方"
                           "人员持铁锹、钢管互相殴打，造成三人轻伤。"),
            5);
        QVERIFY(!group.isEmpty());
        QCOMPARE(group.first().article, QStringLiteral("292"));
        // What the proceeds went to (用于网络赌博) is not the conduct charged.
        const auto spent = m_push->suggest(
            QStringLiteral("被告人通过婚恋交友软件结识被害人，谎称自己系某国企项目经理，先后以母亲"
                           "住院需交手术费等理由，骗取被害人钱款共计人民币18.6万元，所得款项被用于"
                           "网络赌博及个人挥霍。"),
            5);
        QVERIFY(!spent.isEmpty());
        QCOMPARE(spent.first().article, QStringLiteral("266"));
        for (const StatuteSuggestion& s : spent)
            QVERIFY2(s.article != QStringLiteral("303"), qPrintable(s.why));
    }

    // A prior conviction or another person's offence named in the facts is not the charge at
    // hand.
    void priorConvictionIsNotTheCharge()
    {
        if (!m_push) {
            auto push = StatutePush::create(*m_lib, QDate(2024, 6, 1));
            QVERIFY(push);
            m_push = std::move(push).value();
        }
        const QString facts = QStringLiteral(
            "公诉机关指控，被告人曾因犯故意伤害罪于2015年被判处有期徒刑二年。2023年5月1日，"
            "被告人醉酒后驾驶小型轿车，经检验血液中乙醇含量为160mg/100ml。");
        const auto ranked = m_push->rankCharges(facts);
        QVERIFY(!ranked.isEmpty());
        QCOMPARE(m_push->charges().at(ranked.first().charge).name, QStringLiteral("危险驾驶罪"));
        for (const auto& cs : ranked) {
            if (m_push->charges().at(cs.charge).name == QLatin1String("故意伤害罪")) {
                QVERIFY(!cs.why.join(QLatin1Char(' ')).contains(QStringLiteral("named")));
            }
        }
        // Someone else's offence is the background of the conduct, not its charge.
        const auto harbour = m_push->suggest(
            QStringLiteral("公诉机关指控，被告人明知其朋友涉嫌故意伤害罪被公安机关通缉，仍为其提供"
                           "住处并资助其逃往外地。"),
            5);
        QVERIFY(!harbour.isEmpty());
        QCOMPARE(harbour.first().article, QStringLiteral("310"));
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
    std::unique_ptr<StatutePush> m_push;
    QVector<Charge> m_charges;
};

QTEST_GUILESS_MAIN(TestStatuteIntel)
#include "tst_statute_intel.moc"
