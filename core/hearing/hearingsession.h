#pragma once

#include "common/result.h"
#include "hearingbackend.h"
#include "januscontrol.h"

#include <QObject>
#include <QTimer>
#include <QVector>

#include <memory>

namespace cd {

// One internet hearing on Janus, as the judge's desk sees it: a hearing room (recorded,
// token-gated, empty allowed list but the judge's) and a lobby room where parties wait. The
// judge sees the lobby (polled every 2 s), admits a party by adding its token to the hearing
// room, mutes a participant's stream and removes a participant. end() destroys both rooms.
// The rooms are run by a HearingBackend: the court's server, or Janus directly.
class HearingSession : public QObject
{
    Q_OBJECT
public:
    // Drives Janus directly with the admin key (single-host deployments).
    HearingSession(JanusControl& control, QObject* parent = nullptr);
    // Runs the hearing through a backend (e.g. the court's server); it must outlive the session.
    HearingSession(HearingBackend& backend, QObject* parent = nullptr);
    ~HearingSession() override;

    static QString randomToken();

    // Creates the two rooms; parties get tokens. recDir is on the Janus host.
    void start(const QString& description, const QString& judgeName,
               const QVector<HearingParty>& parties, const QString& recDir);
    // The same with the server's ids (hearing id, case uuid); recDir is the direct backend's.
    void start(const HearingRequest& request);
    void end();

    qint64 room() const { return m_rooms.room; }
    qint64 lobby() const { return m_rooms.lobby; }
    // The Janus API as the judge's page reaches it (from the backend once started).
    QUrl janusUrl() const { return m_rooms.janus; }
    QString judgeToken() const { return m_rooms.judgeToken; }
    QString judgeName() const { return m_judgeName; }
    const QVector<HearingParty>& parties() const { return m_rooms.parties; }
    QVector<WaitingParty> waiting() const { return m_waiting; }
    bool isStarted() const { return m_started; }

    // Invites one more party; invited() gives its key, token and (server) page URL.
    void invite(const QString& name);
    void admit(const QString& key);
    void mute(qint64 participant, const QString& mid, bool mute);
    void kick(qint64 participant);

Q_SIGNALS:
    void started();
    void invited(const cd::HearingParty& party);
    void ended();
    void waitingChanged(const QVector<cd::WaitingParty>& waiting);
    void admitted(const QString& key);
    void moderated(qint64 participant, const QString& mid, bool muted);
    void kicked(qint64 participant);
    // Any failure, with its translated message (the UI shows it as is).
    void failed(const cd::Error& error);

private:
    void pollLobby();

    std::unique_ptr<HearingBackend> m_ownBackend; // the direct one, when given a JanusControl
    HearingBackend& m_backend;
    HearingRooms m_rooms;
    QString m_judgeName;
    QVector<WaitingParty> m_waiting;
    QTimer m_poll;
    bool m_started = false;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Error)
