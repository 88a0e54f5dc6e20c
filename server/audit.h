#pragma once

// The server audit log: per-court hash chains, append-only.
// Row hash = SHA-256(prev_hash ‖ canonical row), canonical row = the JSON array
// [court, n, at, actor, action, entity_type, entity_id, details]. audit_heads keeps each chain's
// row count and last hash, so deleted tail rows are caught too.

#include "db.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace cd::server {

struct AuditEntry
{
    std::string court; // "" for events with no court (a login with an unknown name)
    std::string actor;
    std::string action; // login.ok, login.failed, login.locked, push.put, push.delete,
                        // blob.commit, user.add
    std::string entityType;
    std::string entityId;
    nlohmann::json details = nlohmann::json::object();
};

// Appends one row; call inside a write transaction.
void appendAudit(Db& db, const AuditEntry& entry);

struct AuditVerdict
{
    bool ok = true;
    std::int64_t rows = 0;
    std::int64_t firstBad = 0; // audit.id of the first bad (or missing) row
    std::string court;
    std::string reason;
};

// Verifies the chain of one court, or of every court; call inside a transaction.
AuditVerdict verifyAudit(Db& db, const std::optional<std::string>& court);

// Current UTC time, ISO 8601 (2026-11-28T07:30:00Z), and seconds since the epoch, from the
// process-wide Clock (clock.h).
std::string isoNow();
std::string isoTime(std::int64_t epochSeconds);
std::int64_t epochNow();
// The epoch seconds of an isoTime() string (exactly YYYY-MM-DDTHH:MM:SSZ); nullopt otherwise.
std::optional<std::int64_t> parseIsoTime(const std::string& iso);

} // namespace cd::server
