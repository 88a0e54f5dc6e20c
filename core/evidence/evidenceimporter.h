#pragma once

#include "common/result.h"
#include "evidencetypes.h"
#include "ocr/ocrtypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace cd {

class Profile;
namespace ocr {
class OcrBatch;
}

// Takes files into a case's evidence: stores each original once (SHA-256), records the item,
// then recognises its pages on the OCR worker pool and stores every page as it arrives, with
// its review image and a single-page searchable PDF (so export never recognises twice).
// Runs on the GUI thread without blocking it: the work happens in the worker processes.
class EvidenceImporter : public QObject
{
    Q_OBJECT
public:
    EvidenceImporter(Profile& profile, QObject* parent = nullptr);
    ~EvidenceImporter() override;

    void setWorkers(int workers) { m_workers = workers; }
    void setPageTimeLimitMs(int ms) { m_timeLimitMs = ms; }
    // Stores the originals and creates the items now; OCR then runs in the background.
    // Returns the ids of the new items (files already in the case are reported, not repeated).
    QVector<qint64> importFiles(qint64 caseId, const QStringList& files, const QString& language);
    // OCR of an item that needed a password, or whose pages failed.
    void recognise(qint64 evidenceId, const QString& password = {});
    void cancel();
    bool isRunning() const;

    // Joins the stored per-page searchable PDFs of an item into outFile; audited.
    Result<void> exportSearchablePdf(qint64 evidenceId, const QString& outFile);
    QString reviewImagePath(const EvidenceItem& item, int page) const;

Q_SIGNALS:
    void itemAdded(qint64 evidenceId);
    void duplicate(const QString& fileName, qint64 existingId);
    void rejected(const QString& fileName, const QString& message);
    void passwordRequired(qint64 evidenceId, const QString& fileName, bool wrongPassword);
    void pageStored(qint64 evidenceId, int page);
    void pageFailed(qint64 evidenceId, int page, const QString& message);
    void itemFinished(qint64 evidenceId, cd::EvidenceOcrStatus status);
    void progress(double donePages, int totalPages);
    void finished(bool cancelled);

private:
    struct Tally
    {
        int ok = 0;
        int failed = 0;
        bool documentFailed = false;
        bool needsPassword = false;
    };
    void startBatch();
    void onBatchFinished(bool cancelled);

    Profile& m_profile;
    int m_workers;
    int m_timeLimitMs = 180000;
    QVector<qint64> m_queue; // items waiting for OCR
    QHash<qint64, QString> m_passwords;
    QPointer<ocr::OcrBatch> m_batch;
    QVector<qint64> m_batchItems;
    QHash<qint64, Tally> m_tally;
};

} // namespace cd
