#include "hearingrecording.h"

#include "audit/auditlog.h"
#include "hearinglog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QTimer>
#include <QtEndian>

namespace cd {

HearingRecording::HearingRecording(Database& db, QString actor, QObject* parent)
    : QObject(parent), m_db(db), m_actor(std::move(actor)), m_alive(new bool(true))
{
}

HearingRecording::~HearingRecording()
{
    *m_alive = false;
    cancel();
}

QStringList HearingRecording::tracksFor(qint64 room, const QString& recDir)
{
    QDir dir(recDir);
    const QString prefix = QStringLiteral("videoroom-%1-").arg(room);
    QFileInfoList files =
        dir.entryInfoList({prefix + QStringLiteral("*.mjr")}, QDir::Files, QDir::Name);
    QStringList out;
    for (const QFileInfo& f : std::as_const(files))
        out << f.absoluteFilePath();
    return out;
}

Result<MjrInfo> HearingRecording::readHeader(const QString& mjrPath)
{
    QFile f(mjrPath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot open the recording %1.").arg(mjrPath),
                         f.errorString());
    const QByteArray head = f.read(10);
    if (head.size() < 10 || !head.startsWith("MJR00002"))
        return makeError(ErrorCode::Corrupt,
                         tr("The recording %1 is empty or not a Janus recording.")
                             .arg(QFileInfo(mjrPath).fileName()),
                         QString::fromLatin1(head.left(8).toHex()));
    const quint16 len = qFromBigEndian<quint16>(head.constData() + 8);
    const QJsonObject info = QJsonDocument::fromJson(f.read(len)).object();
    const QString t = info.value(QStringLiteral("t")).toString();
    MjrInfo out;
    out.kind = t == QLatin1String("a")   ? QStringLiteral("audio")
               : t == QLatin1String("v") ? QStringLiteral("video")
                                         : QStringLiteral("data");
    out.codec = info.value(QStringLiteral("c")).toString().toLower();
    if (out.codec.isEmpty())
        return makeError(ErrorCode::Corrupt,
                         tr("The recording %1 does not say which codec it holds.")
                             .arg(QFileInfo(mjrPath).fileName()));
    return out;
}

QString HearingRecording::extensionFor(const MjrInfo& info)
{
    const QString& c = info.codec;
    if (c == QLatin1String("opus") || c == QLatin1String("multiopus"))
        return QStringLiteral("opus");
    if (c == QLatin1String("vp8") || c == QLatin1String("vp9"))
        return QStringLiteral("webm");
    if (c == QLatin1String("h264") || c == QLatin1String("av1") || c == QLatin1String("h265"))
        return QStringLiteral("mp4");
    if (c == QLatin1String("g722") || c == QLatin1String("pcmu") || c == QLatin1String("pcma"))
        return QStringLiteral("wav");
    return QStringLiteral("mkv");
}

Result<QString> HearingRecording::sha256File(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1 to hash it.").arg(path),
                         f.errorString());
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return makeError(ErrorCode::Io, tr("Cannot read %1 to hash it.").arg(path),
                         f.errorString());
    return QString::fromLatin1(h.result().toHex());
}

void HearingRecording::finalize(qint64 room, const QString& recDir, const QString& outDir,
                                const QString& caseUuid, const QString& caseNumber)
{
    cancel();
    m_room = room;
    m_outDir = outDir;
    m_caseUuid = caseUuid;
    m_caseNumber = caseNumber;
    m_done.clear();
    m_result.reset();
    m_running = true;
    m_queue = tracksFor(room, recDir);
    m_total = int(m_queue.size());
    if (m_queue.isEmpty()) {
        // Janus records silently or not at all (wrong rec_dir, protected folder, no media).
        const Error e = makeError(ErrorCode::NotFound,
                                  tr("No recording of this hearing was found. The media server "
                                     "wrote no files for room %1 in %2.")
                                      .arg(room)
                                      .arg(recDir));
        QTimer::singleShot(0, this, [this, e] { finish(e); });
        return;
    }
    if (!QDir().mkpath(outDir)) {
        const Error e = makeError(
            ErrorCode::Io, tr("Cannot create the folder %1 for the recordings.").arg(outDir));
        QTimer::singleShot(0, this, [this, e] { finish(e); });
        return;
    }
    QTimer::singleShot(0, this, &HearingRecording::next);
}

void HearingRecording::cancel()
{
    m_queue.clear();
    m_running = false;
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
        m_process->deleteLater();
        m_process = nullptr;
    }
}

void HearingRecording::fail(const Error& e)
{
    cancel();
    qCWarning(lcHearing) << "recording failed:" << e.message << e.detail;
    finish(e);
}

