// The courtdesk-server suite, run against SQLite (server_sqlite) and PostgreSQL
// (server_postgres, through pg-harness.sh). It starts the real server binary, creates accounts
// with its command line and talks HTTP(S) to it. This file: set-up, the authorisation matrix
// and the sync semantics; tst_server_ops.cpp: blobs, crashes, malformed input and operations.

#include "tst_server.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>
#include <thread>

void TestServer::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("COURTDESK_SERVER").isEmpty(), "COURTDESK_SERVER unset");
    m_backend = Backend::fromEnvironment();
    if (m_backend.postgres)
        QVERIFY2(!m_backend.url.empty(),
                 "COURTDESK_TEST_DB_URL unset: run through tests/server/pg-harness.sh");
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("data"));

    // Accounts through the command line: every role in two courts.
    for (bool a : {true, false}) {
        for (Role role : kAllRoles) {
            const std::string name = userName(role, a);
            QFile pw(m_dir.filePath(QString::fromStdString(name + ".pw")));
            QVERIFY(pw.open(QIODevice::WriteOnly));
            pw.write(QByteArray::fromStdString(passwordOf(name) + "\n"));
            pw.close();
            QString out;
            const int rc = runServerCli(
                m_data, m_backend,
                {"user", "add", "--court", QString::fromStdString(a ? kCourtA : kCourtB), "--role",
                 QString::fromStdString(std::string(roleName(role))), "--name",
                 QString::fromStdString(name), "--password-file", pw.fileName()},
                &out);
            QVERIFY2(rc == 0, qPrintable(out));
        }
    }
    QString out;
    QCOMPARE(runServerCli(m_data, m_backend,
                          {"user", "add", "--court", "X", "--role", "boss", "--name", "x",
                           "--password-file", m_dir.filePath("judge.a.pw")},
                          &out),
             1);
    QCOMPARE(runServerCli(m_data, m_backend,
                          {"user", "add", "--court", "X", "--role", "judge", "--name", "judge.a",
                           "--password-file", m_dir.filePath("judge.a.pw")},
                          &out),
             1);
    QVERIFY2(out.contains("exists"), qPrintable(out));

    m_janusKey = "admin-key-" + sha256Hex(randomBytes(16)).substr(0, 32);
    m_janus = std::make_unique<FakeJanus>(m_janusKey);
    m_server = std::make_unique<ServerProcess>(m_data, m_backend);
    QVERIFY2(m_server->start(janusArgs(), &out), qPrintable(out));
    for (bool a : {true, false}) {
        for (Role role : kAllRoles) {
            const std::string name = userName(role, a);
            m_tokens[name] = client().login(name, passwordOf(name));
            QVERIFY2(!m_tokens[name].empty(), name.c_str());
        }
    }

    // Court A: a case, a committed blob and an unfinished upload; court B: a case.
    m_caseA = uniqueId("case-a");
    QCOMPARE(pushOne(token(Role::Judge, true), mutation("case", m_caseA, 0, caseBody(m_caseA)))
                 .value("status", ""),
             std::string("accepted"));
    m_caseB = uniqueId("case-b");
    QCOMPARE(pushOne(token(Role::Judge, false), mutation("case", m_caseB, 0, caseBody(m_caseB)))
                 .value("status", ""),
             std::string("accepted"));
    m_blobAData = randomBytes(70000);
    m_blobA = sha256Hex(m_blobAData);
    QCOMPARE(upload(token(Role::Clerk, true), m_blobAData), 201);
    const std::string partial = randomBytes(20);
    m_partialA = sha256Hex(partial);
    QCOMPARE(client()
                 .request("PUT", uploadPath(m_partialA) + "?offset=0", token(Role::Clerk, true),
                          partial.substr(0, 10), {}, "application/octet-stream")
                 .status,
             200);
}

void TestServer::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
    if (m_server)
        QCOMPARE(m_server->exitCode(), 0);
}

void TestServer::authorisationMatrix_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("own");
    QTest::addColumn<int>("endpoint");
    for (Role role : kAllRoles) {
        for (bool own : {true, false}) {
            for (Endpoint e : kAllEndpoints) {
                if (isHearingEndpoint(e))
                    continue; // hearingAuthorisationMatrix
                QTest::addRow("%s %s %s", roleName(role).data(), own ? "own" : "other",
                              endpointName(e).data())
                    << int(role) << own << int(e);
            }
        }
    }
}

