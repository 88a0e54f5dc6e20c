// courtdesk-server: the court's sync server (docs/sync-protocol.md, docs/server-deployment.md).

#include "clock.h"
#include "config.h"
#include "crypto.h"
#include "db.h"
#include "hearings.h"
#include "httpapi.h"
#include "service.h"

#include <httplib.h>

#include <pthread.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

using namespace cd::server;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

const char* const kUsage =
    "usage:\n"
    "  courtdesk-server --data DIR [--listen HOST:PORT] [--db URL] [--cert FILE --key FILE]\n"
    "                   [--token-ttl SECONDS] [--hearing-token-ttl SECONDS] [--threads N]\n"
    "                   [--config FILE]\n"
    "                   [--janus-env FILE | --janus-url URL --janus-admin-key-file FILE\n"
    "                    --janus-rec-dir DIR] [--janus-public-url URL] [--public-url URL]\n"
    "  courtdesk-server --data DIR [--db URL] user add --court CODE\n"
    "                   --role judge|assistant|clerk|court_admin --name NAME --password-file FILE\n"
    "  courtdesk-server --data DIR [--db URL] audit verify\n";

int usage(const std::string& message)
{
    if (!message.empty())
        std::cerr << "courtdesk-server: " << message << "\n";
    std::cerr << kUsage;
    return kExitUsage;
}

bool makeDirs(const std::string& dir)
{
    std::string partial;
    for (std::size_t i = 0; i <= dir.size(); ++i) {
        if (i == dir.size() || dir[i] == '/') {
            partial = dir.substr(0, i);
            if (!partial.empty() && mkdir(partial.c_str(), 0700) != 0 && errno != EEXIST)
                return false;
        }
    }
    return true;
}

int serve(const Config& config, Pool& pool)
{
    HostPort hp;
    if (!parseHostPort(config.listen, hp))
        return usage("--listen must be HOST:PORT (IPv6 as [ADDR]:PORT)");
    const bool tls = !config.certFile.empty() || !config.keyFile.empty();
    if (tls && (config.certFile.empty() || config.keyFile.empty()))
        return usage("--cert and --key go together");
    if (!tls && !isLoopback(hp.host)) {
        std::cerr << "courtdesk-server: refusing to listen on " << hp.host
                  << " without TLS: plain HTTP is only allowed on loopback. Give --cert and "
                     "--key (the court's certificate), or listen on 127.0.0.1.\n";
        return kExitUsage;
    }

    std::unique_ptr<httplib::Server> server;
    if (tls) {
        auto ssl =
            std::make_unique<httplib::SSLServer>(config.certFile.c_str(), config.keyFile.c_str());
        if (!ssl->is_valid()) {
            std::cerr << "courtdesk-server: cannot load the certificate " << config.certFile
                      << " or key " << config.keyFile << "\n";
            return kExitFailure;
        }
        server = std::move(ssl);
    } else {
        server = std::make_unique<httplib::Server>();
    }

    ServiceOptions options;
    options.tokenTtlSeconds = config.tokenTtlSeconds;
    options.maxBlobBytes = config.maxBlobBytes;
    options.loginLimits.maxFailures = config.loginMaxFailures;
    options.loginLimits.maxFailuresPerAddress = config.loginMaxFailuresPerAddress;
    options.loginLimits.windowSeconds = config.loginWindowSeconds;
    options.loginLimits.lockoutSeconds = config.loginLockoutSeconds;
    Service service(pool, options);
    HearingService hearings(pool, {config.janusUrl, config.janusAdminKey, config.janusRecDir,
                                   config.janusPublicUrl, config.publicUrl,
                                   config.hearingTokenTtlSeconds});
    HttpApi api(*server, service, &hearings, config.trustedProxies);
    const int threads = config.threads;
    server->new_task_queue = [threads] { return new httplib::ThreadPool(std::size_t(threads)); };
    // Our handlers cap bodies after decompression; this only stops absurd declared lengths.
    server->set_payload_max_length(4 * 1024 * 1024);
    server->set_read_timeout(30, 0);
    server->set_write_timeout(60, 0);
    server->set_keep_alive_timeout(10);

    int port = hp.port;
    if (port == 0) {
        port = server->bind_to_any_port(hp.host);
        if (port < 0) {
            std::cerr << "courtdesk-server: cannot listen on " << hp.host << "\n";
            return kExitFailure;
        }
    } else if (!server->bind_to_port(hp.host, port)) {
        std::cerr << "courtdesk-server: cannot listen on " << config.listen << ": "
                  << std::strerror(errno) << "\n";
        return kExitFailure;
    }

    // SIGTERM and SIGINT are blocked in every thread and taken here, to stop cleanly.
    httplib::Server* raw = server.get();
    std::thread signals([raw] {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGTERM);
        sigaddset(&set, SIGINT);
        int sig = 0;
        sigwait(&set, &sig);
        std::cerr << "courtdesk-server: signal " << sig << ", stopping\n";
        raw->stop();
    });
    signals.detach();

    const std::string shownHost =
        hp.host.find(':') != std::string::npos ? "[" + hp.host + "]" : hp.host;
    std::cout << "listening on " << shownHost << ":" << port << std::endl;
    std::cerr << "courtdesk-server: " << (tls ? "https" : "http") << " on " << shownHost << ":"
              << port << ", database "
              << (config.databaseUrl.empty() ? "sqlite " + config.dataDir + "/server.db"
                                             : std::string("postgresql"))
              << ", internet hearings "
              << (config.janusUrl.empty() ? std::string("off (no janus_url)")
                                          : "via " + config.janusUrl)
              << "\n";
    server->listen_after_bind();
    std::cerr << "courtdesk-server: stopped\n";
    return kExitOk;
}

