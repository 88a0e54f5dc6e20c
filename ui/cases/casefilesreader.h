#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

namespace cd {
class Database;
}

namespace cd::ui {

struct DocumentRow
{
    QString title;
    QString kind;
    QString fileName;
    int pages = 0;
    QDateTime createdAt;
};

// Reads the document list of one case for the case view.
// Stop-gap: core has no repository for the `documents` table yet; once it has, this class
// should call it instead of running SQL. Read-only. (Evidence comes from cd::EvidenceRepository.)
class CaseFilesReader
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::CaseFilesReader)
public:
    explicit CaseFilesReader(Database& db) : m_db(db) {}

    Result<QVector<DocumentRow>> documents(qint64 caseId);

private:
    Database& m_db;
};

} // namespace cd::ui
