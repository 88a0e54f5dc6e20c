#include "hearings.h"

#include "audit.h"
#include "crypto.h"

#include <sodium.h>

#include <algorithm>
#include <cstdio>

namespace cd::server {

using nlohmann::json;
using namespace cd::protocol;

namespace {

constexpr const char* kStatusOpen = "open";
constexpr const char* kStatusEnded = "ended";
constexpr const char* kJudgeKey = "judge";
constexpr std::size_t kMaxNameBytes = 200;
constexpr std::size_t kMaxDescriptionBytes = 500;
constexpr int kMaxParties = 50;

// Janus VideoRoom error codes (janus_videoroom.c).
constexpr int kNoSuchRoom = 426;
constexpr int kRoomExists = 427;
constexpr int kNoSuchFeed = 428;

// An even room id in [10^9, 10^9 + 2^52): the lobby is room + 1; both fit a JS number.
std::int64_t randomRoomId()
{
    std::uint64_t r = 0;
    randombytes_buf(&r, sizeof r);
    return std::int64_t(1000000000ULL + ((r % (1ULL << 52)) & ~1ULL));
}

Reply janusError(const JanusResult& r, const std::string& what)
{
    switch (r.kind) {
    case JanusResult::Ok:
        break;
    case JanusResult::Unreachable:
        return Reply::error(ErrorCode::Unavailable, "Janus is not reachable: " + r.message);
    case JanusResult::Protocol:
        return Reply::error(ErrorCode::Unavailable, "Janus answered oddly: " + r.message);
    case JanusResult::Rejected:
        if (r.code == kNoSuchRoom || r.code == kNoSuchFeed)
            return Reply::error(ErrorCode::NotFound, what + ": " + r.message);
        return Reply::error(ErrorCode::BadRequest, what + ": Janus refused (" +
                                                       std::to_string(r.code) + " " + r.message +
                                                       ")");
    }
    return Reply::error(ErrorCode::Internal, what);
}

std::string percentEncode(const std::string& s)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~') {
            out.push_back(char(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

// Display names are "key:name" (docs/hearings.md); the key is what comes before the colon.
std::string keyOfDisplay(const std::string& display)
{
    const auto colon = display.find(':');
    return colon == std::string::npos ? std::string() : display.substr(0, colon);
}

bool validName(const std::string& s, std::size_t max)
{
    if (s.empty() || s.size() > max)
        return false;
    for (unsigned char c : s) {
        if (c < 0x20 || c == 0x7f)
            return false;
    }
    return true;
}

// "booked_end" of a request body: an ISO 8601 UTC time (2026-12-03T11:30:00Z) as epoch seconds.
// Absent or null is 0 (not booked) unless `required`. False, with the error reply, otherwise.
bool readBookedEnd(const json& body, bool required, std::int64_t& out, Reply& error)
{
    out = 0;
    auto it = body.find(field::kBookedEnd);
    if (!required && (it == body.end() || it->is_null()))
        return true;
    std::optional<std::int64_t> t;
    if (it != body.end() && it->is_string())
        t = parseIsoTime(it->get<std::string>());
    if (!t) {
        error = Reply::error(ErrorCode::BadRequest,
                             "\"booked_end\" must be a UTC time like 2026-12-03T11:30:00Z");
        return false;
    }
    out = *t;
    return true;
}

json isoOrNull(std::int64_t epochSeconds)
{
    return epochSeconds > 0 ? json(isoTime(epochSeconds)) : json(nullptr);
}

} // namespace

HearingService::HearingService(Pool& pool, HearingOptions options)
    : m_pool(pool), m_options(std::move(options))
{
    if (!m_options.janusUrl.empty())
        m_janus = std::make_unique<JanusClient>(m_options.janusUrl);
}

std::string HearingService::janusForClients() const
{
    return m_options.janusPublicUrl.empty() ? m_options.janusUrl : m_options.janusPublicUrl;
}

std::int64_t HearingService::partyExpiry(std::int64_t invitedAt, std::int64_t bookedEnd) const
{
    return std::max(invitedAt, bookedEnd) + m_options.partyTokenTtlSeconds;
}

void HearingService::audit(const Caller& caller, const std::string& action, const std::string& id,
                           json details)
{
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Write, caller.court);
    appendAudit(*db, {caller.court, caller.name, action, "hearing", id, std::move(details)});
    tx.commit();
}

std::optional<HearingService::Hearing>
HearingService::load(const Caller& caller, const std::string& id, bool presiding, Reply& error)
{
    if (!isValidId(id)) {
        error = Reply::error(ErrorCode::BadRequest, "hearing ids are 1-128 of [A-Za-z0-9._:-]");
        return std::nullopt;
    }
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Read, caller.court);
    auto rows = db->exec("SELECT id, court, case_uuid, judge, secret, status, room, lobby "
                         "FROM hearings WHERE id = ? AND court = ?",
                         {id, caller.court})
                    .rows;
    tx.commit();
    if (rows.empty()) {
        error = Reply::error(ErrorCode::NotFound, "no such hearing");
        return std::nullopt;
    }
    const Row& r = rows[0];
    Hearing h{r.s(0), r.s(1), r.s(2), r.s(3), r.s(4), r.s(5), r.i(6), r.i(7)};
    if (presiding && h.judge != caller.name) {
        error = Reply::error(ErrorCode::Forbidden,
                             "only the presiding judge of this hearing may do that");
        return std::nullopt;
    }
    if (h.status != kStatusOpen) {
        error = Reply::error(ErrorCode::BadRequest, "the hearing has ended");
        return std::nullopt;
    }
    return h;
}

Reply HearingService::create(const Caller& caller, const json& body)
{
    const std::string id = body.value(field::kHearingId, "");
    const std::string caseUuid = body.value(field::kCaseUuid, "");
    const std::string description = body.value(field::kDescription, "");
    if (!body.contains(field::kHearingId) || !body[field::kHearingId].is_string() || !isValidId(id))
        return Reply::error(ErrorCode::BadRequest,
                            "\"hearing_id\" must be 1-128 of [A-Za-z0-9._:-]");
    if (!body.contains(field::kCaseUuid) || !body[field::kCaseUuid].is_string() ||
        !isValidId(caseUuid))
        return Reply::error(ErrorCode::BadRequest, "\"case_uuid\" must be a record id");
    if (body.contains(field::kDescription) &&
        (!body[field::kDescription].is_string() ||
         !(description.empty() || validName(description, kMaxDescriptionBytes))))
        return Reply::error(ErrorCode::BadRequest, "\"description\": at most 500 bytes of text");
    std::int64_t bookedEnd = 0;
    if (Reply error; !readBookedEnd(body, false, bookedEnd, error))
        return error;
    {
        // Unscoped: an id another court took is refused (forbidden), like record ids.
        auto db = m_pool.acquire();
        Transaction tx(*db, TxMode::Read, {});
        auto rows = db->exec("SELECT court FROM hearings WHERE id = ?", {id}).rows;
        // The case must be one of the caller's court's (synced, not deleted) cases.
        const bool caseKnown = !db->exec("SELECT 1 FROM records WHERE type = 'case' AND id = ? "
                                         "AND court = ? AND deleted = 0",
                                         {caseUuid, caller.court})
                                    .rows.empty();
        tx.commit();
        if (rows.empty() && !caseKnown)
            return Reply::error(ErrorCode::NotFound,
                                "no such case in this court (push the case before the hearing)");
        if (!rows.empty()) {
            if (rows[0].s(0) != caller.court)
                return Reply::error(ErrorCode::Forbidden,
                                    "that hearing id belongs to another court");
            return Reply::error(ErrorCode::BadRequest, "the hearing exists already");
        }
    }

    const std::string secret = randomHex(24);
    const std::string judgeToken = randomHex(24);
    std::int64_t room = 0;
    for (int attempt = 0; attempt < 5 && !room; ++attempt) {
        const std::int64_t candidate = randomRoomId();
        json create = {{"request", "create"},
                       {"room", candidate},
                       {"admin_key", m_options.janusAdminKey},
                       {"secret", secret},
                       {"description", description.empty() ? id : description},
                       {"is_private", true},
                       {"permanent", false},
                       {"publishers", 8},
                       {"bitrate", 768000},
                       {"audiocodec", "opus"},
                       {"videocodec", "vp8"},
                       {"allowed", json::array({judgeToken})},
                       {"record", true},
                       {"rec_dir", m_options.janusRecDir},
                       {"lock_record", true},
                       {"notify_joining", true}};
        JanusResult r = m_janus->videoroom(create);
        if (r.kind == JanusResult::Rejected && r.code == kRoomExists)
            continue;
        if (!r.ok())
            return janusError(r, "creating the hearing room");
        json lobby = create;
        lobby["room"] = candidate + 1;
        lobby["record"] = false;
        lobby.erase("rec_dir");
        lobby["publishers"] = 1;
        lobby["description"] = (description.empty() ? id : description) + " (waiting room)";
        r = m_janus->videoroom(lobby);
        if (!r.ok()) {
            m_janus->videoroom({{"request", "destroy"}, {"room", candidate}, {"secret", secret}});
            if (r.kind == JanusResult::Rejected && r.code == kRoomExists)
                continue;
            return janusError(r, "creating the waiting room");
        }
        room = candidate;
    }
    if (!room)
        return Reply::error(ErrorCode::Unavailable, "no free room id after 5 attempts");

    auto destroyRooms = [&] {
        for (std::int64_t r : {room, room + 1})
            m_janus->videoroom({{"request", "destroy"}, {"room", r}, {"secret", secret}});
    };
    try {
        auto db = m_pool.acquire();
        Transaction tx(*db, TxMode::Write, caller.court);
        const std::string now = isoNow();
        db->exec("INSERT INTO hearings(id, court, case_uuid, description, judge, room, lobby, "
                 "secret, status, created_at, booked_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 {id, caller.court, caseUuid, description, caller.name, room, room + 1, secret,
                  std::string(kStatusOpen), now, bookedEnd});
        db->exec("INSERT INTO hearing_participants(hearing_id, key, court, name, role, token, "
                 "admitted, created_at) VALUES (?, ?, ?, ?, 'judge', ?, 1, ?)",
                 {id, std::string(kJudgeKey), caller.court, caller.name, judgeToken, now});
        appendAudit(*db, {caller.court,
                          caller.name,
                          "hearing.create",
                          "hearing",
                          id,
                          {{"case", caseUuid},
                           {"room", room},
                           {"lobby", room + 1},
                           {field::kBookedEnd, isoOrNull(bookedEnd)}}});
        tx.commit();
    } catch (const DbError& e) {
        destroyRooms();
        if (e.uniqueViolation())
            return Reply::error(ErrorCode::Forbidden, "that hearing id is taken");
        throw;
    } catch (...) {
        destroyRooms();
        throw;
    }
    return Reply::ok({{field::kHearingId, id},
                      {field::kRoom, room},
                      {field::kLobby, room + 1},
                      {field::kJanus, janusForClients()},
                      {field::kKey, kJudgeKey},
                      {field::kToken, judgeToken},
                      {field::kBookedEnd, isoOrNull(bookedEnd)}},
                     201);
}

