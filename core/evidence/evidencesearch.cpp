#include "evidencesearch.h"

#include "ocr/ocrtypes.h"
#include "search/searchindex.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

QString ftsString(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QString EvidenceSearch::indexText(const QString& text)
{
    return ocr::joinCjkSpacing(text);
}

Result<void> EvidenceSearch::removePage(qint64 pageId)
{
    for (const char* table : {"evidence_fts", "evidence_fts_chars"}) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid=?").arg(QLatin1String(table)));
        q.addBindValue(pageId);
        if (!q.exec())
            return databaseError(tr("updating the evidence search index"), q.lastError().text());
    }
    return {};
}

Result<void> EvidenceSearch::indexPage(qint64 pageId, const QString& text)
{
    if (auto r = removePage(pageId); !r)
        return r;
    const QString body = indexText(text);
    if (body.trimmed().isEmpty())
        return {};
    QSqlQuery t(m_db.sql());
    t.prepare(QStringLiteral("INSERT INTO evidence_fts(rowid, body) VALUES(?, ?)"));
    t.addBindValue(pageId);
    t.addBindValue(body);
    if (!t.exec())
        return databaseError(tr("updating the evidence search index"), t.lastError().text());
    QSqlQuery u(m_db.sql());
    u.prepare(QStringLiteral("INSERT INTO evidence_fts_chars(rowid, body) VALUES(?, ?)"));
    u.addBindValue(pageId);
    u.addBindValue(SearchIndex::charTokens(body));
    if (!u.exec())
        return databaseError(tr("updating the evidence search index"), u.lastError().text());
    return {};
}

Result<QVector<EvidenceHit>> EvidenceSearch::search(const QString& query, qint64 caseId, int limit)
{
    QVector<EvidenceHit> out;
    const QStringList terms =
        query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList parts;
    QStringList binds;
    for (const QString& term : terms) {
        QString phrase = SearchIndex::charTokens(term);
        phrase.remove(QChar(0xE000));
        if (phrase.simplified().isEmpty())
            continue;
        if (term.toUcs4().size() >= 3) {
            parts << QStringLiteral("SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?");
            binds << ftsString(term);
        } else {
            parts << QStringLiteral(
                "SELECT rowid FROM evidence_fts_chars WHERE evidence_fts_chars MATCH ?");
            binds << ftsString(phrase.simplified());
        }
    }
    if (parts.isEmpty())
        return out;
    QString sql = QStringLiteral("SELECT e.case_id, p.evidence_id, p.page_no FROM evidence_pages p "
                                 "JOIN evidence e ON e.id = p.evidence_id WHERE p.id IN (") +
                  parts.join(QStringLiteral(" INTERSECT ")) + QLatin1Char(')');
    if (caseId > 0)
        sql += QStringLiteral(" AND e.case_id = ?");
    sql +=
        QStringLiteral(" ORDER BY e.case_id, e.position, p.page_no LIMIT %1").arg(qMax(1, limit));
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString& b : binds)
        q.addBindValue(b);
    if (caseId > 0)
        q.addBindValue(caseId);
    if (!q.exec())
        return databaseError(tr("searching the evidence"), q.lastError().text());
    while (q.next())
        out.append(
            EvidenceHit{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt()});
    return out;
}

} // namespace cd
