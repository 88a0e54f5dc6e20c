#include "caserepository.h"

#include "audit/auditlog.h"
#include "cases/casenumber.h"
#include "cases/idvalidators.h"
#include "cases/sortkey.h"
#include "cases/timelimits.h"
#include "common/clock.h"
#include "common/logging.h"
#include "intel/closingcheck.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "sync/recordcodec.h"
#include "sync/syncstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cd {

namespace {

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// QtSql binds a null QString as SQL NULL; text columns are NOT NULL, so bind "" instead.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableDate(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString auditDetails(const CaseRecord& c)
{
    QJsonObject o{{QStringLiteral("case_number"), c.caseNumber},
                  {QStringLiteral("version"), c.version},
                  {QStringLiteral("status"), c.status},
                  {QStringLiteral("due_on"), isoDate(c.dueOn)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The default procedure for a type code, so a case typed in quickly still gets a time limit.
QString defaultProcedure(const QString& typeCode)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("民初"), QStringLiteral("civil-ordinary")},
        {QStringLiteral("民终"), QStringLiteral("civil-appeal-judgment")},
        {QStringLiteral("刑初"), QStringLiteral("criminal-first-instance")},
        {QStringLiteral("刑终"), QStringLiteral("criminal-appeal")},
        {QStringLiteral("行初"), QStringLiteral("administrative-first-instance")},
        {QStringLiteral("行终"), QStringLiteral("administrative-appeal")},
        {QStringLiteral("执"), QStringLiteral("enforcement")},
        {QStringLiteral("执恢"), QStringLiteral("enforcement")},
    };
    return map.value(typeCode);
}

// Stores a case's collation keys (core/cases/sortkey.h); prepare kStoreSortKeys, then bind.
const char* const kStoreSortKeys =
    "UPDATE cases SET case_number_key=?, cause_key=?, judge_key=?, parties_key=? WHERE id=?";
void bindSortKeys(QSqlQuery& q, qint64 id, const QString& caseNumber, const QString& cause,
                  const QString& judge, const QString& partiesText)
{
    q.addBindValue(SortKeys::key(caseNumber));
    q.addBindValue(SortKeys::key(cause));
    q.addBindValue(SortKeys::key(judge));
    q.addBindValue(SortKeys::key(partiesText));
    q.addBindValue(id);
}

// Binds the columns INSERT and UPDATE share: case_number, court_id, cause ... summary.
void bindCaseFields(QSqlQuery& q, const CaseRecord& c, qint64 courtId)
{
    q.addBindValue(c.caseNumber);
    q.addBindValue(courtId);
    q.addBindValue(nn(c.cause));
    q.addBindValue(nn(c.kind));
    q.addBindValue(nn(c.procedure));
    q.addBindValue(nn(c.status));
    q.addBindValue(isoDate(c.filedOn));
    q.addBindValue(nullableDate(c.closedOn));
    q.addBindValue(nullableDate(c.dueOn));
    q.addBindValue(nn(c.judge));
    q.addBindValue(nn(c.panel));
    q.addBindValue(c.claimFen);
    q.addBindValue(nn(c.summary));
}

// The index that serves each sort (named in INDEXED BY, so the planner cannot pick a slower
// one) and the column it orders by.
struct SortSpec
{
    const char* index;
    const char* column;
};

SortSpec sortSpec(CaseSortColumn c)
{
    switch (c) {
    case CaseSortColumn::CaseNumber:
        return {"cases_number_key", "c.case_number_key"};
    case CaseSortColumn::Cause:
        return {"cases_cause_key", "c.cause_key"};
    case CaseSortColumn::Status:
        return {"cases_status", "c.status"};
    case CaseSortColumn::FiledOn:
        return {"cases_filed", "c.filed_on"};
    case CaseSortColumn::DueOn:
        return {"cases_due", "c.due_on"};
    case CaseSortColumn::Judge:
        return {"cases_judge_key", "c.judge_key"};
    case CaseSortColumn::Parties:
        return {"cases_parties_key", "c.parties_key"};
    }
    return {"cases_filed", "c.filed_on"};
}

bool knownKey(const QVector<LabelledKey>& list, const QString& key)
{
    for (const LabelledKey& k : list) {
        if (key == QLatin1String(k.key))
            return true;
    }
    return false;
}

} // namespace

