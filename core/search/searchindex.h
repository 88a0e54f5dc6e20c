#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

class Database;

// Full-text search over case data. Terms of 3+ characters use the trigram index; terms of
// 1-2 characters (two-character names such as 张三 are common) use a one-token-per-character
// index with a phrase query, because trigram returns nothing for them. All terms must match.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(cd::SearchIndex)
public:
    explicit SearchIndex(Database& db) : m_db(db) {}

    // Rebuilds the index rows of one case from the case tables (call inside the write txn).
    Result<void> indexCase(qint64 caseId);
    Result<void> removeCase(qint64 caseId);
    Result<void> rebuildAll();

    // Matching case ids, newest first; limit -1 returns all.
    Result<QVector<qint64>> search(const QString& query, int limit = -1);
    // SQL fragment "SELECT rowid ... " selecting matching case ids, with its bind values;
    // used by the case list to filter and sort in one query. Empty if the query has no terms.
    struct Filter
    {
        QString sql;
        QStringList binds;
    };
    static Filter filterFor(const QString& query);

    // One token per character, for the short-term index.
    static QString charTokens(const QString& text);

private:
    Database& m_db;
};

} // namespace cd
