#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QIODevice;
class QNetworkReply;

namespace cd {

// One answer of the server.
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QJsonObject json; // parsed body when it is a JSON object
    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

// HTTP transport of the sync protocol: gzip request bodies, bearer token, a court CA as the
// only trust anchor, plain http only on loopback, timeouts and retries with backoff.
// Requests block in a local QEventLoop: use it from the CLI or from a worker thread (the app
// runs sync rounds off the GUI thread), never from the GUI thread.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(cd::SyncClient)
public:
    SyncClient();

    // Checks the URL (https, or http on loopback) and loads the CA file (may be empty for http).
    Result<void> configure(const QString& serverUrl, const QString& caFile);
    void setToken(const QString& token) { m_token = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxAttempts(int n) { m_maxAttempts = n; }

    // A request with a JSON body (gzip-compressed) or none; 2xx answers come back as is,
    // other answers as an Error with the translated message for the server's error code.
    // acceptStatus lists non-2xx statuses the caller handles itself (e.g. 404, 409).
    Result<HttpAnswer> request(const QByteArray& method, const QString& path,
                               const QJsonObject* body = nullptr,
                               const QList<int>& acceptStatus = {});
    Result<HttpAnswer> requestRaw(const QByteArray& method, const QString& path,
                                  const QByteArray& body, const QByteArray& contentType,
                                  const QList<int>& acceptStatus = {});
    // Streams a GET into sink (a blob); returns the status.
    Result<int> download(const QString& path, QIODevice& sink, qint64 from = 0);

    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

    // Translated text for a protocol error code.
    static QString messageForCode(const QString& code);
    static QByteArray gzip(const QByteArray& data);

private:
    Result<HttpAnswer> once(const QByteArray& method, const QString& path, const QByteArray& body,
                            const QByteArray& contentType, bool gzipped, QIODevice* sink,
                            qint64 from);
    QNetworkRequest makeRequest(const QString& path) const;

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
    bool m_tls = false;
    QSslConfiguration m_ssl;
    QList<QSslCertificate> m_lastCa;
    int m_timeoutMs = 30000;
    int m_maxAttempts = 4;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace cd
