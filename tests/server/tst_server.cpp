// The courtdesk-server suite, run against SQLite (server_sqlite) and PostgreSQL
// (server_postgres, through pg-harness.sh). It starts the real server binary, creates accounts
// with its command line and talks HTTP(S) to it.

#include "servertestutil.h"

#include "protocol/protocol.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>
#include <thread>

using namespace cdtest;
using namespace cd::protocol;

namespace {

const std::string kCourtA = "甘0102";
const std::string kCourtB = "甘0103";

std::string userName(Role role, bool courtA)
{
    return std::string(roleName(role)) + (courtA ? ".a" : ".b");
}

std::string passwordOf(const std::string& user)
{
    return "pw-" + user + "-长期有效";
}

json caseBody(const std::string& id, const std::string& status = "open")
{
    return {{"uuid", id},
            {"case_number", "(2026)甘0102民初1号"},
            {"cause", "民间借贷纠纷"},
            {"status", status},
            {"parties", json::array({{{"role", "原告"}, {"name", "张三"}}})}};
}

json mutation(const std::string& type, const std::string& id, std::int64_t base, const json& body,
              const std::string& mutationId = {})
{
    json m = {{"mutation_id", mutationId.empty() ? uniqueId("m") : mutationId},
              {"type", type},
              {"id", id},
              {"base_version", base},
              {"op", body.is_null() ? "delete" : "put"}};
    if (!body.is_null())
        m["body"] = body;
    return m;
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_data;
    std::unique_ptr<ServerProcess> m_server;
    std::map<std::string, std::string> m_tokens;
    // Court A fixture for the authorisation matrix.
    std::string m_caseA, m_caseB, m_blobA, m_blobAData, m_partialA;

    Client client() const { return Client(m_server->port()); }
    const std::string& token(Role role, bool courtA) { return m_tokens[userName(role, courtA)]; }

    Response push(const std::string& tok, const json& mutations,
                  const std::string& clientId = "desk-1")
    {
        return client().post("/v1/push", tok, {{"client_id", clientId}, {"mutations", mutations}});
    }
    json pushOne(const std::string& tok, const json& m, const std::string& clientId = "desk-1")
    {
        Response r = push(tok, json::array({m}), clientId);
        if (r.status != 200 || !r.body.contains("results") || r.body["results"].size() != 1)
            return {{"status", "http " + std::to_string(r.status)}, {"raw", r.raw}};
        return r.body["results"][0];
    }
    // Uploads `data` in chunks and commits it; returns the commit status.
    int upload(const std::string& tok, const std::string& data, std::size_t chunk = 512 * 1024)
    {
        const std::string sha = sha256Hex(data);
        for (std::size_t off = 0; off < data.size(); off += chunk) {
            Response r =
                client().request("PUT", uploadPath(sha) + "?offset=" + std::to_string(off), tok,
                                 data.substr(off, chunk), {}, "application/octet-stream");
            if (r.status != 200)
                return r.status;
        }
        return client().post(uploadCommitPath(sha), tok, {{"size", data.size()}}).status;
    }
    std::vector<json> pullAll(const std::string& tok, std::int64_t limit = 500)
    {
        std::vector<json> out;
        std::int64_t after = 0;
        for (int guard = 0; guard < 10000; ++guard) {
            Response r = client().get("/v1/changes?after=" + std::to_string(after) +
                                          "&limit=" + std::to_string(limit),
                                      tok);
            if (r.status != 200)
                break;
            for (const json& c : r.body["changes"])
                out.push_back(c);
            after = r.body["last_seq"].get<std::int64_t>();
            if (!r.body["more"].get<bool>())
                break;
        }
        return out;
    }
    std::string dbsql(const std::string& statement, bool* ok = nullptr)
    {
        return sql(m_data, m_backend, statement, ok);
    }

private Q_SLOTS:
    void initTestCase()
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
                    {"user", "add", "--court", QString::fromStdString(a ? kCourtA : kCourtB),
                     "--role", QString::fromStdString(std::string(roleName(role))), "--name",
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
                              {"user", "add", "--court", "X", "--role", "judge", "--name",
                               "judge.a", "--password-file", m_dir.filePath("judge.a.pw")},
                              &out),
                 1);
        QVERIFY2(out.contains("exists"), qPrintable(out));

