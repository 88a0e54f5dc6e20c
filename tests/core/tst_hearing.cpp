// Courtroom scheduling: conflicts (room, judge, counsel) found and explained, bookings refused
// or confirmed accordingly, batch booking of a speedy-trial afternoon, notices from templates.
#include "audit/auditlog.h"
#include "cases/caserepository.h"
#include "drafting/templaterepository.h"
#include "hearing/batchscheduler.h"
#include "hearing/conflictdetector.h"
#include "hearing/hearingnotice.h"
#include "hearing/hearingrepository.h"
#include "storage/profile.h"
#include "testutil_core.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

namespace {

Booking at(qint64 room, const QString& judge, const QStringList& counsel, int h, int m, int minutes,
           const QString& number = QStringLiteral("（2026）甘0102民初1号"))
{
    Booking b;
    b.roomId = room;
    b.roomName = QStringLiteral("第%1审判庭").arg(room);
    b.judge = judge;
    b.counsel = counsel;
    b.caseNumber = number;
    b.startsAt = QDateTime(QDate(2026, 12, 3), QTime(h, m));
    b.endsAt = b.startsAt.addSecs(minutes * 60);
    return b;
}

} // namespace

class TestHearing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    QVector<qint64> m_cases;
    qint64 m_room1 = 0;
    qint64 m_room2 = 0;

    qint64 addCase(int n, const QString& judge, const QString& agent)
    {
        CaseRecord c = cdtest::makeCase(
            QStringLiteral("（2026）甘0102民初%1号").arg(n), QStringLiteral("民间借贷纠纷"),
            {cdtest::party(QStringLiteral("plaintiff"), QStringLiteral("原告%1").arg(n)),
             cdtest::party(QStringLiteral("defendant"), QStringLiteral("被告%1").arg(n))});
        c.judge = judge;
        c.parties[0].agent = agent;
        auto id = CaseRepository(m_profile->database(), QStringLiteral("t")).create(c);
        return id ? id.value() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto p = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(p, qPrintable(p.errorMessage()));
        m_profile = std::move(p).value();
        HearingRepository repo(m_profile->database(), QStringLiteral("书记员甲"));
        Courtroom r1{0, QStringLiteral("第一审判庭"), QStringLiteral("physical"),
                     QStringLiteral("审判楼二层"), true};
        Courtroom r2{0, QStringLiteral("互联网法庭"), QStringLiteral("virtual"), QString(), true};
        QVERIFY(repo.saveRoom(r1));
        QVERIFY(repo.saveRoom(r2));
        m_room1 = r1.id;
        m_room2 = r2.id;
        Courtroom dup{0, QStringLiteral("第一审判庭"), QStringLiteral("physical"), QString(), true};
        auto d = repo.saveRoom(dup);
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::Conflict);
        for (int i = 1; i <= 12; ++i)
            m_cases << addCase(i, i <= 10 ? QStringLiteral("马建国") : QStringLiteral("李敏"),
                               i == 2 ? QStringLiteral("王律师") : QString());
        QVERIFY(!m_cases.contains(0));
    }

    void conflictsAreFoundAndExplained()
    {
        const Booking existing =
            at(1, QStringLiteral("马建国"), {QStringLiteral("王律师")}, 14, 0, 60);
        // Same room, overlapping.
        auto c = ConflictDetector::find(at(1, QStringLiteral("李敏"), {}, 14, 30, 30), {existing});
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().kind, ConflictKind::Room);
        QVERIFY2(c.first().message.contains(QStringLiteral("第1审判庭")) &&
                     c.first().message.contains(QStringLiteral("14:00")),
                 qPrintable(c.first().message));
        // Same judge in another room.
        c = ConflictDetector::find(at(2, QStringLiteral("马建国"), {}, 14, 59, 30), {existing});
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().kind, ConflictKind::Judge);
        // Same counsel, elsewhere: found, but not blocking.
        c = ConflictDetector::find(
            at(2, QStringLiteral("李敏"), {QStringLiteral("王律师")}, 14, 10, 20), {existing});
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().kind, ConflictKind::Counsel);
        QVERIFY(!ConflictDetector::blocking(c));
        // Back to back is not a conflict; a cancelled booking is not in the way.
        QVERIFY(ConflictDetector::find(at(1, QStringLiteral("马建国"), {}, 15, 0, 30), {existing})
                    .isEmpty());
        Booking cancelled = existing;
        cancelled.status = QStringLiteral("cancelled");
        QVERIFY(ConflictDetector::find(at(1, QStringLiteral("马建国"), {}, 14, 0, 30), {cancelled})
                    .isEmpty());
        QCOMPARE(ConflictDetector::splitNames(QStringLiteral("王律师、李律师，王律师")),
                 QStringList({QStringLiteral("王律师"), QStringLiteral("李律师")}));
    }

    void bookingsAreRefusedOrConfirmed()
    {
        HearingRepository repo(m_profile->database(), QStringLiteral("书记员甲"));
        Booking a;
        a.caseId = m_cases.at(1); // judge 马建国, counsel 王律师
        a.roomId = m_room1;
        a.startsAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0));
        a.endsAt = a.startsAt.addSecs(3600);
        auto id = repo.book(a);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QCOMPARE(a.judge, QStringLiteral("马建国")); // from the case
        QCOMPARE(a.counsel, QStringList{QStringLiteral("王律师")});

        // The same room at 9:30 for another judge: refused, with the reason.
        Booking b;
        b.caseId = m_cases.at(10); // judge 李敏
        b.roomId = m_room1;
        b.startsAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30));
        b.endsAt = b.startsAt.addSecs(1800);
        auto refused = repo.book(b);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("第一审判庭")),
                 qPrintable(refused.errorMessage()));
        // The judge's other case in the virtual room at the same time: refused too.
        Booking j = b;
        j.caseId = m_cases.at(2);
        j.judge.clear(); // the case's judge, 马建国
        j.roomId = m_room2;
        auto judgeBusy = repo.book(j);
        QVERIFY(!judgeBusy);
        QVERIFY2(judgeBusy.errorMessage().contains(QStringLiteral("马建国")),
                 qPrintable(judgeBusy.errorMessage()));
        // Moved to the virtual room: fine.
        b.roomId = m_room2;
        QVERIFY(repo.book(b));
        // Cancelling frees the room.
        QVERIFY(repo.cancel(a.id, QStringLiteral("当事人申请延期")));
        Booking again;
        again.caseId = m_cases.at(11);
        again.roomId = m_room1;
        again.startsAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0));
        again.endsAt = again.startsAt.addSecs(1200);
        QVERIFY(repo.book(again));
        // Rescheduling checks again.
        again.startsAt = QDateTime(QDate(2026, 12, 1), QTime(9, 20));
        again.endsAt = again.startsAt.addSecs(1200);
        again.judge = QStringLiteral("李敏");
        auto moved = repo.reschedule(again); // 李敏 sits in the virtual room 9:30–10:00
        QVERIFY(!moved);
        again.startsAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0));
        again.endsAt = again.startsAt.addSecs(1200);
        QVERIFY2(repo.reschedule(again), "a free time");
        auto day = repo.bookings(QDateTime(QDate(2026, 12, 1), QTime(0, 0)),
                                 QDateTime(QDate(2026, 12, 2), QTime(0, 0)));
        QVERIFY(day);
        QCOMPARE(day->size(), 2);
        // Every booking step is in the verified audit chain.
        AuditLog log(m_profile->database());
        QVERIFY(log.entriesFor(QStringLiteral("booking"), QString::number(a.id))->size() >= 2);
        QVERIFY(log.verify()->ok);
    }

    void counselConflictNeedsConfirmation()
    {
        HearingRepository repo(m_profile->database(), QStringLiteral("书记员甲"));
        Booking a;
        a.caseId = m_cases.at(1); // 王律师
        a.roomId = m_room1;
        a.startsAt = QDateTime(QDate(2026, 12, 2), QTime(9, 0));
        a.endsAt = a.startsAt.addSecs(3600);
        QVERIFY(repo.book(a));
        // Another case whose party 王律师 also represents.
        CaseRecord c =
            CaseRepository(m_profile->database(), QStringLiteral("t")).load(m_cases.at(10)).value();
        c.parties[1].agent = QStringLiteral("王律师");
        QVERIFY(CaseRepository(m_profile->database(), QStringLiteral("t")).update(c));
        Booking b;
        b.caseId = m_cases.at(10);
        b.roomId = m_room2;
        b.startsAt = QDateTime(QDate(2026, 12, 2), QTime(9, 30));
        b.endsAt = b.startsAt.addSecs(1800);
        auto conflicts = repo.check(b);
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().kind, ConflictKind::Counsel);
        QVERIFY(!repo.book(b));
        QVERIFY(repo.book(b, true));
    }

    void batchFillsAnAfternoon()
    {
        HearingRepository repo(m_profile->database(), QStringLiteral("书记员甲"));
        // Counsel 王律师 (case 2) is busy elsewhere until 15:00.
        Booking busy;
        busy.caseId = m_cases.at(10);
        busy.roomId = m_room2;
        busy.judge = QStringLiteral("李敏");
        busy.startsAt = QDateTime(QDate(2026, 12, 3), QTime(14, 0));
        busy.endsAt = QDateTime(QDate(2026, 12, 3), QTime(15, 0));
        QVERIFY(repo.book(busy, true));

        BatchRequest req;
        req.roomId = m_room1;
        req.roomName = QStringLiteral("第一审判庭");
        req.date = QDate(2026, 12, 3);
        req.from = QTime(14, 0);
        req.to = QTime(17, 30);
        req.slotMinutes = 20;
        req.gapMinutes = 5;
        for (int i = 0; i < 10; ++i) {
            auto t = repo.caseTemplate(m_cases.at(i));
            QVERIFY(t);
            req.cases << t.value();
        }
        auto day = repo.bookings(QDateTime(req.date, QTime(0, 0)),
                                 QDateTime(req.date.addDays(1), QTime(0, 0)));
        QVERIFY(day);
        BatchPlan plan = BatchScheduler::plan(req, day.value());
        // 14:00, 14:25 … 16:55: eight slots for ten cases.
        QCOMPARE(plan.placed.size(), 8);
        QCOMPARE(plan.unplaced.size(), 2);
        for (const Booking& b : std::as_const(plan.placed)) {
            QVERIFY(b.endsAt.time() <= req.to);
            if (b.caseId == m_cases.at(1))
                QVERIFY2(b.startsAt.time() >= QTime(15, 0), "counsel is busy until 15:00");
        }
        // The first slot went to the next case instead of waiting for the busy counsel.
        QCOMPARE(plan.placed.first().startsAt.time(), QTime(14, 0));
        QVERIFY(plan.placed.first().caseId != m_cases.at(1));
        for (int i = 0; i < plan.placed.size(); ++i)
            for (int k = i + 1; k < plan.placed.size(); ++k)
                QVERIFY(!ConflictDetector::overlaps(plan.placed.at(i), plan.placed.at(k)));
        QVERIFY(!plan.unplaced.first().reason.isEmpty());
        auto ids = repo.bookAll(plan.placed);
        QVERIFY2(ids, qPrintable(ids.errorMessage()));
        QCOMPARE(ids->size(), 8);
        // Booking the same plan again fails whole: nothing half-booked.
        QVector<Booking> twice = plan.placed;
        for (Booking& b : twice)
            b.id = 0;
        QVERIFY(!repo.bookAll(twice));
        auto after = repo.bookings(QDateTime(req.date, QTime(0, 0)),
                                   QDateTime(req.date.addDays(1), QTime(0, 0)));
        QCOMPARE(after->size(), 9);
    }

    void noticeCarriesTheBookedTimeAndRoom()
    {
        HearingRepository repo(m_profile->database(), QStringLiteral("书记员甲"));
        auto list = repo.bookingsForCase(m_cases.at(11));
        QVERIFY(list && !list->isEmpty());
        const Booking b = list->first();
        auto templates = TemplateRepository::load(m_profile->dir());
        QVERIFY2(templates, qPrintable(templates.errorMessage()));
        QVERIFY(HearingNotice::templateIds(templates.value()).contains(QStringLiteral("summons")));
        auto doc = HearingNotice::draft(m_profile->database(), templates.value(), nullptr, b,
                                        QStringLiteral("summons"), QDate(2026, 11, 28));
        QVERIFY2(doc, qPrintable(doc.errorMessage()));
        const QString text = doc->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("2026年12月1日上午10时00分")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("第一审判庭")), qPrintable(text));
        QVERIFY(!HearingNotice::draft(m_profile->database(), templates.value(), nullptr, b,
                                      QStringLiteral("civil-judgment"), QDate(2026, 11, 28)));
    }
};

QTEST_GUILESS_MAIN(TestHearing)
#include "tst_hearing.moc"