CaseRepository::CaseRepository(Database& db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

Result<void> CaseRepository::validate(CaseRecord& c) const
{
    auto number = CaseNumberParser::parse(c.caseNumber);
    if (!number)
        return number.error();
    c.caseNumber = number->toString();
    c.courtCode = number->courtCode;
    if (c.kind.isEmpty())
        c.kind = caseKindKey(number->type()->kind);
    if (c.procedure.isEmpty())
        c.procedure = defaultProcedure(number->typeCode);
    if (!c.procedure.isEmpty() && !TimeLimits::find(c.procedure))
        return makeError(ErrorCode::InvalidInput, tr("Unknown procedure \"%1\".").arg(c.procedure));
    if (!c.filedOn.isValid())
        return makeError(ErrorCode::InvalidInput, tr("The filing date is missing."));
    if (c.filedOn > Clock::instance().today().addDays(1))
        return makeError(ErrorCode::InvalidInput, tr("The filing date lies in the future."));
    if (!knownKey(CaseVocabulary::caseStatuses(), c.status))
        return makeError(ErrorCode::InvalidInput, tr("Unknown case status \"%1\".").arg(c.status));
    if (c.claimFen < 0)
        return makeError(ErrorCode::InvalidInput, tr("The claim amount cannot be negative."));

    for (Party& p : c.parties) {
        p.name = p.name.trimmed();
        if (p.name.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("A party has no name."));
        if (!knownKey(CaseVocabulary::partyRoles(), p.role))
            return makeError(ErrorCode::InvalidInput,
                             tr("Party %1 has an unknown role \"%2\".").arg(p.name, p.role));
        p.idNumber = p.idNumber.trimmed();
        if (p.idNumber.isEmpty())
            continue;
        if (p.kind == QLatin1String("organisation")) {
            auto code = IdValidators::parseCreditCode(p.idNumber);
            if (!code)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Party %1: %2").arg(p.name, code.errorMessage()));
            p.idNumber = code.value();
        } else {
            auto id = IdValidators::parseResidentId(p.idNumber);
            if (!id)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Party %1: %2").arg(p.name, id.errorMessage()));
            p.idNumber = id->number;
        }
    }
    for (const CaseEvent& e : c.events) {
        if (!knownKey(CaseVocabulary::eventTypes(), e.type))
            return makeError(ErrorCode::InvalidInput, tr("Unknown event type \"%1\".").arg(e.type));
        if (!e.startsOn.isValid())
            return makeError(ErrorCode::InvalidInput, tr("An event has no date."));
        if (e.endsOn.isValid() && e.endsOn < e.startsOn)
            return makeError(ErrorCode::InvalidInput,
                             tr("An event ends (%1) before it starts (%2).")
                                 .arg(isoDate(e.endsOn), isoDate(e.startsOn)));
    }
    return recomputeDue(c);
}

Result<void> CaseRepository::recomputeDue(CaseRecord& c) const
{
    c.dueOn = QDate();
    if (c.procedure.isEmpty())
        return {};
    TimeLimitInput in;
    in.procedure = c.procedure;
    in.filed = c.filedOn;
    for (const CaseEvent& e : c.events) {
        if (CaseVocabulary::isExcludedPeriod(e.type)) {
            // A period still running counts up to today.
            const QDate end = e.endsOn.isValid() ? e.endsOn : Clock::instance().today();
            if (end >= e.startsOn)
                in.excluded.push_back({e.startsOn, end});
        } else if (e.type == QLatin1String("extension") ||
                   e.type == QLatin1String("extension-higher")) {
            in.extensionMonths += e.extensionMonths;
            in.extensionDays += e.extensionDays;
            // Beyond the president's extension the law needs a higher court's approval.
            in.furtherExtensionApproved =
                in.furtherExtensionApproved || e.type == QLatin1String("extension-higher");
        }
    }
    auto r = TimeLimits::compute(in);
    if (!r)
        return r.error();
    c.dueOn = r->due;
    return {};
}

Result<qint64> CaseRepository::ensureCourt(const QString& code, const QString& name)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, name FROM courts WHERE code=?"));
    q.addBindValue(code);
    if (!q.exec())
        return databaseError(tr("reading courts"), q.lastError().text());
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!name.isEmpty() && q.value(1).toString() != name) {
            QSqlQuery u(m_db.sql());
            u.prepare(QStringLiteral("UPDATE courts SET name=? WHERE id=?"));
            u.addBindValue(name);
            u.addBindValue(id);
            if (!u.exec())
                return databaseError(tr("saving the court"), u.lastError().text());
        }
        return id;
    }
    QSqlQuery ins(m_db.sql());
    ins.prepare(QStringLiteral("INSERT INTO courts(code, name) VALUES(?, ?)"));
    ins.addBindValue(code);
    ins.addBindValue(name.isEmpty() ? code : name);
    if (!ins.exec())
        return databaseError(tr("saving the court"), ins.lastError().text());
    return ins.lastInsertId().toLongLong();
}

