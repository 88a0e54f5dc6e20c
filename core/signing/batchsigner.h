#pragma once

#include "signingworker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QVector>

namespace cd {

struct BatchItem
{
    QString input;
    QString output;
};

struct BatchSummary
{
    int total = 0;
    int signedCount = 0;
    int failed = 0;
    int skipped = 0; // not attempted: cancelled, or stopped after a wrong password
    bool cancelled = false;
    bool wrongPassword = false;
    QVector<std::pair<int, QString>> failures; // item index, translated message
    qint64 elapsedMs = 0;
};

// Signs N documents with one password entry (a speedy-trial day), one worker process per
// document: a failed or crashing document is reported and the rest carry on. A wrong password
// stops the batch, since every document would fail the same way. Cancel lets the documents being
// signed finish and starts no more. Up to parallelism() workers run at once.
class BatchSigner : public QObject
{
    Q_OBJECT
public:
    // `common` holds everything but input/output.
    BatchSigner(const SignJob& common, QVector<BatchItem> items, QString password,
                QObject* parent = nullptr);

    // Default: 2 on machines with two or more cores (signing is CPU-bound, one core each).
    void setParallelism(int workers);
    int parallelism() const { return m_parallelism; }
    void setCliPath(const QString& path) { m_cliPath = path; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const BatchSummary& summary() const { return m_summary; }

Q_SIGNALS:
    void progress(int done, int total, const QString& currentFile);
    void itemFinished(int index, bool ok, const QString& message);
    void finished(const cd::BatchSummary& summary);

private:
    void dispatch(SigningWorker* worker);
    void onSigned(SigningWorker* worker, const cd::SignJobResult& r);
    void finishBatch();

    SignJob m_common;
    QVector<BatchItem> m_items;
    QString m_password;
    QString m_cliPath;
    int m_parallelism = 1;
    QVector<SigningWorker*> m_workers;
    QHash<SigningWorker*, int> m_current; // worker -> item it is signing
    BatchSummary m_summary;
    QElapsedTimer m_timer;
    int m_next = 0; // next item to hand out
    int m_done = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace cd
