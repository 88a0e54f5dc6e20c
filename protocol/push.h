#pragma once

// Parsing and validation of POST /v1/push requests, and the per-mutation results.

#include "protocol/protocol.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cd::protocol {

struct Mutation
{
    std::string mutationId;
    RecordType type = RecordType::Case;
    std::string id;
    std::int64_t baseVersion = 0; // 0 = create
    Op op = Op::Put;
    nlohmann::json body; // an object for put, null for delete
};

struct PushRequest
{
    std::string clientId;
    std::vector<Mutation> mutations;
};

template <typename T> struct Parsed
{
    std::optional<T> value;
    Error error;
    bool ok() const { return value.has_value(); }
};

// Parses and validates a decompressed push body. Errors, which reject the whole push:
// bad_request (bad JSON, wrong types, missing or invalid fields, a body on a delete, no body
// on a put), too_large (more than kMaxPushBodyBytes or kMaxMutationsPerPush mutations). The
// message names the offending mutation by index.
Parsed<PushRequest> parsePushRequest(std::string_view text);
// The same on an already parsed document (the size of the text is not checked).
Parsed<PushRequest> parsePushRequestJson(const nlohmann::json& doc);
nlohmann::json toJson(const PushRequest& request);

// Checks of one record body, answered per mutation as "rejected" (the rest of the push goes
// on): too_large (over kMaxRecordBodyBytes serialised), bad_request (a body "uuid" other than
// the id; an evidence or document without a lowercase hex "sha256").
Error validateRecordBody(const Mutation& m);
// The blob an evidence or document put refers to (its body's "sha256").
std::optional<std::string> blobSha(const Mutation& m);
// Whether a case body has status "closed" (结案).
bool isClosedCase(const nlohmann::json& body);

// One entry of the push answer {"results": [...]}, in request order.
struct MutationResult
{
    enum class Status { Accepted, Conflict, Rejected };
    std::string mutationId;
    Status status = Status::Accepted;
    std::int64_t version = 0;       // accepted
    std::int64_t seq = 0;           // accepted
    std::int64_t serverVersion = 0; // conflict
    bool serverDeleted = false;     // conflict
    nlohmann::json serverBody;      // conflict (null when deleted)
    Error error;                    // rejected
};

nlohmann::json toJson(const MutationResult& result);
Parsed<MutationResult> parseMutationResult(const nlohmann::json& j);

// The push answer {"results": [...]}: one result per mutation of the request, in order.
Parsed<std::vector<MutationResult>> parsePushResponse(const nlohmann::json& j);

// One entry of GET /v1/changes, and a page of them.
struct Change
{
    std::int64_t seq = 0;
    RecordType type = RecordType::Case;
    std::string id;
    std::int64_t version = 0;
    bool deleted = false;
    nlohmann::json body; // null for a tombstone
};

struct ChangesPage
{
    std::vector<Change> changes;
    std::int64_t lastSeq = 0; // the next pull's "after"
    bool more = false;
};

nlohmann::json toJson(const Change& change);
nlohmann::json toJson(const ChangesPage& page);
Parsed<ChangesPage> parseChangesPage(const nlohmann::json& j);

// {"error": {"code": ..., "message": ...}}
nlohmann::json errorJson(ErrorCode code, std::string_view message);
// The error of a non-2xx answer's body (Internal with a message when it is not one).
Error parseErrorBody(const nlohmann::json& j);

} // namespace cd::protocol
