#include "batchsigner.h"

#include "signingerror.h"
#include "signinglog.h"

#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace cd {

BatchSigner::BatchSigner(const SignJob& common, QVector<BatchItem> items, QString password,
                         QObject* parent)
    : QObject(parent), m_common(common), m_items(std::move(items)), m_password(std::move(password)),
      m_cliPath(SigningWorker::defaultCliPath()),
      m_parallelism(std::clamp(QThread::idealThreadCount(), 1, 2))
{
}

void BatchSigner::setParallelism(int workers)
{
    if (!m_running)
        m_parallelism = std::max(1, workers);
}

void BatchSigner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_next = 0;
    m_done = 0;
    m_summary = BatchSummary{};
    m_summary.total = int(m_items.size());
    m_timer.start();
    qDeleteAll(m_workers);
    m_workers.clear();
    m_current.clear();
    const int n = std::max(1, std::min(m_parallelism, int(m_items.size())));
    for (int i = 0; i < n; ++i) {
        auto* w = new SigningWorker(this);
        w->setCliPath(m_cliPath);
        connect(w, &SigningWorker::signFinished, this,
                [this, w](const SignJobResult& r) { onSigned(w, r); });
        m_workers << w;
    }
    // Through the event loop, so callers can connect to signals after start().
    QTimer::singleShot(0, this, [this] {
        for (SigningWorker* w : std::as_const(m_workers))
            dispatch(w);
    });
}

void BatchSigner::cancel()
{
    m_cancelRequested = true;
}

void BatchSigner::dispatch(SigningWorker* worker)
{
    if (!m_running)
        return;
    if (m_cancelRequested || m_summary.wrongPassword || m_next >= m_items.size()) {
        if (m_current.isEmpty())
            finishBatch();
        return;
    }
    const int index = m_next++;
    const BatchItem& item = m_items[index];
    m_current.insert(worker, index);
    Q_EMIT progress(m_done, int(m_items.size()), QFileInfo(item.input).fileName());
    SignJob job = m_common;
    job.input = item.input;
    job.output = item.output;
    worker->sign(job, m_password);
}

void BatchSigner::onSigned(SigningWorker* worker, const SignJobResult& r)
{
    const int index = m_current.take(worker);
    ++m_done;
    if (r.ok) {
        ++m_summary.signedCount;
        Q_EMIT itemFinished(index, true, QString());
    } else {
        ++m_summary.failed;
        m_summary.failures.append({index, r.error.message});
        if (signingFailureOf(r.error) == SigningFailure::WrongPassword)
            m_summary.wrongPassword = true;
        qCInfo(lcSigning) << "batch item" << index << "failed:" << r.error.detail;
        Q_EMIT itemFinished(index, false, r.error.message);
    }
    dispatch(worker);
}

void BatchSigner::finishBatch()
{
    m_running = false;
    m_summary.skipped = int(m_items.size()) - m_next;
    m_summary.cancelled = m_cancelRequested && m_summary.skipped > 0;
    m_summary.elapsedMs = m_timer.elapsed();
    m_password.fill(QLatin1Char(' '));
    m_password.clear();
    std::sort(m_summary.failures.begin(), m_summary.failures.end());
    Q_EMIT progress(m_done, int(m_items.size()), QString());
    Q_EMIT finished(m_summary);
}

} // namespace cd
