#include "migrations.h"

#include "cases/caserepository.h"
#include "common/logging.h"
#include "database.h"
#include "search/searchindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cd {

namespace {

Result<void> run(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& s : statements) {
        QSqlQuery q(db);
        if (!q.exec(s))
            return databaseError(
                QCoreApplication::translate("cd::Migrations", "upgrading the case store"),
                q.lastError().text() + QStringLiteral(" in: ") + s);
    }
    return {};
}

// v1: the case file itself.
Result<void> step1Cases(QSqlDatabase& db)
{
    return run(
        db, {
                QStringLiteral("CREATE TABLE courts ("
                               " id INTEGER PRIMARY KEY,"
                               " code TEXT NOT NULL UNIQUE,"
                               " name TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE cases ("
                               " id INTEGER PRIMARY KEY,"
                               " uuid TEXT NOT NULL UNIQUE,"
                               " case_number TEXT NOT NULL UNIQUE,"
                               " court_id INTEGER REFERENCES courts(id),"
                               " cause TEXT NOT NULL DEFAULT '',"
                               " kind TEXT NOT NULL DEFAULT '',"
                               " procedure TEXT NOT NULL DEFAULT '',"
                               " status TEXT NOT NULL DEFAULT 'open',"
                               " filed_on TEXT NOT NULL,"
                               " closed_on TEXT,"
                               " judge TEXT NOT NULL DEFAULT '',"
                               " panel TEXT NOT NULL DEFAULT '',"
                               " claim_fen INTEGER NOT NULL DEFAULT 0,"
                               " summary TEXT NOT NULL DEFAULT '',"
                               " created_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL,"
                               " version INTEGER NOT NULL DEFAULT 1)"),
                QStringLiteral("CREATE TABLE parties ("
                               " id INTEGER PRIMARY KEY,"
                               " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL DEFAULT 0,"
                               " role TEXT NOT NULL,"
                               " kind TEXT NOT NULL DEFAULT 'person',"
                               " name TEXT NOT NULL,"
                               " id_number TEXT NOT NULL DEFAULT '',"
                               " address TEXT NOT NULL DEFAULT '',"
                               " phone TEXT NOT NULL DEFAULT '',"
                               " agent TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX parties_case ON parties(case_id)"),
                QStringLiteral("CREATE TABLE events ("
                               " id INTEGER PRIMARY KEY,"
                               " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                               " type TEXT NOT NULL,"
                               " starts_on TEXT NOT NULL,"
                               " ends_on TEXT,"
                               " extension_months INTEGER NOT NULL DEFAULT 0,"
                               " extension_days INTEGER NOT NULL DEFAULT 0,"
                               " approved_by TEXT NOT NULL DEFAULT '',"
                               " note TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX events_case ON events(case_id)"),
                QStringLiteral("CREATE TABLE documents ("
                               " id INTEGER PRIMARY KEY,"
                               " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                               " title TEXT NOT NULL,"
                               " kind TEXT NOT NULL DEFAULT '',"
                               " file_name TEXT NOT NULL DEFAULT '',"
                               " sha256 TEXT NOT NULL DEFAULT '',"
                               " pages INTEGER NOT NULL DEFAULT 0,"
                               " created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX documents_case ON documents(case_id)"),
                QStringLiteral("CREATE TABLE evidence ("
                               " id INTEGER PRIMARY KEY,"
                               " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                               " title TEXT NOT NULL,"
                               " submitted_by TEXT NOT NULL DEFAULT '',"
                               " sha256 TEXT NOT NULL DEFAULT '',"
                               " pages INTEGER NOT NULL DEFAULT 0,"
                               " description TEXT NOT NULL DEFAULT '',"
                               " created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX evidence_case ON evidence(case_id)"),
            });
}

