#pragma once

#include "ocrtypes.h"

#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QVector>

class QProcess;
class QTimer;

namespace cd::ocr {

// Runs requests on a pool of courtdesk-ocr-worker processes, one request per worker at a time,
// with OMP_THREAD_LIMIT=1 in their environment. A worker that crashes or exceeds the time
// limit is killed and replaced; only the request it was running fails. Event driven: the app
// never blocks on it, and the CLI runs it from its event loop.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    explicit WorkerPool(int workers, QObject* parent = nullptr);
    ~WorkerPool() override;

    // One worker per core by default.
    static int defaultWorkerCount();
    // The worker executable: $COURTDESK_OCR_WORKER, then next to this program, then on PATH.
    static QString workerPath();

    void setTimeLimitMs(int ms) { m_timeLimitMs = ms; }
    int timeLimitMs() const { return m_timeLimitMs; }
    int workerCount() const { return m_slots.size(); }

    // Queues a request; returns its id. Requests run in the order submitted.
    qint64 submit(QJsonObject request);
    // Starts every worker that is not running yet and sends it request (answered by nobody),
    // after whatever is already queued has been handed out: models load on all cores while the
    // first requests run.
    void warmUp(const QJsonObject& request);
    // Kills every worker and fails all queued and running requests with Cancelled.
    void cancel();
    bool isIdle() const;
    int queued() const { return m_queue.size(); }

Q_SIGNALS:
    void progress(qint64 id, int percent);
    void finished(qint64 id, const QJsonObject& response); // ok or a failure the worker reported
    void failed(qint64 id, cd::ocr::FailureCode code,
                const QString& detail); // crash, timeout, cancel
    void idle();

private:
    struct Slot
    {
        QProcess* process = nullptr;
        QTimer* deadline = nullptr;
        qint64 current = 0; // 0: idle
        QJsonObject request;
        QByteArray buffer;
    };
    void dispatch();
    void start(Slot& slot);
    void onOutput(int index);
    void onExit(int index);
    void onDeadline(int index);
    void failCurrent(Slot& slot, FailureCode code, const QString& detail);
    void checkIdle();

    QVector<Slot> m_slots;
    QQueue<QJsonObject> m_queue;
    qint64 m_nextId = 1;
    int m_timeLimitMs = 180000;
    bool m_cancelling = false;
};

} // namespace cd::ocr
