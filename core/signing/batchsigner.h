#pragma once

#include "signingworker.h"

#include <QElapsedTimer>
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
// stops the batch, since every document would fail the same way. Cancel takes effect after the
// document being signed.
class BatchSigner : public QObject
{
    Q_OBJECT
public:
    // `common` holds everything but input/output.
    BatchSigner(const SignJob& common, QVector<BatchItem> items, QString password,
                QObject* parent = nullptr);

    void setCliPath(const QString& path) { m_worker.setCliPath(path); }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const BatchSummary& summary() const { return m_summary; }

Q_SIGNALS:
    void progress(int done, int total, const QString& currentFile);
    void itemFinished(int index, bool ok, const QString& message);
    void finished(const cd::BatchSummary& summary);

private:
    void next();
    void onSigned(const cd::SignJobResult& r);
    void finishBatch();

    SigningWorker m_worker;
    SignJob m_common;
    QVector<BatchItem> m_items;
    QString m_password;
    BatchSummary m_summary;
    QElapsedTimer m_timer;
    int m_index = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace cd
