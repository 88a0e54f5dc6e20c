#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <utility>

#include <functional>

class QNetworkAccessManager;

namespace cd {

// A hearing's VideoRoom as the control client creates it (docs/hearings.md lists the JSON).
struct JanusRoomSpec
{
    qint64 room = 0;      // numeric room id, unique on the Janus instance
    QString secret;       // needed to moderate, kick, admit and destroy
    QString description;  // e.g. the case number
    QStringList allowed;  // tokens that may join; empty list = nobody yet (waiting room)
    bool record = true;   // every publisher's tracks go to recDir as .mjr files
    QString recDir;       // on the Janus host; not under /etc, /usr or /var
    int publishers = 8;   // concurrent senders
    int bitrate = 768000; // per-publisher video cap, bit/s
};

struct JanusParticipant
{
    qint64 id = 0;
    QString display;
    bool publisher = false; // sending media
    bool talking = false;
};

// Why a Janus request failed, besides the translated message in cd::Error.
enum class JanusFailure {
    None,
    Unreachable,  // no HTTP answer (Janus down, wrong URL, timeout)
    Protocol,     // an answer that is not the Janus API
    Unauthorized, // wrong admin_key or room secret, token not allowed (videoroom 433)
    NoSuchRoom,   // 426
    NoSuchUser,   // 428
    RoomExists,   // 427
    Rejected,     // any other Janus or plugin error
};

// A small client of the Janus HTTP API for the VideoRoom plugin: one Janus session and one
// plugin handle, kept alive while the object lives. Every call is asynchronous and reports a
// typed Result through its callback on the object's thread; calls are queued in order.
class JanusControl : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    JanusControl(const QUrl& apiUrl, const QString& adminKey, QObject* parent = nullptr);
    ~JanusControl() override;

    QUrl apiUrl() const { return m_api; }
    // Milliseconds an HTTP request may take before it fails as Unreachable (default 10 s).
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }
    static JanusFailure failureOf(const Error& e);

    void createRoom(const JanusRoomSpec& spec, Callback<void> done);
    void destroyRoom(qint64 room, const QString& secret, Callback<void> done);
    // Adds tokens to the room's allowed list: the parties holding them may join now.
    void allow(qint64 room, const QString& secret, const QStringList& tokens, Callback<void> done);
    void disallow(qint64 room, const QString& secret, const QStringList& tokens,
                  Callback<void> done);
    // Mutes (or unmutes) one stream (mid) of a publisher for everyone, recording included.
    void moderate(qint64 room, const QString& secret, qint64 participant, const QString& mid,
                  bool mute, Callback<void> done);
    void kick(qint64 room, const QString& secret, qint64 participant, Callback<void> done);
    void listParticipants(qint64 room, Callback<QVector<JanusParticipant>> done);
    // Ends the control session on Janus (also done by the destructor, without waiting).
    void close();

    // The raw plugin request, for requests not wrapped above. The answer is plugindata.data.
    void request(const QJsonObject& body, Callback<QJsonObject> done);

private:
    void ensureHandle(Callback<void> done);
    void post(const QUrl& url, QJsonObject message, Callback<QJsonObject> done);
    void sendOnHandle(const QJsonObject& body, Callback<QJsonObject> done, bool retried);
    void keepAlive();
    static Error failure(JanusFailure kind, const QString& detail);

    QUrl m_api;
    QString m_adminKey;
    QNetworkAccessManager* m_net;
    QTimer m_keepAlive;
    qint64 m_session = 0;
    qint64 m_handle = 0;
    int m_timeoutMs = 10000;
    quint64 m_transaction = 0;
    bool m_connecting = false;
    QVector<Callback<void>> m_waiting; // calls waiting for the session and handle
};

// Messages for JanusFailure, translated.
class JanusMessages
{
    Q_DECLARE_TR_FUNCTIONS(cd::JanusMessages)
public:
    static QString message(JanusFailure kind);
};

} // namespace cd
