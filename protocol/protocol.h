#pragma once

// The CourtDesk sync protocol, version 1 (docs/sync-protocol.md), as C++ names shared by the
// client (core/sync) and the server (server/). Plain C++17: no Qt, no network.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cd::protocol {

inline constexpr int kVersion = 1;

// ---- Paths ---------------------------------------------------------------------------------
namespace path {
inline constexpr std::string_view kLogin = "/v1/login";
inline constexpr std::string_view kWhoami = "/v1/whoami";
inline constexpr std::string_view kPush = "/v1/push";
inline constexpr std::string_view kChanges = "/v1/changes";
inline constexpr std::string_view kDigest = "/v1/digest";
inline constexpr std::string_view kBlobsPrefix = "/v1/blobs/";     // + sha
inline constexpr std::string_view kUploadsPrefix = "/v1/uploads/"; // + sha [+ "/commit"]
inline constexpr std::string_view kCommitSuffix = "/commit";
inline constexpr std::string_view kUsers = "/v1/users";
inline constexpr std::string_view kAuditVerify = "/v1/audit/verify";
// Internet hearings (docs/hearings.md): /v1/hearings, /v1/hearings/{id}/parties, …/waiting,
// …/admit/{key}, …/mute, …/kick, …/end, …/booking.
inline constexpr std::string_view kHearings = "/v1/hearings";
inline constexpr std::string_view kHearingParties = "/parties";
inline constexpr std::string_view kHearingWaiting = "/waiting";
inline constexpr std::string_view kHearingAdmit = "/admit/"; // + key
inline constexpr std::string_view kHearingMute = "/mute";
inline constexpr std::string_view kHearingKick = "/kick";
inline constexpr std::string_view kHearingEnd = "/end";
inline constexpr std::string_view kHearingBooking = "/booking";
// The party page and its scripts, served without authentication.
inline constexpr std::string_view kPartyPage = "/hearing/party.html";
} // namespace path

std::string blobPath(std::string_view sha);
std::string uploadPath(std::string_view sha);
std::string uploadCommitPath(std::string_view sha);
// "/v1/hearings/{id}" + suffix (one of the kHearing… suffixes above).
std::string hearingPath(std::string_view id, std::string_view suffix = {});

// ---- Query parameters and headers ------------------------------------------------------------
namespace query {
inline constexpr std::string_view kAfter = "after";
inline constexpr std::string_view kLimit = "limit";
// GET /v1/changes: leave out the changes pushed by this client id (last_seq still advances).
inline constexpr std::string_view kExcludeClient = "exclude_client";
inline constexpr std::string_view kOffset = "offset";
} // namespace query

inline constexpr std::string_view kBearerPrefix = "Bearer ";