Reply HearingService::addParty(const Caller& caller, const std::string& id, const json& body,
                               const std::string& origin)
{
    Reply error;
    auto h = load(caller, id, false, error);
    if (!h)
        return error;
    if (!body.contains(field::kName) || !body[field::kName].is_string() ||
        !validName(body[field::kName].get<std::string>(), kMaxNameBytes))
        return Reply::error(ErrorCode::BadRequest, "\"name\": 1-200 bytes of text");
    const std::string name = body[field::kName].get<std::string>();
    const std::string token = randomHex(24);
    // The token goes on the lobby's list first; a token Janus knows but nobody was given is
    // harmless, a stored token Janus does not know would strand a party.
    JanusResult r = m_janus->videoroom({{"request", "allowed"},
                                        {"room", h->lobby},
                                        {"secret", h->secret},
                                        {"action", "add"},
                                        {"allowed", json::array({token})}});
    if (!r.ok())
        return janusError(r, "adding the party to the waiting room");
    std::string key;
    std::int64_t expiresAt = 0;
    {
        auto db = m_pool.acquire();
        Transaction tx(*db, TxMode::Write, caller.court);
        // Under the hearing's lock, so a rebooking at the same time cannot be missed.
        db->lock("hearing:" + id);
        const std::int64_t now = epochNow();
        expiresAt = partyExpiry(now, db->exec("SELECT booked_end FROM hearings WHERE id = ? AND "
                                              "court = ?",
                                              {id, caller.court})
                                         .rows.at(0)
                                         .i(0));
        const std::int64_t n = db->exec("SELECT COUNT(*) FROM hearing_participants WHERE "
                                        "hearing_id = ? AND role = 'party'",
                                        {id})
                                   .rows.at(0)
                                   .i(0);
        if (n >= kMaxParties)
            return Reply::error(ErrorCode::TooLarge, "at most 50 parties per hearing");
        key = "p" + std::to_string(n + 1);
        db->exec("INSERT INTO hearing_participants(hearing_id, key, court, name, role, token, "
                 "admitted, created_at, expires_at) VALUES (?, ?, ?, ?, 'party', ?, 0, ?, ?)",
                 {id, key, caller.court, name, token, isoTime(now), expiresAt});
        appendAudit(*db, {caller.court,
                          caller.name,
                          "hearing.party",
                          "hearing",
                          id,
                          {{"key", key}, {"name", name}}});
        tx.commit();
    }
    const std::string query = "?mode=party&janus=" + percentEncode(janusForClients()) +
                              "&room=" + std::to_string(h->room) +
                              "&lobby=" + std::to_string(h->lobby) + "&token=" + token +
                              "&key=" + key + "&name=" + percentEncode(name);
    std::string base = m_options.publicUrl.empty() ? origin : m_options.publicUrl;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    const std::string pathAndQuery = std::string(path::kPartyPage) + query;
    return Reply::ok({{field::kKey, key},
                      {field::kName, name},
                      {field::kToken, token},
                      {field::kExpiresAt, isoTime(expiresAt)},
                      {field::kPartyPath, pathAndQuery},
                      {field::kPartyUrl, base + pathAndQuery}},
                     201);
}

