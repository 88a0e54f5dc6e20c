// The clerk's transcript pane: typed lines stamped with the recording offset (manual clock),
// Ctrl+2 picks the second speaker, Enter appends, double-click edits, undo, Ctrl+S saves a
// version; screenshot test-output/screenshots/hearing-transcript.png.
#include "cases/caserecord.h"
#include "common/clock.h"
#include "drafting/draftstore.h"
#include "hearing/transcript.h"
#include "hearing/transcripteditor.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace cd;

class TestTranscriptUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString shot(const QString& name)
    {
        const QString out = QDir(qEnvironmentVariable("COURTDESK_TEST_OUTPUT", m_dir.path()))
                                .filePath(QStringLiteral("screenshots"));
        QDir().mkpath(out);
        return QDir(out).filePath(name);
    }

private Q_SLOTS:
    void clerkTypesTagsAndSaves()
    {
        CaseRecord c;
        c.caseNumber = QStringLiteral("（2026）甘0102民初123号");
        c.courtName = QStringLiteral("甘肃省兰州市城关区人民法院");
        c.cause = QStringLiteral("民间借贷纠纷");
        Party p;
        p.role = QStringLiteral("plaintiff");
        p.name = QStringLiteral("张三");
        Party d;
        d.role = QStringLiteral("defendant");
        d.name = QStringLiteral("李四");
        c.parties = {p, d};

        auto store = DraftStore::open(DraftStore::pathForProfile(m_dir.path()));
        QVERIFY2(store, qPrintable(store.errorMessage()));
        const QDateTime start(QDate(2026, 11, 28), QTime(1, 0), Qt::UTC);
        ManualClock clock(start);
        Transcript t;
        t.setClock(&clock);
        t.setHeader({c.caseNumber, c.courtName, c.cause, QStringLiteral("互联网法庭"), start});
        t.setSpeakers(Transcript::speakersFor(c, QStringLiteral("陈静")));
        // speakers: 1 审判长, 2 书记员陈静, 3 原告张三, 4 被告李四

        QSplitter window;
        auto* video = new QLabel(QStringLiteral("▶ video"), &window);
        video->setAlignment(Qt::AlignCenter);
        video->setStyleSheet(QStringLiteral("background:#202124;color:#9aa0a6;font-size:20px"));
        window.addWidget(video);
        auto* editor = new ui::TranscriptEditor(t, &window);
        window.addWidget(editor);
        window.setSizes({620, 580});
        editor->setStore(store.value().get(), QStringLiteral("陈静"));
        window.resize(1200, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* speaker = editor->findChild<QComboBox*>(QStringLiteral("transcriptSpeaker"));
        auto* input = editor->findChild<QLineEdit*>(QStringLiteral("transcriptInput"));
        auto* list = editor->findChild<QTreeWidget*>(QStringLiteral("transcriptLines"));
        auto* status = editor->findChild<QLabel*>(QStringLiteral("transcriptStatus"));
        QVERIFY(speaker && input && list && status);
        QCOMPARE(speaker->count(), 4);
        QCOMPARE(status->text(), QStringLiteral("Not saved yet"));
        input->setFocus();

        auto say = [&](int key, qint64 atSeconds, const QString& text) {
            QTest::keyClick(input, Qt::Key(Qt::Key_0 + key), Qt::ControlModifier);
            clock.set(start.addSecs(atSeconds));
            // What an input method commits: key events carrying the characters.
            for (const QChar ch : text) {
                QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
                QApplication::sendEvent(input, &press);
            }
            QTest::keyClick(input, Qt::Key_Return);
        };
        say(1, 12, QStringLiteral("现在开庭。核对当事人身份。"));
        QCOMPARE(speaker->currentIndex(), 0);
        say(2, 40, QStringLiteral("原告张三、被告李四均已到庭。"));
        QCOMPARE(speaker->currentIndex(), 1);
        QCOMPARE(t.lines().last().speakerLabel, QStringLiteral("书记员陈静"));
        say(3, 95, QStringLiteral("请求判令被告归还借款十万元及利息。"));
        say(4, 151, QStringLiteral("借款已于2025年归还，有转账记录为证。"));
        say(1, 3723, QStringLiteral("双方是否愿意调解？"));
        QVERIFY(input->text().isEmpty());
        QCOMPARE(t.lines().size(), 5);
        QCOMPARE(list->topLevelItemCount(), 5);
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("00:00:40"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("书记员陈静"));
        QCOMPARE(list->topLevelItem(4)->text(0), QStringLiteral("01:02:03"));
        QCOMPARE(t.lines()[3].offsetMs, 151'000);

        // Enter on an empty line adds nothing.
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(t.lines().size(), 5);

        // Editing a line's text (what double-click opens), then undo and redo it.
        list->topLevelItem(2)->setText(2, QStringLiteral("请求判令被告归还借款十万元。"));
        QCOMPARE(t.lines()[2].text, QStringLiteral("请求判令被告归还借款十万元。"));
        QCOMPARE(t.lines()[2].offsetMs, 95'000);
        editor->undoStack()->undo();
        QCOMPARE(t.lines()[2].text, QStringLiteral("请求判令被告归还借款十万元及利息。"));
        QCOMPARE(list->topLevelItem(2)->text(2), t.lines()[2].text);
        editor->undoStack()->redo();
        QCOMPARE(t.lines()[2].text, QStringLiteral("请求判令被告归还借款十万元。"));
        // Ctrl+Z in the pane undoes the last added line too.
        say(2, 3730, QStringLiteral("误记"));
        QCOMPARE(t.lines().size(), 6);
        QTest::keyClick(input, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(t.lines().size(), 5);

        // Ctrl+S saves version 1; a change and Ctrl+S, version 2.
        QTest::keyClick(input, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(t.lastVersion(), 1);
        QVERIFY2(status->text().startsWith(QStringLiteral("Saved version 1 at ")),
                 qPrintable(status->text()));
        say(3, 3750, QStringLiteral("原告愿意调解。"));
        QVERIFY(status->text().endsWith(QStringLiteral(" (changed since)")));
        QTest::keyClick(input, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(t.lastVersion(), 2);
        auto drafts = store.value()->drafts(c.caseNumber);
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->first().latestVersion, 2);
        auto v2 = store.value()->version(t.draftId(), 2);
        QVERIFY(v2);
        QVERIFY(v2->document.paragraphTexts().contains(
            QStringLiteral("[01:02:30] 原告张三：原告愿意调解。")));

        QVERIFY(window.grab().save(shot(QStringLiteral("hearing-transcript.png"))));
    }
};

QTEST_MAIN(TestTranscriptUi)
#include "tst_transcript_ui.moc"
