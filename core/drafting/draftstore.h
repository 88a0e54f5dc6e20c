#pragma once

#include "common/result.h"
#include "draftdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <memory>

namespace cd {

class Database;

struct DraftInfo
{
    qint64 id = 0;
    QString caseNumber;
    QString templateId;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    int latestVersion = 0;
};

struct DraftVersion
{
    qint64 id = 0;
    qint64 draftId = 0;
    int number = 0; // 1, 2, … per draft
    QDateTime savedAt;
    QString author;
    QString note; // "restored-from:N" for a restore; the UI words it
    DraftDocument document;
    QString richText; // the editor's HTML (formatting beyond the part styles), may be empty
};

// Every saved state of every drafted document of a profile, in PROFILE/documents/drafts.sqlite:
// a save never overwrites, it adds a version; restoring adds a version too. The case store's
// audit log records each save when one is given.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::DraftStore)
public:
    static constexpr int schemaVersion = 1;

    ~DraftStore();
    static Result<std::unique_ptr<DraftStore>> open(const QString& path,
                                                    Database* auditDb = nullptr);
    static QString pathForProfile(const QString& profileDir);

    // A new draft with doc as version 1.
    Result<qint64> create(const DraftDocument& doc, const QString& author,
                          const QString& richText = {});
    // Saves doc as the next version and returns its number; an unchanged document returns the
    // latest number without adding a version.
    Result<int> save(qint64 draftId, const DraftDocument& doc, const QString& author,
                     const QString& richText = {}, const QString& note = {});
    // Adds a version equal to version number and returns the new number.
    Result<int> restore(qint64 draftId, int number, const QString& author);

    Result<QVector<DraftInfo>> drafts(const QString& caseNumber = {});
    // Versions newest first, without their documents (cheap for lists).
    Result<QVector<DraftVersion>> history(qint64 draftId);
    Result<DraftVersion> version(qint64 draftId, int number);

private:
    DraftStore() = default;
    Result<void> migrate();
    Result<int> addVersion(qint64 draftId, const DraftDocument& doc, const QString& author,
                           const QString& richText, const QString& note);

    QSqlDatabase m_db;
    QString m_connection;
    Database* m_audit = nullptr;
};

} // namespace cd