std::optional<Reply> HearingService::revokeExpired(const Caller& caller, const Hearing& h)
{
    std::vector<std::pair<std::string, std::string>> expired; // key, token
    {
        auto db = m_pool.acquire();
        Transaction tx(*db, TxMode::Read, caller.court);
        for (const Row& row : db->exec("SELECT key, token FROM hearing_participants WHERE "
                                       "hearing_id = ? AND court = ? AND role = 'party' AND "
                                       "revoked = 0 AND expires_at > 0 AND expires_at <= ?",
                                       {h.id, caller.court, epochNow()})
                                  .rows)
            expired.emplace_back(row.s(0), row.s(1));
        tx.commit();
    }
    for (const auto& [key, token] : expired) {
        // Janus checks `allowed` when a page joins: off both lists, the link opens nothing. A
        // party already in a room stays until it leaves or the judge removes it.
        for (std::int64_t room : {h.lobby, h.room}) {
            JanusResult r = m_janus->videoroom({{"request", "allowed"},
                                                {"room", room},
                                                {"secret", h.secret},
                                                {"action", "remove"},
                                                {"allowed", json::array({token})}});
            if (!r.ok())
                return janusError(r, "revoking an expired party link");
        }
        auto db = m_pool.acquire();
        Transaction tx(*db, TxMode::Write, caller.court);
        db->exec("UPDATE hearing_participants SET revoked = 1, admitted = 0 WHERE hearing_id = ? "
                 "AND key = ?",
                 {h.id, key});
        appendAudit(*db,
                    {caller.court, caller.name, "hearing.expire", "hearing", h.id, {{"key", key}}});
        tx.commit();
    }
    return std::nullopt;
}

