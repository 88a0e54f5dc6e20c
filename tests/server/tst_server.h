#pragma once

// The courtdesk-server suite (see tst_server.cpp): the fixture shared by its two source files.

#include "fakejanus.h"
#include "servertestutil.h"

#include "protocol/protocol.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>
#include <thread>

using namespace cdtest;
using namespace cd::protocol;

namespace tstserver {

inline const std::string kCourtA = "甘0102";
inline const std::string kCourtB = "甘0103";

inline std::string userName(Role role, bool courtA)
{
    return std::string(roleName(role)) + (courtA ? ".a" : ".b");
}

inline std::string passwordOf(const std::string& user)
{
    return "pw-" + user + "-长期有效";
}

inline json caseBody(const std::string& id, const std::string& status = "open")
{
    return {{"uuid", id},
            {"case_number", "(2026)甘0102民初1号"},
            {"cause", "民间借贷纠纷"},
            {"status", status},
            {"parties", json::array({{{"role", "原告"}, {"name", "张三"}}})}};
}

inline json mutation(const std::string& type, const std::string& id, std::int64_t base,
                     const json& body, const std::string& mutationId = {})
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

} // namespace tstserver

using namespace tstserver;

class TestServer : public QObject
{
    Q_OBJECT

    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_data;
    std::unique_ptr<ServerProcess> m_server;
    // Hearings: the server talks to a fake Janus; m_hearingA is court A's, presided by judge.a.
    std::unique_ptr<FakeJanus> m_janus;
    std::string m_janusKey;
    std::string m_hearingA;
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

    // Starts court A's hearing `id` as judge.a; returns the answer's body.
    json createHearing(const std::string& id, bool courtA = true);
    QStringList janusArgs() const;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void authorisationMatrix_data();
    void authorisationMatrix();
    void loginFailureIsAudited();
    void missingOrBadTokens();
    void tokenExpiry();
    void idempotentRetry();
    void conflictOnStaleBase();
    void tombstones();
    void closedCaseOnlyJudge();
    void evidenceNeedsCommittedBlob();
    void cursorPullOrderAndCourtFilter();
    void concurrentPushesKeepSequenceConsistent();
    void pushMixesAcceptedAndRefusedMutations();
    void changesExcludeOwnClient();
    void digestMatchesClientComputation();
    void blobUploadResumeAndRange();
    void hashMismatchDiscardsUpload();
    void killDuringUploadAndResume();
    void readOnlyServerOnReplica();
    void malformedRequests();
    void rowLevelSecurity();
    void httpsWithCourtCa();
    void nonLoopbackWithoutCertRefused();
    void configurationFile();
    // tst_server_login.cpp
    void loginLockout();
    void loginLockoutIgnoresUntrustedForwarding();
    // tst_server_hearings.cpp
    void hearingAuthorisationMatrix_data();
    void hearingAuthorisationMatrix();
    void hearingFlowWithFakeJanus();
    void hearingOnlyPresidingJudgeModerates();
    void hearingUnavailableWithoutJanus();
    void hearingCourtIsolation();
    void hearingPartyPageServed();
    void hearingPartyTokenExpires();
    void hearingPartyTokenLastsUntilBookedEnd();
    void hearingRebookMovesPartyTokens();
    void hearingSchemaMigratesFromVersion1();
    // Last: tampers with the audit table (and restores it between cases).
    void auditVerifyDetectsTampering();
};
