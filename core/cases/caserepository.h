#pragma once

#include "caserecord.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cd {

class Database;

// CaseNumber, Cause, Judge and Parties sort through stored collation keys (core/cases/sortkey.h):
// text in Chinese (pinyin) order, numbers by value (…民初45号 before …民初123号); the others by
// their stored text.
enum class CaseSortColumn { CaseNumber, Cause, Status, FiledOn, DueOn, Judge, Parties };

struct CaseListQuery
{
    QString search; // empty: all cases
    CaseSortColumn sort = CaseSortColumn::FiledOn;
    bool descending = true;
    int offset = 0;
    int limit = -1; // -1: no limit
};

// Reads and writes cases with their parties and events. Every write is one transaction that
// also updates the search index and appends to the audit log.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(cd::CaseRepository)
public:
    CaseRepository(Database& db, QString actor);

    // Validates and normalises c (case number, IDs, procedure), computes the due date,
    // and fills c.id, c.uuid, c.version and timestamps on success.
    Result<qint64> create(CaseRecord& c);
    // Replaces the case's fields, parties and events. Fails with Conflict if c.version is not
    // the stored version (someone else saved first).
    Result<void> update(CaseRecord& c);
    Result<void> remove(qint64 id);
    Result<void> addEvent(qint64 caseId, const CaseEvent& e);

    Result<CaseRecord> load(qint64 id);
    Result<qint64> idForNumber(const QString& caseNumber);
    Result<QVector<CaseSummary>> list(const CaseListQuery& query);
    Result<int> count(const QString& search = {});
    Result<QStringList> caseNumbers(const QString& search = {});

    // Checks a record without writing it; the same checks create/update apply.
    Result<void> validate(CaseRecord& c) const;

    // Recomputes every case's collation keys (case number, cause, judge, parties); the schema
    // steps that introduced them, or an ICU upgrade that changed the collation, need it.
    static Result<void> rebuildSortKeys(Database& db);

    // Sync apply mode (core/sync): writes of changes pulled from the server create no outbox
    // rows and skip the local closing gate (the closing desk applied it).
    void setSyncApply(bool on) { m_syncApply = on; }

private:
    Result<void> writeChildren(const CaseRecord& c);
    Result<void> recomputeDue(CaseRecord& c) const;
    Result<qint64> ensureCourt(const QString& code, const QString& name);
    // Writes the outbox row of a local edit, in the edit's transaction.
    Result<void> recordForSync(const CaseRecord& c);
    Result<void> writeSortKeys(const CaseRecord& c);

    Database& m_db;
    QString m_actor;
    bool m_syncApply = false;
};

} // namespace cd
