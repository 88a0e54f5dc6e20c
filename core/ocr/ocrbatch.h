#pragma once

#include "ocrtypes.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QVector>

namespace cd::ocr {

class WorkerPool;

struct OcrDocument
{
    QString path;
    QString password;
    QString language;       // Tesseract name or "auto"; empty: chi_sim
    QString reviewImageDir; // if set, pNNN.jpg review images are written there
    QString pagePdfDir;     // if set, pNNN.pdf searchable single pages are written there
};

// Recognises the pages of several documents on a WorkerPool. Each document is probed first
// (in a worker: probing parses the file), then its pages are queued. Results arrive per page
// and out of order; nothing is kept here after it has been reported, so memory stays flat
// however many pages there are.
class OcrBatch : public QObject
{
    Q_OBJECT
public:
    OcrBatch(QVector<OcrDocument> documents, int workers, QObject* parent = nullptr);
    ~OcrBatch() override;

    void setPageTimeLimitMs(int ms);
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const QVector<OcrDocument>& documents() const { return m_docs; }
    int totalPages() const { return m_totalPages; }
    int donePages() const { return m_donePages; }

Q_SIGNALS:
    void documentOpened(int doc, int pageCount, bool isPdf);
    void documentFailed(int doc, cd::ocr::FailureCode code, const QString& message);
    void pageStarted(int doc, int page);
    void pageProgress(int doc, int page, int percent);
    void pageDone(int doc, const cd::ocr::OcrPage& page);
    void pageFailed(int doc, int page, cd::ocr::FailureCode code, const QString& message);
    // done + a fraction of the running pages, over the pages known so far
    void progress(double donePages, int totalPages);
    void finished(bool cancelled);

private:
    struct Pending
    {
        int doc = 0;
        int page = 0; // 0: probe
    };
    void onFinished(qint64 id, const QJsonObject& response);
    void onFailed(qint64 id, FailureCode code, const QString& detail);
    void onProgress(qint64 id, int percent);
    void queuePages(int doc, int pages, const QVector<int>& dpi);
    void maybeFinish();
    void emitProgress();

    QVector<OcrDocument> m_docs;
    WorkerPool* m_pool;
    QHash<qint64, Pending> m_pending;
    QHash<qint64, int> m_partial; // running page -> percent
    int m_totalPages = 0;
    int m_donePages = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace cd::ocr
