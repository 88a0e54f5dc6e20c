#pragma once

#include "cases/caserecord.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

class Database;

struct SimilarCase
{
    qint64 id = 0;
    QString caseNumber;
    QString cause;
    QString status;
    QString summary;
    double score = 0;
    QStringList shared; // phrases both cases contain, longest first
};

// 类案推送 over the local (and synced) case store: BM25 over character bigrams of each case's
// cause and summary (the facts), against the open case. Candidates are cases of the same kind,
// most recent first, so a store of 100,000 cases answers in well under a second. The shared
// phrases are the matching bigram runs of the open case's own text, for highlighting.
class SimilarCases
{
    Q_DECLARE_TR_FUNCTIONS(cd::SimilarCases)
public:
    static constexpr int maxCandidates = 5000;

    static Result<QVector<SimilarCase>> find(Database& db, const CaseRecord& c, int top = 10);

    // Maximal runs of text whose bigrams are all in terms: 被告人 盗窃 电动车 …
    static QStringList sharedPhrases(const QString& text, const QStringList& terms);
    // text as HTML with each phrase wrapped in <mark>.
    static QString highlight(const QString& text, const QStringList& phrases);
};

} // namespace cd
