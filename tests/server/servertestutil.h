#pragma once

// Helpers for the server suite: a courtdesk-server child process, an HTTP(S) client, the
// backend's command-line SQL client (sqlite3 or psql) and test data.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <QProcess>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <string>

namespace cdtest {

using nlohmann::json;

struct Backend
{
    bool postgres = false;
    std::string url; // --db for PostgreSQL, empty for SQLite
    static Backend fromEnvironment();
};

class ServerClock;

// A courtdesk-server process on 127.0.0.1 with a free port (or TLS with cert/key).
class ServerProcess
{
public:
    ServerProcess(QString dataDir, Backend backend);
    ~ServerProcess();
    // Starts and waits for "listening on HOST:PORT"; false (with the output) on failure.
    bool start(const QStringList& extraArgs = {}, QString* output = nullptr);
    // Runs the server with its time from `clock` (ServerClock below); call before start().
    void useClock(const ServerClock& clock);
    void stop();  // SIGTERM; waits
    void kill9(); // SIGKILL; waits
    bool running() const;
    int exitCode() const { return m_process.exitCode(); }
    int port() const { return m_port; }

private:
    QString m_dataDir;
    Backend m_backend;
    QProcess m_process;
    int m_port = 0;
};

// The time of a courtdesk-server started with COURTDESK_SERVER_CLOCK_FILE (server/clock.h):
// epoch seconds in a file the server reads at every call. Tests move it instead of sleeping.
class ServerClock
{
public:
    // The file goes into `dir`; the clock starts at `start`.
    ServerClock(const QString& dir, std::int64_t start);
    QString path() const { return m_path; }
    std::int64_t now() const { return m_now; }
    void set(std::int64_t epochSeconds); // replaces the file atomically (QSaveFile)
    void advance(std::int64_t seconds) { set(m_now + seconds); }

private:
    QString m_path;
    std::int64_t m_now = 0;
};

// ISO 8601 UTC as the server writes it: 2026-11-28T07:30:00Z.
std::string isoTime(std::int64_t epochSeconds);

// Runs courtdesk-server with arguments (after --data/--db) and returns the exit code.
int runServerCli(const QString& dataDir, const Backend& backend, const QStringList& args,
                 QString* output = nullptr);

struct Response
{
    int status = 0; // 0: no answer
    json body;      // parsed JSON body (null if not JSON)
    std::string raw;
    std::map<std::string, std::string> headers;
    std::string code() const; // body.error.code or ""
};

// An HTTP client for one server; a new connection per request.
class Client
{
public:
    explicit Client(int port) : m_port(port) {}
    Response request(const std::string& method, const std::string& path,
                     const std::string& token = {}, const std::string& body = {},
                     const httplib::Headers& extra = {},
                     const std::string& contentType = "application/json");
    Response get(const std::string& path, const std::string& token)
    {
        return request("GET", path, token);
    }
    Response post(const std::string& path, const std::string& token, const json& body)
    {
        return request("POST", path, token, body.dump());
    }
    std::string login(const std::string& user, const std::string& password);

private:
    int m_port;
};

// SQL through the backend's own command-line client (sqlite3 or psql), as the superuser;
// returns stdout, rows as "a|b" lines. `ok` tells whether the statement succeeded.
std::string sql(const QString& dataDir, const Backend& backend, const std::string& statement,
                bool* ok = nullptr);

std::string sha256Hex(const std::string& data);
std::string randomBytes(std::size_t n);
std::string gzip(const std::string& data);
std::string uniqueId(const std::string& prefix);

} // namespace cdtest