// ---- JSON field names ----------------------------------------------------------------------
namespace field {
inline constexpr const char* kUser = "user";
inline constexpr const char* kPassword = "password";
inline constexpr const char* kToken = "token";
inline constexpr const char* kExpiresAt = "expires_at";
inline constexpr const char* kName = "name";
inline constexpr const char* kCourt = "court";
inline constexpr const char* kRole = "role";
inline constexpr const char* kClientId = "client_id";
inline constexpr const char* kMutations = "mutations";
inline constexpr const char* kMutationId = "mutation_id";
inline constexpr const char* kType = "type";
inline constexpr const char* kId = "id";
inline constexpr const char* kBaseVersion = "base_version";
inline constexpr const char* kOp = "op";
inline constexpr const char* kBody = "body";
inline constexpr const char* kResults = "results";
inline constexpr const char* kStatus = "status";
inline constexpr const char* kVersion = "version";
inline constexpr const char* kSeq = "seq";
inline constexpr const char* kServerVersion = "server_version";
inline constexpr const char* kServerDeleted = "server_deleted";
inline constexpr const char* kServerBody = "server_body";
inline constexpr const char* kError = "error";
inline constexpr const char* kCode = "code";
inline constexpr const char* kMessage = "message";
inline constexpr const char* kChanges = "changes";
inline constexpr const char* kLastSeq = "last_seq";
inline constexpr const char* kMore = "more";
inline constexpr const char* kDeleted = "deleted";
inline constexpr const char* kRecords = "records";
inline constexpr const char* kDigest = "digest";
inline constexpr const char* kOffset = "offset";
inline constexpr const char* kSize = "size";
inline constexpr const char* kOk = "ok";
inline constexpr const char* kRows = "rows";
inline constexpr const char* kFirstBad = "first_bad";
inline constexpr const char* kReason = "reason";
// In a too_many_requests error: seconds until the server takes the request again (as the
// Retry-After header says).
inline constexpr const char* kRetryAfter = "retry_after";
// Record body fields the server looks at.
inline constexpr const char* kUuid = "uuid";
inline constexpr const char* kSha256 = "sha256";
inline constexpr const char* kCaseUuid = "case_uuid";
// Hearings.
inline constexpr const char* kHearingId = "hearing_id";
inline constexpr const char* kDescription = "description";
inline constexpr const char* kRoom = "room";
inline constexpr const char* kLobby = "lobby";
inline constexpr const char* kJanus = "janus";
inline constexpr const char* kKey = "key";
inline constexpr const char* kPartyUrl = "party_url";
inline constexpr const char* kPartyPath = "party_path";
inline constexpr const char* kWaiting = "waiting";
inline constexpr const char* kParticipant = "participant";
inline constexpr const char* kMid = "mid";
inline constexpr const char* kMute = "mute";
// When the hearing is booked to end (ISO 8601 UTC); party links last until then plus
// hearing_token_ttl.
inline constexpr const char* kBookedEnd = "booked_end";
} // namespace field

// ---- Record types, ops, mutation statuses ----------------------------------------------------
enum class RecordType { Case, Evidence, Document };
inline constexpr std::array<RecordType, 3> kAllRecordTypes = {
    RecordType::Case, RecordType::Evidence, RecordType::Document};
std::string_view recordTypeName(RecordType t);
std::optional<RecordType> parseRecordType(std::string_view s);

enum class Op { Put, Delete };
std::string_view opName(Op op);
std::optional<Op> parseOp(std::string_view s);

namespace status {
inline constexpr std::string_view kAccepted = "accepted";
inline constexpr std::string_view kConflict = "conflict";
inline constexpr std::string_view kRejected = "rejected";
} // namespace status

// A case with this `status` is closed (结案): only a judge may push it or change it.
inline constexpr std::string_view kCaseStatusClosed = "closed";

// ---- Errors --------------------------------------------------------------------------------
enum class ErrorCode {
    None,
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    TooLarge,
    OffsetMismatch,
    HashMismatch,
    UnsupportedVersion,
    Internal,
    Unavailable,     // 503: a service the endpoint needs (Janus) is not configured or not reachable
    TooManyRequests, // 429: logins refused for a while after too many failures (Retry-After)
};
std::string_view errorCodeName(ErrorCode c);
std::optional<ErrorCode> parseErrorCode(std::string_view s);
// The HTTP status the server answers with for a request-level error.
int httpStatus(ErrorCode c);

struct Error
{
    ErrorCode code = ErrorCode::None;
    std::string message;
    bool isError() const { return code != ErrorCode::None; }
};

// ---- Roles and the authorisation table --------------------------------------------------------
enum class Role { Judge, Assistant, Clerk, CourtAdmin };
inline constexpr std::array<Role, 4> kAllRoles = {Role::Judge, Role::Assistant, Role::Clerk,
                                                  Role::CourtAdmin};
std::string_view roleName(Role r);
std::optional<Role> parseRole(std::string_view s);

