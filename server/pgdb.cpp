#include "pgdb.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <initializer_list>
#include <string>
#include <string_view>

namespace cd::server {

namespace {

constexpr int kSchemaVersion = 4;
constexpr unsigned kByteaOid = 17;
constexpr unsigned kInt8Oid = 20;
constexpr unsigned kInt2Oid = 21;
constexpr unsigned kInt4Oid = 23;
constexpr unsigned kBoolOid = 16;
// pg_advisory_lock key for schema set-up (several servers may start at once).
constexpr const char* kSchemaLockKey = "7201942001";

const char* const kSchemaV1Tables = R"SQL(
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'courtdesk_app') THEN
    CREATE ROLE courtdesk_app NOLOGIN;
  END IF;
END $$;
CREATE TABLE users(
  name TEXT PRIMARY KEY, court TEXT NOT NULL, role TEXT NOT NULL, pw_hash TEXT NOT NULL,
  created_at TEXT NOT NULL);
CREATE TABLE tokens(
  token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES users(name),
  expires_at BIGINT NOT NULL);
CREATE TABLE records(
  type TEXT NOT NULL, id TEXT NOT NULL, court TEXT NOT NULL, version BIGINT NOT NULL,
  deleted INTEGER NOT NULL, body TEXT, PRIMARY KEY(type, id));
CREATE INDEX records_court ON records(court, type, id);
CREATE TABLE changes(
  seq BIGSERIAL PRIMARY KEY, court TEXT NOT NULL, type TEXT NOT NULL,
  id TEXT NOT NULL, version BIGINT NOT NULL, deleted INTEGER NOT NULL, body TEXT,
  client_id TEXT NOT NULL, mutation_id TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX changes_court_seq ON changes(court, seq);
CREATE TABLE accepted(
  client_id TEXT NOT NULL, mutation_id TEXT NOT NULL, court TEXT NOT NULL,
  result TEXT NOT NULL, PRIMARY KEY(client_id, mutation_id));
CREATE TABLE blobs(sha TEXT PRIMARY KEY, size BIGINT NOT NULL, committed_at TEXT NOT NULL);
CREATE TABLE blob_chunks(
  sha TEXT NOT NULL REFERENCES blobs(sha), pos BIGINT NOT NULL, size BIGINT NOT NULL,
  bytes BYTEA NOT NULL, PRIMARY KEY(sha, pos));
CREATE TABLE blob_courts(sha TEXT NOT NULL REFERENCES blobs(sha), court TEXT NOT NULL,
  PRIMARY KEY(sha, court));
CREATE TABLE upload_chunks(
  court TEXT NOT NULL, sha TEXT NOT NULL, pos BIGINT NOT NULL, size BIGINT NOT NULL,
  bytes BYTEA NOT NULL, PRIMARY KEY(court, sha, pos));
CREATE TABLE audit(
  id BIGSERIAL PRIMARY KEY, court TEXT NOT NULL, n BIGINT NOT NULL,
  at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
  UNIQUE(court, n));
CREATE TABLE audit_heads(
  court TEXT PRIMARY KEY, rows BIGINT NOT NULL, last_id BIGINT NOT NULL,
  last_hash TEXT NOT NULL);

CREATE FUNCTION courtdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit rows are append-only';
END $$;
CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION courtdesk_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION courtdesk_append_only();
CREATE TRIGGER audit_heads_no_delete BEFORE DELETE ON audit_heads
  FOR EACH ROW EXECUTE FUNCTION courtdesk_append_only();
CREATE TRIGGER audit_heads_no_truncate BEFORE TRUNCATE ON audit_heads
  FOR EACH STATEMENT EXECUTE FUNCTION courtdesk_append_only();
CREATE TRIGGER audit_heads_forward BEFORE UPDATE ON audit_heads
  FOR EACH ROW WHEN (NEW.rows < OLD.rows) EXECUTE FUNCTION courtdesk_append_only();

GRANT SELECT, INSERT, UPDATE, DELETE ON users, tokens, records, changes, accepted, blobs,
  blob_chunks, blob_courts, upload_chunks TO courtdesk_app;
GRANT SELECT, INSERT ON audit TO courtdesk_app;
GRANT SELECT, INSERT, UPDATE ON audit_heads TO courtdesk_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO courtdesk_app;

)SQL";

// Version 2: internet hearings, walled by court like the other court tables.
const char* const kSchemaV2Tables = R"SQL(
CREATE TABLE hearings(
  id TEXT PRIMARY KEY, court TEXT NOT NULL, case_uuid TEXT NOT NULL, description TEXT NOT NULL,
  judge TEXT NOT NULL, room BIGINT NOT NULL, lobby BIGINT NOT NULL, secret TEXT NOT NULL,
  status TEXT NOT NULL, created_at TEXT NOT NULL, ended_at TEXT);
CREATE INDEX hearings_court ON hearings(court, id);
CREATE TABLE hearing_participants(
  hearing_id TEXT NOT NULL REFERENCES hearings(id), key TEXT NOT NULL, court TEXT NOT NULL,
  name TEXT NOT NULL, role TEXT NOT NULL, token TEXT NOT NULL, admitted INTEGER NOT NULL,
  created_at TEXT NOT NULL, PRIMARY KEY(hearing_id, key));
GRANT SELECT, INSERT, UPDATE ON hearings, hearing_participants TO courtdesk_app;
)SQL";

