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
    int threads = 8;
    std::int64_t maxBlobBytes = std::int64_t(4) << 30;
};

// Reads "key = value" lines (# comments, blank lines). Keys: listen, database_url, cert, key,
// token_ttl, threads, max_blob_bytes. Returns false with `error` set on a bad line or key.
bool readConfigFile(const std::string& path, Config& config, std::string& error);

struct HostPort
{
    std::string host; // without brackets
    int port = 0;
};
bool parseHostPort(const std::string& s, HostPort& out);
// 127.0.0.0/8, ::1 and "localhost".
bool isLoopback(const std::string& host);

} // namespace cd::server
