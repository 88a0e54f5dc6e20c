#include "similarcases.h"

#include "bm25.h"
#include "intellog.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cd {

namespace {

QString caseText(const QString& cause, const QString& summary)
{
    return cause + QLatin1Char(' ') + cause + QLatin1Char(' ') + summary;
}

} // namespace

Result<QVector<SimilarCase>> SimilarCases::find(Database& db, const CaseRecord& c, int top)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, case_number, cause, status, summary FROM cases"
                             " WHERE id <> ? AND (kind = ? OR cause = ?)"
                             " ORDER BY filed_on DESC LIMIT %1")
                  .arg(maxCandidates));
    q.addBindValue(c.id);
    q.addBindValue(c.kind);
    q.addBindValue(c.cause);
    if (!q.exec())
        return databaseError(tr("finding similar cases"), q.lastError().text());
    QVector<SimilarCase> candidates;
    Bm25Index index;
    while (q.next()) {
        SimilarCase s;
        s.id = q.value(0).toLongLong();
        s.caseNumber = q.value(1).toString();
        s.cause = q.value(2).toString();
        s.status = q.value(3).toString();
        s.summary = q.value(4).toString();
        index.add(caseText(s.cause, s.summary));
        candidates << s;
    }
    index.finish();
    const QString query = caseText(c.cause, c.summary);
    const QVector<double> scores = index.scores(query);
    QVector<int> order(scores.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    const int n = qMin<int>(top, int(order.size()));
    std::partial_sort(order.begin(), order.begin() + n, order.end(),
                      [&](int a, int b) { return scores.at(a) > scores.at(b); });
    QVector<SimilarCase> out;
    for (int k = 0; k < n; ++k) {
        const int i = order.at(k);
        if (scores.at(i) <= 0)
            break;
        SimilarCase s = candidates.at(i);
        s.score = scores.at(i);
        s.shared = sharedPhrases(query, index.sharedTerms(query, i, 200));
        out << s;
    }
    qCDebug(lcIntel) << "similar cases:" << candidates.size() << "candidates in" << t.elapsed()
                     << "ms";
    return out;
}

QStringList SimilarCases::sharedPhrases(const QString& text, const QStringList& terms)
{
    const QSet<QString> set(terms.begin(), terms.end());
    QStringList out;
    int i = 0;
    while (i + 1 < text.size()) {
        if (!set.contains(text.mid(i, 2))) {
            ++i;
            continue;
        }
        int j = i + 1;
        while (j + 1 < text.size() && set.contains(text.mid(j, 2)))
            ++j;
        const QString phrase = text.mid(i, j - i + 1);
        if (!out.contains(phrase))
            out << phrase;
        i = j + 1;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return out;
}

QString SimilarCases::highlight(const QString& text, const QStringList& phrases)
{
    // Mark each character covered by a phrase, then emit runs; overlapping phrases merge.
    QVector<bool> marked(text.size(), false);
    for (const QString& p : phrases) {
        if (p.size() < 2)
            continue;
        int from = 0;
        while ((from = text.indexOf(p, from)) >= 0) {
            for (int k = 0; k < p.size(); ++k)
                marked[from + k] = true;
            from += int(p.size());
        }
    }
    QString html;
    bool open = false;
    for (int i = 0; i < text.size(); ++i) {
        if (marked.at(i) != open) {
            html += open ? QStringLiteral("</mark>") : QStringLiteral("<mark>");
            open = marked.at(i);
        }
        html += QString(text.at(i)).toHtmlEscaped();
    }
    if (open)
        html += QStringLiteral("</mark>");
    return html;
}

} // namespace cd
