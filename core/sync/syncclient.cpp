#include "syncclient.h"

#include "common/logging.h"

#include <QEventLoop>
#include <QFile>
#include <QFileDevice>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>

#include <zlib.h>

namespace cd {

SyncClient::SyncClient()
{
    // Answers are gzip-compressed when asked: QNetworkAccessManager sends Accept-Encoding and
    // inflates transparently as long as the request does not set the header itself.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QByteArray SyncClient::gzip(const QByteArray& data)
{
    z_stream zs{};
    if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(int(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const qsizetype written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

QString SyncClient::messageForCode(const QString& code)
{
    if (code == QLatin1String("unauthorized"))
        return tr("The server did not accept the user name, password or login session.");
    if (code == QLatin1String("forbidden"))
        return tr("Your account is not allowed to make this change.");
    if (code == QLatin1String("not_found"))
        return tr("The server does not know this record or file.");
    if (code == QLatin1String("too_large"))
        return tr("The change is too large for the server.");
    if (code == QLatin1String("offset_mismatch"))
        return tr("The upload went out of step with the server.");
    if (code == QLatin1String("hash_mismatch"))
        return tr("The uploaded file did not arrive intact.");
    if (code == QLatin1String("unsupported_version"))
        return tr("The server speaks another version of the sync protocol. Update CourtDesk.");
    if (code == QLatin1String("bad_request"))
        return tr("The server refused a request as malformed.");
    if (code == QLatin1String("too_many_requests"))
        return tr("The server refuses logins for a while after too many failed attempts.");
    return tr("The server reported an internal error.");
}

Result<void> SyncClient::configure(const QString& serverUrl, const QString& caFile)
{
    QUrl url(serverUrl);
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a server address.").arg(serverUrl));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        const QHostAddress host(url.host());
        const bool loopback = url.host() == QLatin1String("localhost") || host.isLoopback();
        if (!loopback)
            return makeError(ErrorCode::InvalidInput,
                             tr("Plain http:// is only allowed to this computer. Use https:// "
                                "for the court's server."));
        m_tls = false;
    } else if (scheme == QLatin1String("https")) {
        m_tls = true;
        if (caFile.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("An https:// server needs the court's CA certificate file."));
        const auto certs = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certs.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("No CA certificate could be read from %1.").arg(caFile));
        m_ssl = QSslConfiguration::defaultConfiguration();
        // Only the court's CA: setCaCertificates replaces the system store and turns off
        // on-demand loading of system roots.
        m_ssl.setCaCertificates(certs);
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    } else {
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not an http:// or https:// address.").arg(serverUrl));
    }
    if (url.path().endsWith(u'/'))
        url.setPath(url.path().chopped(1));
    // A new address or CA must not reuse connections (or TLS sessions) made under the old one.
    if (url != m_base || m_ssl.caCertificates() != m_lastCa) {
        m_nam.clearConnectionCache();
        m_lastCa = m_ssl.caCertificates();
    }
    m_base = url;
    return {};
}

QNetworkRequest SyncClient::makeRequest(const QString& path) const
{
    QUrl url = m_base;
    const int q = path.indexOf(u'?');
    url.setPath(m_base.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    if (m_tls)
        req.setSslConfiguration(m_ssl);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return req;
}

Result<HttpAnswer> SyncClient::once(const QByteArray& method, const QString& path,
                                    const QByteArray& body, const QByteArray& contentType,
                                    bool gzipped, QIODevice* sink, qint64 from)
{
    QNetworkRequest req = makeRequest(path);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (gzipped)
        req.setRawHeader("Content-Encoding", "gzip");
    if (from > 0)
        req.setRawHeader("Range", "bytes=" + QByteArray::number(from) + '-');
    // Blobs travel as they are: a Range then counts bytes of the file itself.
    if (sink)
        req.setRawHeader("Accept-Encoding", "identity");
    // HEAD must go through head(): as a custom verb Qt waits for the Content-Length bytes of
    // a body that a HEAD answer never has.
    QNetworkReply* reply =
        method == "HEAD" ? m_nam.head(req) : m_nam.sendCustomRequest(req, method, body);
    m_bytesSent += body.size();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Watchdog: no progress for the timeout aborts the request, whatever Qt's own transfer
    // timeout does, so a round never hangs.
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(m_timeoutMs);
    bool timedOut = false;
    QObject::connect(&idle, &QTimer::timeout, reply, [&]() {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &idle, qOverload<>(&QTimer::start));
    QObject::connect(reply, &QNetworkReply::uploadProgress, &idle, qOverload<>(&QTimer::start));
    idle.start();
    qint64 streamed = 0;
    bool sinkFailed = false;
    if (sink) {
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [&]() {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 200 || status >= 300)
                return; // the error body is read at the end
            // A server that ignores the Range sends the whole file: start the sink over.
            if (from > 0 && streamed == 0 && status == 200) {
                if (auto* file = qobject_cast<QFileDevice*>(sink)) {
                    file->resize(0);
                    file->seek(0);
                }
            }
            const QByteArray chunk = reply->readAll();
            streamed += chunk.size();
            if (sink->write(chunk) != chunk.size())
                sinkFailed = true;
        });
    }
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();

    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& h : reply->rawHeaderPairs())
        a.headers.insert(h.first.toLower(), h.second);
    if (sink && a.status >= 200 && a.status < 300) {
        if (from > 0 && streamed == 0 && a.status == 200) {
            if (auto* file = qobject_cast<QFileDevice*>(sink)) {
                file->resize(0);
                file->seek(0);
            }
        }
        const QByteArray rest = reply->readAll();
        streamed += rest.size();
        if (sink->write(rest) != rest.size())
            sinkFailed = true;
    } else if (method != "HEAD") {
        a.body = reply->readAll();
    }
    m_bytesReceived += a.body.size() + streamed;
    if (sinkFailed)
        return makeError(ErrorCode::Io, tr("Cannot write a downloaded file."));
    if (timedOut)
        return makeError(ErrorCode::Network, tr("The server did not answer in time."),
                         QStringLiteral("%1 %2: no progress for %3 ms")
                             .arg(QString::fromLatin1(method), path)
                             .arg(m_timeoutMs));
    if (reply->error() != QNetworkReply::NoError && a.status == 0) {
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        return makeError(ErrorCode::Network,
                         tls ? tr("The server's certificate is not signed by the court's CA.")
                             : tr("The server cannot be reached."),
                         reply->errorString());
    }
    // A body cut short arrives with an error as well as a status.
    if (reply->error() != QNetworkReply::NoError && a.status >= 200 && a.status < 300)
        return makeError(ErrorCode::Network, tr("The connection to the server was cut."),
                         reply->errorString());
    if (!a.body.isEmpty() && !sink) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(a.body, &pe);
        if (doc.isObject())
            a.json = doc.object();
        else if (a.status >= 200 && a.status < 300 &&
                 reply->header(QNetworkRequest::ContentTypeHeader)
                     .toString()
                     .startsWith(QLatin1String("application/json")))
            return makeError(ErrorCode::Corrupt,
                             tr("The server sent an answer CourtDesk cannot read."),
                             pe.errorString());
    }
    return a;
}

Result<HttpAnswer> SyncClient::requestRaw(const QByteArray& method, const QString& path,
                                          const QByteArray& body, const QByteArray& contentType,
                                          const QList<int>& acceptStatus)
{
    const bool json = contentType == "application/json";
    const QByteArray payload = json && !body.isEmpty() ? gzip(body) : body;
    Result<HttpAnswer> last = makeError(ErrorCode::Network, tr("The server cannot be reached."));
    for (int attempt = 0; attempt < m_maxAttempts; ++attempt) {
        if (attempt > 0) {
            // Backoff: 0.25 s, 0.5 s, 1 s ...
            QThread::msleep(250u << (attempt - 1));
        }
        last = once(method, path, payload, contentType, json && !body.isEmpty(), nullptr, 0);
        if (!last) {
            const ErrorCode c = last.error().code;
            if (c == ErrorCode::Network || c == ErrorCode::Corrupt) {
                qCInfo(lcSync) << method << path << "attempt" << attempt + 1
                               << "failed:" << last.error().detail;
                continue;
            }
            return last;
        }
        const int s = last->status;
        if (s >= 200 && s < 300)
            return last;
        if (acceptStatus.contains(s))
            return last;
        if (s >= 500 || s == 429) {
            qCInfo(lcSync) << method << path << "attempt" << attempt + 1 << "status" << s;
            last = makeError(ErrorCode::Network, tr("The server is unavailable (HTTP %1).").arg(s));
            continue;
        }
        const QJsonObject err = last->json.value(QStringLiteral("error")).toObject();
        const QString code = err.value(QStringLiteral("code")).toString();
        ErrorCode ec = ErrorCode::InvalidInput;
        if (code == QLatin1String("unauthorized"))
            ec = ErrorCode::Unauthorized;
        else if (code == QLatin1String("forbidden"))
            ec = ErrorCode::Forbidden;
        else if (code == QLatin1String("not_found"))
            ec = ErrorCode::NotFound;
        else if (code == QLatin1String("offset_mismatch"))
            ec = ErrorCode::Conflict;
        return makeError(ec, messageForCode(code),
                         QStringLiteral("HTTP %1 %2 %3: %4")
                             .arg(s)
                             .arg(QString::fromLatin1(method), path,
                                  err.value(QStringLiteral("message")).toString()));
    }
    return last;
}

Result<HttpAnswer> SyncClient::request(const QByteArray& method, const QString& path,
                                       const QJsonObject* body, const QList<int>& acceptStatus)
{
    const QByteArray data =
        body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
    return requestRaw(method, path, data, body ? QByteArray("application/json") : QByteArray(),
                      acceptStatus);
}

Result<int> SyncClient::download(const QString& path, QIODevice& sink, qint64 from)
{
    auto a = once("GET", path, {}, {}, false, &sink, from);
    if (!a)
        return a.error();
    if (a->status < 200 || a->status >= 300) {
        const QString code = a->json.value(QStringLiteral("error"))
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
        const ErrorCode ec = a->status == 404   ? ErrorCode::NotFound
                             : a->status == 416 ? ErrorCode::InvalidInput
                                                : ErrorCode::Network;
        return makeError(ec, messageForCode(code),
                         QStringLiteral("HTTP %1 GET %2").arg(a->status).arg(path));
    }
    return a->status;
}

} // namespace cd
