#pragma once

#include "citation.h"
#include "common/result.h"
#include "statutemodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace cd {

// How one cited article relates to the law in force on a date.
enum class CitationStatus {
    Resolved,       // the article exists in the version in force
    UnknownLaw,     // no law of that name in the library
    NotInLibrary,   // the law is known, but the text in force on the date is not in the library
    MissingArticle, // the version in force has no such article
};

struct ResolvedArticle
{
    ArticleRef ref;
    CitationStatus status = CitationStatus::UnknownLaw;
    StatuteArticle article; // filled when Resolved
    QString message;        // translated explanation unless Resolved
};

struct ResolvedCitation
{
    Citation citation;
    std::optional<StatuteVersion> version; // the version in force on the date, if in the library
    QVector<ResolvedArticle> articles;

    bool allResolved() const;
};

struct StatuteSearchHit
{
    StatuteVersion version;
    StatuteArticle article;
};

// Read-only access to the imported statute corpus: versions of a law with their days in force,
// articles by number, citations resolved against the text in force on a date. One instance
// per thread (it owns a database connection).
class StatuteLibrary
{
    Q_DECLARE_TR_FUNCTIONS(cd::StatuteLibrary)
public:
    ~StatuteLibrary();
    StatuteLibrary(const StatuteLibrary&) = delete;
    StatuteLibrary& operator=(const StatuteLibrary&) = delete;

    static Result<std::unique_ptr<StatuteLibrary>> open(const QString& dbPath);

    // Where the library is looked for, in order: $COURTDESK_STATUTES_DB; statutes.sqlite in the
    // installed data folder; a cache imported from the corpus folder ($COURTDESK_STATUTES_DIR or
    // the one configured at build time), refreshed when the corpus changed. The import runs
    // once (about seconds) and reports through progress.
    static Result<std::unique_ptr<StatuteLibrary>>
    openDefault(const std::function<bool(int, int)>& progress = {});
    static QString defaultCorpusDir();
    static QString defaultCachePath();

    QString path() const { return m_path; }
    QString metaValue(const QString& key) const;

    // All versions of the law named name (full or short title, 〈〉 or 《》), oldest first.
    QVector<StatuteVersion> versions(const QString& name) const;
    std::optional<StatuteVersion> versionInForce(const QString& name, const QDate& date) const;
    std::optional<StatuteVersion> version(qint64 id) const;
    // All articles of one version in order, over this library's own connection (cheaper than
    // StatuteOutline::articles when reading many versions).
    QVector<StatuteArticle> articles(qint64 versionId) const;
    // Every version of the corpus folder category (司法解释, 刑法 …) in force on date, by title.
    QVector<StatuteVersion> versionsInForce(const QString& category, const QDate& date) const;
    std::optional<StatuteArticle> article(qint64 versionId, int number, int suffix = 0) const;
    // Every law title in the library, sorted.
    QStringList titles() const;

    ResolvedCitation resolve(const Citation& citation, const QDate& date) const;
    // Parses text as one citation first; an unparsable text gives an UnknownLaw result.
    ResolvedCitation resolve(const QString& citationText, const QDate& date) const;

    // Articles of the versions in force on date whose law title or text contains every
    // whitespace-separated term (a term like 第二百六十四条 matches the article label).
    QVector<StatuteSearchHit> search(const QString& query, const QDate& date, int limit = 50) const;

private:
    StatuteLibrary() = default;
    StatuteVersion readVersion(const QSqlQuery& q) const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
};

} // namespace cd
