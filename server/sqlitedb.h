#pragma once

#include "db.h"

struct sqlite3;

namespace cd::server {

// The embedded backend: DIR/server.db in WAL mode with synchronous=FULL. Writers are
// serialised by BEGIN IMMEDIATE; there is no row-level security (every query filters by court).
class SqliteDb : public Db
{
public:
    explicit SqliteDb(const std::string& path);
    ~SqliteDb() override;

    static void setUpSchema(const std::string& path);

    std::string backendName() const override { return "sqlite"; }
    void begin(TxMode mode, const std::string& court) override;
    void commit() override;
    void rollback() noexcept override;
    bool inTransaction() const override { return m_inTx; }
    ExecResult exec(std::string_view sql, const std::vector<Value>& params = {}) override;
    void lock(const std::string&) override {}
    const char* forUpdate() const override { return ""; }
    bool healthy() const override { return m_db != nullptr; }

private:
    sqlite3* m_db = nullptr;
    bool m_inTx = false;
};

} // namespace cd::server
