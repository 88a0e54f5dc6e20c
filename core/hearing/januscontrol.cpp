#include "januscontrol.h"

#include "hearinglog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace cd {

namespace {

const QString kFailureTag = QStringLiteral("janus-failure=");

ErrorCode codeFor(JanusFailure kind)
{
    switch (kind) {
    case JanusFailure::Unreachable:
        return ErrorCode::Io;
    case JanusFailure::Protocol:
        return ErrorCode::Corrupt;
    case JanusFailure::Unauthorized:
        return ErrorCode::InvalidInput;
    case JanusFailure::NoSuchRoom:
    case JanusFailure::NoSuchUser:
        return ErrorCode::NotFound;
    case JanusFailure::RoomExists:
        return ErrorCode::Conflict;
    case JanusFailure::Rejected:
    case JanusFailure::None:
        break;
    }
    return ErrorCode::Unsupported;
}

JanusFailure failureForPluginCode(int code)
{
    switch (code) {
    case 433:
        return JanusFailure::Unauthorized;
    case 426:
        return JanusFailure::NoSuchRoom;
    case 428:
        return JanusFailure::NoSuchUser;
    case 427:
        return JanusFailure::RoomExists;
    default:
        return JanusFailure::Rejected;
    }
}

// Janus core errors that mean our session or handle is gone (timed out, Janus restarted).
bool sessionLost(int janusCode)
{
    return janusCode == 458 /* no such session */ || janusCode == 459 /* no such handle */;
}

} // namespace

QString JanusMessages::message(JanusFailure kind)
{
    switch (kind) {
    case JanusFailure::Unreachable:
        return tr("The hearing media server does not answer.");
    case JanusFailure::Protocol:
        return tr("The hearing media server sent an answer that could not be understood.");
    case JanusFailure::Unauthorized:
        return tr("The hearing media server refused the request (wrong key, secret or token).");
    case JanusFailure::NoSuchRoom:
        return tr("The hearing room does not exist on the media server.");
    case JanusFailure::NoSuchUser:
        return tr("That participant is no longer in the hearing room.");
    case JanusFailure::RoomExists:
        return tr("A hearing room with this number already exists on the media server.");
    case JanusFailure::Rejected:
        return tr("The hearing media server rejected the request.");
    case JanusFailure::None:
        break;
    }
    return {};
}

JanusControl::JanusControl(const QUrl& apiUrl, const QString& adminKey, QObject* parent)
    : QObject(parent), m_api(apiUrl), m_adminKey(adminKey), m_net(new QNetworkAccessManager(this))
{
    // Janus drops a session after session_timeout (30 s in our config) without traffic.
    m_keepAlive.setInterval(10000);
    connect(&m_keepAlive, &QTimer::timeout, this, &JanusControl::keepAlive);
}

JanusControl::~JanusControl()
{
    close();
}

Error JanusControl::failure(JanusFailure kind, const QString& detail)
{
    return makeError(codeFor(kind), JanusMessages::message(kind),
                     kFailureTag + QString::number(int(kind)) + QStringLiteral("; ") + detail);
}

JanusFailure JanusControl::failureOf(const Error& e)
{
    if (!e.detail.startsWith(kFailureTag))
        return e.code == ErrorCode::None ? JanusFailure::None : JanusFailure::Rejected;
    const int end = e.detail.indexOf(QLatin1Char(';'));
    return JanusFailure(e.detail.mid(kFailureTag.size(), end - kFailureTag.size()).toInt());
}

void JanusControl::post(const QUrl& url, QJsonObject message, Callback<QJsonObject> done)
{
    message.insert(QStringLiteral("transaction"), QStringLiteral("cd%1").arg(++m_transaction));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_net->post(req, QJsonDocument(message).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, url, done = std::move(done)] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            done(failure(JanusFailure::Unreachable,
                         url.toString() + QStringLiteral(": ") + reply->errorString()));
            return;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            done(failure(JanusFailure::Protocol, url.toString() + QStringLiteral(": not JSON")));
            return;
        }
        done(doc.object());
    });
}