// One value per row (and method) of the table in docs/sync-protocol.md.
enum class Endpoint {
    Login,          // POST /v1/login
    Whoami,         // GET  /v1/whoami
    Changes,        // GET  /v1/changes
    Digest,         // GET  /v1/digest
    Push,           // POST /v1/push
    BlobHead,       // HEAD /v1/blobs/{sha}
    BlobGet,        // GET  /v1/blobs/{sha}
    UploadStatus,   // GET  /v1/uploads/{sha}
    UploadPut,      // PUT  /v1/uploads/{sha}?offset=N
    UploadCommit,   // POST /v1/uploads/{sha}/commit
    Users,          // POST /v1/users
    AuditVerify,    // GET  /v1/audit/verify
    HearingCreate,  // POST /v1/hearings
    HearingParties, // POST /v1/hearings/{id}/parties
    HearingWaiting, // GET  /v1/hearings/{id}/waiting
    HearingAdmit,   // POST /v1/hearings/{id}/admit/{key}
    HearingMute,    // POST /v1/hearings/{id}/mute
    HearingKick,    // POST /v1/hearings/{id}/kick
    HearingEnd,     // POST /v1/hearings/{id}/end
    HearingBooking, // POST /v1/hearings/{id}/booking
};
inline constexpr std::array<Endpoint, 20> kAllEndpoints = {
    Endpoint::Login,         Endpoint::Whoami,         Endpoint::Changes,
    Endpoint::Digest,        Endpoint::Push,           Endpoint::BlobHead,
    Endpoint::BlobGet,       Endpoint::UploadStatus,   Endpoint::UploadPut,
    Endpoint::UploadCommit,  Endpoint::Users,          Endpoint::AuditVerify,
    Endpoint::HearingCreate, Endpoint::HearingParties, Endpoint::HearingWaiting,
    Endpoint::HearingAdmit,  Endpoint::HearingMute,    Endpoint::HearingKick,
    Endpoint::HearingEnd,    Endpoint::HearingBooking};
inline constexpr std::array<Endpoint, 8> kHearingEndpoints = {
    Endpoint::HearingCreate, Endpoint::HearingParties, Endpoint::HearingWaiting,
    Endpoint::HearingAdmit,  Endpoint::HearingMute,    Endpoint::HearingKick,
    Endpoint::HearingEnd,    Endpoint::HearingBooking};
bool isHearingEndpoint(Endpoint e);
std::string_view endpointName(Endpoint e);

// Whether `role` may call `endpoint` at all. Everything except login and whoami is further
// limited to the caller's own court: the server takes the court from the token. Hearings:
// only a judge creates a hearing (and becomes its presiding judge) and only that judge admits,
// mutes, removes and ends; judges, assistants and clerks may invite parties, see the
// waiting room (the clerk checks who has arrived, 查明当事人到庭情况) and move the booked end
// (the clerk keeps the calendar, 排期).

bool allowed(Role role, Endpoint endpoint);

// ---- Limits --------------------------------------------------------------------------------
inline constexpr std::size_t kMaxMutationsPerPush = 200;
inline constexpr std::size_t kMaxPushBodyBytes = 1024 * 1024;  // decompressed
inline constexpr std::size_t kMaxRecordBodyBytes = 256 * 1024; // one record, serialised
inline constexpr std::size_t kMaxChunkBytes = 512 * 1024;      // one upload PUT
inline constexpr std::size_t kMaxChangesPerPull = 500;
inline constexpr std::size_t kDefaultChangesPerPull = 200;
inline constexpr std::size_t kMaxIdLength = 128; // ids, mutation ids, client ids
inline constexpr std::int64_t kDefaultTokenTtlSeconds = 12 * 3600;

// ---- Digest ----------------------------------------------------------------------------------
// One line of the digest input: "type \t id \t version \t deleted(0|1) \n". The digest is the
// lowercase hex SHA-256 over the lines of all records sorted by (type, id).
std::string digestLine(std::string_view type, std::string_view id, std::int64_t version,
                       bool deleted);

// ---- Small validators -------------------------------------------------------------------------
// Lowercase hex SHA-256 (64 characters).
bool isSha256Hex(std::string_view s);
// Ids, mutation ids and client ids: 1..128 characters of [A-Za-z0-9._:-] (uuids fit).
bool isValidId(std::string_view s);

} // namespace cd::protocol
