#include "loginlimiter.h"

#include <arpa/inet.h>

#include <algorithm>

namespace cd::server {

namespace {

enum Outcome { kAbandoned, kSucceeded, kFailed };

// A lockout doubles at most this many times (16 times the first).
constexpr int kMaxDoublings = 4;
// Entries are swept when there are more than this many, at most once a minute.
constexpr std::size_t kSweepAbove = 1024;

} // namespace

LoginLimiter::Attempt::Attempt(LoginLimiter* limiter, std::string pairKey, std::string addressKey,
                               std::int64_t retryAfter)
    : m_limiter(limiter), m_pairKey(std::move(pairKey)), m_addressKey(std::move(addressKey)),
      m_retryAfter(retryAfter), m_open(retryAfter == 0)
{
}

LoginLimiter::Attempt::Attempt(Attempt&& other) noexcept
    : m_limiter(other.m_limiter), m_pairKey(std::move(other.m_pairKey)),
      m_addressKey(std::move(other.m_addressKey)), m_retryAfter(other.m_retryAfter),
      m_open(other.m_open)
{
    other.m_open = false;
}

LoginLimiter::Attempt::~Attempt()
{
    if (m_open)
        m_limiter->end(m_pairKey, m_addressKey, kAbandoned, nullptr);
}

void LoginLimiter::Attempt::succeeded()
{
    if (m_open)
        m_limiter->end(m_pairKey, m_addressKey, kSucceeded, nullptr);
    m_open = false;
}

LoginLimiter::Lockout LoginLimiter::Attempt::failed()
{
    Lockout lockout;
    if (m_open)
        m_limiter->end(m_pairKey, m_addressKey, kFailed, &lockout);
    m_open = false;
    return lockout;
}

std::string LoginLimiter::addressKey(const std::string& address)
{
    // One IPv6 host usually has a whole /64 to pick addresses from.
    unsigned char v6[16];
    if (address.find(':') == std::string::npos || inet_pton(AF_INET6, address.c_str(), v6) != 1)
        return address;
    std::fill(v6 + 8, v6 + 16, 0);
    char text[INET6_ADDRSTRLEN];
    if (!inet_ntop(AF_INET6, v6, text, sizeof text))
        return address;
    return std::string(text) + "/64";
}

LoginLimiter::Attempt LoginLimiter::begin(const std::string& user, const std::string& address)
{
    const std::string addr = addressKey(address);
    std::string addressKey = "a\n" + addr;
    // Longer names are refused anyway (64 characters at most); they need not fill memory.
    std::string pairKey = "u\n" + addr + "\n" + user.substr(0, 128);
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    sweep(now);
    std::int64_t wait = 0;
    auto check = [&](const std::string& key, int limit) {
        auto it = m_entries.find(key);
        if (it == m_entries.end())
            return;
        if (prune(it->second, now)) {
            m_entries.erase(it);
            return;
        }
        wait = std::max(wait, secondsLeft(it->second, now));
        // Attempts running now could fill the limit: this one waits for their outcome.
        if (wait == 0 && std::int64_t(it->second.failures.size()) + it->second.pending >= limit)
            wait = 1;
    };
    check(pairKey, m_limits.maxFailures);
    check(addressKey, m_limits.maxFailuresPerAddress);
    if (wait == 0) {
        ++m_entries[pairKey].pending;
        ++m_entries[addressKey].pending;
    }
    return Attempt(this, std::move(pairKey), std::move(addressKey), wait);
}

void LoginLimiter::end(const std::string& pairKey, const std::string& addressKey, int outcome,
                       Lockout* lockout)
{
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    Entry& pair = m_entries[pairKey];
    Entry& address = m_entries[addressKey];
    pair.pending = std::max(0, pair.pending - 1);
    address.pending = std::max(0, address.pending - 1);
    if (outcome == kSucceeded) {
        // The user's own count starts over; the address keeps its count, or one good account
        // would reset the guessing at others.
        m_entries.erase(pairKey);
        return;
    }
    if (outcome != kFailed)
        return;
    pair.failures.push_back(now);
    address.failures.push_back(now);
    prune(pair, now);
    prune(address, now);
    lockIfFull(pair, m_limits.maxFailures, now, lockout, false);
    lockIfFull(address, m_limits.maxFailuresPerAddress, now, lockout, true);
}

bool LoginLimiter::prune(Entry& e, TimePoint now) const
{
    const auto window = std::chrono::seconds(m_limits.windowSeconds);
    while (!e.failures.empty() && e.failures.front() + window <= now)
        e.failures.pop_front();
    // A key is forgotten (and its backoff with it) a window after its last lockout ended.
    return e.pending == 0 && e.failures.empty() && e.lockedUntil + window <= now;
}

std::int64_t LoginLimiter::secondsLeft(const Entry& e, TimePoint now) const
{
    if (e.lockedUntil <= now)
        return 0;
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(e.lockedUntil - now).count();
    return (ms + 999) / 1000;
}

bool LoginLimiter::lockIfFull(Entry& e, int limit, TimePoint now, Lockout* lockout,
                              bool wholeAddress)
{
    if (std::int64_t(e.failures.size()) < limit)
        return false;
    const std::int64_t seconds = m_limits.lockoutSeconds << std::min(e.lockouts, kMaxDoublings);
    e.lockedUntil = now + std::chrono::seconds(seconds);
    ++e.lockouts;
    e.failures.clear();
    if (lockout && seconds > lockout->seconds) {
        lockout->seconds = seconds;
        lockout->wholeAddress = wholeAddress;
    }
    return true;
}

void LoginLimiter::sweep(TimePoint now)
{
    if (m_entries.size() <= kSweepAbove || now - m_lastSweep < std::chrono::minutes(1))
        return;
    m_lastSweep = now;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (prune(it->second, now))
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace cd::server
