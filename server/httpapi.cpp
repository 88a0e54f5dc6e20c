#include "httpapi.h"

#include "hearingassets.h"

#include <httplib.h>

#include <arpa/inet.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <regex>

namespace cd::server {

using nlohmann::json;
using namespace cd::protocol;

namespace {

// Small JSON bodies: login, users, upload commit.
constexpr std::size_t kMaxSmallBody = 64 * 1024;

// Per-request context for the log line (httplib runs a request on one pool thread).
struct RequestContext
{
    std::chrono::steady_clock::time_point start;
    std::string user = "-";
    // The parsed Range header, taken away from httplib (see the pre-routing handler).
    httplib::Ranges ranges;
    bool bodyRead = false;
};
thread_local RequestContext t_request;

void send(httplib::Response& res, const Reply& reply)
{
    res.status = reply.status;
    if (reply.retryAfterSeconds > 0)
        res.set_header("Retry-After", std::to_string(reply.retryAfterSeconds));
    res.set_content(reply.body.dump(-1, ' ', false, json::error_handler_t::replace),
                    "application/json");
}

void sendError(httplib::Response& res, ErrorCode code, std::string_view message)
{
    send(res, Reply::error(code, message));
}

// Reads the (decompressed) request body, at most `cap` bytes; answers too_large or
// bad_request itself and returns false when it cannot.
bool readBody(const httplib::Request& req, httplib::Response& res,
              const httplib::ContentReader& reader, std::size_t cap, std::string& out)
{
    if (req.has_header("Content-Length")) {
        const auto declared =
            std::strtoull(req.get_header_value("Content-Length").c_str(), nullptr, 10);
        // A compressed body is smaller than what it expands to; allow for gzip's overhead.
        if (declared > cap + cap / 8 + 1024) {
            sendError(res, ErrorCode::TooLarge, "request body too large");
            return false;
        }
    }
    bool tooLarge = false;
    const bool ok = reader([&](const char* data, std::size_t len) {
        if (out.size() + len > cap) {
            tooLarge = true;
            return false;
        }
        out.append(data, len);
        return true;
    });
    if (tooLarge) {
        sendError(res, ErrorCode::TooLarge,
                  "request body exceeds " + std::to_string(cap) + " bytes (after decompression)");
        return false;
    }
    if (!ok) {
        sendError(res, ErrorCode::BadRequest,
                  "could not read the request body (broken or unsupported encoding)");
        return false;
    }
    t_request.bodyRead = true;
    return true;
}

// A handler that may answer before it has read the request body (no token, too large, bad
// gzip). The unread bytes would be taken for the next request on a kept-alive connection, so
// the answer then tells the client to close it.
httplib::Server::HandlerWithContentReader withBody(httplib::Server::HandlerWithContentReader h)
{
    return [h](const httplib::Request& req, httplib::Response& res,
               const httplib::ContentReader& reader) {
        t_request.bodyRead = false;
        h(req, res, reader);
        const std::string length = req.get_header_value("Content-Length");
        const bool hasBody =
            (!length.empty() && length != "0") || req.has_header("Transfer-Encoding");
        if (!t_request.bodyRead && hasBody)
            res.set_header("Connection", "close");
    };
}

bool parseJsonObject(const std::string& text, httplib::Response& res, json& out)
{
    out = json::parse(text, nullptr, false);
    if (out.is_discarded() || !out.is_object()) {
        sendError(res, ErrorCode::BadRequest, "the body must be a JSON object");
        return false;
    }
    return true;
}

bool stringField(const json& obj, const char* name, httplib::Response& res, std::string& out)
{
    auto it = obj.find(name);
    if (it == obj.end() || !it->is_string()) {
        sendError(res, ErrorCode::BadRequest, std::string("\"") + name + "\" must be a string");
        return false;
    }
    out = it->get<std::string>();
    return true;
}

// A non-negative decimal integer (no sign, no spaces, at most 18 digits).
std::optional<std::int64_t> parseCount(const std::string& s)
{
    if (s.empty() || s.size() > 18)
        return std::nullopt;
    std::int64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

std::optional<Caller> HttpApi::authorize(const httplib::Request& req, httplib::Response& res,
                                         Endpoint endpoint)
{
    const std::string header = req.get_header_value("Authorization");
    if (header.compare(0, kBearerPrefix.size(), kBearerPrefix) != 0) {
        sendError(res, ErrorCode::Unauthorized, "missing bearer token");
        return std::nullopt;
    }
    auto caller = m_service.authenticate(header.substr(kBearerPrefix.size()));
    if (!caller) {
        sendError(res, ErrorCode::Unauthorized, "unknown or expired token");
        return std::nullopt;
    }
    t_request.user = caller->name;
    if (!allowed(caller->role, endpoint)) {
        sendError(res, ErrorCode::Forbidden,
                  "role " + std::string(roleName(caller->role)) + " may not call " +
                      std::string(endpointName(endpoint)));
        return std::nullopt;
    }
    return caller;
}

std::optional<std::string> HttpApi::shaParam(const httplib::Request& req, httplib::Response& res)
{
    std::string sha = req.matches.size() > 1 ? req.matches[1].str() : std::string();
    if (!isSha256Hex(sha)) {
        sendError(res, ErrorCode::BadRequest, "a blob is named by its lowercase hex SHA-256");
        return std::nullopt;
    }
    return sha;
}

std::string HttpApi::clientAddress(const httplib::Request& req) const
{
    auto trusted = [this](const std::string& a) {
        return std::find(m_trustedProxies.begin(), m_trustedProxies.end(), a) !=
               m_trustedProxies.end();
    };
    std::string client = req.remote_addr;
    if (!trusted(client) || !req.has_header("X-Forwarded-For"))
        return client;
    // Right to left: each trusted proxy appended the address it took the request from.
    std::vector<std::string> hops;
    for (std::size_t i = 0, n = req.get_header_value_count("X-Forwarded-For"); i < n; ++i) {
        const std::string value = req.get_header_value("X-Forwarded-For", i);
        std::size_t start = 0;
        while (start <= value.size()) {
            std::size_t comma = value.find(',', start);
            if (comma == std::string::npos)
                comma = value.size();
            std::string hop = value.substr(start, comma - start);
            hop.erase(0, hop.find_first_not_of(" \t"));
            hop.erase(hop.find_last_not_of(" \t") + 1);
            hops.push_back(hop);
            start = comma + 1;
        }
    }
    for (auto it = hops.rbegin(); it != hops.rend(); ++it) {
        unsigned char buf[16];
        if (inet_pton(AF_INET, it->c_str(), buf) != 1 && inet_pton(AF_INET6, it->c_str(), buf) != 1)
            break; // not an address (a forged or broken header): the last good hop stands
        client = *it;
        if (!trusted(client))
            break;
    }
    return client;
}

HttpApi::HttpApi(httplib::Server& server, Service& service, HearingService* hearings,
                 std::vector<std::string> trustedProxies)
    : m_server(server), m_service(service), m_hearings(hearings),
      m_trustedProxies(std::move(trustedProxies))
{
    install();
    installHearings();
}

void HttpApi::installHearings()
{
    // Every hearing route: authenticate, check the role, answer 503 without Janus, read a small
    // JSON body when there is one, then call the HearingService.
    using Call = std::function<Reply(const Caller&, const httplib::Request&, const json&)>;
    auto route = [this](Endpoint endpoint, bool hasBody, Call call) {
        return withBody([this, endpoint, hasBody, call](const httplib::Request& req,
                                                        httplib::Response& res,
                                                        const httplib::ContentReader& reader) {
            auto caller = authorize(req, res, endpoint);
            if (!caller)
                return;
            if (!m_hearings || !m_hearings->configured())
                return sendError(res, ErrorCode::Unavailable,
                                 "internet hearings are not configured on this server (janus_url)");
            json body = json::object();
            std::string text;
            if (hasBody && (!readBody(req, res, reader, kMaxSmallBody, text) ||
                            !parseJsonObject(text, res, body)))
                return;
            send(res, call(*caller, req, body));
        });
    };
    auto id = [](const httplib::Request& req) {
        return req.matches.size() > 1 ? req.matches[1].str() : std::string();
    };
    auto origin = [](const httplib::Request& req) {
        // Only used when public_url is not configured; TLS is the only non-loopback mode.
        const bool tls = req.ssl != nullptr;
        return std::string(tls ? "https://" : "http://") + req.get_header_value("Host");
    };

    m_server.Post(std::string(path::kHearings),
                  route(Endpoint::HearingCreate, true,
                        [this](const Caller& c, const httplib::Request&, const json& body) {
                            return m_hearings->create(c, body);
                        }));
    m_server.Post(
        R"(/v1/hearings/([^/]+)/parties)",
        route(Endpoint::HearingParties, true,
              [this, id, origin](const Caller& c, const httplib::Request& req, const json& body) {
                  return m_hearings->addParty(c, id(req), body, origin(req));
              }));
    // GET with a content reader is not a thing in httplib: a plain handler.
    m_server.Get(R"(/v1/hearings/([^/]+)/waiting)",
                 [this, id](const httplib::Request& req, httplib::Response& res) {
                     auto caller = authorize(req, res, Endpoint::HearingWaiting);
                     if (!caller)
                         return;
                     if (!m_hearings || !m_hearings->configured())
                         return sendError(res, ErrorCode::Unavailable,
                                          "internet hearings are not configured on this server "
                                          "(janus_url)");
                     send(res, m_hearings->waiting(*caller, id(req)));
                 });
    m_server.Post(R"(/v1/hearings/([^/]+)/admit/([A-Za-z0-9._-]{1,32}))",
                  route(Endpoint::HearingAdmit, false,
                        [this, id](const Caller& c, const httplib::Request& req, const json&) {
                            return m_hearings->admit(c, id(req), req.matches[2].str());
                        }));
    m_server.Post(R"(/v1/hearings/([^/]+)/mute)",
                  route(Endpoint::HearingMute, true,
                        [this, id](const Caller& c, const httplib::Request& req, const json& body) {
                            return m_hearings->mute(c, id(req), body);
                        }));
    m_server.Post(R"(/v1/hearings/([^/]+)/kick)",
                  route(Endpoint::HearingKick, true,
                        [this, id](const Caller& c, const httplib::Request& req, const json& body) {
                            return m_hearings->kick(c, id(req), body);
                        }));
    m_server.Post(R"(/v1/hearings/([^/]+)/end)",
                  route(Endpoint::HearingEnd, false,
                        [this, id](const Caller& c, const httplib::Request& req, const json&) {
                            return m_hearings->end(c, id(req));
                        }));
    m_server.Post(R"(/v1/hearings/([^/]+)/booking)",
                  route(Endpoint::HearingBooking, true,
                        [this, id](const Caller& c, const httplib::Request& req, const json& body) {
                            return m_hearings->rebook(c, id(req), body);
                        }));

    // The party page: public files. The token in its query string is a Janus join token, not
    // an account token: it opens nothing here. No Referer leaves the page (the URL holds it).
    // A party token past its expiry (the booked end, or the invitation, plus hearing_token_ttl)
    // gets 401 instead of the page; an unknown token (a desk's own hearing) gets the page, Janus
    // decides.
    m_server.Get(R"(/hearing/([A-Za-z0-9._/-]{1,64}))", [this](const httplib::Request& req,
                                                               httplib::Response& res) {
        const std::string name = req.matches[1].str();
        if (m_hearings && m_hearings->configured() && req.has_param("token")) {
            const PartyTokenState t = m_hearings->partyToken(req.get_param_value("token"));
            if (t.known && t.expired) {
                res.set_header("Cache-Control", "no-store");
                return sendError(
                    res, ErrorCode::Unauthorized,
                    "this hearing link has expired" +
                        (t.expiresAt > 0 ? " (at " + isoTime(t.expiresAt) + ")" : std::string()) +
                        "; ask the court for a new one");
            }
        }
        auto file = name.find("..") == std::string::npos ? hearingPageFile(name)
                                                         : std::optional<PageFile>();
        if (!file)
            return sendError(res, ErrorCode::NotFound, "no such page file");
        res.set_header("Referrer-Policy", "no-referrer");
        res.set_header("X-Content-Type-Options", "nosniff");
        res.set_header("Cache-Control", "no-store");
        res.set_content(std::move(file->content), file->contentType);
    });
}

void HttpApi::install()
{
    m_server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response&) {
        t_request.start = std::chrono::steady_clock::now();
        t_request.user = "-";
        // httplib 0.11 applies Range to every answer, JSON errors included, and does not clamp
        // a range to the content (a wrong Content-Length). Only blob downloads honour Range,
        // and they do it themselves. The Request is httplib's own non-const object.
        t_request.ranges = req.ranges;
        const_cast<httplib::Request&>(req).ranges.clear();
        return httplib::Server::HandlerResponse::Unhandled;
    });

