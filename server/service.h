#pragma once

// What courtdesk-server does, independent of HTTP: accounts and tokens, push, pull, digest,
// blobs and uploads, audit. Every method takes one pooled connection for its duration.

#include "audit.h"
#include "db.h"
#include "loginlimiter.h"

#include "protocol/protocol.h"
#include "protocol/push.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace cd::server {

struct Caller
{
    std::string name;
    std::string court;
    protocol::Role role = protocol::Role::Clerk;
};

// An answer: HTTP status and JSON body (an error body for non-2xx).
struct Reply
{
    int status = 200;
    nlohmann::json body;
    std::int64_t retryAfterSeconds = 0; // > 0: sent as the Retry-After header

    static Reply error(protocol::ErrorCode code, std::string_view message);
    static Reply ok(nlohmann::json body, int status = 200) { return {status, std::move(body)}; }
};

struct ServiceOptions
{
    std::int64_t tokenTtlSeconds = protocol::kDefaultTokenTtlSeconds;
    std::int64_t maxBlobBytes = std::int64_t(4) << 30; // 4 GiB
    LoginLimits loginLimits;
};

class Service
{
public:
    Service(Pool& pool, ServiceOptions options)
        : m_pool(pool), m_options(options), m_loginLimiter(options.loginLimits)
    {
    }

    // `clientAddress`: the desk's IP address, for the failed-login limits (LoginLimiter):
    // while a limit holds, the answer is 429 too_many_requests with a Retry-After.
    Reply login(const std::string& user, const std::string& password,
                const std::string& clientAddress);
    // The caller behind a bearer token, if the token is known and not expired.
    std::optional<Caller> authenticate(const std::string& token);

    Reply push(const Caller& caller, const protocol::PushRequest& request);
    // `excludeClient` non-empty: leave out the changes pushed by that client id; last_seq
    // still moves past them.
    Reply changes(const Caller& caller, std::int64_t after, std::int64_t limit,
                  const std::string& excludeClient = {});
    Reply digest(const Caller& caller);

    // Size of a committed blob visible to the caller's court.
    std::optional<std::int64_t> blobSize(const Caller& caller, const std::string& sha);
    // Up to `max` bytes of a committed blob starting at `offset` (no court check: call
    // blobSize first).
    std::string readBlob(const std::string& sha, std::int64_t offset, std::size_t max);

    Reply uploadStatus(const Caller& caller, const std::string& sha);
    Reply uploadPut(const Caller& caller, const std::string& sha, std::int64_t offset,
                    const std::string& bytes);
    Reply uploadCommit(const Caller& caller, const std::string& sha, std::int64_t size);

    // Creates an account in `court`; `actor` is written to the audit log.
    Reply addUser(const std::string& actor, const std::string& court, const std::string& name,
                  const std::string& role, const std::string& password);

    AuditVerdict verifyAudit(const std::optional<std::string>& court);

private:
    protocol::MutationResult applyMutation(Db& db, const Caller& caller,
                                           const std::string& clientId,
                                           const protocol::Mutation& m);
    std::int64_t uploadOffset(Db& db, const std::string& court, const std::string& sha);

    Pool& m_pool;
    ServiceOptions m_options;
    LoginLimiter m_loginLimiter;
};

} // namespace cd::server
