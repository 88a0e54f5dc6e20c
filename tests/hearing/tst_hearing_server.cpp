// Internet hearing run by courtdesk-server on a real Janus (docs/hearings.md): the server holds
// the Janus admin_key (from courtdesk-janus's secrets.env) and the room secrets. The judge's
// account creates the hearing through the server, the clerk invites a party, and a headless
// Chromium party opens the party page SERVED BY THE SERVER with its token. The party waits in
// the lobby (Janus's own participant lists say so) until the judge admits it through the
// server; then it is in the hearing room. The judge's page (headless Chromium with the judge's
// token, standing in for the app's window) shows that a mute through the server stops the
// party's audio. Mute and kick go through the server (a clerk and a party token cannot), end
// destroys both rooms, the recording lands in rec_dir, and the
// server's audit chain verifies. No Qt in the server; this test only drives it.
#include "hearingharness.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <QStandardPaths>
#include <QUrlQuery>
#include <QtTest>

using namespace cd::test;
using nlohmann::json;

namespace {

const char* const kCourt = "甘0102";

// One HTTP call to a JSON API (the server, or Janus); status 0 when nobody answered.
struct Answer
{
    int status = 0;
    json body;
};

Answer call(int port, const std::string& method, const std::string& path,
            const std::string& token = {}, const json& body = json::object())
{
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(20, 0);
    httplib::Headers h;
    if (!token.empty())
        h.emplace("Authorization", "Bearer " + token);
    auto r = method == "GET" ? c.Get(path.c_str(), h)
                             : c.Post(path.c_str(), h, body.dump(), "application/json");
    Answer a;
    if (!r)
        return a;
    a.status = r->status;
    a.body = json::parse(r->body, nullptr, false);
    return a;
}

// Takes the pages' status reports (POST /report/<key>, JSON). The pages come from
// courtdesk-server, so these posts are cross-origin: preflights are answered.
class ReportServer : public QTcpServer
{
public:
    QHash<QString, QJsonObject> reports;

protected:
    void incomingConnection(qintptr fd) override
    {
        auto* s = new QTcpSocket(this);
        s->setSocketDescriptor(fd);
        auto* buffer = new QByteArray;
        QObject::connect(s, &QTcpSocket::disconnected, s, [s, buffer] {
            delete buffer;
            s->deleteLater();
        });
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            buffer->append(s->readAll());
            const int end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            int length = 0;
            for (const QByteArray& line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toInt();
            if (buffer->size() < end + 4 + length)
                return;
            const QList<QByteArray> first = head.left(head.indexOf('\r')).split(' ');
            const QString path = QString::fromLatin1(first.value(1));
            if (first.value(0) == "POST" && path.startsWith(QLatin1String("/report/")))
                reports[path.mid(8)] =
                    QJsonDocument::fromJson(buffer->mid(end + 4, length)).object();
            buffer->clear();
            s->write("HTTP/1.1 204 No Content\r\nAccess-Control-Allow-Origin: *\r\n"
                     "Access-Control-Allow-Methods: POST\r\n"
                     "Access-Control-Allow-Headers: content-type\r\n"
                     "Content-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
        });
    }
};

} // namespace