// Row-level security on tables that hold one court's rows: a request, which runs as
// courtdesk_app with courtdesk.court set, sees and writes only its own court's rows.
std::string courtWall(std::initializer_list<std::string_view> tables)
{
    std::string sql;
    for (std::string_view t : tables) {
        const std::string table(t);
        sql += "ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY;\n";
        sql += "ALTER TABLE " + table + " FORCE ROW LEVEL SECURITY;\n";
        sql += "CREATE POLICY court_wall ON " + table + "\n";
        sql += "  USING (court = current_setting('courtdesk.court', true))\n";
        sql += "  WITH CHECK (court = current_setting('courtdesk.court', true));\n";
    }
    return sql;
}

// The statements of each schema version, run as one script. They must stay as they are: a
// database migrated by an older server has run exactly these.
std::string schemaV1()
{
    return kSchemaV1Tables +
           courtWall({"records", "changes", "accepted", "blob_courts", "upload_chunks"});
}

std::string schemaV2()
{
    return kSchemaV2Tables + courtWall({"hearings", "hearing_participants"});
}

// Version 3: party tokens expire (epoch seconds; 0: never). As sqlitedb.cpp.
const char* const kSchemaV3 = R"SQL(
ALTER TABLE hearing_participants ADD COLUMN expires_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE hearing_participants ADD COLUMN revoked INTEGER NOT NULL DEFAULT 0;
CREATE INDEX hearing_participants_token ON hearing_participants(token);
)SQL";

// Version 4: when the hearing is booked to end (epoch seconds; 0: not booked). As sqlitedb.cpp.
const char* const kSchemaV4 = R"SQL(
ALTER TABLE hearings ADD COLUMN booked_end BIGINT NOT NULL DEFAULT 0;
)SQL";

// "?" → "$n", outside quoted literals and identifiers.
std::string numberPlaceholders(std::string_view sql)
{
    std::string out;
    out.reserve(sql.size() + 16);
    int n = 0;
    char quote = 0;
    for (char c : sql) {
        if (quote) {
            if (c == quote)
                quote = 0;
            out.push_back(c);
        } else if (c == '\'' || c == '"') {
            quote = c;
            out.push_back(c);
        } else if (c == '?') {
            out += "$" + std::to_string(++n);
        } else {
            out.push_back(c);
        }
    }
    return out;
}

struct ResultGuard
{
    PGresult* r;
    ~ResultGuard() { PQclear(r); }
};

} // namespace

