#include "janusclient.h"

#include "crypto.h"

#include <httplib.h>

namespace cd::server {

using nlohmann::json;

namespace {
constexpr int kSessionGone = 458;
constexpr int kHandleGone = 459;
} // namespace

JanusClient::JanusClient(std::string url)
{
    // scheme://host[:port]/path
    const auto scheme = url.find("://");
    if (scheme == std::string::npos)
        return;
    const auto slash = url.find('/', scheme + 3);
    m_base = url.substr(0, slash);
    m_path = slash == std::string::npos ? "/" : url.substr(slash);
    while (m_path.size() > 1 && m_path.back() == '/')
        m_path.pop_back();
    m_http = std::make_unique<httplib::Client>(m_base);
    m_valid = m_http->is_valid();
    m_http->set_connection_timeout(5, 0);
    m_http->set_read_timeout(15, 0);
    m_http->set_write_timeout(15, 0);
    m_http->set_keep_alive(false);
}

JanusClient::~JanusClient()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    closeSession();
}

JanusResult JanusClient::post(const std::string& path, json body)
{
    JanusResult out;
    body["transaction"] = randomHex(8);
    auto res = m_http->Post(path.c_str(), body.dump(), "application/json");
    if (!res) {
        out.kind = JanusResult::Unreachable;
        out.message = "Janus did not answer (" + httplib::to_string(res.error()) + ")";
        return out;
    }
    json answer = json::parse(res->body, nullptr, false);
    if (res->status != 200 || answer.is_discarded() || !answer.is_object()) {
        out.kind = JanusResult::Protocol;
        out.message = "Janus answered HTTP " + std::to_string(res->status) + " without JSON";
        return out;
    }
    const std::string janus = answer.value("janus", "");
    if (janus == "error") {
        out.kind = JanusResult::Rejected;
        out.code = answer["error"].value("code", 0);
        out.message = answer["error"].value("reason", "Janus error");
        return out;
    }
    if (janus != "success") {
        out.kind = JanusResult::Protocol;
        out.message = "unexpected Janus answer '" + janus + "'";
        return out;
    }
    if (answer.contains("plugindata")) {
        out.data = answer["plugindata"].value("data", json::object());
        if (out.data.contains("error_code")) {
            out.kind = JanusResult::Rejected;
            out.code = out.data.value("error_code", 0);
            out.message = out.data.value("error", "VideoRoom error");
        }
    } else {
        out.data = answer.value("data", json::object());
    }
    return out;
}

JanusResult JanusClient::openSession()
{
    closeSession();
    JanusResult r = post(m_path, {{"janus", "create"}});
    if (!r.ok())
        return r;
    const std::int64_t session = r.data.value("id", std::int64_t(0));
    r = post(m_path + "/" + std::to_string(session),
             {{"janus", "attach"}, {"plugin", "janus.plugin.videoroom"}});
    if (!r.ok())
        return r;
    m_session = session;
    m_handle = r.data.value("id", std::int64_t(0));
    if (!m_session || !m_handle) {
        r.kind = JanusResult::Protocol;
        r.message = "Janus gave no session or handle id";
    }
    return r;
}

void JanusClient::closeSession()
{
    if (m_session && m_http) {
        // Best effort: Janus drops idle sessions after session_timeout anyway.
        post(m_path + "/" + std::to_string(m_session), {{"janus", "destroy"}});
    }
    m_session = 0;
    m_handle = 0;
}

JanusResult JanusClient::videoroom(const json& body)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_valid) {
        JanusResult r;
        r.kind = JanusResult::Unreachable;
        r.message = "the Janus URL is not valid";
        return r;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_session) {
            JanusResult r = openSession();
            if (!r.ok()) {
                m_session = m_handle = 0;
                return r;
            }
        }
        JanusResult r =
            post(m_path + "/" + std::to_string(m_session) + "/" + std::to_string(m_handle),
                 {{"janus", "message"}, {"body", body}});
        const bool gone =
            r.kind == JanusResult::Rejected && (r.code == kSessionGone || r.code == kHandleGone);
        if (!gone)
            return r;
        m_session = m_handle = 0; // one new session, then give up
        if (attempt == 1)
            return r;
    }
    return {};
}

} // namespace cd::server
