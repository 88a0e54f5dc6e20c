#include "service.h"

#include "crypto.h"

#include <algorithm>
#include <cstdio>

namespace cd::server {

using nlohmann::json;
using namespace cd::protocol;

namespace {

json parseBody(const Row& row, std::size_t col)
{
    if (row.isNull(col))
        return nullptr;
    json j = json::parse(row.s(col), nullptr, false);
    return j.is_discarded() ? json() : j;
}

std::string dump(const json& j)
{
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool validUserName(const std::string& s)
{
    if (s.empty() || s.size() > 64)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               c == '.' || c == '_' || c == '-';
    });
}

bool validCourt(const std::string& s)
{
    if (s.empty() || s.size() > 64)
        return false;
    return std::none_of(s.begin(), s.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '\'' || c == '"';
    });
}

const std::string& dummyHash()
{
    static const std::string hash = hashPassword("courtdesk: no such user");
    return hash;
}

MutationResult rejected(const std::string& mutationId, ErrorCode code, std::string message)
{
    MutationResult r;
    r.mutationId = mutationId;
    r.status = MutationResult::Status::Rejected;
    r.error = {code, std::move(message)};
    return r;
}

MutationResult conflict(const std::string& mutationId, std::int64_t version, bool deleted,
                        json body)
{
    MutationResult r;
    r.mutationId = mutationId;
    r.status = MutationResult::Status::Conflict;
    r.serverVersion = version;
    r.serverDeleted = deleted;
    r.serverBody = std::move(body);
    return r;
}

} // namespace

Reply Reply::error(ErrorCode code, std::string_view message)
{
    return {httpStatus(code), errorJson(code, message)};
}

// ---- Accounts ------------------------------------------------------------------------------

Reply Service::login(const std::string& user, const std::string& password,
                     const std::string& clientAddress)
{
    // Refused before the password is checked: a locked user name does not get in even with
    // the right password, and refusals cost no hashing.
    LoginLimiter::Attempt attempt = m_loginLimiter.begin(user, clientAddress);
    if (const std::int64_t wait = attempt.retryAfter(); wait > 0) {
        Reply r = Reply::error(ErrorCode::TooManyRequests,
                               "too many failed logins for this user name or from this address; "
                               "try again in " +
                                   std::to_string(wait) + " s");
        r.body[field::kError][field::kRetryAfter] = wait;
        r.retryAfterSeconds = wait;
        return r;
    }
    auto db = m_pool.acquire();
    auto rows = db->exec("SELECT court, role, pw_hash FROM users WHERE name = ?", {user}).rows;
    bool ok = false;
    if (rows.empty())
        verifyPassword(dummyHash(), password); // same work for unknown names
    else
        ok = verifyPassword(rows[0].s(2), password);

    const std::string court = rows.empty() ? std::string() : rows[0].s(0);
    std::string actor = user.substr(0, 128);
    Transaction tx(*db, TxMode::Write, court);
    if (!ok) {
        // Counted first: a failure counts even if the audit write below fails.
        const LoginLimiter::Lockout lockout = attempt.failed();
        appendAudit(*db, {court,
                          actor,
                          "login.failed",
                          "user",
                          actor,
                          {{"reason", rows.empty() ? "unknown user" : "wrong password"}}});
        if (lockout.seconds > 0) {
            appendAudit(*db, {court,
                              actor,
                              "login.locked",
                              "user",
                              actor,
                              {{"address", clientAddress},
                               {"scope", lockout.wholeAddress ? "address" : "user"},
                               {"seconds", lockout.seconds}}});
            std::string who = lockout.wholeAddress ? std::string("every user") : "user " + actor;
            for (char& c : who) {
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
                    c = '?';
            }
            std::fprintf(stderr, "%s login locked for %lld s: %s from %s\n", isoNow().c_str(),
                         static_cast<long long>(lockout.seconds), who.c_str(),
                         clientAddress.c_str());
        }
        tx.commit();
        return Reply::error(ErrorCode::Unauthorized, "wrong user name or password");
    }
    const std::string token = randomHex(32);
    const std::int64_t now = epochNow();
    const std::int64_t expires = now + m_options.tokenTtlSeconds;
    db->exec("DELETE FROM tokens WHERE expires_at <= ?", {now});
    db->exec("INSERT INTO tokens(token_hash, user_name, expires_at) VALUES (?, ?, ?)",
             {sha256Hex(token), user, expires});
    appendAudit(*db, {court, user, "login.ok", "user", user, json::object()});
    tx.commit();
    attempt.succeeded();
    return Reply::ok(
        {{field::kToken, token},
         {field::kExpiresAt, isoTime(expires)},
         {field::kUser,
          {{field::kName, user}, {field::kCourt, court}, {field::kRole, rows[0].s(1)}}}});
}

