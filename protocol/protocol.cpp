#include "protocol/protocol.h"

#include <cstdio>

namespace cd::protocol {

std::string blobPath(std::string_view sha)
{
    return std::string(path::kBlobsPrefix) + std::string(sha);
}

std::string uploadPath(std::string_view sha)
{
    return std::string(path::kUploadsPrefix) + std::string(sha);
}

std::string uploadCommitPath(std::string_view sha)
{
    return uploadPath(sha) + std::string(path::kCommitSuffix);
}

std::string hearingPath(std::string_view id, std::string_view suffix)
{
    std::string out(path::kHearings);
    out.push_back('/');
    out.append(id);
    out.append(suffix);
    return out;
}

std::string_view recordTypeName(RecordType t)
{
    switch (t) {
    case RecordType::Case:
        return "case";
    case RecordType::Evidence:
        return "evidence";
    case RecordType::Document:
        return "document";
    }
    return "case";
}

std::optional<RecordType> parseRecordType(std::string_view s)
{
    for (RecordType t : kAllRecordTypes) {
        if (recordTypeName(t) == s)
            return t;
    }
    return std::nullopt;
}

std::string_view opName(Op op)
{
    return op == Op::Put ? "put" : "delete";
}

std::optional<Op> parseOp(std::string_view s)
{
    if (s == "put")
        return Op::Put;
    if (s == "delete")
        return Op::Delete;
    return std::nullopt;
}

namespace {
constexpr std::array<ErrorCode, 12> kAllErrorCodes = {
    ErrorCode::None,           ErrorCode::BadRequest,   ErrorCode::Unauthorized,
    ErrorCode::Forbidden,      ErrorCode::NotFound,     ErrorCode::TooLarge,
    ErrorCode::OffsetMismatch, ErrorCode::HashMismatch, ErrorCode::UnsupportedVersion,
    ErrorCode::Internal,       ErrorCode::Unavailable,  ErrorCode::TooManyRequests};
} // namespace

std::string_view errorCodeName(ErrorCode c)
{
    switch (c) {
    case ErrorCode::None:
        return "";
    case ErrorCode::BadRequest:
        return "bad_request";
    case ErrorCode::Unauthorized:
        return "unauthorized";
    case ErrorCode::Forbidden:
        return "forbidden";
    case ErrorCode::NotFound:
        return "not_found";
    case ErrorCode::TooLarge:
        return "too_large";
    case ErrorCode::OffsetMismatch:
        return "offset_mismatch";
    case ErrorCode::HashMismatch:
        return "hash_mismatch";
    case ErrorCode::UnsupportedVersion:
        return "unsupported_version";
    case ErrorCode::Internal:
        return "internal";
    case ErrorCode::Unavailable:
        return "unavailable";
    case ErrorCode::TooManyRequests:
        return "too_many_requests";
    }
    return "internal";
}

std::optional<ErrorCode> parseErrorCode(std::string_view s)
{
    for (ErrorCode c : kAllErrorCodes) {
        if (c != ErrorCode::None && errorCodeName(c) == s)
            return c;
    }
    return std::nullopt;
}

int httpStatus(ErrorCode c)
{
    switch (c) {
    case ErrorCode::None:
        return 200;
    case ErrorCode::BadRequest:
        return 400;
    case ErrorCode::Unauthorized:
        return 401;
    case ErrorCode::Forbidden:
        return 403;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::TooLarge:
        return 413;
    case ErrorCode::OffsetMismatch:
        return 409;
    case ErrorCode::HashMismatch:
        return 422;
    case ErrorCode::UnsupportedVersion:
        return 400;
    case ErrorCode::Internal:
        return 500;
    case ErrorCode::Unavailable:
        return 503;
    case ErrorCode::TooManyRequests:
        return 429;
    }
    return 500;
}

std::string_view roleName(Role r)
{
    switch (r) {
    case Role::Judge:
        return "judge";
    case Role::Assistant:
        return "assistant";
    case Role::Clerk:
        return "clerk";
    case Role::CourtAdmin:
        return "court_admin";
    }
    return "clerk";
}

std::optional<Role> parseRole(std::string_view s)
{
    for (Role r : kAllRoles) {
        if (roleName(r) == s)
            return r;
    }
    return std::nullopt;
}

std::string_view endpointName(Endpoint e)
{
    switch (e) {
    case Endpoint::Login:
        return "POST /v1/login";
    case Endpoint::Whoami:
        return "GET /v1/whoami";
    case Endpoint::Changes:
        return "GET /v1/changes";
    case Endpoint::Digest:
        return "GET /v1/digest";
    case Endpoint::Push:
        return "POST /v1/push";
    case Endpoint::BlobHead:
        return "HEAD /v1/blobs/{sha}";
    case Endpoint::BlobGet:
        return "GET /v1/blobs/{sha}";
    case Endpoint::UploadStatus:
        return "GET /v1/uploads/{sha}";
    case Endpoint::UploadPut:
        return "PUT /v1/uploads/{sha}";
    case Endpoint::UploadCommit:
        return "POST /v1/uploads/{sha}/commit";
    case Endpoint::Users:
        return "POST /v1/users";
    case Endpoint::AuditVerify:
        return "GET /v1/audit/verify";
    case Endpoint::HearingCreate:
        return "POST /v1/hearings";
    case Endpoint::HearingParties:
        return "POST /v1/hearings/{id}/parties";
    case Endpoint::HearingWaiting:
        return "GET /v1/hearings/{id}/waiting";
    case Endpoint::HearingAdmit:
        return "POST /v1/hearings/{id}/admit/{key}";
    case Endpoint::HearingMute:
        return "POST /v1/hearings/{id}/mute";
    case Endpoint::HearingKick:
        return "POST /v1/hearings/{id}/kick";
    case Endpoint::HearingEnd:
        return "POST /v1/hearings/{id}/end";
    case Endpoint::HearingBooking:
        return "POST /v1/hearings/{id}/booking";
    }
    return "?";
}

bool allowed(Role role, Endpoint endpoint)
{
    const bool admin = role == Role::CourtAdmin;
    switch (endpoint) {
    case Endpoint::Login:
    case Endpoint::Whoami:
    case Endpoint::Changes:
    case Endpoint::Digest:
    case Endpoint::BlobHead:
    case Endpoint::BlobGet:
        return true;
    case Endpoint::Push:
    case Endpoint::UploadStatus:
    case Endpoint::UploadPut:
    case Endpoint::UploadCommit:
        return !admin;
    case Endpoint::Users:
    case Endpoint::AuditVerify:
        return admin;
    case Endpoint::HearingParties:
    case Endpoint::HearingWaiting:
    case Endpoint::HearingBooking:
        return role == Role::Judge || role == Role::Assistant || role == Role::Clerk;
    case Endpoint::HearingCreate:
    case Endpoint::HearingAdmit:
    case Endpoint::HearingMute:
    case Endpoint::HearingKick:
    case Endpoint::HearingEnd:
        return role == Role::Judge;
    }
    return false;
}

bool isHearingEndpoint(Endpoint e)
{
    for (Endpoint h : kHearingEndpoints) {
        if (h == e)
            return true;
    }
    return false;
}

std::string digestLine(std::string_view type, std::string_view id, std::int64_t version,
                       bool deleted)
{
    std::string line;
    line.reserve(type.size() + id.size() + 26);
    line.append(type);
    line.push_back('\t');
    line.append(id);
    line.push_back('\t');
    line.append(std::to_string(version));
    line.push_back('\t');
    line.push_back(deleted ? '1' : '0');
    line.push_back('\n');
    return line;
}

bool isSha256Hex(std::string_view s)
{
    if (s.size() != 64)
        return false;
    for (char c : s) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

bool isValidId(std::string_view s)
{
    if (s.empty() || s.size() > kMaxIdLength)
        return false;
    for (char c : s) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                        (c >= 'A' && c <= 'Z') || c == '.' || c == '_' || c == ':' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace cd::protocol
