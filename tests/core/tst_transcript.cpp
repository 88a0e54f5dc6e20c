// The hearing transcript (庭审笔录): lines stamped against the recording with a manual clock,
// speakers from the case, the document it becomes, versions in the draft store, the journal
// that survives a crash, and the exported PDF's text (pdftotext).
#include "cases/caserecord.h"
#include "common/clock.h"
#include "drafting/draftexport.h"
#include "drafting/draftstore.h"
#include "hearing/transcript.h"
#include "storage/profile.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

namespace {

CaseRecord sampleCase()
{
    CaseRecord c;
    c.caseNumber = QStringLiteral("（2026）甘0102民初123号");
    c.courtName = QStringLiteral("甘肃省兰州市城关区人民法院");
    c.cause = QStringLiteral("民间借贷纠纷");
    c.judge = QStringLiteral("马建国");
    c.panel = QStringLiteral("李梅、王强");
    Party p;
    p.role = QStringLiteral("plaintiff");
    p.name = QStringLiteral("张三");
    p.agent = QStringLiteral("赵律师");
    Party d;
    d.role = QStringLiteral("defendant");
    d.name = QStringLiteral("李四");
    c.parties = {p, d};
    return c;
}

// The heading writes the hearing time in local time.
const QDateTime kStart(QDate(2026, 11, 28), QTime(9, 0), Qt::LocalTime);

} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void speakersFromTheCase()
    {
        const auto s = Transcript::speakersFor(sampleCase(), QStringLiteral("陈书记"));
        QStringList labels;
        for (const auto& x : s)
            labels << x.label;
        QCOMPARE(labels,
                 QStringList({QStringLiteral("审判长"), QStringLiteral("审判员李梅"),
                              QStringLiteral("审判员王强"), QStringLiteral("书记员陈书记"),
                              QStringLiteral("原告张三"), QStringLiteral("原告代理人赵律师"),
                              QStringLiteral("被告李四")}));
        QCOMPARE(s.first().key, QStringLiteral("presiding"));
        QCOMPARE(s[4].key, QStringLiteral("party-1"));
    }

    void linesAreStampedAgainstTheRecording()
    {
        ManualClock clock(kStart.addSecs(-30));
        Transcript t;
        t.setClock(&clock);
        t.setSpeakers(Transcript::speakersFor(sampleCase()));
        // Before the recording starts lines are stamped 0.
        QCOMPARE(t.currentOffsetMs(), 0);
        t.setRecordingStart(kStart);
        clock.set(kStart.addMSecs(65'500));
        QSignalSpy changed(&t, &Transcript::changed);
        QCOMPARE(t.append(QStringLiteral("presiding"), QStringLiteral("现在开庭。")), 0);
        clock.advanceSeconds(3600);
        t.append(QStringLiteral("party-1"), QStringLiteral("请求被告归还借款。"));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(t.lines()[0].offsetMs, 65'500);
        QCOMPARE(t.lines()[1].offsetMs, 3'665'500);
        QCOMPARE(t.lines()[1].speakerLabel, QStringLiteral("原告张三"));
        QCOMPARE(Transcript::formatOffset(t.lines()[1].offsetMs), QStringLiteral("01:01:05"));

        // Each operation has an exact inverse (what the editor's undo uses).
        const TranscriptLine before = t.lines()[1];
        TranscriptLine edited = before;
        edited.text = QStringLiteral("请求被告归还借款十万元。");
        QCOMPARE(t.replaceLine(1, edited), before);
        QCOMPARE(t.lines()[1].text, edited.text);
        QCOMPARE(t.removeLine(1), edited);
        QCOMPARE(t.lines().size(), 1);
        t.insertLine(1, before);
        QCOMPARE(t.lines()[1], before);
    }

    void documentSavedAsCaseDocumentWithVersionsAndExported()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.path());
        QVERIFY(profile);
        auto store =
            DraftStore::open(DraftStore::pathForProfile(dir.path()), &profile.value()->database());
        QVERIFY2(store, qPrintable(store.errorMessage()));

        ManualClock clock(kStart);
        const CaseRecord c = sampleCase();
        Transcript t;
        t.setClock(&clock);
        t.setHeader({c.caseNumber, c.courtName, c.cause, QStringLiteral("第三法庭"), kStart});
        t.setSpeakers(Transcript::speakersFor(c));
        clock.advanceSeconds(12);
        t.append(QStringLiteral("presiding"), QStringLiteral("现在开庭。"));
        clock.advanceSeconds(75);
        t.append(QStringLiteral("party-1"), QStringLiteral("请求被告归还借款十万元。"));
        clock.advanceSeconds(30);
        t.append(QStringLiteral("party-2"), QStringLiteral("借款已经归还。")); // the defendant

        const DraftDocument doc = t.toDraft();
        QCOMPARE(doc.title, QStringLiteral("庭审笔录"));
        QCOMPARE(doc.caseNumber, c.caseNumber);
        QCOMPARE(doc.date, QDate(2026, 11, 28));
        const QStringList texts = doc.paragraphTexts();
        QCOMPARE(texts.first(), c.courtName);
        QVERIFY(texts.contains(QStringLiteral("庭审笔录")));
        QVERIFY(texts.contains(c.caseNumber));
        QVERIFY2(texts.contains(QStringLiteral("时间：2026年11月28日上午9时00分")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(texts.contains(QStringLiteral("地点：第三法庭")));
        QVERIFY(texts.contains(QStringLiteral("[00:00:12] 审判长：现在开庭。")));
        QVERIFY(texts.contains(QStringLiteral("[00:01:27] 原告张三：请求被告归还借款十万元。")));
        QCOMPARE(texts.last(), QStringLiteral("[00:01:57] 被告李四：借款已经归还。"));

        // First save creates the case document, a later one adds a version; unchanged adds none.
        QSignalSpy saved(&t, &Transcript::saved);
        auto v1 = t.save(*store.value(), QStringLiteral("陈书记"));
        QVERIFY2(v1, qPrintable(v1.errorMessage()));
        QCOMPARE(v1.value(), 1);
        QVERIFY(!t.isModified());
        QCOMPARE(t.lastSaved(), clock.now());
        clock.advanceSeconds(10);
        t.append(QStringLiteral("clerk"), QStringLiteral("核对无误。"));
        QCOMPARE(t.save(*store.value(), QStringLiteral("陈书记")).value(), 2);
        QCOMPARE(t.save(*store.value(), QStringLiteral("陈书记")).value(), 2);
        QCOMPARE(saved.count(), 3);
        auto drafts = store.value()->drafts(c.caseNumber);
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->first().title, QStringLiteral("庭审笔录"));
        QCOMPARE(drafts->first().templateId, QStringLiteral("hearing-transcript"));
        QCOMPARE(drafts->first().latestVersion, 2);
        // A stored version carries the lines, so the transcript reopens from it.
        auto v2 = store.value()->version(t.draftId(), 2);
        QVERIFY(v2);
        auto reopened = Transcript::fromJson(
            v2->document.caseSnapshot.value(QStringLiteral("transcript")).toObject());
        QVERIFY(reopened);
        std::unique_ptr<Transcript> owner(reopened.value());
        QCOMPARE(owner->lines(), t.lines());
        QCOMPARE(owner->draftId(), t.draftId());

        // Export through the drafting export; the PDF's text has the tagged lines.
        const QString pdf = QDir(dir.path()).filePath(QStringLiteral("transcript.pdf"));
        auto r = DraftExport::write(v2->document, pdf);
        QVERIFY2(r, qPrintable(r.errorMessage() + r.error().detail));
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char(' '));
        for (const QString& line : {QStringLiteral("庭审笔录"), c.caseNumber,
                                    QStringLiteral("[00:00:12]审判长：现在开庭。"),
                                    QStringLiteral("[00:01:27]原告张三：请求被告归还借款十万元。"),
                                    QStringLiteral("[00:01:57]被告李四：借款已经归还。"),
                                    QStringLiteral("[00:02:07]书记员：核对无误。")})
            QVERIFY2(text.contains(line), qPrintable(line + QLatin1Char('\n') + text));
    }

    void journalKeepsLinesThroughACrash()
    {
        QTemporaryDir dir;
        const QString journal = QDir(dir.path()).filePath(QStringLiteral("transcript.json"));
        ManualClock clock(kStart);
        {
            Transcript t;
            t.setClock(&clock);
            t.setHeader({QStringLiteral("（2026）甘0102民初123号"), {}, {}, {}, kStart});
            t.setSpeakers(Transcript::speakersFor(sampleCase()));
            t.setJournalPath(journal);
            clock.advanceSeconds(5);
            t.append(QStringLiteral("presiding"), QStringLiteral("现在开庭。"));
            // No save and no clean shutdown: the journal already has the line.
        }
        auto back = Transcript::loadJournal(journal);
        QVERIFY2(back, qPrintable(back.errorMessage()));
        std::unique_ptr<Transcript> t(back.value());
        QCOMPARE(t->lines().size(), 1);
        QCOMPARE(t->lines()[0].offsetMs, 5000);
        QCOMPARE(t->lines()[0].speakerLabel, QStringLiteral("审判长"));
        QCOMPARE(t->recordingStart(), kStart);
        QVERIFY(t->isModified());

        // A new session for the case takes the lines over and keeps journalling them.
        Transcript again;
        again.setHeader({QStringLiteral("（2026）甘0102民初123号"), {}, {}, {}, {}});
        again.setSpeakers(Transcript::speakersFor(sampleCase()));
        QCOMPARE(again.restoreJournal(journal).value(), 1);
        QCOMPARE(again.lines(), t->lines());
        QCOMPARE(again.recordingStart(), kStart);
        QVERIFY(!again.restoreJournal(journal)); // not over existing lines
        again.setJournalPath(journal);

        // Once everything is saved, the journal has nothing to restore.
        QTemporaryDir storeDir;
        auto store = DraftStore::open(DraftStore::pathForProfile(storeDir.path()));
        QVERIFY(store);
        QVERIFY(again.save(*store.value(), QStringLiteral("陈书记")));
        Transcript third;
        QCOMPARE(third.restoreJournal(journal).value(), 0);
        QVERIFY(third.lines().isEmpty());

        QFile damaged(journal);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"lines\": [");
        damaged.close();
        auto bad = Transcript::loadJournal(journal);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::Corrupt);
    }

    void autosaveAddsVersionsWhenChanged()
    {
        QTemporaryDir dir;
        auto store = DraftStore::open(DraftStore::pathForProfile(dir.path()));
        QVERIFY2(store, qPrintable(store.errorMessage()));
        Transcript t;
        t.setHeader({QStringLiteral("（2026）甘0102民初123号"), {}, {}, {}, kStart});
        t.setSpeakers(Transcript::speakersFor(sampleCase()));
        QSignalSpy saved(&t, &Transcript::saved);
        t.setAutosave(store.value().get(), QStringLiteral("陈书记"), 50);
        t.append(QStringLiteral("presiding"), QStringLiteral("现在开庭。"));
        QVERIFY(saved.wait(2000));
        QCOMPARE(t.lastVersion(), 1);
        QTest::qWait(200); // unchanged: no further saves
        QCOMPARE(saved.count(), 1);
        t.append(QStringLiteral("clerk"), QStringLiteral("记录。"));
        QVERIFY(saved.wait(2000));
        QCOMPARE(t.lastVersion(), 2);
        t.setAutosave(nullptr, {}, 0);
    }
};

QTEST_MAIN(TestTranscript) // the PDF export needs QGuiApplication (fonts)
#include "tst_transcript.moc"
