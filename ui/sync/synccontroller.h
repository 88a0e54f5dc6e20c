#pragma once

#include "common/result.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

#include <QThread>

namespace cd {
class Profile;
}

namespace cd::ui {

// Runs sync rounds off the GUI thread (a worker thread with its own database connection and
// network manager), on demand and on a timer with backoff after failures, and keeps the
// status the status bar shows.
class SyncController : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        NotConfigured,
        Offline,
        Syncing,
        UpToDate,
        Pending,
        Conflicts,
        LoginNeeded
    };
    Q_ENUM(Status)

    explicit SyncController(Profile& profile, QObject* parent = nullptr);
    ~SyncController() override;

    Status status() const { return m_status; }
    int openConflicts() const { return m_conflicts; }
    QString lastError() const { return m_lastError; }
    QString role() const { return m_role; }
    bool running() const { return m_thread != nullptr; }
    // Whether the logged-in account may push (court admins may not; see protocol/).
    bool canPush() const;

    // The password lives here only, unless the user asked to remember it.
    void setPassword(const QString& password) { m_password = password; }
    bool configured() const;
    // Translated status text for the status bar, e.g. "Up to date".
    QString statusText() const;
    // Delay before the next automatic round after `failures` failed rounds in a row.
    static int backoffSeconds(int failures, int intervalSeconds);

public slots:
    void syncNow();
    // Re-reads the conflict count (after the user resolved some) and the settings.
    void refresh();

signals:
    void statusChanged();
    // A round pulled changes: views of cases should reload.
    void dataChanged();

private:
    void finished(const Result<SyncRoundStats>& r);
    void setStatus(Status s);
    void scheduleNext();

    Profile& m_profile;
    QTimer m_timer;
    QPointer<QThread> m_thread;
    // Shared with the worker; set when the window closes so a long round stops early.
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    Status m_status = Status::NotConfigured;
    int m_conflicts = 0;
    int m_failures = 0;
    QString m_lastError;
    QString m_role;
    QString m_password;
};

} // namespace cd::ui
