// The courtdesk-server suite, second half: blobs and uploads, a killed server, a read-only
// replica, malformed requests, row-level security, TLS, configuration and audit tampering.

#include "tst_server.h"

#include <QTemporaryDir>
#include <QtTest>

#include <random>
#include <set>
#include <thread>

void TestServer::blobUploadResumeAndRange()
{
    const std::string tok = token(Role::Assistant, true);
    const std::string data = randomBytes(1200 * 1024);
    const std::string sha = sha256Hex(data);
    Client c = client();
    const std::size_t chunk = 512 * 1024;
    QCOMPARE(c.get(uploadPath(sha), tok).body["offset"].get<std::int64_t>(), 0);
    Response first = c.request("PUT", uploadPath(sha) + "?offset=0", tok, data.substr(0, chunk), {},
                               "application/octet-stream");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body["offset"].get<std::size_t>(), chunk);
    // A resumed client asks where to continue.
    QCOMPARE(c.get(uploadPath(sha), tok).body["offset"].get<std::size_t>(), chunk);
    Response wrong = c.request("PUT", uploadPath(sha) + "?offset=0", tok, data.substr(0, chunk), {},
                               "application/octet-stream");
    QCOMPARE(wrong.status, 409);
    QCOMPARE(wrong.body["offset"].get<std::size_t>(), chunk);
    Response tooBig = c.request("PUT", uploadPath(sha) + "?offset=" + std::to_string(chunk), tok,
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
    QCOMPARE(tail.headers["Content-Range"], "bytes " + std::to_string(from) + "-" +
                                                std::to_string(data.size() - 1) + "/" +
                                                std::to_string(data.size()));
    auto ranged = [&](const std::string& range) {
        return c.request("GET", blobPath(sha), tok, {}, {{"Range", range}});
    };
    QVERIFY(ranged("bytes=10-19").raw == data.substr(10, 10));
    QVERIFY(ranged("bytes=-100").raw == data.substr(data.size() - 100));
    Response clamped = ranged("bytes=" + std::to_string(data.size() - 5) + "-99999999");
    QCOMPARE(clamped.status, 206);
    QVERIFY(clamped.raw == data.substr(data.size() - 5));
    for (const std::string& bad :
         {"bytes=" + std::to_string(data.size()) + "-", std::string("bytes=0-1,5-6"),
          std::string("bytes=9-3"), std::string("bytes=x")}) {
        Response r = ranged(bad);
        QVERIFY2(r.status == 416, bad.c_str());
        QCOMPARE(r.code(), std::string("bad_request"));
    }
    // Range means nothing to JSON answers.
    Response whoami = c.request("GET", "/v1/whoami", tok, {}, {{"Range", "bytes=2-4"}});
    QCOMPARE(whoami.status, 200);
    QVERIFY(whoami.body.is_object());
    QCOMPARE(c.get(uploadPath(sha), tok).body["offset"].get<std::int64_t>(), 0);
}

void TestServer::hashMismatchDiscardsUpload()
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
    QCOMPARE(
        c.request("PUT", uploadPath(sha) + "?offset=0", tok, data, {}, "application/octet-stream")
            .status,
        200);
    QCOMPARE(c.post(uploadCommitPath(sha), tok, {{"size", 3999}}).status, 422);
    QCOMPARE(upload(tok, data), 201);
}

void TestServer::killDuringUploadAndResume()
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
    QVERIFY2(m_server->start(janusArgs(), &out), qPrintable(out));
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

void TestServer::readOnlyServerOnReplica()
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
    Response w = reader.post("/v1/push", tok,
                             {{"client_id", "desk-ro"},
                              {"mutations", json::array({mutation("case", id, 0, caseBody(id))})}});
    QCOMPARE(w.status, 500);
    QCOMPARE(w.code(), std::string("internal"));
    QCOMPARE(reader.get("/v1/whoami", tok).status, 200);
    ro.stop();
    QCOMPARE(ro.exitCode(), 0);
}