PartyTokenState HearingService::partyToken(const std::string& token)
{
    PartyTokenState state;
    if (token.empty() || token.size() > 128)
        return state;
    // Unscoped: the page does not say which court's hearing it is for.
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Read, {});
    auto rows = db->exec("SELECT expires_at, revoked FROM hearing_participants WHERE token = ? "
                         "AND role = 'party'",
                         {token})
                    .rows;
    tx.commit();
    if (rows.empty())
        return state;
    state.known = true;
    state.expiresAt = rows[0].i(0);
    state.expired = rows[0].i(1) != 0 || (state.expiresAt > 0 && epochNow() >= state.expiresAt);
    return state;
}

Reply HearingService::waiting(const Caller& caller, const std::string& id)
{
    Reply error;
    auto h = load(caller, id, false, error);
    if (!h)
        return error;
    if (auto e = revokeExpired(caller, *h))
        return *e;
    struct Party
    {
        std::string name;
        bool admitted = false, expired = false;
    };
    std::map<std::string, Party> parties; // by key
    {
        auto db = m_pool.acquire();
        Transaction tx(*db, TxMode::Read, caller.court);
        for (const Row& row : db->exec("SELECT key, name, admitted, revoked FROM "
                                       "hearing_participants WHERE hearing_id = ? AND court = ?",
                                       {id, caller.court})
                                  .rows)
            parties[row.s(0)] = {row.s(1), row.i(2) != 0, row.i(3) != 0};
        tx.commit();
    }
    auto list = [&](std::int64_t room, json& out) -> std::optional<Reply> {
        JanusResult r = m_janus->videoroom({{"request", "listparticipants"}, {"room", room}});
        if (!r.ok())
            return janusError(r, "listing participants");
        out = json::array();
        for (const json& p : r.data.value("participants", json::array())) {
            const std::string display = p.value("display", "");
            const std::string key = keyOfDisplay(display);
            auto it = parties.find(key);
            json entry = {
                {field::kParticipant, p.value("id", std::int64_t(0))},
                {"display", display},
                {"publisher", p.value("publisher", false)},
                {field::kKey, it == parties.end() ? json(nullptr) : json(key)},
                {field::kName, it == parties.end() ? json(nullptr) : json(it->second.name)}};
            if (it != parties.end()) {
                entry["admitted"] = it->second.admitted;
                entry["expired"] = it->second.expired;
            }
            out.push_back(std::move(entry));
        }
        return std::nullopt;
    };
    json lobby, room;
    if (auto e = list(h->lobby, lobby))
        return *e;
    if (auto e = list(h->room, room))
        return *e;
    return Reply::ok({{field::kWaiting, lobby}, {"in_hearing", room}});
}

