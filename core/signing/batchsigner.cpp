#include "batchsigner.h"

#include "signingerror.h"
#include "signinglog.h"

#include <QFileInfo>
#include <QTimer>

namespace cd {

BatchSigner::BatchSigner(const SignJob& common, QVector<BatchItem> items, QString password,
                         QObject* parent)
    : QObject(parent), m_common(common), m_items(std::move(items)), m_password(std::move(password))
{
    connect(&m_worker, &SigningWorker::signFinished, this, &BatchSigner::onSigned);
}

void BatchSigner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_index = 0;
    m_summary = BatchSummary{};
    m_summary.total = int(m_items.size());
    m_timer.start();
    // Through the event loop, so callers can connect to signals after start().
    QTimer::singleShot(0, this, &BatchSigner::next);
}

void BatchSigner::cancel()
{
    m_cancelRequested = true;
}

void BatchSigner::next()
{
    if (m_cancelRequested || m_summary.wrongPassword || m_index >= m_items.size()) {
        m_summary.cancelled = m_cancelRequested && m_index < m_items.size();
        m_summary.skipped = int(m_items.size()) - m_index;
        finishBatch();
        return;
    }
    const BatchItem& item = m_items[m_index];
    Q_EMIT progress(m_index, int(m_items.size()), QFileInfo(item.input).fileName());
    SignJob job = m_common;
    job.input = item.input;
    job.output = item.output;
    m_worker.sign(job, m_password);
}

void BatchSigner::onSigned(const SignJobResult& r)
{
    const int index = m_index++;
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
    next();
}

void BatchSigner::finishBatch()
{
    m_running = false;
    m_summary.elapsedMs = m_timer.elapsed();
    m_password.fill(QLatin1Char(' '));
    m_password.clear();
    Q_EMIT progress(int(m_items.size()) - m_summary.skipped, int(m_items.size()), QString());
    Q_EMIT finished(m_summary);
}

} // namespace cd
