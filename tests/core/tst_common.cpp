#include "common/clock.h"
#include "common/result.h"
#include "common/settings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

class TestCommon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manualClockReplacesSystemClock()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
        Clock::setInstance(&clock);
        QCOMPARE(Clock::instance().now().date(), QDate(2026, 11, 28));
        clock.advanceDays(3);
        QCOMPARE(Clock::instance().now().date(), QDate(2026, 12, 1));
        Clock::setInstance(nullptr);
        QVERIFY(Clock::instance().now().date() != QDate(2026, 12, 1) ||
                QDate::currentDate() == QDate(2026, 12, 1));
    }

    void resultCarriesError()
    {
        Result<int> ok(5);
        QVERIFY(ok.isOk());
        QCOMPARE(ok.value(), 5);
        Result<int> bad(makeError(ErrorCode::InvalidInput, QStringLiteral("坏")));
        QVERIFY(!bad.isOk());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        QCOMPARE(bad.errorMessage(), QStringLiteral("坏"));
    }

    void settingsAreTypedAndIsolated()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(s.value(SettingsKeys::language), QStringLiteral("zh_CN"));
        s.setValue(SettingsKeys::language, QStringLiteral("bo"));
        s.setValue(SettingsKeys::demoOffered, true);
        s.sync();
        Settings again(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(again.value(SettingsKeys::language), QStringLiteral("bo"));
        QCOMPARE(again.value(SettingsKeys::demoOffered), true);
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
