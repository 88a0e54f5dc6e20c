#include "hearingsession.h"

#include "hearinglog.h"

#include <QPointer>

namespace cd {

HearingSession::HearingSession(JanusControl& control, QObject* parent)
    : QObject(parent), m_ownBackend(std::make_unique<DirectHearingBackend>(control)),
      m_backend(*m_ownBackend)
{
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &HearingSession::pollLobby);
}

HearingSession::HearingSession(HearingBackend& backend, QObject* parent)
    : QObject(parent), m_backend(backend)
{
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &HearingSession::pollLobby);
}

HearingSession::~HearingSession() = default;

QString HearingSession::randomToken()
{
    return hearingRandomToken();
}

void HearingSession::start(const QString& description, const QString& judgeName,
                           const QVector<HearingParty>& parties, const QString& recDir)
{
    HearingRequest request;
    request.hearingId = randomToken();
    request.description = description;
    request.judgeName = judgeName;
    request.parties = parties;
    request.recDir = recDir;
    start(request);
}

void HearingSession::start(const HearingRequest& request)
{
    m_judgeName = request.judgeName;
    m_rooms.parties = request.parties;
    QPointer<HearingSession> self(this);
    m_backend.create(request, [self](Result<HearingRooms> r) {
        if (!self)
            return;
        if (!r)
            return Q_EMIT self->failed(r.error());
        self->m_rooms = r.value();
        self->m_started = true;
        qCInfo(lcHearing) << "hearing room" << self->m_rooms.room << "lobby" << self->m_rooms.lobby;
        self->m_poll.start();
        Q_EMIT self->started();
    });
}

void HearingSession::end()
{
    m_poll.stop();
    if (!m_started)
        return;
    m_started = false;
    QPointer<HearingSession> self(this);
    m_backend.end([self](Result<void> r) {
        if (!self)
            return;
        if (!r)
            Q_EMIT self->failed(r.error());
        Q_EMIT self->ended();
    });
}

void HearingSession::pollLobby()
{
    QPointer<HearingSession> self(this);
    m_backend.waiting([self](Result<QVector<WaitingParty>> r) {
        if (!self || !self->m_started)
            return;
        if (!r)
            return; // the next poll tries again; a dead Janus shows in the page itself
        QVector<WaitingParty> waiting;
        for (const WaitingParty& w : r.value()) {
            auto it = std::find_if(self->m_rooms.parties.cbegin(), self->m_rooms.parties.cend(),
                                   [&](const HearingParty& h) { return h.key == w.key; });
            if (it != self->m_rooms.parties.cend() && it->admitted)
                continue; // admitted while the answer was on its way
            waiting.append(w);
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

void HearingSession::invite(const QString& name)
{
    QPointer<HearingSession> self(this);
    m_backend.invite(name, [self](Result<HearingParty> r) {
        if (!self)
            return;
        if (!r)
            return Q_EMIT self->failed(r.error());
        self->m_rooms.parties.append(r.value());
        Q_EMIT self->invited(r.value());
    });
}

void HearingSession::admit(const QString& key)
{
    auto it = std::find_if(m_rooms.parties.begin(), m_rooms.parties.end(),
                           [&](const HearingParty& h) { return h.key == key; });
    if (it == m_rooms.parties.end())
        return Q_EMIT failed(
            makeError(ErrorCode::NotFound, tr("%1 is not a party of this hearing.").arg(key)));
    QPointer<HearingSession> self(this);
    m_backend.admit(key, [self, key](Result<void> r) {
        if (!self)
            return;
        if (!r)
            return Q_EMIT self->failed(r.error());
        for (HearingParty& p : self->m_rooms.parties)
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
    m_backend.mute(participant, mid, mute, [self, participant, mid, mute](Result<void> r) {
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
    m_backend.kick(participant, [self, participant](Result<void> r) {
        if (!self)
            return;
        if (!r)
            return Q_EMIT self->failed(r.error());
        Q_EMIT self->kicked(participant);
    });
}

} // namespace cd