void TestServer::authorisationMatrix()
{
    QFETCH(int, role);
    QFETCH(bool, own);
    QFETCH(int, endpoint);
    const Role r = Role(role);
    const Endpoint e = Endpoint(endpoint);
    // The caller is of court A ("own": A's resources) or of court B (A's resources are
    // another court's).
    const std::string name = userName(r, own);
    const std::string& tok = m_tokens[name];
    Client c = client();
    const bool mayCall = allowed(r, e);
    Response res;
    switch (e) {
    case Endpoint::Login:
        res = c.post("/v1/login", {}, {{"user", name}, {"password", passwordOf(name)}});
        break;
    case Endpoint::Whoami:
        res = c.get("/v1/whoami", tok);
        break;
    case Endpoint::Changes:
        res = c.get("/v1/changes?after=0&limit=500", tok);
        break;
    case Endpoint::Digest:
        res = c.get("/v1/digest", tok);
        break;
    case Endpoint::Push:
        res = push(tok,
                   json::array({own ? mutation("case", uniqueId("mx"), 0, caseBody("placeholder"))
                                    : mutation("case", m_caseA, 1, caseBody(m_caseA))}));
        break;
    case Endpoint::BlobHead:
        res = c.request("HEAD", blobPath(m_blobA), tok);
        break;
    case Endpoint::BlobGet:
        res = c.get(blobPath(m_blobA), tok);
        break;
    case Endpoint::UploadStatus:
        res = c.get(uploadPath(m_partialA), tok);
        break;
    case Endpoint::UploadPut: {
        const std::string data = randomBytes(100);
        const std::string sha = own ? sha256Hex(data) : m_partialA;
        res = c.request("PUT", uploadPath(sha) + (own ? "?offset=0" : "?offset=10"), tok, data, {},
                        "application/octet-stream");
        break;
    }
    case Endpoint::UploadCommit: {
        if (own && mayCall) {
            const std::string data = randomBytes(300);
            QCOMPARE(c.request("PUT", uploadPath(sha256Hex(data)) + "?offset=0", tok, data, {},
                               "application/octet-stream")
                         .status,
                     200);
            res = c.post(uploadCommitPath(sha256Hex(data)), tok, {{"size", 300}});
        } else {
            res = c.post(uploadCommitPath(m_partialA), tok, {{"size", 20}});
        }
        break;
    }
    case Endpoint::Users:
        res = c.post("/v1/users", tok,
                     {{"name", uniqueId("new.user")},
                      {"role", "clerk"},
                      {"password", "a long enough password"},
                      {"court", kCourtA}});
        break;
    case Endpoint::AuditVerify:
        res = c.get("/v1/audit/verify", tok);
        break;
    default:
        QFAIL("hearing endpoints are in hearingAuthorisationMatrix");
    }

    if (!mayCall) {
        QCOMPARE(res.status, 403);
        QCOMPARE(res.code(), std::string("forbidden"));
        return;
    }
    const std::string court = own ? kCourtA : kCourtB;
    auto ids = [](const json& changes) {
        std::set<std::string> out;
        for (const json& ch : changes)
            out.insert(ch["id"].get<std::string>());
        return out;
    };
    switch (e) {
    case Endpoint::Login:
        QCOMPARE(res.status, 200);
        QCOMPARE(res.body["user"]["court"].get<std::string>(), court);
        break;
    case Endpoint::Whoami:
        QCOMPARE(res.status, 200);
        QCOMPARE(res.body["court"].get<std::string>(), court);
        QCOMPARE(res.body["role"].get<std::string>(), std::string(roleName(r)));
        break;
    case Endpoint::Changes:
        QCOMPARE(res.status, 200);
        QCOMPARE(ids(res.body["changes"]).count(m_caseA), std::size_t(own ? 1 : 0));
        QCOMPARE(ids(res.body["changes"]).count(m_caseB), std::size_t(own ? 0 : 1));
        break;
    case Endpoint::Digest: {
        QCOMPARE(res.status, 200);
        Response a = c.get("/v1/digest", token(Role::Judge, true));
        QCOMPARE(res.body["digest"] == a.body["digest"], own);
        break;
    }
    case Endpoint::Push:
        QCOMPARE(res.status, 200);
        if (own) {
            // The body's uuid differs from the id: rejected per mutation, push goes on.
            QCOMPARE(res.body["results"][0]["status"].get<std::string>(), std::string("rejected"));
            QCOMPARE(res.body["results"][0]["error"]["code"].get<std::string>(),
                     std::string("bad_request"));
            const std::string id = uniqueId("mx");
            QCOMPARE(
                pushOne(tok, mutation("case", id, 0, caseBody(id)))["status"].get<std::string>(),
                std::string("accepted"));
        } else {
            QCOMPARE(res.body["results"][0]["error"]["code"].get<std::string>(),
                     std::string("forbidden"));
            // Creating under A's id is refused too.
            QCOMPARE(pushOne(tok, mutation("case", m_caseA, 0, caseBody(m_caseA)))["error"]["code"]
                         .get<std::string>(),
                     std::string("forbidden"));
        }
        break;
    case Endpoint::BlobHead:
        QCOMPARE(res.status, own ? 200 : 404);
        if (own)
            QCOMPARE(res.headers["Content-Length"], std::to_string(m_blobAData.size()));
        break;
    case Endpoint::BlobGet:
        QCOMPARE(res.status, own ? 200 : 404);
        if (own)
            QVERIFY(res.raw == m_blobAData);
        else
            QCOMPARE(res.code(), std::string("not_found"));
        break;
    case Endpoint::UploadStatus:
        QCOMPARE(res.status, 200);
        QCOMPARE(res.body["offset"].get<std::int64_t>(), std::int64_t(own ? 10 : 0));
        break;
    case Endpoint::UploadPut:
        if (own) {
            QCOMPARE(res.status, 200);
            QCOMPARE(res.body["offset"].get<std::int64_t>(), std::int64_t(100));
        } else {
            QCOMPARE(res.status, 409);
            QCOMPARE(res.code(), std::string("offset_mismatch"));
            QCOMPARE(res.body["offset"].get<std::int64_t>(), std::int64_t(0));
        }
        break;
    case Endpoint::UploadCommit:
        if (own) {
            QCOMPARE(res.status, 201);
        } else {
            QCOMPARE(res.status, 422);
            QCOMPARE(res.code(), std::string("hash_mismatch"));
            // A's unfinished upload is untouched.
            QCOMPARE(c.get(uploadPath(m_partialA), token(Role::Clerk, true))
                         .body["offset"]
                         .get<std::int64_t>(),
                     std::int64_t(10));
        }
        break;
    case Endpoint::Users:
        QCOMPARE(res.status, 201);
        QCOMPARE(res.body["court"].get<std::string>(), court);
        break;
    case Endpoint::AuditVerify:
        QCOMPARE(res.status, 200);
        QCOMPARE(res.body["ok"].get<bool>(), true);
        QVERIFY(res.body["rows"].get<std::int64_t>() > 0);
        break;
    default:
        break;
    }
}