Result<void> CaseRepository::writeChildren(const CaseRecord& c)
{
    for (const char* table : {"parties", "events"}) {
        QSqlQuery del(m_db.sql());
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE case_id=?").arg(QLatin1String(table)));
        del.addBindValue(c.id);
        if (!del.exec())
            return databaseError(tr("saving the case"), del.lastError().text());
    }
    QSqlQuery p(m_db.sql());
    p.prepare(QStringLiteral("INSERT INTO parties(case_id, position, role, kind, name, id_number, "
                             "address, phone, agent) VALUES(?,?,?,?,?,?,?,?,?)"));
    for (int i = 0; i < c.parties.size(); ++i) {
        const Party& party = c.parties.at(i);
        p.addBindValue(c.id);
        p.addBindValue(i);
        p.addBindValue(nn(party.role));
        p.addBindValue(nn(party.kind));
        p.addBindValue(nn(party.name));
        p.addBindValue(nn(party.idNumber));
        p.addBindValue(nn(party.address));
        p.addBindValue(nn(party.phone));
        p.addBindValue(nn(party.agent));
        if (!p.exec())
            return databaseError(tr("saving the parties"), p.lastError().text());
    }
    QSqlQuery e(m_db.sql());
    e.prepare(QStringLiteral("INSERT INTO events(case_id, type, starts_on, ends_on, "
                             "extension_months, extension_days, approved_by, note) "
                             "VALUES(?,?,?,?,?,?,?,?)"));
    for (const CaseEvent& ev : c.events) {
        e.addBindValue(c.id);
        e.addBindValue(nn(ev.type));
        e.addBindValue(isoDate(ev.startsOn));
        e.addBindValue(nullableDate(ev.endsOn));
        e.addBindValue(ev.extensionMonths);
        e.addBindValue(ev.extensionDays);
        e.addBindValue(nn(ev.approvedBy));
        e.addBindValue(nn(ev.note));
        if (!e.exec())
            return databaseError(tr("saving the timeline"), e.lastError().text());
    }
    return {};
}

Result<qint64> CaseRepository::create(CaseRecord& c)
{
    CaseRecord w = c;
    if (auto v = validate(w); !v)
        return v.error();
    const QDateTime now = Clock::instance().now().toUTC();
    w.uuid = w.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : w.uuid;
    w.createdAt = now;
    w.updatedAt = now;
    w.version = 1;

    auto r = m_db.transaction([&]() -> Result<void> {
        QSqlQuery dup(m_db.sql());
        dup.prepare(QStringLiteral("SELECT 1 FROM cases WHERE case_number=?"));
        dup.addBindValue(w.caseNumber);
        if (!dup.exec())
            return databaseError(tr("checking the case number"), dup.lastError().text());
        if (dup.next())
            return makeError(ErrorCode::Conflict,
                             tr("A case with number %1 already exists.").arg(w.caseNumber));
        auto court = ensureCourt(w.courtCode, w.courtName);
        if (!court)
            return court.error();
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "INSERT INTO cases(uuid, case_number, court_id, cause, kind, procedure, status, "
            "filed_on, closed_on, due_on, judge, panel, claim_fen, summary, created_at, "
            "updated_at, version) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(w.uuid);
        bindCaseFields(q, w, court.value());
        q.addBindValue(w.createdAt.toString(Qt::ISODateWithMs));
        q.addBindValue(w.updatedAt.toString(Qt::ISODateWithMs));
        q.addBindValue(w.version);
        if (!q.exec())
            return databaseError(tr("saving the case"), q.lastError().text());
        w.id = q.lastInsertId().toLongLong();
        if (auto ch = writeChildren(w); !ch)
            return ch;
        if (auto k = writeSortKeys(w); !k)
            return k;
        if (auto s = SearchIndex(m_db).indexCase(w.id); !s)
            return s;
        auto a = AuditLog(m_db).append(m_actor, QStringLiteral("case.create"),
                                       QStringLiteral("case"), w.uuid, auditDetails(w));
        if (!a)
            return a.error();
        return recordForSync(w);
    });
    if (!r)
        return r.error();
    qCDebug(lcCases) << "created case" << w.caseNumber;
    c = w;
    return c.id;
}