// v2: append-only, hash-chained audit log. The triggers stop ordinary edits; verify()
// catches anything that goes around them.
Result<void> step2Audit(QSqlDatabase& db)
{
    return run(db,
               {
                   QStringLiteral("CREATE TABLE audit_log ("
                                  " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                  " at TEXT NOT NULL,"
                                  " actor TEXT NOT NULL,"
                                  " action TEXT NOT NULL,"
                                  " entity TEXT NOT NULL,"
                                  " entity_id TEXT NOT NULL,"
                                  " details TEXT NOT NULL,"
                                  " prev_hash TEXT NOT NULL,"
                                  " hash TEXT NOT NULL)"),
                   QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                                  " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
                   QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                                  " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
               });
}

// v3: full-text search. Trigram serves queries of 3+ characters; a one-character-per-token
// table serves 1-2 character queries (trigram silently returns nothing for those).
Result<void> step3Search(QSqlDatabase& db)
{
    return run(
        db,
        {
            QStringLiteral("CREATE VIRTUAL TABLE case_fts USING fts5(body, tokenize='trigram')"),
            QStringLiteral("CREATE VIRTUAL TABLE case_fts_chars USING fts5(body, "
                           "tokenize=\"unicode61 remove_diacritics 0 categories 'L* N* Co M*'\")"),
        });
}

// v4: the due date is stored with the case so the case list can sort and badge 100,000
// cases without recomputing every timeline.
Result<void> step4DueDate(QSqlDatabase& db)
{
    return run(db, {
                       QStringLiteral("ALTER TABLE cases ADD COLUMN due_on TEXT"),
                       QStringLiteral("CREATE INDEX cases_due ON cases(due_on)"),
                       QStringLiteral("CREATE INDEX cases_filed ON cases(filed_on)"),
                       QStringLiteral("CREATE INDEX cases_status ON cases(status)"),
                   });
}

// v5: one index per sortable case-list column, so a page of a sorted (and filtered) list
// walks an index and stops after the page instead of sorting 100,000 rows.
Result<void> step5SortIndexes(QSqlDatabase& db)
{
    return run(db, {
                       QStringLiteral("CREATE INDEX cases_number ON cases(case_number)"),
                       QStringLiteral("CREATE INDEX cases_cause ON cases(cause)"),
                       QStringLiteral("CREATE INDEX cases_judge ON cases(judge)"),
                   });
}

// Derived data a step introduces must also be filled in for the rows already there; without
// this an upgraded store's cases are missing from search (v3), have no due date (v4) and sort
// as if cause, judge and parties (v10) or the case number (v11) were empty.
// Runs in the step's transaction, so a crash cannot leave the new version without it.
Result<void> backfill(Database& db, int version)
{
    if (version == 3)
        return SearchIndex(db).rebuildAll();
    // One rebuild writes every collation key, those of v10 and v11 alike. Backfills run only on
    // an upgrade to the latest version, so an upgrade that passes v10 also passes v11: the
    // rebuild runs once, for v11.
    if (version == 10)
        return {};
    if (version == 11)
        return CaseRepository::rebuildSortKeys(db);
    if (version != 4)
        return {};
    QSqlQuery ids(db.sql());
    if (!ids.exec(QStringLiteral("SELECT id FROM cases WHERE due_on IS NULL AND procedure <> ''")))
        return databaseError(
            QCoreApplication::translate("cd::Migrations", "upgrading the case store"),
            ids.lastError().text());
    QVector<qint64> all;
    while (ids.next())
        all << ids.value(0).toLongLong();
    CaseRepository repo(db, QString());
    for (qint64 id : all) {
        auto c = repo.load(id);
        if (!c)
            return c.error();
        // A record that no longer validates keeps no due date until someone edits it.
        if (!repo.validate(c.value()) || !c->dueOn.isValid())
            continue;
        QSqlQuery u(db.sql());
        u.prepare(QStringLiteral("UPDATE cases SET due_on=? WHERE id=?"));
        u.addBindValue(c->dueOn.toString(Qt::ISODate));
        u.addBindValue(id);
        if (!u.exec())
            return databaseError(
                QCoreApplication::translate("cd::Migrations", "upgrading the case store"),
                u.lastError().text());
    }
    return {};
}