void TestServer::loginFailureIsAudited()
{
    Client c = client();
    const std::string before = dbsql("SELECT count(*) FROM audit WHERE action = 'login.failed'");
    Response wrong = c.post("/v1/login", {}, {{"user", "judge.a"}, {"password", "nope"}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.code(), std::string("unauthorized"));
    Response unknown = c.post("/v1/login", {}, {{"user", "nobody"}, {"password", "x"}});
    QCOMPARE(unknown.status, 401);
    const std::string after = dbsql("SELECT count(*) FROM audit WHERE action = 'login.failed'");
    QCOMPARE(std::stoll(after), std::stoll(before) + 2);
    QVERIFY(std::stoll(dbsql("SELECT count(*) FROM audit WHERE action = 'login.ok'")) >= 8);
    // No password or token reaches the log.
    QFile log(m_data + "/server-stderr.log");
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY(!text.contains("nope"));
    QVERIFY(!text.contains(QByteArray::fromStdString(token(Role::Judge, true))));
    QVERIFY(text.contains("POST /v1/login 401"));
}

void TestServer::missingOrBadTokens()
{
    Client c = client();
    QCOMPARE(c.get("/v1/whoami", {}).status, 401);
    QCOMPARE(c.get("/v1/whoami", std::string(64, 'a')).status, 401);
    QCOMPARE(c.get("/v1/changes", "not-a-token").code(), std::string("unauthorized"));
    Response r = c.request("GET", "/v1/whoami", {}, {}, {{"Authorization", "Basic eDp5"}});
    QCOMPARE(r.status, 401);
}

void TestServer::tokenExpiry()
{
    // A second server on the same database (servers are stateless) with 5 s tokens: long
    // enough for a login and a request on a loaded 2-core CI machine (1 s was not).
    ServerProcess shortLived(m_data, m_backend);
    QString out;
    QVERIFY2(shortLived.start({"--token-ttl", "5"}, &out), qPrintable(out));
    Client c(shortLived.port());
    const std::string tok = c.login("clerk.a", passwordOf("clerk.a"));
    QVERIFY(!tok.empty());
    QCOMPARE(c.get("/v1/whoami", tok).status, 200);
    // A token of the first server works here too.
    QCOMPARE(c.get("/v1/whoami", token(Role::Judge, true)).status, 200);
    std::this_thread::sleep_for(std::chrono::milliseconds(6100));
    Response expired = c.get("/v1/whoami", tok);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.code(), std::string("unauthorized"));
    shortLived.stop();
}