void JanusControl::ensureHandle(Callback<void> done)
{
    if (m_session && m_handle) {
        done(Result<void>());
        return;
    }
    m_waiting.append(std::move(done));
    if (m_connecting)
        return;
    m_connecting = true;
    auto finish = [this](Result<void> r) {
        m_connecting = false;
        if (r)
            m_keepAlive.start();
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto& cb : waiting)
            cb(r);
    };
    post(
        m_api, {{QStringLiteral("janus"), QStringLiteral("create")}},
        [this, finish](Result<QJsonObject> r) {
            if (!r)
                return finish(r.error());
            const qint64 session =
                r->value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toInteger();
            if (r->value(QStringLiteral("janus")).toString() != QLatin1String("success") ||
                !session)
                return finish(failure(JanusFailure::Protocol, QStringLiteral("create session")));
            m_session = session;
            QUrl url = m_api;
            url.setPath(m_api.path() + QStringLiteral("/%1").arg(session));
            post(url,
                 {{QStringLiteral("janus"), QStringLiteral("attach")},
                  {QStringLiteral("plugin"), QStringLiteral("janus.plugin.videoroom")}},
                 [this, finish](Result<QJsonObject> a) {
                     if (!a)
                         return finish(a.error());
                     const qint64 handle = a->value(QStringLiteral("data"))
                                               .toObject()
                                               .value(QStringLiteral("id"))
                                               .toInteger();
                     if (!handle)
                         return finish(
                             failure(JanusFailure::Rejected,
                                     QStringLiteral("attach: ") +
                                         QString::fromUtf8(QJsonDocument(a.value()).toJson())));
                     m_handle = handle;
                     qCInfo(lcHearing)
                         << "janus control session" << m_session << "handle" << m_handle;
                     finish(Result<void>());
                 });
        });
}

void JanusControl::request(const QJsonObject& body, Callback<QJsonObject> done)
{
    sendOnHandle(body, std::move(done), false);
}

void JanusControl::sendOnHandle(const QJsonObject& body, Callback<QJsonObject> done, bool retried)
{
    ensureHandle([this, body, done = std::move(done), retried](Result<void> ready) mutable {
        if (!ready)
            return done(ready.error());
        QUrl url = m_api;
        url.setPath(m_api.path() + QStringLiteral("/%1/%2").arg(m_session).arg(m_handle));
        post(url,
             {{QStringLiteral("janus"), QStringLiteral("message")}, {QStringLiteral("body"), body}},
             [this, body, done = std::move(done), retried](Result<QJsonObject> r) mutable {
                 if (!r)
                     return done(r.error());
                 const QJsonObject o = r.value();
                 const QString kind = o.value(QStringLiteral("janus")).toString();
                 if (kind == QLatin1String("error")) {
                     const QJsonObject err = o.value(QStringLiteral("error")).toObject();
                     const int code = err.value(QStringLiteral("code")).toInt();
                     if (sessionLost(code) && !retried) {
                         // The session timed out or Janus restarted: open a new one, once.
                         m_session = m_handle = 0;
                         m_keepAlive.stop();
                         return sendOnHandle(body, std::move(done), true);
                     }
                     return done(failure(JanusFailure::Rejected,
                                         QStringLiteral("janus %1: %2")
                                             .arg(code)
                                             .arg(err.value(QStringLiteral("reason")).toString())));
                 }
                 const QJsonObject data = o.value(QStringLiteral("plugindata"))
                                              .toObject()
                                              .value(QStringLiteral("data"))
                                              .toObject();
                 if (kind != QLatin1String("success") || data.isEmpty())
                     return done(failure(JanusFailure::Protocol,
                                         QStringLiteral("unexpected answer: ") + kind));
                 if (data.contains(QStringLiteral("error_code"))) {
                     const int code = data.value(QStringLiteral("error_code")).toInt();
                     return done(
                         failure(failureForPluginCode(code),
                                 QStringLiteral("videoroom %1: %2 (request %3)")
                                     .arg(code)
                                     .arg(data.value(QStringLiteral("error")).toString(),
                                          body.value(QStringLiteral("request")).toString())));
                 }
                 done(data);
             });
    });
}

void JanusControl::keepAlive()
{
    if (!m_session)
        return;
    QUrl url = m_api;
    url.setPath(m_api.path() + QStringLiteral("/%1").arg(m_session));
    post(url, {{QStringLiteral("janus"), QStringLiteral("keepalive")}}, [](Result<QJsonObject>) {});
}

void JanusControl::close()
{
    m_keepAlive.stop();
    if (!m_session)
        return;
    QUrl url = m_api;
    url.setPath(m_api.path() + QStringLiteral("/%1").arg(m_session));
    m_session = m_handle = 0;
    post(url, {{QStringLiteral("janus"), QStringLiteral("destroy")}}, [](Result<QJsonObject>) {});
}

