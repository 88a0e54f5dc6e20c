#pragma once

// The HTTP routes of docs/sync-protocol.md on top of Service: authentication, the protocol's
// authorisation table, input limits (including decompressed size), errors as JSON, and one log
// line per request on stderr.

#include "hearings.h"
#include "service.h"

#include <optional>
#include <string>

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
    // `hearings` may be null (no hearing routes but the 503 answers).
    HttpApi(httplib::Server& server, Service& service, HearingService* hearings = nullptr);

private:
    void install();
    void installHearings();
    std::optional<Caller> authorize(const httplib::Request& req, httplib::Response& res,
                                    protocol::Endpoint endpoint);
    std::optional<std::string> shaParam(const httplib::Request& req, httplib::Response& res);

    httplib::Server& m_server;
    Service& m_service;
    HearingService* m_hearings;
};

} // namespace cd::server
