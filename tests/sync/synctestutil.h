#pragma once

// Test harness for sync: the real courtdesk-server as a child process, and an in-process
// fault proxy in front of it (one per desk) that can refuse connections (a partition), cut a
// request after N bytes, truncate a response, answer garbage, and delay; it counts the bytes
// on the wire both ways.

#include "cases/caserepository.h"
#include "storage/profile.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <csignal>
#include <functional>
#include <memory>

namespace synctest {

inline QString serverBinary()
{
    return qEnvironmentVariable("COURTDESK_SERVER");
}

class ServerProcess
{
public:
    explicit ServerProcess(QString dataDir) : m_dataDir(std::move(dataDir)) {}
    ~ServerProcess() { stop(); }

    QString dataDir() const { return m_dataDir; }
    QStringList extraArgs; // e.g. --cert FILE --key FILE
    quint16 port() const { return m_port; }

    bool start()
    {
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::SeparateChannels);
        m_proc->setStandardErrorFile(QDir(m_dataDir).filePath(QStringLiteral("server.log")),
                                     QIODevice::Append);
        m_proc->start(serverBinary(),
                      QStringList{QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:0")} +
                          extraArgs);
        if (!m_proc->waitForStarted(10000))
            return false;
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000) {
            if (!m_proc->waitForReadyRead(200) && m_proc->state() != QProcess::Running)
                return false;
            out += m_proc->readAllStandardOutput();
            const int at = out.indexOf("listening on ");
            const int nl = at < 0 ? -1 : out.indexOf('\n', at);
            if (nl > 0) {
                const QByteArray hostPort = out.mid(at + 13, nl - at - 13).trimmed();
                m_port = quint16(hostPort.mid(hostPort.lastIndexOf(':') + 1).toUInt());
                // Keep the pipe drained so the server never blocks on its output.
                QProcess* p = m_proc.get();
                QObject::connect(p, &QProcess::readyReadStandardOutput, p,
                                 [p]() { p->readAllStandardOutput(); });
                return m_port != 0;
            }
        }
        return false;
    }

    void kill9()
    {
        if (m_proc && m_proc->state() == QProcess::Running) {
            ::kill(pid_t(m_proc->processId()), SIGKILL);
            m_proc->waitForFinished(5000);
        }
    }

    void stop()
    {
        if (m_proc && m_proc->state() == QProcess::Running) {
            m_proc->terminate();
            if (!m_proc->waitForFinished(5000))
                kill9();
        }
        m_proc.reset();
    }

    // Runs a server subcommand on the data dir; returns the exit code (output in *out).
    int admin(const QStringList& args, QByteArray* out = nullptr) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(serverBinary(), QStringList{QStringLiteral("--data"), m_dataDir} + args);
        if (!p.waitForFinished(30000))
            return -1;
        if (out)
            *out = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    bool addUser(const QString& court, const QString& role, const QString& name,
                 const QString& password)
    {
        const QString pw = QDir(m_dataDir).filePath(QStringLiteral("pw-") + name);
        QFile f(pw);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(password.toUtf8());
        f.close();
        QByteArray out;
        const int rc =
            admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--court"), court,
                   QStringLiteral("--role"), role, QStringLiteral("--name"), name,
                   QStringLiteral("--password-file"), pw},
                  &out);
        if (rc != 0)
            qWarning() << "user add failed:" << out;
        return rc == 0;
    }

private:
    QString m_dataDir;
    std::unique_ptr<QProcess> m_proc;
    quint16 m_port = 0;
};

class FaultProxy : public QObject
{
public:
    enum class Fault { None, CutRequest, TruncateResponse, Garbage, Refuse };

    explicit FaultProxy(quint16 upstreamPort) : m_upstream(upstreamPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this]() { accept(); });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    void setUpstreamPort(quint16 p) { m_upstream = p; }

    // A partition: every connection is refused and open ones are cut.
    void setPartitioned(bool on)
    {
        m_partitioned = on;
        if (on)
            cutAll();
    }
    bool partitioned() const { return m_partitioned; }
    void setDelayMs(int ms) { m_delayMs = ms; }
    // The next connection gets this fault (after `afterBytes` bytes in its direction).
    void faultNext(Fault f, qint64 afterBytes = 0)
    {
        m_nextFault = f;
        m_nextAfter = afterBytes;
    }
    // Every new connection gets this fault until cleared with Fault::None.
    void faultAll(Fault f, qint64 afterBytes = 0)
    {
        m_allFault = f;
        m_allAfter = afterBytes;
    }
    // Each new connection gets a random fault with probability p (seeded).
    void setRandomFaults(double p, quint32 seed)
    {
        m_randomP = p;
        m_rng.seed(seed);
    }
    void cutAll()
    {
        for (const auto& pair : m_pairs) {
            if (pair.first)
                pair.first->abort();
            if (pair.second)
                pair.second->abort();
        }
        m_pairs.clear();
    }

    qint64 bytesUp() const { return m_up; }
    qint64 bytesDown() const { return m_down; }
    void resetCounters() { m_up = m_down = 0; }
    int faultsInjected() const { return m_faults; }
    // Called with the running count of request bytes (e.g. to kill the server mid-upload).
    std::function<void(qint64)> onUp;

