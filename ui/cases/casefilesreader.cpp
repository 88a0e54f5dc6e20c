#include "casefilesreader.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd::ui {

namespace {

QDateTime parseTimestamp(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

Result<QVector<DocumentRow>> CaseFilesReader::documents(qint64 caseId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT title, kind, file_name, pages, created_at FROM documents"
                             " WHERE case_id = ? ORDER BY created_at, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return databaseError(tr("reading the documents of a case"), q.lastError().text());
    QVector<DocumentRow> rows;
    while (q.next()) {
        rows.append(DocumentRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toInt(), parseTimestamp(q.value(4).toString())});
    }
    return rows;
}

} // namespace cd::ui
