#include "serverhearingbackend.h"

#include "hearinglog.h"
#include "sync/syncclient.h"

#include <QJsonArray>
#include <QMetaObject>
#include <QPointer>

namespace cd {

struct ServerHearingBackend::State
{
    ServerAccount account;

    // One request with the account's token; logs in first when there is none, and once more
    // when the server says the token expired.
    Result<HttpAnswer> request(const QByteArray& method, const QString& path,
                               const QJsonObject* body)
    {
        SyncClient client;
        client.setTimeoutMs(15000);
        client.setMaxAttempts(2);
        if (auto c = client.configure(account.serverUrl, account.caFile); !c)
            return c.error();
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (account.token.isEmpty()) {
                if (auto l = login(client); !l)
                    return l.error();
            }
            client.setToken(account.token);
            auto r = client.request(method, path, body);
            if (!r && r.error().code == ErrorCode::Unauthorized && !account.password.isEmpty() &&
                attempt == 0) {
                account.token.clear();
                continue;
            }
            return r;
        }
        return makeError(ErrorCode::Unauthorized,
                         SyncClient::messageForCode(QStringLiteral("unauthorized")));
    }

    Result<void> login(SyncClient& client)
    {
        const QJsonObject creds{{QStringLiteral("user"), account.user},
                                {QStringLiteral("password"), account.password}};
        auto r = client.request("POST", QStringLiteral("/v1/login"), &creds);
        if (!r)
            return r.error();
        account.token = r->json.value(QStringLiteral("token")).toString();
        return {};
    }
};

namespace {

HearingParty partyFrom(const QJsonObject& o)
{
    HearingParty p;
    p.key = o.value(QStringLiteral("key")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    p.token = o.value(QStringLiteral("token")).toString();
    p.url = QUrl(o.value(QStringLiteral("party_url")).toString());
    return p;
}

QString segment(const QString& s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

ServerHearingBackend::ServerHearingBackend(const ServerAccount& account, QObject* parent)
    : HearingBackend(parent), m_state(std::make_shared<State>())
{
    m_state->account = account;
    m_pool.setMaxThreadCount(1);
}

ServerHearingBackend::~ServerHearingBackend()
{
    // Answers still queued for this object are dropped with it.
    m_pool.waitForDone();
}

template <typename T>
void ServerHearingBackend::run(std::function<Result<T>(State&)> work, Callback<T> done)
{
    auto state = m_state;
    m_pool.start([this, state, work = std::move(work), done = std::move(done)]() {
        auto result = std::make_shared<Result<T>>(work(*state));
        // The destructor waits for this job, so `this` is alive here; a queued answer is
        // dropped when the backend goes.
        QMetaObject::invokeMethod(
            this, [result, done]() { done(std::move(*result)); }, Qt::QueuedConnection);
    });
}

void ServerHearingBackend::post(const QString& path, const QJsonObject& body, Callback<void> done)
{
    run<void>(
        [path, body](State& s) -> Result<void> {
            auto r = s.request("POST", path, &body);
            if (!r)
                return r.error();
            return {};
        },
        std::move(done));
}

void ServerHearingBackend::create(const HearingRequest& request, Callback<HearingRooms> done)
{
    m_hearingId = request.hearingId;
    const QString id = m_hearingId;
    run<HearingRooms>(
        [id, request](State& s) -> Result<HearingRooms> {
            const QJsonObject body{{QStringLiteral("hearing_id"), id},
                                   {QStringLiteral("case_uuid"), request.caseUuid},
                                   {QStringLiteral("description"), request.description}};
            auto r = s.request("POST", QStringLiteral("/v1/hearings"), &body);
            if (!r)
                return r.error();
            HearingRooms rooms;
            rooms.room = r->json.value(QStringLiteral("room")).toInteger();
            rooms.lobby = r->json.value(QStringLiteral("lobby")).toInteger();
            rooms.janus = QUrl(r->json.value(QStringLiteral("janus")).toString());
            rooms.judgeToken = r->json.value(QStringLiteral("token")).toString();
            for (const HearingParty& p : request.parties) {
                const QJsonObject pb{{QStringLiteral("name"), p.name}};
                auto pr = s.request(
                    "POST", QStringLiteral("/v1/hearings/%1/parties").arg(segment(id)), &pb);
                if (!pr)
                    return pr.error();
                rooms.parties.append(partyFrom(pr->json));
            }
            qCInfo(lcHearing) << "server hearing" << id << "room" << rooms.room;
            return rooms;
        },
        std::move(done));
}

void ServerHearingBackend::invite(const QString& name, Callback<HearingParty> done)
{
    const QString path = QStringLiteral("/v1/hearings/%1/parties").arg(segment(m_hearingId));
    run<HearingParty>(
        [path, name](State& s) -> Result<HearingParty> {
            const QJsonObject body{{QStringLiteral("name"), name}};
            auto r = s.request("POST", path, &body);
            if (!r)
                return r.error();
            return partyFrom(r->json);
        },
        std::move(done));
}

void ServerHearingBackend::waiting(Callback<QVector<WaitingParty>> done)
{
    const QString path = QStringLiteral("/v1/hearings/%1/waiting").arg(segment(m_hearingId));
    run<QVector<WaitingParty>>(
        [path](State& s) -> Result<QVector<WaitingParty>> {
            auto r = s.request("GET", path, nullptr);
            if (!r)
                return r.error();
            QVector<WaitingParty> waiting;
            for (const QJsonValue& v : r->json.value(QStringLiteral("waiting")).toArray()) {
                const QJsonObject o = v.toObject();
                if (!o.value(QStringLiteral("key")).isString() ||
                    o.value(QStringLiteral("admitted")).toBool())
                    continue; // not one of ours (the judge's page in the lobby), or admitted
                waiting.append(WaitingParty{o.value(QStringLiteral("key")).toString(),
                                            o.value(QStringLiteral("name")).toString(),
                                            o.value(QStringLiteral("participant")).toInteger()});
            }
            return waiting;
        },
        std::move(done));
}

void ServerHearingBackend::admit(const QString& key, Callback<void> done)
{
    post(QStringLiteral("/v1/hearings/%1/admit/%2").arg(segment(m_hearingId), segment(key)), {},
         std::move(done));
}

void ServerHearingBackend::mute(qint64 participant, const QString& mid, bool mute,
                                Callback<void> done)
{
    post(QStringLiteral("/v1/hearings/%1/mute").arg(segment(m_hearingId)),
         QJsonObject{{QStringLiteral("participant"), participant},
                     {QStringLiteral("mid"), mid},
                     {QStringLiteral("mute"), mute}},
         std::move(done));
}

void ServerHearingBackend::kick(qint64 participant, Callback<void> done)
{
    post(QStringLiteral("/v1/hearings/%1/kick").arg(segment(m_hearingId)),
         QJsonObject{{QStringLiteral("participant"), participant}}, std::move(done));
}

void ServerHearingBackend::end(Callback<void> done)
{
    post(QStringLiteral("/v1/hearings/%1/end").arg(segment(m_hearingId)), {}, std::move(done));
}

} // namespace cd