std::optional<Caller> Service::authenticate(const std::string& token)
{
    if (!isSha256Hex(token))
        return std::nullopt;
    auto db = m_pool.acquire();
    auto rows = db->exec("SELECT u.name, u.court, u.role, t.expires_at FROM tokens t "
                         "JOIN users u ON u.name = t.user_name WHERE t.token_hash = ?",
                         {sha256Hex(token)})
                    .rows;
    if (rows.empty() || rows[0].i(3) <= epochNow())
        return std::nullopt;
    auto role = parseRole(rows[0].s(2));
    if (!role)
        return std::nullopt;
    return Caller{rows[0].s(0), rows[0].s(1), *role};
}

Reply Service::addUser(const std::string& actor, const std::string& court, const std::string& name,
                       const std::string& role, const std::string& password)
{
    if (!validUserName(name))
        return Reply::error(ErrorCode::BadRequest,
                            "user name must be 1-64 characters of [A-Za-z0-9._-]");
    if (!validCourt(court))
        return Reply::error(ErrorCode::BadRequest, "court code must be 1-64 printable characters");
    if (!parseRole(role))
        return Reply::error(ErrorCode::BadRequest,
                            "role must be judge, assistant, clerk or court_admin");
    if (password.size() < 8 || password.size() > 1024)
        return Reply::error(ErrorCode::BadRequest, "password must be 8-1024 bytes");
    const std::string hash = hashPassword(password);
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Write, court);
    if (!db->exec("SELECT 1 FROM users WHERE name = ?", {name}).rows.empty())
        return Reply::error(ErrorCode::BadRequest, "a user with that name exists");
    try {
        db->exec("INSERT INTO users(name, court, role, pw_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                 {name, court, role, hash, isoNow()});
    } catch (const DbError& e) {
        if (e.uniqueViolation())
            return Reply::error(ErrorCode::BadRequest, "a user with that name exists");
        throw;
    }
    appendAudit(*db, {court, actor, "user.add", "user", name, {{"role", role}}});
    tx.commit();
    return Reply::ok({{field::kName, name}, {field::kCourt, court}, {field::kRole, role}}, 201);
}

// ---- Push ----------------------------------------------------------------------------------

Reply Service::push(const Caller& caller, const PushRequest& request)
{
    // One transaction for the whole push, one savepoint per mutation: a conflict or a
    // rejection rolls back only its own savepoint (e.g. the probe row). The answer is sent only
    // after the single commit, so nothing is acknowledged before it is durable, and the push
    // costs one commit (fsync) instead of one per mutation.
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Write, caller.court);
    db->lock("court:" + caller.court);
    json results = json::array();
    for (const Mutation& m : request.mutations) {
        db->exec("SAVEPOINT mutation");
        MutationResult r = applyMutation(*db, caller, request.clientId, m);
        if (r.status != MutationResult::Status::Accepted)
            db->exec("ROLLBACK TO SAVEPOINT mutation");
        db->exec("RELEASE SAVEPOINT mutation");
        results.push_back(toJson(r));
    }
    tx.commit();
    return Reply::ok({{field::kResults, std::move(results)}});
}