void TestServer::idempotentRetry()
{
    const std::string id = uniqueId("case");
    const json m = mutation("case", id, 0, caseBody(id), uniqueId("mut"));
    json first = pushOne(token(Role::Clerk, true), m);
    QCOMPARE(first["status"].get<std::string>(), std::string("accepted"));
    QCOMPARE(first["version"].get<int>(), 1);
    json again = pushOne(token(Role::Clerk, true), m);
    QCOMPARE(again, first);
    // Another user of the same court retrying the same mutation gets the same answer.
    QCOMPARE(pushOne(token(Role::Judge, true), m), first);
    int count = 0;
    for (const json& ch : pullAll(token(Role::Clerk, true)))
        count += ch["id"] == id;
    QCOMPARE(count, 1);
}

void TestServer::conflictOnStaleBase()
{
    const std::string tok = token(Role::Assistant, true);
    const std::string id = uniqueId("case");
    QCOMPARE(pushOne(tok, mutation("case", id, 0, caseBody(id)))["version"].get<int>(), 1);
    json v2 = caseBody(id);
    v2["summary"] = "第二版";
    QCOMPARE(pushOne(tok, mutation("case", id, 1, v2))["version"].get<int>(), 2);
    json stale = caseBody(id);
    stale["summary"] = "过时";
    json r = pushOne(tok, mutation("case", id, 1, stale));
    QCOMPARE(r["status"].get<std::string>(), std::string("conflict"));
    QCOMPARE(r["server_version"].get<int>(), 2);
    QCOMPARE(r["server_deleted"].get<bool>(), false);
    QCOMPARE(r["server_body"], v2);
    // Create over an existing record is a conflict too; nothing was written.
    QCOMPARE(pushOne(tok, mutation("case", id, 0, stale))["status"].get<std::string>(),
             std::string("conflict"));
    // A base for a record the server never had: conflict with version 0.
    const std::string ghost = uniqueId("ghost");
    json g = pushOne(tok, mutation("case", ghost, 5, caseBody(ghost)));
    QCOMPARE(g["status"].get<std::string>(), std::string("conflict"));
    QCOMPARE(g["server_version"].get<int>(), 0);
    int count = 0;
    for (const json& ch : pullAll(tok))
        count += ch["id"] == id;
    QCOMPARE(count, 2);
}

