#include "db.h"

#include "pgdb.h"
#include "sqlitedb.h"

namespace cd::server {

bool Row::isNull(std::size_t i) const
{
    return std::holds_alternative<std::monostate>(m_values.at(i));
}

std::int64_t Row::i(std::size_t i) const
{
    const Value& v = m_values.at(i);
    if (auto p = std::get_if<std::int64_t>(&v))
        return *p;
    if (auto s = std::get_if<std::string>(&v))
        return s->empty() ? 0 : std::stoll(*s);
    return 0;
}

std::string Row::s(std::size_t i) const
{
    const Value& v = m_values.at(i);
    if (auto p = std::get_if<std::string>(&v))
        return *p;
    if (auto b = std::get_if<Blob>(&v))
        return b->bytes;
    if (auto n = std::get_if<std::int64_t>(&v))
        return std::to_string(*n);
    return {};
}

Pool::Lease::~Lease()
{
    if (m_db && m_pool)
        m_pool->release(std::move(m_db));
}

Pool::Lease Pool::acquire()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_idle.empty()) {
            auto db = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(this, std::move(db));
        }
    }
    return Lease(this, m_factory());
}

void Pool::release(std::unique_ptr<Db> db)
{
    if (db->inTransaction())
        db->rollback();
    if (!db->healthy())
        return;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_idle.size() < m_maxIdle)
        m_idle.push_back(std::move(db));
}

Pool::Factory openBackend(const std::string& dataDir, const std::string& databaseUrl)
{
    if (databaseUrl.rfind("postgresql://", 0) == 0 || databaseUrl.rfind("postgres://", 0) == 0) {
        PgDb::setUpSchema(databaseUrl);
        return [databaseUrl] { return std::unique_ptr<Db>(new PgDb(databaseUrl)); };
    }
    if (!databaseUrl.empty())
        throw DbError("database_url must start with postgresql:// (or be empty for SQLite)");
    const std::string path = dataDir + "/server.db";
    SqliteDb::setUpSchema(path);
    return [path] { return std::unique_ptr<Db>(new SqliteDb(path)); };
}

} // namespace cd::server