Result<void> CaseRepository::update(CaseRecord& c)
{
    CaseRecord w = c;
    if (auto v = validate(w); !v)
        return v;
    w.updatedAt = Clock::instance().now().toUTC();
    auto r = m_db.transaction([&]() -> Result<void> {
        // 结案检查: closing is refused until the checklist passes, whoever closes the case.
        // A case closed on another desk arrives closed: the gate applied there.
        if (!m_syncApply) {
            if (auto gate = ClosingCheck(m_db).gate(w); !gate)
                return gate;
        }
        auto court = ensureCourt(w.courtCode, w.courtName);
        if (!court)
            return court.error();
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "UPDATE cases SET case_number=?, court_id=?, cause=?, kind=?, procedure=?, status=?, "
            "filed_on=?, closed_on=?, due_on=?, judge=?, panel=?, claim_fen=?, summary=?, "
            "updated_at=?, version=version+1 WHERE id=? AND version=?"));
        bindCaseFields(q, w, court.value());
        q.addBindValue(w.updatedAt.toString(Qt::ISODateWithMs));
        q.addBindValue(w.id);
        q.addBindValue(w.version);
        if (!q.exec()) {
            if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
                return makeError(ErrorCode::Conflict,
                                 tr("A case with number %1 already exists.").arg(w.caseNumber));
            return databaseError(tr("saving the case"), q.lastError().text());
        }
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::Conflict,
                             tr("Case %1 was changed by someone else after you opened it. Reload "
                                "it and apply your changes again.")
                                 .arg(w.caseNumber));
        w.version += 1;
        if (auto ch = writeChildren(w); !ch)
            return ch;
        if (auto k = writeSortKeys(w); !k)
            return k;
        if (auto s = SearchIndex(m_db).indexCase(w.id); !s)
            return s;
        auto a = AuditLog(m_db).append(m_actor, QStringLiteral("case.update"),
                                       QStringLiteral("case"), w.uuid, auditDetails(w));
        if (!a)
            return a.error();
        return recordForSync(w);
    });
    if (!r)
        return r;
    c = w;
    return {};
}

Result<void> CaseRepository::remove(qint64 id)
{
    auto rec = load(id);
    if (!rec)
        return rec.error();
    return m_db.transaction([&]() -> Result<void> {
        if (!m_syncApply) {
            // The case's evidence goes with it (ON DELETE CASCADE): the server hears of both.
            QSqlQuery ev(m_db.sql());
            ev.prepare(QStringLiteral("SELECT uuid FROM evidence WHERE case_id=? AND uuid IS NOT "
                                      "NULL ORDER BY id"));
            ev.addBindValue(id);
            if (!ev.exec())
                return databaseError(tr("deleting the case"), ev.lastError().text());
            SyncStore sync(m_db);
            while (ev.next()) {
                if (auto o = sync.enqueueDelete(QStringLiteral("evidence"), ev.value(0).toString());
                    !o)
                    return o;
            }
            if (auto o = sync.enqueueDelete(QStringLiteral("case"), rec->uuid); !o)
                return o;
        }
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("DELETE FROM cases WHERE id=?"));
        q.addBindValue(id);
        if (!q.exec())
            return databaseError(tr("deleting the case"), q.lastError().text());
        if (auto s = SearchIndex(m_db).removeCase(id); !s)
            return s;
        auto a =
            AuditLog(m_db).append(m_actor, QStringLiteral("case.delete"), QStringLiteral("case"),
                                  rec->uuid, auditDetails(rec.value()));
        if (!a)
            return a.error();
        return {};
    });
}

Result<void> CaseRepository::writeSortKeys(const CaseRecord& c)
{
    QStringList names;
    for (const Party& p : c.parties)
        names << p.name;
    QSqlQuery q(m_db.sql());
    q.prepare(QString::fromLatin1(kStoreSortKeys));
    bindSortKeys(q, c.id, c.caseNumber, c.cause, c.judge, SortKeys::partiesText(names));
    if (!q.exec())
        return databaseError(tr("saving the case"), q.lastError().text());
    return {};
}

