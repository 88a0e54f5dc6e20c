#include "config.h"

#include <arpa/inet.h>

#include <fstream>

namespace cd::server {

namespace {

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

bool parseInt(const std::string& s, std::int64_t min, std::int64_t max, std::int64_t& out)
{
    if (s.empty() || s.size() > 18)
        return false;
    std::int64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    if (v < min || v > max)
        return false;
    out = v;
    return true;
}

} // namespace

bool readConfigFile(const std::string& path, Config& config, std::string& error)
{
    std::ifstream in(path);
    if (!in) {
        error = "cannot read " + path;
        return false;
    }
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        line = trim(line);
        if (line.empty() || line[0] == '#')
            continue;
        const auto eq = line.find('=');
        const std::string where = path + ":" + std::to_string(number) + ": ";
        if (eq == std::string::npos) {
            error = where + "expected key = value";
            return false;
        }
        const std::string key = trim(line.substr(0, eq));
        const std::string value = trim(line.substr(eq + 1));
        std::int64_t n = 0;
        if (key == "listen") {
            config.listen = value;
        } else if (key == "database_url") {
            config.databaseUrl = value;
        } else if (key == "cert") {
            config.certFile = value;
        } else if (key == "key") {
            config.keyFile = value;
        } else if (key == "token_ttl") {
            if (!parseInt(value, 1, 365 * 24 * 3600, n)) {
                error = where + "token_ttl must be 1..31536000 seconds";
                return false;
            }
            config.tokenTtlSeconds = n;
        } else if (key == "hearing_token_ttl") {
            if (!parseInt(value, 1, 365 * 24 * 3600, n)) {
                error = where + "hearing_token_ttl must be 1..31536000 seconds";
                return false;
            }
            config.hearingTokenTtlSeconds = n;
        } else if (key == "threads") {
            if (!parseInt(value, 1, 256, n)) {
                error = where + "threads must be 1..256";
                return false;
            }
            config.threads = int(n);
        } else if (key == "max_blob_bytes") {
            if (!parseInt(value, 1, std::int64_t(1) << 40, n)) {
                error = where + "max_blob_bytes must be a positive integer";
                return false;
            }
            config.maxBlobBytes = n;
        } else if (key == "login_max_failures") {
            if (!parseInt(value, 1, 1000, n)) {
                error = where + "login_max_failures must be 1..1000";
                return false;
            }
            config.loginMaxFailures = int(n);
        } else if (key == "login_max_failures_per_address") {
            if (!parseInt(value, 1, 100000, n)) {
                error = where + "login_max_failures_per_address must be 1..100000";
                return false;
            }
            config.loginMaxFailuresPerAddress = int(n);
        } else if (key == "login_window") {
            if (!parseInt(value, 1, 24 * 3600, n)) {
                error = where + "login_window must be 1..86400 seconds";
                return false;
            }
            config.loginWindowSeconds = n;
        } else if (key == "login_lockout") {
            if (!parseInt(value, 1, 24 * 3600, n)) {
                error = where + "login_lockout must be 1..86400 seconds";
                return false;
            }
            config.loginLockoutSeconds = n;
        } else if (key == "trusted_proxies") {
            config.trustedProxies.clear();
            std::size_t start = 0;
            while (start <= value.size()) {
                std::size_t comma = value.find(',', start);
                if (comma == std::string::npos)
                    comma = value.size();
                const std::string address = trim(value.substr(start, comma - start));
                unsigned char buf[16];
                if (inet_pton(AF_INET, address.c_str(), buf) != 1 &&
                    inet_pton(AF_INET6, address.c_str(), buf) != 1) {
                    error = where + "trusted_proxies must list IP addresses, separated by commas";
                    return false;
                }
                config.trustedProxies.push_back(address);
                start = comma + 1;
            }
        } else if (key == "janus_url") {
            config.janusUrl = value;
        } else if (key == "janus_admin_key") {
            config.janusAdminKey = value;
        } else if (key == "janus_rec_dir") {
            config.janusRecDir = value;
        } else if (key == "janus_public_url") {
            config.janusPublicUrl = value;
        } else if (key == "public_url") {
            config.publicUrl = value;
        } else if (key == "janus_env") {
            if (!readJanusEnv(value, config, error)) {
                error = where + error;
                return false;
            }
        } else {
            error = where + "unknown key '" + key + "'";
            return false;
        }
    }
    return true;
}

bool readJanusEnv(const std::string& path, Config& config, std::string& error)
{
    std::ifstream in(path);
    if (!in) {
        error = "cannot read " + path;
        return false;
    }
    std::string line, url, key, rec;
    while (std::getline(in, line)) {
        line = trim(line);
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        std::string name = line.substr(0, eq);
        std::string value = line.substr(eq + 1);
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
            value.back() == value.front())
            value = value.substr(1, value.size() - 2);
        if (name == "JANUS_URL")
            url = value;
        else if (name == "JANUS_ADMIN_KEY")
            key = value;
        else if (name == "JANUS_REC_DIR")
            rec = value;
    }
    if (url.empty() || key.empty() || rec.empty()) {
        error = path + " lacks JANUS_URL, JANUS_ADMIN_KEY or JANUS_REC_DIR";
        return false;
    }
    config.janusUrl = url;
    config.janusAdminKey = key;
    config.janusRecDir = rec;
    return true;
}

bool readSecretFile(const std::string& path, std::string& out, std::string& error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read " + path;
        return false;
    }
    std::getline(in, out);
    out = trim(out);
    if (out.empty()) {
        error = path + " is empty";
        return false;
    }
    return true;
}

bool parseHostPort(const std::string& s, HostPort& out)
{
    std::string host;
    std::string port;
    if (!s.empty() && s[0] == '[') {
        const auto close = s.find(']');
        if (close == std::string::npos || close + 1 >= s.size() || s[close + 1] != ':')
            return false;
        host = s.substr(1, close - 1);
        port = s.substr(close + 2);
    } else {
        const auto colon = s.rfind(':');
        if (colon == std::string::npos)
            return false;
        host = s.substr(0, colon);
        port = s.substr(colon + 1);
        if (host.find(':') != std::string::npos)
            return false; // IPv6 needs brackets
    }
    std::int64_t p = 0;
    if (host.empty() || !parseInt(port, 0, 65535, p))
        return false;
    out.host = host;
    out.port = int(p);
    return true;
}

bool isLoopback(const std::string& host)
{
    if (host == "localhost" || host == "::1")
        return true;
    // 127.a.b.c with decimal parts.
    if (host.rfind("127.", 0) != 0)
        return false;
    int dots = 0;
    for (char c : host) {
        if (c == '.')
            ++dots;
        else if (c < '0' || c > '9')
            return false;
    }
    return dots == 3;
}

} // namespace cd::server
