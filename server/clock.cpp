#include "clock.h"

#include <ctime>
#include <fstream>

namespace cd::server {

namespace {

SystemClock g_system;
std::atomic<Clock*> g_clock{&g_system};

} // namespace

Clock& Clock::instance()
{
    return *g_clock.load();
}

void Clock::setInstance(Clock* clock)
{
    g_clock.store(clock ? clock : &g_system);
}

std::int64_t SystemClock::now() const
{
    return std::int64_t(std::time(nullptr));
}

FileClock::FileClock(std::string path) : m_path(std::move(path))
{
    std::int64_t t = 0;
    if (read(t))
        m_last = t;
}

bool FileClock::readable() const
{
    std::int64_t t = 0;
    return read(t);
}

bool FileClock::read(std::int64_t& out) const
{
    std::ifstream in(m_path);
    long long t = 0;
    if (!(in >> t) || t <= 0)
        return false;
    out = t;
    return true;
}

std::int64_t FileClock::now() const
{
    std::int64_t t = 0;
    if (read(t))
        m_last = t;
    return m_last;
}

} // namespace cd::server
