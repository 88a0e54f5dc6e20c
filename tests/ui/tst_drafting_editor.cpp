#include "../core/tst_draft_testlib.h"
#include "app/mainwindow.h"
#include "cases/caserepository.h"
#include "cases/demodata.h"
#include "common/progressjob.h"
#include "drafting/batchdialog.h"
#include "drafting/documentlayout.h"
#include "drafting/drafteditor.h"
#include "drafting/draftexport.h"
#include "drafting/draftingmenu.h"
#include "drafting/draftingservices.h"
#include "drafting/draftstore.h"
#include "drafting/editordocument.h"
#include "drafting/evidencedialog.h"
#include "drafting/findreplacebar.h"
#include "drafting/pagepreview.h"
#include "drafting/statutedialog.h"
#include "drafting/versionsdialog.h"
#include "drafting/zipfile.h"
#include "storage/profile.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextEdit>
#include <QtTest>

using namespace cd;
using namespace cd::ui;
namespace cdt = cdtest::drafting;

class TestDraftingEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(cdt::statuteLibrary()); // points COURTDESK_STATUTES_DB at the build-tree library
        auto p = Profile::open(m_dir.path());
        QVERIFY(p);
        m_profile = std::move(p).value();
        cdt::ClockScope clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoData::generate(m_profile->database(), DemoOptions{40, 11}));
        CaseRepository cases(m_profile->database(), QStringLiteral("test"));
        const QStringList numbers = cases.caseNumbers().value();
        int best = -1;
        for (const QString& n : numbers) {
            const CaseRecord c = cases.load(cases.idForNumber(n).value()).value();
            if (c.kind != QLatin1String("civil"))
                continue;
            m_civil << n;
            int score = int(c.parties.size()) * 2;
            for (const Party& party : c.parties)
                score += party.agent.isEmpty() ? 0 : 1;
            if (score > best) {
                best = score;
                m_caseId = c.id;
            }
        }
        QVERIFY(m_caseId);
        m_services = std::make_unique<DraftingServices>(*m_profile);
        bool ready = false;
        m_services->ensureStatutes(nullptr, [&](bool ok, const QString& e) {
            ready = true;
            QVERIFY2(ok, qPrintable(e));
        });
        QTRY_VERIFY_WITH_TIMEOUT(ready, 60000);
        QVERIFY(m_services->statutes());
        m_out = QDir(cdt::testOutputDir()).filePath(QStringLiteral("screenshots"));
        QDir().mkpath(m_out);
    }

    void editorShowsTheDraftedJudgment()
    {
        QString error;
        m_editor =
            DraftEditor::createForCase(*m_services, m_caseId, QStringLiteral("civil-judgment"),
                                       QDate(2026, 11, 28), nullptr, &error);
        QVERIFY2(m_editor, qPrintable(error));
        m_editor->setAttribute(Qt::WA_DeleteOnClose, false);
        m_editor->resize(1280, 900);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor));
        QCOMPARE(m_editor->currentVersion(), 1);
        const QString text = m_editor->editor()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("民事判决书")));
        QVERIFY(text.contains(QStringLiteral("第二百六十四条")));
        // The title block carries the title style.
        QTextBlock b = m_editor->editor()->document()->begin().next();
        QCOMPARE(EditorDocument::partOf(b), DraftPart::Title);
        m_editor->proofread();
        QCOMPARE(m_editor->findingsList()->count(), 1); // "No problems found."
        QVERIFY(m_editor->grab().save(QDir(m_out).filePath(QStringLiteral("draft-editor.png"))));
    }

    void undoRedoAndPartStyles()
    {
        QTextEdit* e = m_editor->editor();
        const QString before = e->toPlainText();
        // A new numbered item after the first one: numbering follows.
        QTextCursor c(e->document());
        QVERIFY(!e->document()->find(QStringLiteral("一、被告")).isNull());
        c = e->document()->find(QStringLiteral("一、被告"));
        c.movePosition(QTextCursor::EndOfBlock);
        e->setTextCursor(c);
        c.insertBlock();
        c.insertText(QStringLiteral("驳回原告的其他诉讼请求。"));
        e->setTextCursor(c);
        m_editor->setPart(DraftPart::Item);
        QVERIFY(e->toPlainText().contains(QStringLiteral("二、驳回原告的其他诉讼请求。")));
        QCOMPARE(m_editor->partBox()->currentText(), DraftEditor::tr("Numbered item (一、)"));
        QVERIFY(m_editor->undoAction()->isEnabled());
        while (e->document()->isUndoAvailable())
            e->undo();
        QCOMPARE(e->toPlainText(), before);
        QVERIFY(m_editor->redoAction()->isEnabled());
        e->redo();
        QVERIFY(e->toPlainText() != before);
        while (e->document()->isUndoAvailable())
            e->undo();
        QCOMPARE(e->toPlainText(), before);
    }

    void findAndReplace()
    {
        FindReplaceBar* bar = m_editor->findBar();
        bar->showReplace();
        bar->setSearchText(QStringLiteral("本院认为"));
        QVERIFY(bar->findNext());
        QCOMPARE(m_editor->editor()->textCursor().selectedText(), QStringLiteral("本院认为"));
        bar->setSearchText(QStringLiteral("审理终结"));
        bar->setReplaceText(QStringLiteral("审理完毕"));
        QCOMPARE(bar->replaceAll(), 1);
        QVERIFY(m_editor->editor()->toPlainText().contains(QStringLiteral("审理完毕")));
        m_editor->editor()->undo(); // one step
        QVERIFY(m_editor->editor()->toPlainText().contains(QStringLiteral("审理终结")));
        bar->hide();
    }

    void insertStatuteInForceOnTheDocumentDate()
    {
        StatuteDialog d(*m_services->statutes(), QDate(2026, 11, 28), m_editor);
        d.setQuery(QStringLiteral("民事诉讼法 加倍支付迟延履行期间的债务利息"));
        QVERIFY(d.resultCount() > 0);
        d.selectResult(0);
        QCOMPARE(d.citation(), QStringLiteral("《中华人民共和国民事诉讼法》第二百六十四条"));
        // The same search for a 2023 document finds the 2021 text's article 260.
        StatuteDialog old(*m_services->statutes(), QDate(2023, 5, 1), m_editor);
        old.setQuery(QStringLiteral("民事诉讼法 加倍支付迟延履行期间的债务利息"));
        old.selectResult(0);
        QCOMPARE(old.citation(), QStringLiteral("《中华人民共和国民事诉讼法》第二百六十条"));

        QTextEdit* e = m_editor->editor();
        QTextCursor c = e->document()->find(QStringLiteral("本院认为，"));
        c.setPosition(c.selectionEnd()); // insert after the words, not over them
        e->setTextCursor(c);
        QVERIFY(
            m_editor->insertCitation(QStringLiteral("依照《中华人民共和国民法典》第五百七十七条"),
                                     QStringLiteral("第五百七十七条　当事人一方不履行合同义务……")));
        bool quote = false;
        for (QTextBlock b = e->document()->begin(); b.isValid(); b = b.next())
            quote |= EditorDocument::partOf(b) == DraftPart::Quote &&
                     b.text().startsWith(QStringLiteral("第五百七十七条"));
        QVERIFY(quote);
        QVERIFY(e->toPlainText().contains(
            QStringLiteral("本院认为，依照《中华人民共和国民法典》第五百七十七条")));
    }

    void insertEvidence()
    {
        EvidenceDialog d({{1, QStringLiteral("借款合同"), QStringLiteral("原告")}}, m_editor);
        d.select(0);
        QCOMPARE(d.reference(), QStringLiteral("（证据1：借款合同）"));
        m_editor->insertEvidenceReference(d.reference());
        QVERIFY(m_editor->editor()->toPlainText().contains(QStringLiteral("（证据1：借款合同）")));
    }

    void boldReachesTheExports()
    {
        QTextEdit* e = m_editor->editor();
        QTextCursor c = e->document()->find(QStringLiteral("本案现已审理终结"));
        QVERIFY(!c.isNull());
        e->setTextCursor(c);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        e->mergeCurrentCharFormat(bold);
        const DraftDocument doc = m_editor->document();
        bool found = false;
        for (const DraftParagraph& p : doc.paragraphs) {
            for (const TextSpan& s : p.bold)
                found |= p.text.mid(s.start, s.length) == QStringLiteral("本案现已审理终结");
        }
        QVERIFY(found);
        QVERIFY(DraftExport::docx(doc).size() > 0);
        auto zip = ZipReader::open(DraftExport::docx(doc));
        QVERIFY(zip);
        const QByteArray xml = zip->read(QStringLiteral("word/document.xml")).value();
        QVERIFY(xml.contains("<w:b/>"));
        QVERIFY(QString::fromUtf8(xml).contains(
            QStringLiteral("<w:t xml:space=\"preserve\">本案现已审理终结</w:t>")));
        auto odt = ZipReader::open(DraftExport::odt(doc));
        QVERIFY(
            QString::fromUtf8(odt->read(QStringLiteral("content.xml")).value())
                .contains(QStringLiteral(
                    "<text:span text:style-name=\"CourtDeskBold\">本案现已审理终结</text:span>")));
        // The draft store keeps it (JSON), the PDF sets it in the bold face.
        QCOMPARE(DraftDocument::fromJson(doc.toJson()).toJson(), doc.toJson());
        e->undo();
    }

    void versionsDiffAndRestore()
    {
        QVERIFY(m_editor->save());
        QCOMPARE(m_editor->currentVersion(), 2);
        QVERIFY(!m_editor->save() || m_editor->currentVersion() == 2); // unchanged: no new version
        DraftStore* store = m_services->store();
        VersionsDialog d(*store, m_editor->draftId(), QStringLiteral("test"), m_editor);
        QVERIFY(d.compare(1, 2));
        QVERIFY(d.diffHtml().contains(QStringLiteral("证据1")));
        d.resize(1100, 700);
        d.show();
        QVERIFY(d.grab().save(QDir(m_out).filePath(QStringLiteral("draft-versions.png"))));
        QSignalSpy restored(&d, &VersionsDialog::restored);
        connect(&d, &VersionsDialog::restored, m_editor,
                [this](int n) { m_editor->loadVersion(n); });
        d.findChild<QListWidget*>(QStringLiteral("versionList"))->setCurrentRow(1); // version 1
        QMetaObject::invokeMethod(&d, [&d] {
            for (QPushButton* b : d.findChildren<QPushButton*>())
                if (b->text() == VersionsDialog::tr("Restore This Version"))
                    b->click();
        });
        QCOMPARE(restored.count(), 1);
        QCOMPARE(m_editor->currentVersion(), 3);
        QVERIFY(!m_editor->editor()->toPlainText().contains(QStringLiteral("证据1：借款合同")));
    }

    void previewMatchesTheExport()
    {
        const DraftDocument doc = m_editor->document();
        PagePreviewDialog preview(doc, m_editor);
        const QString pdf = QDir(m_out).filePath(QStringLiteral("draft-editor-export.pdf"));
        QString report;
        QVERIFY2(m_editor->exportTo(pdf, &report), qPrintable(report));
        QCOMPARE(preview.pageCount(), DocumentLayout(doc).pageCount());
        QVERIFY(
            preview.pageImage(0).save(QDir(m_out).filePath(QStringLiteral("draft-preview-1.png"))));
        preview.resize(760, 900);
        preview.show();
        QVERIFY(
            preview.grab().save(QDir(m_out).filePath(QStringLiteral("draft-preview-dialog.png"))));
    }

    void proofreadingFindsAPlantedSlip()
    {
        QTextEdit* e = m_editor->editor();
        QTextCursor c = e->document()->find(QStringLiteral("本院认为"));
        c.insertText(QStringLiteral("本院的的认为"));
        const auto findings = m_editor->proofread();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, QStringLiteral("repeat"));
        m_editor->findingsList()->setCurrentRow(0);
        QCOMPARE(e->textCursor().selectedText(), QStringLiteral("的的"));
        m_editor->editor()->undo();
        QVERIFY(m_editor->proofread().isEmpty());
    }

    void batchWithProgressAndCancel()
    {
        BatchDialog d(*m_services);
        d.setTemplate(QStringLiteral("notice-of-acceptance"));
        d.setFormat(ExportFormat::Odt);
        d.setOutputDir(m_dir.filePath(QStringLiteral("batch")));
        d.checkCases(m_civil.mid(0, 3));
        QCOMPARE(d.checkedCases().size(), 3);
        QSignalSpy done(&d, &BatchDialog::batchFinished);
        QVERIFY(d.start());
        QVERIFY(done.wait(60000));
        QCOMPARE(d.result().succeeded(), 3);

        d.checkCases(m_civil);
        d.setFormat(ExportFormat::Pdf);
        QVERIFY(d.start());
        d.job()->dialog()->cancel(); // the user presses Cancel at once
        QVERIFY(done.wait(60000));
        QVERIFY(d.result().cancelled || d.result().items.size() == m_civil.size());
        QVERIFY(d.result().items.size() <= m_civil.size());
    }

    void mainWindowHasTheDocumentsMenu()
    {
        MainWindow w(*m_profile, nullptr);
        auto* menu = w.menuBar()->findChild<DraftingMenu*>(QStringLiteral("draftingMenu"));
        QVERIFY(menu);
        const QList<QAction*> top = w.menuBar()->actions();
        QVERIFY(top.size() >= 3);
        // Documents, then Hearings (whose notices it drafts), both before Help (the last).
        auto* hearings = w.menuBar()->findChild<QMenu*>(QStringLiteral("hearingMenu"));
        QVERIFY(hearings);
        const qsizetype documentsAt = top.indexOf(menu->menuAction());
        const qsizetype hearingsAt = top.indexOf(hearings->menuAction());
        QVERIFY(documentsAt >= 0 && documentsAt < hearingsAt);
        QVERIFY(hearingsAt < top.size() - 1);
    }

    void cleanupTestCase()
    {
        if (m_editor) {
            m_editor->editor()->document()->setModified(false);
            delete m_editor;
        }
        m_services.reset();
        m_profile.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<DraftingServices> m_services;
    QPointer<DraftEditor> m_editor;
    qint64 m_caseId = 0;
    QStringList m_civil;
    QString m_out;
};

QTEST_MAIN(TestDraftingEditor)
#include "tst_drafting_editor.moc"
