#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cd {

struct BackupSummary
{
    int files = 0;
    qint64 bytes = 0;
    QString previousProfileMovedTo; // restore only: where the replaced profile was kept
};

// Backup and restore of a whole profile. The case store is copied through SQLite's online
// backup API (a consistent snapshot even while the app writes), together with the evidence,
// documents and settings, into one file with a SHA-256 per entry.
//
// File layout: "CDBACKUP" u32(version) { u8(1) u32(len) path u64(size) bytes sha256[32] }*
//              u8(0) u32(count) sha256[32] over every entry's path and hash.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(cd::Backup)
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    // Writes the backup atomically (QSaveFile): a failed or cancelled backup leaves no file.
    static Result<BackupSummary> create(const QString& profileDir, const QString& outFile,
                                        const Progress& progress = {});
    // Checks the whole backup (hashes, case-store integrity, schema version) in a temporary
    // folder before it touches the profile; then swaps it in and keeps the old profile aside.
    static Result<BackupSummary> restore(const QString& profileDir, const QString& backupFile,
                                         const Progress& progress = {});
    // Only the checks of restore(), extracting into a temporary folder that is removed after.
    static Result<BackupSummary> verify(const QString& backupFile);
};

} // namespace cd
