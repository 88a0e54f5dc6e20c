#pragma once

#include "db.h"

struct pg_conn;

namespace cd::server {

// PostgreSQL 15 through libpq. Court-scoped transactions run as the NOLOGIN role courtdesk_app
// with courtdesk.court set, so the row-level security policies on records, changes, accepted,
// blob_courts and upload_chunks hide every other court's rows (a second wall behind the court
// filter of every query). Writers of one court are serialised by a transaction advisory lock.
class PgDb : public Db
{
public:
    explicit PgDb(const std::string& url);
    ~PgDb() override;

    static void setUpSchema(const std::string& url);

    std::string backendName() const override { return "postgresql"; }
    void begin(TxMode mode, const std::string& court) override;
    void commit() override;
    void rollback() noexcept override;
    bool inTransaction() const override { return m_inTx; }
    ExecResult exec(std::string_view sql, const std::vector<Value>& params = {}) override;
    void lock(const std::string& key) override;
    const char* forUpdate() const override { return " FOR UPDATE"; }
    bool healthy() const override;

private:
    pg_conn* m_conn = nullptr;
    bool m_inTx = false;
};

} // namespace cd::server
