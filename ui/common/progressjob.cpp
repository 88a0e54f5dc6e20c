#include "progressjob.h"

#include <QProgressBar>
#include <QProgressDialog>
#include <QThread>

namespace cd::ui {

ProgressJob::ProgressJob(QWidget* parent, const QString& title, const QString& label)
    : QObject(parent), m_dialog(new QProgressDialog(parent)), m_bar(new QProgressBar)
{
    m_dialog->setObjectName(QStringLiteral("progressDialog"));
    m_dialog->setWindowTitle(title);
    m_dialog->setLabelText(label);
    // The bar is driven directly: QProgressDialog::setValue() on a modal dialog would run
    // processEvents() inside our own slot.
    m_dialog->setBar(m_bar);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(0);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumWidth(420);
    m_bar->setRange(0, 0);
    disconnect(m_dialog, &QProgressDialog::canceled, m_dialog, &QProgressDialog::cancel);
    connect(m_dialog, &QProgressDialog::canceled, this, &ProgressJob::cancel);
}

ProgressJob::~ProgressJob()
{
    if (m_thread) {
        // Closing mid-way (the window went): stop the work and wait for it.
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_dialog;
}

void ProgressJob::start(Work work)
{
    m_thread = QThread::create([this, work = std::move(work)] {
        work([this](qint64 done, qint64 total) {
            report(done, total);
            return !m_cancelled.load();
        });
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_dialog)
            m_dialog->hide();
        emit finished();
    });
    m_thread->start();
    m_dialog->show();
}

bool ProgressJob::isRunning() const
{
    return m_thread != nullptr;
}

bool ProgressJob::wait(int timeoutMs)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(timeoutMs));
}

void ProgressJob::report(qint64 done, qint64 total)
{
    // Called on the worker thread; only hand a changed value over to the GUI thread.
    const int permille = total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(1000))) : -1;
    if (m_lastPermille.exchange(permille) == permille)
        return;
    QMetaObject::invokeMethod(
        this,
        [this, permille] {
            if (permille < 0) {
                m_bar->setRange(0, 0);
            } else {
                m_bar->setRange(0, 1000);
                m_bar->setValue(permille);
            }
        },
        Qt::QueuedConnection);
}

void ProgressJob::cancel()
{
    m_cancelled = true;
    if (m_dialog) {
        m_dialog->setLabelText(tr("Stopping…"));
        m_dialog->setCancelButtonText(QString());
        m_dialog->show();
    }
}

} // namespace cd::ui