void TestServer::tombstones()
{
    const std::string tok = token(Role::Judge, true);
    const std::string id = uniqueId("doc");
    const std::string data = randomBytes(1000);
    QCOMPARE(upload(tok, data), 201);
    json body = {
        {"uuid", id}, {"case_uuid", m_caseA}, {"title", "判决书"}, {"sha256", sha256Hex(data)}};
    QCOMPARE(pushOne(tok, mutation("document", id, 0, body))["status"].get<std::string>(),
             std::string("accepted"));
    json del = pushOne(tok, mutation("document", id, 1, nullptr));
    QCOMPARE(del["status"].get<std::string>(), std::string("accepted"));
    QCOMPARE(del["version"].get<int>(), 2);
    const auto changes = pullAll(tok);
    const json last = [&] {
        json l;
        for (const json& ch : changes)
            if (ch["id"] == id)
                l = ch;
        return l;
    }();
    QCOMPARE(last["deleted"].get<bool>(), true);
    QVERIFY(last["body"].is_null());
    QCOMPARE(last["version"].get<int>(), 2);
    json stale = pushOne(tok, mutation("document", id, 1, body));
    QCOMPARE(stale["status"].get<std::string>(), std::string("conflict"));
    QCOMPARE(stale["server_deleted"].get<bool>(), true);
    QCOMPARE(stale["server_version"].get<int>(), 2);
    // Deleting what never existed.
    QCOMPARE(pushOne(tok, mutation("case", uniqueId("none"), 0, nullptr))["error"]["code"]
                 .get<std::string>(),
             std::string("not_found"));
    // Put on the tombstone's version brings it back.
    QCOMPARE(pushOne(tok, mutation("document", id, 2, body))["version"].get<int>(), 3);
}

void TestServer::closedCaseOnlyJudge()
{
    const std::string clerk = token(Role::Clerk, true);
    const std::string judge = token(Role::Judge, true);
    const std::string id = uniqueId("case");
    json r = pushOne(clerk, mutation("case", id, 0, caseBody(id, "closed")));
    QCOMPARE(r["error"]["code"].get<std::string>(), std::string("forbidden"));
    QCOMPARE(pushOne(clerk, mutation("case", id, 0, caseBody(id)))["version"].get<int>(), 1);
    QCOMPARE(pushOne(judge, mutation("case", id, 1, caseBody(id, "closed")))["version"].get<int>(),
             2);
    json reopen = pushOne(clerk, mutation("case", id, 2, caseBody(id)));
    QCOMPARE(reopen["error"]["code"].get<std::string>(), std::string("forbidden"));
    QCOMPARE(
        pushOne(token(Role::Assistant, true), mutation("case", id, 2, nullptr))["error"]["code"]
            .get<std::string>(),
        std::string("forbidden"));
    QCOMPARE(pushOne(judge, mutation("case", id, 2, caseBody(id)))["version"].get<int>(), 3);
}

void TestServer::evidenceNeedsCommittedBlob()
{
    const std::string tok = token(Role::Clerk, true);
    const std::string data = randomBytes(5000);
    const std::string id = uniqueId("ev");
    json body = {
        {"uuid", id}, {"case_uuid", m_caseA}, {"sha256", sha256Hex(data)}, {"title", "借条"}};
    json r = pushOne(tok, mutation("evidence", id, 0, body));
    QCOMPARE(r["error"]["code"].get<std::string>(), std::string("not_found"));
    // Another court's blob does not count.
    QCOMPARE(upload(token(Role::Clerk, false), data), 201);
    QCOMPARE(pushOne(tok, mutation("evidence", id, 0, body))["error"]["code"].get<std::string>(),
             std::string("not_found"));
    QCOMPARE(upload(tok, data), 201);
    QCOMPARE(pushOne(tok, mutation("evidence", id, 0, body))["status"].get<std::string>(),
             std::string("accepted"));
    json noSha = body;
    noSha.erase("sha256");
    QCOMPARE(pushOne(tok, mutation("evidence", uniqueId("ev"), 0, noSha))["error"]["code"]
                 .get<std::string>(),
             std::string("bad_request"));
}

