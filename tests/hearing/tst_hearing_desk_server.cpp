// The desk runs an internet hearing THROUGH courtdesk-server (docs/hearings.md, "What the
// server does"): the profile has a sync server, so the Hearings menu picks the server backend;
// the server (with a real Janus from courtdesk-janus) creates the rooms and holds the admin key
// and room secrets. The judge is the app's HearingWindow (QtWebEngine, offscreen, fake media);
// the party is headless Chromium on the party page the server serves, at the URL the server
// returned for the invitation. The party waits in the lobby until the judge admits it in the
// window; then both decode advancing video; a mute through the server silences the party at
// the judge; ending the hearing destroys both rooms on Janus.
#include "cases/caserepository.h"
#include "common/settings.h"
#include "hearing/hearingmenu.h"
#include "hearing/hearingsession.h"
#include "hearing/hearingwindow.h"
#include "hearingharness.h"
#include "storage/profile.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QtTest>

using namespace cd;
using namespace cd::test;
using nlohmann::json;

class TestHearingDeskServer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    JanusHarness m_janus;
    PageServer m_reports; // takes the party page's status reports
    QProcess m_server;
    int m_port = 0;
    std::unique_ptr<Profile> m_profile;
    CaseRecord m_case;
    std::unique_ptr<QMainWindow> m_main;
    std::unique_ptr<ui::HearingMenu> m_menu;
    QPointer<ui::HearingWindow> m_window;
    HearingSession* m_session = nullptr;
    std::unique_ptr<ChromiumParty> m_party;
    QElapsedTimer m_clock;

    QString data() const { return m_dir.filePath(QStringLiteral("server")); }
    QJsonObject judge() const { return m_window ? m_window->lastStatus() : QJsonObject(); }
    QJsonObject party() const { return m_reports.reports.value(QStringLiteral("p1")); }
    static QJsonObject remoteOf(const QJsonObject& status, QString* feed = nullptr)
    {
        const QJsonObject r = status.value(QStringLiteral("remote")).toObject();
        if (r.isEmpty())
            return {};
        if (feed)
            *feed = r.keys().first();
        return r.value(r.keys().first()).toObject();
    }
    static double num(const QJsonObject& o, const char* k)
    {
        return o.value(QLatin1String(k)).toDouble();
    }
    QByteArray dump() const
    {
        return "\njudge: " + QJsonDocument(judge()).toJson(QJsonDocument::Compact) +
               "\nparty: " + QJsonDocument(party()).toJson(QJsonDocument::Compact);
    }
    void js(const QString& code) { m_window->page()->runJavaScript(code); }
    bool pageHas(const QString& selector)
    {
        std::optional<bool> found;
        m_window->page()->runJavaScript(
            QStringLiteral("!!document.querySelector('%1')").arg(selector),
            [&](const QVariant& v) { found = v.toBool(); });
        (void)QTest::qWaitFor([&] { return found.has_value(); }, 2000);
        return found.value_or(false);
    }
    // Janus's own answer for a room (through the admin key, not the server): 0 or its error.
    int janusRoomError(qint64 room)
    {
        JanusControl control(m_janus.api, m_janus.adminKey);
        auto out = std::make_shared<std::optional<Result<QVector<JanusParticipant>>>>();
        control.listParticipants(room, [out](Result<QVector<JanusParticipant>> r) { *out = r; });
        (void)QTest::qWaitFor([out] { return out->has_value(); }, 5000);
        if (!out->has_value())
            return -1;
        return out->value() ? 0 : int(JanusControl::failureOf(out->value().error()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        if (mediaAddress().isEmpty())
            QSKIP("This machine has no non-loopback IPv4 interface; WebRTC media cannot flow "
                  "over loopback, so a hearing cannot be tested here.");
        QVERIFY2(!ChromiumParty::binary().isEmpty() &&
                     !QStandardPaths::findExecutable(QStringLiteral("janus")).isEmpty(),
                 "janus or chromium is missing: run packaging/install-deps.sh");
        QVERIFY2(m_janus.start(QStringLiteral(COURTDESK_JANUS_LAUNCHER), 45000),
                 qPrintable(m_janus.error));
        QVERIFY(m_reports.start());

        // The judge's account on the server.
        QFile pw(m_dir.filePath(QStringLiteral("judge.pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("pw-judge-long enough\n");
        pw.close();
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(COURTDESK_SERVER),
                  {"--data", data(), "user", "add", "--court", QStringLiteral("甘0102"), "--role",
                   "judge", "--name", "judge.a", "--password-file", pw.fileName()});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAll().constData());
        m_server.setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")));
        m_server.start(QStringLiteral(COURTDESK_SERVER),
                       {"--data", data(), "--listen", "127.0.0.1:0", "--threads", "4",
                        "--janus-env", m_janus.dir.filePath(QStringLiteral("conf/secrets.env"))});
        QVERIFY(m_server.waitForStarted(10000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += m_server.readAllStandardOutput(),
                                  out.contains("listening on ") && out.endsWith('\n')),
                                 15000);
        m_port = out.mid(out.lastIndexOf(':') + 1).trimmed().toInt();
        QVERIFY(m_port > 0);

        // The desk's profile with a case; the case is on the server (the desk pushed it).
        auto p = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(p, qPrintable(p.errorMessage()));
        m_profile = std::move(p).value();
        m_case.caseNumber = QStringLiteral("（2026）甘0102民初901号");
        m_case.cause = QStringLiteral("民间借贷纠纷");
        m_case.filedOn = QDate(2026, 11, 1);
        m_case.judge = QStringLiteral("马建国");
        Party plaintiff;
        plaintiff.role = QStringLiteral("plaintiff");
        plaintiff.name = QStringLiteral("张三");
        m_case.parties = {plaintiff};
        auto id = CaseRepository(m_profile->database(), QStringLiteral("t")).create(m_case);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        m_case.id = id.value();
        m_case = CaseRepository(m_profile->database(), QStringLiteral("t")).load(m_case.id).value();
        httplib::Client c("127.0.0.1", m_port);
        auto login = c.Post("/v1/login",
                            json{{"user", "judge.a"}, {"password", "pw-judge-long enough"}}.dump(),
                            "application/json");
        QVERIFY(login && login->status == 200);
        const std::string token = json::parse(login->body).value("token", "");
        const std::string uuid = m_case.uuid.toStdString();
        auto pushed = c.Post(
            "/v1/push", {{"Authorization", "Bearer " + token}},
            json{{"client_id", "desk-1"},
                 {"mutations", json::array({{{"mutation_id", "m1"},
                                             {"type", "case"},
                                             {"id", uuid},
                                             {"base_version", 0},
                                             {"op", "put"},
                                             {"body",
                                              {{"uuid", uuid},
                                               {"case_number", m_case.caseNumber.toStdString()},
                                               {"status", "open"}}}}})}}
                .dump(),
            "application/json");
        QVERIFY2(pushed && pushed->status == 200 &&
                     pushed->body.find("accepted") != std::string::npos,
                 pushed ? pushed->body.c_str() : "no answer");

        // The profile's sync account: the Hearings menu now goes through the server.
        Settings& s = m_profile->settings();
        s.setValue(SettingsKeys::syncServerUrl, QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        s.setValue(SettingsKeys::syncUser, QStringLiteral("judge.a"));
        s.setValue(SettingsKeys::syncRememberPassword, true);
        s.setValue(SettingsKeys::syncPassword, QStringLiteral("pw-judge-long enough"));
        qInfo("janus and courtdesk-server up after %lld ms", m_clock.elapsed());
    }

    void judgeRunsTheHearingThroughTheServer()
    {
        m_main = std::make_unique<QMainWindow>();
        m_menu = std::make_unique<ui::HearingMenu>(
            *m_profile, m_main->menuBar(), m_main.get(), [this] { return m_case.id; },
            std::function<void(qint64)>(), nullptr);
        m_menu->startInternetHearing();
        QTRY_VERIFY_WITH_TIMEOUT((m_window = m_main->findChild<ui::HearingWindow*>()) != nullptr,
                                 5000);
        m_session = m_window->findChild<HearingSession*>();
        QVERIFY(m_session);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->isStarted(), 15000);
        // The page got its Janus URL, room and token from the server's answer.
        QCOMPARE(m_session->janusUrl(), m_janus.api);
        QCOMPARE(m_session->lobby(), m_session->room() + 1);
        QCOMPARE(janusRoomError(m_session->room()), 0);
        QTRY_VERIFY_WITH_TIMEOUT(judge().value(QStringLiteral("joined")).toBool(), 20000);

        // The invitation is the server's party URL, shown to copy.
        QCOMPARE(m_session->parties().size(), 1);
        const QUrl partyUrl = m_session->parties().first().url;
        QVERIFY2(partyUrl.toString().startsWith(
                     QStringLiteral("http://127.0.0.1:%1/hearing/party.html").arg(m_port)),
                 qPrintable(partyUrl.toString()));
        QVERIFY(m_window->property("invitations").toString().contains(partyUrl.toString()));
        auto* invitations = m_window->findChild<QWidget*>(QStringLiteral("hearingInvitations"));
        QVERIFY(invitations && invitations->isVisible());

        // The party opens the server's page (its status goes to our report server too).
        QUrl url = partyUrl;
        QUrlQuery q(url);
        q.addQueryItem(QStringLiteral("report"), m_reports.base().toString() + "/report/p1");
        url.setQuery(q);
        m_party = std::make_unique<ChromiumParty>();
        QVERIFY(m_party->start(url));

        // It waits in the lobby until the judge admits it in the window.
        QTRY_VERIFY_WITH_TIMEOUT(m_session->waiting().size() == 1, 30000);
        QCOMPARE(m_session->waiting().first().key, QStringLiteral("p1"));
        QTRY_COMPARE_WITH_TIMEOUT(party().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("waiting"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pageHas(QStringLiteral("#waiting button.admit")), 10000);
        QSignalSpy admitted(m_session, &HearingSession::admitted);
        const qint64 admittedAt = m_clock.elapsed();
        js(QStringLiteral("document.querySelector('#waiting button.admit').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(admitted.count(), 1, 5000);

        // Both decode the other's video within 10 s, and the frames keep coming.
        QTRY_VERIFY2_WITH_TIMEOUT(num(remoteOf(judge()), "framesDecoded") > 0 &&
                                      num(remoteOf(party()), "framesDecoded") > 0,
                                  dump().constData(), 10000);
        const double j0 = num(remoteOf(judge()), "framesDecoded");
        const double p0 = num(remoteOf(party()), "framesDecoded");
        const int left = int(qMax<qint64>(1500, 10000 - (m_clock.elapsed() - admittedAt)));
        QTRY_VERIFY2_WITH_TIMEOUT(num(remoteOf(judge()), "framesDecoded") > j0 + 5 &&
                                      num(remoteOf(party()), "framesDecoded") > p0 + 5,
                                  dump().constData(), left);
        qInfo("frames advancing on both sides %lld ms after admission",
              m_clock.elapsed() - admittedAt);
    }

    void muteThroughTheServerSilencesTheParty()
    {
        QVERIFY(m_window && m_party);
        QString feed;
        QTRY_VERIFY_WITH_TIMEOUT(num(remoteOf(judge(), &feed), "audioPackets") > 0, 10000);
        const double a0 = num(remoteOf(judge()), "audioPackets");
        QTRY_VERIFY_WITH_TIMEOUT(num(remoteOf(judge()), "audioPackets") > a0 + 20, 5000);
        QSignalSpy moderated(m_session, &HearingSession::moderated);
        js(QStringLiteral("document.querySelector('#participants button.mute').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(moderated.count(), 1, 5000);
        QCOMPARE(moderated.first().at(0).toLongLong(), feed.toLongLong());
        QVERIFY(moderated.first().at(2).toBool());
        QTest::qWait(1500);
        const double m0 = num(remoteOf(judge()), "audioPackets");
        QTest::qWait(2500);
        const double m1 = num(remoteOf(judge()), "audioPackets");
        qInfo("judge's inbound audio from the party while muted: %.0f packets in 2.5 s", m1 - m0);
        QVERIFY2(m1 - m0 < 10, qPrintable(QStringLiteral("%1 packets").arg(m1 - m0)));
    }

    void endDestroysTheRooms()
    {
        QVERIFY(m_window && m_session);
        const qint64 room = m_session->room(), lobby = m_session->lobby();
        QSignalSpy ended(m_window.data(), &ui::HearingWindow::hearingEnded);
        QSignalSpy failed(m_session, &HearingSession::failed);
        m_window->endHearing();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().message));
        QCOMPARE(janusRoomError(room), int(JanusFailure::NoSuchRoom));
        QCOMPARE(janusRoomError(lobby), int(JanusFailure::NoSuchRoom));
    }

    void cleanupTestCase()
    {
        if (m_party)
            m_party->stop();
        m_menu.reset();
        m_main.reset(); // the hearing window with it
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            m_server.waitForFinished(10000);
        }
        if (QTest::currentTestFailed()) {
            QFile log(m_dir.filePath(QStringLiteral("server.log")));
            if (log.open(QIODevice::ReadOnly))
                qWarning("server log:\n%s", log.readAll().right(3000).constData());
        }
        m_janus.stop();
        qInfo("whole desk-through-server hearing test: %lld ms", m_clock.elapsed());
    }
};

int main(int argc, char** argv)
{
    prepareWebEngineForTests();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    qRegisterMetaType<cd::Error>();
    TestHearingDeskServer t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_hearing_desk_server.moc"
