#pragma once

// Login throttling (docs/server-deployment.md, "Failed logins"): after too many failed logins
// for one user name from one client address, or from one address whatever the names, within a
// window, further logins are refused until a lockout has passed. A lockout that follows soon
// after another of the same key lasts twice as long (up to 16 times the first). Kept in memory,
// per server process; time is the monotonic clock, so a clock change neither frees nor locks
// anyone.

#include <chrono>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace cd::server {

struct LoginLimits
{
    int maxFailures = 5;            // per user name and client address, within the window
    int maxFailuresPerAddress = 30; // per client address, any user names, within the window
    std::int64_t windowSeconds = 15 * 60;
    std::int64_t lockoutSeconds = 15 * 60; // the first lockout of a key
};

class LoginLimiter
{
public:
    explicit LoginLimiter(LoginLimits limits) : m_limits(limits) {}

    // What a finished attempt started: a lockout of `seconds` (0: none), and which key.
    struct Lockout
    {
        std::int64_t seconds = 0;
        bool wholeAddress = false; // the address for every user name, not one user's
    };

    // One login attempt. While it runs it counts against both keys as if it failed, so
    // parallel attempts cannot pass the limit; call succeeded() or failed(), or the attempt is
    // dropped uncounted when it goes out of scope (an error before the password was checked).
    class Attempt
    {
    public:
        Attempt(Attempt&& other) noexcept;
        Attempt& operator=(Attempt&&) = delete;
        ~Attempt();
        // Seconds until the server takes a login for this user name from this address again;
        // 0: go ahead and check the password.
        std::int64_t retryAfter() const { return m_retryAfter; }
        void succeeded();
        Lockout failed();

    private:
        friend class LoginLimiter;
        Attempt(LoginLimiter* limiter, std::string pairKey, std::string addressKey,
                std::int64_t retryAfter);
        LoginLimiter* m_limiter;
        std::string m_pairKey, m_addressKey;
        std::int64_t m_retryAfter;
        bool m_open;
    };

    // `address`: the client's IP address (IPv6 counts by its /64 network).
    Attempt begin(const std::string& user, const std::string& address);

    // The key an address counts under: itself, or for IPv6 its /64 network.
    static std::string addressKey(const std::string& address);

private:
    using TimePoint = std::chrono::steady_clock::time_point;
    struct Entry
    {
        std::deque<TimePoint> failures; // within the window, oldest first
        TimePoint lockedUntil{};
        int lockouts = 0; // consecutive lockouts: each doubles the next
        int pending = 0;  // attempts checking a password right now
    };

    void end(const std::string& pairKey, const std::string& addressKey, int outcome,
             Lockout* lockout);
    // Drops failures older than the window; true when the entry holds nothing worth keeping.
    bool prune(Entry& e, TimePoint now) const;
    std::int64_t secondsLeft(const Entry& e, TimePoint now) const;
    bool lockIfFull(Entry& e, int limit, TimePoint now, Lockout* lockout, bool wholeAddress);
    void sweep(TimePoint now);

    const LoginLimits m_limits;
    std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries;
    TimePoint m_lastSweep{};
};

} // namespace cd::server
