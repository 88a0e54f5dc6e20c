#pragma once

// The server's client of the Janus HTTP API (docs/hearings.md, "Janus requests"): one session
// with one VideoRoom handle, opened on first use and opened again once when Janus says the
// session or handle is gone (458/459, e.g. after session_timeout). Calls are serialised.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

namespace httplib {
class Client;
}

namespace cd::server {

struct JanusResult
{
    enum Kind {
        Ok,
        Rejected,    // the VideoRoom answered error_code (code, message)
        Unreachable, // no HTTP answer
        Protocol,    // an answer that is not what the API promises
    };
    Kind kind = Ok;
    int code = 0; // VideoRoom error_code (426 no such room, 428 no such participant, 427 exists)
    std::string message;
    nlohmann::json data; // plugindata.data on success
    bool ok() const { return kind == Ok; }
};

class JanusClient
{
public:
    // `url` is the API root, e.g. http://127.0.0.1:8088/janus.
    explicit JanusClient(std::string url);
    ~JanusClient();
    bool valid() const { return m_valid; }

    // Sends one VideoRoom request BODY (create, allowed, listparticipants, moderate, kick,
    // destroy) and returns plugindata.data. Never logs the body: it holds secrets.
    JanusResult videoroom(const nlohmann::json& body);

private:
    JanusResult post(const std::string& path, nlohmann::json body);
    JanusResult openSession();
    void closeSession();

    std::string m_base; // scheme://host:port
    std::string m_path; // /janus
    bool m_valid = false;
    std::unique_ptr<httplib::Client> m_http;
    std::mutex m_mutex;
    std::int64_t m_session = 0;
    std::int64_t m_handle = 0;
};

} // namespace cd::server