Reply HearingService::admit(const Caller& caller, const std::string& id, const std::string& key)
{
    Reply error;
    auto h = load(caller, id, true, error);
    if (!h)
        return error;
    std::string token;
    {
        auto db = m_pool.acquire();
        Transaction tx(*db, TxMode::Read, caller.court);
        auto rows = db->exec("SELECT token, expires_at FROM hearing_participants WHERE "
                             "hearing_id = ? AND key = ? AND role = 'party' AND court = ?",
                             {id, key, caller.court})
                        .rows;
        tx.commit();
        if (rows.empty())
            return Reply::error(ErrorCode::NotFound, "no such party in this hearing");
        const std::int64_t expiresAt = rows[0].i(1);
        if (expiresAt > 0 && epochNow() >= expiresAt) {
            if (auto e = revokeExpired(caller, *h))
                return *e;
            return Reply::error(ErrorCode::BadRequest, "the party's hearing link expired at " +
                                                           isoTime(expiresAt) +
                                                           "; invite the party again");
        }
        token = rows[0].s(0);
    }
    JanusResult r = m_janus->videoroom({{"request", "allowed"},
                                        {"room", h->room},
                                        {"secret", h->secret},
                                        {"action", "add"},
                                        {"allowed", json::array({token})}});
    if (!r.ok())
        return janusError(r, "admitting the party");
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Write, caller.court);
    db->exec("UPDATE hearing_participants SET admitted = 1 WHERE hearing_id = ? AND key = ?",
             {id, key});
    appendAudit(*db, {caller.court, caller.name, "hearing.admit", "hearing", id, {{"key", key}}});
    tx.commit();
    return Reply::ok({{field::kKey, key}, {"admitted", true}});
}