Result<void> CaseRepository::rebuildSortKeys(Database& db)
{
    struct Row
    {
        qint64 id;
        QString caseNumber, cause, judge, parties;
    };
    QVector<Row> rows;
    QSqlQuery all(db.sql());
    all.setForwardOnly(true);
    // The parties text as list() shows it: the first four names in order.
    if (!all.exec(QStringLiteral(
            "SELECT c.id, c.case_number, c.cause, c.judge, (SELECT group_concat(name, '、') FROM "
            "(SELECT name FROM parties p WHERE p.case_id = c.id ORDER BY position LIMIT 4)) "
            "FROM cases c")))
        return databaseError(tr("sorting the case list"), all.lastError().text());
    while (all.next())
        rows.push_back({all.value(0).toLongLong(), all.value(1).toString(), all.value(2).toString(),
                        all.value(3).toString(), all.value(4).toString()});
    QSqlQuery u(db.sql());
    u.prepare(QString::fromLatin1(kStoreSortKeys));
    for (const Row& r : rows) {
        bindSortKeys(u, r.id, r.caseNumber, r.cause, r.judge, r.parties);
        if (!u.exec())
            return databaseError(tr("sorting the case list"), u.lastError().text());
    }
    qCDebug(lcCases) << "rebuilt sort keys of" << rows.size() << "cases";
    return {};
}

Result<void> CaseRepository::recordForSync(const CaseRecord& c)
{
    if (m_syncApply)
        return {};
    return SyncStore(m_db).enqueuePut(QStringLiteral("case"), c.uuid, RecordCodec::caseToJson(c));
}

Result<void> CaseRepository::addEvent(qint64 caseId, const CaseEvent& e)
{
    auto rec = load(caseId);
    if (!rec)
        return rec.error();
    CaseRecord c = std::move(rec).value();
    c.events.push_back(e);
    return update(c);
}

Result<CaseRecord> CaseRepository::load(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT c.id, c.uuid, c.case_number, co.code, co.name, c.cause, c.kind, c.procedure, "
        "c.status, c.filed_on, c.closed_on, c.due_on, c.judge, c.panel, c.claim_fen, c.summary, "
        "c.created_at, c.updated_at, c.version FROM cases c LEFT JOIN courts co ON co.id = "
        "c.court_id WHERE c.id=?"));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(tr("reading the case"), q.lastError().text());
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The case no longer exists."));
    CaseRecord c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.caseNumber = q.value(2).toString();
    c.courtCode = q.value(3).toString();
    c.courtName = q.value(4).toString();
    c.cause = q.value(5).toString();
    c.kind = q.value(6).toString();
    c.procedure = q.value(7).toString();
    c.status = q.value(8).toString();
    c.filedOn = dateFrom(q.value(9));
    c.closedOn = dateFrom(q.value(10));
    c.dueOn = dateFrom(q.value(11));
    c.judge = q.value(12).toString();
    c.panel = q.value(13).toString();
    c.claimFen = q.value(14).toLongLong();
    c.summary = q.value(15).toString();
    c.createdAt = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(q.value(17).toString(), Qt::ISODateWithMs);
    c.version = q.value(18).toInt();

    QSqlQuery p(m_db.sql());
    p.prepare(QStringLiteral("SELECT id, role, kind, name, id_number, address, phone, agent FROM "
                             "parties WHERE case_id=? ORDER BY position"));
    p.addBindValue(id);
    if (!p.exec())
        return databaseError(tr("reading the parties"), p.lastError().text());
    while (p.next()) {
        Party party;
        party.id = p.value(0).toLongLong();
        party.role = p.value(1).toString();
        party.kind = p.value(2).toString();
        party.name = p.value(3).toString();
        party.idNumber = p.value(4).toString();
        party.address = p.value(5).toString();
        party.phone = p.value(6).toString();
        party.agent = p.value(7).toString();
        c.parties.push_back(party);
    }
    QSqlQuery e(m_db.sql());
    e.prepare(QStringLiteral("SELECT id, type, starts_on, ends_on, extension_months, "
                             "extension_days, approved_by, note FROM events WHERE case_id=? "
                             "ORDER BY starts_on, id"));
    e.addBindValue(id);
    if (!e.exec())
        return databaseError(tr("reading the timeline"), e.lastError().text());
    while (e.next()) {
        CaseEvent ev;
        ev.id = e.value(0).toLongLong();
        ev.type = e.value(1).toString();
        ev.startsOn = dateFrom(e.value(2));
        ev.endsOn = dateFrom(e.value(3));
        ev.extensionMonths = e.value(4).toInt();
        ev.extensionDays = e.value(5).toInt();
        ev.approvedBy = e.value(6).toString();
        ev.note = e.value(7).toString();
        c.events.push_back(ev);
    }
    return c;
}

