#include "protocol/protocol.h"
#include "protocol/push.h"

#include <QtTest>

using namespace cd::protocol;
using nlohmann::json;

namespace {

json mutation(const std::string& id, int base = 0)
{
    return {
        {"mutation_id", "m-" + id}, {"type", "case"}, {"id", id},
        {"base_version", base},     {"op", "put"},    {"body", {{"uuid", id}, {"status", "open"}}}};
}

json push(json mutations)
{
    return {{"client_id", "c6f0"}, {"mutations", std::move(mutations)}};
}

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), int(s.size()));
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authorisationTableMatchesTheDoc()
    {
        // Rows of docs/sync-protocol.md: judge, assistant, clerk, court_admin.
        const std::vector<std::pair<Endpoint, std::array<bool, 4>>> table = {
            {Endpoint::Login, {true, true, true, true}},
            {Endpoint::Whoami, {true, true, true, true}},
            {Endpoint::Changes, {true, true, true, true}},
            {Endpoint::Digest, {true, true, true, true}},
            {Endpoint::Push, {true, true, true, false}},
            {Endpoint::BlobHead, {true, true, true, true}},
            {Endpoint::BlobGet, {true, true, true, true}},
            {Endpoint::UploadStatus, {true, true, true, false}},
            {Endpoint::UploadPut, {true, true, true, false}},
            {Endpoint::UploadCommit, {true, true, true, false}},
            {Endpoint::Users, {false, false, false, true}},
            {Endpoint::AuditVerify, {false, false, false, true}},
            {Endpoint::HearingCreate, {true, false, false, false}},
            {Endpoint::HearingParties, {true, true, true, false}},
            {Endpoint::HearingWaiting, {true, true, true, false}},
            {Endpoint::HearingAdmit, {true, false, false, false}},
            {Endpoint::HearingMute, {true, false, false, false}},
            {Endpoint::HearingKick, {true, false, false, false}},
            {Endpoint::HearingEnd, {true, false, false, false}},
            {Endpoint::HearingBooking, {true, true, true, false}},
        };
        QCOMPARE(table.size(), kAllEndpoints.size());
        for (const auto& [endpoint, row] : table) {
            for (std::size_t r = 0; r < kAllRoles.size(); ++r) {
                QVERIFY2(allowed(kAllRoles[r], endpoint) == row[r],
                         qPrintable(q(endpointName(endpoint)) + " " + q(roleName(kAllRoles[r]))));
            }
        }
    }

    void namesRoundTrip()
    {
        for (Role r : kAllRoles)
            QCOMPARE(parseRole(roleName(r)), std::optional<Role>(r));
        QVERIFY(!parseRole("admin"));
        QCOMPARE(roleName(Role::CourtAdmin), std::string_view("court_admin"));
        for (RecordType t : kAllRecordTypes)
            QCOMPARE(parseRecordType(recordTypeName(t)), std::optional<RecordType>(t));
        QVERIFY(!parseRecordType("Case"));
        QCOMPARE(parseOp("delete"), std::optional<Op>(Op::Delete));
        QCOMPARE(parseErrorCode("offset_mismatch"),
                 std::optional<ErrorCode>(ErrorCode::OffsetMismatch));
        QCOMPARE(httpStatus(ErrorCode::HashMismatch), 422);
        QCOMPARE(httpStatus(ErrorCode::OffsetMismatch), 409);
        QCOMPARE(httpStatus(ErrorCode::TooLarge), 413);
        QCOMPARE(httpStatus(ErrorCode::Unavailable), 503);
        QCOMPARE(parseErrorCode("unavailable"), std::optional<ErrorCode>(ErrorCode::Unavailable));
        QCOMPARE(httpStatus(ErrorCode::TooManyRequests), 429);
        QCOMPARE(parseErrorCode("too_many_requests"),
                 std::optional<ErrorCode>(ErrorCode::TooManyRequests));
        QCOMPARE(hearingPath("h1", path::kHearingEnd), std::string("/v1/hearings/h1/end"));
        QCOMPARE(uploadCommitPath("ab"), std::string("/v1/uploads/ab/commit"));
        QCOMPARE(blobPath("ab"), std::string("/v1/blobs/ab"));
    }

    void limits()
    {
        QCOMPARE(kMaxMutationsPerPush, std::size_t(200));
        QCOMPARE(kMaxPushBodyBytes, std::size_t(1 << 20));
        QCOMPARE(kMaxRecordBodyBytes, std::size_t(256 << 10));
        QCOMPARE(kMaxChunkBytes, std::size_t(512 << 10));
        QCOMPARE(kMaxChangesPerPull, std::size_t(500));
    }

    void digestLineFormat()
    {
        QCOMPARE(digestLine("case", "u-1", 3, false), std::string("case\tu-1\t3\t0\n"));
        QCOMPARE(digestLine("evidence", "e", 12, true), std::string("evidence\te\t12\t1\n"));
    }

    void validators()
    {
        QVERIFY(isSha256Hex(std::string(64, 'a')));
        QVERIFY(!isSha256Hex(std::string(64, 'A')));
        QVERIFY(!isSha256Hex(std::string(63, 'a')));
        QVERIFY(!isSha256Hex(std::string(63, 'a') + "g"));
        QVERIFY(isValidId("9a1e0c2e-1b2c-4d5e-8f90-123456789abc"));
        QVERIFY(!isValidId(""));
        QVERIFY(!isValidId("a\tb"));
        QVERIFY(!isValidId("../x"));
        QVERIFY(!isValidId(std::string(129, 'a')));
    }

    void parsesAGoodPush()
    {
        json del = {{"mutation_id", "m2"},
                    {"type", "evidence"},
                    {"id", "e1"},
                    {"base_version", 4},
                    {"op", "delete"}};
        auto p = parsePushRequest(push({mutation("c1"), del}).dump());
        QVERIFY2(p.ok(), p.error.message.c_str());
        QCOMPARE(p.value->clientId, std::string("c6f0"));
        QCOMPARE(p.value->mutations.size(), std::size_t(2));
        QCOMPARE(p.value->mutations[0].type, RecordType::Case);
        const std::string status = p.value->mutations[0].body["status"].get<std::string>();
        QCOMPARE(status, std::string("open"));
        QCOMPARE(p.value->mutations[1].op, Op::Delete);
        QCOMPARE(p.value->mutations[1].baseVersion, std::int64_t(4));
        QVERIFY(p.value->mutations[1].body.is_null());
        // Round trip.
        auto again = parsePushRequestJson(toJson(*p.value));
        QVERIFY(again.ok());
        QCOMPARE(toJson(*again.value), toJson(*p.value));
        // An empty push is fine.
        QVERIFY(parsePushRequest(push(json::array()).dump()).ok());
    }

    void rejectsBadPushes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        auto add = [](const char* name, const json& j, const char* code) {
            QTest::newRow(name) << QByteArray::fromStdString(j.dump()) << QString(code);
        };
        QTest::newRow("not json") << QByteArray("{\"client_id\":") << "bad_request";
        QTest::newRow("empty") << QByteArray("") << "bad_request";
        add("array", json::array(), "bad_request");
        add("no client", json{{"mutations", json::array()}}, "bad_request");
        add("client number", json{{"client_id", 5}, {"mutations", json::array()}}, "bad_request");
        add("mutations object", json{{"client_id", "c"}, {"mutations", json::object()}},
            "bad_request");
        add("mutation string", push({"x"}), "bad_request");
        json m = mutation("a");
        m["base_version"] = "3";
        add("base string", push({m}), "bad_request");
        m = mutation("a");
        m["base_version"] = -1;
        add("base negative", push({m}), "bad_request");
        m = mutation("a");
        m["base_version"] = 1.5;
        add("base float", push({m}), "bad_request");
        m = mutation("a");
        m["type"] = "party";
        add("type unknown", push({m}), "bad_request");
        m = mutation("a");
        m["op"] = "patch";
        add("op unknown", push({m}), "bad_request");
        m = mutation("a");
        m.erase("body");
        add("put without body", push({m}), "bad_request");
        m = mutation("a");
        m["body"] = json::array();
        add("body array", push({m}), "bad_request");
        m = mutation("a");
        m["op"] = "delete";
        add("delete with body", push({m}), "bad_request");
        m = mutation("a");
        m["id"] = "a\nb";
        add("id newline", push({m}), "bad_request");
        m = mutation("a");
        m.erase("mutation_id");
        add("no mutation id", push({m}), "bad_request");
        json many = json::array();
        for (int i = 0; i < 201; ++i)
            many.push_back(mutation("c" + std::to_string(i)));
        add("201 mutations", push(many), "too_large");
        json big = mutation("a");
        big["body"]["summary"] = std::string(kMaxPushBodyBytes, 'x');
        add("over 1 MiB", push({big}), "too_large");
    }

    void rejectsBadPushes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        auto p = parsePushRequest(std::string_view(text.constData(), text.size()));
        QVERIFY(!p.ok());
        QCOMPARE(q(errorCodeName(p.error.code)), code);
        QVERIFY(!p.error.message.empty());
    }

    void validatesRecordBodies()
    {
        auto parse = [](const json& m) {
            return parsePushRequestJson(push({m})).value->mutations[0];
        };
        QVERIFY(!validateRecordBody(parse(mutation("a"))).isError());
        json m = mutation("a");
        m["body"]["uuid"] = "b";
        QCOMPARE(validateRecordBody(parse(m)).code, ErrorCode::BadRequest);
        m = mutation("a");
        m["body"]["summary"] = std::string(kMaxRecordBodyBytes, 'x');
        QCOMPARE(validateRecordBody(parse(m)).code, ErrorCode::TooLarge);
        m = mutation("a");
        m["type"] = "evidence";
        QCOMPARE(validateRecordBody(parse(m)).code, ErrorCode::BadRequest);
        m["body"]["sha256"] = std::string(64, 'f');
        QVERIFY(!validateRecordBody(parse(m)).isError());
        QCOMPARE(*blobSha(parse(m)), std::string(64, 'f'));
        QVERIFY(!blobSha(parse(mutation("a"))));
        QVERIFY(isClosedCase(json{{"status", "closed"}}));
        QVERIFY(!isClosedCase(json{{"status", "open"}}));
        QVERIFY(!isClosedCase(json::array()));
    }

    void resultsRoundTrip()
    {
        MutationResult a;
        a.mutationId = "m1";
        a.version = 4;
        a.seq = 1234;
        json ja = toJson(a);
        const std::string st = ja["status"].get<std::string>();
        QCOMPARE(st, std::string("accepted"));
        QCOMPARE(parseMutationResult(ja).value->seq, std::int64_t(1234));

        MutationResult c;
        c.mutationId = "m2";
        c.status = MutationResult::Status::Conflict;
        c.serverVersion = 5;
        c.serverBody = {{"uuid", "x"}};
        auto pc = parseMutationResult(toJson(c));
        QVERIFY(pc.ok());
        QCOMPARE(pc.value->serverVersion, std::int64_t(5));
        QCOMPARE(pc.value->serverBody, c.serverBody);

        MutationResult r;
        r.mutationId = "m3";
        r.status = MutationResult::Status::Rejected;
        r.error = {ErrorCode::Forbidden, "closed"};
        json jr = toJson(r);
        const std::string code = jr["error"]["code"].get<std::string>();
        QCOMPARE(code, std::string("forbidden"));
        QCOMPARE(parseMutationResult(jr).value->error.code, ErrorCode::Forbidden);

        QCOMPARE(errorJson(ErrorCode::NotFound, "x").dump(),
                 std::string(R"({"error":{"code":"not_found","message":"x"}})"));
    }

    void answersRoundTrip()
    {
        MutationResult a;
        a.mutationId = "m1";
        a.version = 2;
        a.seq = 9;
        auto results = parsePushResponse(json{{"results", json::array({toJson(a)})}});
        QVERIFY(results.ok());
        QCOMPARE(results.value->size(), std::size_t(1));
        QCOMPARE(results.value->at(0).seq, std::int64_t(9));
        QVERIFY(!parsePushResponse(json{{"results", 1}}).ok());
        QVERIFY(!parsePushResponse(json::array()).ok());

        ChangesPage page;
        page.lastSeq = 12;
        page.more = true;
        Change c;
        c.seq = 12;
        c.type = RecordType::Evidence;
        c.id = "e1";
        c.version = 3;
        c.deleted = true;
        page.changes.push_back(c);
        auto back = parseChangesPage(toJson(page));
        QVERIFY2(back.ok(), back.error.message.c_str());
        QCOMPARE(back.value->lastSeq, std::int64_t(12));
        QVERIFY(back.value->more);
        QCOMPARE(back.value->changes.at(0).type, RecordType::Evidence);
        QVERIFY(back.value->changes.at(0).deleted);
        QVERIFY(back.value->changes.at(0).body.is_null());
        json broken = toJson(page);
        broken["changes"][0]["type"] = "party";
        QVERIFY(!parseChangesPage(broken).ok());
        QVERIFY(!parseChangesPage(json{{"changes", json::array()}}).ok());

        QCOMPARE(parseErrorBody(errorJson(ErrorCode::OffsetMismatch, "at 5")).code,
                 ErrorCode::OffsetMismatch);
        QCOMPARE(parseErrorBody(json("x")).code, ErrorCode::Internal);
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
