#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace cd {

// A password handed to certutil/pk12util through a file, never on the command line (visible in
// ps). The file lives in a private folder, in RAM (/dev/shm) when available, and is wiped and
// removed when this object goes away.
class SecretFile
{
public:
    explicit SecretFile(const QString& secret);
    ~SecretFile();
    SecretFile(const SecretFile&) = delete;
    SecretFile& operator=(const SecretFile&) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_size = 0;
};

struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
    QString text() const;
};

// Runs the NSS command-line tools. They modify the database in their own process, which keeps
// the read-only NSS state poppler sets up in a signing process out of it.
class NssTools
{
    Q_DECLARE_TR_FUNCTIONS(cd::NssTools)
public:
    static Result<ToolRun> run(const QString& program, const QStringList& args,
                               int timeoutMs = 60000);
    static QString dbArg(const QString& dir) { return QStringLiteral("sql:") + dir; }
};

} // namespace cd
