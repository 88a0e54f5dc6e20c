#pragma once

// A small stand-in for the Janus HTTP API (VideoRoom only), so that the server suite can check
// the hearing endpoints on both backends without a media server: sessions and handles, rooms
// with secrets and `allowed` lists, participants the test puts in, and the requests the server
// sends (docs/hearings.md, "Janus requests"). The real Janus is tests/hearing's business.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace cdtest {

class FakeJanus
{
public:
    struct Room
    {
        std::string secret;
        bool record = false;
        std::string recDir;
        std::set<std::string> allowed;
        std::vector<nlohmann::json> participants; // {id, display}
    };

    explicit FakeJanus(std::string adminKey) : m_adminKey(std::move(adminKey))
    {
        m_server.Post(R"(/janus(/(\d+))?(/(\d+))?)",
                      [this](const httplib::Request& req, httplib::Response& res) {
                          std::lock_guard<std::mutex> lock(m_mutex);
                          res.set_content(answer(req).dump(), "application/json");
                      });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
    }
    ~FakeJanus()
    {
        m_server.stop();
        if (m_thread.joinable())
            m_thread.join();
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port) + "/janus"; }

    // Forgets every session, as Janus does after session_timeout (the next call gets 458).
    void dropSessions()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_sessions.clear();
    }
    std::map<std::int64_t, Room> rooms()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_rooms;
    }
    void addParticipant(std::int64_t room, std::int64_t id, const std::string& display)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_rooms[room].participants.push_back({{"id", id}, {"display", display}});
    }
    std::vector<nlohmann::json> requests()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_requests;
    }

private:
    static nlohmann::json pluginError(int code, const std::string& text)
    {
        return {{"janus", "success"},
                {"plugindata",
                 {{"plugin", "janus.plugin.videoroom"},
                  {"data", {{"videoroom", "event"}, {"error_code", code}, {"error", text}}}}}};
    }
    static nlohmann::json ok(nlohmann::json data)
    {
        return {{"janus", "success"},
                {"plugindata", {{"plugin", "janus.plugin.videoroom"}, {"data", std::move(data)}}}};
    }

    nlohmann::json answer(const httplib::Request& req)
    {
        using nlohmann::json;
        json body = json::parse(req.body, nullptr, false);
        const std::string janus = body.is_object() ? body.value("janus", "") : "";
        const std::string session = req.matches[2].str();
        const std::string handle = req.matches[4].str();
        if (session.empty() && janus == "create") {
            const std::int64_t id = ++m_next;
            m_sessions.insert(id);
            return {{"janus", "success"}, {"data", {{"id", id}}}};
        }
        if (!session.empty() && !m_sessions.count(std::stoll(session)))
            return {{"janus", "error"}, {"error", {{"code", 458}, {"reason", "No such session"}}}};
        if (handle.empty() && janus == "attach")
            return {{"janus", "success"}, {"data", {{"id", ++m_next}}}};
        if (handle.empty() && janus == "destroy") {
            m_sessions.erase(std::stoll(session));
            return {{"janus", "success"}};
        }
        if (handle.empty() || janus != "message")
            return {{"janus", "error"}, {"error", {{"code", 456}, {"reason", "bad request"}}}};
        const json& b = body["body"];
        m_requests.push_back(b);
        const std::string request = b.value("request", "");
        const std::int64_t roomId = b.value("room", std::int64_t(0));
        auto it = m_rooms.find(roomId);
        if (request == "create") {
            if (b.value("admin_key", "") != m_adminKey)
                return pluginError(403, "Unauthorized (wrong admin_key)");
            if (it != m_rooms.end())
                return pluginError(427, "Room already exists");
            Room r;
            r.secret = b.value("secret", "");
            r.record = b.value("record", false);
            r.recDir = b.value("rec_dir", "");
            for (const json& t : b.value("allowed", json::array()))
                r.allowed.insert(t.get<std::string>());
            m_rooms[roomId] = r;
            return ok({{"videoroom", "created"}, {"room", roomId}});
        }
        if (it == m_rooms.end())
            return pluginError(426, "No such room");
        Room& room = it->second;
        if (request == "listparticipants")
            return ok({{"videoroom", "participants"},
                       {"room", roomId},
                       {"participants", room.participants}});
        if (b.value("secret", "") != room.secret)
            return pluginError(433, "Unauthorized (wrong secret)");
        if (request == "allowed") {
            for (const json& t : b.value("allowed", json::array())) {
                if (b.value("action", "") == "add")
                    room.allowed.insert(t.get<std::string>());
                else
                    room.allowed.erase(t.get<std::string>());
            }
            return ok({{"videoroom", "success"}, {"room", roomId}});
        }
        if (request == "moderate" || request == "kick") {
            const std::int64_t id = b.value("id", std::int64_t(0));
            auto p = std::find_if(room.participants.begin(), room.participants.end(),
                                  [id](const json& j) { return j["id"] == id; });
            if (p == room.participants.end())
                return pluginError(428, "No such user");
            if (request == "kick")
                room.participants.erase(p);
            return ok({{"videoroom", "success"}});
        }
        if (request == "destroy") {
            m_rooms.erase(it);
            return ok({{"videoroom", "destroyed"}, {"room", roomId}});
        }
        return pluginError(422, "unknown request");
    }

    std::string m_adminKey;
    httplib::Server m_server;
    std::thread m_thread;
    int m_port = 0;
    std::mutex m_mutex;
    std::int64_t m_next = 1000;
    std::set<std::int64_t> m_sessions;
    std::map<std::int64_t, Room> m_rooms;
    std::vector<nlohmann::json> m_requests;
};

} // namespace cdtest
