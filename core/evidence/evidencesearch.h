#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

class Database;

struct EvidenceHit
{
    qint64 caseId = 0;
    qint64 evidenceId = 0;
    int pageNumber = 0;
};

// Full-text search over evidence page text. The same two-table scheme as the case index
// (SearchIndex): trigram for terms of 3+ characters, one token per character for 1-2
// character terms such as two-character names. Page text is indexed without the spaces OCR
// puts between Chinese characters, so 借款合同 matches however it was recognised.
class EvidenceSearch
{
    Q_DECLARE_TR_FUNCTIONS(cd::EvidenceSearch)
public:
    explicit EvidenceSearch(Database& db) : m_db(db) {}

    // Replaces the index rows of one page (call inside the write transaction).
    Result<void> indexPage(qint64 pageId, const QString& text);
    Result<void> removePage(qint64 pageId);
    // Pages matching every term; caseId 0 searches all cases.
    Result<QVector<EvidenceHit>> search(const QString& query, qint64 caseId = 0, int limit = 200);

    // The text as indexed: CJK spacing removed.
    static QString indexText(const QString& text);

private:
    Database& m_db;
};

} // namespace cd
