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

struct EvidenceRow
{
    QString title;
    QString submittedBy;
    int pages = 0;
    QString description;
    QDateTime createdAt;
};

// Reads the document and evidence lists of one case for the case view.
// Stop-gap: core has no repository for these tables yet (schema v1 `documents`, `evidence`);
// once it has, this class should call it instead of running SQL. Read-only.
class CaseFilesReader
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::CaseFilesReader)
public:
    explicit CaseFilesReader(Database& db) : m_db(db) {}

    Result<QVector<DocumentRow>> documents(qint64 caseId);
    Result<QVector<EvidenceRow>> evidence(qint64 caseId);

private:
    Database& m_db;
};

} // namespace cd::ui
