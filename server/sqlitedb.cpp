#include "sqlitedb.h"

#include <sqlite3.h>

namespace cd::server {

namespace {

constexpr int kSchemaVersion = 4;

// Version 1: see docs/server-deployment.md for what each table holds.
const char* const kSchemaV1 = R"SQL(
CREATE TABLE users(
  name TEXT PRIMARY KEY, court TEXT NOT NULL, role TEXT NOT NULL, pw_hash TEXT NOT NULL,
  created_at TEXT NOT NULL);
CREATE TABLE tokens(
  token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES users(name),
  expires_at INTEGER NOT NULL);
CREATE TABLE records(
  type TEXT NOT NULL, id TEXT NOT NULL, court TEXT NOT NULL, version INTEGER NOT NULL,
  deleted INTEGER NOT NULL, body TEXT, PRIMARY KEY(type, id));
CREATE INDEX records_court ON records(court, type, id);
CREATE TABLE changes(
  seq INTEGER PRIMARY KEY AUTOINCREMENT, court TEXT NOT NULL, type TEXT NOT NULL,
  id TEXT NOT NULL, version INTEGER NOT NULL, deleted INTEGER NOT NULL, body TEXT,
  client_id TEXT NOT NULL, mutation_id TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX changes_court_seq ON changes(court, seq);
CREATE TABLE accepted(
  client_id TEXT NOT NULL, mutation_id TEXT NOT NULL, court TEXT NOT NULL,
  result TEXT NOT NULL, PRIMARY KEY(client_id, mutation_id));
CREATE TABLE blobs(sha TEXT PRIMARY KEY, size INTEGER NOT NULL, committed_at TEXT NOT NULL);
CREATE TABLE blob_chunks(
  sha TEXT NOT NULL REFERENCES blobs(sha), pos INTEGER NOT NULL, size INTEGER NOT NULL,
  bytes BLOB NOT NULL, PRIMARY KEY(sha, pos));
CREATE TABLE blob_courts(sha TEXT NOT NULL REFERENCES blobs(sha), court TEXT NOT NULL,
  PRIMARY KEY(sha, court));
CREATE TABLE upload_chunks(
  court TEXT NOT NULL, sha TEXT NOT NULL, pos INTEGER NOT NULL, size INTEGER NOT NULL,
  bytes BLOB NOT NULL, PRIMARY KEY(court, sha, pos));
CREATE TABLE audit(
  id INTEGER PRIMARY KEY AUTOINCREMENT, court TEXT NOT NULL, n INTEGER NOT NULL,
  at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
  UNIQUE(court, n));
CREATE TABLE audit_heads(
  court TEXT PRIMARY KEY, rows INTEGER NOT NULL, last_id INTEGER NOT NULL,
  last_hash TEXT NOT NULL);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
CREATE TRIGGER audit_heads_no_delete BEFORE DELETE ON audit_heads
  BEGIN SELECT RAISE(ABORT, 'audit heads are append-only'); END;
CREATE TRIGGER audit_heads_forward BEFORE UPDATE ON audit_heads WHEN NEW.rows < OLD.rows
  BEGIN SELECT RAISE(ABORT, 'audit heads only move forward'); END;
)SQL";

// Version 2: internet hearings (docs/hearings.md). Secrets and tokens never leave the server
// except a participant's own token, to the account that created or invited it.
const char* const kSchemaV2 = R"SQL(
CREATE TABLE hearings(
  id TEXT PRIMARY KEY, court TEXT NOT NULL, case_uuid TEXT NOT NULL, description TEXT NOT NULL,
  judge TEXT NOT NULL, room INTEGER NOT NULL, lobby INTEGER NOT NULL, secret TEXT NOT NULL,
  status TEXT NOT NULL, created_at TEXT NOT NULL, ended_at TEXT);
CREATE INDEX hearings_court ON hearings(court, id);
CREATE TABLE hearing_participants(
  hearing_id TEXT NOT NULL REFERENCES hearings(id), key TEXT NOT NULL, court TEXT NOT NULL,
  name TEXT NOT NULL, role TEXT NOT NULL, token TEXT NOT NULL, admitted INTEGER NOT NULL,
  created_at TEXT NOT NULL, PRIMARY KEY(hearing_id, key));
)SQL";

// Version 3: party tokens expire (epoch seconds; 0: never, the judge's and tokens issued
// before version 3). `revoked`: the expired token is off the rooms' allowed lists at Janus.
const char* const kSchemaV3 = R"SQL(
ALTER TABLE hearing_participants ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hearing_participants ADD COLUMN revoked INTEGER NOT NULL DEFAULT 0;
CREATE INDEX hearing_participants_token ON hearing_participants(token);
)SQL";

