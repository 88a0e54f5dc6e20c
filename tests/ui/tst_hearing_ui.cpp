// Hearing scheduling UI: the booking dialog explains conflicts and refuses to save over them,
// batch booking plans and books an afternoon, the calendar shows the week; screenshots of the
// calendar and of the booking dialog go to test-output/screenshots/hearing-*.png.
#include "cases/caserepository.h"
#include "hearing/batchbookingdialog.h"
#include "hearing/bookingdialog.h"
#include "hearing/calendarview.h"
#include "hearing/courtroomsdialog.h"
#include "hearing/hearingrepository.h"
#include "storage/profile.h"

#include <QDateEdit>
#include <QDir>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QtTest>

using namespace cd;

class TestHearingUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    QVector<qint64> m_cases;
    QDate m_monday;

    QString shot(const QString& name)
    {
        const QString out = QDir(qEnvironmentVariable("COURTDESK_TEST_OUTPUT", m_dir.path()))
                                .filePath(QStringLiteral("screenshots"));
        QDir().mkpath(out);
        return QDir(out).filePath(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto p = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(p, qPrintable(p.errorMessage()));
        m_profile = std::move(p).value();
        CaseRepository cases(m_profile->database(), QStringLiteral("t"));
        const QStringList causes{
            QStringLiteral("民间借贷纠纷"),           QStringLiteral("买卖合同纠纷"),
            QStringLiteral("机动车交通事故责任纠纷"), QStringLiteral("离婚纠纷"),
            QStringLiteral("劳务合同纠纷"),           QStringLiteral("物业服务合同纠纷")};
        for (int i = 0; i < 6; ++i) {
            CaseRecord c;
            c.caseNumber = QStringLiteral("（2026）甘0102民初%1号").arg(300 + i);
            c.cause = causes.at(i);
            c.filedOn = QDate(2026, 10, 1 + i);
            c.judge = i < 4 ? QStringLiteral("马建国") : QStringLiteral("李敏");
            Party a;
            a.role = QStringLiteral("plaintiff");
            a.name = QStringLiteral("原告%1").arg(i);
            a.agent = i == 1 || i == 4 ? QStringLiteral("王律师") : QString();
            c.parties << a;
            auto id = cases.create(c);
            QVERIFY2(id, qPrintable(id.errorMessage()));
            m_cases << id.value();
        }
        m_monday = QDate::currentDate().addDays(8 - QDate::currentDate().dayOfWeek());
    }

    void courtroomsAreManaged()
    {
        ui::CourtroomsDialog d(m_profile->database(), QStringLiteral("t"));
        QVERIFY(d.addRoom(QStringLiteral("第一审判庭"), QStringLiteral("physical"),
                          QStringLiteral("审判楼二层")));
        QVERIFY(d.addRoom(QStringLiteral("第二审判庭"), QStringLiteral("physical"), QString()));
        QVERIFY(d.addRoom(QStringLiteral("互联网法庭"), QStringLiteral("virtual"), QString()));
        QVERIFY(!d.addRoom(QStringLiteral("第一审判庭"), QStringLiteral("physical"), QString()));
        QCOMPARE(d.table()->rowCount(), 3);
    }

    void bookingDialogExplainsAndRefusesConflicts()
    {
        HearingRepository repo(m_profile->database(), QStringLiteral("t"));
        const auto rooms = repo.rooms().value();
        Booking first;
        first.caseId = m_cases.at(0);
        first.roomId = rooms.at(0).id;
        first.startsAt = QDateTime(m_monday, QTime(9, 0));
        first.endsAt = QDateTime(m_monday, QTime(10, 30));
        QVERIFY(repo.book(first));

        Booking b;
        b.caseId = m_cases.at(4); // judge 李敏
        b.roomId = first.roomId;
        b.startsAt = QDateTime(m_monday, QTime(10, 0));
        b.endsAt = QDateTime(m_monday, QTime(11, 0));
        ui::BookingDialog d(m_profile->database(), QStringLiteral("t"), b);
        d.resize(560, 620);
        d.show();
        QVERIFY(!d.canSave());
        QVERIFY(d.conflictList()->count() >= 1);
        QVERIFY2(d.conflictList()->item(0)->text().contains(QStringLiteral("第一审判庭")),
                 qPrintable(d.conflictList()->item(0)->text()));
        QVERIFY(d.grab().save(shot(QStringLiteral("hearing-booking-conflict.png"))));
        QVERIFY(!d.save());
        // Later the same morning: free.
        d.findChild<QTimeEdit*>()->setTime(QTime(10, 30));
        QVERIFY(d.canSave());
        QVERIFY(d.save());
        QCOMPARE(repo.bookingsForCase(m_cases.at(4))->size(), 1);
    }

    void batchBooksAnAfternoon()
    {
        ui::BatchBookingDialog d(m_profile->database(), QStringLiteral("t"));
        d.findChild<QDateEdit*>()->setDate(m_monday.addDays(2));
        d.checkCases({m_cases.at(0), m_cases.at(1), m_cases.at(2), m_cases.at(3), m_cases.at(5)});
        d.makePlan();
        QCOMPARE(d.plan().placed.size(), 5);
        QCOMPARE(d.planTable()->rowCount(), 5);
        QVERIFY(d.bookPlan());
        auto day = HearingRepository(m_profile->database(), QStringLiteral("t"))
                       .bookings(QDateTime(m_monday.addDays(2), QTime(0, 0)),
                                 QDateTime(m_monday.addDays(3), QTime(0, 0)));
        QCOMPARE(day->size(), 5);
        // Planning the same cases again: the room is full at those times, so later slots.
        d.makePlan();
        for (const Booking& b : d.plan().placed)
            QVERIFY(b.startsAt.time() >= QTime(16, 35));
    }

    void calendarShowsTheWeek()
    {
        ui::CalendarView view(m_profile->database());
        view.resize(1200, 760);
        view.setDate(m_monday);
        view.show();
        QCOMPARE(view.grid()->days(), 7);
        QCOMPARE(view.grid()->bookings().size(), 7);
        for (const Booking& b : view.grid()->bookings())
            QVERIFY(!view.grid()->blockRect(b).isNull());
        QSignalSpy requested(&view, &ui::CalendarView::caseRequested);
        const Booking& first = view.grid()->bookings().first();
        QTest::mouseClick(view.grid(), Qt::LeftButton, {},
                          view.grid()->blockRect(first).center().toPoint());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toLongLong(), first.caseId);
        QVERIFY(view.grab().save(shot(QStringLiteral("hearing-calendar-week.png"))));
        view.setJudge(QStringLiteral("李敏"));
        QCOMPARE(view.grid()->bookings().size(), 2);
        view.setWeekMode(false);
        view.setDate(m_monday.addDays(2));
        QCOMPARE(view.grid()->days(), 1);
        view.setJudge(QString());
        QCOMPARE(view.grid()->bookings().size(), 5);
        QVERIFY(view.grab().save(shot(QStringLiteral("hearing-calendar-day.png"))));
    }
};

QTEST_MAIN(TestHearingUi)
#include "tst_hearing_ui.moc"