void TestServer::malformedRequests()
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
         json{{"client_id", "d"}, {"mutations", json::array()}, {"pad", std::string(1100000, 'x')}}
             .dump(),
         {},
         413,
         "too_large"},
        {"push gzip bomb", "POST", "/v1/push", judge, bomb, gz, 413, "too_large"},
        {"push broken gzip", "POST", "/v1/push", judge, brokenGzip, gz, 400, "bad_request"},
        {"push gzip ok", "POST", "/v1/push", judge, gzip(okPush), gz, 200, ""},
        {"upload bad sha", "PUT", "/v1/uploads/ABC?offset=0", judge, "x", {}, 400, "bad_request"},
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
        QVERIFY2(r.status == b.status, (std::string(b.name) + ": got " + std::to_string(r.status) +
                                        " " + r.raw.substr(0, 200))
                                           .c_str());
        if (!b.code.empty())
            QVERIFY2(r.code() == b.code, (std::string(b.name) + ": " + r.raw).c_str());
        if (r.status >= 400)
            QVERIFY2(r.body.is_object() && r.body["error"].contains("message"), b.name);
    }
    // An answer given before the body was read (no token, forbidden, too large) closes the
    // connection, so a kept-alive client does not send its next request after stale bytes.
    {
        httplib::Client keep("127.0.0.1", m_server->port());
        keep.set_keep_alive(true);
        keep.set_read_timeout(5, 0);
        const std::string body = json{{"client_id", "d"}, {"mutations", json::array()}}.dump();
        for (const auto& [tok, status] : std::vector<std::pair<std::string, int>>{
                 {"bad-token", 401}, {admin, 403}, {judge, 200}}) {
            auto first = keep.Post("/v1/push", {{"Authorization", "Bearer " + tok}}, body,
                                   "application/json");
            QVERIFY(first);
            QCOMPARE(first->status, status);
            auto second = keep.Get("/v1/whoami", {{"Authorization", "Bearer " + judge}});
            QVERIFY2(second, "no answer to the request after an early answer");
            QCOMPARE(second->status, 200);
        }
        auto big = keep.Put(uploadPath(sha) + "?offset=0", {{"Authorization", "Bearer " + judge}},
                            std::string(600 * 1024, 'x'), "application/octet-stream");
        QVERIFY(big);
        QCOMPARE(big->status, 413);
        QCOMPARE(big->get_header_value("Connection"), std::string("close"));
        auto after = keep.Get("/v1/whoami", {{"Authorization", "Bearer " + judge}});
        QVERIFY(after);
        QCOMPARE(after->status, 200);
    }
    // Random damage to valid requests: every answer is a JSON 2xx or 4xx.
    std::mt19937 rng(20261128);
    const json good = {{"client_id", "fuzz"},
                       {"mutations", json::array({mutation("case", "fz", 7, caseBody("fz"))})}};
    const std::vector<json> junk = {
        nullptr, 1, -1, 1.5, "", "x", json::array(), json::object(), std::string(300, 'a'), true};
    for (int i = 0; i < 150; ++i) {
        json doc = good;
        json& m = doc["mutations"][0];
        const char* keys[] = {"mutation_id", "type", "id", "base_version", "op", "body"};
        m[keys[rng() % 6]] = junk[rng() % junk.size()];
        if (rng() % 3 == 0)
            doc[rng() % 2 ? "client_id" : "mutations"] = junk[rng() % junk.size()];
        std::string text = doc.dump();
        if (rng() % 4 == 0)
            text[rng() % text.size()] = char(rng() % 256);
        Response r = c.request("POST", "/v1/push", judge, text);
        QVERIFY2((r.status == 200 || (r.status >= 400 && r.status < 500)) && r.body.is_object(),
                 (std::to_string(r.status) + " for " + text.substr(0, 200)).c_str());
    }
    for (int i = 0; i < 30; ++i) {
        const std::string garbage = randomBytes(rng() % 2000);
        for (const char* path : {"/v1/push", "/v1/login", "/v1/users"})
            QVERIFY(c.request("POST", path, admin, garbage).status / 100 == 4);
        QVERIFY(c.request("POST", "/v1/push", judge, garbage, gz).status / 100 == 4);
    }
    // Still up, nothing changed.
    QVERIFY(m_server->running());
    QCOMPARE(c.get("/v1/whoami", judge).status, 200);
    QCOMPARE(c.get("/v1/digest", judge).body.dump(), digestBefore);
    // Compressed answers for clients that ask.
    Response z = c.request("GET", "/v1/changes", judge, {}, {{"Accept-Encoding", "gzip"}});
    QCOMPARE(z.status, 200);
    QCOMPARE(z.headers["Content-Encoding"], std::string("gzip"));
    QVERIFY(z.body.is_object()); // decompressed by the client
}

