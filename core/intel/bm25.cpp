#include "bm25.h"

#include <QSet>
#include <QtMath>

#include <algorithm>

namespace cd {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

QStringList Bm25Index::terms(const QString& text)
{
    QStringList out;
    int runStart = -1;
    const int n = text.size();
    for (int i = 0; i <= n; ++i) {
        const bool word = i < n && isWordChar(text.at(i));
        if (word && runStart < 0)
            runStart = i;
        if (!word && runStart >= 0) {
            const QString run = text.mid(runStart, i - runStart);
            if (run.size() == 1)
                out << run;
            for (int k = 0; k + 1 < run.size(); ++k)
                out << run.mid(k, 2);
            runStart = -1;
        }
    }
    return out;
}

int Bm25Index::add(const QString& text)
{
    Doc d;
    const QStringList ts = terms(text);
    for (const QString& t : ts)
        ++d.tf[t];
    d.length = int(ts.size());
    for (auto it = d.tf.cbegin(); it != d.tf.cend(); ++it)
        ++m_df[it.key()];
    m_docs.push_back(std::move(d));
    return int(m_docs.size()) - 1;
}

void Bm25Index::finish()
{
    const double n = m_docs.size();
    double total = 0;
    for (const Doc& d : qAsConst(m_docs))
        total += d.length;
    m_avgLength = n > 0 ? qMax(1.0, total / n) : 1.0;
    m_idf.clear();
    for (auto it = m_df.cbegin(); it != m_df.cend(); ++it)
        m_idf.insert(it.key(), qLn(1.0 + (n - it.value() + 0.5) / (it.value() + 0.5)));
    m_postings.clear();
    for (int i = 0; i < m_docs.size(); ++i) {
        const Doc& d = m_docs.at(i);
        for (auto it = d.tf.cbegin(); it != d.tf.cend(); ++it)
            m_postings[it.key()].push_back({i, it.value()});
    }
}

QVector<double> Bm25Index::scores(const QString& query) const
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    QVector<double> out(m_docs.size(), 0.0);
    // Each distinct query term once: repeated words in long facts should not dominate.
    QSet<QString> seen;
    for (const QString& t : terms(query)) {
        if (seen.contains(t))
            continue;
        seen.insert(t);
        const double idf = m_idf.value(t, 0.0);
        if (idf <= 0)
            continue;
        for (const auto& [i, tf] : m_postings.value(t)) {
            const double norm = k1 * (1 - b + b * m_docs.at(i).length / m_avgLength);
            out[i] += idf * tf * (k1 + 1) / (tf + norm);
        }
    }
    return out;
}

QStringList Bm25Index::sharedTerms(const QString& query, int doc, int max) const
{
    if (doc < 0 || doc >= m_docs.size())
        return {};
    QVector<QPair<double, QString>> hits;
    QSet<QString> seen;
    for (const QString& t : terms(query)) {
        if (t.size() < 2 || seen.contains(t) || !m_docs.at(doc).tf.contains(t))
            continue;
        seen.insert(t);
        hits.push_back({m_idf.value(t), t});
    }
    std::sort(hits.begin(), hits.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList out;
    for (const auto& h : qAsConst(hits)) {
        if (out.size() >= max)
            break;
        out << h.second;
    }
    return out;
}

} // namespace cd