void TestServer::cursorPullOrderAndCourtFilter()
{
    std::set<std::string> mineA, mineB;
    for (int i = 0; i < 6; ++i) {
        const std::string a = uniqueId("pull-a");
        QCOMPARE(pushOne(token(Role::Judge, true), mutation("case", a, 0, caseBody(a)))["status"]
                     .get<std::string>(),
                 std::string("accepted"));
        mineA.insert(a);
        if (i % 2 == 0) {
            const std::string b = uniqueId("pull-b");
            pushOne(token(Role::Judge, false), mutation("case", b, 0, caseBody(b)));
            mineB.insert(b);
        }
    }
    const std::string tok = token(Role::Assistant, true);
    std::int64_t after = 0, prev = 0;
    std::set<std::string> seen;
    int pages = 0;
    for (;; ++pages) {
        Response r = client().get("/v1/changes?after=" + std::to_string(after) + "&limit=3", tok);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body["changes"].size() <= 3);
        for (const json& ch : r.body["changes"]) {
            QVERIFY(ch["seq"].get<std::int64_t>() > prev);
            prev = ch["seq"].get<std::int64_t>();
            seen.insert(ch["id"].get<std::string>());
        }
        if (!r.body["changes"].empty())
            QCOMPARE(r.body["last_seq"].get<std::int64_t>(), prev);
        after = r.body["last_seq"].get<std::int64_t>();
        if (!r.body["more"].get<bool>())
            break;
        QCOMPARE(r.body["changes"].size(), std::size_t(3));
    }
    QVERIFY(pages >= 2);
    for (const std::string& a : mineA)
        QVERIFY(seen.count(a));
    for (const std::string& b : mineB)
        QVERIFY(!seen.count(b));
    Response end = client().get("/v1/changes?after=" + std::to_string(after), tok);
    QCOMPARE(end.body["changes"].size(), std::size_t(0));
    QCOMPARE(end.body["last_seq"].get<std::int64_t>(), after);
    QCOMPARE(end.body["more"].get<bool>(), false);
    // The limit is capped at 500, not refused.
    QCOMPARE(client().get("/v1/changes?limit=100000", tok).status, 200);
}

void TestServer::concurrentPushesKeepSequenceConsistent()
{
    std::vector<std::thread> threads;
    std::atomic<int> accepted{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            const std::string tok = token(t % 2 ? Role::Clerk : Role::Judge, t < 2);
            for (int i = 0; i < 10; ++i) {
                const std::string id = uniqueId("conc");
                json r = pushOne(tok, mutation("case", id, 0, caseBody(id)),
                                 "desk-" + std::to_string(t));
                accepted += r.value("status", "") == "accepted";
            }
        });
    }
    for (auto& t : threads)
        t.join();
    QCOMPARE(accepted.load(), 40);
    for (bool a : {true, false}) {
        std::int64_t prev = 0;
        std::set<std::int64_t> seqs;
        for (const json& ch : pullAll(token(Role::Judge, a), 7)) {
            QVERIFY(ch["seq"].get<std::int64_t>() > prev);
            prev = ch["seq"].get<std::int64_t>();
            QVERIFY(seqs.insert(prev).second);
        }
    }
}

void TestServer::pushMixesAcceptedAndRefusedMutations()
{
    // One push, one transaction: a conflict, a probe of a missing record and a rejection in
    // between accepted mutations roll back only their own savepoint.
    const std::string tok = token(Role::Clerk, true);
    const std::string a = uniqueId("mix"), b = uniqueId("mix"), ghost = uniqueId("mix-ghost");
    const std::string existing = uniqueId("mix"), closed = uniqueId("mix");
    QCOMPARE(pushOne(tok, mutation("case", existing, 0, caseBody(existing)))["status"]
                 .get<std::string>(),
             std::string("accepted"));
    const json ms = json::array({mutation("case", a, 0, caseBody(a)),
                                 mutation("case", existing, 0, caseBody(existing)),
                                 mutation("case", ghost, 3, caseBody(ghost)),
                                 mutation("case", closed, 0, caseBody(closed, "closed")),
                                 mutation("case", b, 0, caseBody(b))});
    Response r = push(tok, ms, "desk-mix");
    QCOMPARE(r.status, 200);
    const json& res = r.body["results"];
    QCOMPARE(res.size(), std::size_t(5));
    QCOMPARE(res[0]["status"].get<std::string>(), std::string("accepted"));
    QCOMPARE(res[1]["status"].get<std::string>(), std::string("conflict"));
    QCOMPARE(res[2]["status"].get<std::string>(), std::string("conflict"));
    QCOMPARE(res[3]["status"].get<std::string>(), std::string("rejected"));
    QCOMPARE(res[4]["status"].get<std::string>(), std::string("accepted"));
    QVERIFY(res[4]["seq"].get<std::int64_t>() > res[0]["seq"].get<std::int64_t>());
    // The same push again: the accepted ones answer their stored results.
    Response again = push(tok, ms, "desk-mix");
    QCOMPARE(again.body["results"][0], res[0]);
    QCOMPARE(again.body["results"][4], res[4]);
    int count = 0;
    for (const json& ch : pullAll(tok)) {
        QVERIFY(ch["id"] != ghost && ch["id"] != closed);
        count += ch["id"] == a || ch["id"] == b;
    }
    QCOMPARE(count, 2);
    QCOMPARE(dbsql("SELECT count(*) FROM records WHERE id = '" + ghost + "'"), std::string("0"));
}

