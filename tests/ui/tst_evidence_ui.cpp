// The evidence review UI: import through the importer (real OCR workers, two small pages),
// thumbnails, page view with word boxes, keyboard navigation, a correction as a revision,
// suggestions, the password prompt, the case-view hook, and a screenshot for people to look at.
#include "../core/tst_ocr_util.h"
#include "cases/caserepository.h"
#include "cases/caseview.h"
#include "common/recordtable.h"
#include "evidence/evidenceimporter.h"
#include "evidence/evidencepageview.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencereviewwidget.h"
#include "evidence/evidencetabhook.h"
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
        text->setPlainText(
            QStringLiteral("（2026）甘0102民初88号\n原告张建国诉被告李秀英借款合同纠纷一案。\n"
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