PgDb::PgDb(const std::string& url)
{
    m_conn = PQconnectdb(url.c_str());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        std::string msg = PQerrorMessage(m_conn);
        PQfinish(m_conn);
        m_conn = nullptr;
        while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
            msg.pop_back();
        throw DbError("cannot connect to PostgreSQL: " + msg);
    }
    exec("SET client_min_messages = warning");
}

PgDb::~PgDb()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PgDb::healthy() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK &&
           PQtransactionStatus(m_conn) == PQTRANS_IDLE;
}

void PgDb::setUpSchema(const std::string& url)
{
    PgDb db(url);
    if (db.exec("SELECT pg_is_in_recovery()").rows.at(0).i(0) != 0) {
        // A read-only streaming replica: the primary's server set the schema up.
        auto meta = db.exec("SELECT value FROM courtdesk_meta WHERE key = 'schema_version'");
        if (meta.rows.empty() || meta.rows[0].i(0) != kSchemaVersion)
            throw DbError("the replica's schema is not version " + std::to_string(kSchemaVersion) +
                          "; start a server on the primary first");
        return;
    }
    db.exec(std::string("SELECT pg_advisory_lock(") + kSchemaLockKey + ")");
    struct Unlock
    {
        PgDb& db;
        ~Unlock()
        {
            try {
                db.exec(std::string("SELECT pg_advisory_unlock(") + kSchemaLockKey + ")");
            } catch (...) {
            }
        }
    } unlock{db};
    db.begin(TxMode::Write, {});
    db.exec("CREATE TABLE IF NOT EXISTS courtdesk_meta(key TEXT PRIMARY KEY, value TEXT)");
    auto rows = db.exec("SELECT value FROM courtdesk_meta WHERE key = 'schema_version'").rows;
    const std::int64_t version = rows.empty() ? 0 : rows[0].i(0);
    if (version > kSchemaVersion)
        throw DbError("the database has schema version " + std::to_string(version) +
                      ", newer than this server (" + std::to_string(kSchemaVersion) + ")");
    if (version < 1) {
        PGresult* r = PQexec(db.m_conn, schemaV1().c_str());
        ResultGuard guard{r};
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            throw DbError(std::string("schema set-up failed: ") + PQresultErrorMessage(r));
        // The connecting role must be able to SET ROLE courtdesk_app.
        db.exec("DO $$ BEGIN IF NOT pg_has_role(current_user, 'courtdesk_app', 'MEMBER') THEN "
                "EXECUTE format('GRANT courtdesk_app TO %I', current_user); END IF; END $$");
        db.exec("INSERT INTO courtdesk_meta(key, value) VALUES ('schema_version', '1')");
    }
    if (version < 2) {
        PGresult* r = PQexec(db.m_conn, schemaV2().c_str());
        ResultGuard guard{r};
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            throw DbError(std::string("schema set-up (v2) failed: ") + PQresultErrorMessage(r));
        db.exec("UPDATE courtdesk_meta SET value = '2' WHERE key = 'schema_version'");
    }
    if (version < 3) {
        PGresult* r = PQexec(db.m_conn, kSchemaV3);
        ResultGuard guard{r};
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            throw DbError(std::string("schema set-up (v3) failed: ") + PQresultErrorMessage(r));
        db.exec("UPDATE courtdesk_meta SET value = '3' WHERE key = 'schema_version'");
    }
    if (version < 4) {
        PGresult* r = PQexec(db.m_conn, kSchemaV4);
        ResultGuard guard{r};
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            throw DbError(std::string("schema set-up (v4) failed: ") + PQresultErrorMessage(r));
        db.exec("UPDATE courtdesk_meta SET value = '4' WHERE key = 'schema_version'");
    }
    db.commit();
}