void TestServer::changesExcludeOwnClient()
{
    const std::string tok = token(Role::Judge, true);
    const std::string own = uniqueId("excl-own"), other = uniqueId("excl-other");
    const std::string tail1 = uniqueId("excl-own"), tail2 = uniqueId("excl-own");
    pushOne(tok, mutation("case", own, 0, caseBody(own)), "desk-excl");
    pushOne(tok, mutation("case", other, 0, caseBody(other)), "desk-other");
    pushOne(tok, mutation("case", tail1, 0, caseBody(tail1)), "desk-excl");
    const json last = pushOne(tok, mutation("case", tail2, 0, caseBody(tail2)), "desk-excl");
    const std::int64_t top = last["seq"].get<std::int64_t>();
    std::int64_t after = 0;
    std::set<std::string> seen;
    for (int pages = 0; pages < 10000; ++pages) {
        Response r = client().get("/v1/changes?after=" + std::to_string(after) +
                                      "&limit=2&exclude_client=desk-excl",
                                  tok);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body["changes"].size() <= 2);
        for (const json& ch : r.body["changes"])
            seen.insert(ch["id"].get<std::string>());
        const std::int64_t next = r.body["last_seq"].get<std::int64_t>();
        QVERIFY(next >= after);
        after = next;
        if (!r.body["more"].get<bool>())
            break;
    }
    QVERIFY(seen.count(other));
    QVERIFY(!seen.count(own));
    QVERIFY(!seen.count(tail1));
    QVERIFY(!seen.count(tail2));
    // The cursor moved past the caller's own trailing changes.
    QVERIFY(after >= top);
    Response end = client().get(
        "/v1/changes?after=" + std::to_string(after) + "&exclude_client=desk-excl", tok);
    QCOMPARE(end.body["changes"].size(), std::size_t(0));
    QCOMPARE(end.body["last_seq"].get<std::int64_t>(), after);
    QCOMPARE(end.body["more"].get<bool>(), false);
    // Without the parameter the own changes are there; a bad client id is refused.
    std::set<std::string> all;
    for (const json& ch : pullAll(tok))
        all.insert(ch["id"].get<std::string>());
    QVERIFY(all.count(own) && all.count(tail2));
    QCOMPARE(client().get("/v1/changes?after=0&exclude_client=a%20b", tok).status, 400);
}

void TestServer::digestMatchesClientComputation()
{
    for (bool a : {true, false}) {
        const std::string tok = token(Role::Clerk, a);
        std::map<std::pair<std::string, std::string>, std::pair<std::int64_t, bool>> latest;
        for (const json& ch : pullAll(tok))
            latest[{ch["type"].get<std::string>(), ch["id"].get<std::string>()}] = {
                ch["version"].get<std::int64_t>(), ch["deleted"].get<bool>()};
        std::string lines;
        for (const auto& [key, v] : latest)
            lines += digestLine(key.first, key.second, v.first, v.second);
        Response r = client().get("/v1/digest", tok);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body["records"].get<std::size_t>(), latest.size());
        QCOMPARE(r.body["digest"].get<std::string>(), sha256Hex(lines));
    }
}

QTEST_GUILESS_MAIN(TestServer)
