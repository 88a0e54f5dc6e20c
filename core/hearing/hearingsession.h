#pragma once

#include "common/result.h"
#include "januscontrol.h"

#include <QObject>
#include <QTimer>
#include <QVector>

namespace cd {

// A party invited to an internet hearing, with its own join token.
struct HearingParty
{
    QString key;   // short, unique in the hearing: "p1", "p2"...
    QString name;  // shown to the judge: 原告 张三
    QString token; // random; allowed in the lobby at once, in the hearing room once admitted
    bool admitted = false;
};

struct WaitingParty
{
    QString key;
    QString name;
    qint64 lobbyId = 0; // the party's id in the lobby room
};

// One internet hearing on Janus, as the judge's desk drives it: a hearing room (recorded,
// token-gated, empty allowed list but the judge's) and a lobby room where parties wait. The
// judge sees the lobby (polled every 2 s), admits a party by adding its token to the hearing
// room, mutes a participant's stream and removes a participant. end() destroys both rooms.
class HearingSession : public QObject
{
    Q_OBJECT
public:
    HearingSession(JanusControl& control, QObject* parent = nullptr);
    ~HearingSession() override;

    static QString randomToken();

    // Creates the two rooms; parties get tokens. recDir is on the Janus host.
    void start(const QString& description, const QString& judgeName,
               const QVector<HearingParty>& parties, const QString& recDir);
    void end();

    qint64 room() const { return m_spec.room; }
    qint64 lobby() const { return m_lobby; }
    QString judgeToken() const { return m_judgeToken; }
    QString judgeName() const { return m_judgeName; }
    const QVector<HearingParty>& parties() const { return m_parties; }
    QVector<WaitingParty> waiting() const { return m_waiting; }
    bool isStarted() const { return m_started; }

    void admit(const QString& key);
    void mute(qint64 participant, const QString& mid, bool mute);
    void kick(qint64 participant);

Q_SIGNALS:
    void started();
    void ended();
    void waitingChanged(const QVector<cd::WaitingParty>& waiting);
    void admitted(const QString& key);
    void moderated(qint64 participant, const QString& mid, bool muted);
    void kicked(qint64 participant);
    // Any failure, with its translated message (the UI shows it as is).
    void failed(const cd::Error& error);

private:
    void pollLobby();

    JanusControl& m_control;
    JanusRoomSpec m_spec;
    qint64 m_lobby = 0;
    QString m_lobbySecret;
    QString m_judgeToken;
    QString m_judgeName;
    QVector<HearingParty> m_parties;
    QVector<WaitingParty> m_waiting;
    QTimer m_poll;
    bool m_started = false;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Error)
