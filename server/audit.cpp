#include "audit.h"

#include "clock.h"
#include "crypto.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <set>

namespace cd::server {

namespace {

const std::string kZeroHash(64, '0');

std::string canonical(const std::string& court, std::int64_t n, const std::string& at,
                      const std::string& actor, const std::string& action,
                      const std::string& entityType, const std::string& entityId,
                      const std::string& details)
{
    return nlohmann::json::array({court, n, at, actor, action, entityType, entityId, details})
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

AuditVerdict bad(const std::string& court, std::int64_t id, std::string reason)
{
    AuditVerdict v;
    v.ok = false;
    v.court = court;
    v.firstBad = id;
    v.reason = std::move(reason);
    return v;
}

AuditVerdict verifyCourt(Db& db, const std::string& court, std::int64_t& total)
{
    auto heads =
        db.exec("SELECT rows, last_id, last_hash FROM audit_heads WHERE court = ?", {court}).rows;
    std::int64_t expected = 1;
    std::string prev = kZeroHash;
    std::int64_t lastId = 0;
    for (;;) {
        auto rows = db.exec("SELECT id, n, at, actor, action, entity_type, entity_id, details, "
                            "prev_hash, hash FROM audit WHERE court = ? AND n >= ? "
                            "ORDER BY n LIMIT 1000",
                            {court, expected})
                        .rows;
        if (rows.empty())
            break;
        for (const Row& r : rows) {
            const std::int64_t id = r.i(0);
            if (r.i(1) != expected)
                return bad(court, id,
                           "row " + std::to_string(expected) + " of court '" + court +
                               "' is missing");
            if (r.s(8) != prev)
                return bad(court, id, "prev_hash does not match the previous row");
            const std::string c =
                canonical(court, r.i(1), r.s(2), r.s(3), r.s(4), r.s(5), r.s(6), r.s(7));
            if (sha256Hex(prev + c) != r.s(9))
                return bad(court, id, "hash does not match the row (edited)");
            prev = r.s(9);
            lastId = id;
            ++expected;
            ++total;
        }
    }
    const std::int64_t count = expected - 1;
    if (heads.empty())
        return bad(court, lastId, "no chain head for court '" + court + "'");
    const std::int64_t headRows = heads[0].i(0);
    if (count < headRows)
        return bad(court, heads[0].i(1),
                   std::to_string(headRows - count) + " row(s) missing at the end of court '" +
                       court + "' (deleted tail)");
    if (count > headRows)
        return bad(court, lastId, "rows beyond the chain head of court '" + court + "'");
    if (heads[0].s(2) != prev)
        return bad(court, lastId, "last hash differs from the chain head");
    AuditVerdict ok;
    return ok;
}

} // namespace

std::int64_t epochNow()
{
    return Clock::instance().now();
}

std::string isoTime(std::int64_t epochSeconds)
{
    std::time_t t = std::time_t(epochSeconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::optional<std::int64_t> parseIsoTime(const std::string& iso)
{
    // Exactly YYYY-MM-DDTHH:MM:SSZ; a date that does not exist (02-30) does not round-trip.
    if (iso.size() != 20)
        return std::nullopt;
    std::tm tm{};
    char z = 0;
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                    &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &z) != 7 ||
        z != 'Z')
        return std::nullopt;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    const std::int64_t t = std::int64_t(timegm(&tm));
    if (t <= 0 || isoTime(t) != iso)
        return std::nullopt;
    return t;
}

std::string isoNow()
{
    return isoTime(epochNow());
}

void appendAudit(Db& db, const AuditEntry& e)
{
    db.lock("audit:" + e.court);
    auto heads = db.exec(std::string("SELECT rows, last_hash FROM audit_heads WHERE court = ?") +
                             db.forUpdate(),
                         {e.court})
                     .rows;
    const std::int64_t n = heads.empty() ? 1 : heads[0].i(0) + 1;
    const std::string prev = heads.empty() ? kZeroHash : heads[0].s(1);
    const std::string at = isoNow();
    const std::string details =
        e.details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const std::string hash = sha256Hex(
        prev + canonical(e.court, n, at, e.actor, e.action, e.entityType, e.entityId, details));
    const std::int64_t id =
        db.exec("INSERT INTO audit(court, n, at, actor, action, entity_type, entity_id, details, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {e.court, n, at, e.actor, e.action, e.entityType, e.entityId, details, prev, hash})
            .rows.at(0)
            .i(0);
    if (heads.empty())
        db.exec("INSERT INTO audit_heads(court, rows, last_id, last_hash) VALUES (?, ?, ?, ?)",
                {e.court, n, id, hash});
    else
        db.exec("UPDATE audit_heads SET rows = ?, last_id = ?, last_hash = ? WHERE court = ?",
                {n, id, hash, e.court});
}

AuditVerdict verifyAudit(Db& db, const std::optional<std::string>& court)
{
    std::set<std::string> courts;
    if (court) {
        courts.insert(*court);
    } else {
        for (const Row& r : db.exec("SELECT court FROM audit_heads").rows)
            courts.insert(r.s(0));
        for (const Row& r : db.exec("SELECT DISTINCT court FROM audit").rows)
            courts.insert(r.s(0));
    }
    std::int64_t total = 0;
    for (const std::string& c : courts) {
        AuditVerdict v = verifyCourt(db, c, total);
        if (!v.ok) {
            v.rows = total;
            return v;
        }
    }
    AuditVerdict ok;
    ok.rows = total;
    return ok;
}

} // namespace cd::server
