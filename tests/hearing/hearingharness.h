#pragma once
// Test harness for internet hearings: a private Janus started through packaging/janus/
// courtdesk-janus (fresh secrets, a free HTTP port, media on the first non-loopback interface),
// a tiny HTTP server serving the hearing page to parties and collecting their status reports,
// and parties as headless Chromium processes. Everything is stopped by the destructors.
#include "hearing/hearingpage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>

namespace cd::test {

// Janus and Chromium die with the test, even when it crashes or ctest kills it on a timeout.
inline void dieWithParent(QProcess& p)
{
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

inline QString mediaAddress()
{
    for (const QNetworkInterface& i : QNetworkInterface::allInterfaces()) {
        if (!(i.flags() & QNetworkInterface::IsUp) || (i.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry& e : i.addressEntries())
            if (e.ip().protocol() == QAbstractSocket::IPv4Protocol && !e.ip().isLoopback())
                return e.ip().toString();
    }
    return {};
}

inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

class JanusHarness
{
public:
    QTemporaryDir dir;
    QProcess process;
    QUrl api;
    QString adminKey;
    QString recDir;
    QString error;

    bool start(const QString& launcher, int rtpBase = 41000)
    {
        const QString conf = dir.filePath(QStringLiteral("conf"));
        recDir = dir.filePath(QStringLiteral("rec"));
        const quint16 port = freePort();
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(dir.filePath(QStringLiteral("janus.log")));
        dieWithParent(process);
        process.start(launcher, {QStringLiteral("--dir"), conf, QStringLiteral("--rec-dir"), recDir,
                                 QStringLiteral("--http-port"), QString::number(port),
                                 QStringLiteral("--media-iface"), mediaAddress(),
                                 QStringLiteral("--rtp-ports"),
                                 QStringLiteral("%1-%2").arg(rtpBase).arg(rtpBase + 999)});
        if (!process.waitForStarted(5000)) {
            error = process.errorString();
            return false;
        }
        QElapsedTimer t;
        t.start();
        QNetworkAccessManager net;
        while (t.elapsed() < 15000) {
            QFile env(conf + QStringLiteral("/secrets.env"));
            if (adminKey.isEmpty() && env.open(QIODevice::ReadOnly)) {
                for (const QByteArray& line : env.readAll().split('\n')) {
                    if (line.startsWith("JANUS_ADMIN_KEY="))
                        adminKey = QString::fromLatin1(line.mid(16));
                    if (line.startsWith("JANUS_URL="))
                        api = QUrl(QString::fromLatin1(line.mid(10)));
                }
            }
            if (api.isValid()) {
                QNetworkReply* r = net.get(QNetworkRequest(QUrl(api.toString() + "/info")));
                (void)QTest::qWaitFor([r] { return r->isFinished(); }, 3000);
                const bool ok = r->error() == QNetworkReply::NoError;
                r->deleteLater();
                if (ok)
                    return true;
            }
            if (process.state() == QProcess::NotRunning)
                break;
            QTest::qWait(200);
        }
        error = QStringLiteral("Janus did not answer; log: ") + log().right(3000);
        return false;
    }
    QString log() const
    {
        QFile f(dir.filePath(QStringLiteral("janus.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()) : QString();
    }
    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(2000);
        }
    }
    ~JanusHarness() { stop(); }
};

// Serves /hearing/<page file> and takes POST /report/<key> (the party page's status).
class PageServer : public QTcpServer
{
public:
    QHash<QString, QJsonObject> reports;
    QHash<QString, int> reportCount;

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

protected:
    void incomingConnection(qintptr fd) override
    {
        auto* s = new QTcpSocket(this);
        s->setSocketDescriptor(fd);
        auto* buffer = new QByteArray;
        QObject::connect(s, &QTcpSocket::disconnected, s, [s, buffer] {
            delete buffer;
            s->deleteLater();
        });
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            buffer->append(s->readAll());
            const int end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            int length = 0;
            for (const QByteArray& line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toInt();
            if (buffer->size() < end + 4 + length)
                return;
            const QList<QByteArray> first = head.left(head.indexOf('\r')).split(' ');
            const QByteArray body = buffer->mid(end + 4, length);
            buffer->clear();
            answer(s, first.value(0), QUrl(QString::fromLatin1(first.value(1))).path(), body);
        });
    }

private:
    void reply(QTcpSocket* s, int code, const QByteArray& type, const QByteArray& body)
    {
        s->write("HTTP/1.1 " + QByteArray::number(code) + (code == 200 ? " OK" : " Not Found") +
                 "\r\nContent-Type: " + type +
                 "\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\nCache-Control: no-store\r\nAccess-Control-Allow-Origin: *"
                 "\r\nAccess-Control-Allow-Headers: content-type"
                 "\r\nConnection: close\r\n\r\n" +
                 body);
        s->disconnectFromHost();
    }
    void answer(QTcpSocket* s, const QByteArray& method, const QString& path,
                const QByteArray& body)
    {
        // Pages served elsewhere (courtdesk-server) report cross-origin: preflight allowed.
        if (method == "OPTIONS" && path.startsWith(QLatin1String("/report/")))
            return reply(s, 200, "text/plain", "");
        if (method == "POST" && path.startsWith(QLatin1String("/report/"))) {
            const QString key = path.mid(8);
            reports[key] = QJsonDocument::fromJson(body).object();
            reportCount[key]++;
            return reply(s, 200, "text/plain", "ok");
        }
        if (path.startsWith(QLatin1String("/hearing/"))) {
            const QString name = path.mid(9);
            QFile f(cd::HearingPage::sourceFor(name));
            if (f.open(QIODevice::ReadOnly))
                return reply(s, 200, cd::HearingPage::contentType(name).toLatin1(), f.readAll());
        }
        if (path == QLatin1String("/favicon.ico"))
            return reply(s, 404, "text/plain", "");
        reply(s, 404, "text/plain", "not found");
    }
};

// A party in headless Chromium with a fake camera and microphone.
class ChromiumParty
{
public:
    QTemporaryDir profile;
    QProcess process;

    static QString binary()
    {
        for (const char* p : {"/usr/bin/chromium", "/usr/bin/chromium-browser"})
            if (QFile::exists(QString::fromLatin1(p)))
                return QString::fromLatin1(p);
        return {};
    }
    bool start(const QUrl& url)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(profile.filePath(QStringLiteral("chromium.log")));
        dieWithParent(process);
        process.start(binary(), {QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                                 QStringLiteral("--use-fake-ui-for-media-stream"),
                                 QStringLiteral("--use-fake-device-for-media-stream"),
                                 QStringLiteral("--autoplay-policy=no-user-gesture-required"),
                                 QStringLiteral("--disable-features=WebRtcHideLocalIpsWithMdns"),
                                 QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                                 QStringLiteral("--disable-background-timer-throttling"),
                                 QStringLiteral("--disable-renderer-backgrounding"),
                                 QStringLiteral("--user-data-dir=") + profile.filePath("p"),
                                 url.toString(QUrl::FullyEncoded)});
        return process.waitForStarted(10000);
    }
    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(2000);
        }
    }
    ~ChromiumParty() { stop(); }
};