        m_server = std::make_unique<ServerProcess>(m_data, m_backend);
        QVERIFY2(m_server->start({}, &out), qPrintable(out));
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

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
        if (m_server)
            QCOMPARE(m_server->exitCode(), 0);
    }

    void authorisationMatrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("own");
        QTest::addColumn<int>("endpoint");
        for (Role role : kAllRoles) {
            for (bool own : {true, false}) {
                for (Endpoint e : kAllEndpoints) {
                    QTest::addRow("%s %s %s", roleName(role).data(), own ? "own" : "other",
                                  endpointName(e).data())
                        << int(role) << own << int(e);
                }
            }
        }
    }

    void authorisationMatrix()
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
            res = push(
                tok, json::array({own ? mutation("case", uniqueId("mx"), 0, caseBody("placeholder"))
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
            res = c.request("PUT", uploadPath(sha) + (own ? "?offset=0" : "?offset=10"), tok, data,
                            {}, "application/octet-stream");
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
                QCOMPARE(res.body["results"][0]["status"].get<std::string>(),
                         std::string("rejected"));
                QCOMPARE(res.body["results"][0]["error"]["code"].get<std::string>(),
                         std::string("bad_request"));
                const std::string id = uniqueId("mx");
                QCOMPARE(pushOne(tok, mutation("case", id, 0, caseBody(id)))["status"]
                             .get<std::string>(),
                         std::string("accepted"));
            } else {
                QCOMPARE(res.body["results"][0]["error"]["code"].get<std::string>(),
                         std::string("forbidden"));
                // Creating under A's id is refused too.
                QCOMPARE(
                    pushOne(tok, mutation("case", m_caseA, 0, caseBody(m_caseA)))["error"]["code"]
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
        }
    }

    void loginFailureIsAudited()
    {
        Client c = client();
        const std::string before =
            dbsql("SELECT count(*) FROM audit WHERE action = 'login.failed'");
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

    void missingOrBadTokens()
    {
        Client c = client();
        QCOMPARE(c.get("/v1/whoami", {}).status, 401);
        QCOMPARE(c.get("/v1/whoami", std::string(64, 'a')).status, 401);
        QCOMPARE(c.get("/v1/changes", "not-a-token").code(), std::string("unauthorized"));
        Response r = c.request("GET", "/v1/whoami", {}, {}, {{"Authorization", "Basic eDp5"}});
        QCOMPARE(r.status, 401);
    }

    void tokenExpiry()
    {
        // A second server on the same database (servers are stateless) with 1 s tokens.
        ServerProcess shortLived(m_data, m_backend);
        QString out;
        QVERIFY2(shortLived.start({"--token-ttl", "1"}, &out), qPrintable(out));
        Client c(shortLived.port());
        const std::string tok = c.login("clerk.a", passwordOf("clerk.a"));
        QVERIFY(!tok.empty());
        QCOMPARE(c.get("/v1/whoami", tok).status, 200);
        // A token of the first server works here too.
        QCOMPARE(c.get("/v1/whoami", token(Role::Judge, true)).status, 200);
        std::this_thread::sleep_for(std::chrono::milliseconds(2100));
        Response expired = c.get("/v1/whoami", tok);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.code(), std::string("unauthorized"));
        shortLived.stop();
    }

    void idempotentRetry()
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

    void conflictOnStaleBase()
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

    void tombstones()
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

    void closedCaseOnlyJudge()
    {
        const std::string clerk = token(Role::Clerk, true);
        const std::string judge = token(Role::Judge, true);
        const std::string id = uniqueId("case");
        json r = pushOne(clerk, mutation("case", id, 0, caseBody(id, "closed")));
        QCOMPARE(r["error"]["code"].get<std::string>(), std::string("forbidden"));
        QCOMPARE(pushOne(clerk, mutation("case", id, 0, caseBody(id)))["version"].get<int>(), 1);
        QCOMPARE(
            pushOne(judge, mutation("case", id, 1, caseBody(id, "closed")))["version"].get<int>(),
            2);
        json reopen = pushOne(clerk, mutation("case", id, 2, caseBody(id)));
        QCOMPARE(reopen["error"]["code"].get<std::string>(), std::string("forbidden"));
        QCOMPARE(
            pushOne(token(Role::Assistant, true), mutation("case", id, 2, nullptr))["error"]["code"]
                .get<std::string>(),
            std::string("forbidden"));
        QCOMPARE(pushOne(judge, mutation("case", id, 2, caseBody(id)))["version"].get<int>(), 3);
    }

    void evidenceNeedsCommittedBlob()
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
        QCOMPARE(
            pushOne(tok, mutation("evidence", id, 0, body))["error"]["code"].get<std::string>(),
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

    void cursorPullOrderAndCourtFilter()
    {
        std::set<std::string> mineA, mineB;
        for (int i = 0; i < 6; ++i) {
            const std::string a = uniqueId("pull-a");
            QCOMPARE(
                pushOne(token(Role::Judge, true), mutation("case", a, 0, caseBody(a)))["status"]
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
            Response r =
                client().get("/v1/changes?after=" + std::to_string(after) + "&limit=3", tok);
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

    void concurrentPushesKeepSequenceConsistent()
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

    void digestMatchesClientComputation()
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

    void blobUploadResumeAndRange()
    {
        const std::string tok = token(Role::Assistant, true);
        const std::string data = randomBytes(1200 * 1024);
        const std::string sha = sha256Hex(data);
        Client c = client();
        const std::size_t chunk = 512 * 1024;
        QCOMPARE(c.get(uploadPath(sha), tok).body["offset"].get<std::int64_t>(), 0);
        Response first = c.request("PUT", uploadPath(sha) + "?offset=0", tok, data.substr(0, chunk),
                                   {}, "application/octet-stream");
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body["offset"].get<std::size_t>(), chunk);
        // A resumed client asks where to continue.
        QCOMPARE(c.get(uploadPath(sha), tok).body["offset"].get<std::size_t>(), chunk);
        Response wrong = c.request("PUT", uploadPath(sha) + "?offset=0", tok, data.substr(0, chunk),
                                   {}, "application/octet-stream");
        QCOMPARE(wrong.status, 409);
        QCOMPARE(wrong.body["offset"].get<std::size_t>(), chunk);
        Response tooBig =
            c.request("PUT", uploadPath(sha) + "?offset=" + std::to_string(chunk), tok,
                      std::string(chunk + 1, 'x'), {}, "application/octet-stream");
        QCOMPARE(tooBig.status, 413);
        for (std::size_t off = chunk; off < data.size(); off += chunk)
            QCOMPARE(c.request("PUT", uploadPath(sha) + "?offset=" + std::to_string(off), tok,
                               data.substr(off, chunk), {}, "application/octet-stream")
                         .status,
                     200);
        QCOMPARE(c.request("HEAD", blobPath(sha), tok).status, 404); // not committed yet
        Response commit = c.post(uploadCommitPath(sha), tok, {{"size", data.size()}});
        QCOMPARE(commit.status, 201);
        QCOMPARE(c.post(uploadCommitPath(sha), tok, {{"size", data.size()}}).status, 201);
        Response head = c.request("HEAD", blobPath(sha), tok);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.headers["Content-Length"], std::to_string(data.size()));
        Response whole = c.get(blobPath(sha), tok);
        QCOMPARE(whole.status, 200);
        QCOMPARE(sha256Hex(whole.raw), sha);
        const std::size_t from = 700000;
        Response tail = c.request("GET", blobPath(sha), tok, {},
                                  {{"Range", "bytes=" + std::to_string(from) + "-"}});
        QCOMPARE(tail.status, 206);
        QVERIFY(tail.raw == data.substr(from));
        QCOMPARE(c.get(uploadPath(sha), tok).body["offset"].get<std::int64_t>(), 0);
    }

    void hashMismatchDiscardsUpload()
    {
        const std::string tok = token(Role::Clerk, true);
        Client c = client();
        const std::string data = randomBytes(4000);
        const std::string sha = sha256Hex(data);
        std::string corrupt = data;
        corrupt[100] ^= 0x55;
        QCOMPARE(c.request("PUT", uploadPath(sha) + "?offset=0", tok, corrupt, {},
                           "application/octet-stream")
                     .status,
                 200);
        Response r = c.post(uploadCommitPath(sha), tok, {{"size", 4000}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), std::string("hash_mismatch"));
        QCOMPARE(c.get(uploadPath(sha), tok).body["offset"].get<std::int64_t>(), 0);
        QCOMPARE(c.request("HEAD", blobPath(sha), tok).status, 404);
        // Right bytes, wrong size.
        QCOMPARE(c.request("PUT", uploadPath(sha) + "?offset=0", tok, data, {},
                           "application/octet-stream")
                     .status,
                 200);
        QCOMPARE(c.post(uploadCommitPath(sha), tok, {{"size", 3999}}).status, 422);
        QCOMPARE(upload(tok, data), 201);
    }

    void killDuringUploadAndResume()
    {
        const std::string tok = token(Role::Judge, true);
        const std::string data = randomBytes(3 * 512 * 1024 + 777);
        const std::string sha = sha256Hex(data);
        const std::size_t chunk = 512 * 1024;
        QCOMPARE(client()
                     .request("PUT", uploadPath(sha) + "?offset=0", tok, data.substr(0, chunk), {},
                              "application/octet-stream")
                     .status,
                 200);
        // The second chunk is in flight when the server is killed.
        const int port = m_server->port();
        std::thread inFlight([&] {
            Client(port).request("PUT", uploadPath(sha) + "?offset=" + std::to_string(chunk), tok,
                                 data.substr(chunk, chunk), {}, "application/octet-stream");
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        m_server->kill9();
        inFlight.join();
        QString out;
        QVERIFY2(m_server->start({}, &out), qPrintable(out));
        Client c = client();
        const auto offset = c.get(uploadPath(sha), tok).body["offset"].get<std::size_t>();
        QVERIFY2(offset == chunk || offset == 2 * chunk, std::to_string(offset).c_str());
        for (std::size_t off = offset; off < data.size(); off += chunk)
            QCOMPARE(c.request("PUT", uploadPath(sha) + "?offset=" + std::to_string(off), tok,
                               data.substr(off, chunk), {}, "application/octet-stream")
                         .status,
                     200);
        QCOMPARE(c.post(uploadCommitPath(sha), tok, {{"size", data.size()}}).status, 201);
        QCOMPARE(sha256Hex(c.get(blobPath(sha), tok).raw), sha);
    }

    void readOnlyServerOnReplica()
    {
        if (!m_backend.postgres)
            QSKIP("streaming replicas are a PostgreSQL deployment");
        Backend replica = m_backend;
        replica.url = qEnvironmentVariable("COURTDESK_TEST_DB_REPLICA_URL").toStdString();
        QVERIFY2(!replica.url.empty(), "COURTDESK_TEST_DB_REPLICA_URL unset (pg-harness.sh)");
        QTemporaryDir dir;
        ServerProcess ro(dir.path(), replica);
        QString out;
        QVERIFY2(ro.start({}, &out), qPrintable(out));
        Client primary = client();
        Client reader(ro.port());
        const std::string tok = token(Role::Assistant, true);
        auto reads = [&](Client& c) {
            return c.get("/v1/changes?limit=500", tok).raw + c.get("/v1/digest", tok).raw;
        };
        // Once the replica has caught up, reads there equal reads on the primary.
        std::string onPrimary, onReplica;
        for (int i = 0; i < 100; ++i) {
            onPrimary = reads(primary);
            onReplica = reads(reader);
            if (onPrimary == onReplica)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        QCOMPARE(onReplica, onPrimary);
        QVERIFY(reader.get(blobPath(m_blobA), tok).raw == m_blobAData);
        QCOMPARE(reader.request("HEAD", blobPath(m_blobA), tok).status, 200);
        // Writes belong on the primary: the replica's server answers 500 and stays up.
        const std::string id = uniqueId("ro");
        Response w =
            reader.post("/v1/push", tok,
                        {{"client_id", "desk-ro"},
                         {"mutations", json::array({mutation("case", id, 0, caseBody(id))})}});
        QCOMPARE(w.status, 500);
        QCOMPARE(w.code(), std::string("internal"));
        QCOMPARE(reader.get("/v1/whoami", tok).status, 200);
        ro.stop();
        QCOMPARE(ro.exitCode(), 0);
    }

    void malformedRequests()
    {
        Client c = client();
        const std::string judge = token(Role::Judge, true);
        const std::string admin = token(Role::CourtAdmin, true);
        const std::string digestBefore = c.get("/v1/digest", judge).body.dump();
        const std::string okPush = R"({"client_id":"d","mutations":[]})";
        const std::string bomb = gzip(std::string(24 * 1024 * 1024, ' '));
        const std::string brokenGzip =
            std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8) + "this is not deflate data at all";
        std::string many = R"({"client_id":"d","mutations":[)";
        for (int i = 0; i < 201; ++i)
            many += std::string(i ? "," : "") +
                    mutation("case", "x" + std::to_string(i), 0, caseBody("x")).dump();
        many += "]}";
        const std::string sha = std::string(64, 'a');
        struct Bad
        {
            const char* name;
            std::string method, path, token, body;
            httplib::Headers headers;
            int status;
            std::string code;
        };
        const httplib::Headers gz = {{"Content-Encoding", "gzip"}};
        const std::vector<Bad> table = {
            {"push not json", "POST", "/v1/push", judge, "{\"client_id\":", {}, 400, "bad_request"},
            {"push array", "POST", "/v1/push", judge, "[]", {}, 400, "bad_request"},
            {"push empty", "POST", "/v1/push", judge, "", {}, 400, "bad_request"},
            {"push mutations string",
             "POST",
             "/v1/push",
             judge,
             R"({"client_id":"d","mutations":"x"})",
             {},
             400,
             "bad_request"},
            {"push base string",
             "POST",
             "/v1/push",
             judge,
             R"({"client_id":"d","mutations":[{"mutation_id":"m","type":"case","id":"i",)"
             R"("base_version":"1","op":"put","body":{}}]})",
             {},
             400,
             "bad_request"},
            {"push bad utf8",
             "POST",
             "/v1/push",
             judge,
             "{\"client_id\":\"d\xff\",\"mutations\":[]}",
             {},
             400,
             "bad_request"},
            {"push deep nesting",
             "POST",
             "/v1/push",
             judge,
             std::string(100000, '['),
             {},
             400,
             "bad_request"},
            {"push 201 mutations", "POST", "/v1/push", judge, many, {}, 413, "too_large"},
            {"push over 1 MiB",
             "POST",
             "/v1/push",
             judge,
             json{{"client_id", "d"},
                  {"mutations", json::array()},
                  {"pad", std::string(1100000, 'x')}}
                 .dump(),
             {},
             413,
             "too_large"},
            {"push gzip bomb", "POST", "/v1/push", judge, bomb, gz, 413, "too_large"},
            {"push broken gzip", "POST", "/v1/push", judge, brokenGzip, gz, 400, "bad_request"},
            {"push gzip ok", "POST", "/v1/push", judge, gzip(okPush), gz, 200, ""},
            {"upload bad sha",
             "PUT",
             "/v1/uploads/ABC?offset=0",
             judge,
             "x",
             {},
             400,
             "bad_request"},
            {"upload sha uppercase",
             "PUT",
             "/v1/uploads/" + std::string(64, 'A') + "?offset=0",
             judge,
             "x",
             {},
             400,
             "bad_request"},
            {"upload no offset", "PUT", "/v1/uploads/" + sha, judge, "x", {}, 400, "bad_request"},
            {"upload negative offset",
             "PUT",
             "/v1/uploads/" + sha + "?offset=-1",
             judge,
             "x",
             {},
             400,
             "bad_request"},
            {"upload offset text",
             "PUT",
             "/v1/uploads/" + sha + "?offset=abc",
             judge,
             "x",
             {},
             400,
             "bad_request"},
            {"upload offset ahead",
             "PUT",
             "/v1/uploads/" + sha + "?offset=999999999",
             judge,
             "x",
             {},
             409,
             "offset_mismatch"},
            {"upload gzip bomb", "PUT", "/v1/uploads/" + sha + "?offset=0", judge, bomb, gz, 413,
             "too_large"},
            {"commit not json",
             "POST",
             "/v1/uploads/" + sha + "/commit",
             judge,
             "size=1",
             {},
             400,
             "bad_request"},
            {"commit size string",
             "POST",
             "/v1/uploads/" + sha + "/commit",
             judge,
             R"({"size":"1"})",
             {},
             400,
             "bad_request"},
            {"commit size negative",
             "POST",
             "/v1/uploads/" + sha + "/commit",
             judge,
             R"({"size":-5})",
             {},
             400,
             "bad_request"},
            {"login not json", "POST", "/v1/login", "", "user=x", {}, 400, "bad_request"},
            {"login no password",
             "POST",
             "/v1/login",
             "",
             R"({"user":"judge.a"})",
             {},
             400,
             "bad_request"},
            {"login user number",
             "POST",
             "/v1/login",
             "",
             R"({"user":1,"password":"x"})",
             {},
             400,
             "bad_request"},
            {"users bad role",
             "POST",
             "/v1/users",
             admin,
             R"({"name":"n1","role":"boss","password":"long password"})",
             {},
             400,
             "bad_request"},
            {"users short password",
             "POST",
             "/v1/users",
             admin,
             R"({"name":"n2","role":"clerk","password":"short"})",
             {},
             400,
             "bad_request"},
            {"users bad name",
             "POST",
             "/v1/users",
             admin,
             R"({"name":"a b/c","role":"clerk","password":"long password"})",
             {},
             400,
             "bad_request"},
            {"users existing",
             "POST",
             "/v1/users",
             admin,
             R"({"name":"judge.b","role":"clerk","password":"long password"})",
             {},
             400,
             "bad_request"},
            {"changes after negative",
             "GET",
             "/v1/changes?after=-1",
             judge,
             "",
             {},
             400,
             "bad_request"},
            {"changes after text", "GET", "/v1/changes?after=x", judge, "", {}, 400, "bad_request"},
            {"changes limit zero", "GET", "/v1/changes?limit=0", judge, "", {}, 400, "bad_request"},
            {"blob bad sha", "GET", "/v1/blobs/xyz", judge, "", {}, 400, "bad_request"},
            {"blob traversal",
             "GET",
             "/v1/blobs/..%2F..%2Fetc%2Fpasswd",
             judge,
             "",
             {},
             404,
             "not_found"},
            {"unknown path", "GET", "/v1/nothing", judge, "", {}, 404, "not_found"},
            {"other version", "GET", "/v2/changes", judge, "", {}, 400, "unsupported_version"},
            {"wrong method", "DELETE", "/v1/push", judge, "", {}, 404, ""},
        };
        for (const Bad& b : table) {
            Response r = c.request(b.method, b.path, b.token, b.body, b.headers);
            QVERIFY2(r.status == b.status, (std::string(b.name) + ": got " +
                                            std::to_string(r.status) + " " + r.raw.substr(0, 200))
                                               .c_str());
            if (!b.code.empty())
                QVERIFY2(r.code() == b.code, (std::string(b.name) + ": " + r.raw).c_str());
            if (r.status >= 400)
                QVERIFY2(r.body.is_object() && r.body["error"].contains("message"), b.name);
        }
        // Still up, nothing changed.
        QVERIFY(m_server->running());
        QCOMPARE(c.get("/v1/whoami", judge).status, 200);
        QCOMPARE(c.get("/v1/digest", judge).body.dump(), digestBefore);
        // Compressed answers for clients that ask.
        Response z = c.request("GET", "/v1/changes", judge, {}, {{"Accept-Encoding", "gzip"}});
        QCOMPARE(z.status, 200);
        QVERIFY(z.body.is_object());
    }

    void rowLevelSecurity()
    {
        if (!m_backend.postgres)
            QSKIP("row-level security is a PostgreSQL wall");
        auto counts = [&](const std::string& scope) {
            bool ok = false;
            std::string out = dbsql(scope + "SELECT (SELECT count(*) FROM records WHERE court = '" +
                                        kCourtA + "') || ',' || (SELECT count(*) FROM changes " +
                                        "WHERE court = '" + kCourtA + "') || ',' || (SELECT " +
                                        "count(*) FROM blob_courts WHERE court = '" + kCourtA +
                                        "') || ',' || (SELECT count(*) FROM upload_chunks WHERE " +
                                        "court = '" + kCourtA + "'); COMMIT;",
                                    &ok);
            return ok ? out : "error: " + out;
        };
        auto scoped = [](const std::string& court) {
            return "BEGIN; SET LOCAL ROLE courtdesk_app; SET LOCAL courtdesk.court = '" + court +
                   "'; ";
        };
        const std::string asB = counts(scoped(kCourtB));
        QCOMPARE(asB, std::string("0,0,0,0"));
        const std::string asA = counts(scoped(kCourtA));
        QVERIFY2(asA.find("0") != 0 && asA.find(",0,") == std::string::npos, asA.c_str());
        // A superuser bypasses RLS: that is why every request transaction does SET ROLE.
        QCOMPARE(counts("BEGIN; "), asA);
        // Writing a row for court A while scoped to B fails the policy's check.
        bool ok = true;
        dbsql(scoped(kCourtB) + "INSERT INTO records(type, id, court, version, deleted, body) " +
                  "VALUES ('case', 'rls-probe', '" + kCourtA + "', 1, 0, '{}'); COMMIT;",
              &ok);
        QVERIFY(!ok);
    }

    void httpsWithCourtCa()
    {
        QTemporaryDir pki;
        auto openssl = [&](const QStringList& args) {
            QProcess p;
            p.setWorkingDirectory(pki.path());
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start("openssl", args);
            p.waitForFinished(30000);
            return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAll());
        };
        const QStringList ec = {"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                                "-nodes"};
        QString err = openssl(QStringList{"req", "-x509"} + ec +
                              QStringList{"-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
                                          "-subj", "/CN=CourtDesk Test Court CA"});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        err = openssl(QStringList{"req", "-x509"} + ec +
                      QStringList{"-keyout", "other.key", "-out", "other.pem", "-days", "2",
                                  "-subj", "/CN=Some Other CA"});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        err = openssl(
            QStringList{"req"} + ec +
            QStringList{"-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QFile ext(pki.filePath("ext.cnf"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                  "extendedKeyUsage=serverAuth\n");
        ext.close();
        err =
            openssl({"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                     "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf"});
        QVERIFY2(err.isEmpty(), qPrintable(err));

        ServerProcess tls(m_data, m_backend);
        QString out;
        QVERIFY2(
            tls.start({"--cert", pki.filePath("server.pem"), "--key", pki.filePath("server.key")},
                      &out),
            qPrintable(out));
        {
            httplib::SSLClient cli("127.0.0.1", tls.port());
            cli.set_ca_cert_path(pki.filePath("ca.pem").toStdString().c_str());
            cli.enable_server_certificate_verification(true);
            auto r =
                cli.Get("/v1/whoami", {{"Authorization", "Bearer " + token(Role::Clerk, true)}});
            QVERIFY2(r, httplib::to_string(r.error()).c_str());
            QCOMPARE(r->status, 200);
            QVERIFY(r->body.find(kCourtA) != std::string::npos);
        }
        {
            httplib::SSLClient cli("127.0.0.1", tls.port());
            cli.set_ca_cert_path(pki.filePath("other.pem").toStdString().c_str());
            cli.enable_server_certificate_verification(true);
            auto r = cli.Get("/v1/whoami");
            QVERIFY(!r); // not signed by the CA the client trusts
        }
        {
            httplib::Client plain("127.0.0.1", tls.port());
            plain.set_read_timeout(5, 0);
            auto r = plain.Get("/v1/whoami");
            QVERIFY(!r || r->status != 200);
        }
        tls.stop();
        QCOMPARE(tls.exitCode(), 0);

        // Any address with a certificate is fine.
        ServerProcess open(m_data, m_backend);
        QVERIFY2(open.start({"--listen", "0.0.0.0:0", "--cert", pki.filePath("server.pem"), "--key",
                             pki.filePath("server.key")},
                            &out),
                 qPrintable(out));
        open.stop();
    }

    void nonLoopbackWithoutCertRefused()
    {
        QString out;
        QCOMPARE(runServerCli(m_data, m_backend, {"--listen", "0.0.0.0:0"}, &out), 2);
        QVERIFY2(out.contains("refusing"), qPrintable(out));
        QCOMPARE(runServerCli(m_data, m_backend, {"--listen", "10.1.2.3:8443"}, &out), 2);
        QCOMPARE(runServerCli(m_data, m_backend, {"--listen", "[::]:0"}, &out), 2);
        QCOMPARE(
            runServerCli(m_data, m_backend, {"--cert", "x.pem", "--listen", "127.0.0.1:0"}, &out),
            2);
        QCOMPARE(runServerCli(m_data, m_backend, {"--listen", "nonsense"}, &out), 2);
        QCOMPARE(runServerCli(m_data, m_backend, {"frobnicate"}, &out), 2);
    }

    void configurationFile()
    {
        QTemporaryDir dir;
        auto write = [&](const QString& path, const QByteArray& text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        // DIR/server.conf is read: a non-loopback address there is refused as on the command line.
        write(dir.filePath("server.conf"), "# test\nlisten = 0.0.0.0:0\ntoken_ttl = 60\n");
        QString out;
        QCOMPARE(runServerCli(dir.path(), m_backend, {}, &out), 2);
        QVERIFY2(out.contains("refusing"), qPrintable(out));
        // The command line overrides it.
        ServerProcess s(dir.path(), m_backend);
        QVERIFY2(s.start({"--listen", "127.0.0.1:0"}, &out), qPrintable(out));
        // Another data folder is another SQLite database; PostgreSQL is shared.
        QCOMPARE(Client(s.port()).get("/v1/whoami", token(Role::Judge, true)).status,
                 m_backend.postgres ? 200 : 401);
        s.stop();
        QCOMPARE(s.exitCode(), 0);
        // --config FILE instead of DIR/server.conf; unknown keys and bad values are refused.
        write(dir.filePath("other.conf"), "listen = 127.0.0.1:0\nthreads = 2\n");
        ServerProcess t(dir.path(), m_backend);
        QVERIFY2(t.start({"--config", dir.filePath("other.conf")}, &out), qPrintable(out));
        t.stop();
        write(dir.filePath("bad.conf"), "listen = 127.0.0.1:0\nlisen = x\n");
        QCOMPARE(runServerCli(dir.path(), m_backend, {"--config", dir.filePath("bad.conf")}, &out),
                 2);
        QVERIFY2(out.contains("unknown key"), qPrintable(out));
        write(dir.filePath("bad.conf"), "token_ttl = soon\n");
        QCOMPARE(runServerCli(dir.path(), m_backend, {"--config", dir.filePath("bad.conf")}, &out),
                 2);
        QCOMPARE(
            runServerCli(dir.path(), m_backend, {"--config", dir.filePath("missing.conf")}, &out),
            2);
    }

    // Last: tampers with the audit table (and restores it between cases).
    void auditVerifyDetectsTampering()
    {
        QString out;
        QCOMPARE(runServerCli(m_data, m_backend, {"audit", "verify"}, &out), 0);
        QVERIFY2(out.contains("audit ok"), qPrintable(out));
        const std::string admin = token(Role::CourtAdmin, true);
        QCOMPARE(client().get("/v1/audit/verify", admin).body["ok"].get<bool>(), true);

        // The triggers refuse edits and deletes.
        bool ok = true;
        dbsql("UPDATE audit SET actor = 'mallory' WHERE id = 1", &ok);
        QVERIFY(!ok);
        dbsql("DELETE FROM audit WHERE id = 1", &ok);
        QVERIFY(!ok);

        std::string disable, enable;
        if (m_backend.postgres) {
            disable = "ALTER TABLE audit DISABLE TRIGGER USER; ";
            enable = "ALTER TABLE audit ENABLE TRIGGER USER; ";
        } else {
            disable = "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; ";
            enable = dbsql("SELECT group_concat(sql, ';' || char(10)) FROM sqlite_master WHERE "
                           "type = 'trigger' AND tbl_name = 'audit'") +
                     "; ";
        }
        dbsql("CREATE TABLE audit_backup AS SELECT * FROM audit", &ok);
        QVERIFY(ok);
        const QStringList ids =
            QString::fromStdString(
                dbsql("SELECT id FROM audit WHERE court = '" + kCourtA + "' ORDER BY n"))
                .split('\n');
        QVERIFY(ids.size() > 10);
        const std::string middle = ids[ids.size() / 2].toStdString();
        const std::string tail = ids.last().toStdString();
        auto restore = [&] {
            bool done = false;
            dbsql(disable + "DELETE FROM audit; INSERT INTO audit SELECT * FROM audit_backup; " +
                      enable,
                  &done);
            QVERIFY(done);
            QString o;
            QCOMPARE(runServerCli(m_data, m_backend, {"audit", "verify"}, &o), 0);
        };
        struct Case
        {
            const char* name;
            std::string statement;
            QString expect;
            std::string firstBad;
        };
        const std::vector<Case> cases = {
            {"edited row", "UPDATE audit SET details = '{}' WHERE id = " + middle + "; ", "edited",
             middle},
            {"deleted row", "DELETE FROM audit WHERE id = " + middle + "; ", "missing", ""},
            {"deleted tail", "DELETE FROM audit WHERE id = " + tail + "; ", "deleted tail", tail},
        };
        for (const Case& c : cases) {
            dbsql(disable + c.statement + enable, &ok);
            QVERIFY2(ok, c.name);
            QCOMPARE(runServerCli(m_data, m_backend, {"audit", "verify"}, &out), 1);
            QVERIFY2(out.contains("FAILED") && out.contains(c.expect), qPrintable(out));
            Response r = client().get("/v1/audit/verify", admin);
            QCOMPARE(r.body["ok"].get<bool>(), false);
            if (!c.firstBad.empty())
                QCOMPARE(std::to_string(r.body["first_bad"].get<std::int64_t>()), c.firstBad);
            // Court B's chain is not affected.
            QCOMPARE(client()
                         .get("/v1/audit/verify", token(Role::CourtAdmin, false))
                         .body["ok"]
                         .get<bool>(),
                     true);
            restore();
        }
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