// Evidence intake and OCR: chain-of-custody fields on evidence items, per-page OCR results
// (text, word boxes, confidences) kept as recognised, corrections as numbered revisions, and
// a search index pair over page text (trigram for 3+ characters, one token per character for
// 1-2 character queries, as for cases).
Result<void> stepEvidenceOcr(QSqlDatabase& db)
{
    return run(
        db,
        {
            QStringLiteral("ALTER TABLE evidence ADD COLUMN position INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE evidence ADD COLUMN source TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE evidence ADD COLUMN file_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE evidence ADD COLUMN media_type TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE evidence ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE evidence ADD COLUMN importer TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE evidence ADD COLUMN language TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE evidence ADD COLUMN ocr_status TEXT NOT NULL DEFAULT 'none'"),
            QStringLiteral("CREATE INDEX evidence_sha ON evidence(sha256)"),
            QStringLiteral(
                "CREATE TABLE evidence_pages ("
                " id INTEGER PRIMARY KEY,"
                " evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,"
                " page_no INTEGER NOT NULL,"
                " origin TEXT NOT NULL DEFAULT 'ocr',"
                " language TEXT NOT NULL DEFAULT '',"
                " width INTEGER NOT NULL DEFAULT 0,"
                " height INTEGER NOT NULL DEFAULT 0,"
                " dpi INTEGER NOT NULL DEFAULT 0,"
                " mean_confidence REAL NOT NULL DEFAULT 0,"
                " ocr_text TEXT NOT NULL DEFAULT '',"
                " words TEXT NOT NULL DEFAULT '[]',"
                " status TEXT NOT NULL DEFAULT 'ok',"
                " error TEXT NOT NULL DEFAULT '',"
                " recognised_at TEXT,"
                " UNIQUE(evidence_id, page_no))"),
            QStringLiteral(
                "CREATE TABLE evidence_page_revisions ("
                " id INTEGER PRIMARY KEY,"
                " page_id INTEGER NOT NULL REFERENCES evidence_pages(id) ON DELETE CASCADE,"
                " revision INTEGER NOT NULL,"
                " text TEXT NOT NULL,"
                " author TEXT NOT NULL,"
                " created_at TEXT NOT NULL,"
                " note TEXT NOT NULL DEFAULT '',"
                " UNIQUE(page_id, revision))"),
            QStringLiteral(
                "CREATE VIRTUAL TABLE evidence_fts USING fts5(body, tokenize='trigram')"),
            QStringLiteral("CREATE VIRTUAL TABLE evidence_fts_chars USING fts5(body, "
                           "tokenize=\"unicode61 remove_diacritics 0 categories 'L* N* Co M*'\")"),
        });
}

// Closing checklist (结案检查, core/intel/closingcheck.h): what has been done toward closing a
// case. Party names, not ids, because saving a case rewrites its party rows.
Result<void> stepClosingChecklist(QSqlDatabase& db)
{
    return run(
        db, {
                QStringLiteral("CREATE TABLE closing_items ("
                               " id INTEGER PRIMARY KEY,"
                               " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                               " item TEXT NOT NULL,"
                               " party TEXT NOT NULL DEFAULT '',"
                               " done_on TEXT NOT NULL,"
                               " note TEXT NOT NULL DEFAULT '',"
                               " actor TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX closing_items_case ON closing_items(case_id)"),
            });
}