    m_server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        // A request httplib refused before routing (a bad Range, say) has no start time.
        const bool routed = t_request.start != std::chrono::steady_clock::time_point{};
        const auto ms = routed ? std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::steady_clock::now() - t_request.start)
                                     .count()
                               : 0;
        // The path only: no query string, no headers, no body (tokens and passwords stay out).
        std::string path = req.path.substr(0, 200);
        for (char& c : path) {
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
                c = '?';
        }
        std::fprintf(stderr, "%s %s %s %d %lldms %s\n", isoNow().c_str(), req.method.c_str(),
                     path.c_str(), res.status, static_cast<long long>(ms), t_request.user.c_str());
        t_request = RequestContext{};
    });

    httplib::Server::HandlerWithResponse onError =
        [](const httplib::Request& req,
           httplib::Response& res) -> httplib::Server::HandlerResponse {
        if (!res.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        static const std::regex otherVersion(R"(^/v(\d+)(/.*)?$)");
        std::smatch m;
        if (res.status == 404 && std::regex_match(req.path, m, otherVersion) && m[1] != "1") {
            sendError(res, ErrorCode::UnsupportedVersion, "this server speaks protocol version 1");
            return httplib::Server::HandlerResponse::Handled;
        }
        ErrorCode code = ErrorCode::BadRequest;
        switch (res.status) {
        case 401:
            code = ErrorCode::Unauthorized;
            break;
        case 403:
            code = ErrorCode::Forbidden;
            break;
        case 404:
            code = ErrorCode::NotFound;
            break;
        case 413:
            code = ErrorCode::TooLarge;
            break;
        case 416:
            code = ErrorCode::BadRequest;
            break;
        default:
            code = res.status >= 500 ? ErrorCode::Internal : ErrorCode::BadRequest;
        }
        const int status = res.status;
        sendError(res, code, "HTTP " + std::to_string(status));
        res.status = status;
        return httplib::Server::HandlerResponse::Handled;
    };
    m_server.set_error_handler(onError);

    m_server.set_exception_handler(
        [](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
            std::string what = "unknown";
            try {
                std::rethrow_exception(ep);
            } catch (const std::exception& e) {
                what = e.what();
            } catch (...) {
            }
            std::fprintf(stderr, "%s error in %s %s: %s\n", isoNow().c_str(), req.method.c_str(),
                         req.path.substr(0, 200).c_str(), what.c_str());
            sendError(res, ErrorCode::Internal, "internal server error");
            res.set_header("Connection", "close");
        });

    m_server.Post(std::string(path::kLogin),
                  withBody([this](const httplib::Request& req, httplib::Response& res,
                                  const httplib::ContentReader& reader) {
                      std::string text;
                      json body;
                      std::string user, password;
                      if (!readBody(req, res, reader, kMaxSmallBody, text) ||
                          !parseJsonObject(text, res, body) ||
                          !stringField(body, field::kUser, res, user) ||
                          !stringField(body, field::kPassword, res, password))
                          return;
                      t_request.user = user.substr(0, 64);
                      send(res, m_service.login(user, password, clientAddress(req)));
                  }));

    m_server.Get(std::string(path::kWhoami),
                 [this](const httplib::Request& req, httplib::Response& res) {
                     auto caller = authorize(req, res, Endpoint::Whoami);
                     if (!caller)
                         return;
                     send(res, Reply::ok({{field::kName, caller->name},
                                          {field::kCourt, caller->court},
                                          {field::kRole, std::string(roleName(caller->role))}}));
                 });

    m_server.Post(std::string(path::kPush),
                  withBody([this](const httplib::Request& req, httplib::Response& res,
                                  const httplib::ContentReader& reader) {
                      auto caller = authorize(req, res, Endpoint::Push);
                      std::string text;
                      if (!caller || !readBody(req, res, reader, kMaxPushBodyBytes, text))
                          return;
                      auto parsed = parsePushRequest(text);
                      if (!parsed.ok())
                          return sendError(res, parsed.error.code, parsed.error.message);
                      send(res, m_service.push(*caller, *parsed.value));
                  }));

    m_server.Get(std::string(path::kChanges), [this](const httplib::Request& req,
                                                     httplib::Response& res) {
        auto caller = authorize(req, res, Endpoint::Changes);
        if (!caller)
            return;
        std::int64_t after = 0;
        std::int64_t limit = std::int64_t(kDefaultChangesPerPull);
        if (req.has_param(std::string(query::kAfter))) {
            auto v = parseCount(req.get_param_value(std::string(query::kAfter)));
            if (!v)
                return sendError(res, ErrorCode::BadRequest,
                                 "after must be a non-negative integer");
            after = *v;
        }
        if (req.has_param(std::string(query::kLimit))) {
            auto v = parseCount(req.get_param_value(std::string(query::kLimit)));
            if (!v || *v == 0)
                return sendError(res, ErrorCode::BadRequest, "limit must be a positive integer");
            limit = std::min<std::int64_t>(*v, std::int64_t(kMaxChangesPerPull));
        }
        std::string excludeClient;
        if (req.has_param(std::string(query::kExcludeClient))) {
            excludeClient = req.get_param_value(std::string(query::kExcludeClient));
            if (!isValidId(excludeClient))
                return sendError(res, ErrorCode::BadRequest, "exclude_client must be a client id");
        }
        send(res, m_service.changes(*caller, after, limit, excludeClient));
    });

    m_server.Get(std::string(path::kDigest),
                 [this](const httplib::Request& req, httplib::Response& res) {
                     if (auto caller = authorize(req, res, Endpoint::Digest))
                         send(res, m_service.digest(*caller));
                 });

    // GET and HEAD (httplib routes HEAD to the GET handlers and sends no body).
    m_server.Get(R"(/v1/blobs/([^/]*))", [this](const httplib::Request& req,
                                                httplib::Response& res) {
        const bool head = req.method == "HEAD";
        auto caller = authorize(req, res, head ? Endpoint::BlobHead : Endpoint::BlobGet);
        if (!caller)
            return;
        auto sha = shaParam(req, res);
        if (!sha)
            return;
        auto size = m_service.blobSize(*caller, *sha);
        if (!size)
            return sendError(res, ErrorCode::NotFound, "no such blob");
        // One range within the blob: "bytes=A-", "bytes=A-B" (B clamped), "bytes=-N".
        std::int64_t from = 0;
        std::int64_t length = *size;
        if (!t_request.ranges.empty()) {
            const auto [first, last] = t_request.ranges[0];
            bool ok = t_request.ranges.size() == 1 && *size > 0;
            if (ok && first >= 0) {
                ok = first < *size && (last < 0 || last >= first);
                from = first;
                length = (last < 0 || last >= *size ? *size - 1 : last) - first + 1;
            } else if (ok) {
                ok = last > 0;
                from = std::max<std::int64_t>(0, *size - last);
                length = *size - from;
            }
            if (!ok) {
                sendError(res, ErrorCode::BadRequest,
                          "range not satisfiable: one range within the blob's " +
                              std::to_string(*size) + " bytes, please");
                res.status = 416;
                res.set_header("Content-Range", "bytes */" + std::to_string(*size));
                return;
            }
            res.status = 206;
            res.set_header("Content-Range", "bytes " + std::to_string(from) + "-" +
                                                std::to_string(from + length - 1) + "/" +
                                                std::to_string(*size));
        }
        Service* service = &m_service;
        const std::string name = *sha;
        res.set_header("Accept-Ranges", "bytes");
        res.set_content_provider(
            std::size_t(length), "application/octet-stream",
            [service, name, from](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                // Runs after the handler returned, outside httplib's exception handling.
                try {
                    std::string bytes =
                        service->readBlob(name, from + std::int64_t(offset), length);
                    if (bytes.empty())
                        return false;
                    return sink.write(bytes.data(), bytes.size());
                } catch (const std::exception& e) {
                    std::fprintf(stderr, "%s error reading blob %s: %s\n", isoNow().c_str(),
                                 name.c_str(), e.what());
                    return false;
                }
            });
    });

    m_server.Get(R"(/v1/uploads/([^/]*))",
                 [this](const httplib::Request& req, httplib::Response& res) {
                     auto caller = authorize(req, res, Endpoint::UploadStatus);
                     if (!caller)
                         return;
                     if (auto sha = shaParam(req, res))
                         send(res, m_service.uploadStatus(*caller, *sha));
                 });

    m_server.Put(R"(/v1/uploads/([^/]*))",
                 withBody([this](const httplib::Request& req, httplib::Response& res,
                                 const httplib::ContentReader& reader) {
                     auto caller = authorize(req, res, Endpoint::UploadPut);
                     if (!caller)
                         return;
                     auto sha = shaParam(req, res);
                     if (!sha)
                         return;
                     auto offset = parseCount(req.get_param_value(std::string(query::kOffset)));
                     if (!offset)
                         return sendError(res, ErrorCode::BadRequest,
                                          "offset must be given as a non-negative integer");
                     std::string bytes;
                     if (!readBody(req, res, reader, kMaxChunkBytes, bytes))
                         return;
                     send(res, m_service.uploadPut(*caller, *sha, *offset, bytes));
                 }));

    m_server.Post(R"(/v1/uploads/([^/]*)/commit)",
                  withBody([this](const httplib::Request& req, httplib::Response& res,
                                  const httplib::ContentReader& reader) {
                      auto caller = authorize(req, res, Endpoint::UploadCommit);
                      if (!caller)
                          return;
                      auto sha = shaParam(req, res);
                      std::string text;
                      json body;
                      if (!sha || !readBody(req, res, reader, kMaxSmallBody, text) ||
                          !parseJsonObject(text, res, body))
                          return;
                      auto size = body.find(field::kSize);
                      if (size == body.end() || !size->is_number_integer() ||
                          size->get<std::int64_t>() < 0)
                          return sendError(res, ErrorCode::BadRequest,
                                           "\"size\" must be a non-negative integer");
                      send(res, m_service.uploadCommit(*caller, *sha, size->get<std::int64_t>()));
                  }));

    m_server.Post(
        std::string(path::kUsers),
        withBody([this](const httplib::Request& req, httplib::Response& res,
                        const httplib::ContentReader& reader) {
            auto caller = authorize(req, res, Endpoint::Users);
            std::string text;
            json body;
            std::string name, role, password;
            if (!caller || !readBody(req, res, reader, kMaxSmallBody, text) ||
                !parseJsonObject(text, res, body) || !stringField(body, field::kName, res, name) ||
                !stringField(body, field::kRole, res, role) ||
                !stringField(body, field::kPassword, res, password))
                return;
            // The court is the admin's, whatever the body says.
            send(res, m_service.addUser(caller->name, caller->court, name, role, password));
        }));

    m_server.Get(std::string(path::kAuditVerify),
                 [this](const httplib::Request& req, httplib::Response& res) {
                     auto caller = authorize(req, res, Endpoint::AuditVerify);
                     if (!caller)
                         return;
                     AuditVerdict v = m_service.verifyAudit(caller->court);
                     json body = {{field::kOk, v.ok}, {field::kRows, v.rows}};
                     if (!v.ok) {
                         body[field::kFirstBad] = v.firstBad;
                         body[field::kReason] = v.reason;
                     }
                     send(res, Reply::ok(std::move(body)));
                 });
}

} // namespace cd::server