Result<qint64> CaseRepository::idForNumber(const QString& caseNumber)
{
    const QString normal = CaseNumberParser::normalise(caseNumber);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE case_number=?"));
    q.addBindValue(normal.isEmpty() ? caseNumber : normal);
    if (!q.exec())
        return databaseError(tr("finding the case"), q.lastError().text());
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("There is no case %1.").arg(caseNumber));
    return q.value(0).toLongLong();
}

Result<QVector<CaseSummary>> CaseRepository::list(const CaseListQuery& query)
{
    // With a search, a selective query is answered from its id list (sorting a few thousand
    // rows is cheap); a broad one lets SQLite walk the sort index and stop at the page end.
    constexpr int kSelectiveLimit = 5000;
    SearchIndex::Filter filter = SearchIndex::filterFor(query.search);
    bool walkSortIndex = false;
    if (!filter.sql.isEmpty()) {
        auto ids = SearchIndex(m_db).search(query.search, kSelectiveLimit + 1);
        if (!ids)
            return ids.error();
        if (ids->size() <= kSelectiveLimit) {
            QStringList parts;
            parts.reserve(ids->size());
            for (qint64 id : ids.value())
                parts << QString::number(id);
            filter.sql = QStringLiteral("SELECT value FROM json_each(?)");
            filter.binds = {QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']')};
        } else {
            walkSortIndex = true;
        }
    }
    QString sql = QStringLiteral(
        "SELECT c.id, c.case_number, c.cause, c.status, c.procedure, c.filed_on, c.due_on, "
        "c.judge, (SELECT group_concat(name, '、') FROM (SELECT name FROM parties p WHERE "
        "p.case_id = c.id ORDER BY position LIMIT 4)) FROM cases c");
    if (walkSortIndex) // the planner would otherwise sort every match
        sql += QStringLiteral(" INDEXED BY ") + QLatin1String(sortSpec(query.sort).index);
    if (!filter.sql.isEmpty())
        sql += QStringLiteral(" WHERE c.id IN (") + filter.sql + QStringLiteral(")");
    sql += QStringLiteral(" ORDER BY %1 %2, c.id %2")
               .arg(QLatin1String(sortSpec(query.sort).column),
                    query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString& b : filter.binds)
        q.addBindValue(b);
    if (!q.exec())
        return databaseError(tr("listing cases"), q.lastError().text());
    QVector<CaseSummary> out;
    while (q.next()) {
        CaseSummary s;
        s.id = q.value(0).toLongLong();
        s.caseNumber = q.value(1).toString();
        s.cause = q.value(2).toString();
        s.status = q.value(3).toString();
        s.procedure = q.value(4).toString();
        s.filedOn = dateFrom(q.value(5));
        s.dueOn = dateFrom(q.value(6));
        s.judge = q.value(7).toString();
        s.parties = q.value(8).toString();
        out.push_back(s);
    }
    return out;
}

Result<int> CaseRepository::count(const QString& search)
{
    const SearchIndex::Filter filter = SearchIndex::filterFor(search);
    QString sql = QStringLiteral("SELECT count(*) FROM cases c");
    if (!filter.sql.isEmpty())
        sql += QStringLiteral(" WHERE c.id IN (") + filter.sql + QStringLiteral(")");
    QSqlQuery q(m_db.sql());
    q.prepare(sql);
    for (const QString& b : filter.binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return databaseError(tr("counting cases"), q.lastError().text());
    return q.value(0).toInt();
}

Result<QStringList> CaseRepository::caseNumbers(const QString& search)
{
    const SearchIndex::Filter filter = SearchIndex::filterFor(search);
    QString sql = QStringLiteral("SELECT case_number FROM cases c");
    if (!filter.sql.isEmpty())
        sql += QStringLiteral(" WHERE c.id IN (") + filter.sql + QStringLiteral(")");
    sql += QStringLiteral(" ORDER BY c.filed_on DESC, c.id DESC");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString& b : filter.binds)
        q.addBindValue(b);
    if (!q.exec())
        return databaseError(tr("listing cases"), q.lastError().text());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace cd
