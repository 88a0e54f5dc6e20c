#pragma once

// The HTTP routes of docs/sync-protocol.md on top of Service: authentication, the protocol's
// authorisation table, input limits (including decompressed size), errors as JSON, and one log
// line per request on stderr.

#include "hearings.h"
#include "service.h"

#include <optional>
#include <string>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace cd::server {

// Installs the routes on `server`; must outlive it.
class HttpApi
{
public:
    // `hearings` may be null (no hearing routes but the 503 answers). `trustedProxies`: the
    // addresses (nginx) whose X-Forwarded-For names the client.
    HttpApi(httplib::Server& server, Service& service, HearingService* hearings = nullptr,
            std::vector<std::string> trustedProxies = {});

private:
    void install();
    void installHearings();
    std::optional<Caller> authorize(const httplib::Request& req, httplib::Response& res,
                                    protocol::Endpoint endpoint);
    std::optional<std::string> shaParam(const httplib::Request& req, httplib::Response& res);
    // The client's IP address: the peer, or behind a trusted proxy the last address in
    // X-Forwarded-For that no trusted proxy added.
    std::string clientAddress(const httplib::Request& req) const;

    httplib::Server& m_server;
    Service& m_service;
    HearingService* m_hearings;
    std::vector<std::string> m_trustedProxies;
};

} // namespace cd::server
