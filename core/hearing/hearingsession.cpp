#include "hearingsession.h"

#include "hearinglog.h"

#include <QPointer>
#include <QRandomGenerator>

namespace cd {

HearingSession::HearingSession(JanusControl& control, QObject* parent)
    : QObject(parent), m_control(control)
{
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &HearingSession::pollLobby);
}

HearingSession::~HearingSession() = default;

QString HearingSession::randomToken()
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
}

void HearingSession::start(const QString& description, const QString& judgeName,
                           const QVector<HearingParty>& parties, const QString& recDir)
{
    auto* rng = QRandomGenerator::system();
    // Room ids: random in [1e9, 9e9), so a test or a crashed desk never reuses a live room.
    m_spec.room = 1000000000LL + qint64(rng->bounded(8000000000.0));
    m_lobby = m_spec.room + 1;
    m_spec.secret = randomToken();
    m_lobbySecret = randomToken();
    m_spec.description = description;
    m_spec.recDir = recDir;
    m_spec.record = true;
    m_judgeName = judgeName;
    m_judgeToken = randomToken();
    m_spec.allowed = {m_judgeToken};
    m_parties = parties;
    QStringList lobbyTokens{m_judgeToken};
    for (HearingParty& p : m_parties) {
        if (p.token.isEmpty())
            p.token = randomToken();
        lobbyTokens << p.token;
    }
    JanusRoomSpec lobby;
    lobby.room = m_lobby;
    lobby.secret = m_lobbySecret;
    lobby.description = description + QStringLiteral(" (lobby)");
    lobby.allowed = lobbyTokens;
    lobby.record = false;
    lobby.publishers = 1; // nobody sends media in the lobby
    QPointer<HearingSession> self(this);
    m_control.createRoom(m_spec, [self, lobby](Result<void> r) {
        if (!self)
            return;
        if (!r)
            return Q_EMIT self->failed(r.error());
        self->m_control.createRoom(lobby, [self](Result<void> l) {
            if (!self)
                return;
            if (!l)
                return Q_EMIT self->failed(l.error());
            self->m_started = true;
            qCInfo(lcHearing) << "hearing room" << self->m_spec.room << "lobby" << self->m_lobby;
            self->m_poll.start();
            Q_EMIT self->started();
        });
    });
}

void HearingSession::end()
{
    m_poll.stop();
    if (!m_started)
        return;
    m_started = false;
    QPointer<HearingSession> self(this);
    const qint64 room = m_spec.room, lobby = m_lobby;
    m_control.destroyRoom(lobby, m_lobbySecret, [](Result<void>) {});
    m_control.destroyRoom(room, m_spec.secret, [self](Result<void> r) {
        if (!self)
            return;
        if (!r && JanusControl::failureOf(r.error()) != JanusFailure::NoSuchRoom)
            Q_EMIT self->failed(r.error());
        Q_EMIT self->ended();
    });
}

void HearingSession::pollLobby()
{
    QPointer<HearingSession> self(this);
    m_control.listParticipants(m_lobby, [self](Result<QVector<JanusParticipant>> r) {
        if (!self || !self->m_started)
            return;
        if (!r)
            return; // the next poll tries again; a dead Janus shows in the page itself
        QVector<WaitingParty> waiting;
        for (const JanusParticipant& p : r.value()) {
            const QString key = p.display.section(QLatin1Char(':'), 0, 0);
            auto it = std::find_if(self->m_parties.cbegin(), self->m_parties.cend(),
                                   [&](const HearingParty& h) { return h.key == key; });
            if (it == self->m_parties.cend() || it->admitted)
                continue;
            waiting.append(WaitingParty{key, it->name, p.id});
        }
        const bool changed = waiting.size() != self->m_waiting.size() ||
                             !std::equal(waiting.cbegin(), waiting.cend(), self->m_waiting.cbegin(),
                                         [](const WaitingParty& a, const WaitingParty& b) {
                                             return a.key == b.key;
                                         });
        self->m_waiting = waiting;
        if (changed)
            Q_EMIT self->waitingChanged(waiting);
    });
}

void HearingSession::admit(const QString& key)
{
    auto it = std::find_if(m_parties.begin(), m_parties.end(),
                           [&](const HearingParty& h) { return h.key == key; });
    if (it == m_parties.end())
        return Q_EMIT failed(
            makeError(ErrorCode::NotFound, tr("%1 is not a party of this hearing.").arg(key)));
    QPointer<HearingSession> self(this);
    m_control.allow(m_spec.room, m_spec.secret, {it->token}, [self, key](Result<void> r) {
        if (!self)
            return;
        if (!r)
            return Q_EMIT self->failed(r.error());
        for (HearingParty& p : self->m_parties)
            if (p.key == key)
                p.admitted = true;
        self->m_waiting.erase(std::remove_if(self->m_waiting.begin(), self->m_waiting.end(),
                                             [&](const WaitingParty& w) { return w.key == key; }),
                              self->m_waiting.end());
        qCInfo(lcHearing) << "admitted" << key;
        Q_EMIT self->admitted(key);
        Q_EMIT self->waitingChanged(self->m_waiting);
    });
}

void HearingSession::mute(qint64 participant, const QString& mid, bool mute)
{
    QPointer<HearingSession> self(this);
    m_control.moderate(m_spec.room, m_spec.secret, participant, mid, mute,
                       [self, participant, mid, mute](Result<void> r) {
                           if (!self)
                               return;
                           if (!r)
                               return Q_EMIT self->failed(r.error());
                           Q_EMIT self->moderated(participant, mid, mute);
                       });
}

void HearingSession::kick(qint64 participant)
{
    QPointer<HearingSession> self(this);
    m_control.kick(m_spec.room, m_spec.secret, participant, [self, participant](Result<void> r) {
        if (!self)
            return;
        if (!r)
            return Q_EMIT self->failed(r.error());
        Q_EMIT self->kicked(participant);
    });
}

} // namespace cd
