#pragma once

#include "common/result.h"

#include <QObject>
#include <QUrl>
#include <QVector>

#include <functional>

namespace cd {

// A party invited to an internet hearing, with its own join token.
struct HearingParty
{
    QString key;   // short, unique in the hearing: "p1", "p2"...
    QString name;  // shown to the judge: 原告 张三
    QString token; // random; allowed in the lobby at once, in the hearing room once admitted
    bool admitted = false;
    QUrl url; // the party's page as the server serves it; empty when the desk runs Janus itself
};

struct WaitingParty
{
    QString key;
    QString name;
    qint64 lobbyId = 0; // the party's id in the lobby room
};

// What a hearing needs to be created.
struct HearingRequest
{
    QString hearingId;   // the desk's id for the hearing (the server keys it by this)
    QString caseUuid;    // the case on the server (pushed before)
    QString description; // e.g. the case number
    QString judgeName;
    QString recDir;                // on the Janus host; the direct backend only
    QVector<HearingParty> parties; // invited at once; keys and tokens may be empty
};

// The rooms as the judge's page needs them.
struct HearingRooms
{
    qint64 room = 0;
    qint64 lobby = 0;
    QUrl janus; // the Janus API as the judge's page reaches it
    QString judgeToken;
    QVector<HearingParty> parties; // with keys, tokens and (server) party URLs
};

// Where a hearing's rooms live and who holds their secrets: Janus driven by the desk with the
// admin key (DirectHearingBackend) or the court's server (ServerHearingBackend). Every call is
// asynchronous and answers on the backend's thread.
class HearingBackend : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;
    using QObject::QObject;

    virtual void create(const HearingRequest& request, Callback<HearingRooms> done) = 0;
    virtual void invite(const QString& name, Callback<HearingParty> done) = 0;
    // The parties in the lobby (not admitted yet).
    virtual void waiting(Callback<QVector<WaitingParty>> done) = 0;
    virtual void admit(const QString& key, Callback<void> done) = 0;
    virtual void mute(qint64 participant, const QString& mid, bool mute, Callback<void> done) = 0;
    virtual void kick(qint64 participant, Callback<void> done) = 0;
    // Destroys both rooms; a room already gone counts as destroyed.
    virtual void end(Callback<void> done) = 0;
};

class JanusControl;

// 192 random bits, hex: room secrets and join tokens.
QString hearingRandomToken();

// The desk drives Janus itself (single-host deployments): it holds the admin key and secrets.
class DirectHearingBackend : public HearingBackend
{
    Q_OBJECT
public:
    explicit DirectHearingBackend(JanusControl& control, QObject* parent = nullptr);

    void create(const HearingRequest& request, Callback<HearingRooms> done) override;
    void invite(const QString& name, Callback<HearingParty> done) override;
    void waiting(Callback<QVector<WaitingParty>> done) override;
    void admit(const QString& key, Callback<void> done) override;
    void mute(qint64 participant, const QString& mid, bool mute, Callback<void> done) override;
    void kick(qint64 participant, Callback<void> done) override;
    void end(Callback<void> done) override;

private:
    JanusControl& m_control;
    qint64 m_room = 0;
    qint64 m_lobby = 0;
    QString m_secret;
    QString m_lobbySecret;
    QVector<HearingParty> m_parties;
};

} // namespace cd
