#include "cases/caserepository.h"
#include "cases/demodata.h"
#include "common/clock.h"
#include "drafting/documenttemplate.h"
#include "drafting/drafter.h"
#include "drafting/provisions.h"
#include "drafting/templaterenderer.h"
#include "drafting/templaterepository.h"
#include "storage/profile.h"
#include "tst_draft_testlib.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cd;
namespace cdt = cdtest::drafting;

class TestDraftTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lib = cdt::statuteLibrary();
        QVERIFY(m_lib);
        auto repo = TemplateRepository::load();
        QVERIFY2(repo, qPrintable(repo.errorMessage()));
        m_repo = std::make_unique<TemplateRepository>(std::move(repo).value());
    }

    void standardSetIsComplete()
    {
        QCOMPARE(m_repo->ids(), TemplateRepository::standardIds());
        QCOMPARE(m_repo->ids().size(), 13);
        for (const QString& id : m_repo->ids()) {
            QVERIFY(!m_repo->find(id)->meta.title.isEmpty());
            QVERIFY(!m_repo->find(id)->meta.description.isEmpty());
        }
    }

    void rendersBlocksConditionsAndNumbering()
    {
        auto t = DocumentTemplate::parse(
            QStringLiteral(
                "id: x\ntitle: 测试\n---\n"
                "[title]{{t}}\n"
                "{{#each people as p}}\n"
                "[party]{{p.role}}：{{p.name}}{{#if p.agent}}，代理人{{p.agent}}{{/if}}。\n"
                "{{/each}}\n"
                "{{#if missing}}\n[body]不应出现\n{{#else}}\n[body]共{{people.count}}人，{{> "
                "inl}}。\n{{/if}}\n"
                "{{#each items as it}}\n[item]{{it}}\n{{/each}}\n"
                "[body]金额{{amount|yuan}}元（{{amount|capitals}}），{{when|cndate}}，{{when|date}}"
                "。\n"
                "[item]再一项\n"
                "{{> block}}\n"
                "[signature]审判员　张三\n"),
            QStringLiteral("x.cdt"));
        QVERIFY2(t, qPrintable(t.errorMessage()));
        const auto inl =
            DocumentTemplate::parse(QStringLiteral("内联{{t}}\n"), QStringLiteral("inl"));
        const auto block = DocumentTemplate::parse(QStringLiteral("[body]第一段\n[body]第二段\n"),
                                                   QStringLiteral("block"));
        QVERIFY(inl && block);
        TemplateRenderer r([&](const QString& id) -> const DocumentTemplate* {
            return id == QLatin1String("inl")     ? &inl.value()
                   : id == QLatin1String("block") ? &block.value()
                                                  : nullptr;
        });
        const QVariantMap ctx{
            {QStringLiteral("t"), QStringLiteral("标题")},
            {QStringLiteral("people"),
             QVariantList{QVariantMap{{QStringLiteral("role"), QStringLiteral("原告")},
                                      {QStringLiteral("name"), QStringLiteral("王芳")},
                                      {QStringLiteral("agent"), QStringLiteral("李强")}},
                          QVariantMap{{QStringLiteral("role"), QStringLiteral("被告")},
                                      {QStringLiteral("name"), QStringLiteral("赵磊")}}}},
            {QStringLiteral("items"),
             QStringList{QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")}},
            {QStringLiteral("amount"), qint64(15000000)},
            {QStringLiteral("when"), QDate(2026, 11, 28)},
        };
        auto paras = r.render(t.value(), ctx);
        QVERIFY2(paras, qPrintable(paras.errorMessage()));
        QStringList texts;
        for (const DraftParagraph& p : paras.value())
            texts << draftPartKey(p.part) + QLatin1Char('|') + p.text;
        const QStringList expected{
            QStringLiteral("title|标题"),
            QStringLiteral("party|原告：王芳，代理人李强。"),
            QStringLiteral("party|被告：赵磊。"),
            QStringLiteral("body|共2人，内联标题。"),
            QStringLiteral("item|一、甲"),
            QStringLiteral("item|二、乙"),
            QStringLiteral("item|三、丙"),
            QStringLiteral(
                "body|金额150000元（壹拾伍万元整），二〇二六年十一月二十八日，2026年11月28日。"),
            QStringLiteral("item|一、再一项"),
            QStringLiteral("body|第一段"),
            QStringLiteral("body|第二段"),
            QStringLiteral("signature|审判员　张三"),
        };
        QCOMPARE(texts, expected);
    }

    void reportsTemplateErrors()
    {
        QVERIFY(
            !DocumentTemplate::parse(QStringLiteral("{{#if a}}\n[body]x\n"), QStringLiteral("a")));
        QVERIFY(!DocumentTemplate::parse(QStringLiteral("[body]{{a\n"), QStringLiteral("b")));
        QVERIFY(!DocumentTemplate::parse(QStringLiteral("{{/each}}\n"), QStringLiteral("c")));
        const auto e = DocumentTemplate::parse(
            QStringLiteral("id: z\n---\n[body]ok\n{{#each x}}\n"), QStringLiteral("z.cdt"));
        QVERIFY(!e);
        QVERIFY2(e.errorMessage().contains(QStringLiteral("z.cdt, line 4")),
                 qPrintable(e.errorMessage()));
    }

    void latePaymentArticleByDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("status");
        for (const QStringList& r :
             cdt::readTable(QStringLiteral("drafting/late-payment-article.tsv")))
            QTest::newRow(qPrintable(r.at(0)))
                << QDate::fromString(r.at(0), Qt::ISODate) << r.at(1) << r.at(2);
    }
    void latePaymentArticleByDate()
    {
        QFETCH(QDate, date);
        QFETCH(QString, article);
        QFETCH(QString, status);
        const ProvisionTable table = ProvisionTable::fromRepository(*m_repo);
        const ProvisionCitation c =
            table.resolve(QStringLiteral("late-payment"), date, m_lib.get());
        static const QHash<QString, ProvisionCitation::Status> names{
            {QStringLiteral("verified"), ProvisionCitation::Status::Verified},
            {QStringLiteral("not-in-library"), ProvisionCitation::Status::NotInLibrary},
            {QStringLiteral("none"), ProvisionCitation::Status::None},
        };
        QVERIFY2(c.status == names.value(status), qPrintable(c.message));
        if (article != QLatin1String("-"))
            QCOMPARE(c.article, article);
        if (c.status == ProvisionCitation::Status::Verified)
            QVERIFY(c.text.contains(QStringLiteral("加倍支付迟延履行期间的债务利息")));
        else
            QVERIFY(!c.message.isEmpty());
    }

    void everyProvisionRowInTheCorpusIsVerified()
    {
        // A row for a text the corpus holds must match it; a typo in the table fails here.
        const ProvisionTable table = ProvisionTable::fromRepository(*m_repo);
        int verified = 0;
        for (const ProvisionRow& row : table.rows()) {
            const ProvisionCitation c = table.resolve(row.key, row.effectiveFrom, m_lib.get());
            QVERIFY2(c.status != ProvisionCitation::Status::Mismatch, qPrintable(c.message));
            verified += c.status == ProvisionCitation::Status::Verified;
        }
        QVERIFY(verified >= 9);
    }

    void draftsAJudgmentFromADemoCase()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile);
        cdt::ClockScope clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoData::generate(profile.value()->database(), DemoOptions{40, 7}));
        CaseRepository cases(profile.value()->database(), QStringLiteral("test"));
        const QStringList numbers = cases.caseNumbers().value();
        CaseRecord civil;
        for (const QString& n : numbers) {
            auto c = cases.load(cases.idForNumber(n).value()).value();
            if (c.kind == QLatin1String("civil") &&
                c.procedure == QLatin1String("civil-ordinary")) {
                civil = c;
                break;
            }
        }
        QVERIFY(!civil.caseNumber.isEmpty());
        Drafter drafter(*m_repo, m_lib.get());
        DraftOptions o;
        o.date = QDate(2026, 11, 28);
        auto doc = drafter.draft(civil, QStringLiteral("civil-judgment"), o);
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        const QString text = doc->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("甘肃省兰州市城关区人民法院\n民事判决书\n") +
                                civil.caseNumber));
        QVERIFY(text.contains(
            QStringLiteral("《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付")));
        QVERIFY(text.contains(QStringLiteral("二〇二六年十一月二十八日")));
        QVERIFY(text.contains(QStringLiteral("上诉于甘肃省兰州市中级人民法院")));
        QVERIFY(text.contains(QStringLiteral("审判长　") + civil.judge));
        QVERIFY(text.contains(QStringLiteral("一、被告")));
        for (const Party& p : civil.parties)
            QVERIFY(text.contains(p.name));
        QVERIFY2(doc->warnings.isEmpty(), qPrintable(doc->warnings.join(QLatin1Char('\n'))));
        qInfo().noquote() << text;
        // 2020: the 2017 text is not in the library; the draft cites 253 and says so.
        o.date = QDate(2020, 6, 1);
        doc = drafter.draft(civil, QStringLiteral("civil-judgment"), o);
        QVERIFY(doc);
        QVERIFY(doc->toPlainText().contains(
            QStringLiteral("《中华人民共和国民事诉讼法》第二百五十三条")));
        QVERIFY(doc->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("第二百五十三条")));
    }

    void profileOverridesTemplates()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("templates/clauses")));
        QDir().mkpath(dir.filePath(QStringLiteral("templates/data")));
        auto write = [&](const QString& rel, const QString& text) {
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        };
        write(QStringLiteral("templates/summons.cdt"),
              QStringLiteral("id: summons\ntitle: 传票\nkind: civil\ndescription: "
                             "local\n---\n[title]本院传票 {{> local}}\n"));
        write(QStringLiteral("templates/clauses/local.cdt"), QStringLiteral("本地条款\n"));
        write(QStringLiteral("templates/custom-note.cdt"),
              QStringLiteral(
                  "id: custom-note\ntitle: 告知书\nkind: any\ndescription: extra\n---\n[body]x\n"));
        write(QStringLiteral("templates/broken.cdt"), QStringLiteral("id: broken\n---\n{{#if\n"));
        write(QStringLiteral("templates/data/courts.tsv"),
              QStringLiteral("甘0102\t本地法院名\t甘01\n"));
        auto repo = TemplateRepository::load(dir.path());
        QVERIFY2(repo, qPrintable(repo.errorMessage()));
        QCOMPARE(repo->ids().size(), 14);
        QCOMPARE(repo->ids().last(), QStringLiteral("custom-note"));
        QVERIFY(!repo->find(QStringLiteral("summons"))->meta.builtIn);
        QCOMPARE(repo->loadWarnings().size(), 1);
        QCOMPARE(CourtDirectory::fromRepository(repo.value()).name(QStringLiteral("甘0102")),
                 QStringLiteral("本地法院名"));
        QVERIFY(repo->clause(QStringLiteral("late-payment"))); // built-ins stay
    }

private:
    std::unique_ptr<StatuteLibrary> m_lib;
    std::unique_ptr<TemplateRepository> m_repo;
};

QTEST_GUILESS_MAIN(TestDraftTemplates)
#include "tst_draft_templates.moc"
