#include "synccontroller.h"

#include "common/logging.h"
#include "common/settings.h"
#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "sync/syncstore.h"

#include <QThread>

namespace cd::ui {

SyncController::SyncController(Profile& profile, QObject* parent)
    : QObject(parent), m_profile(profile)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    if (profile.settings().value(SettingsKeys::syncRememberPassword))
        m_password = profile.settings().value(SettingsKeys::syncPassword);
    refresh();
    if (configured())
        m_timer.start(5000); // first round shortly after start, not during it
}

SyncController::~SyncController()
{
    // The worker holds its own connection and engine: ask it to stop after the request in
    // flight (at most one request timeout) and wait for it.
    m_cancel->store(true);
    if (m_thread)
        m_thread->wait();
}

bool SyncController::configured() const
{
    return !m_profile.settings().value(SettingsKeys::syncServerUrl).isEmpty() &&
           !m_profile.settings().value(SettingsKeys::syncUser).isEmpty();
}

bool SyncController::canPush() const
{
    const auto role = protocol::parseRole(m_role.toStdString());
    return !role || protocol::allowed(*role, protocol::Endpoint::Push);
}

int SyncController::backoffSeconds(int failures, int intervalSeconds)
{
    if (failures <= 0)
        return intervalSeconds;
    // 30 s, 60 s, 2 min ... up to 30 min.
    return qMin(30 << qMin(failures - 1, 6), 1800);
}

QString SyncController::statusText() const
{
    switch (m_status) {
    case Status::NotConfigured:
        return tr("Sync not set up");
    case Status::Offline:
        return tr("Offline");
    case Status::Syncing:
        return tr("Syncing…");
    case Status::UpToDate:
        return tr("Up to date");
    case Status::Pending:
        return tr("Changes waiting");
    case Status::Conflicts:
        return tr("%n conflict(s)", nullptr, m_conflicts);
    case Status::LoginNeeded:
        return tr("Login needed");
    }
    return {};
}

void SyncController::setStatus(Status s)
{
    m_status = s;
    emit statusChanged();
}

void SyncController::refresh()
{
    auto n = SyncStore(m_profile.database()).openConflictCount();
    m_conflicts = n ? n.value() : 0;
    if (m_thread)
        return;
    if (!configured())
        setStatus(Status::NotConfigured);
    else if (m_conflicts > 0)
        setStatus(Status::Conflicts);
    else if (m_status == Status::Conflicts || m_status == Status::NotConfigured)
        setStatus(Status::Pending);
    else
        emit statusChanged();
}

void SyncController::syncNow()
{
    if (m_thread)
        return;
    if (!configured()) {
        setStatus(Status::NotConfigured);
        return;
    }
    const Settings& s = m_profile.settings();
    const SyncCredentials creds{s.value(SettingsKeys::syncServerUrl),
                                s.value(SettingsKeys::syncUser), m_password,
                                s.value(SettingsKeys::syncCaFile)};
    const QString dbPath = m_profile.databasePath();
    const QString evidenceDir = m_profile.evidenceDir();
    const QString actor = m_profile.actor();
    QPointer<SyncController> self(this);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_thread = QThread::create([self, creds, dbPath, evidenceDir, actor, cancel]() {
        Result<SyncRoundStats> r = makeError(ErrorCode::None, QString());
        auto db = Database::open(dbPath);
        if (!db) {
            r = db.error();
        } else {
            SyncEngine engine(*db.value(), evidenceDir, actor);
            engine.setCancelFlag(cancel.get());
            r = engine.runRound(creds);
        }
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, r]() {
                    if (self)
                        self->finished(r);
                },
                Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_timer.stop();
    setStatus(Status::Syncing);
    m_thread->start(QThread::LowPriority);
}

void SyncController::finished(const Result<SyncRoundStats>& r)
{
    m_thread = nullptr;
    if (!r) {
        ++m_failures;
        m_lastError = r.errorMessage();
        qCInfo(lcSync) << "round failed:" << r.errorMessage() << r.error().detail;
        auto n = SyncStore(m_profile.database()).openConflictCount();
        m_conflicts = n ? n.value() : 0;
        setStatus(r.error().code == ErrorCode::Unauthorized ? Status::LoginNeeded
                                                            : Status::Offline);
        scheduleNext();
        return;
    }
    m_failures = 0;
    m_lastError.clear();
    m_role = r->role;
    m_conflicts = r->openConflicts;
    if (r->pulled > 0)
        emit dataChanged();
    if (m_conflicts > 0)
        setStatus(Status::Conflicts);
    else if (r->outboxLeft > 0 || !r->digestsEqual)
        setStatus(Status::Pending);
    else
        setStatus(Status::UpToDate);
    if (!r->firstRejection.isEmpty())
        m_lastError = r->firstRejection;
    if (!r->firstApplyProblem.isEmpty())
        m_lastError = r->firstApplyProblem;
    scheduleNext();
}

void SyncController::scheduleNext()
{
    const int interval = m_profile.settings().value(SettingsKeys::syncIntervalSeconds);
    // Without a password a failed login will not heal by itself: wait for the user.
    if (m_status == Status::LoginNeeded)
        return;
    m_timer.start(backoffSeconds(m_failures, interval) * 1000);
}

} // namespace cd::ui
