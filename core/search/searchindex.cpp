#include "searchindex.h"

#include "cases/casenumber.h"
#include "common/logging.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

const QChar kBarrier(0xE000);

bool isTokenChar(uint cp)
{
    // Mirrors the char table's tokenizer categories: letters, numbers, marks, private use.
    switch (QChar::category(char32_t(cp))) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

QString ftsString(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QString SearchIndex::charTokens(const QString& text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (uint cp : text.toUcs4()) {
        if (isTokenChar(cp)) {
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&cp), 1);
            out += QLatin1Char(' ');
        } else if (!out.endsWith(kBarrier + QLatin1Char(' '))) {
            // A barrier token (private use, never in a query) keeps phrases from matching
            // across fields or punctuation.
            out += kBarrier;
            out += QLatin1Char(' ');
        }
    }
    return out;
}

SearchIndex::Filter SearchIndex::filterFor(const QString& query)
{
    Filter f;
    const QStringList terms =
        query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList pieces;
    for (const QString& typed : terms) {
        // A whole case number as typed ("(2026)...", full-width digits) finds its stored form.
        const QString normal = CaseNumberParser::normalise(typed);
        if (!normal.isEmpty()) {
            pieces << normal;
            continue;
        }
        // Elsewhere punctuation separates terms, as it does in the indexed text: "(张三)"
        // searches for 张三.
        QString piece;
        for (uint cp : typed.toUcs4()) {
            if (isTokenChar(cp) && cp != kBarrier.unicode()) {
                piece += QString::fromUcs4(reinterpret_cast<const char32_t*>(&cp), 1);
            } else if (!piece.isEmpty()) {
                pieces << piece;
                piece.clear();
            }
        }
        if (!piece.isEmpty())
            pieces << piece;
    }
    QStringList parts;
    for (const QString& term : pieces) {
        if (term.toUcs4().size() >= 3) {
            parts << QStringLiteral("SELECT rowid FROM case_fts WHERE case_fts MATCH ?");
            f.binds << ftsString(term);
        } else {
            // Pieces hold token characters only, so the phrase has no barrier tokens.
            const QString phrase = charTokens(term);
            parts << QStringLiteral(
                "SELECT rowid FROM case_fts_chars WHERE case_fts_chars MATCH ?");
            f.binds << ftsString(phrase.simplified());
        }
    }
    f.sql = parts.join(QStringLiteral(" INTERSECT "));
    return f;
}

Result<void> SearchIndex::removeCase(qint64 caseId)
{
    for (const char* table : {"case_fts", "case_fts_chars"}) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid=?").arg(QLatin1String(table)));
        q.addBindValue(caseId);
        if (!q.exec())
            return databaseError(tr("updating the search index"), q.lastError().text());
    }
    return {};
}

Result<void> SearchIndex::indexCase(qint64 caseId)
{
    if (auto r = removeCase(caseId); !r)
        return r;
    QSqlQuery c(m_db.sql());
    c.prepare(QStringLiteral("SELECT case_number, cause, judge, panel, summary FROM cases "
                             "WHERE id=?"));
    c.addBindValue(caseId);
    if (!c.exec())
        return databaseError(tr("updating the search index"), c.lastError().text());
    if (!c.next())
        return {};
    QStringList fields;
    for (int i = 0; i < 5; ++i)
        fields << c.value(i).toString();
    QSqlQuery p(m_db.sql());
    p.prepare(QStringLiteral("SELECT name, id_number, agent, address, phone FROM parties WHERE "
                             "case_id=? ORDER BY position"));
    p.addBindValue(caseId);
    if (!p.exec())
        return databaseError(tr("updating the search index"), p.lastError().text());
    while (p.next()) {
        for (int i = 0; i < 5; ++i)
            fields << p.value(i).toString();
    }
    fields.removeAll(QString());
    const QString body = fields.join(QStringLiteral(" | "));

    QSqlQuery t(m_db.sql());
    t.prepare(QStringLiteral("INSERT INTO case_fts(rowid, body) VALUES(?, ?)"));
    t.addBindValue(caseId);
    t.addBindValue(body);
    if (!t.exec())
        return databaseError(tr("updating the search index"), t.lastError().text());
    QSqlQuery u(m_db.sql());
    u.prepare(QStringLiteral("INSERT INTO case_fts_chars(rowid, body) VALUES(?, ?)"));
    u.addBindValue(caseId);
    u.addBindValue(charTokens(body));
    if (!u.exec())
        return databaseError(tr("updating the search index"), u.lastError().text());
    return {};
}

Result<void> SearchIndex::rebuildAll()
{
    return m_db.transaction([this]() -> Result<void> {
        for (const char* s : {"DELETE FROM case_fts", "DELETE FROM case_fts_chars"}) {
            if (auto r = m_db.exec(QString::fromLatin1(s)); !r)
                return r;
        }
        QSqlQuery ids(m_db.sql());
        ids.setForwardOnly(true);
        if (!ids.exec(QStringLiteral("SELECT id FROM cases")))
            return databaseError(tr("rebuilding the search index"), ids.lastError().text());
        QVector<qint64> all;
        while (ids.next())
            all << ids.value(0).toLongLong();
        for (qint64 id : all) {
            if (auto r = indexCase(id); !r)
                return r;
        }
        qCInfo(lcSearch) << "rebuilt search index for" << all.size() << "cases";
        return {};
    });
}

Result<QVector<qint64>> SearchIndex::search(const QString& query, int limit)
{
    const Filter f = filterFor(query);
    QVector<qint64> out;
    if (f.sql.isEmpty())
        return out;
    QString sql = f.sql + QStringLiteral(" ORDER BY 1 DESC");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString& b : f.binds)
        q.addBindValue(b);
    if (!q.exec())
        return databaseError(tr("searching"), q.lastError().text());
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace cd