void TestServer::rowLevelSecurity()
{
    if (!m_backend.postgres)
        QSKIP("row-level security is a PostgreSQL wall");
    auto counts = [&](const std::string& scope) {
        bool ok = false;
        std::string out =
            dbsql(scope + "SELECT (SELECT count(*) FROM records WHERE court = '" + kCourtA +
                      "') || ',' || (SELECT count(*) FROM changes " + "WHERE court = '" + kCourtA +
                      "') || ',' || (SELECT " + "count(*) FROM blob_courts WHERE court = '" +
                      kCourtA + "') || ',' || (SELECT count(*) FROM upload_chunks WHERE " +
                      "court = '" + kCourtA + "'); COMMIT;",
                  &ok);
        return ok ? out : "error: " + out;
    };
    auto scoped = [](const std::string& court) {
        return "BEGIN; SET LOCAL ROLE courtdesk_app; SET LOCAL courtdesk.court = '" + court + "'; ";
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

void TestServer::httpsWithCourtCa()
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
    const QStringList ec = {"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"};
    QString err = openssl(QStringList{"req", "-x509"} + ec +
                          QStringList{"-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj",
                                      "/CN=CourtDesk Test Court CA"});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = openssl(QStringList{"req", "-x509"} + ec +
                  QStringList{"-keyout", "other.key", "-out", "other.pem", "-days", "2", "-subj",
                              "/CN=Some Other CA"});
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
    err = openssl({"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                   "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf"});
    QVERIFY2(err.isEmpty(), qPrintable(err));

    ServerProcess tls(m_data, m_backend);
    QString out;
    QVERIFY2(tls.start({"--cert", pki.filePath("server.pem"), "--key", pki.filePath("server.key")},
                       &out),
             qPrintable(out));
    {
        httplib::SSLClient cli("127.0.0.1", tls.port());
        cli.set_ca_cert_path(pki.filePath("ca.pem").toStdString().c_str());
        cli.enable_server_certificate_verification(true);
        auto r = cli.Get("/v1/whoami", {{"Authorization", "Bearer " + token(Role::Clerk, true)}});
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

void TestServer::nonLoopbackWithoutCertRefused()
{
    QString out;
    QCOMPARE(runServerCli(m_data, m_backend, {"--listen", "0.0.0.0:0"}, &out), 2);
    QVERIFY2(out.contains("refusing"), qPrintable(out));
    QCOMPARE(runServerCli(m_data, m_backend, {"--listen", "10.1.2.3:8443"}, &out), 2);
    QCOMPARE(runServerCli(m_data, m_backend, {"--listen", "[::]:0"}, &out), 2);
    QCOMPARE(runServerCli(m_data, m_backend, {"--cert", "x.pem", "--listen", "127.0.0.1:0"}, &out),
             2);
    QCOMPARE(runServerCli(m_data, m_backend, {"--listen", "nonsense"}, &out), 2);
    QCOMPARE(runServerCli(m_data, m_backend, {"frobnicate"}, &out), 2);
}

void TestServer::configurationFile()
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
    QCOMPARE(runServerCli(dir.path(), m_backend, {"--config", dir.filePath("bad.conf")}, &out), 2);
    QVERIFY2(out.contains("unknown key"), qPrintable(out));
    write(dir.filePath("bad.conf"), "token_ttl = soon\n");
    QCOMPARE(runServerCli(dir.path(), m_backend, {"--config", dir.filePath("bad.conf")}, &out), 2);
    QCOMPARE(runServerCli(dir.path(), m_backend, {"--config", dir.filePath("missing.conf")}, &out),
             2);
}

// Last: tampers with the audit table (and restores it between cases).
void TestServer::auditVerifyDetectsTampering()
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
    const QStringList ids = QString::fromStdString(dbsql("SELECT id FROM audit WHERE court = '" +
                                                         kCourtA + "' ORDER BY n"))
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
        QCOMPARE(
            client().get("/v1/audit/verify", token(Role::CourtAdmin, false)).body["ok"].get<bool>(),
            true);
        restore();
    }
}