Result<QVector<RecordedTrack>> HearingRecording::result() const
{
    if (!m_result)
        return makeError(ErrorCode::Cancelled, tr("The recording has not been processed yet."));
    return *m_result;
}

void HearingRecording::finish(Result<QVector<RecordedTrack>> r)
{
    const bool ok = r.isOk();
    m_running = false;
    m_result = std::move(r);
    Q_EMIT finished(ok);
}

void HearingRecording::next()
{
    Q_EMIT progress(int(m_done.size()), m_total);
    if (m_queue.isEmpty()) {
        finish(m_done);
        return;
    }
    const QString source = m_queue.takeFirst();
    auto info = readHeader(source);
    if (!info)
        return fail(info.error());
    m_current = RecordedTrack{};
    m_current.source = source;
    m_current.kind = info->kind;
    m_current.codec = info->codec;
    m_current.output = QDir(m_outDir).filePath(QFileInfo(source).completeBaseName() +
                                               QLatin1Char('.') + extensionFor(info.value()));
    // janus-pp-rec refuses nothing: never overwrite an earlier conversion.
    if (QFileInfo::exists(m_current.output))
        return fail(
            makeError(ErrorCode::Conflict,
                      tr("%1 exists already; it is not overwritten.").arg(m_current.output)));
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::finished, this, &HearingRecording::converted);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError err) {
        if (err == QProcess::FailedToStart)
            fail(makeError(ErrorCode::Unsupported,
                           tr("The recording converter %1 could not be started. Install the "
                              "janus-tools package.")
                               .arg(m_converter),
                           m_process ? m_process->errorString() : QString()));
    });
    QTimer::singleShot(m_timeoutSeconds * 1000, m_process, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning)
            fail(makeError(ErrorCode::Io, tr("Converting %1 took too long and was stopped.")
                                              .arg(QFileInfo(m_current.source).fileName())));
    });
    m_process->start(m_converter, {m_current.source, m_current.output});
}

void HearingRecording::converted(int exitCode, QProcess::ExitStatus status)
{
    const QString log = m_process ? QString::fromLocal8Bit(m_process->readAll()) : QString();
    if (m_process) {
        m_process->deleteLater();
        m_process = nullptr;
    }
    const QFileInfo out(m_current.output);
    if (status != QProcess::NormalExit || exitCode != 0 || !out.exists() || out.size() == 0)
        return fail(makeError(ErrorCode::Corrupt,
                              tr("The recording %1 could not be converted.")
                                  .arg(QFileInfo(m_current.source).fileName()),
                              log.right(2000)));
    m_current.bytes = out.size();
    // Hash off the GUI thread: a hearing's video runs to hundreds of megabytes.
    const QString src = m_current.source, dst = m_current.output;
    QSharedPointer<bool> alive = m_alive;
    QPointer<HearingRecording> self(this);
    QThreadPool::globalInstance()->start([src, dst, alive, self] {
        auto a = sha256File(src);
        auto b = a ? sha256File(dst) : Result<QString>(a.error());
        const QString error = !a ? a.errorMessage() : (!b ? b.errorMessage() : QString());
        const QString ha = a ? a.value() : QString(), hb = b ? b.value() : QString();
        if (*alive && self)
            QMetaObject::invokeMethod(self, [self, ha, hb, error] {
                if (self)
                    self->hashed(ha, hb, error);
            });
    });
}

void HearingRecording::hashed(const QString& sourceHash, const QString& outputHash,
                              const QString& error)
{
    if (!error.isEmpty())
        return fail(makeError(ErrorCode::Io, error));
    m_current.sourceSha256 = sourceHash;
    m_current.sha256 = outputHash;
    const QJsonObject details{{QStringLiteral("case"), m_caseNumber},
                              {QStringLiteral("room"), m_room},
                              {QStringLiteral("kind"), m_current.kind},
                              {QStringLiteral("codec"), m_current.codec},
                              {QStringLiteral("file"), QFileInfo(m_current.output).fileName()},
                              {QStringLiteral("bytes"), m_current.bytes},
                              {QStringLiteral("sha256"), m_current.sha256},
                              {QStringLiteral("source"), QFileInfo(m_current.source).fileName()},
                              {QStringLiteral("source_sha256"), m_current.sourceSha256}};
    auto id = AuditLog(m_db).append(
        m_actor, QStringLiteral("hearing.recording"), QStringLiteral("case"), m_caseUuid,
        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!id)
        return fail(id.error());
    m_current.auditId = id.value();
    qCInfo(lcHearing) << "recorded" << m_current.output << m_current.sha256;
    m_done.append(m_current);
    next();
}

} // namespace cd