class TestHearingServer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    JanusHarness m_janus;
    QProcess m_server;
    int m_port = 0;
    std::string m_judge, m_clerk;
    std::unique_ptr<ChromiumParty> m_party;
    std::unique_ptr<ChromiumParty> m_judgePage; // the judge's page, to see the mute's effect
    ReportServer m_reports;
    QElapsedTimer m_clock;

    // The judge page's inbound audio packets from the (one) remote feed.
    double judgeAudioPackets() const
    {
        const QJsonObject remote = m_reports.reports.value(QStringLiteral("judge"))
                                       .value(QStringLiteral("remote"))
                                       .toObject();
        return remote.isEmpty() ? -1
                                : remote.value(remote.keys().first())
                                      .toObject()
                                      .value(QStringLiteral("audioPackets"))
                                      .toDouble();
    }

    QString data() const { return m_dir.filePath(QStringLiteral("server")); }

    int cli(const QStringList& args, QString* out = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(COURTDESK_SERVER), QStringList{"--data", data()} + args);
        p.waitForFinished(60000);
        if (out)
            *out = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    std::string login(const std::string& user, const std::string& password)
    {
        Answer a = call(m_port, "POST", "/v1/login", {}, {{"user", user}, {"password", password}});
        return a.status == 200 ? a.body.value("token", "") : std::string();
    }
    // Janus's own view of a room, straight from the Janus API (not through the server):
    // the displays in it, or the VideoRoom error code (426: no such room).
    std::pair<QStringList, int> janusRoom(std::int64_t room)
    {
        const int port = m_janus.api.port();
        const std::string base = m_janus.api.path().toStdString();
        Answer s = call(port, "POST", base, {}, {{"janus", "create"}, {"transaction", "s"}});
        const std::string session = base + "/" + std::to_string(s.body["data"].value("id", 0LL));
        Answer h =
            call(port, "POST", session, {},
                 {{"janus", "attach"}, {"plugin", "janus.plugin.videoroom"}, {"transaction", "a"}});
        Answer m =
            call(port, "POST", session + "/" + std::to_string(h.body["data"].value("id", 0LL)), {},
                 {{"janus", "message"},
                  {"transaction", "l"},
                  {"body", {{"request", "listparticipants"}, {"room", room}}}});
        call(port, "POST", session, {}, {{"janus", "destroy"}, {"transaction", "d"}});
        const json d = m.body.is_object() ? m.body["plugindata"]["data"] : json::object();
        QStringList displays;
        for (const json& p : d.value("participants", json::array()))
            displays << QString::fromStdString(p.value("display", ""));
        return {displays, d.value("error_code", 0)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        if (mediaAddress().isEmpty())
            QSKIP("This machine has no non-loopback IPv4 interface; WebRTC media cannot flow "
                  "over loopback, so a hearing cannot be tested here.");
        if (ChromiumParty::binary().isEmpty() || QStandardPaths::findExecutable("janus").isEmpty())
            QSKIP("janus or chromium is not installed (packaging/install-deps.sh installs them).");
        QVERIFY2(m_janus.start(QStringLiteral(COURTDESK_JANUS_LAUNCHER), 43000),
                 qPrintable(m_janus.error));

        // Accounts: a judge and a clerk of one court.
        for (const char* role : {"judge", "clerk"}) {
            QFile pw(m_dir.filePath(QString::fromLatin1(role) + ".pw"));
            QVERIFY(pw.open(QIODevice::WriteOnly));
            pw.write(QByteArray("pw-") + role + "-long enough\n");
            pw.close();
            QString out;
            QVERIFY2(
                cli({"user", "add", "--court", QString::fromUtf8(kCourt), "--role", role, "--name",
                     QString::fromLatin1(role) + ".a", "--password-file", pw.fileName()},
                    &out) == 0,
                qPrintable(out));
        }
        // The server gets Janus from courtdesk-janus's secrets.env.
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
        m_judge = login("judge.a", "pw-judge-long enough");
        m_clerk = login("clerk.a", "pw-clerk-long enough");
        QVERIFY(!m_judge.empty() && !m_clerk.empty());
        qInfo("janus and courtdesk-server up after %lld ms", m_clock.elapsed());
    }

    void cleanupTestCase()
    {
        if (m_party)
            m_party->stop();
        if (m_judgePage)
            m_judgePage->stop();
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            QVERIFY(m_server.waitForFinished(10000));
            QCOMPARE(m_server.exitCode(), 0);
        }
        // The admin_key never reaches the server's log.
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly) && !m_janus.adminKey.isEmpty())
            QVERIFY(!log.readAll().contains(m_janus.adminKey.toLatin1()));
        m_janus.stop();
    }

    void serverRunsTheHearing()
    {
        struct Logs
        {
            TestHearingServer* t;
            ~Logs()
            {
                if (!QTest::currentTestFailed())
                    return;
                auto tail = [](const QString& path) {
                    QFile f(path);
                    return f.open(QIODevice::ReadOnly) ? f.readAll().right(3000) : QByteArray();
                };
                qWarning("janus log:\n%s", t->m_janus.log().right(3000).toLocal8Bit().constData());
                if (!qEnvironmentVariableIsEmpty("COURTDESK_KEEP_LOGS")) {
                    QFile::copy(t->m_janus.dir.filePath(QStringLiteral("janus.log")),
                                qEnvironmentVariable("COURTDESK_KEEP_LOGS") + "/janus.log");
                    if (t->m_party)
                        QFile::copy(t->m_party->profile.filePath(QStringLiteral("chromium.log")),
                                    qEnvironmentVariable("COURTDESK_KEEP_LOGS") + "/chromium.log");
                }
                if (t->m_party)
                    qWarning("chromium log:\n%s",
                             tail(t->m_party->profile.filePath(QStringLiteral("chromium.log")))
                                 .constData());
                qWarning("server log:\n%s",
                         tail(t->m_dir.filePath(QStringLiteral("server.log"))).constData());
            }
        } logs{this};
        // The case is on the server (pushed by the judge's desk); a hearing needs one.
        Answer pushed =
            call(m_port, "POST", "/v1/push", m_judge,
                 {{"client_id", "desk-1"},
                  {"mutations", json::array({{{"mutation_id", "m1"},
                                              {"type", "case"},
                                              {"id", "case-900"},
                                              {"base_version", 0},
                                              {"op", "put"},
                                              {"body",
                                               {{"uuid", "case-900"},
                                                {"case_number", "（2026）甘0102民初900号"},
                                                {"status", "open"}}}}})}});
        QVERIFY2(pushed.status == 200 &&
                     pushed.body["results"][0].value("status", "") == std::string("accepted"),
                 pushed.body.dump().c_str());
        QCOMPARE(call(m_port, "POST", "/v1/hearings", m_judge,
                      {{"hearing_id", "h-x"}, {"case_uuid", "case-unknown"}})
                     .status,
                 404);
        // The judge creates the hearing through the server.
        Answer created = call(m_port, "POST", "/v1/hearings", m_judge,
                              {{"hearing_id", "h-2026-900"},
                               {"case_uuid", "case-900"},
                               {"description", "（2026）甘0102民初900号"}});
        QVERIFY2(created.status == 201, created.body.dump().c_str());
        const std::int64_t room = created.body["room"].get<std::int64_t>();
        const std::int64_t lobby = created.body["lobby"].get<std::int64_t>();
        QCOMPARE(QString::fromStdString(created.body["janus"].get<std::string>()),
                 m_janus.api.toString());
        QCOMPARE(janusRoom(room).second, 0); // both rooms exist on the real Janus
        QCOMPARE(janusRoom(lobby).second, 0);
        const std::string hearing = "/v1/hearings/h-2026-900";

        // The judge's page (in the app it is the hearing window; here headless Chromium on the
        // server's page with the judge's token) joins the hearing room and reports its stats.
        QVERIFY(m_reports.listen(QHostAddress::LocalHost, 0));
        QUrl judgeUrl(QStringLiteral("http://127.0.0.1:%1/hearing/party.html").arg(m_port));
        QUrlQuery jq;
        jq.addQueryItem(QStringLiteral("mode"), QStringLiteral("judge"));
        jq.addQueryItem(QStringLiteral("janus"), m_janus.api.toString());
        jq.addQueryItem(QStringLiteral("room"), QString::number(room));
        jq.addQueryItem(QStringLiteral("token"),
                        QString::fromStdString(created.body["token"].get<std::string>()));
        jq.addQueryItem(QStringLiteral("name"), QStringLiteral("judge.a"));
        jq.addQueryItem(
            QStringLiteral("report"),
            QStringLiteral("http://127.0.0.1:%1/report/judge").arg(m_reports.serverPort()));
        judgeUrl.setQuery(jq);
        m_judgePage = std::make_unique<ChromiumParty>();
        QVERIFY(m_judgePage->start(judgeUrl));
        const qint64 judgeOpened = m_clock.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(janusRoom(room).first,
                                  QStringList{QStringLiteral("judge:judge.a")}, 40000);
        qInfo("judge's page in the hearing room %lld ms after it was opened",
              m_clock.elapsed() - judgeOpened);

        // The clerk invites the party; the party page comes from the server.
        Answer invited = call(m_port, "POST", hearing + "/parties", m_clerk, {{"name", "张三"}});
        QVERIFY2(invited.status == 201, invited.body.dump().c_str());
        const std::string partyToken = invited.body["token"].get<std::string>();
        const QUrl partyUrl(QString::fromStdString(invited.body["party_url"].get<std::string>()));
        QCOMPARE(partyUrl.port(), m_port);
        QCOMPARE(partyUrl.path(), QStringLiteral("/hearing/party.html"));
        // A party token is no account token.
        QCOMPARE(call(m_port, "GET", "/v1/whoami", partyToken).status, 401);

        m_party = std::make_unique<ChromiumParty>();
        const qint64 opened = m_clock.elapsed();
        QVERIFY(m_party->start(partyUrl));

        // The party is in the lobby, not in the hearing room, and stays there.
        auto waiting = [&] { return call(m_port, "GET", hearing + "/waiting", m_clerk); };
        QTRY_VERIFY_WITH_TIMEOUT(waiting().body.value("waiting", json::array()).size() == 1, 40000);
        qInfo("party waiting %lld ms after the page was opened", m_clock.elapsed() - opened);
        Answer w = waiting();
        QCOMPARE(w.body["waiting"][0]["key"].get<std::string>(), std::string("p1"));
        QCOMPARE(w.body["waiting"][0]["name"].get<std::string>(), std::string("张三"));
        QTest::qWait(3000); // two more join attempts of the page (433 from Janus)
        QCOMPARE(janusRoom(lobby).first, QStringList{QStringLiteral("p1:张三")});
        // Not in the hearing room: only the judge is there.
        QCOMPARE(janusRoom(room).first, QStringList{QStringLiteral("judge:judge.a")});

        // Only the presiding judge admits; the clerk cannot.
        QCOMPARE(call(m_port, "POST", hearing + "/admit/p1", m_clerk).status, 403);
        QCOMPARE(call(m_port, "POST", hearing + "/admit/p1", partyToken).status, 401);
        const qint64 admittedAt = m_clock.elapsed();
        QCOMPARE(call(m_port, "POST", hearing + "/admit/p1", m_judge).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(janusRoom(room).first.contains(QStringLiteral("p1:张三")), 15000);
        qInfo("party in the hearing room %lld ms after admission", m_clock.elapsed() - admittedAt);
        QTRY_VERIFY_WITH_TIMEOUT(janusRoom(lobby).first.isEmpty(), 10000);
        // Publishing (its audio and video streams exist on Janus) follows the join.
        json p1;
        auto findP1 = [&] {
            w = waiting();
            p1 = json();
            for (const json& p : w.body.value("in_hearing", json::array()))
                if (p.value("key", json()) == json("p1"))
                    p1 = p;
            return p1.is_object() && p1.value("publisher", false);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(findP1(), w.body.dump().c_str(), 15000);
        QCOMPARE(w.body["in_hearing"].size(), std::size_t(2)); // the judge and the party
        const std::int64_t participant = p1["participant"].get<std::int64_t>();

        // Mute and unmute the party's audio (the page publishes audio on mid 0) through the
        // server; a clerk and a party token cannot; a mid the party does not publish is refused
        // by Janus.
        const json mute = {{"participant", participant}, {"mid", "0"}, {"mute", true}};
        QCOMPARE(call(m_port, "POST", hearing + "/mute", m_clerk, mute).status, 403);
        QCOMPARE(call(m_port, "POST", hearing + "/mute", partyToken, mute).status, 401);
        // Audio flows from the party to the judge's page before the mute...
        QTRY_VERIFY_WITH_TIMEOUT(judgeAudioPackets() > 50, 15000);
        Answer muted = call(m_port, "POST", hearing + "/mute", m_judge, mute);
        QVERIFY2(muted.status == 200, muted.body.dump().c_str());
        // ...and stops once Janus stops relaying it (allow for packets in flight).
        QTest::qWait(1500);
        const double m0 = judgeAudioPackets();
        QTest::qWait(2500);
        const double m1 = judgeAudioPackets();
        qInfo("judge's inbound audio from the muted party: %.0f packets in 2.5 s", m1 - m0);
        QVERIFY2(m1 - m0 < 10, qPrintable(QStringLiteral("%1 packets").arg(m1 - m0)));
        QCOMPARE(call(m_port, "POST", hearing + "/mute", m_judge,
                      {{"participant", participant}, {"mid", "0"}, {"mute", false}})
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(judgeAudioPackets() > m1 + 20, 10000);
        QVERIFY(call(m_port, "POST", hearing + "/mute", m_judge,
                     {{"participant", participant + 1}, {"mid", "0"}, {"mute", true}})
                    .status >= 400);

        // Kick: the clerk cannot; the judge can, and the party cannot come back.
        QCOMPARE(
            call(m_port, "POST", hearing + "/kick", m_clerk, {{"participant", participant}}).status,
            403);
        Answer kicked =
            call(m_port, "POST", hearing + "/kick", m_judge, {{"participant", participant}});
        QVERIFY2(kicked.status == 200, kicked.body.dump().c_str());
        QCOMPARE(kicked.body["revoked"].get<bool>(), true);
        const QStringList judgeOnly{QStringLiteral("judge:judge.a")};
        QTRY_COMPARE_WITH_TIMEOUT(janusRoom(room).first, judgeOnly, 5000);
        QTest::qWait(2000);
        QCOMPARE(janusRoom(room).first, judgeOnly);

        // End: both rooms are gone from Janus; the recording is in rec_dir.
        QCOMPARE(call(m_port, "POST", hearing + "/end", m_clerk).status, 403);
        QCOMPARE(call(m_port, "POST", hearing + "/end", m_judge).status, 200);
        QCOMPARE(janusRoom(room).second, 426);
        QCOMPARE(janusRoom(lobby).second, 426);
        const QStringList recorded =
            QDir(m_janus.recDir).entryList({QStringLiteral("*%1*.mjr").arg(room)}, QDir::Files);
        QVERIFY2(!recorded.isEmpty(), qPrintable(QDir(m_janus.recDir).entryList().join(' ')));
        QCOMPARE(call(m_port, "GET", hearing + "/waiting", m_clerk).status, 400); // ended

        // The server's audit chain verifies and holds every accepted action.
        QString out;
        QCOMPARE(cli({"audit", "verify"}, &out), 0);
        QVERIFY2(out.contains("audit ok"), qPrintable(out));
        qInfo("whole hearing through the server: %lld ms", m_clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestHearingServer)
#include "tst_hearing_server.moc"
