#include "hearingbackend.h"

#include "hearinglog.h"
#include "januscontrol.h"

#include <QPointer>
#include <QRandomGenerator>

namespace cd {

QString hearingRandomToken()
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

DirectHearingBackend::DirectHearingBackend(JanusControl& control, QObject* parent)
    : HearingBackend(parent), m_control(control)
{
}

void DirectHearingBackend::create(const HearingRequest& request, Callback<HearingRooms> done)
{
    auto* rng = QRandomGenerator::system();
    // Room ids: random in [1e9, 9e9), so a test or a crashed desk never reuses a live room.
    JanusRoomSpec spec;
    spec.room = 1000000000LL + qint64(rng->bounded(8000000000.0));
    spec.secret = hearingRandomToken();
    spec.description = request.description;
    spec.recDir = request.recDir;
    spec.record = true;
    HearingRooms rooms;
    rooms.room = spec.room;
    rooms.lobby = spec.room + 1;
    rooms.janus = m_control.apiUrl();
    rooms.judgeToken = hearingRandomToken();
    spec.allowed = {rooms.judgeToken};
    rooms.parties = request.parties;
    QStringList lobbyTokens{rooms.judgeToken};
    for (HearingParty& p : rooms.parties) {
        if (p.key.isEmpty())
            p.key = QStringLiteral("p%1").arg(&p - rooms.parties.data() + 1);
        if (p.token.isEmpty())
            p.token = hearingRandomToken();
        lobbyTokens << p.token;
    }
    JanusRoomSpec lobby;
    lobby.room = rooms.lobby;
    lobby.secret = hearingRandomToken();
    lobby.description = request.description + QStringLiteral(" (lobby)");
    lobby.allowed = lobbyTokens;
    lobby.record = false;
    lobby.publishers = 1; // nobody sends media in the lobby
    m_room = spec.room;
    m_lobby = lobby.room;
    m_secret = spec.secret;
    m_lobbySecret = lobby.secret;
    m_parties = rooms.parties;
    QPointer<DirectHearingBackend> self(this);
    m_control.createRoom(spec, [self, lobby, rooms, done](Result<void> r) {
        if (!self)
            return;
        if (!r)
            return done(r.error());
        self->m_control.createRoom(lobby, [self, rooms, done](Result<void> l) {
            if (!self)
                return;
            if (!l)
                return done(l.error());
            done(rooms);
        });
    });
}

void DirectHearingBackend::invite(const QString& name, Callback<HearingParty> done)
{
    HearingParty p{
        QStringLiteral("p%1").arg(m_parties.size() + 1), name, hearingRandomToken(), false, {}};
    QPointer<DirectHearingBackend> self(this);
    m_control.allow(m_lobby, m_lobbySecret, {p.token}, [self, p, done](Result<void> r) {
        if (!self)
            return;
        if (!r)
            return done(r.error());
        self->m_parties.append(p);
        done(p);
    });
}

void DirectHearingBackend::waiting(Callback<QVector<WaitingParty>> done)
{
    QPointer<DirectHearingBackend> self(this);
    m_control.listParticipants(m_lobby, [self, done](Result<QVector<JanusParticipant>> r) {
        if (!self)
            return;
        if (!r)
            return done(r.error());
        QVector<WaitingParty> waiting;
        for (const JanusParticipant& p : r.value()) {
            const QString key = p.display.section(QLatin1Char(':'), 0, 0);
            auto it = std::find_if(self->m_parties.cbegin(), self->m_parties.cend(),
                                   [&](const HearingParty& h) { return h.key == key; });
            if (it == self->m_parties.cend() || it->admitted)
                continue;
            waiting.append(WaitingParty{key, it->name, p.id});
        }
        done(waiting);
    });
}

void DirectHearingBackend::admit(const QString& key, Callback<void> done)
{
    auto it = std::find_if(m_parties.begin(), m_parties.end(),
                           [&](const HearingParty& h) { return h.key == key; });
    if (it == m_parties.end())
        return done(
            makeError(ErrorCode::NotFound, tr("%1 is not a party of this hearing.").arg(key)));
    QPointer<DirectHearingBackend> self(this);
    m_control.allow(m_room, m_secret, {it->token}, [self, key, done](Result<void> r) {
        if (!self)
            return;
        if (r)
            for (HearingParty& p : self->m_parties)
                if (p.key == key)
                    p.admitted = true;
        done(r);
    });
}

void DirectHearingBackend::mute(qint64 participant, const QString& mid, bool mute,
                                Callback<void> done)
{
    m_control.moderate(m_room, m_secret, participant, mid, mute, std::move(done));
}

void DirectHearingBackend::kick(qint64 participant, Callback<void> done)
{
    m_control.kick(m_room, m_secret, participant, std::move(done));
}

void DirectHearingBackend::end(Callback<void> done)
{
    m_control.destroyRoom(m_lobby, m_lobbySecret, [](Result<void>) {});
    m_control.destroyRoom(m_room, m_secret, [done](Result<void> r) {
        if (!r && JanusControl::failureOf(r.error()) != JanusFailure::NoSuchRoom)
            return done(r.error());
        done(Result<void>());
    });
}

} // namespace cd