namespace {
template <typename F> auto toVoid(F done)
{
    return [done = std::move(done)](Result<QJsonObject> r) {
        if (!r)
            return done(r.error());
        done(Result<void>());
    };
}
} // namespace

void JanusControl::createRoom(const JanusRoomSpec& spec, Callback<void> done)
{
    QJsonObject body{{QStringLiteral("request"), QStringLiteral("create")},
                     {QStringLiteral("room"), spec.room},
                     {QStringLiteral("admin_key"), m_adminKey},
                     {QStringLiteral("secret"), spec.secret},
                     {QStringLiteral("description"), spec.description},
                     {QStringLiteral("is_private"), true},
                     {QStringLiteral("permanent"), false},
                     {QStringLiteral("publishers"), spec.publishers},
                     {QStringLiteral("bitrate"), spec.bitrate},
                     {QStringLiteral("audiocodec"), QStringLiteral("opus")},
                     {QStringLiteral("videocodec"), QStringLiteral("vp8")},
                     {QStringLiteral("allowed"), QJsonArray::fromStringList(spec.allowed)},
                     {QStringLiteral("record"), spec.record},
                     {QStringLiteral("lock_record"), true},
                     {QStringLiteral("notify_joining"), true}};
    if (spec.record)
        body.insert(QStringLiteral("rec_dir"), spec.recDir);
    request(body, toVoid(std::move(done)));
}

void JanusControl::destroyRoom(qint64 room, const QString& secret, Callback<void> done)
{
    request({{QStringLiteral("request"), QStringLiteral("destroy")},
             {QStringLiteral("room"), room},
             {QStringLiteral("secret"), secret},
             {QStringLiteral("permanent"), false}},
            toVoid(std::move(done)));
}

void JanusControl::allow(qint64 room, const QString& secret, const QStringList& tokens,
                         Callback<void> done)
{
    request({{QStringLiteral("request"), QStringLiteral("allowed")},
             {QStringLiteral("room"), room},
             {QStringLiteral("secret"), secret},
             {QStringLiteral("action"), QStringLiteral("add")},
             {QStringLiteral("allowed"), QJsonArray::fromStringList(tokens)}},
            toVoid(std::move(done)));
}

void JanusControl::disallow(qint64 room, const QString& secret, const QStringList& tokens,
                            Callback<void> done)
{
    request({{QStringLiteral("request"), QStringLiteral("allowed")},
             {QStringLiteral("room"), room},
             {QStringLiteral("secret"), secret},
             {QStringLiteral("action"), QStringLiteral("remove")},
             {QStringLiteral("allowed"), QJsonArray::fromStringList(tokens)}},
            toVoid(std::move(done)));
}

void JanusControl::moderate(qint64 room, const QString& secret, qint64 participant,
                            const QString& mid, bool mute, Callback<void> done)
{
    request({{QStringLiteral("request"), QStringLiteral("moderate")},
             {QStringLiteral("room"), room},
             {QStringLiteral("secret"), secret},
             {QStringLiteral("id"), participant},
             {QStringLiteral("mid"), mid},
             {QStringLiteral("mute"), mute}},
            toVoid(std::move(done)));
}

void JanusControl::kick(qint64 room, const QString& secret, qint64 participant, Callback<void> done)
{
    request({{QStringLiteral("request"), QStringLiteral("kick")},
             {QStringLiteral("room"), room},
             {QStringLiteral("secret"), secret},
             {QStringLiteral("id"), participant}},
            toVoid(std::move(done)));
}

void JanusControl::listParticipants(qint64 room, Callback<QVector<JanusParticipant>> done)
{
    request({{QStringLiteral("request"), QStringLiteral("listparticipants")},
             {QStringLiteral("room"), room}},
            [done = std::move(done)](Result<QJsonObject> r) {
                if (!r)
                    return done(r.error());
                QVector<JanusParticipant> out;
                const QJsonArray list = r->value(QStringLiteral("participants")).toArray();
                for (const QJsonValue& v : list) {
                    const QJsonObject p = v.toObject();
                    out.append(JanusParticipant{p.value(QStringLiteral("id")).toInteger(),
                                                p.value(QStringLiteral("display")).toString(),
                                                p.value(QStringLiteral("publisher")).toBool(),
                                                p.value(QStringLiteral("talking")).toBool()});
                }
                done(out);
            });
}

} // namespace cd
