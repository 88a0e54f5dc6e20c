// Internet hearing media pieces without Janus or a browser (label core, runs under ASan):
// the Janus control client against an in-memory fake Janus (request bodies, typed errors, a
// lost session reopened once), .mjr headers, the recording pipeline with a stand-in converter,
// and the hearing page URL.
#include "audit/auditlog.h"
#include "hearing/hearingpage.h"
#include "hearing/hearingrecording.h"
#include "hearing/januscontrol.h"
#include "storage/profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <functional>

using namespace cd;

namespace {

// Answers the Janus HTTP API: create → session 11, attach → handle 22, message → answer().
class FakeJanus : public QTcpServer
{
public:
    QList<QJsonObject> bodies; // plugin request bodies, in order
    int sessionsCreated = 0;
    int loseSessionOnce = 0; // answer 458 to this many messages first
    std::function<QJsonObject(const QJsonObject&)> answer = [](const QJsonObject&) {
        return QJsonObject{{QStringLiteral("videoroom"), QStringLiteral("success")}};
    };

    QUrl api() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/janus").arg(serverPort())); }

protected:
    void incomingConnection(qintptr fd) override
    {
        auto* s = new QTcpSocket(this);
        s->setSocketDescriptor(fd);
        auto buf = std::make_shared<QByteArray>();
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buf] {
            buf->append(s->readAll());
            const int end = buf->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            int len = 0;
            for (const QByteArray& l : buf->left(end).split('\n'))
                if (l.toLower().startsWith("content-length:"))
                    len = l.mid(15).trimmed().toInt();
            if (buf->size() < end + 4 + len)
                return;
            const QJsonObject in = QJsonDocument::fromJson(buf->mid(end + 4, len)).object();
            buf->clear();
            QJsonObject out{
                {QStringLiteral("transaction"), in.value(QStringLiteral("transaction"))}};
            const QString kind = in.value(QStringLiteral("janus")).toString();
            if (kind == QLatin1String("create")) {
                ++sessionsCreated;
                out[QStringLiteral("janus")] = QStringLiteral("success");
                out[QStringLiteral("data")] = QJsonObject{{QStringLiteral("id"), 11}};
            } else if (kind == QLatin1String("attach")) {
                out[QStringLiteral("janus")] = QStringLiteral("success");
                out[QStringLiteral("data")] = QJsonObject{{QStringLiteral("id"), 22}};
            } else if (kind == QLatin1String("message") && loseSessionOnce > 0) {
                --loseSessionOnce;
                out[QStringLiteral("janus")] = QStringLiteral("error");
                out[QStringLiteral("error")] =
                    QJsonObject{{QStringLiteral("code"), 458},
                                {QStringLiteral("reason"), QStringLiteral("No such session")}};
            } else if (kind == QLatin1String("message")) {
                const QJsonObject body = in.value(QStringLiteral("body")).toObject();
                bodies << body;
                out[QStringLiteral("janus")] = QStringLiteral("success");
                out[QStringLiteral("plugindata")] = QJsonObject{
                    {QStringLiteral("plugin"), QStringLiteral("janus.plugin.videoroom")},
                    {QStringLiteral("data"), answer(body)}};
            } else {
                out[QStringLiteral("janus")] = QStringLiteral("ack");
            }
            const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact);
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json);
            s->disconnectFromHost();
        });
    }
};

template <typename T>
std::optional<Result<T>> wait(std::function<void(typename JanusControl::Callback<T>)> call)
{
    auto out = std::make_shared<std::optional<Result<T>>>();
    call([out](Result<T> r) { *out = std::move(r); });
    (void)QTest::qWaitFor([out] { return out->has_value(); }, 10000);
    return *out;
}

QByteArray mjr(const char* type, const char* codec)
{
    const QByteArray json =
        QByteArray("{\"t\":\"") + type + "\",\"c\":\"" + codec + "\",\"s\":1,\"u\":2}";
    QByteArray out("MJR00002");
    out.append(char(json.size() >> 8)).append(char(json.size() & 0xff)).append(json);
    out.append(QByteArray(64, 'x'));
    return out;
}

} // namespace

