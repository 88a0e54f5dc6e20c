#include "cases/caserepository.h"
#include "cases/demodata.h"
#include "drafting/documentreader.h"
#include "drafting/drafter.h"
#include "drafting/draftexport.h"
#include "drafting/proofreader.h"
#include "drafting/templaterepository.h"
#include "storage/profile.h"
#include "tst_draft_testlib.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;
namespace cdt = cdtest::drafting;

class TestDraftProofread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lib = cdt::statuteLibrary();
        QVERIFY(m_lib);
        auto repo = TemplateRepository::load();
        QVERIFY(repo);
        m_repo = std::make_unique<TemplateRepository>(std::move(repo).value());
    }

    void seededDocumentFindsEveryPlantedError()
    {
        auto input =
            DocumentReader::read(cdt::dataPath(QStringLiteral("drafting/seeded-judgment.txt")));
        QVERIFY2(input, qPrintable(input.errorMessage()));
        QVERIFY(!input->caseSnapshot.isEmpty());
        const QVector<ProofFinding> found = Proofreader(m_lib.get(), *m_repo).check(input.value());
        const QVector<QStringList> expected =
            cdt::readTable(QStringLiteral("drafting/seeded-judgment.expected.tsv"));
        QStringList missing;
        QVector<bool> used(found.size(), false);
        for (const QStringList& e : expected) {
            bool hit = false;
            for (int i = 0; i < found.size() && !hit; ++i) {
                const ProofFinding& f = found.at(i);
                if (!used[i] && f.rule == e.at(0) && f.text == e.at(1) &&
                    f.suggestion.contains(e.value(2))) {
                    used[i] = true;
                    hit = true;
                    QVERIFY(!f.message.isEmpty());
                    QCOMPARE(input->paragraphs.at(f.paragraph).mid(f.offset, f.length),
                             f.length ? f.text : QString());
                }
            }
            if (!hit)
                missing << e.join(QLatin1Char('|'));
        }
        QStringList extra;
        for (int i = 0; i < found.size(); ++i) {
            if (!used[i])
                extra << QString::fromUtf8(
                    QJsonDocument(found.at(i).toJson()).toJson(QJsonDocument::Compact));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not found: ") + missing.join(QStringLiteral("; "))));
        QVERIFY2(extra.isEmpty(),
                 qPrintable(QStringLiteral("unexpected: ") + extra.join(QLatin1Char('\n'))));
    }

    void cleanDocumentFindsNothing()
    {
        auto input =
            DocumentReader::read(cdt::dataPath(QStringLiteral("drafting/clean-judgment.txt")));
        QVERIFY(input);
        const QVector<ProofFinding> found = Proofreader(m_lib.get(), *m_repo).check(input.value());
        QStringList all;
        for (const ProofFinding& f : found)
            all << QString::fromUtf8(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact));
        QVERIFY2(found.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
    }

    void everyDraftedTemplateIsClean()
    {
        // What CourtDesk drafts must pass its own proofreading, in every export format.
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile);
        cdt::ClockScope clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoData::generate(profile.value()->database(), DemoOptions{40, 3}));
        CaseRepository cases(profile.value()->database(), QStringLiteral("test"));
        QHash<QString, CaseRecord> byKind;
        const QStringList numbers = cases.caseNumbers().value();
        for (const QString& n : numbers) {
            const CaseRecord c = cases.load(cases.idForNumber(n).value()).value();
            if (!byKind.contains(c.kind) || c.parties.size() > byKind.value(c.kind).parties.size())
                byKind.insert(c.kind, c);
        }
        const Drafter drafter(*m_repo, m_lib.get());
        const Proofreader proofreader(m_lib.get(), *m_repo);
        DraftOptions o;
        o.date = QDate(2026, 11, 28);
        for (const QString& id : m_repo->ids()) {
            const QString kind = m_repo->find(id)->meta.kind;
            const CaseRecord c =
                byKind.value(kind == QLatin1String("any") ? QStringLiteral("civil") : kind);
            auto doc = drafter.draft(c, id, o);
            QVERIFY2(doc, qPrintable(doc.errorMessage()));
            for (const QString& format : {QStringLiteral("odt"), QStringLiteral("docx")}) {
                auto in = format == QLatin1String("odt")
                              ? DocumentReader::readOdt(DraftExport::odt(doc.value()))
                              : DocumentReader::readDocx(DraftExport::docx(doc.value()));
                QVERIFY(in);
                QCOMPARE(in->caseSnapshot.value(QStringLiteral("caseNumber")).toString(),
                         c.caseNumber);
                const QVector<ProofFinding> found = proofreader.check(in.value());
                QStringList all;
                for (const ProofFinding& f : found)
                    all << QString::fromUtf8(
                        QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact));
                QVERIFY2(found.isEmpty(),
                         qPrintable(id + QLatin1Char('.') + format + QLatin1Char('\n') +
                                    all.join(QLatin1Char('\n'))));
            }
        }
    }

    void acceptsTheAllowedVariantsOfCapitals()
    {
        ProofInput in;
        in.paragraphs
            << QStringLiteral("被告支付1680.32元（大写：人民币壹仟陆佰捌拾元零叁角贰分）。")
            << QStringLiteral(
                   "被告支付107000元（大写：人民币壹拾万零柒仟元正），于9:30到庭，金额1,000元。");
        QVERIFY(Proofreader(m_lib.get(), *m_repo).check(in).isEmpty());
        in.paragraphs = {QStringLiteral("被告支付100元（大写：人民币一百元整）。")};
        const auto f = Proofreader(m_lib.get(), *m_repo).check(in);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().rule, QStringLiteral("amount-words"));
    }

    void lateNoticeBeforeTheLibraryIsReportedNotGuessed()
    {
        // A 2020 judgment cites 253 (2017 text); the library cannot check it and says so.
        ProofInput in;
        in.paragraphs
            << QStringLiteral(
                   "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》"
                   "第二百五十三条之规定，加倍支付迟延履行期间的债务利息。")
            << QStringLiteral("二〇二〇年六月一日");
        const auto f = Proofreader(m_lib.get(), *m_repo).check(in);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().rule, QStringLiteral("citation"));
        QCOMPARE(f.first().severity, ProofFinding::Severity::Info);
        // The same notice dated 2026 citing 253 is wrong: the article in force is 264.
        in.paragraphs[1] = QStringLiteral("二〇二六年六月一日");
        const auto g = Proofreader(m_lib.get(), *m_repo).check(in);
        QCOMPARE(g.size(), 1);
        QCOMPARE(g.first().suggestion, QStringLiteral("第二百六十四条"));
    }

    void cliPrintsJsonLines()
    {
        const QString cli = qEnvironmentVariable("COURTDESK_CLI");
        if (cli.isEmpty())
            QSKIP("COURTDESK_CLI is not set (run through ctest)");
        QProcess p;
        p.start(cli, {QStringLiteral("proofread"),
                      cdt::dataPath(QStringLiteral("drafting/seeded-judgment.txt"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(),
                 cdt::readTable(QStringLiteral("drafting/seeded-judgment.expected.tsv")).size());
        for (const QByteArray& l : lines) {
            const QJsonObject o = QJsonDocument::fromJson(l).object();
            for (const char* key : {"rule", "paragraph", "offset", "message", "suggestion"})
                QVERIFY2(o.contains(QLatin1String(key)), l.constData());
        }
        p.start(cli, {QStringLiteral("proofread"),
                      cdt::dataPath(QStringLiteral("drafting/clean-judgment.txt"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

private:
    std::unique_ptr<StatuteLibrary> m_lib;
    std::unique_ptr<TemplateRepository> m_repo;
};

QTEST_GUILESS_MAIN(TestDraftProofread)
#include "tst_draft_proofread.moc"