// Version 4: when the hearing is booked to end (epoch seconds; 0: not booked). Party tokens
// then last until the booked end plus hearing_token_ttl (docs/hearings.md).
const char* const kSchemaV4 = R"SQL(
ALTER TABLE hearings ADD COLUMN booked_end INTEGER NOT NULL DEFAULT 0;
)SQL";

void check(sqlite3* db, int rc, const char* what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return;
    const int ext = sqlite3_extended_errcode(db);
    const bool unique = ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY;
    throw DbError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)),
                  unique);
}

} // namespace

SqliteDb::SqliteDb(const std::string& path)
{
    const int rc =
        sqlite3_open_v2(path.c_str(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = "cannot open " + path + ": " + sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw DbError(msg);
    }
    sqlite3_busy_timeout(m_db, 15000);
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=FULL");
    exec("PRAGMA foreign_keys=ON");
}

SqliteDb::~SqliteDb()
{
    if (m_db)
        sqlite3_close(m_db);
}

void SqliteDb::setUpSchema(const std::string& path)
{
    SqliteDb db(path);
    db.begin(TxMode::Write, {});
    const std::int64_t version = db.exec("PRAGMA user_version").rows.at(0).i(0);
    if (version > kSchemaVersion)
        throw DbError(path + " has schema version " + std::to_string(version) +
                      ", newer than this server (" + std::to_string(kSchemaVersion) + ")");
    auto step = [&](const char* sql) {
        char* err = nullptr;
        if (sqlite3_exec(db.m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            std::string msg = err ? err : "schema";
            sqlite3_free(err);
            throw DbError("schema set-up failed: " + msg);
        }
    };
    if (version < 1)
        step(kSchemaV1);
    if (version < 2)
        step(kSchemaV2);
    if (version < 3)
        step(kSchemaV3);
    if (version < 4)
        step(kSchemaV4);
    db.exec("PRAGMA user_version=" + std::to_string(kSchemaVersion));
    db.commit();
}

void SqliteDb::begin(TxMode mode, const std::string&)
{
    exec(mode == TxMode::Write ? "BEGIN IMMEDIATE" : "BEGIN");
    m_inTx = true;
}

void SqliteDb::commit()
{
    exec("COMMIT");
    m_inTx = false;
}

void SqliteDb::rollback() noexcept
{
    if (m_db)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    m_inTx = false;
}

ExecResult SqliteDb::exec(std::string_view sql, const std::vector<Value>& params)
{
    sqlite3_stmt* stmt = nullptr;
    check(m_db, sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr), "prepare");
    struct Finalize
    {
        sqlite3_stmt* s;
        ~Finalize() { sqlite3_finalize(s); }
    } finalize{stmt};
    for (std::size_t i = 0; i < params.size(); ++i) {
        const int idx = int(i) + 1;
        const Value& v = params[i];
        int rc = SQLITE_OK;
        if (std::holds_alternative<std::monostate>(v))
            rc = sqlite3_bind_null(stmt, idx);
        else if (auto n = std::get_if<std::int64_t>(&v))
            rc = sqlite3_bind_int64(stmt, idx, *n);
        else if (auto s = std::get_if<std::string>(&v))
            rc =
                sqlite3_bind_text64(stmt, idx, s->data(), s->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        else if (auto b = std::get_if<Blob>(&v))
            rc = sqlite3_bind_blob64(stmt, idx, b->bytes.data(), b->bytes.size(), SQLITE_TRANSIENT);
        check(m_db, rc, "bind");
    }
    ExecResult out;
    for (;;) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            check(m_db, rc, "step");
        const int n = sqlite3_column_count(stmt);
        std::vector<Value> values;
        values.reserve(n);
        for (int c = 0; c < n; ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_NULL:
                values.emplace_back(std::monostate{});
                break;
            case SQLITE_INTEGER:
                values.emplace_back(std::int64_t(sqlite3_column_int64(stmt, c)));
                break;
            case SQLITE_BLOB: {
                const void* p = sqlite3_column_blob(stmt, c);
                const int len = sqlite3_column_bytes(stmt, c);
                values.emplace_back(Blob{std::string(static_cast<const char*>(p), len)});
                break;
            }
            default: {
                const unsigned char* p = sqlite3_column_text(stmt, c);
                const int len = sqlite3_column_bytes(stmt, c);
                values.emplace_back(std::string(reinterpret_cast<const char*>(p), len));
                break;
            }
            }
        }
        out.rows.emplace_back(std::move(values));
    }
    out.affected = sqlite3_changes(m_db);
    return out;
}

} // namespace cd::server
