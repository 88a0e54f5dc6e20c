#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

// Okapi BM25 over character bigrams (plus single CJK characters at a low weight), the
// tokenisation that works for Chinese without a word segmenter. Documents are added once; the
// index is then read-only and cheap to query (a few thousand documents in milliseconds).
class Bm25Index
{
public:
    // Terms of a text: overlapping bigrams of CJK/alphanumeric runs; punctuation splits runs.
    static QStringList terms(const QString& text);

    int add(const QString& text); // returns the document's index
    void finish();                // computes IDF; call after the last add()
    int size() const { return int(m_docs.size()); }

    // Score of every document for the query, indexed like add() returned.
    QVector<double> scores(const QString& query) const;
    // Terms of the query that occur in document doc, most informative first.
    QStringList sharedTerms(const QString& query, int doc, int max = 8) const;

private:
    struct Doc
    {
        QHash<QString, int> tf;
        int length = 0;
    };
    QVector<Doc> m_docs;
    QHash<QString, int> m_df;
    QHash<QString, QVector<QPair<int, int>>> m_postings; // term → (doc, tf), built by finish()
    QHash<QString, double> m_idf;
    double m_avgLength = 1;
};

} // namespace cd
