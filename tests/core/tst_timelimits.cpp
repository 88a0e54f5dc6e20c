#include "cases/timelimits.h"

#include <QProcess>
#include <QSet>
#include <QtTest>

using namespace cd;

Q_DECLARE_METATYPE(QVector<cd::ExcludedPeriod>)

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QVector<ExcludedPeriod> periods(std::initializer_list<std::pair<const char*, const char*>> list)
{
    QVector<ExcludedPeriod> out;
    for (const auto& p : list)
        out.append({d(p.first), d(p.second)});
    return out;
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& args)
{
    CliRun r;
    QProcess p;
    p.start(qEnvironmentVariable("COURTDESK_CLI"),
            QStringList{QStringLiteral("time-limit")} + args);
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestTimeLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rulesTable()
    {
        const QStringList required{QStringLiteral("civil-ordinary"),
                                   QStringLiteral("civil-simplified"),
                                   QStringLiteral("civil-small-claims"),
                                   QStringLiteral("civil-appeal-judgment"),
                                   QStringLiteral("civil-appeal-ruling"),
                                   QStringLiteral("criminal-first-instance"),
                                   QStringLiteral("criminal-simplified"),
                                   QStringLiteral("criminal-simplified-long"),
                                   QStringLiteral("criminal-fast-track"),
                                   QStringLiteral("criminal-fast-track-long"),
                                   QStringLiteral("criminal-appeal"),
                                   QStringLiteral("administrative-first-instance"),
                                   QStringLiteral("administrative-simplified"),
                                   QStringLiteral("administrative-appeal"),
                                   QStringLiteral("enforcement")};
        for (const QString& key : required)
            QVERIFY2(TimeLimits::find(key), qPrintable(key));
        QVERIFY(!TimeLimits::find(QStringLiteral("civil")));
        QSet<QString> keys;
        for (const TimeLimitRule& r : TimeLimits::rules()) {
            QVERIFY2(!keys.contains(r.key), qPrintable(r.key));
            keys.insert(r.key);
            QVERIFY(!r.label().isEmpty());
            QVERIFY(r.citation.startsWith(QStringLiteral("《")));
            QVERIFY(r.citation.contains(QStringLiteral("第")));
            QVERIFY(r.months > 0 || r.days > 0);
            QCOMPARE(TimeLimits::find(r.key), &r);
        }
    }

    // Article numbers verified against the statute corpus; pinned so an edit is deliberate.
    void citations_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("article");
        QTest::newRow("152") << "civil-ordinary"
                             << "民事诉讼法》（2023年修正）第一百五十二条";
        QTest::newRow("164") << "civil-simplified"
                             << "民事诉讼法》（2023年修正）第一百六十四条";
        QTest::newRow("168") << "civil-small-claims"
                             << "民事诉讼法》（2023年修正）第一百六十八条";
        QTest::newRow("183.1") << "civil-appeal-judgment"
                               << "第一百八十三条第一款";
        QTest::newRow("183.2") << "civil-appeal-ruling"
                               << "第一百八十三条第二款";
        QTest::newRow("208") << "criminal-first-instance"
                             << "刑事诉讼法》（2018年修正）第二百零八条";
        QTest::newRow("220") << "criminal-simplified"
                             << "第二百二十条";
        QTest::newRow("220 long") << "criminal-simplified-long"
                                  << "第二百二十条";
        QTest::newRow("225") << "criminal-fast-track"
                             << "第二百二十五条";
        QTest::newRow("225 long") << "criminal-fast-track-long"
                                  << "第二百二十五条";
        QTest::newRow("243") << "criminal-appeal"
                             << "第二百四十三条";
        QTest::newRow("81") << "administrative-first-instance"
                            << "行政诉讼法》（2017年修正）第八十一条";
        QTest::newRow("83") << "administrative-simplified"
                            << "第八十三条";
        QTest::newRow("88") << "administrative-appeal"
                            << "第八十八条";
        QTest::newRow("spc 5") << "enforcement"
                               << "若干规定》第五条";
    }

    void citations()
    {
        QFETCH(QString, key);
        QFETCH(QString, article);
        const TimeLimitRule* r = TimeLimits::find(key);
        QVERIFY(r);
        QVERIFY2(r->citation.contains(article), qPrintable(r->citation));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("procedure");
        QTest::addColumn<QDate>("filed");
        QTest::addColumn<int>("extMonths");
        QTest::addColumn<int>("extDays");
        QTest::addColumn<QVector<ExcludedPeriod>>("excluded");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("excludedDays");

        const QVector<ExcludedPeriod> none;
        // Start day not counted.
        QTest::newRow("30 days") << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0 << none
                                 << d("2024-02-09") << 0;
        QTest::newRow("6 months") << "civil-ordinary" << d("2024-01-10") << 0 << 0 << none
                                  << d("2024-07-10") << 0;
        QTest::newRow("3 months") << "civil-simplified" << d("2024-01-10") << 0 << 0 << none
                                  << d("2024-04-10") << 0;
        QTest::newRow("2 months") << "civil-small-claims" << d("2024-01-10") << 0 << 0 << none
                                  << d("2024-03-10") << 0;
        QTest::newRow("appeal judgment")
            << "civil-appeal-judgment" << d("2024-03-31") << 0 << 0 << none << d("2024-06-30") << 0;
        QTest::newRow("special") << "civil-special" << d("2024-01-10") << 0 << 0 << none
                                 << d("2024-02-09") << 0;
        QTest::newRow("criminal 2 months") << "criminal-first-instance" << d("2024-01-10") << 0 << 0
                                           << none << d("2024-03-10") << 0;
        QTest::newRow("criminal simplified leap")
            << "criminal-simplified" << d("2024-02-20") << 0 << 0 << none << d("2024-03-11") << 0;
        QTest::newRow("criminal simplified non-leap")
            << "criminal-simplified" << d("2023-02-20") << 0 << 0 << none << d("2023-03-12") << 0;
        QTest::newRow("one and a half months = 45 days")
            << "criminal-simplified-long" << d("2024-01-01") << 0 << 0 << none << d("2024-02-15")
            << 0;
        QTest::newRow("fast-track over new year")
            << "criminal-fast-track" << d("2024-12-25") << 0 << 0 << none << d("2025-01-04") << 0;
        QTest::newRow("fast-track long") << "criminal-fast-track-long" << d("2024-12-25") << 0 << 0
                                         << none << d("2025-01-09") << 0;
        QTest::newRow("criminal appeal month end")
            << "criminal-appeal" << d("2024-01-31") << 0 << 0 << none << d("2024-03-31") << 0;
        QTest::newRow("admin first instance from leap day")
            << "administrative-first-instance" << d("2024-02-29") << 0 << 0 << none
            << d("2024-08-29") << 0;
        QTest::newRow("admin simplified 45 days") << "administrative-simplified" << d("2024-01-10")
                                                  << 0 << 0 << none << d("2024-02-24") << 0;
        QTest::newRow("enforcement")
            << "enforcement" << d("2024-06-30") << 0 << 0 << none << d("2024-12-30") << 0;
        QTest::newRow("non-litigation enforcement")
            << "enforcement-non-litigation" << d("2024-01-10") << 0 << 0 << none << d("2024-04-10")
            << 0;

        // Month ends clamp.
        QTest::newRow("aug 31 + 6 months")
            << "civil-ordinary" << d("2024-08-31") << 0 << 0 << none << d("2025-02-28") << 0;
        QTest::newRow("aug 31 + 6 months into leap feb")
            << "civil-ordinary" << d("2023-08-31") << 0 << 0 << none << d("2024-02-29") << 0;
        QTest::newRow("nov 30 + 3 months leap")
            << "civil-simplified" << d("2023-11-30") << 0 << 0 << none << d("2024-02-29") << 0;
        QTest::newRow("nov 30 + 3 months")
            << "civil-simplified" << d("2024-11-30") << 0 << 0 << none << d("2025-02-28") << 0;
        QTest::newRow("dec 31 + 2 months") << "criminal-first-instance" << d("2024-12-31") << 0 << 0
                                           << none << d("2025-02-28") << 0;
        QTest::newRow("admin appeal nov 30")
            << "administrative-appeal" << d("2024-11-30") << 0 << 0 << none << d("2025-02-28") << 0;
        QTest::newRow("30 days over leap feb")
            << "civil-appeal-ruling" << d("2024-02-15") << 0 << 0 << none << d("2024-03-16") << 0;
        QTest::newRow("30 days over feb")
            << "civil-appeal-ruling" << d("2023-02-15") << 0 << 0 << none << d("2023-03-17") << 0;

        // Extensions count from the filing date in one step: no double clamping.
        QTest::newRow("ordinary + 6")
            << "civil-ordinary" << d("2024-01-10") << 6 << 0 << none << d("2025-01-10") << 0;
        QTest::newRow("aug 31 ordinary + 6")
            << "civil-ordinary" << d("2024-08-31") << 6 << 0 << none << d("2025-08-31") << 0;
        QTest::newRow("simplified + 1")
            << "civil-simplified" << d("2024-01-31") << 1 << 0 << none << d("2024-05-31") << 0;
        QTest::newRow("small claims + 1")
            << "civil-small-claims" << d("2024-12-31") << 1 << 0 << none << d("2025-03-31") << 0;
        QTest::newRow("criminal + 1 (3 months at most)")
            << "criminal-first-instance" << d("2024-01-10") << 1 << 0 << none << d("2024-04-10")
            << 0;
        QTest::newRow("special + 30 days")
            << "civil-special" << d("2024-01-10") << 0 << 30 << none << d("2024-03-10") << 0;
        QTest::newRow("enforcement + 3")
            << "enforcement" << d("2024-01-10") << 3 << 0 << none << d("2024-10-10") << 0;
        QTest::newRow("ordinary + 2 months 15 days")
            << "civil-ordinary" << d("2024-01-10") << 2 << 15 << none << d("2024-09-25") << 0;

        // Excluded periods, inclusive.
        QTest::newRow("one period")
            << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0
            << periods({{"2024-01-15", "2024-01-24"}}) << d("2024-02-19") << 10;
        QTest::newRow("single day")
            << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0
            << periods({{"2024-01-15", "2024-01-15"}}) << d("2024-02-10") << 1;
        QTest::newRow("overlapping")
            << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0
            << periods({{"2024-01-15", "2024-01-24"}, {"2024-01-20", "2024-01-29"}})
            << d("2024-02-24") << 15;
        QTest::newRow("contained")
            << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0
            << periods({{"2024-01-15", "2024-01-30"}, {"2024-01-18", "2024-01-20"}})
            << d("2024-02-25") << 16;
        QTest::newRow("adjacent") << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0
                                  << periods({{"2024-01-15", "2024-01-20"},
                                              {"2024-01-21", "2024-01-25"}})
                                  << d("2024-02-20") << 11;
        QTest::newRow("identical twice")
            << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0
            << periods({{"2024-01-15", "2024-01-24"}, {"2024-01-15", "2024-01-24"}})
            << d("2024-02-19") << 10;
        QTest::newRow("unsorted disjoint")
            << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0
            << periods({{"2024-02-01", "2024-02-02"}, {"2024-01-15", "2024-01-16"}})
            << d("2024-02-13") << 4;
        QTest::newRow("starts on filing day")
            << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0
            << periods({{"2024-01-10", "2024-01-14"}}) << d("2024-02-13") << 4;
        QTest::newRow("filing day only")
            << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0
            << periods({{"2024-01-10", "2024-01-10"}}) << d("2024-02-09") << 0;
        QTest::newRow("starts on due day")
            << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0
            << periods({{"2024-02-09", "2024-02-09"}}) << d("2024-02-10") << 1;
        // The second period starts after the original due date but before the shifted one.
        QTest::newRow("chained") << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0
                                 << periods({{"2024-02-01", "2024-02-10"},
                                             {"2024-02-15", "2024-02-16"}})
                                 << d("2024-02-21") << 12;
        QTest::newRow("after expiry ignored")
            << "civil-appeal-ruling" << d("2024-01-10") << 0 << 0
            << periods({{"2024-02-20", "2024-02-25"}}) << d("2024-02-09") << 0;
        QTest::newRow("exclusion after month-end clamp")
            << "civil-ordinary" << d("2024-08-31") << 0 << 0
            << periods({{"2024-09-01", "2024-09-30"}}) << d("2025-03-30") << 30;
        QTest::newRow("exclusion with extension")
            << "civil-ordinary" << d("2024-01-10") << 6 << 0
            << periods({{"2024-12-01", "2025-01-31"}}) << d("2025-03-13") << 62;
        QTest::newRow("exclusion over leap day")
            << "civil-small-claims" << d("2024-01-10") << 0 << 0
            << periods({{"2024-02-01", "2024-03-01"}}) << d("2024-04-09") << 30;
    }

    void golden()
    {
        QFETCH(QString, procedure);
        QFETCH(QDate, filed);
        QFETCH(int, extMonths);
        QFETCH(int, extDays);
        QFETCH(QVector<ExcludedPeriod>, excluded);
        TimeLimitInput in;
        in.procedure = procedure;
        in.filed = filed;
        in.extensionMonths = extMonths;
        in.extensionDays = extDays;
        in.excluded = excluded;
        const auto r = TimeLimits::compute(in);
        QVERIFY2(r.isOk(), qPrintable(r.errorMessage()));
        QTEST(r.value().due, "due");
        QTEST(r.value().excludedDays, "excludedDays");
        QCOMPARE(r.value().rule, TimeLimits::find(procedure));
        QCOMPARE(r.value().dueBeforeExclusions.addDays(r.value().excludedDays), r.value().due);
    }

    void ignoredPeriodsAreReported()
    {
        TimeLimitInput in;
        in.procedure = QStringLiteral("civil-appeal-ruling");
        in.filed = d("2024-01-10");
        in.excluded = periods({{"2024-01-15", "2024-01-16"}, {"2024-03-01", "2024-03-05"}});
        const auto r = TimeLimits::compute(in);
        QVERIFY(r.isOk());
        QCOMPARE(r.value().due, d("2024-02-11"));
        QCOMPARE(r.value().ignored.size(), 1);
        QCOMPARE(r.value().ignored.first().from, d("2024-03-01"));
    }

    void furtherExtensionNeedsApproval_data()
    {
        QTest::addColumn<QString>("procedure");
        QTest::addColumn<int>("extMonths");
        QTest::addColumn<QDate>("due");
        QTest::newRow("civil ordinary + 9") << "civil-ordinary" << 9 << d("2025-04-10");
        QTest::newRow("civil appeal + 4") << "civil-appeal-judgment" << 4 << d("2024-08-10");
        QTest::newRow("criminal + 4 (higher court)")
            << "criminal-first-instance" << 4 << d("2024-07-10");
        QTest::newRow("criminal appeal + 4") << "criminal-appeal" << 4 << d("2024-07-10");
        QTest::newRow("admin + 3 (high court)")
            << "administrative-first-instance" << 3 << d("2024-10-10");
        QTest::newRow("admin appeal + 3") << "administrative-appeal" << 3 << d("2024-07-10");
        QTest::newRow("enforcement + 6") << "enforcement" << 6 << d("2025-01-10");
    }

    void furtherExtensionNeedsApproval()
    {
        QFETCH(QString, procedure);
        QFETCH(int, extMonths);
        TimeLimitInput in;
        in.procedure = procedure;
        in.filed = d("2024-01-10");
        in.extensionMonths = extMonths;
        const auto refused = TimeLimits::compute(in);
        QVERIFY(!refused.isOk());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("higher court")),
                 qPrintable(refused.errorMessage()));
        in.furtherExtensionApproved = true;
        const auto approved = TimeLimits::compute(in);
        QVERIFY2(approved.isOk(), qPrintable(approved.errorMessage()));
        QTEST(approved.value().due, "due");
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("procedure");
        QTest::addColumn<QDate>("filed");
        QTest::addColumn<int>("extMonths");
        QTest::addColumn<int>("extDays");
        QTest::addColumn<bool>("furtherApproved");
        QTest::addColumn<QVector<ExcludedPeriod>>("excluded");
        QTest::addColumn<QString>("messagePart");

        const QDate f = d("2024-01-10");
        const QVector<ExcludedPeriod> none;
        QTest::newRow("unknown procedure") << "civil" << f << 0 << 0 << false << none << "civil";
        QTest::newRow("empty procedure") << "" << f << 0 << 0 << false << none << "procedure";
        QTest::newRow("no filing date")
            << "civil-ordinary" << QDate() << 0 << 0 << false << none << "filing date";
        QTest::newRow("negative extension")
            << "civil-ordinary" << f << -1 << 0 << false << none << "negative";
        QTest::newRow("simplified + 2 months")
            << "civil-simplified" << f << 2 << 0 << false << none << "maximum of 1 month";
        QTest::newRow("simplified + 1 month 1 day")
            << "civil-simplified" << f << 1 << 1 << false << none << "maximum";
        QTest::newRow("simplified + 32 days")
            << "civil-simplified" << f << 0 << 32 << false << none << "maximum";
        QTest::newRow("simplified, approval does not help")
            << "civil-simplified" << f << 2 << 0 << true << none << "maximum";
        QTest::newRow("small claims + 2")
            << "civil-small-claims" << f << 2 << 0 << false << none << "第一百六十八条";
        QTest::newRow("ordinary + 7")
            << "civil-ordinary" << f << 7 << 0 << false << none << "6 month";
        QTest::newRow("ordinary + 6 months 1 day")
            << "civil-ordinary" << f << 6 << 1 << false << none << "higher court";
        QTest::newRow("criminal + 2")
            << "criminal-first-instance" << f << 2 << 0 << false << none << "higher court";
        QTest::newRow("appeal ruling cannot be extended")
            << "civil-appeal-ruling" << f << 0 << 1 << true << none << "cannot be extended";
        QTest::newRow("criminal simplified cannot be extended")
            << "criminal-simplified" << f << 0 << 25 << false << none << "cannot be extended";
        QTest::newRow("fast-track cannot be extended")
            << "criminal-fast-track" << f << 0 << 5 << false << none << "cannot be extended";
        QTest::newRow("admin simplified cannot be extended")
            << "administrative-simplified" << f << 1 << 0 << false << none << "cannot be extended";
        QTest::newRow("admin needs high court") << "administrative-first-instance" << f << 1 << 0
                                                << false << none << "only be extended";
        QTest::newRow("inverted period")
            << "civil-ordinary" << f << 0 << 0 << false << periods({{"2024-02-10", "2024-02-01"}})
            << "ends before it starts";
        QTest::newRow("before filing")
            << "civil-ordinary" << f << 0 << 0 << false << periods({{"2024-01-09", "2024-02-01"}})
            << "before the filing date";
        QTest::newRow("invalid period date")
            << "civil-ordinary" << f << 0 << 0 << false
            << QVector<ExcludedPeriod>{{QDate(), d("2024-02-01")}} << "invalid";
        QTest::newRow("one bad among good")
            << "civil-ordinary" << f << 0 << 0 << false
            << periods({{"2024-02-01", "2024-02-03"}, {"2024-03-05", "2024-03-04"}})
            << "2024-03-05";
    }

    void rejected()
    {
        QFETCH(QString, procedure);
        QFETCH(QDate, filed);
        QFETCH(int, extMonths);
        QFETCH(int, extDays);
        QFETCH(bool, furtherApproved);
        QFETCH(QVector<ExcludedPeriod>, excluded);
        QFETCH(QString, messagePart);
        TimeLimitInput in;
        in.procedure = procedure;
        in.filed = filed;
        in.extensionMonths = extMonths;
        in.extensionDays = extDays;
        in.furtherExtensionApproved = furtherApproved;
        in.excluded = excluded;
        const auto r = TimeLimits::compute(in);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.errorMessage().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(r.errorMessage()));
    }

    void describe_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::newRow("ordinary") << "civil-ordinary"
                                  << "6 months; extension up to 6 months, longer with a higher "
                                     "court's approval";
        QTest::newRow("small claims") << "civil-small-claims"
                                      << "2 months; extension up to 1 month";
        QTest::newRow("special") << "civil-special"
                                 << "30 days; extension up to 30 days";
        QTest::newRow("admin") << "administrative-first-instance"
                               << "6 months; extension only with a higher court's approval";
        QTest::newRow("fast-track") << "criminal-fast-track"
                                    << "10 days; no extension";
    }

    void describe()
    {
        QFETCH(QString, key);
        QTEST(TimeLimits::describe(*TimeLimits::find(key)), "text");
    }

    void daysLeft()
    {
        const QDate due = d("2024-02-09");
        QCOMPARE(TimeLimits::daysLeft(due, d("2024-02-09")), 0);
        QCOMPARE(TimeLimits::daysLeft(due, d("2024-02-08")), 1);
        QCOMPARE(TimeLimits::daysLeft(due, d("2024-01-10")), 30);
        QCOMPARE(TimeLimits::daysLeft(due, d("2024-02-10")), -1);
        QCOMPARE(TimeLimits::daysLeft(due, d("2025-02-09")), -366);
    }

    // --- courtdesk-cli time-limit ---

    void cli_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("firstLine");

        QTest::newRow("30 days") << QStringList{"--procedure", "civil-appeal-ruling", "--filed",
                                                "2024-01-10"}
                                 << 0 << "2024-02-09";
        QTest::newRow("= syntax") << QStringList{"--procedure=civil-ordinary", "--filed=2024-08-31"}
                                  << 0 << "2025-02-28";
        QTest::newRow("excluded twice")
            << QStringList{"--procedure", "civil-appeal-ruling",  "--filed",
                           "2024-01-10",  "--excluded",           "2024-01-15:2024-01-24",
                           "--excluded",  "2024-01-20:2024-01-29"}
            << 0 << "2024-02-24";
        QTest::newRow("extension") << QStringList{"--procedure", "civil-ordinary",     "--filed",
                                                  "2024-01-10",  "--extension-months", "6"}
                                   << 0 << "2025-01-10";
        QTest::newRow("extension days") << QStringList{"--procedure", "civil-special",    "--filed",
                                                       "2024-01-10",  "--extension-days", "30"}
                                        << 0 << "2024-03-10";
        QTest::newRow("further extension approved") << QStringList{"--procedure",
                                                                   "criminal-first-instance",
                                                                   "--filed",
                                                                   "2024-01-10",
                                                                   "--extension-months",
                                                                   "4",
                                                                   "--further-extension-approved"}
                                                    << 0 << "2024-07-10";
        QTest::newRow("beyond max") << QStringList{"--procedure", "civil-simplified",   "--filed",
                                                   "2024-01-10",  "--extension-months", "2"}
                                    << 1 << "";
        QTest::newRow("unknown procedure")
            << QStringList{"--procedure", "civil", "--filed", "2024-01-10"} << 1 << "";
        QTest::newRow("inverted exclusion")
            << QStringList{"--procedure", "civil-ordinary", "--filed",
                           "2024-01-10",  "--excluded",     "2024-02-10:2024-02-01"}
            << 1 << "";
        QTest::newRow("missing filed") << QStringList{"--procedure", "civil-ordinary"} << 2 << "";
        QTest::newRow("missing procedure") << QStringList{"--filed", "2024-01-10"} << 2 << "";
        QTest::newRow("bad date") << QStringList{"--procedure", "civil-ordinary", "--filed",
                                                 "2024/01/10"}
                                  << 2 << "";
        QTest::newRow("impossible date")
            << QStringList{"--procedure", "civil-ordinary", "--filed", "2023-02-29"} << 2 << "";
        QTest::newRow("bad exclusion") << QStringList{"--procedure", "civil-ordinary", "--filed",
                                                      "2024-01-10",  "--excluded",     "2024-01-15"}
                                       << 2 << "";
        QTest::newRow("bad number") << QStringList{"--procedure", "civil-ordinary",     "--filed",
                                                   "2024-01-10",  "--extension-months", "six"}
                                    << 2 << "";
        QTest::newRow("unknown option")
            << QStringList{"--procedure", "civil-ordinary", "--filed", "2024-01-10", "--holidays"}
            << 2 << "";
        QTest::newRow("stray argument")
            << QStringList{"--procedure", "civil-ordinary", "--filed", "2024-01-10", "extra"} << 2
            << "";
    }

    void cli()
    {
        if (qEnvironmentVariableIsEmpty("COURTDESK_CLI"))
            QSKIP("COURTDESK_CLI is not set (run through ctest)");
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, firstLine);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 0) {
            QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), firstLine);
            QVERIFY(r.err.isEmpty());
        } else {
            QVERIFY(r.out.isEmpty());
            QVERIFY(!r.err.trimmed().isEmpty());
        }
    }

    void cliDetails()
    {
        if (qEnvironmentVariableIsEmpty("COURTDESK_CLI"))
            QSKIP("COURTDESK_CLI is not set (run through ctest)");
        const CliRun r =
            runCli({QStringLiteral("--procedure"), QStringLiteral("civil-ordinary"),
                    QStringLiteral("--filed"), QStringLiteral("2024-01-10"),
                    QStringLiteral("--excluded"), QStringLiteral("2024-02-01:2024-02-10"),
                    QStringLiteral("--today"), QStringLiteral("2024-07-15")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("2024-07-20\n")));
        QVERIFY2(r.out.contains(QStringLiteral("第一百五十二条")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("excluded days: 10")));
        QVERIFY(r.out.contains(QStringLiteral("days left: 5")));
    }

    void cliHelpListsEveryProcedure()
    {
        if (qEnvironmentVariableIsEmpty("COURTDESK_CLI"))
            QSKIP("COURTDESK_CLI is not set (run through ctest)");
        const CliRun r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const TimeLimitRule& rule : TimeLimits::rules()) {
            QVERIFY2(r.out.contains(rule.key), qPrintable(rule.key));
            QVERIFY2(r.out.contains(rule.label()), qPrintable(rule.key));
            QVERIFY2(r.out.contains(rule.citation), qPrintable(rule.key));
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeLimits)
#include "tst_timelimits.moc"
