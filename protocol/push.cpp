#include "protocol/push.h"

namespace cd::protocol {

namespace {

using nlohmann::json;

template <typename T> Parsed<T> fail(ErrorCode code, std::string message)
{
    Parsed<T> p;
    p.error = Error{code, std::move(message)};
    return p;
}

std::string at(std::size_t index)
{
    return "mutations[" + std::to_string(index) + "]";
}

// Reads a required string field that must be a valid id.
bool readId(const json& obj, const char* name, std::string& out, std::string& why)
{
    auto it = obj.find(name);
    if (it == obj.end()) {
        why = std::string("missing \"") + name + "\"";
        return false;
    }
    if (!it->is_string()) {
        why = std::string("\"") + name + "\" must be a string";
        return false;
    }
    const auto& s = it->get_ref<const std::string&>();
    if (!isValidId(s)) {
        why = std::string("\"") + name + "\" must be 1-128 characters of [A-Za-z0-9._:-]";
        return false;
    }
    out = s;
    return true;
}

Parsed<Mutation> parseMutation(const json& m, std::size_t index)
{
    const std::string where = at(index);
    if (!m.is_object())
        return fail<Mutation>(ErrorCode::BadRequest, where + " must be an object");
    Mutation out;
    std::string why;
    if (!readId(m, field::kMutationId, out.mutationId, why) || !readId(m, field::kId, out.id, why))
        return fail<Mutation>(ErrorCode::BadRequest, where + ": " + why);

    auto type = m.find(field::kType);
    if (type == m.end() || !type->is_string())
        return fail<Mutation>(ErrorCode::BadRequest, where + ": \"type\" must be a string");
    auto t = parseRecordType(type->get_ref<const std::string&>());
    if (!t)
        return fail<Mutation>(ErrorCode::BadRequest,
                              where + ": \"type\" must be case, evidence or document");
    out.type = *t;

    auto base = m.find(field::kBaseVersion);
    if (base == m.end() || !(base->is_number_unsigned() || base->is_number_integer()))
        return fail<Mutation>(ErrorCode::BadRequest,
                              where + ": \"base_version\" must be an integer");
    if (base->is_number_unsigned()) {
        const auto v = base->get<std::uint64_t>();
        if (v > static_cast<std::uint64_t>(INT64_MAX - 1))
            return fail<Mutation>(ErrorCode::BadRequest, where + ": \"base_version\" too large");
        out.baseVersion = static_cast<std::int64_t>(v);
    } else {
        out.baseVersion = base->get<std::int64_t>();
        if (out.baseVersion < 0)
            return fail<Mutation>(ErrorCode::BadRequest,
                                  where + ": \"base_version\" must not be negative");
    }

    auto op = m.find(field::kOp);
    if (op == m.end() || !op->is_string())
        return fail<Mutation>(ErrorCode::BadRequest, where + ": \"op\" must be a string");
    auto o = parseOp(op->get_ref<const std::string&>());
    if (!o)
        return fail<Mutation>(ErrorCode::BadRequest, where + ": \"op\" must be put or delete");
    out.op = *o;

    auto body = m.find(field::kBody);
    const bool hasBody = body != m.end() && !body->is_null();
    if (out.op == Op::Put) {
        if (!hasBody || !body->is_object())
            return fail<Mutation>(ErrorCode::BadRequest,
                                  where + ": a put needs \"body\" as a JSON object");
        out.body = *body;
    } else if (hasBody) {
        return fail<Mutation>(ErrorCode::BadRequest, where + ": a delete has no \"body\"");
    }
    Parsed<Mutation> p;
    p.value = std::move(out);
    return p;
}

} // namespace

Error validateRecordBody(const Mutation& m)
{
    if (m.op != Op::Put)
        return {};
    const std::size_t size = m.body.dump().size();
    if (size > kMaxRecordBodyBytes)
        return {ErrorCode::TooLarge, "record body of " + std::to_string(size) + " bytes exceeds " +
                                         std::to_string(kMaxRecordBodyBytes)};
    auto uuid = m.body.find(field::kUuid);
    if (uuid != m.body.end() && !(uuid->is_string() && uuid->get_ref<const std::string&>() == m.id))
        return {ErrorCode::BadRequest, "body \"uuid\" differs from \"id\""};
    if (m.type != RecordType::Case) {
        auto sha = m.body.find(field::kSha256);
        if (sha == m.body.end() || !sha->is_string() ||
            !isSha256Hex(sha->get_ref<const std::string&>()))
            return {ErrorCode::BadRequest,
                    std::string(recordTypeName(m.type)) + " body needs \"sha256\" (lowercase hex)"};
    }
    return {};
}

std::optional<std::string> blobSha(const Mutation& m)
{
    if (m.op != Op::Put || m.type == RecordType::Case)
        return std::nullopt;
    auto sha = m.body.find(field::kSha256);
    if (sha == m.body.end() || !sha->is_string())
        return std::nullopt;
    return sha->get<std::string>();
}

bool isClosedCase(const nlohmann::json& body)
{
    if (!body.is_object())
        return false;
    auto st = body.find(field::kStatus);
    return st != body.end() && st->is_string() &&
           st->get_ref<const std::string&>() == kCaseStatusClosed;
}

Parsed<PushRequest> parsePushRequest(std::string_view text)
{
    if (text.size() > kMaxPushBodyBytes)
        return fail<PushRequest>(ErrorCode::TooLarge,
                                 "push body of " + std::to_string(text.size()) + " bytes exceeds " +
                                     std::to_string(kMaxPushBodyBytes));
    json doc = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded())
        return fail<PushRequest>(ErrorCode::BadRequest, "push body is not valid JSON");
    return parsePushRequestJson(doc);
}