// Offline-first sync (core/sync, docs/sync-protocol.md): the server's version of each synced
// record, stable uuids for evidence items and documents (backfilled here), the outbox of local
// mutations, conflicts kept for a person to resolve, tombstones of records deleted on the server
// and the sync state (client id, cursor, account).
Result<void> stepSync(QSqlDatabase& db)
{
    // A random version-4 UUID in SQL, for the backfill of existing rows.
    const QString uuidExpr = QStringLiteral(
        "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
        "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
        "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))");
    return run(
        db, {
                QStringLiteral(
                    "ALTER TABLE cases ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE evidence ADD COLUMN uuid TEXT"),
                QStringLiteral(
                    "ALTER TABLE evidence ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE evidence SET uuid = %1 WHERE uuid IS NULL").arg(uuidExpr),
                QStringLiteral("CREATE UNIQUE INDEX evidence_uuid ON evidence(uuid)"),
                QStringLiteral("ALTER TABLE documents ADD COLUMN uuid TEXT"),
                QStringLiteral(
                    "ALTER TABLE documents ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE documents SET uuid = %1 WHERE uuid IS NULL").arg(uuidExpr),
                QStringLiteral("CREATE UNIQUE INDEX documents_uuid ON documents(uuid)"),
                QStringLiteral("CREATE TABLE sync_outbox ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " mutation_id TEXT NOT NULL UNIQUE,"
                               " type TEXT NOT NULL,"
                               " record_uuid TEXT NOT NULL,"
                               " op TEXT NOT NULL,"
                               " body TEXT,"
                               " sent_base INTEGER,"
                               " state TEXT NOT NULL DEFAULT 'pending',"
                               " error TEXT NOT NULL DEFAULT '',"
                               " created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX sync_outbox_record ON sync_outbox(type, record_uuid)"),
                QStringLiteral("CREATE TABLE sync_conflicts ("
                               " id INTEGER PRIMARY KEY,"
                               " type TEXT NOT NULL,"
                               " record_uuid TEXT NOT NULL,"
                               " mutation_id TEXT NOT NULL,"
                               " local_body TEXT,"
                               " local_deleted INTEGER NOT NULL DEFAULT 0,"
                               " server_body TEXT,"
                               " server_version INTEGER NOT NULL,"
                               " server_deleted INTEGER NOT NULL DEFAULT 0,"
                               " created_at TEXT NOT NULL,"
                               " resolved_at TEXT)"),
                QStringLiteral("CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at)"),
                QStringLiteral("CREATE TABLE sync_tombstones ("
                               " type TEXT NOT NULL,"
                               " record_uuid TEXT NOT NULL,"
                               " version INTEGER NOT NULL,"
                               " PRIMARY KEY(type, record_uuid))"),
                QStringLiteral("CREATE TABLE sync_state ("
                               " id INTEGER PRIMARY KEY CHECK (id = 1),"
                               " client_id TEXT NOT NULL,"
                               " cursor INTEGER NOT NULL DEFAULT 0,"
                               " server_url TEXT NOT NULL DEFAULT '',"
                               " user_name TEXT NOT NULL DEFAULT '',"
                               " token TEXT NOT NULL DEFAULT '',"
                               " token_expires_at TEXT NOT NULL DEFAULT '')"),
            });
}

// Courtrooms and their bookings (庭审排期). Times are the court's local time as
// yyyy-MM-ddTHH:mm:ss, so overlap tests are string comparisons an index can serve.
Result<void> stepHearings(QSqlDatabase& db)
{
    return run(
        db, {
                QStringLiteral("CREATE TABLE courtrooms ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " kind TEXT NOT NULL DEFAULT 'physical',"
                               " location TEXT NOT NULL DEFAULT '',"
                               " active INTEGER NOT NULL DEFAULT 1)"),
                QStringLiteral("CREATE TABLE bookings ("
                               " id INTEGER PRIMARY KEY,"
                               " case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                               " room_id INTEGER NOT NULL REFERENCES courtrooms(id),"
                               " starts_at TEXT NOT NULL,"
                               " ends_at TEXT NOT NULL,"
                               " purpose TEXT NOT NULL DEFAULT 'hearing',"
                               " judge TEXT NOT NULL DEFAULT '',"
                               " clerk TEXT NOT NULL DEFAULT '',"
                               " note TEXT NOT NULL DEFAULT '',"
                               " status TEXT NOT NULL DEFAULT 'scheduled',"
                               " created_at TEXT NOT NULL,"
                               " created_by TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX bookings_time ON bookings(starts_at, ends_at)"),
                QStringLiteral("CREATE INDEX bookings_case ON bookings(case_id)"),
            });
}