MutationResult Service::applyMutation(Db& db, const Caller& caller, const std::string& clientId,
                                      const Mutation& m)
{
    // Runs inside the push's transaction and savepoint (see push()); writes nothing unless
    // the result is accepted.
    const std::string type(recordTypeName(m.type));

    auto prior = db.exec("SELECT result FROM accepted WHERE client_id = ? AND mutation_id = ? "
                         "AND court = ?",
                         {clientId, m.mutationId, caller.court})
                     .rows;
    if (!prior.empty()) {
        auto stored = parseMutationResult(json::parse(prior[0].s(0), nullptr, false));
        if (stored.ok())
            return *stored.value;
    }

    if (Error e = validateRecordBody(m); e.isError())
        return rejected(m.mutationId, e.code, e.message);

    const bool judge = caller.role == Role::Judge;
    auto cur = db.exec(std::string("SELECT version, deleted, body FROM records WHERE type = ? "
                                   "AND id = ? AND court = ?") +
                           db.forUpdate(),
                       {type, m.id, caller.court})
                   .rows;
    if (!cur.empty()) {
        const std::int64_t version = cur[0].i(0);
        const bool deleted = cur[0].i(1) != 0;
        json body = parseBody(cur[0], 2);
        if (version != m.baseVersion)
            return conflict(m.mutationId, version, deleted, std::move(body));
        if (m.type == RecordType::Case && !deleted && !judge && isClosedCase(body))
            return rejected(m.mutationId, ErrorCode::Forbidden,
                            "the case is closed; only a judge may change it");
    } else if (m.baseVersion != 0 || m.op == Op::Delete) {
        // Not visible to this court: owned by another court (forbidden) or absent (conflict
        // with version 0, or not_found for a delete). The probe row is rolled back.
        auto probe = db.exec("INSERT INTO records(type, id, court, version, deleted, body) "
                             "VALUES (?, ?, ?, 0, 1, NULL) ON CONFLICT DO NOTHING",
                             {type, m.id, caller.court});
        if (probe.affected == 0)
            return rejected(m.mutationId, ErrorCode::Forbidden,
                            "the record belongs to another court");
        if (m.baseVersion == 0)
            return rejected(m.mutationId, ErrorCode::NotFound, "no such record to delete");
        return conflict(m.mutationId, 0, false, nullptr);
    }

    if (m.op == Op::Put) {
        if (m.type == RecordType::Case && !judge && isClosedCase(m.body))
            return rejected(m.mutationId, ErrorCode::Forbidden,
                            "only a judge may push a closed case");
        if (auto sha = blobSha(m)) {
            if (db.exec("SELECT 1 FROM blob_courts WHERE sha = ? AND court = ?",
                        {*sha, caller.court})
                    .rows.empty())
                return rejected(m.mutationId, ErrorCode::NotFound,
                                "blob " + *sha + " is not committed");
        }
    }

    const std::int64_t version = m.baseVersion + 1;
    const std::int64_t deleted = m.op == Op::Delete ? 1 : 0;
    const Value body = m.op == Op::Put ? Value(dump(m.body)) : Value();
    if (!cur.empty()) {
        db.exec("UPDATE records SET version = ?, deleted = ?, body = ? WHERE type = ? AND id = ? "
                "AND court = ?",
                {version, deleted, body, type, m.id, caller.court});
    } else {
        auto ins = db.exec("INSERT INTO records(type, id, court, version, deleted, body) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                           {type, m.id, caller.court, version, deleted, body});
        if (ins.affected == 0)
            return rejected(m.mutationId, ErrorCode::Forbidden,
                            "the record belongs to another court");
    }
    const std::int64_t seq =
        db.exec("INSERT INTO changes(court, type, id, version, deleted, body, client_id, "
                "mutation_id, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq",
                {caller.court, type, m.id, version, deleted, body, clientId, m.mutationId,
                 caller.name, isoNow()})
            .rows.at(0)
            .i(0);

    MutationResult result;
    result.mutationId = m.mutationId;
    result.version = version;
    result.seq = seq;
    try {
        db.exec("INSERT INTO accepted(client_id, mutation_id, court, result) VALUES (?, ?, ?, ?)",
                {clientId, m.mutationId, caller.court, dump(toJson(result))});
    } catch (const DbError& e) {
        if (e.uniqueViolation())
            return rejected(m.mutationId, ErrorCode::BadRequest,
                            "this (client_id, mutation_id) is used by another court");
        throw;
    }
    appendAudit(db, {caller.court,
                     caller.name,
                     m.op == Op::Put ? "push.put" : "push.delete",
                     type,
                     m.id,
                     {{"version", version},
                      {"seq", seq},
                      {"client_id", clientId},
                      {"mutation_id", m.mutationId}}});
    return result;
}

// ---- Pull and digest -------------------------------------------------------------------------

Reply Service::changes(const Caller& caller, std::int64_t after, std::int64_t limit,
                       const std::string& excludeClient)
{
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Read, caller.court);
    std::vector<Row> rows;
    std::int64_t top = after; // with excludeClient: the court's last seq in the same snapshot
    if (excludeClient.empty()) {
        rows = db->exec("SELECT seq, type, id, version, deleted, body FROM changes "
                        "WHERE court = ? AND seq > ? ORDER BY seq LIMIT ?",
                        {caller.court, after, limit + 1})
                   .rows;
    } else {
        // One statement, so the page and the court's last seq come from one snapshot (on
        // PostgreSQL each statement of a READ COMMITTED transaction has its own). Changes of a
        // court commit in seq order, so every change up to that last seq is visible here.
        auto all = db->exec("SELECT 0, seq, type, id, version, deleted, body FROM (SELECT seq, "
                            "type, id, version, deleted, body FROM changes WHERE court = ? AND "
                            "seq > ? AND client_id <> ? ORDER BY seq LIMIT ?) AS page "
                            "UNION ALL SELECT 1, COALESCE(MAX(seq), 0), '', '', 0, 0, NULL "
                            "FROM changes WHERE court = ?",
                            {caller.court, after, excludeClient, limit + 1, caller.court})
                       .rows;
        for (Row& r : all) {
            if (r.i(0) == 1) {
                top = std::max(top, r.i(1));
                continue;
            }
            std::vector<Value> v;
            v.reserve(6);
            v.emplace_back(r.i(1));
            v.emplace_back(r.s(2));
            v.emplace_back(r.s(3));
            v.emplace_back(r.i(4));
            v.emplace_back(r.i(5));
            if (r.isNull(6))
                v.emplace_back(std::monostate{});
            else
                v.emplace_back(r.s(6));
            rows.emplace_back(std::move(v));
        }
        std::sort(rows.begin(), rows.end(),
                  [](const Row& a, const Row& b) { return a.i(0) < b.i(0); });
    }
    tx.commit();
    ChangesPage page;
    page.more = std::int64_t(rows.size()) > limit;
    if (page.more)
        rows.erase(rows.begin() + limit, rows.end());
    page.lastSeq = after;
    for (const Row& r : rows) {
        Change c;
        c.seq = r.i(0);
        c.type = parseRecordType(r.s(1)).value_or(RecordType::Case);
        c.id = r.s(2);
        c.version = r.i(3);
        c.deleted = r.i(4) != 0;
        c.body = parseBody(r, 5);
        page.lastSeq = c.seq;
        page.changes.push_back(std::move(c));
    }
    // The last page moves the cursor past the caller's own trailing changes too.
    if (!page.more)
        page.lastSeq = std::max(page.lastSeq, top);
    return Reply::ok(toJson(page));
}