Parsed<PushRequest> parsePushRequestJson(const json& doc)
{
    if (!doc.is_object())
        return fail<PushRequest>(ErrorCode::BadRequest, "push body must be a JSON object");
    PushRequest req;
    std::string why;
    if (!readId(doc, field::kClientId, req.clientId, why))
        return fail<PushRequest>(ErrorCode::BadRequest, why);
    auto muts = doc.find(field::kMutations);
    if (muts == doc.end() || !muts->is_array())
        return fail<PushRequest>(ErrorCode::BadRequest, "\"mutations\" must be an array");
    if (muts->size() > kMaxMutationsPerPush)
        return fail<PushRequest>(ErrorCode::TooLarge,
                                 std::to_string(muts->size()) + " mutations exceed " +
                                     std::to_string(kMaxMutationsPerPush) + " per push");
    req.mutations.reserve(muts->size());
    for (std::size_t i = 0; i < muts->size(); ++i) {
        auto m = parseMutation((*muts)[i], i);
        if (!m.ok())
            return fail<PushRequest>(m.error.code, m.error.message);
        req.mutations.push_back(std::move(*m.value));
    }
    Parsed<PushRequest> p;
    p.value = std::move(req);
    return p;
}

json toJson(const PushRequest& request)
{
    json muts = json::array();
    for (const Mutation& m : request.mutations) {
        json j = {{field::kMutationId, m.mutationId},
                  {field::kType, std::string(recordTypeName(m.type))},
                  {field::kId, m.id},
                  {field::kBaseVersion, m.baseVersion},
                  {field::kOp, std::string(opName(m.op))}};
        if (m.op == Op::Put)
            j[field::kBody] = m.body;
        muts.push_back(std::move(j));
    }
    return {{field::kClientId, request.clientId}, {field::kMutations, std::move(muts)}};
}

json errorJson(ErrorCode code, std::string_view message)
{
    return {{field::kError,
             {{field::kCode, std::string(errorCodeName(code))},
              {field::kMessage, std::string(message)}}}};
}

json toJson(const MutationResult& r)
{
    json j = {{field::kMutationId, r.mutationId}};
    switch (r.status) {
    case MutationResult::Status::Accepted:
        j[field::kStatus] = std::string(status::kAccepted);
        j[field::kVersion] = r.version;
        j[field::kSeq] = r.seq;
        break;
    case MutationResult::Status::Conflict:
        j[field::kStatus] = std::string(status::kConflict);
        j[field::kServerVersion] = r.serverVersion;
        j[field::kServerDeleted] = r.serverDeleted;
        j[field::kServerBody] = r.serverBody;
        break;
    case MutationResult::Status::Rejected:
        j[field::kStatus] = std::string(status::kRejected);
        j[field::kError] = errorJson(r.error.code, r.error.message)[field::kError];
        break;
    }
    return j;
}

