// Triage (繁简分流) rules on constructed cases, and per-court thresholds from the settings.
#include "common/settings.h"
#include "intel/triage.h"
#include "testutil_core.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

class TestTriage : public QObject
{
    Q_OBJECT
private:
    static CaseRecord loanCase(qint64 claimYuan)
    {
        CaseRecord c = cdtest::makeCase(
            QStringLiteral("（2026）甘0102民初1号"), QStringLiteral("民间借贷纠纷"),
            {cdtest::party(QStringLiteral("plaintiff"), QStringLiteral("张三")),
             cdtest::party(QStringLiteral("defendant"), QStringLiteral("李四"))});
        c.kind = QStringLiteral("civil");
        c.claimFen = claimYuan * 100;
        return c;
    }
    static int points(const TriageResult& r, const QString& rule)
    {
        for (const TriageFactor& f : r.factors)
            if (f.rule == rule)
                return f.points;
        return 0;
    }

private Q_SLOTS:
    void smallLoanGoesSimple()
    {
        const TriageResult r = Triage::assess(loanCase(20000), {3, 12}, {});
        QCOMPARE(points(r, QStringLiteral("claim")), -10);
        QCOMPARE(points(r, QStringLiteral("cause")), -5);
        QCOMPARE(r.score, Triage::baseScore - 15);
        QCOMPARE(r.track, QStringLiteral("simple"));
        QVERIFY(r.explanation().contains(QStringLiteral("20000")));
    }

    void manyPartiesLargeClaimContestedGoesOrdinary()
    {
        CaseRecord c = loanCase(3000000);
        c.cause = QStringLiteral("建设工程施工合同纠纷");
        for (int i = 0; i < 3; ++i)
            c.parties << cdtest::party(QStringLiteral("defendant"),
                                       QStringLiteral("被告%1").arg(i));
        c.summary = QStringLiteral("被告否认工程量，申请造价鉴定，并提起反诉。");
        c.events << CaseEvent{
            0, QStringLiteral("appraisal"), QDate(2026, 2, 1), QDate(2026, 3, 1), 0, 0, {}, {}};
        const TriageResult r = Triage::assess(c, {140, 900}, {});
        QCOMPARE(points(r, QStringLiteral("parties")), 24); // 5 parties, capped
        QCOMPARE(points(r, QStringLiteral("claim")), 15);
        QCOMPARE(points(r, QStringLiteral("cause")), 20);
        QCOMPARE(points(r, QStringLiteral("evidence")), 20);
        QCOMPARE(points(r, QStringLiteral("contested")), 24); // 否认, 鉴定, 反诉
        QCOMPARE(points(r, QStringLiteral("events")), 10);
        QCOMPARE(r.track, QStringLiteral("ordinary"));
        QCOMPARE(r.factors.size(), 6);
    }

    void unknownEvidenceIsSaid()
    {
        const TriageResult r = Triage::assess(loanCase(80000), {}, {});
        bool said = false;
        for (const TriageFactor& f : r.factors)
            said = said || (f.rule == QLatin1String("evidence") && f.points == 0);
        QVERIFY(said);
    }

    void criminalCaseHasNoClaimRule()
    {
        CaseRecord c = loanCase(0);
        c.kind = QStringLiteral("criminal");
        c.cause = QStringLiteral("危险驾驶罪");
        const TriageResult r = Triage::assess(c, {2, 10}, {});
        QCOMPARE(points(r, QStringLiteral("claim")), 0);
        QCOMPARE(points(r, QStringLiteral("type")), 5);
        QCOMPARE(r.track, QStringLiteral("simple"));
    }

    void thresholdsPerCourt()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(TriageThresholds::fromSettings(s, QStringLiteral("甘0102")).simpleMax, 40);
        s.setValue(SettingsKeys::triageSimpleMax, 45);
        s.setValue(SettingsKeys::triageCourtSimpleMax, QStringLiteral("甘01=30;甘0102=20"));
        QCOMPARE(TriageThresholds::fromSettings(s, QStringLiteral("甘0102")).simpleMax, 20);
        QCOMPARE(TriageThresholds::fromSettings(s, QStringLiteral("甘0105")).simpleMax, 30);
        QCOMPARE(TriageThresholds::fromSettings(s, QStringLiteral("青01")).simpleMax, 45);
        // The same case lands on another track in a stricter court.
        CaseRecord c = loanCase(80000);
        QCOMPARE(
            Triage::assess(c, {3, 10}, TriageThresholds::fromSettings(s, QStringLiteral("青01")))
                .track,
            QStringLiteral("simple"));
        QCOMPARE(
            Triage::assess(c, {3, 10}, TriageThresholds::fromSettings(s, QStringLiteral("甘0102")))
                .track,
            QStringLiteral("ordinary"));
    }
};

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
