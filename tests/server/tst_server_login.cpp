// The courtdesk-server suite (see tst_server.cpp), this file: failed-login limits. Each case
// starts its own server with a small configuration (a 2 s lockout rather than 15 min) and,
// behind a trusted proxy (127.0.0.1), names the client address in X-Forwarded-For.

#include "tst_server.h"

#include <QTemporaryDir>
#include <QtTest>

#include <thread>

namespace {

// Starts a server on the suite's database with `config` as its configuration file.
bool startWithConfig(ServerProcess& server, const QTemporaryDir& dir, const QByteArray& config,
                     QString* out)
{
    const QString path = dir.filePath(QStringLiteral("login.conf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(config) != config.size())
        return false;
    f.close();
    return server.start({QStringLiteral("--config"), path}, out);
}

Response loginFrom(Client& c, const std::string& user, const std::string& password,
                   const std::string& address)
{
    httplib::Headers headers;
    if (!address.empty())
        headers.emplace("X-Forwarded-For", address);
    return c.request("POST", std::string(path::kLogin), {},
                     json{{"user", user}, {"password", password}}.dump(), headers);
}

int retryAfter(const Response& r)
{
    auto it = r.headers.find("Retry-After");
    return it == r.headers.end() ? -1 : std::atoi(it->second.c_str());
}

} // namespace

void TestServer::loginLockout()
{
    QTemporaryDir dir;
    ServerProcess server(m_data, m_backend);
    QString out;
    QVERIFY2(startWithConfig(server, dir,
                             "login_max_failures = 3\nlogin_max_failures_per_address = 6\n"
                             "login_window = 60\nlogin_lockout = 2\n"
                             "trusted_proxies = ::1, 127.0.0.1\n",
                             &out),
             qPrintable(out));
    Client c(server.port());
    const std::string clerk = "clerk.a", judge = "judge.a";
    const std::string attacker = "10.1.1.1", desk = "10.2.2.2", sprayer = "10.3.3.3";
    auto count = [this](const std::string& where) {
        return std::stoll(dbsql("SELECT count(*) FROM audit WHERE " + where));
    };
    const auto failedBefore = count("action = 'login.failed'");
    const auto lockedBefore = count("action = 'login.locked'");

    // Three failures for one user name from one address lock that pair.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(loginFrom(c, clerk, "wrong", attacker).status, 401);
    Response locked = loginFrom(c, clerk, "wrong", attacker);
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.code(), std::string("too_many_requests"));
    const int wait = retryAfter(locked);
    QVERIFY2(wait >= 1 && wait <= 2, std::to_string(wait).c_str());
    QCOMPARE(locked.body["error"]["retry_after"].get<int>(), wait);
    QVERIFY(!locked.body["error"]["message"].get<std::string>().empty());
    // The right password does not get in while the lock holds.
    QCOMPARE(loginFrom(c, clerk, passwordOf(clerk), attacker).status, 429);
    // Other users from that address, and the same user from another address, are unaffected.
    QCOMPARE(loginFrom(c, judge, passwordOf(judge), attacker).status, 200);
    QCOMPARE(loginFrom(c, clerk, passwordOf(clerk), desk).status, 200);
    // The failures are audited as before (the refused attempts are not failures), and the
    // lockout once.
    QCOMPARE(count("action = 'login.failed'"), failedBefore + 3);
    QCOMPARE(count("action = 'login.locked'"), lockedBefore + 1);
    QCOMPARE(count("action = 'login.locked' AND details LIKE '%10.1.1.1%' AND "
                   "details LIKE '%\"user\"%'"),
             1);

    // Guessing across user names from one address locks the address for every name.
    for (int i = 0; i < 6; ++i)
        QCOMPARE(loginFrom(c, "nobody" + std::to_string(i), "guess", sprayer).status, 401);
    Response sprayed = loginFrom(c, judge, passwordOf(judge), sprayer);
    QCOMPARE(sprayed.status, 429);
    QVERIFY(retryAfter(sprayed) >= 1);
    QCOMPARE(count("action = 'login.locked' AND details LIKE '%10.3.3.3%' AND "
                   "details LIKE '%\"address\"%'"),
             1);
    QCOMPARE(loginFrom(c, judge, passwordOf(judge), desk).status, 200);

    // After the lockout both come back.
    std::this_thread::sleep_for(std::chrono::milliseconds(
        1000 * std::max(retryAfter(sprayed), retryAfter(loginFrom(c, clerk, "x", attacker))) +
        300));
    QCOMPARE(loginFrom(c, clerk, passwordOf(clerk), attacker).status, 200);
    QCOMPARE(loginFrom(c, judge, passwordOf(judge), sprayer).status, 200);

    // A successful login starts the user's count over.
    const std::string office = "10.5.5.5";
    for (int i = 0; i < 2; ++i)
        QCOMPARE(loginFrom(c, clerk, "wrong", office).status, 401);
    QCOMPARE(loginFrom(c, clerk, passwordOf(clerk), office).status, 200);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(loginFrom(c, clerk, "wrong", office).status, 401);
    QCOMPARE(loginFrom(c, clerk, passwordOf(clerk), office).status, 200);

    // A second lockout soon after the first lasts twice as long.
    for (int i = 0; i < 6; ++i)
        QCOMPARE(loginFrom(c, "nobody" + std::to_string(i), "guess", sprayer).status, 401);
    const int second = retryAfter(loginFrom(c, judge, passwordOf(judge), sprayer));
    QVERIFY2(second >= 3 && second <= 4, std::to_string(second).c_str());
    server.stop();
}

void TestServer::loginLockoutIgnoresUntrustedForwarding()
{
    // Without trusted_proxies, X-Forwarded-For is the client's own claim: every attempt
    // counts for the peer address, whatever it names.
    QTemporaryDir dir;
    ServerProcess server(m_data, m_backend);
    QString out;
    QVERIFY2(startWithConfig(server, dir, "login_max_failures = 2\nlogin_lockout = 60\n", &out),
             qPrintable(out));
    Client c(server.port());
    QCOMPARE(loginFrom(c, "clerk.a", "wrong", "10.9.9.1").status, 401);
    QCOMPARE(loginFrom(c, "clerk.a", "wrong", "10.9.9.2").status, 401);
    Response r = loginFrom(c, "clerk.a", passwordOf("clerk.a"), "10.9.9.3");
    QCOMPARE(r.status, 429);
    QVERIFY(retryAfter(r) > 50);
    server.stop();

    // Bad limits in the configuration are refused.
    for (const char* bad : {"login_max_failures = 0\n", "login_window = soon\n",
                            "login_lockout = 86401\n", "trusted_proxies = nginx\n"}) {
        QFile f(dir.filePath(QStringLiteral("bad.conf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bad);
        f.close();
        QCOMPARE(runServerCli(m_data, m_backend, {"--config", f.fileName()}, &out), 2);
    }
}
