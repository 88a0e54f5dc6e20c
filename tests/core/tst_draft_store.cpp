#include "audit/auditlog.h"
#include "cases/caserepository.h"
#include "cases/demodata.h"
#include "drafting/batchdrafter.h"
#include "drafting/documentfonts.h"
#include "drafting/draftstore.h"
#include "drafting/textdiff.h"
#include "storage/profile.h"
#include "tst_draft_testlib.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;
namespace cdt = cdtest::drafting;

class TestDraftStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(cdt::statuteLibrary()); }

    void everySaveIsAVersion()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile);
        auto store =
            DraftStore::open(DraftStore::pathForProfile(dir.path()), &profile.value()->database());
        QVERIFY2(store, qPrintable(store.errorMessage()));
        DraftDocument doc;
        doc.templateId = QStringLiteral("civil-judgment");
        doc.title = QStringLiteral("民事判决书");
        doc.caseNumber = QStringLiteral("（2026）甘0102民初1号");
        doc.paragraphs = {{DraftPart::Title, QStringLiteral("民事判决书"), {}},
                          {DraftPart::Body, QStringLiteral("本院认为，原告的诉讼请求成立。"), {}},
                          {DraftPart::Item, QStringLiteral("一、被告支付100元。"), {}}};
        auto id = store.value()->create(doc, QStringLiteral("马建国"));
        QVERIFY(id);
        // Saving unchanged text adds nothing; a change adds version 2.
        QCOMPARE(store.value()->save(id.value(), doc, QStringLiteral("马建国")).value(), 1);
        DraftDocument edited = doc;
        edited.paragraphs[1].text = QStringLiteral("本院认为，原告的部分诉讼请求成立。");
        edited.paragraphs << DraftParagraph{
            DraftPart::Item, QStringLiteral("二、驳回原告的其他诉讼请求。"), {}};
        QCOMPARE(store.value()->save(id.value(), edited, QStringLiteral("马建国")).value(), 2);
        auto history = store.value()->history(id.value());
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->first().number, 2);

        // Diff between version 1 and 2.
        const auto v1 = store.value()->version(id.value(), 1).value();
        const auto v2 = store.value()->version(id.value(), 2).value();
        const auto diff =
            TextDiff::paragraphs(v1.document.paragraphTexts(), v2.document.paragraphTexts());
        const auto sum = TextDiff::summarize(diff);
        QCOMPARE(sum.changed, 1);
        QCOMPARE(sum.added, 1);
        QCOMPARE(sum.removed, 0);
        for (const DiffParagraph& p : diff) {
            if (p.kind == DiffParagraph::Kind::Changed) {
                QString added;
                for (const DiffSegment& s : p.segments)
                    if (s.kind == DiffSegment::Kind::Added)
                        added += s.text;
                QCOMPARE(added, QStringLiteral("部分"));
            }
        }

        // Restoring version 1 is version 3, equal to 1; version 2 stays.
        QCOMPARE(store.value()->restore(id.value(), 1, QStringLiteral("马建国")).value(), 3);
        const auto v3 = store.value()->version(id.value(), 3).value();
        QCOMPARE(v3.document.paragraphTexts(), doc.paragraphTexts());
        QCOMPARE(v3.note, QStringLiteral("restored-from:1"));
        QVERIFY(store.value()->version(id.value(), 2));
        QCOMPARE(store.value()->drafts(doc.caseNumber).value().first().latestVersion, 3);

        // Each version is in the case store's audit chain.
        auto entries = AuditLog(profile.value()->database())
                           .entriesFor(QStringLiteral("draft"), QString::number(id.value()));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 3);
        QVERIFY(AuditLog(profile.value()->database()).verify().value().ok);
    }

    void refusesANewerStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
        {
            auto s = DraftStore::open(path);
            QVERIFY(s);
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto s = DraftStore::open(path);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Unsupported);
    }

    void characterDiff()
    {
        const auto segs =
            TextDiff::characters(QStringLiteral("判决如下：一"), QStringLiteral("裁定如下：一"));
        QString removed, added;
        for (const DiffSegment& s : segs) {
            if (s.kind == DiffSegment::Kind::Removed)
                removed += s.text;
            if (s.kind == DiffSegment::Kind::Added)
                added += s.text;
        }
        QCOMPARE(removed, QStringLiteral("判决"));
        QCOMPARE(added, QStringLiteral("裁定"));
    }

    void batchWithProgressAndCancel()
    {
        QTemporaryDir dir;
        QStringList numbers;
        {
            auto profile = Profile::open(dir.filePath(QStringLiteral("p")));
            QVERIFY(profile);
            cdt::ClockScope clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
            QVERIFY(DemoData::generate(profile.value()->database(), DemoOptions{100, 5}));
            CaseRepository cases(profile.value()->database(), QStringLiteral("test"));
            const QStringList all = cases.caseNumbers().value();
            for (const QString& n : all) {
                if (n.contains(QStringLiteral("民初")) && numbers.size() < 50)
                    numbers << n;
            }
        }
        QCOMPARE(numbers.size(), 50);
        DocumentFonts::instance();
        DraftBatchRequest req;
        req.profileDir = dir.filePath(QStringLiteral("p"));
        req.caseNumbers = numbers;
        req.templateId = QStringLiteral("civil-judgment");
        req.date = QDate(2026, 11, 28);
        req.outputDir = dir.filePath(QStringLiteral("out"));
        req.format = ExportFormat::Pdf;
        int calls = 0;
        auto all = BatchDrafter::run(req, [&](int done, int total) {
            ++calls;
            return done <= total;
        });
        QVERIFY2(all, qPrintable(all.errorMessage()));
        QCOMPARE(all->succeeded(), 50);
        QCOMPARE(calls, 50);
        QVERIFY(!all->cancelled);
        qInfo("batch: 50 civil judgments as PDF in %lld ms", all->millis);
        QCOMPARE(QDir(req.outputDir).entryList({QStringLiteral("*.pdf")}).size(), 50);

        req.outputDir = dir.filePath(QStringLiteral("cancelled"));
        req.caseNumbers = numbers.mid(0, 20) << QStringLiteral("（2026）甘0102民初99999号");
        auto part = BatchDrafter::run(req, [&](int done, int) { return done < 5; });
        QVERIFY(part);
        QVERIFY(part->cancelled);
        QCOMPARE(part->items.size(), 5);
        QCOMPARE(QDir(req.outputDir).entryList({QStringLiteral("*.pdf")}).size(), 5);

        // A case that does not exist fails alone.
        req.caseNumbers = {numbers.first(), QStringLiteral("（2026）甘0102民初99999号")};
        req.format = ExportFormat::Odt;
        auto mixed = BatchDrafter::run(req);
        QVERIFY(mixed);
        QCOMPARE(mixed->succeeded(), 1);
        QVERIFY(!mixed->items.last().error.isEmpty());
    }
};

QTEST_MAIN(TestDraftStore)
#include "tst_draft_store.moc"
