// The dashboard (Qt Charts): figures from a constructed case store, a click on a bar giving the
// cases behind it, and a screenshot (test-output/screenshots/dashboard.png) to look at. Also
// the similar-cases tab and the statute browser's search, which share the intel hooks.
#include "cases/caserepository.h"
#include "intel/closingdialog.h"
#include "intel/dashboardwidget.h"
#include "intel/similarcasespanel.h"
#include "statutes/statutebrowser.h"
#include "storage/database.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace cd;
using namespace cd::ui;

class TestDashboard : public QObject
{
    Q_OBJECT
private:
    static QString screenshotDir()
    {
        QString base = qEnvironmentVariable("COURTDESK_TEST_OUTPUT");
        if (base.isEmpty())
            base = QDir::temp().filePath(QStringLiteral("courtdesk-test-output"));
        const QString dir = QDir(base).filePath(QStringLiteral("screenshots"));
        QDir().mkpath(dir);
        return dir;
    }

private Q_SLOTS:
    void figuresClickAndScreenshot()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY(db);
        CaseRepository repo(*db.value(), QStringLiteral("test"));
        const QDate today(2026, 3, 16);
        int n = 0;
        auto add = [&](const QString& status, const QDate& filed, const QDate& closed) {
            CaseRecord c;
            c.caseNumber = QStringLiteral("（2026）甘0102民初%1号").arg(++n);
            c.cause = QStringLiteral("民间借贷纠纷");
            c.kind = QStringLiteral("civil");
            c.procedure = QStringLiteral("civil-simplified");
            c.filedOn = filed;
            c.judge = QStringLiteral("马建国");
            c.status = status;
            c.closedOn = closed;
            Party p;
            p.role = QStringLiteral("plaintiff");
            p.name = QStringLiteral("张三");
            c.parties << p;
            auto r = repo.create(c);
            QVERIFY2(r, qPrintable(r.errorMessage()));
        };
        // Simplified procedure: 3 months. Filed 2025-12-10 → due 2026-03-10 (overdue);
        // filed 2025-12-20 → due 2026-03-20 (this week); 2026-02-01 → later.
        for (int i = 0; i < 3; ++i)
            add(QStringLiteral("open"), QDate(2025, 12, 10), {});
        for (int i = 0; i < 4; ++i)
            add(QStringLiteral("open"), QDate(2025, 12, 20), {});
        for (int i = 0; i < 5; ++i)
            add(QStringLiteral("open"), QDate(2026, 2, 1), {});
        add(QStringLiteral("suspended"), QDate(2026, 1, 5), {});
        for (int m = 0; m < 6; ++m)
            for (int i = 0; i <= m; ++i)
                add(QStringLiteral("closed"), QDate(2025, 8, 1).addMonths(m),
                    QDate(2025, 10, 5).addMonths(m));

        DashboardWidget w(*db.value());
        w.resize(1000, 720);
        w.reload(QString(), today);
        const DashboardFigures& f = w.figures();
        QCOMPARE(f.byStatus.at(0).key, QStringLiteral("open"));
        QCOMPARE(f.byStatus.at(0).caseIds.size(), 12);
        QCOMPARE(f.timeLimits.at(0).caseIds.size(), 3); // overdue
        QCOMPARE(f.timeLimits.at(1).caseIds.size(), 4); // due within 7 days
        QCOMPARE(f.closings.size(), 12);
        QCOMPARE(f.closings.last().key, QStringLiteral("2026-03"));
        QCOMPARE(f.closings.last().caseIds.size(), 6);

        // A click on the "overdue" bar asks for exactly those cases.
        QSignalSpy spy(&w, &DashboardWidget::casesRequested);
        const auto views = w.findChildren<QChartView*>();
        QCOMPARE(views.size(), 3);
        QBarSet* timeSet = nullptr;
        for (QChartView* v : views)
            if (v->chart()->title() == DashboardWidget::tr("Time limits"))
                timeSet = static_cast<QBarSeries*>(v->chart()->series().first())->barSets().first();
        QVERIFY(timeSet);
        emit timeSet->clicked(0);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(1).value<QVector<qint64>>(), f.timeLimits.at(0).caseIds);

        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(50);
        const QImage shot = w.grab().toImage();
        const QString path = QDir(screenshotDir()).filePath(QStringLiteral("dashboard.png"));
        QVERIFY(shot.save(path));
        qInfo("dashboard screenshot: %s", qPrintable(path));
        // Not blank: the bars are drawn in their colours.
        int blue = 0;
        for (int y = 0; y < shot.height(); y += 3)
            for (int x = 0; x < shot.width(); x += 3)
                blue += shot.pixelColor(x, y) == QColor(0x2b6cb0);
        QVERIFY2(blue > 50, qPrintable(QString::number(blue)));
    }

    // The closing checklist dialog records what was done until the check passes.
    void closingDialogRecordsItems()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY(db);
        CaseRepository repo(*db.value(), QStringLiteral("test"));
        CaseRecord c;
        c.caseNumber = QStringLiteral("（2026）甘0102民初9号");
        c.cause = QStringLiteral("买卖合同纠纷");
        c.kind = QStringLiteral("civil");
        c.procedure = QStringLiteral("civil-simplified");
        c.filedOn = QDate(2026, 1, 5);
        Party p;
        p.role = QStringLiteral("plaintiff");
        p.name = QStringLiteral("张三");
        c.parties << p;
        QVERIFY(repo.create(c));
        ClosingDialog d(*db.value(), c, QStringLiteral("书记员"));
        QVERIFY(!d.passed());
        const auto list = d.findChild<QListWidget*>();
        QCOMPARE(list->count(), 4);
        for (QPushButton* b : d.findChildren<QPushButton*>()) {
            if (b->text() != ClosingDialog::tr("Fee waived"))
                b->click();
        }
        QVERIFY(d.passed());
        c.status = QStringLiteral("closed");
        c.closedOn = QDate(2026, 3, 1);
        QVERIFY(repo.update(c));
    }

    // The statute library browser: search, the 编/章/节 outline, statute push; screenshot.
    void statuteBrowser()
    {
        QString base = qEnvironmentVariable("COURTDESK_TEST_OUTPUT");
        if (base.isEmpty())
            base = QDir::temp().filePath(QStringLiteral("courtdesk-test-output"));
        QDir().mkpath(base);
        qputenv("COURTDESK_STATUTES_DB",
                QDir(base).filePath(QStringLiteral("statutes.sqlite")).toUtf8());
        StatuteBrowser b;
        QVERIFY(b.load());
        QVERIFY(b.tree()->topLevelItemCount() > 5); // categories of laws
        b.search(QStringLiteral("加倍支付迟延履行期间的债务利息"));
        QTreeWidgetItem* root = b.tree()->topLevelItem(0);
        QVERIFY(root && root->childCount() >= 1);
        b.suggest(
            QStringLiteral("公诉机关指控，被告人趁被害人熟睡之机，窃取其手机一部，价值三千元。"));
        QVERIFY(b.text()->toPlainText().contains(QStringLiteral("盗窃公私财物")));
        b.resize(1000, 640);
        b.show();
        QVERIFY(QTest::qWaitForWindowExposed(&b));
        QVERIFY(
            b.grab().save(QDir(screenshotDir()).filePath(QStringLiteral("statute-browser.png"))));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