Reply HearingService::mute(const Caller& caller, const std::string& id, const json& body)
{
    Reply error;
    auto h = load(caller, id, true, error);
    if (!h)
        return error;
    auto participant = body.find(field::kParticipant);
    auto mid = body.find(field::kMid);
    auto mute = body.find(field::kMute);
    if (participant == body.end() || !participant->is_number_integer() || mid == body.end() ||
        !mid->is_string() || mid->get<std::string>().empty() ||
        mid->get<std::string>().size() > 16 || mute == body.end() || !mute->is_boolean())
        return Reply::error(ErrorCode::BadRequest,
                            "\"participant\" (integer), \"mid\" (string) and \"mute\" (boolean) "
                            "are required");
    JanusResult r = m_janus->videoroom({{"request", "moderate"},
                                        {"room", h->room},
                                        {"secret", h->secret},
                                        {"id", *participant},
                                        {"mid", *mid},
                                        {"mute", *mute}});
    if (!r.ok())
        return janusError(r, "moderating");
    audit(caller, mute->get<bool>() ? "hearing.mute" : "hearing.unmute", id,
          {{"participant", *participant}, {"mid", *mid}});
    return Reply::ok(
        {{field::kParticipant, *participant}, {field::kMid, *mid}, {field::kMute, *mute}});
}

Reply HearingService::kick(const Caller& caller, const std::string& id, const json& body)
{
    Reply error;
    auto h = load(caller, id, true, error);
    if (!h)
        return error;
    auto participant = body.find(field::kParticipant);
    if (participant == body.end() || !participant->is_number_integer())
        return Reply::error(ErrorCode::BadRequest, "\"participant\" (integer) is required");
    // Who it is, so the token can be taken off the hearing room's list (no coming back).
    std::string key;
    JanusResult list = m_janus->videoroom({{"request", "listparticipants"}, {"room", h->room}});
    if (!list.ok())
        return janusError(list, "listing participants");
    for (const json& p : list.data.value("participants", json::array())) {
        if (p.value("id", std::int64_t(0)) == participant->get<std::int64_t>())
            key = keyOfDisplay(p.value("display", ""));
    }
    JanusResult r = m_janus->videoroom(
        {{"request", "kick"}, {"room", h->room}, {"secret", h->secret}, {"id", *participant}});
    if (!r.ok())
        return janusError(r, "removing the participant");
    std::string token;
    if (!key.empty() && key != kJudgeKey) {
        auto db = m_pool.acquire();
        Transaction tx(*db, TxMode::Read, caller.court);
        auto rows = db->exec("SELECT token FROM hearing_participants WHERE hearing_id = ? AND "
                             "key = ? AND role = 'party' AND court = ?",
                             {id, key, caller.court})
                        .rows;
        tx.commit();
        if (!rows.empty())
            token = rows[0].s(0);
    }
    if (!token.empty()) {
        JanusResult revoke = m_janus->videoroom({{"request", "allowed"},
                                                 {"room", h->room},
                                                 {"secret", h->secret},
                                                 {"action", "remove"},
                                                 {"allowed", json::array({token})}});
        if (!revoke.ok())
            return janusError(revoke, "revoking the removed party's admission");
    }
    {
        auto db = m_pool.acquire();
        Transaction tx(*db, TxMode::Write, caller.court);
        if (!token.empty())
            db->exec(
                "UPDATE hearing_participants SET admitted = 0 WHERE hearing_id = ? AND key = ?",
                {id, key});
        appendAudit(*db, {caller.court,
                          caller.name,
                          "hearing.kick",
                          "hearing",
                          id,
                          {{"participant", *participant},
                           {"key", key.empty() ? json(nullptr) : json(key)}}});
        tx.commit();
    }
    return Reply::ok({{field::kParticipant, *participant},
                      {field::kKey, key.empty() ? json(nullptr) : json(key)},
                      {"revoked", !token.empty()}});
}

