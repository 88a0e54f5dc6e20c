#pragma once

#include "common/result.h"
#include "draftexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <functional>

namespace cd {

struct DraftBatchRequest
{
    QString profileDir;
    QStringList caseNumbers;
    QString templateId;
    QDate date;
    QString outputDir;
    ExportFormat format = ExportFormat::Pdf;
};

struct DraftBatchItem
{
    QString caseNumber;
    QString path;  // written file; empty on failure
    QString error; // translated; empty on success
};

struct DraftBatchResult
{
    QVector<DraftBatchItem> items; // one per case handled before a cancel
    bool cancelled = false;
    qint64 millis = 0;
    int succeeded() const;
};

// One template for many cases (e.g. 50 speedy-trial cases), each written to its own file named
// after the case number. Opens its own connections, so it can run on a worker thread; call
// DocumentFonts::instance() on the GUI thread first. A failing case is reported and the batch
// goes on; progress(done, total) returning false stops it after the current case.
class BatchDrafter
{
    Q_DECLARE_TR_FUNCTIONS(cd::BatchDrafter)
public:
    static Result<DraftBatchResult> run(const DraftBatchRequest& request,
                                        const std::function<bool(int, int)>& progress = {});
    // （2026）甘0102民初12号 → 2026-甘0102民初12号-civil-judgment.pdf
    static QString fileNameFor(const QString& caseNumber, const QString& templateId,
                               ExportFormat format);
};

} // namespace cd