void PgDb::begin(TxMode, const std::string& court)
{
    // READ COMMITTED plus row locks and the court lock; a read is one statement or a snapshot
    // that tolerates concurrent commits (the change cursor only moves over committed rows).
    exec("BEGIN ISOLATION LEVEL READ COMMITTED");
    m_inTx = true;
    try {
        if (!court.empty()) {
            exec("SET LOCAL ROLE courtdesk_app");
            exec("SELECT set_config('courtdesk.court', ?, true)", {court});
        }
    } catch (...) {
        rollback();
        throw;
    }
}

void PgDb::commit()
{
    exec("COMMIT");
    m_inTx = false;
}

void PgDb::rollback() noexcept
{
    if (m_conn) {
        PGresult* r = PQexec(m_conn, "ROLLBACK");
        PQclear(r);
    }
    m_inTx = false;
}

void PgDb::lock(const std::string& key)
{
    // Two 32-bit keys: the kind ("court", "audit", "upload") and the rest, so locks of
    // different kinds never collide (audit locks are taken last, after a court or upload lock).
    const auto colon = key.find(':');
    const std::string kind = "courtdesk." + key.substr(0, colon);
    const std::string rest = colon == std::string::npos ? std::string() : key.substr(colon + 1);
    exec("SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?))", {kind, rest});
}

ExecResult PgDb::exec(std::string_view sql, const std::vector<Value>& params)
{
    const std::string text = numberPlaceholders(sql);
    std::vector<std::string> storage(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    std::vector<int> lengths(params.size(), 0);
    std::vector<int> formats(params.size(), 0);
    for (std::size_t i = 0; i < params.size(); ++i) {
        const Value& v = params[i];
        if (std::holds_alternative<std::monostate>(v))
            continue;
        if (auto n = std::get_if<std::int64_t>(&v))
            storage[i] = std::to_string(*n);
        else if (auto s = std::get_if<std::string>(&v))
            storage[i] = *s;
        else if (auto b = std::get_if<Blob>(&v)) {
            storage[i] = b->bytes;
            formats[i] = 1;
        }
        values[i] = storage[i].data();
        lengths[i] = int(storage[i].size());
    }
    PGresult* r = PQexecParams(m_conn, text.c_str(), int(params.size()), nullptr, values.data(),
                               lengths.data(), formats.data(), 0);
    ResultGuard guard{r};
    const auto status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        const bool unique = state && std::string_view(state) == "23505";
        std::string msg = r ? PQresultErrorMessage(r) : PQerrorMessage(m_conn);
        while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
            msg.pop_back();
        throw DbError(msg, unique);
    }
    ExecResult out;
    const int nrows = PQntuples(r);
    const int ncols = PQnfields(r);
    out.rows.reserve(nrows);
    for (int row = 0; row < nrows; ++row) {
        std::vector<Value> vals;
        vals.reserve(ncols);
        for (int c = 0; c < ncols; ++c) {
            if (PQgetisnull(r, row, c)) {
                vals.emplace_back(std::monostate{});
                continue;
            }
            const char* p = PQgetvalue(r, row, c);
            const unsigned type = PQftype(r, c);
            if (type == kInt8Oid || type == kInt4Oid || type == kInt2Oid) {
                vals.emplace_back(std::int64_t(std::strtoll(p, nullptr, 10)));
            } else if (type == kBoolOid) {
                vals.emplace_back(std::int64_t(p[0] == 't' ? 1 : 0));
            } else if (type == kByteaOid) {
                size_t len = 0;
                unsigned char* raw =
                    PQunescapeBytea(reinterpret_cast<const unsigned char*>(p), &len);
                if (!raw)
                    throw DbError("cannot decode bytea");
                vals.emplace_back(Blob{std::string(reinterpret_cast<char*>(raw), len)});
                PQfreemem(raw);
            } else {
                vals.emplace_back(std::string(p, PQgetlength(r, row, c)));
            }
        }
        out.rows.emplace_back(std::move(vals));
    }
    const char* tuples = PQcmdTuples(r);
    out.affected = (tuples && *tuples) ? std::strtoll(tuples, nullptr, 10) : 0;
    return out;
}

} // namespace cd::server
