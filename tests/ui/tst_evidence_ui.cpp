// The evidence review UI: import through the importer (real OCR workers, two small pages),
// thumbnails, page view with word boxes, keyboard navigation, a correction as a revision,
// suggestions, the password prompt, the case-view hook, and a screenshot for people to look at.
#include "../core/tst_ocr_util.h"
#include "cases/casecontroller.h"
#include "cases/caserepository.h"
#include "cases/caseview.h"
#include "common/recordtable.h"
#include "evidence/evidenceimporter.h"
#include "evidence/evidencepageview.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencereviewwidget.h"
#include "evidence/evidencetabhook.h"
#include "evidence/suggestionapply.h"
#include "evidence/suggestionspanel.h"
#include "storage/profile.h"

#include <QDir>
#include <QInputDialog>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace cd;

class TestEvidenceUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    qint64 m_caseId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto p = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(p);
        m_profile = std::move(p).value();
        CaseRecord c;
        c.caseNumber = QStringLiteral("（2026）甘0102民初88号");
        c.cause = QStringLiteral("民间借贷纠纷");
        c.filedOn = QDate(2026, 1, 5);
        c.judge = QStringLiteral("马建国");
        Party pl;
        pl.role = QStringLiteral("plaintiff");
        pl.name = QStringLiteral("张建国");
        c.parties << pl;
        auto id = CaseRepository(m_profile->database(), QStringLiteral("t")).create(c);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        m_caseId = id.value();
        const QStringList page1{QStringLiteral("（2026）甘0102民初88号"),
                                QStringLiteral("原告张建国诉被告李秀英借款合同纠纷一案。"),
                                QStringLiteral("被告于2021年3月15日借款人民币50000元。")};
        const QStringList page2{QStringLiteral("收条"),
                                QStringLiteral("今收到张建国借款伍万元整。"),
                                QStringLiteral("联系电话13912345678")};
        QVERIFY(ocrtest::writeFile(
            m_dir.filePath(QStringLiteral("借条.pdf")),
            ocrtest::scannedPdf({ocrtest::renderPage(page1), ocrtest::renderPage(page2, true)})));
    }

    void importReviewCorrectAndSuggest()
    {
        ui::EvidenceReviewWidget w(*m_profile);
        w.resize(1400, 900);
        w.show();
        w.setCase(m_caseId);
        QSignalSpy finished(w.importer(), &EvidenceImporter::finished);
        QSignalSpy progress(w.importer(), &EvidenceImporter::progress);
        w.importFiles({m_dir.filePath(QStringLiteral("借条.pdf"))});
        QVERIFY(finished.wait(120000));
        QVERIFY(!progress.isEmpty());
        QVERIFY(w.currentItem() > 0);
        QCOMPARE(w.pageCount(), 2);
        auto* thumbs = w.findChild<QListWidget*>(QStringLiteral("pageThumbnails"));
        QCOMPARE(thumbs->count(), 2);
        QTRY_VERIFY(!thumbs->item(1)->icon().isNull());

        w.showPage(1);
        QVERIFY(w.pageView()->page().words.size() > 5);
        auto* text = w.findChild<QPlainTextEdit*>(QStringLiteral("correctionText"));
        QVERIFY(text->toPlainText().contains(QStringLiteral("借款")));

        // Keyboard navigation (not while typing in the text panel).
        w.pageView()->setFocus();
        QTest::keyClick(w.pageView(), Qt::Key_PageDown);
        QCOMPARE(w.currentPage(), 2);
        QTest::keyClick(w.pageView(), Qt::Key_PageUp);
        QCOMPARE(w.currentPage(), 1);

        // A correction is a new revision; the OCR text is kept.
        text->setPlainText(QStringLiteral(
            "（2026）甘0102民初88号\n原告张建国诉被告李秀英借款合同纠纷一案（经核对）。\n"
            "被告于2021年3月15日借款人民币50000元。"));
        QVERIFY(w.saveCorrection());
        EvidenceRepository repo(m_profile->database(), QStringLiteral("t"));
        QCOMPARE(repo.page(w.currentItem(), 1)->revision, 1);
        QVERIFY(!repo.page(w.currentItem(), 1)->ocr.text.isEmpty());

        // Suggestions: case number, parties, date, amounts, phone; one click accepts.
        QStringList kinds;
        for (const Extraction& e : w.suggestions()->suggestions())
            kinds << Extractor::kindLabel(e.kind) + QLatin1Char('=') + e.value;
        QVERIFY2(kinds.contains(QStringLiteral("Case number=（2026）甘0102民初88号")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY2(kinds.contains(QStringLiteral("Party=张建国")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY2(kinds.contains(QStringLiteral("Amount=5000000")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        QSignalSpy accepted(&w, &ui::EvidenceReviewWidget::suggestionAccepted);
        w.suggestions()->accept(0);
        QCOMPARE(accepted.size(), 1);

        // Export reuses the pages' searchable PDFs written during OCR (no second recognition).
        const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
        QVERIFY(w.importer()->exportSearchablePdf(w.currentItem(), exported));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {exported});
        QVERIFY(info.waitForFinished());
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+2"))));
        // The corrected page's text layer carries the correction (exact characters, no
        // radicals); the uncorrected page keeps its OCR layer.
        auto pageText = [&](int n) {
            QProcess t;
            t.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QString::number(n), QStringLiteral("-l"),
                     QString::number(n), exported, QStringLiteral("-")});
            t.waitForFinished();
            return QString::fromUtf8(t.readAllStandardOutput())
                .remove(QRegularExpression(QStringLiteral("\\s")));
        };
        if (qEnvironmentVariableIsSet("COURTDESK_TEST_OUTPUT")) // kept for a look at the pages
            QFile::copy(exported, QDir(qEnvironmentVariable("COURTDESK_TEST_OUTPUT"))
                                      .filePath(QStringLiteral("evidence-exported.pdf")));
        const QString p1 = pageText(1);
        QVERIFY2(p1.contains(QStringLiteral("原告张建国诉被告李秀英借款合同纠纷一案（经核对）。")),
                 qPrintable(p1));
        QVERIFY2(p1.contains(QStringLiteral("人民币50000元")), qPrintable(p1));
        const QString p2 = pageText(2);
        QVERIFY2(p2.contains(QStringLiteral("收条")) && !p2.contains(QStringLiteral("经核对")),
                 qPrintable(p2));

        // Re-import of the same file is detected.
        QSignalSpy dup(w.importer(), &EvidenceImporter::duplicate);
        w.importFiles({m_dir.filePath(QStringLiteral("借条.pdf"))});
        QCOMPARE(dup.size(), 1);

        w.showPage(2);
        w.pageView()->setShowText(false);
        QApplication::processEvents();
        const QString out = QDir(qEnvironmentVariable("COURTDESK_TEST_OUTPUT", m_dir.path()))
                                .filePath(QStringLiteral("screenshots"));
        QDir().mkpath(out);
        QVERIFY(w.grab().save(QDir(out).filePath(QStringLiteral("evidence-review.png"))));
    }

    void screenshotOfARealScan()
    {
        // COURTDESK_REVIEW_SAMPLE=scan.jpg: screenshots of a degraded scan, boxes and text.
        const QString sample = qEnvironmentVariable("COURTDESK_REVIEW_SAMPLE");
        if (sample.isEmpty())
            QSKIP("COURTDESK_REVIEW_SAMPLE not set");
        ui::EvidenceReviewWidget w(*m_profile);
        w.resize(1500, 1000);
        w.show();
        w.setCase(m_caseId);
        QSignalSpy finished(w.importer(), &EvidenceImporter::finished);
        w.importFiles({sample});
        QVERIFY(finished.wait(120000));
        w.showItem(w.importer() ? w.currentItem() : 0);
        w.pageView()->setZoom(0.8);
        QApplication::processEvents();
        const QString out = QDir(qEnvironmentVariable("COURTDESK_TEST_OUTPUT", m_dir.path()))
                                .filePath(QStringLiteral("screenshots"));
        QDir().mkpath(out);
        QVERIFY(w.grab().save(QDir(out).filePath(QStringLiteral("evidence-review-scan.png"))));
        w.pageView()->setShowText(true);
        QApplication::processEvents();
        QVERIFY(w.grab().save(QDir(out).filePath(QStringLiteral("evidence-review-scan-text.png"))));
    }

    void passwordIsAskedFor()
    {
        ui::EvidenceReviewWidget w(*m_profile);
        w.show();
        w.setCase(m_caseId);
        QSignalSpy needs(w.importer(), &EvidenceImporter::passwordRequired);
        QSignalSpy finished(w.importer(), &EvidenceImporter::finished);
        w.importFiles({QStringLiteral(COURTDESK_OCR_TEST_DATA "/protected.pdf")});
        QVERIFY(finished.wait(60000));
        QCOMPARE(needs.size(), 1);
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<QInputDialog*>(QStringLiteral("pdfPasswordDialog"))) !=
                    nullptr);
        dialog->setTextValue(QStringLiteral("secret"));
        dialog->accept();
        QVERIFY(finished.wait(60000));
        EvidenceRepository repo(m_profile->database(), QStringLiteral("t"));
        const qint64 id = needs.first().first().toLongLong();
        QCOMPARE(repo.load(id)->ocrStatus, EvidenceOcrStatus::Done);
        QVERIFY(repo.page(id, 1)->currentText.contains(QStringLiteral("password test page")));
    }

    // Accepting a suggestion saves it into the case through the controller, so Ctrl+Z undoes it.
    void acceptedSuggestionIsSavedAndUndoable()
    {
        CaseRepository repo(m_profile->database(), QStringLiteral("t"));
        ui::CaseController cases(repo);
        const QString text = QStringLiteral("被告：李秀英，联系电话13811112222。");
        const QVector<Extraction> found = Extractor::extract(text, 1);
        Extraction name, phone;
        for (const Extraction& e : found) {
            if (e.kind == ExtractKind::PartyName)
                name = e;
            if (e.kind == ExtractKind::Phone)
                phone = e;
        }
        QCOMPARE(name.value, QStringLiteral("李秀英"));
        const int before = repo.load(m_caseId)->parties.size();
        auto added = ui::applySuggestion(nullptr, cases, m_caseId, name, found, QString());
        QVERIFY2(added, qPrintable(added.errorMessage()));
        auto called = ui::applySuggestion(nullptr, cases, m_caseId, phone, found, QString());
        QVERIFY2(called, qPrintable(called.errorMessage()));
        auto after = repo.load(m_caseId);
        QCOMPARE(after->parties.size(), before + 1);
        QCOMPARE(after->parties.last().name, QStringLiteral("李秀英"));
        QCOMPARE(after->parties.last().role, QStringLiteral("defendant"));
        QCOMPARE(after->parties.last().phone, QStringLiteral("13811112222"));
        cases.undoStack()->undo();
        cases.undoStack()->undo();
        QCOMPARE(repo.load(m_caseId)->parties.size(), before);
        // No open case: a clear message, nothing written.
        QVERIFY(!ui::applySuggestion(nullptr, cases, 0, name, found, QString()));
    }

    void hookPutsTheReviewIntoTheEvidenceTab()
    {
        ui::CaseView view(m_profile->database());
        ui::EvidenceReviewWidget* review = ui::installEvidenceReview(&view, *m_profile);
        QVERIFY(review);
        QWidget* tab = view.tabs()->widget(ui::CaseView::EvidenceTab);
        QVERIFY(qobject_cast<QSplitter*>(tab));
        QVERIFY(review->parentWidget() == tab);
        QVERIFY(view.table(ui::CaseView::EvidenceTab)->parentWidget() == tab);
        auto c = CaseRepository(m_profile->database(), QStringLiteral("t")).load(m_caseId);
        view.setRecord(c.value());
        view.setCurrentTab(ui::CaseView::EvidenceTab);
        QTRY_COMPARE(review->caseId(), m_caseId);
    }
};

QTEST_MAIN(TestEvidenceUi)
#include "tst_evidence_ui.moc"
