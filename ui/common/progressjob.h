#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>

class QProgressBar;
#include <QProgressDialog>
class QThread;

namespace cd::ui {

// Runs one long piece of work (demo data, backup, restore) on a worker thread behind a
// window-modal progress dialog with Cancel. The GUI thread keeps its own event loop: no
// processEvents(), no nested loop. Results travel in the work function's captures; finished()
// fires in the GUI thread once the worker is done.
class ProgressJob : public QObject
{
    Q_OBJECT
public:
    // progress(done, total) returns false once the user has cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<void(const Progress& progress)>;

    ProgressJob(QWidget* parent, const QString& title, const QString& label);
    ~ProgressJob() override;

    void start(Work work);
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled.load(); }
    QProgressDialog* dialog() const { return m_dialog; }

    // Waits for the worker (tests and shutdown only).
    bool wait(int timeoutMs);

signals:
    void finished();

private:
    void report(qint64 done, qint64 total);
    void cancel();

    QPointer<QProgressDialog> m_dialog;
    QProgressBar* m_bar;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_lastPermille{-1};
};

} // namespace cd::ui
