#include "originalstore.h"

#include "evidencelogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <unistd.h>

namespace cd {

OriginalStore::OriginalStore(QString evidenceDir) : m_dir(std::move(evidenceDir)) {}

QString OriginalStore::pathFor(const QString& sha256) const
{
    return QDir(m_dir).filePath(sha256);
}

QString OriginalStore::pageImageDir(const QString& sha256) const
{
    return QDir(m_dir).filePath(QStringLiteral("pages/") + sha256);
}

Result<QString> OriginalStore::sha256Of(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1.").arg(QFileInfo(file).fileName()),
                         f.errorString());
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return makeError(ErrorCode::Io, tr("Cannot read %1.").arg(QFileInfo(file).fileName()));
    return QString::fromLatin1(h.result().toHex());
}

Result<StoredOriginal> OriginalStore::store(const QString& file)
{
    const QString name = QFileInfo(file).fileName();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1.").arg(name), in.errorString());
    if (in.size() == 0)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is empty (0 bytes). Nothing was imported from it.").arg(name));
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorCode::Io, tr("Cannot create the evidence folder %1.").arg(m_dir));

    // Hash while copying, so the stored bytes are exactly the hashed bytes.
    QTemporaryFile tmp(QDir(m_dir).filePath(QStringLiteral("import-XXXXXX.part")));
    if (!tmp.open())
        return makeError(ErrorCode::Io, tr("Cannot write to the evidence folder %1.").arg(m_dir),
                         tmp.errorString());
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray buf;
    qint64 size = 0;
    while (!(buf = in.read(1 << 20)).isEmpty()) {
        h.addData(buf);
        size += buf.size();
        if (tmp.write(buf) != buf.size())
            return makeError(ErrorCode::Io,
                             tr("Cannot write to the evidence folder %1.").arg(m_dir),
                             tmp.errorString());
    }
    if (in.error() != QFile::NoError)
        return makeError(ErrorCode::Io, tr("Cannot read %1.").arg(name), in.errorString());
    if (!tmp.flush())
        return makeError(ErrorCode::Io, tr("Cannot write to the evidence folder %1.").arg(m_dir));
    (void)fsync(tmp.handle());

    StoredOriginal out;
    out.sha256 = QString::fromLatin1(h.result().toHex());
    out.path = pathFor(out.sha256);
    out.size = size;
    if (QFileInfo::exists(out.path)) {
        out.alreadyStored = true;
        return out; // the temporary copy is removed with tmp
    }
    tmp.setAutoRemove(false);
    tmp.close();
    if (!QFile::rename(tmp.fileName(), out.path)) {
        QFile::remove(tmp.fileName());
        return makeError(ErrorCode::Io, tr("Cannot store the original of %1.").arg(name));
    }
    QFile::setPermissions(out.path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    qCInfo(lcEvidence) << "stored original" << name << "as" << out.sha256 << size << "bytes";
    return out;
}

Result<void> OriginalStore::verify(const QString& sha256) const
{
    auto h = sha256Of(pathFor(sha256));
    if (!h)
        return h.error();
    if (h.value() != sha256)
        return makeError(
            ErrorCode::Corrupt,
            tr("The stored original %1 has changed since it was imported.").arg(sha256));
    return {};
}

} // namespace cd