// v10: the case list's text columns (cause, judge, parties) sort in Chinese (pinyin) order. SQLite
// compares text by code point, so each case stores ICU collation keys (core/cases/sortkey.h),
// filled in by backfill(); ORDER BY walks their indexes. The parties digest becomes sortable;
// the code-point indexes of cause and judge served only sorting and go.
Result<void> stepCollatedSortKeys(QSqlDatabase& db)
{
    return run(db, {
                       QStringLiteral("ALTER TABLE cases ADD COLUMN cause_key BLOB NOT NULL "
                                      "DEFAULT x''"),
                       QStringLiteral("ALTER TABLE cases ADD COLUMN judge_key BLOB NOT NULL "
                                      "DEFAULT x''"),
                       QStringLiteral("ALTER TABLE cases ADD COLUMN parties_key BLOB NOT NULL "
                                      "DEFAULT x''"),
                       QStringLiteral("DROP INDEX cases_cause"),
                       QStringLiteral("DROP INDEX cases_judge"),
                       QStringLiteral("CREATE INDEX cases_cause_key ON cases(cause_key)"),
                       QStringLiteral("CREATE INDEX cases_judge_key ON cases(judge_key)"),
                       QStringLiteral("CREATE INDEX cases_parties_key ON cases(parties_key)"),
                   });
}

// v11: the case number sorts by a collation key too. By code point （2024）甘0102民初123号 came
// before …民初45号; the key's numeric ordering compares the year, the digits of the court code
// and the serial number by value. Filled in by backfill(). The code-point index served only
// sorting (the UNIQUE constraint's index serves look-ups by number) and goes.
Result<void> stepCaseNumberSortKey(QSqlDatabase& db)
{
    return run(db, {
                       QStringLiteral("ALTER TABLE cases ADD COLUMN case_number_key BLOB NOT NULL "
                                      "DEFAULT x''"),
                       QStringLiteral("DROP INDEX cases_number"),
                       QStringLiteral("CREATE INDEX cases_number_key ON cases(case_number_key)"),
                   });
}

} // namespace

const QVector<Migrations::Step>& Migrations::steps()
{
    static const QVector<Step> s{
        step1Cases,       step2Audit,           step3Search,          step4DueDate,
        step5SortIndexes, stepEvidenceOcr,      stepClosingChecklist, stepSync,
        stepHearings,     stepCollatedSortKeys, stepCaseNumberSortKey};
    return s;
}

int Migrations::latestVersion()
{
    return steps().size();
}

Result<void> Migrations::migrate(Database& db)
{
    return migrateTo(db, latestVersion());
}

Result<void> Migrations::migrateTo(Database& db, int targetVersion)
{
    const int current = db.schemaVersion();
    if (current < 0)
        return databaseError(
            QCoreApplication::translate("cd::Migrations", "reading the schema version"),
            db.sql().lastError().text());
    if (current > latestVersion())
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("cd::Migrations",
                                                     "This case store was created by a newer "
                                                     "version of CourtDesk (schema %1). Please "
                                                     "update CourtDesk.")
                             .arg(current));
    if (current >= targetVersion)
        return {};
    // All steps and the backfills run in one transaction: a crash leaves the old version.
    // Backfills run after the last step because they use today's code (repository, search
    // index), which reads the current schema.
    auto r = db.transaction([&]() -> Result<void> {
        for (int v = current; v < targetVersion; ++v) {
            if (auto s = steps().at(v)(db.sql()); !s)
                return s;
            qCDebug(lcStorage) << "migrated case store to schema" << v + 1;
        }
        if (current > 0 && targetVersion == latestVersion()) { // a new store has no rows
            for (int v = current + 1; v <= targetVersion; ++v) {
                if (auto b = backfill(db, v); !b)
                    return b;
            }
        }
        return db.exec(QStringLiteral("PRAGMA user_version=%1").arg(targetVersion));
    });
    return r;
}

} // namespace cd
