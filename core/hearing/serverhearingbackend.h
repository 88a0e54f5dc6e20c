#pragma once

#include "hearingbackend.h"

#include <QThreadPool>

#include <memory>

namespace cd {

class SyncClient;

// The desk's sync account on the court's server (core/common/settings.h: sync/*).
struct ServerAccount
{
    QString serverUrl; // https://… (or http on loopback)
    QString caFile;    // the court CA; may be empty for http
    QString user;
    QString password; // used to log in when there is no token or it expired
    QString token;    // a bearer token from an earlier login, if any
};

// Runs a hearing through the court's server (/v1/hearings, docs/sync-protocol.md): the server
// owns the Janus admin key and the room secrets; the desk gets room ids, the Janus URL, the
// judge's token and the parties' page URLs. Requests go one after another on a worker thread
// (SyncClient blocks) and answer on the backend's thread.
class ServerHearingBackend : public HearingBackend
{
    Q_OBJECT
public:
    explicit ServerHearingBackend(const ServerAccount& account, QObject* parent = nullptr);
    ~ServerHearingBackend() override;

    QString hearingId() const { return m_hearingId; }

    void create(const HearingRequest& request, Callback<HearingRooms> done) override;
    void invite(const QString& name, Callback<HearingParty> done) override;
    void waiting(Callback<QVector<WaitingParty>> done) override;
    void admit(const QString& key, Callback<void> done) override;
    void mute(qint64 participant, const QString& mid, bool mute, Callback<void> done) override;
    void kick(qint64 participant, Callback<void> done) override;
    void end(Callback<void> done) override;

    struct State; // the account and the token, touched by the worker thread only

private:
    template <typename T> void run(std::function<Result<T>(State&)> work, Callback<T> done);
    void post(const QString& path, const QJsonObject& body, Callback<void> done);

    std::shared_ptr<State> m_state;
    QString m_hearingId;
    QThreadPool m_pool; // one thread: requests keep their order
};

} // namespace cd