Reply Service::digest(const Caller& caller)
{
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Read, caller.court);
    auto rows =
        db->exec("SELECT type, id, version, deleted FROM records WHERE court = ?", {caller.court})
            .rows;
    tx.commit();
    struct Line
    {
        std::string type, id;
        std::int64_t version;
        bool deleted;
    };
    std::vector<Line> lines;
    lines.reserve(rows.size());
    for (const Row& r : rows)
        lines.push_back({r.s(0), r.s(1), r.i(2), r.i(3) != 0});
    // Byte order of (type, id), whatever the database collation.
    std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        return a.type != b.type ? a.type < b.type : a.id < b.id;
    });
    Sha256 h;
    for (const Line& l : lines)
        h.update(digestLine(l.type, l.id, l.version, l.deleted));
    return Reply::ok({{field::kRecords, lines.size()}, {field::kDigest, h.finalHex()}});
}

// ---- Blobs and uploads -----------------------------------------------------------------------

std::optional<std::int64_t> Service::blobSize(const Caller& caller, const std::string& sha)
{
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Read, caller.court);
    auto rows = db->exec("SELECT b.size FROM blobs b JOIN blob_courts c ON c.sha = b.sha "
                         "WHERE c.sha = ? AND c.court = ?",
                         {sha, caller.court})
                    .rows;
    tx.commit();
    if (rows.empty())
        return std::nullopt;
    return rows[0].i(0);
}

std::string Service::readBlob(const std::string& sha, std::int64_t offset, std::size_t max)
{
    auto db = m_pool.acquire();
    auto rows = db->exec("SELECT pos, size, bytes FROM blob_chunks WHERE sha = ? AND pos <= ? "
                         "ORDER BY pos DESC LIMIT 1",
                         {sha, offset})
                    .rows;
    if (rows.empty())
        return {};
    const std::int64_t pos = rows[0].i(0);
    const std::string bytes = rows[0].s(2);
    const std::int64_t skip = offset - pos;
    if (skip < 0 || skip >= std::int64_t(bytes.size()))
        return {};
    return bytes.substr(std::size_t(skip), max);
}

std::int64_t Service::uploadOffset(Db& db, const std::string& court, const std::string& sha)
{
    return db
        .exec("SELECT COALESCE(MAX(pos + size), 0) FROM upload_chunks WHERE court = ? AND sha = ?",
              {court, sha})
        .rows.at(0)
        .i(0);
}