private:
    void accept()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            client->setParent(this);
            if (m_partitioned) {
                client->abort();
                client->deleteLater();
                continue;
            }
            Fault fault = m_nextFault;
            qint64 after = m_nextAfter;
            m_nextFault = Fault::None;
            if (fault == Fault::None && m_allFault != Fault::None) {
                fault = m_allFault;
                after = m_allAfter;
            }
            if (fault == Fault::None && m_randomP > 0 && m_rng.generateDouble() < m_randomP) {
                fault = Fault(1 + m_rng.bounded(3));
                after = m_rng.bounded(1, 3000);
            }
            if (fault != Fault::None)
                ++m_faults;
            if (fault == Fault::Refuse) {
                client->abort();
                client->deleteLater();
                continue;
            }
            if (fault == Fault::Garbage) {
                QObject::connect(client, &QTcpSocket::readyRead, client, [client]() {
                    client->readAll();
                    client->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                        "Content-Length: 14\r\nConnection: close\r\n\r\n{\"changes\": [x");
                    client->disconnectFromHost();
                });
                continue;
            }
            auto* up = new QTcpSocket(this);
            m_pairs.push_back({client, up});
            auto sentUp = std::make_shared<qint64>(0);
            auto sentDown = std::make_shared<qint64>(0);
            auto pendingUp = std::make_shared<QByteArray>();
            const auto forwardUp = [=]() {
                QByteArray data = client->readAll();
                if (up->state() != QAbstractSocket::ConnectedState) {
                    *pendingUp += data;
                    return;
                }
                data.prepend(*pendingUp);
                pendingUp->clear();
                if (fault == Fault::CutRequest && *sentUp + data.size() > after) {
                    up->write(data.left(after - *sentUp));
                    m_up += after - *sentUp;
                    up->flush();
                    client->abort();
                    up->abort();
                    return;
                }
                *sentUp += data.size();
                m_up += data.size();
                up->write(data);
                if (onUp)
                    onUp(m_up);
            };
            QObject::connect(client, &QTcpSocket::readyRead, up, forwardUp);
            QObject::connect(up, &QTcpSocket::connected, client, forwardUp);
            QObject::connect(up, &QTcpSocket::readyRead, client, [=]() {
                QByteArray data = up->readAll();
                if (fault == Fault::TruncateResponse && *sentDown + data.size() > after) {
                    client->write(data.left(after - *sentDown));
                    m_down += after - *sentDown;
                    client->flush();
                    client->abort();
                    up->abort();
                    return;
                }
                *sentDown += data.size();
                m_down += data.size();
                client->write(data);
            });
            QObject::connect(client, &QTcpSocket::disconnected, up,
                             [up]() { up->disconnectFromHost(); });
            QObject::connect(up, &QTcpSocket::disconnected, client,
                             [client]() { client->disconnectFromHost(); });
            // The server closing a keep-alive connection is not a fault: what it sent is still
            // in the client socket's buffer and must reach the desk.
            QObject::connect(up, &QTcpSocket::errorOccurred, client,
                             [client](QAbstractSocket::SocketError e) {
                                 if (e == QAbstractSocket::RemoteHostClosedError)
                                     client->disconnectFromHost();
                                 else
                                     client->abort();
                             });
            const quint16 port = m_upstream;
            if (m_delayMs > 0)
                QTimer::singleShot(m_delayMs, up, [up, port]() {
                    up->connectToHost(QHostAddress::LocalHost, port);
                });
            else
                up->connectToHost(QHostAddress::LocalHost, port);
        }
    }

    QTcpServer m_server;
    quint16 m_upstream;
    bool m_partitioned = false;
    int m_delayMs = 0;
    Fault m_nextFault = Fault::None;
    qint64 m_nextAfter = 0;
    Fault m_allFault = Fault::None;
    qint64 m_allAfter = 0;
    double m_randomP = 0;
    QRandomGenerator m_rng;
    qint64 m_up = 0;
    qint64 m_down = 0;
    int m_faults = 0;
    QVector<QPair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
};

// One desk: a profile in a temporary folder, its own proxy to the server and its engine.
struct Desk
{
    Desk(const QString& user, const QString& password, quint16 serverPort)
        : proxy(serverPort), m_user(user), m_password(password)
    {
        auto p = cd::Profile::open(dir.path());
        QVERIFY2(p, qPrintable(p.errorMessage()));
        profile = std::move(p).value();
        engine =
            std::make_unique<cd::SyncEngine>(profile->database(), profile->evidenceDir(), user);
        engine->client().setMaxAttempts(2);
        engine->client().setTimeoutMs(5000);
    }

    cd::SyncCredentials creds() const
    {
        return {QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(proxy.port()), m_user,
                m_password, caFile};
    }
    cd::Result<cd::SyncRoundStats> round() { return engine->runRound(creds()); }
    cd::Database& db() { return profile->database(); }
    cd::CaseRepository cases() { return cd::CaseRepository(db(), m_user); }

    QTemporaryDir dir;
    std::unique_ptr<cd::Profile> profile;
    FaultProxy proxy;
    std::unique_ptr<cd::SyncEngine> engine;
    QString m_user;
    QString m_password;
    QString scheme = QStringLiteral("http");
    QString caFile;
};

} // namespace synctest