// A party in headless Firefox ESR: fake camera and microphone, no permission prompt, real
// host addresses in ICE (no mDNS names, which Janus ignores).
class FirefoxParty
{
public:
    QTemporaryDir profile;
    QProcess process;

    static QString binary()
    {
        return QStandardPaths::findExecutable(QStringLiteral("firefox-esr"));
    }
    bool start(const QUrl& url)
    {
        QFile prefs(profile.filePath(QStringLiteral("user.js")));
        if (!prefs.open(QIODevice::WriteOnly))
            return false;
        prefs.write("user_pref(\"media.navigator.streams.fake\", true);\n"
                    "user_pref(\"media.navigator.permission.disabled\", true);\n"
                    "user_pref(\"media.peerconnection.ice.obfuscate_host_addresses\", false);\n"
                    "user_pref(\"media.autoplay.default\", 0);\n"
                    "user_pref(\"browser.shell.checkDefaultBrowser\", false);\n"
                    "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);\n"
                    "user_pref(\"app.update.enabled\", false);\n");
        prefs.close();
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(profile.filePath(QStringLiteral("firefox.log")));
        dieWithParent(process);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MOZ_HEADLESS"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.start(binary(), {QStringLiteral("--headless"), QStringLiteral("--no-remote"),
                                 QStringLiteral("--profile"), profile.path(),
                                 url.toString(QUrl::FullyEncoded)});
        return process.waitForStarted(10000);
    }
    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished(2000);
        }
    }
    ~FirefoxParty() { stop(); }
};

// Flags the judge's QtWebEngine needs in tests; call before QApplication exists.
inline void prepareWebEngineForTests()
{
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1"); // we run as root in CI
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS",
            "--use-fake-device-for-media-stream --use-fake-ui-for-media-stream "
            "--autoplay-policy=no-user-gesture-required "
            "--disable-features=WebRtcHideLocalIpsWithMdns "
            "--disable-background-timer-throttling --disable-renderer-backgrounding");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace cd::test