class TestHearingMedia : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void controlSendsTheDocumentedRequests()
    {
        FakeJanus janus;
        QVERIFY(janus.listen(QHostAddress::LocalHost));
        JanusControl c(janus.api(), QStringLiteral("KEY"));
        JanusRoomSpec spec;
        spec.room = 1000000001;
        spec.secret = QStringLiteral("RS");
        spec.allowed = {QStringLiteral("judgeTok")};
        spec.recDir = QStringLiteral("/srv/rec");
        auto r = wait<void>([&](auto cb) { c.createRoom(spec, cb); });
        QVERIFY(r && *r);
        const QJsonObject create = janus.bodies.last();
        QCOMPARE(create.value(QStringLiteral("request")).toString(), QStringLiteral("create"));
        QCOMPARE(create.value(QStringLiteral("admin_key")).toString(), QStringLiteral("KEY"));
        QCOMPARE(create.value(QStringLiteral("secret")).toString(), QStringLiteral("RS"));
        QCOMPARE(create.value(QStringLiteral("record")).toBool(), true);
        QCOMPARE(create.value(QStringLiteral("rec_dir")).toString(), QStringLiteral("/srv/rec"));
        QCOMPARE(create.value(QStringLiteral("allowed")).toArray().size(), 1);
        QVERIFY(*wait<void>(
            [&](auto cb) { c.allow(spec.room, spec.secret, {QStringLiteral("t1")}, cb); }));
        QCOMPARE(janus.bodies.last().value(QStringLiteral("action")).toString(),
                 QStringLiteral("add"));
        QVERIFY(*wait<void>([&](auto cb) {
            c.moderate(spec.room, spec.secret, 5, QStringLiteral("0"), true, cb);
        }));
        QCOMPARE(janus.bodies.last().value(QStringLiteral("mid")).toString(), QStringLiteral("0"));
        QCOMPARE(janus.bodies.last().value(QStringLiteral("mute")).toBool(), true);
        QVERIFY(*wait<void>([&](auto cb) { c.kick(spec.room, spec.secret, 5, cb); }));
        QCOMPARE(janus.bodies.last().value(QStringLiteral("id")).toInt(), 5);
        QCOMPARE(janus.sessionsCreated, 1); // one session for all requests
    }

    void pluginErrorsAreTyped_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("failure");
        QTest::newRow("433") << 433 << int(JanusFailure::Unauthorized);
        QTest::newRow("426") << 426 << int(JanusFailure::NoSuchRoom);
        QTest::newRow("428") << 428 << int(JanusFailure::NoSuchUser);
        QTest::newRow("427") << 427 << int(JanusFailure::RoomExists);
        QTest::newRow("499") << 499 << int(JanusFailure::Rejected);
    }
    void pluginErrorsAreTyped()
    {
        QFETCH(int, code);
        QFETCH(int, failure);
        FakeJanus janus;
        QVERIFY(janus.listen(QHostAddress::LocalHost));
        janus.answer = [code](const QJsonObject&) {
            return QJsonObject{{QStringLiteral("videoroom"), QStringLiteral("event")},
                               {QStringLiteral("error_code"), code},
                               {QStringLiteral("error"), QStringLiteral("nope")}};
        };
        JanusControl c(janus.api(), QStringLiteral("KEY"));
        auto r = wait<void>([&](auto cb) { c.kick(1, QStringLiteral("s"), 2, cb); });
        QVERIFY(r && !*r);
        QCOMPARE(int(JanusControl::failureOf(r->error())), failure);
        QVERIFY(!r->errorMessage().isEmpty());
        QVERIFY(r->error().detail.contains(QString::number(code)));
    }

    void lostSessionIsReopenedOnce()
    {
        FakeJanus janus;
        QVERIFY(janus.listen(QHostAddress::LocalHost));
        JanusControl c(janus.api(), QStringLiteral("KEY"));
        QVERIFY(*wait<void>([&](auto cb) { c.kick(1, QStringLiteral("s"), 2, cb); }));
        janus.loseSessionOnce = 1; // Janus restarted or the session timed out
        QVERIFY(*wait<void>([&](auto cb) { c.kick(1, QStringLiteral("s"), 2, cb); }));
        QCOMPARE(janus.sessionsCreated, 2);
        janus.loseSessionOnce = 2; // twice in a row: reported, not looped
        auto r = wait<void>([&](auto cb) { c.kick(1, QStringLiteral("s"), 2, cb); });
        QVERIFY(r && !*r);
        QCOMPARE(JanusControl::failureOf(r->error()), JanusFailure::Rejected);
    }

    void participantsAreListed()
    {
        FakeJanus janus;
        QVERIFY(janus.listen(QHostAddress::LocalHost));
        janus.answer = [](const QJsonObject&) {
            return QJsonObject{
                {QStringLiteral("videoroom"), QStringLiteral("participants")},
                {QStringLiteral("participants"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), 7},
                                        {QStringLiteral("display"), QStringLiteral("p1:原告 张三")},
                                        {QStringLiteral("publisher"), false}}}}};
        };
        JanusControl c(janus.api(), QStringLiteral("KEY"));
        auto r = wait<QVector<JanusParticipant>>([&](auto cb) { c.listParticipants(3, cb); });
        QVERIFY(r && *r);
        QCOMPARE(r->value().size(), 1);
        QCOMPARE(r->value().first().id, 7);
        QCOMPARE(r->value().first().display, QStringLiteral("p1:原告 张三"));
    }

    void mjrHeadersAreRead()
    {
        const QString v = m_dir.filePath(QStringLiteral("v.mjr")),
                      a = m_dir.filePath(QStringLiteral("a.mjr"));
        {
            QFile f(v);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(mjr("v", "vp8"));
        }
        {
            QFile f(a);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(mjr("a", "opus"));
        }
        auto hv = HearingRecording::readHeader(v);
        QVERIFY(hv);
        QCOMPARE(hv->kind, QStringLiteral("video"));
        QCOMPARE(HearingRecording::extensionFor(hv.value()), QStringLiteral("webm"));
        auto ha = HearingRecording::readHeader(a);
        QVERIFY(ha);
        QCOMPARE(HearingRecording::extensionFor(ha.value()), QStringLiteral("opus"));
        QCOMPARE(HearingRecording::extensionFor(
                     MjrInfo{QStringLiteral("video"), QStringLiteral("h264")}),
                 QStringLiteral("mp4"));
        QVERIFY(!HearingRecording::readHeader(m_dir.filePath(QStringLiteral("missing.mjr"))));
    }

    void recordingPipelineAuditsEachFile()
    {
        auto p = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(p);
        const QString rec = m_dir.filePath(QStringLiteral("rec"));
        QDir().mkpath(rec);
        for (const char* name :
             {"videoroom-42-user-1-100-audio-0.mjr", "videoroom-42-user-1-101-video-1.mjr",
              "videoroom-43-user-1-102-audio-0.mjr"}) {
            QFile f(QDir(rec).filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(name).contains("video") ? mjr("v", "vp8") : mjr("a", "opus"));
        }
        QCOMPARE(HearingRecording::tracksFor(42, rec).size(), 2);
        HearingRecording r(p.value()->database(), QStringLiteral("马建国"));
        r.setConverter(QStringLiteral("/bin/cp")); // stands in for janus-pp-rec: same arguments
        QSignalSpy done(&r, &HearingRecording::finished);
        r.finalize(42, rec, m_dir.filePath(QStringLiteral("out")), QStringLiteral("case-uuid"),
                   QStringLiteral("（2026）甘0102民初1号"));
        QTRY_COMPARE(done.count(), 1);
        auto result = r.result();
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QCOMPARE(result.value().size(), 2);
        auto trail = AuditLog(p.value()->database())
                         .entriesFor(QStringLiteral("case"), QStringLiteral("case-uuid"));
        QVERIFY(trail);
        int n = 0;
        for (const AuditEntry& e : trail.value())
            n += e.action == QLatin1String("hearing.recording");
        QCOMPARE(n, 2);
        for (const RecordedTrack& t : result.value()) {
            QCOMPARE(HearingRecording::sha256File(t.output).value(), t.sha256);
            QCOMPARE(t.sha256, t.sourceSha256); // cp: same bytes
        }
        // Converting again never overwrites the first output.
        r.finalize(42, rec, m_dir.filePath(QStringLiteral("out")), QStringLiteral("case-uuid"),
                   QString());
        QTRY_COMPARE(done.count(), 2);
        QCOMPARE(r.result().error().code, ErrorCode::Conflict);
        // A converter that fails, and one that is not installed, are typed errors.
        r.setConverter(QStringLiteral("/bin/false"));
        r.finalize(42, rec, m_dir.filePath(QStringLiteral("out2")), QStringLiteral("case-uuid"),
                   QString());
        QTRY_COMPARE(done.count(), 3);
        QCOMPARE(r.result().error().code, ErrorCode::Corrupt);
        r.setConverter(QStringLiteral("/nonexistent/janus-pp-rec"));
        r.finalize(42, rec, m_dir.filePath(QStringLiteral("out3")), QStringLiteral("case-uuid"),
                   QString());
        QTRY_COMPARE(done.count(), 4);
        QCOMPARE(r.result().error().code, ErrorCode::Unsupported);
    }

    void pageUrlCarriesTheParameters()
    {
        HearingPageParams p;
        p.janus = QUrl(QStringLiteral("http://127.0.0.1:8088/janus"));
        p.room = 1234567890;
        p.lobby = 1234567891;
        p.token = QStringLiteral("abc");
        p.name = QStringLiteral("原告 张三");
        p.key = QStringLiteral("p1");
        const QUrl u = HearingPage::url(QUrl(QStringLiteral("http://h/hearing/hearing.html")), p);
        const QUrlQuery q(u);
        QCOMPARE(q.queryItemValue(QStringLiteral("mode")), QStringLiteral("party"));
        QCOMPARE(q.queryItemValue(QStringLiteral("room")), QStringLiteral("1234567890"));
        QCOMPARE(q.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded), p.name);
        QCOMPARE(q.queryItemValue(QStringLiteral("janus"), QUrl::FullyDecoded), p.janus.toString());
        QVERIFY(HearingPage::sourceFor(QStringLiteral("../etc/passwd")).isEmpty());
        QVERIFY(HearingPage::sourceFor(QStringLiteral("hearing.js")).startsWith(QLatin1Char(':')));
        QVERIFY(QFile::exists(HearingPage::sourceFor(QStringLiteral("hearing.html"))));
    }
};

QTEST_GUILESS_MAIN(TestHearingMedia)
#include "tst_hearing_media.moc"
