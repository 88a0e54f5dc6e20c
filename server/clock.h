#pragma once

// Time comes through a Clock so tests can set it: login tokens, party links, audit rows and
// the request log all read epochNow() (audit.h), which asks Clock::instance().

#include <atomic>
#include <cstdint>
#include <string>

namespace cd::server {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::int64_t now() const = 0; // seconds since the epoch, UTC

    // The process-wide clock; the system clock unless replaced.
    static Clock& instance();
    // Replaces the process-wide clock (set it before serving); nullptr restores the system
    // clock. The caller keeps ownership.
    static void setInstance(Clock* clock);
};

class SystemClock : public Clock
{
public:
    std::int64_t now() const override;
};

// For the server suite, which runs courtdesk-server as a child process and cannot reach into
// it: the time is the number of epoch seconds in a file, read at every call, so a test moves
// the server's time by rewriting the file instead of sleeping. main() installs it when the
// environment names a file in COURTDESK_SERVER_CLOCK_FILE (and says so on stderr).
class FileClock : public Clock
{
public:
    explicit FileClock(std::string path);
    // Whether the file holds a time now.
    bool readable() const;
    // The file's time; the last good one while the file is being rewritten or unreadable.
    std::int64_t now() const override;

private:
    bool read(std::int64_t& out) const;

    std::string m_path;
    mutable std::atomic<std::int64_t> m_last{0};
};

} // namespace cd::server