int userAdd(const std::vector<std::string>& args, Pool& pool)
{
    std::string court, role, name, passwordFile;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (i + 1 >= args.size())
            return usage("missing value for " + a);
        const std::string& v = args[++i];
        if (a == "--court")
            court = v;
        else if (a == "--role")
            role = v;
        else if (a == "--name")
            name = v;
        else if (a == "--password-file")
            passwordFile = v;
        else
            return usage("unknown option " + a);
    }
    if (court.empty() || role.empty() || name.empty() || passwordFile.empty())
        return usage("user add needs --court, --role, --name and --password-file");
    std::ifstream in(passwordFile, std::ios::binary);
    if (!in) {
        std::cerr << "courtdesk-server: cannot read " << passwordFile << "\n";
        return kExitFailure;
    }
    std::string password;
    std::getline(in, password);
    while (!password.empty() && (password.back() == '\r' || password.back() == '\n'))
        password.pop_back();
    Service service(pool, {});
    Reply r = service.addUser("cli", court, name, role, password);
    if (r.status >= 300) {
        std::cerr << "courtdesk-server: " << r.body["error"]["message"].get<std::string>() << "\n";
        return kExitFailure;
    }
    std::cout << "created " << name << " (" << role << ") in court " << court << "\n";
    return kExitOk;
}

int auditVerify(Pool& pool)
{
    Service service(pool, {});
    AuditVerdict v = service.verifyAudit(std::nullopt);
    if (v.ok) {
        std::cout << "audit ok: " << v.rows << " rows\n";
        return kExitOk;
    }
    std::cout << "audit FAILED at row " << v.firstBad << " (court '" << v.court
              << "'): " << v.reason << "\n";
    return kExitFailure;
}

} // namespace

