#include "workerpool.h"

#include "ocrlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace cd::ocr {

WorkerPool::WorkerPool(int workers, QObject* parent) : QObject(parent)
{
    m_slots.resize(qMax(1, workers));
}

WorkerPool::~WorkerPool()
{
    for (Slot& s : m_slots) {
        if (s.process) {
            s.process->disconnect(this);
            // EOF on stdin ends an idle worker cleanly; a busy one is killed.
            s.process->closeWriteChannel();
            if (s.current || !s.process->waitForFinished(1000))
                s.process->kill();
            s.process->waitForFinished(2000);
        }
    }
}

int WorkerPool::defaultWorkerCount()
{
    return qMax(1, QThread::idealThreadCount());
}

QString WorkerPool::workerPath()
{
    const QString env = qEnvironmentVariable("COURTDESK_OCR_WORKER");
    if (!env.isEmpty())
        return env;
    const QString name = QStringLiteral("courtdesk-ocr-worker");
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
         {here.filePath(name), here.filePath(QStringLiteral("../app/") + name),
          here.filePath(QStringLiteral("../../app/") + name),
          here.filePath(QStringLiteral("../libexec/courtdesk/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty() ? name : onPath;
}

qint64 WorkerPool::submit(QJsonObject request)
{
    const qint64 id = m_nextId++;
    request.insert(QStringLiteral("id"), id);
    m_queue.enqueue(request);
    QTimer::singleShot(0, this, &WorkerPool::dispatch);
    return id;
}

void WorkerPool::warmUp(const QJsonObject& request)
{
    QTimer::singleShot(0, this, [this, request] {
        QJsonObject req = request;
        req.insert(QStringLiteral("id"), 0);
        const QByteArray line = QJsonDocument(req).toJson(QJsonDocument::Compact) + '\n';
        for (Slot& s : m_slots) {
            if (s.process)
                continue;
            start(s);
            s.process->write(line);
        }
    });
}

bool WorkerPool::isIdle() const
{
    if (!m_queue.isEmpty())
        return false;
    for (const Slot& s : m_slots) {
        if (s.current)
            return false;
    }
    return true;
}

void WorkerPool::start(Slot& slot)
{
    auto* p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // libgomp reads it at load time; more than one thread per page was slower in every test.
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const int index = int(&slot - m_slots.data());
    connect(p, &QProcess::readyReadStandardOutput, this, [this, index] { onOutput(index); });
    connect(p, &QProcess::finished, this, [this, index] { onExit(index); });
    connect(p, &QProcess::errorOccurred, this, [this, index](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onExit(index);
    });
    slot.process = p;
    slot.buffer.clear();
    if (!slot.deadline) {
        slot.deadline = new QTimer(this);
        slot.deadline->setSingleShot(true);
        connect(slot.deadline, &QTimer::timeout, this, [this, index] { onDeadline(index); });
    }
    p->start(workerPath(), {});
}

void WorkerPool::dispatch()
{
    for (Slot& s : m_slots) {
        if (m_queue.isEmpty())
            break;
        if (s.current)
            continue;
        if (!s.process)
            start(s);
        s.request = m_queue.dequeue();
        s.current = s.request.value(QStringLiteral("id")).toInteger();
        QJsonObject req = s.request;
        if (m_timeLimitMs > 0 && !req.contains(QStringLiteral("timeLimitMs")))
            req.insert(QStringLiteral("timeLimitMs"), m_timeLimitMs);
        s.process->write(QJsonDocument(req).toJson(QJsonDocument::Compact) + '\n');
        // Tesseract's own deadline normally ends a slow page; this one catches real hangs
        // (in a decoder, or anything that never returns), a little later.
        if (m_timeLimitMs > 0)
            s.deadline->start(m_timeLimitMs + qMin(10000, m_timeLimitMs / 2));
    }
}

void WorkerPool::onOutput(int index)
{
    Slot& s = m_slots[index];
    if (!s.process)
        return;
    s.buffer += s.process->readAllStandardOutput();
    int nl;
    while ((nl = s.buffer.indexOf('\n')) >= 0) {
        const QByteArray line = s.buffer.left(nl);
        s.buffer.remove(0, nl + 1);
        const QJsonObject msg = QJsonDocument::fromJson(line).object();
        const qint64 id = msg.value(QStringLiteral("id")).toInteger();
        if (id != s.current || id == 0)
            continue;
        if (msg.contains(QStringLiteral("progress"))) {
            Q_EMIT progress(id, msg.value(QStringLiteral("progress")).toInt());
            continue;
        }
        s.deadline->stop();
        s.current = 0;
        s.request = {};
        Q_EMIT finished(id, msg);
    }
    dispatch();
    checkIdle();
}

void WorkerPool::failCurrent(Slot& s, FailureCode code, const QString& detail)
{
    if (!s.current)
        return;
    const qint64 id = s.current;
    s.current = 0;
    s.request = {};
    if (s.deadline)
        s.deadline->stop();
    Q_EMIT failed(id, code, detail);
}

void WorkerPool::onExit(int index)
{
    Slot& s = m_slots[index];
    if (!s.process)
        return;
    QProcess* p = s.process;
    s.process = nullptr;
    const bool failedToStart = p->error() == QProcess::FailedToStart;
    const QString detail = failedToStart ? QStringLiteral("cannot start %1").arg(workerPath())
                                         : QStringLiteral("worker exited (status %1, code %2)")
                                               .arg(int(p->exitStatus()))
                                               .arg(p->exitCode());
    p->deleteLater();
    if (m_cancelling)
        return;
    qCWarning(lcOcr) << detail;
    failCurrent(s, failedToStart ? FailureCode::Engine : FailureCode::Crashed, detail);
    if (failedToStart) {
        // Without a worker nothing can run: fail what is queued instead of retrying forever.
        while (!m_queue.isEmpty()) {
            const qint64 id = m_queue.dequeue().value(QStringLiteral("id")).toInteger();
            Q_EMIT failed(id, FailureCode::Engine, detail);
        }
    }
    dispatch();
    checkIdle();
}

void WorkerPool::onDeadline(int index)
{
    Slot& s = m_slots[index];
    if (!s.process || !s.current)
        return;
    qCWarning(lcOcr) << "worker exceeded the page time limit; killing it";
    QProcess* p = s.process;
    s.process = nullptr;
    p->disconnect(this);
    p->kill();
    p->waitForFinished(2000);
    p->deleteLater();
    failCurrent(s, FailureCode::Timeout,
                QStringLiteral("no answer within %1 ms").arg(m_timeLimitMs));
    dispatch();
    checkIdle();
}

void WorkerPool::cancel()
{
    m_cancelling = true;
    QVector<qint64> ids;
    for (Slot& s : m_slots) {
        if (s.process) {
            s.process->disconnect(this);
            s.process->kill();
            s.process->waitForFinished(2000);
            s.process->deleteLater();
            s.process = nullptr;
        }
        if (s.deadline)
            s.deadline->stop();
        if (s.current)
            ids << s.current;
        s.current = 0;
    }
    while (!m_queue.isEmpty())
        ids << m_queue.dequeue().value(QStringLiteral("id")).toInteger();
    m_cancelling = false;
    for (qint64 id : ids)
        Q_EMIT failed(id, FailureCode::Cancelled, QStringLiteral("cancelled"));
    checkIdle();
}

void WorkerPool::checkIdle()
{
    if (isIdle())
        Q_EMIT idle();
}

} // namespace cd::ocr