Reply Service::uploadStatus(const Caller& caller, const std::string& sha)
{
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Read, caller.court);
    const std::int64_t offset = uploadOffset(*db, caller.court, sha);
    tx.commit();
    return Reply::ok({{field::kOffset, offset}});
}

Reply Service::uploadPut(const Caller& caller, const std::string& sha, std::int64_t offset,
                         const std::string& bytes)
{
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Write, caller.court);
    db->lock("upload:" + caller.court + ":" + sha);
    const std::int64_t current = uploadOffset(*db, caller.court, sha);
    if (offset != current) {
        Reply r = Reply::error(ErrorCode::OffsetMismatch,
                               "the upload is at offset " + std::to_string(current));
        r.body[field::kOffset] = current;
        return r;
    }
    if (current + std::int64_t(bytes.size()) > m_options.maxBlobBytes)
        return Reply::error(ErrorCode::TooLarge, "blob exceeds the server's size limit");
    if (!bytes.empty()) {
        db->exec("INSERT INTO upload_chunks(court, sha, pos, size, bytes) VALUES (?, ?, ?, ?, ?)",
                 {caller.court, sha, current, std::int64_t(bytes.size()), Blob{bytes}});
    }
    tx.commit(); // durable before we answer
    return Reply::ok({{field::kOffset, current + std::int64_t(bytes.size())}});
}

Reply Service::uploadCommit(const Caller& caller, const std::string& sha, std::int64_t size)
{
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Write, caller.court);
    db->lock("upload:" + caller.court + ":" + sha);
    auto chunks = db->exec("SELECT pos, size FROM upload_chunks WHERE court = ? AND sha = ? "
                           "ORDER BY pos",
                           {caller.court, sha})
                      .rows;
    const json answer = {{field::kSha256, sha}, {field::kSize, size}};
    if (chunks.empty()) {
        auto committed = db->exec("SELECT b.size FROM blobs b JOIN blob_courts c ON "
                                  "c.sha = b.sha WHERE c.sha = ? AND c.court = ?",
                                  {sha, caller.court})
                             .rows;
        if (!committed.empty() && committed[0].i(0) == size)
            return Reply::ok(answer, 201); // a retried commit
    }
    Sha256 h;
    std::int64_t total = 0;
    bool contiguous = true;
    for (const Row& c : chunks) {
        if (c.i(0) != total) {
            contiguous = false;
            break;
        }
        auto bytes = db->exec("SELECT bytes FROM upload_chunks WHERE court = ? AND sha = ? AND "
                              "pos = ?",
                              {caller.court, sha, c.i(0)})
                         .rows.at(0)
                         .s(0);
        h.update(bytes);
        total += std::int64_t(bytes.size());
    }
    const std::string got = h.finalHex();
    if (!contiguous || total != size || got != sha) {
        db->exec("DELETE FROM upload_chunks WHERE court = ? AND sha = ?", {caller.court, sha});
        tx.commit();
        return Reply::error(ErrorCode::HashMismatch, "received " + std::to_string(total) +
                                                         " bytes with SHA-256 " + got +
                                                         "; the upload was discarded");
    }
    auto ins = db->exec("INSERT INTO blobs(sha, size, committed_at) VALUES (?, ?, ?) "
                        "ON CONFLICT DO NOTHING",
                        {sha, size, isoNow()});
    if (ins.affected == 1) {
        db->exec("INSERT INTO blob_chunks(sha, pos, size, bytes) SELECT sha, pos, size, bytes "
                 "FROM upload_chunks WHERE court = ? AND sha = ?",
                 {caller.court, sha});
    }
    db->exec("INSERT INTO blob_courts(sha, court) VALUES (?, ?) ON CONFLICT DO NOTHING",
             {sha, caller.court});
    db->exec("DELETE FROM upload_chunks WHERE court = ? AND sha = ?", {caller.court, sha});
    appendAudit(*db, {caller.court, caller.name, "blob.commit", "blob", sha, {{"size", size}}});
    tx.commit();
    return Reply::ok(answer, 201);
}

AuditVerdict Service::verifyAudit(const std::optional<std::string>& court)
{
    auto db = m_pool.acquire();
    Transaction tx(*db, TxMode::Read, court.value_or(std::string()));
    AuditVerdict v = cd::server::verifyAudit(*db, court);
    tx.commit();
    return v;
}

} // namespace cd::server