Reply HearingService::end(const Caller& caller, const std::string& id)
{
    Reply error;
    auto h = load(caller, id, true, error);
    if (!h)
        return error;
    for (std::int64_t room : {h->room, h->lobby}) {
        JanusResult r = m_janus->videoroom(
            {{"request", "destroy"}, {"room", room}, {"secret", h->secret}, {"permanent", false}});
        // A room Janus lost (a restart) is as good as destroyed.
        if (!r.ok() && !(r.kind == JanusResult::Rejected && r.code == kNoSuchRoom))
            return janusError(r, "destroying the rooms");
    }
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Write, caller.court);
    const std::string now = isoNow();
    db->exec("UPDATE hearings SET status = ?, ended_at = ? WHERE id = ? AND court = ?",
             {std::string(kStatusEnded), now, id, caller.court});
    appendAudit(*db, {caller.court,
                      caller.name,
                      "hearing.end",
                      "hearing",
                      id,
                      {{"case", h->caseUuid}, {"room", h->room}, {"lobby", h->lobby}}});
    tx.commit();
    return Reply::ok({{field::kHearingId, id}, {field::kStatus, kStatusEnded}, {"ended_at", now}});
}

Reply HearingService::rebook(const Caller& caller, const std::string& id, const json& body)
{
    Reply error;
    auto h = load(caller, id, false, error);
    if (!h)
        return error;
    std::int64_t bookedEnd = 0;
    if (!readBookedEnd(body, true, bookedEnd, error))
        return error;
    json moved = json::array();
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Write, caller.court);
    db->lock("hearing:" + id);
    auto rows = db->exec("SELECT booked_end, status FROM hearings WHERE id = ? AND court = ?",
                         {id, caller.court})
                    .rows;
    if (rows.empty() || rows[0].s(1) != kStatusOpen)
        return Reply::error(ErrorCode::BadRequest, "the hearing has ended");
    const std::int64_t previous = rows[0].i(0);
    db->exec("UPDATE hearings SET booked_end = ? WHERE id = ? AND court = ?",
             {bookedEnd, id, caller.court});
    // Links that still work move with the booking (later or earlier). One that has expired
    // stays expired: it is, or on the next waiting list will be, off Janus's lists; the party
    // is invited again. The judge's token (expires_at 0) never expires.
    const std::int64_t now = epochNow();
    for (const Row& row : db->exec("SELECT key, created_at FROM hearing_participants WHERE "
                                   "hearing_id = ? AND court = ? AND role = 'party' AND "
                                   "revoked = 0 AND expires_at > ? ORDER BY created_at, key",
                                   {id, caller.court, now})
                              .rows) {
        const std::int64_t expiresAt = partyExpiry(parseIsoTime(row.s(1)).value_or(now), bookedEnd);
        db->exec("UPDATE hearing_participants SET expires_at = ? WHERE hearing_id = ? AND key = ?",
                 {expiresAt, id, row.s(0)});
        moved.push_back({{field::kKey, row.s(0)}, {field::kExpiresAt, isoTime(expiresAt)}});
    }
    appendAudit(*db, {caller.court,
                      caller.name,
                      "hearing.rebook",
                      "hearing",
                      id,
                      {{field::kBookedEnd, isoTime(bookedEnd)},
                       {"previous", isoOrNull(previous)},
                       {"moved", moved.size()}}});
    tx.commit();
    return Reply::ok(
        {{field::kHearingId, id}, {field::kBookedEnd, isoTime(bookedEnd)}, {"parties", moved}});
}

} // namespace cd::server
