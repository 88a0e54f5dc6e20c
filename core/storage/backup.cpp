#include "backup.h"

#include "common/clock.h"
#include "common/logging.h"
#include "storage/migrations.h"
#include "storage/profile.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace cd {

namespace {

const QByteArray kMagic("CDBACKUP");
const quint32 kVersion = 1;
const qint64 kChunk = 1 << 20;

struct SqliteCloser
{
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using SqlitePtr = std::unique_ptr<sqlite3, SqliteCloser>;

Error ioError(const QString& message, const QString& detail = {})
{
    return makeError(ErrorCode::Io, message, detail);
}

// Copies the live case store into dest through sqlite3_backup: consistent even under writes.
Result<void> snapshotDatabase(const QString& source, const QString& dest)
{
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(source.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    SqlitePtr src(raw);
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Database,
                         Backup::tr("Cannot read the case store %1.").arg(source),
                         QString::fromUtf8(sqlite3_errstr(rc)));
    raw = nullptr;
    rc = sqlite3_open_v2(dest.toUtf8().constData(), &raw,
                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    SqlitePtr dst(raw);
    if (rc != SQLITE_OK)
        return ioError(Backup::tr("Cannot write the snapshot %1.").arg(dest),
                       QString::fromUtf8(sqlite3_errstr(rc)));
    sqlite3_busy_timeout(src.get(), 5000);
    sqlite3_backup* b = sqlite3_backup_init(dst.get(), "main", src.get(), "main");
    if (!b)
        return makeError(ErrorCode::Database, Backup::tr("Cannot start the case store snapshot."),
                         QString::fromUtf8(sqlite3_errmsg(dst.get())));
    rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database, Backup::tr("The case store snapshot failed."),
                         QString::fromUtf8(sqlite3_errstr(rc)));
    // The snapshot is a standalone file: no WAL beside it.
    sqlite3_exec(dst.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    return {};
}

Result<void> checkDatabase(const QString& path)
{
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    SqlitePtr db(raw);
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Corrupt,
                         Backup::tr("The case store in the backup cannot be opened."));
    sqlite3_stmt* st = nullptr;
    QString result;
    if (sqlite3_prepare_v2(db.get(), "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    if (result != QLatin1String("ok"))
        return makeError(
            ErrorCode::Corrupt,
            Backup::tr("The case store in the backup is damaged (integrity check: %1).")
                .arg(result.isEmpty() ? Backup::tr("no answer") : result));
    int version = -1;
    if (sqlite3_prepare_v2(db.get(), "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    if (version < 0 || version > Migrations::latestVersion())
        return makeError(
            ErrorCode::Unsupported,
            Backup::tr("The backup was made by a newer version of CourtDesk (schema %1).")
                .arg(version));
    return {};
}

bool safeRelativePath(const QString& p)
{
    if (p.isEmpty() || p.startsWith(QLatin1Char('/')) || p.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = p.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

// Files of a profile that go into a backup, besides the case store snapshot.
QStringList profileFiles(const QString& profileDir)
{
    QStringList out;
    QDir dir(profileDir);
    if (QFile::exists(dir.filePath(Profile::settingsFileName())))
        out << Profile::settingsFileName();
    for (const QString& sub : {QStringLiteral("evidence"), QStringLiteral("documents")}) {
        QDirIterator it(dir.filePath(sub), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out << dir.relativeFilePath(it.next());
    }
    out.sort();
    return out;
}

class Writer
{
public:
    explicit Writer(QIODevice* dev) : m_out(dev) { m_out.setVersion(QDataStream::Qt_6_0); }

    Result<void> addFile(const QString& relPath, const QString& absPath, qint64& done, qint64 total,
                         const Backup::Progress& progress)
    {
        QFile f(absPath);
        if (!f.open(QIODevice::ReadOnly))
            return ioError(Backup::tr("Cannot read %1.").arg(absPath), f.errorString());
        const QByteArray path = relPath.toUtf8();
        m_out << quint8(1) << quint32(path.size());
        m_out.writeRawData(path.constData(), int(path.size()));
        m_out << quint64(f.size());
        QCryptographicHash h(QCryptographicHash::Sha256);
        qint64 left = f.size();
        while (left > 0) {
            const QByteArray chunk = f.read(qMin(kChunk, left));
            if (chunk.isEmpty())
                return ioError(Backup::tr("Cannot read %1.").arg(absPath), f.errorString());
            h.addData(chunk);
            if (m_out.writeRawData(chunk.constData(), int(chunk.size())) != chunk.size())
                return ioError(Backup::tr("Cannot write the backup file."));
            left -= chunk.size();
            done += chunk.size();
            if (progress && !progress(done, total))
                return makeError(ErrorCode::Cancelled, Backup::tr("The backup was cancelled."));
        }
        const QByteArray digest = h.result();
        m_out.writeRawData(digest.constData(), int(digest.size()));
        m_manifest.addData(path);
        m_manifest.addData(digest);
        ++m_count;
        return {};
    }

    Result<void> finish()
    {
        m_out << quint8(0) << quint32(m_count);
        const QByteArray digest = m_manifest.result();
        m_out.writeRawData(digest.constData(), int(digest.size()));
        if (m_out.status() != QDataStream::Ok)
            return ioError(Backup::tr("Cannot write the backup file."));
        return {};
    }

    int count() const { return m_count; }

private:
    QDataStream m_out;
    QCryptographicHash m_manifest{QCryptographicHash::Sha256};
    int m_count = 0;
};

// Extracts and checks every entry into dir; nothing outside dir is touched.
Result<BackupSummary> extract(const QString& backupFile, const QString& dir,
                              const Backup::Progress& progress)
{
    QFile f(backupFile);
    if (!f.open(QIODevice::ReadOnly))
        return ioError(Backup::tr("Cannot open the backup %1.").arg(backupFile), f.errorString());
    const qint64 total = f.size();
    QDataStream in(&f);
    in.setVersion(QDataStream::Qt_6_0);
    const Error broken =
        makeError(ErrorCode::Corrupt,
                  Backup::tr("The file %1 is not a complete CourtDesk backup. Nothing was changed.")
                      .arg(backupFile));
    QByteArray magic(kMagic.size(), '\0');
    quint32 version = 0;
    if (in.readRawData(magic.data(), int(magic.size())) != magic.size() || magic != kMagic)
        return broken;
    in >> version;
    if (version != kVersion)
        return makeError(
            ErrorCode::Unsupported,
            Backup::tr("This backup format (version %1) is not supported.").arg(version));
    BackupSummary summary;
    QCryptographicHash manifest(QCryptographicHash::Sha256);
    bool sawDatabase = false;
    for (;;) {
        quint8 type = 0;
        in >> type;
        if (in.status() != QDataStream::Ok)
            return broken;
        if (type == 0)
            break;
        if (type != 1)
            return broken;
        quint32 len = 0;
        in >> len;
        if (in.status() != QDataStream::Ok || len == 0 || len > 4096)
            return broken;
        QByteArray path(int(len), '\0');
        if (in.readRawData(path.data(), int(len)) != int(len))
            return broken;
        const QString rel = QString::fromUtf8(path);
        if (!safeRelativePath(rel))
            return broken;
        quint64 size = 0;
        in >> size;
        if (in.status() != QDataStream::Ok || qint64(size) > total)
            return broken;
        const QString abs = QDir(dir).filePath(rel);
        QDir().mkpath(QFileInfo(abs).absolutePath());
        QFile out(abs);
        if (!out.open(QIODevice::WriteOnly))
            return ioError(Backup::tr("Cannot write %1.").arg(abs), out.errorString());
        QCryptographicHash h(QCryptographicHash::Sha256);
        quint64 left = size;
        QByteArray buf;
        while (left > 0) {
            buf.resize(int(qMin<quint64>(kChunk, left)));
            if (in.readRawData(buf.data(), int(buf.size())) != buf.size())
                return broken;
            h.addData(buf);
            if (out.write(buf) != buf.size())
                return ioError(Backup::tr("Cannot write %1.").arg(abs), out.errorString());
            left -= quint64(buf.size());
            if (progress && !progress(f.pos(), total))
                return makeError(ErrorCode::Cancelled, Backup::tr("The restore was cancelled."));
        }
        out.close();
        QByteArray digest(32, '\0');
        if (in.readRawData(digest.data(), 32) != 32)
            return broken;
        if (digest != h.result())
            return makeError(
                ErrorCode::Corrupt,
                Backup::tr("The backup entry %1 is damaged (SHA-256 mismatch). Nothing "
                           "was changed.")
                    .arg(rel));
        manifest.addData(path);
        manifest.addData(digest);
        sawDatabase = sawDatabase || rel == Profile::databaseFileName();
        ++summary.files;
        summary.bytes += qint64(size);
    }
    quint32 count = 0;
    in >> count;
    QByteArray digest(32, '\0');
    if (in.status() != QDataStream::Ok || in.readRawData(digest.data(), 32) != 32 ||
        int(count) != summary.files || digest != manifest.result() || !in.atEnd())
        return broken; // trailing bytes mean this is not the file that was written
    if (!sawDatabase)
        return broken;
    if (auto c = checkDatabase(QDir(dir).filePath(Profile::databaseFileName())); !c)
        return c.error();
    return summary;
}

} // namespace

Result<BackupSummary> Backup::create(const QString& profileDir, const QString& outFile,
                                     const Progress& progress)
{
    const QString dbPath = QDir(profileDir).filePath(Profile::databaseFileName());
    if (!QFile::exists(dbPath))
        return makeError(ErrorCode::NotFound,
                         tr("There is no case store in %1 to back up.").arg(profileDir));
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return ioError(tr("Cannot create a temporary folder for the backup."), tmp.errorString());
    const QString snapshot = tmp.filePath(Profile::databaseFileName());
    if (auto s = snapshotDatabase(dbPath, snapshot); !s)
        return s.error();

    const QStringList files = profileFiles(profileDir);
    qint64 total = QFileInfo(snapshot).size();
    for (const QString& rel : files)
        total += QFileInfo(QDir(profileDir).filePath(rel)).size();

    QSaveFile out(outFile);
    if (!out.open(QIODevice::WriteOnly))
        return ioError(tr("Cannot write the backup %1.").arg(outFile), out.errorString());
    Writer w(&out);
    {
        QDataStream header(&out);
        header.writeRawData(kMagic.constData(), int(kMagic.size()));
        header << kVersion;
    }
    qint64 done = 0;
    auto fail = [&out](const Error& e) -> Result<BackupSummary> {
        out.cancelWriting();
        return e;
    };
    if (auto r = w.addFile(Profile::databaseFileName(), snapshot, done, total, progress); !r)
        return fail(r.error());
    for (const QString& rel : files) {
        if (auto r = w.addFile(rel, QDir(profileDir).filePath(rel), done, total, progress); !r)
            return fail(r.error());
    }
    if (auto r = w.finish(); !r)
        return fail(r.error());
    if (!out.commit())
        return ioError(tr("Cannot write the backup %1.").arg(outFile), out.errorString());
    qCInfo(lcBackup) << "backup of" << profileDir << "written to" << outFile << w.count()
                     << "files";
    return BackupSummary{w.count(), done, {}};
}

Result<BackupSummary> Backup::verify(const QString& backupFile)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return ioError(tr("Cannot create a temporary folder."), tmp.errorString());
    return extract(backupFile, tmp.path(), {});
}

Result<BackupSummary> Backup::restore(const QString& profileDir, const QString& backupFile,
                                      const Progress& progress)
{
    const QString target = QDir(profileDir).absolutePath();
    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent))
        return ioError(tr("Cannot create the folder %1.").arg(parent));
    // Extract beside the profile so the final swap is a rename on one file system.
    QTemporaryDir staging(parent + QStringLiteral("/.courtdesk-restore-XXXXXX"));
    if (!staging.isValid())
        return ioError(tr("Cannot create a temporary folder beside %1.").arg(target),
                       staging.errorString());
    auto summary = extract(backupFile, staging.path(), progress);
    if (!summary)
        return summary.error();
    QDir().mkpath(QDir(staging.path()).filePath(QStringLiteral("evidence")));
    QDir().mkpath(QDir(staging.path()).filePath(QStringLiteral("documents")));

    BackupSummary result = summary.value();
    if (QFileInfo::exists(target)) {
        const QString stamp =
            Clock::instance().now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString aside = target + QStringLiteral(".before-restore-") + stamp;
        for (int i = 2; QFileInfo::exists(aside); ++i)
            aside = target + QStringLiteral(".before-restore-%1-%2").arg(stamp).arg(i);
        if (!QDir().rename(target, aside))
            return ioError(tr("Cannot move the current profile %1 aside. Is CourtDesk still "
                              "running on it?")
                               .arg(target));
        result.previousProfileMovedTo = aside;
    }
    if (!QDir().rename(staging.path(), target)) {
        if (!result.previousProfileMovedTo.isEmpty())
            QDir().rename(result.previousProfileMovedTo, target);
        return ioError(tr("Cannot move the restored profile into %1.").arg(target));
    }
    staging.setAutoRemove(false);
    qCInfo(lcBackup) << "restored" << backupFile << "into" << target;
    return result;
}

} // namespace cd
