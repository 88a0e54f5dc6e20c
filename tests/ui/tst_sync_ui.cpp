// Sync UI offscreen: the conflict dialog (side by side, differences highlighted, per-field
// choice), the status of the controller with a round in the background, and the 同步 menu and
// status label in the main window. Saves test-output/screenshots/sync-conflict-dialog.png.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "storage/profile.h"
#include "sync/conflictdialog.h"
#include "sync/recordcodec.h"
#include "sync/synccontroller.h"
#include "sync/syncmenu.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace cd;
using namespace cd::ui;

namespace {

ConflictEntry sampleConflict()
{
    CaseRecord c;
    c.uuid = QStringLiteral("0b5e3f6e-8f3c-4a53-9a57-2f0c8a1d2b11");
    c.caseNumber = QStringLiteral("（2026）甘0102民初118号");
    c.courtCode = QStringLiteral("甘0102");
    c.courtName = QStringLiteral("兰州市城关区人民法院");
    c.cause = QStringLiteral("民间借贷纠纷");
    c.kind = QStringLiteral("civil");
    c.procedure = QStringLiteral("civil-simplified");
    c.filedOn = QDate(2026, 9, 1);
    c.judge = QStringLiteral("马建国");
    c.claimFen = 5000000;
    c.summary = QStringLiteral("原告诉称被告借款五万元到期未还。");
    Party p;
    p.role = QStringLiteral("plaintiff");
    p.name = QStringLiteral("张伟");
    p.phone = QStringLiteral("13800000000");
    Party d;
    d.role = QStringLiteral("defendant");
    d.name = QStringLiteral("王芳");
    c.parties << p << d;
    ConflictEntry e;
    e.id = 1;
    e.type = QStringLiteral("case");
    e.uuid = c.uuid;
    e.mutationId = QStringLiteral("m-1");
    e.localBody = RecordCodec::caseToJson(c);
    CaseRecord server = c;
    server.judge = QStringLiteral("李娜");
    server.summary = QStringLiteral("原告诉称被告借款五万元到期未还，已调解。");
    server.parties[1].address = QStringLiteral("兰州市七里河区西津西路16号");
    c.summary = QStringLiteral("原告诉称被告借款五万元到期未还，申请财产保全。");
    e.localBody = RecordCodec::caseToJson(c);
    e.serverBody = RecordCodec::caseToJson(server);
    e.serverVersion = 4;
    return e;
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void conflictDialogSideBySide()
    {
        ConflictDialog d(sampleConflict());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QCOMPARE(d.differingFields(),
                 (QStringList{QStringLiteral("judge"), QStringLiteral("summary"),
                              QStringLiteral("parties")}));
        auto* table = d.findChild<QTableWidget*>(QStringLiteral("conflictTable"));
        QVERIFY(table);
        int highlighted = 0;
        for (int row = 0; row < table->rowCount(); ++row)
            highlighted += table->item(row, 1)->background().style() != Qt::NoBrush;
        QCOMPARE(highlighted, 3);
        // Mine is preselected where they differ; pick theirs for the judge.
        QVERIFY(d.choice(QStringLiteral("summary")));
        d.setChoice(QStringLiteral("judge"), false);
        const QJsonObject merged = d.mergedBody();
        QCOMPARE(merged.value(QStringLiteral("judge")).toString(), QStringLiteral("李娜"));
        QCOMPARE(merged.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("原告诉称被告借款五万元到期未还，申请财产保全。"));
        QCOMPARE(merged.value(QStringLiteral("parties")),
                 sampleConflict().localBody.value(QStringLiteral("parties")));

        const QString out = QDir(qEnvironmentVariable("COURTDESK_TEST_OUTPUT", m_dir.path()))
                                .filePath(QStringLiteral("screenshots"));
        QDir().mkpath(out);
        const QString png = QDir(out).filePath(QStringLiteral("sync-conflict-dialog.png"));
        QVERIFY(d.grab().save(png));
        qInfo() << "screenshot:" << png;

        d.findChild<QPushButton*>(QStringLiteral("takeAllTheirs"))->click();
        QCOMPARE(d.outcome(), ConflictDialog::Outcome::TakeTheirs);
    }

    void keepAllMine()
    {
        ConflictDialog d(sampleConflict());
        d.setChoice(QStringLiteral("judge"), false);
        d.findChild<QPushButton*>(QStringLiteral("keepAllMine"))->click();
        QCOMPARE(d.outcome(), ConflictDialog::Outcome::Merged);
        QJsonObject mine = sampleConflict().localBody;
        QCOMPARE(d.mergedBody(), mine);
    }

    void controllerRoundsInTheBackground()
    {
        QTemporaryDir dir;
        auto p = Profile::open(dir.path());
        QVERIFY(p);
        SyncController c(*p.value());
        QCOMPARE(c.status(), SyncController::Status::NotConfigured);
        QVERIFY(!c.statusText().isEmpty());
        // A server that is not there: the round fails in the background, the GUI thread keeps
        // turning, and the status says offline.
        p.value()->settings().setValue(SettingsKeys::syncServerUrl,
                                       QStringLiteral("http://127.0.0.1:9"));
        p.value()->settings().setValue(SettingsKeys::syncUser, QStringLiteral("judge"));
        c.setPassword(QStringLiteral("password1"));
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks]() { ++ticks; });
        tick.start(10);
        c.syncNow();
        QCOMPARE(c.status(), SyncController::Status::Syncing);
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), SyncController::Status::Offline, 20000);
        QVERIFY(ticks > 3);
        QVERIFY(!c.lastError().isEmpty());
        QCOMPARE(SyncController::backoffSeconds(0, 300), 300);
        QCOMPARE(SyncController::backoffSeconds(1, 300), 30);
        QCOMPARE(SyncController::backoffSeconds(3, 300), 120);
        QCOMPARE(SyncController::backoffSeconds(20, 300), 1800);
    }

    void loginRefusedForNowSaysHowLong()
    {
        // A server that answers every request as courtdesk-server answers a login after too
        // many failures: 429 too_many_requests with Retry-After.
        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        int requests = 0;
        connect(&fake, &QTcpServer::newConnection, this, [&]() {
            QTcpSocket* s = fake.nextPendingConnection();
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, s, [s, buffer, &requests]() {
                *buffer += s->readAll();
                const int end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                qsizetype length = 0;
                for (const QByteArray& line : buffer->left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                buffer->clear();
                ++requests;
                const QByteArray body = R"({"error": {"code": "too_many_requests", "message": )"
                                        R"("too many failed logins", "retry_after": 540}})";
                s->write("HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
                         "Retry-After: 540\r\nContent-Length: " +
                         QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        });

        QTemporaryDir dir;
        auto p = Profile::open(dir.path());
        QVERIFY(p);
        SyncController c(*p.value());
        p.value()->settings().setValue(
            SettingsKeys::syncServerUrl,
            QStringLiteral("http://127.0.0.1:%1").arg(fake.serverPort()));
        p.value()->settings().setValue(SettingsKeys::syncUser, QStringLiteral("judge"));
        c.setPassword(QStringLiteral("password1"));
        c.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), SyncController::Status::LoginNeeded, 20000);
        // Not retried: the server refuses logins for 9 minutes, whatever the password.
        QCOMPARE(requests, 1);
        QVERIFY2(c.lastError().contains(QLatin1String("Too many failed logins")),
                 qPrintable(c.lastError()));
        QVERIFY2(c.lastError().contains(QLatin1String("9 minute")), qPrintable(c.lastError()));

        // The desk's default language shows it in Chinese.
        LanguageManager languages;
        QVERIFY(languages.apply(QStringLiteral("zh_CN")));
        c.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), SyncController::Status::LoginNeeded, 20000);
        QTRY_COMPARE(requests, 2);
        QVERIFY2(c.lastError().contains(QStringLiteral("登录失败次数过多")),
                 qPrintable(c.lastError()));
        QVERIFY2(c.lastError().contains(QStringLiteral("9 分钟")), qPrintable(c.lastError()));
        QVERIFY(languages.apply(QStringLiteral("en")));
    }

    void mainWindowHasSyncMenuAndStatus()
    {
        QTemporaryDir dir;
        auto p = Profile::open(dir.path());
        QVERIFY(p);
        MainWindow w(*p.value(), nullptr);
        auto* menu = w.findChild<QMenu*>(QStringLiteral("syncMenu"));
        QVERIFY(menu);
        auto* label = w.findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
        QVERIFY(label);
        QVERIFY(!label->text().isEmpty());
        bool hasShortcut = false;
        for (QAction* a : menu->actions())
            hasShortcut = hasShortcut || !a->shortcut().isEmpty();
        QVERIFY(hasShortcut);
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_sync_ui.moc"
