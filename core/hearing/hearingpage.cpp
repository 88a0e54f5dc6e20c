#include "hearingpage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrlQuery>

namespace cd {

namespace {
QString systemScript(const char* env, const char* fallback)
{
    const QString over = qEnvironmentVariable(env);
    return over.isEmpty() ? QString::fromLatin1(fallback) : over;
}
} // namespace

QStringList HearingPage::files()
{
    return {QStringLiteral("hearing.html"), QStringLiteral("hearing.js"),
            QStringLiteral("hearing.css"), QStringLiteral("js/janus.js"),
            QStringLiteral("js/adapter.js")};
}

QString HearingPage::sourceFor(const QString& relativePath)
{
    if (relativePath == QLatin1String("js/janus.js"))
        return systemScript("COURTDESK_JANUS_JS", "/usr/share/javascript/janus-gateway/janus.js");
    if (relativePath == QLatin1String("js/adapter.js"))
        return systemScript("COURTDESK_ADAPTER_JS",
                            "/usr/share/javascript/webrtc-adapter/adapter.js");
    if (files().contains(relativePath))
        return QStringLiteral(":/courtdesk/hearing/") + relativePath;
    return {};
}

QString HearingPage::contentType(const QString& relativePath)
{
    if (relativePath.endsWith(QLatin1String(".html")))
        return QStringLiteral("text/html; charset=utf-8");
    if (relativePath.endsWith(QLatin1String(".js")))
        return QStringLiteral("text/javascript; charset=utf-8");
    if (relativePath.endsWith(QLatin1String(".css")))
        return QStringLiteral("text/css; charset=utf-8");
    return QStringLiteral("application/octet-stream");
}

Result<QString> HearingPage::install(const QString& dir)
{
    for (const QString& name : files()) {
        const QString source = sourceFor(name);
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound,
                             tr("The hearing page file %1 is missing. Install the "
                                "libjs-janus-gateway and libjs-webrtc-adapter packages.")
                                 .arg(source),
                             in.errorString());
        const QString target = QDir(dir).filePath(name);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(dir));
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0 || !out.commit())
            return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(target), out.errorString());
    }
    return QDir(dir).absoluteFilePath(QStringLiteral("hearing.html"));
}

QUrl HearingPage::url(const QUrl& page, const HearingPageParams& p)
{
    QUrl u(page);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("mode"), p.mode);
    q.addQueryItem(QStringLiteral("janus"), p.janus.toString());
    q.addQueryItem(QStringLiteral("room"), QString::number(p.room));
    if (p.lobby)
        q.addQueryItem(QStringLiteral("lobby"), QString::number(p.lobby));
    q.addQueryItem(QStringLiteral("token"), p.token);
    q.addQueryItem(QStringLiteral("name"), p.name);
    if (!p.key.isEmpty())
        q.addQueryItem(QStringLiteral("key"), p.key);
    if (p.report.isValid())
        q.addQueryItem(QStringLiteral("report"), p.report.toString());
    if (!p.video)
        q.addQueryItem(QStringLiteral("video"), QStringLiteral("0"));
    u.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return u;
}

} // namespace cd
