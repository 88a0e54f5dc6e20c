// The server suite, internet hearings (docs/hearings.md): the authorisation matrix of the
// hearing endpoints, the flow against a fake Janus (tests/server/fakejanus.h), 503 without
// Janus, court isolation, and the party page. The real Janus is tested in tests/hearing.

#include "tst_server.h"

#include <QDateTime>
#include <QFile>

QStringList TestServer::janusArgs() const
{
    const QString keyFile = m_dir.filePath(QStringLiteral("janus-admin-key"));
    QFile f(keyFile);
    if (f.open(QIODevice::WriteOnly))
        f.write(QByteArray::fromStdString(m_janusKey + "\n"));
    f.close();
    return {QStringLiteral("--janus-url"),
            QString::fromStdString(m_janus->url()),
            QStringLiteral("--janus-admin-key-file"),
            keyFile,
            QStringLiteral("--janus-rec-dir"),
            m_dir.filePath(QStringLiteral("recordings"))};
}

json TestServer::createHearing(const std::string& id, bool courtA)
{
    Response r = client().post("/v1/hearings", token(Role::Judge, courtA),
                               {{"hearing_id", id},
                                {"case_uuid", courtA ? m_caseA : m_caseB},
                                {"description", "（2026）甘0102民初1号"}});
    if (r.status != 201)
        return {{"status", r.status}, {"raw", r.raw}};
    return r.body;
}

void TestServer::hearingAuthorisationMatrix_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("own");
    QTest::addColumn<int>("endpoint");
    for (Role role : kAllRoles) {
        for (bool own : {true, false}) {
            for (Endpoint e : kHearingEndpoints) {
                QTest::addRow("%s %s %s", roleName(role).data(), own ? "own" : "other",
                              endpointName(e).data())
                    << int(role) << own << int(e);
            }
        }
    }
}

void TestServer::hearingAuthorisationMatrix()
{
    QFETCH(int, role);
    QFETCH(bool, own);
    QFETCH(int, endpoint);
    const Role r = Role(role);
    const Endpoint e = Endpoint(endpoint);
    // Court A's hearing: the caller is of court A ("own") or of court B ("other").
    if (m_hearingA.empty()) {
        m_hearingA = uniqueId("hearing-a");
        json h = createHearing(m_hearingA);
        QVERIFY2(h.contains("room"), h.dump().c_str());
    }
    // Each row gets its own hearing to act on (end and kick change it).
    const std::string hid = uniqueId("hm");
    json h = createHearing(hid);
    QVERIFY2(h.contains("room"), h.dump().c_str());
    const std::int64_t room = h["room"].get<std::int64_t>();
    Response p1 = client().post(hearingPath(hid, path::kHearingParties), token(Role::Clerk, true),
                                {{"name", "张三"}});
    QCOMPARE(p1.status, 201);
    m_janus->addParticipant(room, 7001, "p1:张三");

    const std::string& tok = token(r, own);
    Client c = client();
    Response res;
    switch (e) {
    case Endpoint::HearingCreate:
        // Own: a new hearing in the caller's court. Other: court A's id is not free for B.
        res = c.post("/v1/hearings", tok,
                     {{"hearing_id", own ? uniqueId("hc") : hid},
                      {"case_uuid", m_caseA},
                      {"description", "x"}});
        break;
    case Endpoint::HearingParties:
        res = c.post(hearingPath(hid, path::kHearingParties), tok, {{"name", "李四"}});
        break;
    case Endpoint::HearingWaiting:
        res = c.get(hearingPath(hid, path::kHearingWaiting), tok);
        break;
    case Endpoint::HearingAdmit:
        res =
            c.post(hearingPath(hid, std::string(path::kHearingAdmit) + "p1"), tok, json::object());
        break;
    case Endpoint::HearingMute:
        res = c.post(hearingPath(hid, path::kHearingMute), tok,
                     {{"participant", 7001}, {"mid", "0"}, {"mute", true}});
        break;
    case Endpoint::HearingKick:
        res = c.post(hearingPath(hid, path::kHearingKick), tok, {{"participant", 7001}});
        break;
    case Endpoint::HearingEnd:
        res = c.post(hearingPath(hid, path::kHearingEnd), tok, json::object());
        break;
    case Endpoint::HearingBooking:
        res = c.post(hearingPath(hid, path::kHearingBooking), tok,
                     {{"booked_end", isoTime(QDateTime::currentSecsSinceEpoch() + 3 * 86400)}});
        break;
    default:
        QFAIL("not a hearing endpoint");
    }
    if (!allowed(r, e)) {
        QCOMPARE(res.status, 403);
        QCOMPARE(res.code(), std::string("forbidden"));
        return;
    }
    if (!own) {
        // Court A's hearing does not exist for court B; its id cannot be taken either.
        QCOMPARE(res.status, e == Endpoint::HearingCreate ? 403 : 404);
        QCOMPARE(res.code(), std::string(e == Endpoint::HearingCreate ? "forbidden" : "not_found"));
        QVERIFY(m_janus->rooms().count(room)); // nothing happened to A's rooms
        return;
    }
    const auto rooms = m_janus->rooms();
    switch (e) {
    case Endpoint::HearingCreate:
        QCOMPARE(res.status, 201);
        QVERIFY(res.body["token"].is_string());
        QCOMPARE(res.body["lobby"].get<std::int64_t>(), res.body["room"].get<std::int64_t>() + 1);
        break;
    case Endpoint::HearingParties:
        QCOMPARE(res.status, 201);
        QCOMPARE(res.body["key"].get<std::string>(), std::string("p2"));
        QVERIFY(rooms.at(room + 1).allowed.count(res.body["token"].get<std::string>()));
        QVERIFY(!rooms.at(room).allowed.count(res.body["token"].get<std::string>()));
        break;
    case Endpoint::HearingWaiting:
        QCOMPARE(res.status, 200);
        QVERIFY(res.body["waiting"].is_array());
        QCOMPARE(res.body["in_hearing"][0]["key"].get<std::string>(), std::string("p1"));
        QCOMPARE(res.body["in_hearing"][0]["name"].get<std::string>(), std::string("张三"));
        break;
    case Endpoint::HearingAdmit:
        QCOMPARE(res.status, 200);
        QVERIFY(rooms.at(room).allowed.count(p1.body["token"].get<std::string>()));
        break;
    case Endpoint::HearingMute:
    case Endpoint::HearingKick:
        QCOMPARE(res.status, 200);
        break;
    case Endpoint::HearingEnd:
        QCOMPARE(res.status, 200);
        QVERIFY(!rooms.count(room));
        QVERIFY(!rooms.count(room + 1));
        break;
    case Endpoint::HearingBooking:
        QCOMPARE(res.status, 200);
        QCOMPARE(res.body["parties"].size(), std::size_t(1));
        QCOMPARE(res.body["parties"][0]["key"].get<std::string>(), std::string("p1"));
        break;
    default:
        break;
    }
}

