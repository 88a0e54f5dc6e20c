#include "nsstools.h"

#include "signinglog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace cd {

SecretFile::SecretFile(const QString& secret)
{
    const QString shm = QStringLiteral("/dev/shm");
    const QString base =
        QFileInfo(shm).isDir() && QFileInfo(shm).isWritable() ? shm : QDir::tempPath();
    m_dir =
        std::make_unique<QTemporaryDir>(QDir(base).filePath(QStringLiteral("courtdesk-XXXXXX")));
    if (!m_dir->isValid())
        return;
    QFile::setPermissions(m_dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile f(m_dir->filePath(QStringLiteral("pw")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = secret.toUtf8();
    if (f.write(bytes) != bytes.size())
        return;
    m_size = bytes.size();
    m_path = f.fileName();
}

SecretFile::~SecretFile()
{
    if (!m_path.isEmpty()) {
        QFile f(m_path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray(int(m_size), '\0'));
    }
}

QString ToolRun::text() const
{
    return QString::fromLocal8Bit(err + out).trimmed();
}

Result<ToolRun> NssTools::run(const QString& program, const QStringList& args, int timeoutMs)
{
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty())
        return makeError(
            ErrorCode::Unsupported,
            tr("The NSS tool %1 is not installed (package libnss3-tools).").arg(program));
    QProcess p;
    p.setProgram(exe);
    p.setArguments(args);
    // Tools must never wait for a password on a terminal we do not have.
    p.setStandardInputFile(QProcess::nullDevice());
    p.start();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return makeError(ErrorCode::Io, tr("The NSS tool %1 did not finish.").arg(program));
    }
    ToolRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    qCDebug(lcSigning) << program << args.value(0) << "exit" << r.exitCode;
    return r;
}

} // namespace cd