int main(int argc, char** argv)
{
    // No core dumps of a process holding case data.
    struct rlimit nocore = {0, 0};
    setrlimit(RLIMIT_CORE, &nocore);
    prctl(PR_SET_DUMPABLE, 0);
    umask(077);
    signal(SIGPIPE, SIG_IGN);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);

    if (!initCrypto()) {
        std::cerr << "courtdesk-server: libsodium failed to initialise\n";
        return kExitFailure;
    }

    // Tests only (tests/server): the server's time from a file the test rewrites.
    std::unique_ptr<FileClock> fileClock;
    if (const char* clockFile = std::getenv("COURTDESK_SERVER_CLOCK_FILE");
        clockFile && *clockFile) {
        fileClock = std::make_unique<FileClock>(clockFile);
        if (!fileClock->readable()) {
            std::cerr << "courtdesk-server: COURTDESK_SERVER_CLOCK_FILE " << clockFile
                      << " holds no time (epoch seconds)\n";
            return kExitUsage;
        }
        Clock::setInstance(fileClock.get());
        std::cerr << "courtdesk-server: TEST CLOCK: the time is read from " << clockFile
                  << " (COURTDESK_SERVER_CLOCK_FILE), not the system clock\n";
    }

    Config config;
    std::string configFile;
    std::map<std::string, std::string> cli;
    std::vector<std::string> command;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (!command.empty()) {
            command.push_back(a);
            continue;
        }
        if (a == "-h" || a == "--help") {
            std::cout << kUsage;
            return kExitOk;
        }
        if (a.rfind("--", 0) != 0) {
            command.push_back(a);
            continue;
        }
        static const std::vector<std::string> known = {"--data",
                                                       "--listen",
                                                       "--db",
                                                       "--cert",
                                                       "--key",
                                                       "--token-ttl",
                                                       "--hearing-token-ttl",
                                                       "--config",
                                                       "--threads",
                                                       "--janus-url",
                                                       "--janus-admin-key-file",
                                                       "--janus-rec-dir",
                                                       "--janus-public-url",
                                                       "--public-url",
                                                       "--janus-env"};
        if (std::find(known.begin(), known.end(), a) == known.end())
            return usage("unknown option " + a);
        if (i + 1 >= argc)
            return usage("missing value for " + a);
        cli[a] = argv[++i];
    }
    if (!cli.count("--data"))
        return usage("--data DIR is required");
    config.dataDir = cli["--data"];
    if (!makeDirs(config.dataDir)) {
        std::cerr << "courtdesk-server: cannot create " << config.dataDir << ": "
                  << std::strerror(errno) << "\n";
        return kExitFailure;
    }
    configFile = cli.count("--config") ? cli["--config"] : config.dataDir + "/server.conf";
    struct stat st;
    if (cli.count("--config") || stat(configFile.c_str(), &st) == 0) {
        std::string error;
        if (!readConfigFile(configFile, config, error)) {
            std::cerr << "courtdesk-server: " << error << "\n";
            return kExitUsage;
        }
    }
    if (cli.count("--listen"))
        config.listen = cli["--listen"];
    if (cli.count("--db"))
        config.databaseUrl = cli["--db"];
    if (cli.count("--cert"))
        config.certFile = cli["--cert"];
    if (cli.count("--key"))
        config.keyFile = cli["--key"];
    if (cli.count("--token-ttl")) {
        const std::string& v = cli["--token-ttl"];
        if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos ||
            std::stoll(v) < 1)
            return usage("--token-ttl must be a positive number of seconds");
        config.tokenTtlSeconds = std::stoll(v);
    }
    if (cli.count("--hearing-token-ttl")) {
        const std::string& v = cli["--hearing-token-ttl"];
        if (v.empty() || v.size() > 8 || v.find_first_not_of("0123456789") != std::string::npos ||
            std::stoll(v) < 1 || std::stoll(v) > 365 * 24 * 3600)
            return usage("--hearing-token-ttl must be 1..31536000 seconds");
        config.hearingTokenTtlSeconds = std::stoll(v);
    }
    if (cli.count("--threads")) {
        const std::string& v = cli["--threads"];
        if (v.empty() || v.size() > 3 || v.find_first_not_of("0123456789") != std::string::npos ||
            std::stoi(v) < 1)
            return usage("--threads must be 1..999");
        config.threads = std::stoi(v);
    }

    if (cli.count("--janus-env")) {
        std::string error;
        if (!readJanusEnv(cli["--janus-env"], config, error))
            return usage(error);
    }
    if (cli.count("--janus-url"))
        config.janusUrl = cli["--janus-url"];
    if (cli.count("--janus-admin-key-file")) {
        // A file, not a value: command lines are visible to every user (ps).
        std::string error;
        if (!readSecretFile(cli["--janus-admin-key-file"], config.janusAdminKey, error))
            return usage(error);
    }
    if (cli.count("--janus-rec-dir"))
        config.janusRecDir = cli["--janus-rec-dir"];
    if (cli.count("--janus-public-url"))
        config.janusPublicUrl = cli["--janus-public-url"];
    if (cli.count("--public-url"))
        config.publicUrl = cli["--public-url"];
    if (!config.janusUrl.empty() && (config.janusAdminKey.empty() || config.janusRecDir.empty()))
        return usage("janus_url needs janus_admin_key and janus_rec_dir too");
    if (!config.janusUrl.empty() && config.janusUrl.rfind("http://", 0) != 0 &&
        config.janusUrl.rfind("https://", 0) != 0)
        return usage("janus_url must start with http:// or https://");

    const bool serving = command.empty();
    if (!serving && !(command.size() >= 2 && command[0] == "user" && command[1] == "add") &&
        !(command.size() == 2 && command[0] == "audit" && command[1] == "verify"))
        return usage("unknown command");

    try {
        Pool pool(openBackend(config.dataDir, config.databaseUrl), std::size_t(config.threads));
        if (serving)
            return serve(config, pool);
        if (command[0] == "user")
            return userAdd(std::vector<std::string>(command.begin() + 2, command.end()), pool);
        return auditVerify(pool);
    } catch (const std::exception& e) {
        std::cerr << "courtdesk-server: " << e.what() << "\n";
        return kExitFailure;
    }
}