void TestServer::hearingFlowWithFakeJanus()
{
    Client c = client();
    const std::string& judge = token(Role::Judge, true);
    const std::string hid = uniqueId("flow");
    json h = createHearing(hid);
    QVERIFY2(h.contains("room"), h.dump().c_str());
    const std::int64_t room = h["room"].get<std::int64_t>();
    QVERIFY(room >= 1000000000);
    QCOMPARE(h["janus"].get<std::string>(), m_janus->url());
    auto rooms = m_janus->rooms();
    // Hearing room: recorded into rec_dir, only the judge's token. Lobby: not recorded.
    QVERIFY(rooms.at(room).record);
    QCOMPARE(QString::fromStdString(rooms.at(room).recDir),
             m_dir.filePath(QStringLiteral("recordings")));
    QCOMPARE(rooms.at(room).allowed, std::set<std::string>{h["token"].get<std::string>()});
    QVERIFY(!rooms.at(room + 1).record);
    // A case the court does not have (here: court B's) is refused.
    QCOMPARE(client()
                 .post("/v1/hearings", judge,
                       {{"hearing_id", uniqueId("nocase")}, {"case_uuid", m_caseB}})
                 .code(),
             std::string("not_found"));
    // The same id again: refused.
    QCOMPARE(
        client().post("/v1/hearings", judge, {{"hearing_id", hid}, {"case_uuid", m_caseA}}).status,
        400);

    // A party: a key, a token on the lobby's list only, and the page URL on this server.
    Response p = c.post(hearingPath(hid, path::kHearingParties), token(Role::Assistant, true),
                        {{"name", "王五 & Co"}});
    QCOMPARE(p.status, 201);
    const std::string partyToken = p.body["token"].get<std::string>();
    const std::string url = p.body["party_url"].get<std::string>();
    QVERIFY2(url.rfind("http://127.0.0.1:" + std::to_string(m_server->port()) +
                           "/hearing/party.html?mode=party&janus=",
                       0) == 0,
             url.c_str());
    QVERIFY(url.find("&token=" + partyToken) != std::string::npos);
    QVERIFY(url.find("&room=" + std::to_string(room)) != std::string::npos);
    QVERIFY(url.find("&name=%E7%8E%8B%E4%BA%94%20%26%20Co") != std::string::npos);
    // The party token opens nothing on the server API.
    QCOMPARE(c.get("/v1/whoami", partyToken).status, 401);
    QCOMPARE(c.get(hearingPath(hid, path::kHearingWaiting), partyToken).status, 401);
    QCOMPARE(c.post(hearingPath(hid, path::kHearingKick), partyToken, {{"participant", 1}}).status,
             401);

    // Bad input.
    QCOMPARE(c.post(hearingPath(hid, path::kHearingParties), judge, {{"name", ""}}).status, 400);
    QCOMPARE(
        c.post(hearingPath(hid, std::string(path::kHearingAdmit) + "p9"), judge, json::object())
            .status,
        404);
    QCOMPARE(c.post(hearingPath(hid, path::kHearingMute), judge, {{"participant", "x"}}).status,
             400);
    QCOMPARE(c.get(hearingPath("nope", path::kHearingWaiting), judge).status, 404);

    // Janus dropped our session (session_timeout): the server opens a new one, once.
    m_janus->dropSessions();
    m_janus->addParticipant(room + 1, 42, "p1:王五 & Co");
    Response w = c.get(hearingPath(hid, path::kHearingWaiting), token(Role::Clerk, true));
    QCOMPARE(w.status, 200);
    QCOMPARE(w.body["waiting"].size(), std::size_t(1));
    QCOMPARE(w.body["waiting"][0]["participant"].get<std::int64_t>(), std::int64_t(42));
    QCOMPARE(w.body["waiting"][0]["key"].get<std::string>(), std::string("p1"));
    QCOMPARE(w.body["waiting"][0]["admitted"].get<bool>(), false);

    // Admit → token on the hearing room's list; kick → off it again.
    QCOMPARE(
        c.post(hearingPath(hid, std::string(path::kHearingAdmit) + "p1"), judge, json::object())
            .status,
        200);
    QVERIFY(m_janus->rooms().at(room).allowed.count(partyToken));
    m_janus->addParticipant(room, 43, "p1:王五 & Co");
    QCOMPARE(c.post(hearingPath(hid, path::kHearingMute), judge,
                    {{"participant", 43}, {"mid", "1"}, {"mute", true}})
                 .status,
             200);
    QCOMPARE(c.post(hearingPath(hid, path::kHearingMute), judge,
                    {{"participant", 99}, {"mid", "1"}, {"mute", true}})
                 .code(),
             std::string("not_found"));
    Response k = c.post(hearingPath(hid, path::kHearingKick), judge, {{"participant", 43}});
    QCOMPARE(k.status, 200);
    QCOMPARE(k.body["key"].get<std::string>(), std::string("p1"));
    QVERIFY(!m_janus->rooms().at(room).allowed.count(partyToken));

    // No request carries the secret anywhere but to Janus; the admin_key only on create.
    for (const json& req : m_janus->requests()) {
        if (req.value("request", "") != "create")
            QVERIFY(!req.contains("admin_key"));
    }
    // End: both rooms gone; afterwards the hearing refuses changes.
    QCOMPARE(c.post(hearingPath(hid, path::kHearingEnd), judge, json::object()).status, 200);
    QVERIFY(!m_janus->rooms().count(room));
    QVERIFY(!m_janus->rooms().count(room + 1));
    QCOMPARE(c.post(hearingPath(hid, path::kHearingParties), judge, {{"name", "x"}}).status, 400);

    // Audited, chain intact; no secrets or tokens in the audit details.
    const std::string actions =
        dbsql("SELECT action FROM audit WHERE entity_type = 'hearing' AND entity_id = '" + hid +
              "' ORDER BY id");
    QCOMPARE(QString::fromStdString(actions).split('\n', Qt::SkipEmptyParts),
             QStringList({"hearing.create", "hearing.party", "hearing.admit", "hearing.mute",
                          "hearing.kick", "hearing.end"}));
    const std::string details = dbsql(
        "SELECT details FROM audit WHERE entity_type = 'hearing' AND entity_id = '" + hid + "'");
    QVERIFY(details.find(partyToken) == std::string::npos);
    QVERIFY(details.find(h["token"].get<std::string>()) == std::string::npos);
    Response v = c.get("/v1/audit/verify", token(Role::CourtAdmin, true));
    QCOMPARE(v.body["ok"].get<bool>(), true);
    // The admin_key is never logged.
    QFile log(m_data + QStringLiteral("/server-stderr.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!log.readAll().contains(QByteArray::fromStdString(m_janusKey)));
}

void TestServer::hearingOnlyPresidingJudgeModerates()
{
    // A second judge of court A may not moderate judge.a's hearing.
    const std::string name = uniqueId("judge2");
    Response u =
        client().post("/v1/users", token(Role::CourtAdmin, true),
                      {{"name", name}, {"role", "judge"}, {"password", "long password 2"}});
    QCOMPARE(u.status, 201);
    const std::string judge2 = client().login(name, "long password 2");
    QVERIFY(!judge2.empty());
    const std::string hid = uniqueId("presiding");
    json h = createHearing(hid);
    QVERIFY2(h.contains("room"), h.dump().c_str());
    Client c = client();
    QCOMPARE(c.post(hearingPath(hid, path::kHearingParties), judge2, {{"name", "x"}}).status, 201);
    QCOMPARE(c.get(hearingPath(hid, path::kHearingWaiting), judge2).status, 200);
    for (const std::string& suffix :
         {std::string(path::kHearingAdmit) + "p1", std::string(path::kHearingMute),
          std::string(path::kHearingKick), std::string(path::kHearingEnd)}) {
        Response r = c.post(hearingPath(hid, suffix), judge2,
                            {{"participant", 1}, {"mid", "0"}, {"mute", true}});
        QCOMPARE(r.status, 403);
    }
    QCOMPARE(c.post(hearingPath(hid, path::kHearingEnd), token(Role::Judge, true), json::object())
                 .status,
             200);
}

void TestServer::hearingUnavailableWithoutJanus()
{
    // A second server on the same database, without janus_url.
    ServerProcess plain(m_data, m_backend);
    QString out;
    QVERIFY2(plain.start({}, &out), qPrintable(out));
    Client c(plain.port());
    for (Role r : kAllRoles) {
        const std::string& tok = token(r, true);
        struct Call
        {
            Endpoint e;
            std::string method, path;
        };
        const std::vector<Call> calls = {
            {Endpoint::HearingCreate, "POST", "/v1/hearings"},
            {Endpoint::HearingParties, "POST", hearingPath("h", path::kHearingParties)},
            {Endpoint::HearingWaiting, "GET", hearingPath("h", path::kHearingWaiting)},
            {Endpoint::HearingAdmit, "POST", hearingPath("h", "/admit/p1")},
            {Endpoint::HearingMute, "POST", hearingPath("h", path::kHearingMute)},
            {Endpoint::HearingKick, "POST", hearingPath("h", path::kHearingKick)},
            {Endpoint::HearingEnd, "POST", hearingPath("h", path::kHearingEnd)},
            {Endpoint::HearingBooking, "POST", hearingPath("h", path::kHearingBooking)}};
        for (const Call& call : calls) {
            Response res =
                c.request(call.method, call.path, tok, call.method == "POST" ? "{}" : "");
            const bool may = allowed(r, call.e);
            QCOMPARE(res.status, may ? 503 : 403);
            QCOMPARE(res.code(), std::string(may ? "unavailable" : "forbidden"));
        }
    }
    // No token is still 401, and the page is still served.
    QCOMPARE(c.post("/v1/hearings", {}, json::object()).status, 401);
    QCOMPARE(c.get("/hearing/party.html", {}).status, 200);
    // A Janus URL without its key is refused at start.
    QCOMPARE(runServerCli(m_data, m_backend, {"--janus-url", "http://127.0.0.1:1/janus"}, &out), 2);
    plain.stop();
}

void TestServer::hearingCourtIsolation()
{
    // Court B's hearing is invisible to court A and the other way round (matrix: A's to B).
    const std::string hid = uniqueId("hb");
    json h = createHearing(hid, false);
    QVERIFY2(h.contains("room"), h.dump().c_str());
    Client c = client();
    QCOMPARE(c.get(hearingPath(hid, path::kHearingWaiting), token(Role::Judge, true)).status, 404);
    QCOMPARE(
        c.post(hearingPath(hid, path::kHearingParties), token(Role::Clerk, true), {{"name", "x"}})
            .status,
        404);
    QCOMPARE(c.post(hearingPath(hid, path::kHearingEnd), token(Role::Judge, true), json::object())
                 .status,
             404);
    QCOMPARE(c.get(hearingPath(hid, path::kHearingWaiting), token(Role::Clerk, false)).status, 200);
    if (!m_backend.postgres)
        return;
    // PostgreSQL: the rows are walled by row-level security like the other court tables.
    auto count = [&](const std::string& court) {
        bool ok = false;
        std::string out =
            dbsql("BEGIN; SET LOCAL ROLE courtdesk_app; SET LOCAL courtdesk.court = '" + court +
                      "'; SELECT (SELECT count(*) FROM hearings WHERE id = '" + hid +
                      "') || ',' || (SELECT count(*) FROM hearing_participants "
                      "WHERE hearing_id = '" +
                      hid + "'); COMMIT;",
                  &ok);
        return ok ? out : "error: " + out;
    };
    QCOMPARE(count(kCourtA), std::string("0,0"));
    QCOMPARE(count(kCourtB), std::string("1,1"));
    bool ok = true;
    dbsql("BEGIN; SET LOCAL ROLE courtdesk_app; SET LOCAL courtdesk.court = '" + kCourtA +
              "'; UPDATE hearings SET court = '" + kCourtA + "' WHERE id = '" + hid +
              "'; SELECT count(*) FROM hearings WHERE id = '" + hid + "'; COMMIT;",
          &ok);
    QCOMPARE(count(kCourtB), std::string("1,1"));
}

void TestServer::hearingPartyPageServed()
{
    Client c = client();
    auto same = [](const Response& r, const char* source) {
        QFile f(QString::fromUtf8(source));
        return f.open(QIODevice::ReadOnly) && r.raw == f.readAll().toStdString();
    };
    Response page = c.get("/hearing/party.html?mode=party&token=abc", {});
    QCOMPARE(page.status, 200);
    QVERIFY(page.headers["Content-Type"].rfind("text/html", 0) == 0);
    QCOMPARE(page.headers["Referrer-Policy"], std::string("no-referrer"));
    QVERIFY(same(page, COURTDESK_SOURCE_DIR "/resources/hearing/hearing.html"));
    QVERIFY(same(c.get("/hearing/hearing.js", {}),
                 COURTDESK_SOURCE_DIR "/resources/hearing/hearing.js"));
    QVERIFY(same(c.get("/hearing/hearing.css", {}),
                 COURTDESK_SOURCE_DIR "/resources/hearing/hearing.css"));
    for (const char* name : {"js/janus.js", "js/adapter.js", "janus.js", "adapter.js"}) {
        Response r = c.get(std::string("/hearing/") + name, {});
        if (QFile::exists("/usr/share/javascript/janus-gateway/janus.js"))
            QCOMPARE(r.status, 200);
    }
    QVERIFY(
        same(c.get("/hearing/js/janus.js", {}), "/usr/share/javascript/janus-gateway/janus.js"));
    QCOMPARE(c.get("/hearing/hearing.html", {}).status, 404);
    QCOMPARE(c.get("/hearing/../server.db", {}).status, 404);
    QCOMPARE(c.get("/hearing/js/../../etc/passwd", {}).status, 404);
    QCOMPARE(c.get("/hearing/nothing.js", {}).status, 404);
}

namespace {

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 24 * kHour;

// The clock servers' time starts this far back, so it never passes the real time and the
// accounts' tokens (from the main server, 12 hours from the real time) stay good on them.
std::int64_t pastStart()
{
    return QDateTime::currentSecsSinceEpoch() - 30 * kDay;
}

// The HTTP status of the party page for a party's link: 200 while it works, 401 once expired.
int partyPage(Client& c, const std::string& token)
{
    return c.get("/hearing/party.html?mode=party&token=" + token, {}).status;
}

} // namespace

void TestServer::hearingPartyTokenExpires()
{
    // A second server on the same database and fake Janus whose party links last 3 seconds and
    // whose time is a file the test sets (server/clock.h): no sleeping. No booked end: a link
    // lasts from the invitation.
    ServerClock clock(m_dir.path(), pastStart());
    ServerProcess shortLived(m_data, m_backend);
    shortLived.useClock(clock);
    QString out;
    QVERIFY2(shortLived.start(janusArgs() << "--hearing-token-ttl"
                                          << "3",
                              &out),
             qPrintable(out));
    Client c(shortLived.port());
    const std::string& judge = token(Role::Judge, true);
    const std::string hid = uniqueId("expiry");
    json h = createHearing(hid);
    QVERIFY2(h.contains("room"), h.dump().c_str());
    QVERIFY(h["booked_end"].is_null());
    const std::int64_t room = h["room"].get<std::int64_t>();

    const std::int64_t invited = clock.now();
    Response p1 = c.post(hearingPath(hid, path::kHearingParties), token(Role::Clerk, true),
                         {{"name", "张三"}});
    QCOMPARE(p1.status, 201);
    const std::string tok1 = p1.body["token"].get<std::string>();
    QCOMPARE(p1.body["expires_at"].get<std::string>(), isoTime(invited + 3));
    // The main server's default (12 hours) for a second party.
    Response p2 = client().post(hearingPath(hid, path::kHearingParties), token(Role::Clerk, true),
                                {{"name", "李四"}});
    QCOMPARE(p2.status, 201);
    const std::string tok2 = p2.body["token"].get<std::string>();
    QVERIFY(p2.body["expires_at"].get<std::string>() > p1.body["expires_at"].get<std::string>());
    m_janus->addParticipant(room + 1, 8101, "p1:张三");

    // Before expiry (one second left): the link opens the page, the party waits, it can be
    // admitted.
    clock.set(invited + 2);
    QCOMPARE(partyPage(c, tok1), 200);
    Response w = c.get(hearingPath(hid, path::kHearingWaiting), judge);
    QCOMPARE(w.status, 200);
    QCOMPARE(w.body["waiting"][0]["expired"].get<bool>(), false);
    QVERIFY(m_janus->rooms().at(room + 1).allowed.count(tok1));
    QCOMPARE(
        c.post(hearingPath(hid, std::string(path::kHearingAdmit) + "p1"), judge, json::object())
            .status,
        200);
    QVERIFY(m_janus->rooms().at(room).allowed.count(tok1));

    clock.set(invited + 3);

    // After: 401 with a JSON error instead of the page; off both rooms' lists at Janus (on the
    // next waiting list); admission refused. The other party's link still works. (The main
    // server, on the real clock, long after, says the same.)
    Response page = c.get("/hearing/party.html?mode=party&token=" + tok1, {});
    QCOMPARE(page.status, 401);
    QCOMPARE(page.code(), std::string("unauthorized"));
    const std::string message = page.body["error"].value("message", "");
    QVERIFY2(message.find("expired") != std::string::npos, page.raw.c_str());
    QVERIFY2(message.find(isoTime(invited + 3)) != std::string::npos, page.raw.c_str());
    QCOMPARE(client().get("/hearing/party.html?mode=party&token=" + tok1, {}).status, 401);
    QCOMPARE(partyPage(c, tok2), 200);
    w = c.get(hearingPath(hid, path::kHearingWaiting), judge);
    QCOMPARE(w.status, 200);
    QCOMPARE(w.body["waiting"][0]["expired"].get<bool>(), true);
    QVERIFY(!m_janus->rooms().at(room + 1).allowed.count(tok1));
    QVERIFY(!m_janus->rooms().at(room).allowed.count(tok1));
    QVERIFY(m_janus->rooms().at(room + 1).allowed.count(tok2));
    Response admit =
        c.post(hearingPath(hid, std::string(path::kHearingAdmit) + "p1"), judge, json::object());
    QCOMPARE(admit.status, 400);
    QVERIFY2(admit.raw.find("expired") != std::string::npos, admit.raw.c_str());
    QCOMPARE(
        c.post(hearingPath(hid, std::string(path::kHearingAdmit) + "p2"), judge, json::object())
            .status,
        200);
    // Revoked once, audited once.
    QCOMPARE(c.get(hearingPath(hid, path::kHearingWaiting), judge).status, 200);
    QCOMPARE(dbsql("SELECT count(*) FROM audit WHERE action = 'hearing.expire' AND entity_id = '" +
                   hid + "'"),
             std::string("1"));
    QCOMPARE(c.post(hearingPath(hid, path::kHearingEnd), judge, json::object()).status, 200);
    shortLived.stop();
    // The server said that its time came from the file.
    QFile log(m_data + QStringLiteral("/server-stderr.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("TEST CLOCK"));
}

void TestServer::hearingPartyTokenLastsUntilBookedEnd()
{
    // Invitations go out days before the hearing: a link works until the booked end plus
    // hearing_token_ttl (the default, 12 hours, here), not from the invitation.
    const std::int64_t ttl = 12 * kHour;
    const std::int64_t monday = pastStart();
    ServerClock clock(m_dir.path(), monday);
    ServerProcess server(m_data, m_backend);
    server.useClock(clock);
    QString out;
    QVERIFY2(server.start(janusArgs(), &out), qPrintable(out));
    Client c(server.port());
    const std::string& judge = token(Role::Judge, true);
    const std::string& clerk = token(Role::Clerk, true);

    // Booked for Thursday, two hours; the clerk invites the party on Monday.
    const std::int64_t starts = monday + 3 * kDay, ends = starts + 2 * kHour;
    const std::string hid = uniqueId("booked");
    Response h = c.post("/v1/hearings", judge,
                        {{"hearing_id", hid},
                         {"case_uuid", m_caseA},
                         {"description", "（2026）甘0102民初1号"},
                         {"booked_end", isoTime(ends)}});
    QCOMPARE(h.status, 201);
    QCOMPARE(h.body["booked_end"].get<std::string>(), isoTime(ends));
    const std::int64_t room = h.body["room"].get<std::int64_t>();
    Response p = c.post(hearingPath(hid, path::kHearingParties), clerk, {{"name", "张三"}});
    QCOMPARE(p.status, 201);
    QCOMPARE(p.body["expires_at"].get<std::string>(), isoTime(ends + ttl));
    const std::string tok = p.body["token"].get<std::string>();
    auto page = [&](const std::string& t) { return partyPage(c, t); };

    // Past the invitation plus the ttl (the old rule's end) the link still works.
    clock.set(monday + ttl + 1);
    QCOMPARE(page(tok), 200);
    // During the hearing: the page, the waiting room, admission.
    clock.set(starts + kHour);
    QCOMPARE(page(tok), 200);
    m_janus->addParticipant(room + 1, 8201, "p1:张三");
    Response w = c.get(hearingPath(hid, path::kHearingWaiting), judge);
    QCOMPARE(w.status, 200);
    QCOMPARE(w.body["waiting"][0]["expired"].get<bool>(), false);
    QCOMPARE(
        c.post(hearingPath(hid, std::string(path::kHearingAdmit) + "p1"), judge, json::object())
            .status,
        200);
    QVERIFY(m_janus->rooms().at(room).allowed.count(tok));
    // The ttl after the booked end: a second before it works, then it is gone, as always: 401,
    // off Janus's lists, audited once.
    clock.set(ends + ttl - 1);
    QCOMPARE(page(tok), 200);
    clock.set(ends + ttl);
    QCOMPARE(page(tok), 401);
    w = c.get(hearingPath(hid, path::kHearingWaiting), judge);
    QCOMPARE(w.status, 200);
    QCOMPARE(w.body["waiting"][0]["expired"].get<bool>(), true);
    QVERIFY(!m_janus->rooms().at(room + 1).allowed.count(tok));
    QVERIFY(!m_janus->rooms().at(room).allowed.count(tok));
    QCOMPARE(dbsql("SELECT count(*) FROM audit WHERE action = 'hearing.expire' AND entity_id = '" +
                   hid + "'"),
             std::string("1"));

    // A hearing without a booked end keeps the rule of the invitation plus the ttl.
    const std::string hid2 = uniqueId("unbooked");
    Response h2 = c.post("/v1/hearings", judge,
                         {{"hearing_id", hid2}, {"case_uuid", m_caseA}, {"description", "x"}});
    QCOMPARE(h2.status, 201);
    QVERIFY(h2.body["booked_end"].is_null());
    const std::int64_t invited = clock.now();
    Response p2 = c.post(hearingPath(hid2, path::kHearingParties), clerk, {{"name", "李四"}});
    QCOMPARE(p2.status, 201);
    QCOMPARE(p2.body["expires_at"].get<std::string>(), isoTime(invited + ttl));
    const std::string tok2 = p2.body["token"].get<std::string>();
    clock.set(invited + ttl - 1);
    QCOMPARE(page(tok2), 200);
    clock.set(invited + ttl);
    QCOMPARE(page(tok2), 401);

    for (const std::string& id : {hid, hid2})
        QCOMPARE(c.post(hearingPath(id, path::kHearingEnd), judge, json::object()).status, 200);
    server.stop();
}

void TestServer::hearingRebookMovesPartyTokens()
{
    const std::int64_t ttl = 12 * kHour;
    const std::int64_t monday = pastStart();
    ServerClock clock(m_dir.path(), monday);
    ServerProcess server(m_data, m_backend);
    server.useClock(clock);
    QString out;
    QVERIFY2(server.start(janusArgs(), &out), qPrintable(out));
    Client c(server.port());
    const std::string& judge = token(Role::Judge, true);
    const std::string& clerk = token(Role::Clerk, true);
    auto page = [&](const std::string& t) { return partyPage(c, t); };
    auto rebook = [&](const std::string& id, const json& body) {
        return c.post(hearingPath(id, path::kHearingBooking), clerk, body);
    };

    // Booked for Thursday, invited on Monday.
    const std::int64_t thursday = monday + 3 * kDay + 2 * kHour;
    const std::string hid = uniqueId("moved");
    Response h = c.post("/v1/hearings", judge,
                        {{"hearing_id", hid},
                         {"case_uuid", m_caseA},
                         {"description", "x"},
                         {"booked_end", isoTime(thursday)}});
    QCOMPARE(h.status, 201);
    const std::int64_t room = h.body["room"].get<std::int64_t>();
    Response p1 = c.post(hearingPath(hid, path::kHearingParties), clerk, {{"name", "张三"}});
    QCOMPARE(p1.status, 201);
    QCOMPARE(p1.body["expires_at"].get<std::string>(), isoTime(thursday + ttl));
    const std::string tok1 = p1.body["token"].get<std::string>();

    // Moved to the next Monday: the link moves with it; a party invited later gets it too.
    const std::int64_t nextMonday = monday + 7 * kDay + 2 * kHour;
    clock.set(monday + kDay);
    Response r = rebook(hid, {{"booked_end", isoTime(nextMonday)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body["booked_end"].get<std::string>(), isoTime(nextMonday));
    QCOMPARE(r.body["parties"],
             json::array({{{"key", "p1"}, {"expires_at", isoTime(nextMonday + ttl)}}}));
    Response p2 = c.post(hearingPath(hid, path::kHearingParties), clerk, {{"name", "李四"}});
    QCOMPARE(p2.status, 201);
    QCOMPARE(p2.body["expires_at"].get<std::string>(), isoTime(nextMonday + ttl));
    const std::string tok2 = p2.body["token"].get<std::string>();
    // Past the old expiry the link works; it is still on the lobby's list after a waiting list.
    clock.set(thursday + ttl + kHour);
    QCOMPARE(page(tok1), 200);
    QCOMPARE(c.get(hearingPath(hid, path::kHearingWaiting), judge).status, 200);
    QVERIFY(m_janus->rooms().at(room + 1).allowed.count(tok1));

    // Moved earlier (to Friday): the links expire the ttl after the new end.
    const std::int64_t friday = monday + 4 * kDay + 2 * kHour;
    r = rebook(hid, {{"booked_end", isoTime(friday)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body["parties"].size(), std::size_t(2));
    QCOMPARE(r.body["parties"][1]["expires_at"].get<std::string>(), isoTime(friday + ttl));
    clock.set(friday + ttl - 1);
    QCOMPARE(page(tok1), 200);
    QCOMPARE(page(tok2), 200);
    clock.set(friday + ttl);
    QCOMPARE(page(tok1), 401);
    QCOMPARE(page(tok2), 401);
    // An expired link stays expired when the hearing moves again: the party is invited again.
    r = rebook(hid, {{"booked_end", isoTime(monday + 9 * kDay)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body["parties"], json::array());
    QCOMPARE(page(tok1), 401);

    // Bad times are refused, on create too; nothing changed.
    for (const json& bad :
         {json::object(), json{{"booked_end", nullptr}}, json{{"booked_end", "next Thursday"}},
          json{{"booked_end", "2026-02-30T10:00:00Z"}},
          json{{"booked_end", "2026-12-03T11:30:00+08:00"}}, json{{"booked_end", 1764761400}}}) {
        Response b = rebook(hid, bad);
        QCOMPARE(b.status, 400);
        QCOMPARE(b.code(), std::string("bad_request"));
    }
    QCOMPARE(c.post("/v1/hearings", judge,
                    {{"hearing_id", uniqueId("badbooking")},
                     {"case_uuid", m_caseA},
                     {"booked_end", "tomorrow"}})
                 .status,
             400);
    QCOMPARE(dbsql("SELECT count(*) FROM audit WHERE action = 'hearing.rebook' AND entity_id = '" +
                   hid + "'"),
             std::string("3"));
    // Another court's hearing is not found; an ended one is not moved.
    QCOMPARE(c.post(hearingPath(hid, path::kHearingBooking), token(Role::Clerk, false),
                    {{"booked_end", isoTime(friday)}})
                 .status,
             404);
    QCOMPARE(c.post(hearingPath(hid, path::kHearingEnd), judge, json::object()).status, 200);
    QCOMPARE(rebook(hid, {{"booked_end", isoTime(friday)}}).status, 400);
    server.stop();
}

void TestServer::hearingSchemaMigratesFromVersion1()
{
    // A SQLite database of schema version 1 (before hearings) gets the hearing tables on the
    // next start and keeps its data. (PostgreSQL runs the same steps by courtdesk_meta.)
    QTemporaryDir dir;
    const Backend sqlite;
    QFile pw(dir.filePath("pw"));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("a long enough password\n");
    pw.close();
    QString out;
    QCOMPARE(runServerCli(dir.path(), sqlite,
                          {"user", "add", "--court", "X", "--role", "judge", "--name", "j",
                           "--password-file", pw.fileName()},
                          &out),
             0);
    bool ok = false;
    sql(dir.path(), sqlite,
        "DROP TABLE hearing_participants; DROP TABLE hearings; PRAGMA user_version = 1;", &ok);
    QVERIFY(ok);
    QCOMPARE(sql(dir.path(), sqlite, "PRAGMA user_version;"), std::string("1"));
    QCOMPARE(runServerCli(dir.path(), sqlite, {"audit", "verify"}, &out), 0);
    QCOMPARE(sql(dir.path(), sqlite, "PRAGMA user_version;"), std::string("4"));
    QCOMPARE(sql(dir.path(), sqlite,
                 "SELECT count(*) FROM pragma_table_info('hearing_participants') "
                 "WHERE name IN ('expires_at', 'revoked');"),
             std::string("2"));
    QCOMPARE(sql(dir.path(), sqlite,
                 "SELECT count(*) FROM pragma_table_info('hearings') WHERE name = 'booked_end';"),
             std::string("1"));
    QCOMPARE(sql(dir.path(), sqlite, "SELECT count(*) FROM hearings; SELECT count(*) FROM users;"),
             std::string("0\n1"));
}
