#pragma once

// Internet hearings on the server (docs/hearings.md): the server owns the Janus admin_key and
// the room secrets, creates a hearing room and a lobby per hearing, issues one token per
// participant, keeps parties in the lobby until the presiding judge admits them, and moderates
// for that judge. Every accepted action is written to the court's audit chain.

#include "janusclient.h"
#include "service.h"

#include <memory>
#include <string>

namespace cd::server {

struct HearingOptions
{
    std::string janusUrl;       // as the server reaches Janus; empty: not configured (503)
    std::string janusAdminKey;  // never logged, never sent to a client
    std::string janusRecDir;    // rec_dir of hearing rooms
    std::string janusPublicUrl; // as browsers reach Janus (default janusUrl)
    std::string publicUrl;      // this server as browsers reach it (default: from the request)
    // hearing_token_ttl: a party's token (its link) expires this long after the hearing's
    // booked end, or after the invitation if that is later or the hearing has no booked end.
    std::int64_t partyTokenTtlSeconds = 12 * 3600;
};

// What the server knows of a token in a party page's URL.
struct PartyTokenState
{
    bool known = false;
    bool expired = false;
    std::int64_t expiresAt = 0; // epoch seconds; 0: no expiry
};

class HearingService
{
public:
    HearingService(Pool& pool, HearingOptions options);
    bool configured() const { return m_janus != nullptr; }

    // `origin` is scheme://host[:port] of the request, used when publicUrl is not set.
    Reply create(const Caller& caller, const nlohmann::json& body);
    Reply addParty(const Caller& caller, const std::string& id, const nlohmann::json& body,
                   const std::string& origin);
    Reply waiting(const Caller& caller, const std::string& id);
    Reply admit(const Caller& caller, const std::string& id, const std::string& key);
    Reply mute(const Caller& caller, const std::string& id, const nlohmann::json& body);
    Reply kick(const Caller& caller, const std::string& id, const nlohmann::json& body);
    Reply end(const Caller& caller, const std::string& id);
    // Moves the booked end (the hearing was rebooked); links that still work move with it.
    Reply rebook(const Caller& caller, const std::string& id, const nlohmann::json& body);
    // Unauthenticated (the party page): whether `token` is a party token and has expired.
    PartyTokenState partyToken(const std::string& token);

private:
    struct Hearing
    {
        std::string id, court, caseUuid, judge, secret, status;
        std::int64_t room = 0, lobby = 0;
    };
    // The caller's court's hearing, or an error reply (not_found; forbidden for moderation by
    // anyone but the presiding judge; bad_request once ended).
    std::optional<Hearing> load(const Caller& caller, const std::string& id, bool presiding,
                                Reply& error);
    void audit(const Caller& caller, const std::string& action, const std::string& id,
               nlohmann::json details);
    std::string janusForClients() const;
    // When a party's link invited at `invitedAt` expires: the later of the invitation and the
    // booked end (0: none), plus hearing_token_ttl.
    std::int64_t partyExpiry(std::int64_t invitedAt, std::int64_t bookedEnd) const;
    // Takes expired party tokens off both rooms' allowed lists at Janus (once each) and audits
    // it; an error reply if Janus refuses.
    std::optional<Reply> revokeExpired(const Caller& caller, const Hearing& h);

    Pool& m_pool;
    HearingOptions m_options;
    std::unique_ptr<JanusClient> m_janus;
};

} // namespace cd::server