Parsed<MutationResult> parseMutationResult(const json& j)
{
    if (!j.is_object())
        return fail<MutationResult>(ErrorCode::BadRequest, "result must be an object");
    MutationResult r;
    auto id = j.find(field::kMutationId);
    auto st = j.find(field::kStatus);
    if (id == j.end() || !id->is_string() || st == j.end() || !st->is_string())
        return fail<MutationResult>(ErrorCode::BadRequest,
                                    "result needs \"mutation_id\" and \"status\"");
    r.mutationId = id->get<std::string>();
    const auto& s = st->get_ref<const std::string&>();
    auto integer = [&](const char* name, std::int64_t& out) {
        auto it = j.find(name);
        if (it == j.end() || !it->is_number_integer())
            return false;
        out = it->get<std::int64_t>();
        return true;
    };
    if (s == status::kAccepted) {
        r.status = MutationResult::Status::Accepted;
        if (!integer(field::kVersion, r.version) || !integer(field::kSeq, r.seq))
            return fail<MutationResult>(ErrorCode::BadRequest,
                                        "accepted result needs version and seq");
    } else if (s == status::kConflict) {
        r.status = MutationResult::Status::Conflict;
        if (!integer(field::kServerVersion, r.serverVersion))
            return fail<MutationResult>(ErrorCode::BadRequest,
                                        "conflict result needs server_version");
        r.serverDeleted = j.value(field::kServerDeleted, false);
        r.serverBody = j.value(field::kServerBody, json());
    } else if (s == status::kRejected) {
        r.status = MutationResult::Status::Rejected;
        auto e = j.find(field::kError);
        if (e == j.end() || !e->is_object())
            return fail<MutationResult>(ErrorCode::BadRequest, "rejected result needs error");
        auto code = parseErrorCode(e->value(field::kCode, std::string()));
        r.error = Error{code.value_or(ErrorCode::Internal), e->value(field::kMessage, "")};
    } else {
        return fail<MutationResult>(ErrorCode::BadRequest, "unknown result status");
    }
    Parsed<MutationResult> p;
    p.value = std::move(r);
    return p;
}

Parsed<std::vector<MutationResult>> parsePushResponse(const json& j)
{
    auto results = j.is_object() ? j.find(field::kResults) : json::const_iterator();
    if (!j.is_object() || results == j.end() || !results->is_array())
        return fail<std::vector<MutationResult>>(ErrorCode::BadRequest,
                                                 "push answer needs \"results\" as an array");
    std::vector<MutationResult> out;
    out.reserve(results->size());
    for (const json& r : *results) {
        auto parsed = parseMutationResult(r);
        if (!parsed.ok())
            return fail<std::vector<MutationResult>>(parsed.error.code, parsed.error.message);
        out.push_back(std::move(*parsed.value));
    }
    Parsed<std::vector<MutationResult>> p;
    p.value = std::move(out);
    return p;
}

json toJson(const Change& c)
{
    return {{field::kSeq, c.seq},         {field::kType, std::string(recordTypeName(c.type))},
            {field::kId, c.id},           {field::kVersion, c.version},
            {field::kDeleted, c.deleted}, {field::kBody, c.body}};
}

json toJson(const ChangesPage& page)
{
    json list = json::array();
    for (const Change& c : page.changes)
        list.push_back(toJson(c));
    return {{field::kChanges, std::move(list)},
            {field::kLastSeq, page.lastSeq},
            {field::kMore, page.more}};
}

Parsed<ChangesPage> parseChangesPage(const json& j)
{
    auto bad = [](const std::string& why) {
        return fail<ChangesPage>(ErrorCode::BadRequest, "changes answer: " + why);
    };
    if (!j.is_object())
        return bad("not an object");
    auto list = j.find(field::kChanges);
    auto last = j.find(field::kLastSeq);
    auto more = j.find(field::kMore);
    if (list == j.end() || !list->is_array() || last == j.end() || !last->is_number_integer() ||
        more == j.end() || !more->is_boolean())
        return bad("needs changes, last_seq and more");
    ChangesPage page;
    page.lastSeq = last->get<std::int64_t>();
    page.more = more->get<bool>();
    for (const json& c : *list) {
        if (!c.is_object())
            return bad("a change is not an object");
        Change ch;
        auto seq = c.find(field::kSeq);
        auto type = c.find(field::kType);
        auto id = c.find(field::kId);
        auto version = c.find(field::kVersion);
        auto deleted = c.find(field::kDeleted);
        if (seq == c.end() || !seq->is_number_integer() || type == c.end() || !type->is_string() ||
            id == c.end() || !id->is_string() || version == c.end() ||
            !version->is_number_integer() || deleted == c.end() || !deleted->is_boolean())
            return bad("a change needs seq, type, id, version and deleted");
        auto t = parseRecordType(type->get_ref<const std::string&>());
        if (!t)
            return bad("unknown record type");
        ch.seq = seq->get<std::int64_t>();
        ch.type = *t;
        ch.id = id->get<std::string>();
        ch.version = version->get<std::int64_t>();
        ch.deleted = deleted->get<bool>();
        ch.body = c.value(field::kBody, json());
        page.changes.push_back(std::move(ch));
    }
    Parsed<ChangesPage> p;
    p.value = std::move(page);
    return p;
}

Error parseErrorBody(const json& j)
{
    if (j.is_object()) {
        auto e = j.find(field::kError);
        if (e != j.end() && e->is_object()) {
            auto code = parseErrorCode(e->value(field::kCode, std::string()));
            return {code.value_or(ErrorCode::Internal), e->value(field::kMessage, "")};
        }
    }
    return {ErrorCode::Internal, "the answer carries no error object"};
}

} // namespace cd::protocol
