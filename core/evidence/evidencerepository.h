#pragma once

#include "common/result.h"
#include "evidencetypes.h"

#include <QCoreApplication>

namespace cd {

class Database;

// Evidence items of a case with their pages, OCR results and corrections. Every step that
// matters for the chain of custody - import, OCR, correction, export - is appended to the
// hash-chained audit log in the same transaction as the change itself.
class EvidenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(cd::EvidenceRepository)
public:
    EvidenceRepository(Database& db, QString actor);

    // An item of this case with the same bytes, or 0.
    Result<qint64> findBySha(qint64 caseId, const QString& sha256);
    // Adds the item at the end of the case's evidence list; fills id, position and importedAt.
    Result<qint64> create(EvidenceItem& item);
    Result<EvidenceItem> load(qint64 id);
    Result<QVector<EvidenceItem>> listForCase(qint64 caseId);
    Result<void> updateListEntry(qint64 id, const QString& title, const QString& submittedBy,
                                 const QString& description);
    Result<void> setPageCount(qint64 id, int pages);
    Result<void> setLanguage(qint64 id, const QString& language);
    // Records the OCR outcome; finished states are audit events.
    Result<void> setOcrStatus(qint64 id, EvidenceOcrStatus status, int pagesOk = 0,
                              int pagesFailed = 0);

    // Stores a recognised page (replacing an earlier failure of the same page) and indexes it.
    Result<void> savePage(qint64 evidenceId, const ocr::OcrPage& page);
    Result<void> savePageFailure(qint64 evidenceId, int pageNumber, const QString& code,
                                 const QString& message);
    Result<EvidencePage> page(qint64 evidenceId, int pageNumber);
    // Page numbers with their status and current text, without word boxes (cheap for lists).
    Result<QVector<EvidencePage>> pageSummaries(qint64 evidenceId);

    // Stores text as a new revision of the page; the OCR result stays as it was.
    Result<int> correctPage(qint64 evidenceId, int pageNumber, const QString& text,
                            const QString& note = {});
    Result<QVector<PageRevision>> revisions(qint64 evidenceId, int pageNumber);
    Result<void> recordExport(qint64 evidenceId, const QString& target, const QString& kind);

private:
    Result<void> audit(const QString& action, qint64 evidenceId, const QJsonObject& details);
    Result<qint64> pageId(qint64 evidenceId, int pageNumber);

    Database& m_db;
    QString m_actor;
};

} // namespace cd
