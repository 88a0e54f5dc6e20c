#pragma once

// courtdesk-server settings: DIR/server.conf (or --config FILE), then the command line.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace cd::server {

struct Config
{
    std::string dataDir;
    std::string listen = "127.0.0.1:8443";
    std::string databaseUrl; // empty: SQLite in dataDir
    std::string certFile;
    std::string keyFile;
    std::int64_t tokenTtlSeconds = 12 * 3600;
    // How long a hearing party's token (its invitation link) is good for after the hearing's
    // booked end (after the invitation when that is later or there is no booked end).
    std::int64_t hearingTokenTtlSeconds = 12 * 3600;
    int threads = 8;
    std::int64_t maxBlobBytes = std::int64_t(4) << 30;
    // Internet hearings (docs/hearings.md). Empty janusUrl: hearing endpoints answer 503.
    std::string janusUrl;       // the Janus HTTP API as the server reaches it (…/janus)
    std::string janusAdminKey;  // the VideoRoom admin_key: a secret, never logged
    std::string janusRecDir;    // rec_dir of hearing rooms, as Janus sees it
    std::string janusPublicUrl; // the Janus API as browsers reach it (default: janusUrl)
    std::string publicUrl;      // this server as browsers reach it (default: from Host)
    // Failed logins (docs/server-deployment.md): limits per user name and client address and
    // per address, the window they count in and the first lockout.
    int loginMaxFailures = 5;
    int loginMaxFailuresPerAddress = 30;
    std::int64_t loginWindowSeconds = 15 * 60;
    std::int64_t loginLockoutSeconds = 15 * 60;
    // Addresses of reverse proxies (nginx) whose X-Forwarded-For names the client.
    std::vector<std::string> trustedProxies;
};

// Reads "key = value" lines (# comments, blank lines). Keys: listen, database_url, cert, key,
// token_ttl, hearing_token_ttl, threads, max_blob_bytes, janus_url, janus_admin_key,
// janus_rec_dir, janus_public_url, janus_env, public_url, login_max_failures,
// login_max_failures_per_address, login_window, login_lockout, trusted_proxies (comma-separated
// IP addresses). Returns false with `error` set on a bad line or key.
bool readConfigFile(const std::string& path, Config& config, std::string& error);

// Reads courtdesk-janus's secrets.env (JANUS_URL, JANUS_ADMIN_KEY, JANUS_REC_DIR; other lines
// are ignored). Returns false with `error` set when it cannot be read or lacks a value.
bool readJanusEnv(const std::string& path, Config& config, std::string& error);

// A file's first line, without the line break (for --janus-admin-key-file).
bool readSecretFile(const std::string& path, std::string& out, std::string& error);

struct HostPort
{
    std::string host; // without brackets
    int port = 0;
};
bool parseHostPort(const std::string& s, HostPort& out);
// 127.0.0.0/8, ::1 and "localhost".
bool isLoopback(const std::string& host);

} // namespace cd::server
