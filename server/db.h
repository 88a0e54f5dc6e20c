#pragma once

// The storage backend interface of courtdesk-server: one database connection. Two backends
// implement it (SQLite, embedded; PostgreSQL via libpq). The service writes its SQL once with
// `?` placeholders; the backends differ in schema set-up, locking and court scoping.

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cd::server {

struct Blob
{
    std::string bytes;
};

// A SQL value: NULL, integer, text or bytes.
using Value = std::variant<std::monostate, std::int64_t, std::string, Blob>;

class Row
{
public:
    explicit Row(std::vector<Value> v) : m_values(std::move(v)) {}
    bool isNull(std::size_t i) const;
    std::int64_t i(std::size_t i) const; // integer (0 for NULL)
    std::string s(std::size_t i) const;  // text or bytes ("" for NULL)
    std::size_t size() const { return m_values.size(); }

private:
    std::vector<Value> m_values;
};

struct ExecResult
{
    std::vector<Row> rows;
    std::int64_t affected = 0; // rows changed by INSERT/UPDATE/DELETE
};

class DbError : public std::runtime_error
{
public:
    DbError(const std::string& what, bool uniqueViolation = false)
        : std::runtime_error(what), m_unique(uniqueViolation)
    {
    }
    bool uniqueViolation() const { return m_unique; }

private:
    bool m_unique;
};

enum class TxMode {
    Read,  // a consistent read
    Write, // SQLite: BEGIN IMMEDIATE (one writer at a time)
};

class Db
{
public:
    virtual ~Db() = default;
    virtual std::string backendName() const = 0;

    // Starts a transaction. With a non-empty court the transaction is scoped to that court:
    // on PostgreSQL it runs as the role courtdesk_app with courtdesk.court set, so row-level
    // security hides every other court's rows. An empty court is for requests that have no
    // court yet (login) and for the command line.
    virtual void begin(TxMode mode, const std::string& court) = 0;
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;
    virtual bool inTransaction() const = 0;

    // Runs one statement; `?` placeholders bind `params` in order. Throws DbError.
    virtual ExecResult exec(std::string_view sql, const std::vector<Value>& params = {}) = 0;

    // Takes a lock on `key` until the transaction ends (SQLite: no-op, a write transaction is
    // already the only writer). Pushes and uploads lock "court:<court>" so the global change
    // sequence is committed in order within each court; audit appends lock "audit:<court>".
    virtual void lock(const std::string& key) = 0;
    // " FOR UPDATE" where the backend supports row locks, else "".
    virtual const char* forUpdate() const = 0;
    // False once the connection is unusable (the pool drops it).
    virtual bool healthy() const = 0;
};

// Rolls back unless committed.
class Transaction
{
public:
    Transaction(Db& db, TxMode mode, const std::string& court) : m_db(db)
    {
        m_db.begin(mode, court);
    }
    ~Transaction()
    {
        if (m_db.inTransaction())
            m_db.rollback();
    }
    void commit() { m_db.commit(); }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    Db& m_db;
};

// A small pool of connections; a request holds one connection for its duration.
class Pool
{
public:
    using Factory = std::function<std::unique_ptr<Db>()>;
    Pool(Factory factory, std::size_t maxIdle) : m_factory(std::move(factory)), m_maxIdle(maxIdle)
    {
    }

    class Lease
    {
    public:
        Lease(Pool* pool, std::unique_ptr<Db> db) : m_pool(pool), m_db(std::move(db)) {}
        Lease(Lease&&) = default;
        ~Lease();
        Db& operator*() const { return *m_db; }
        Db* operator->() const { return m_db.get(); }

    private:
        Pool* m_pool;
        std::unique_ptr<Db> m_db;
    };

    Lease acquire();

private:
    void release(std::unique_ptr<Db> db);
    Factory m_factory;
    std::size_t m_maxIdle;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Db>> m_idle;
};

// Opens the backend named by `databaseUrl` (postgresql://… or postgres://…), or SQLite in
// `dataDir`/server.db when it is empty, and sets up or migrates the schema. Throws DbError.
Pool::Factory openBackend(const std::string& dataDir, const std::string& databaseUrl);

} // namespace cd::server
