#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cd {

// Imports the Markdown statute corpus into a read-only SQLite file, so the app ships and reads a
// compact, indexed library instead of parsing 26 MB of text on every start. The corpus itself is
// never modified.
class StatuteImporter
{
    Q_DECLARE_TR_FUNCTIONS(cd::StatuteImporter)
public:
    // Bump when the schema or the parsing changes; a library with another version is rebuilt.
    static constexpr int schemaVersion = 3; // 2, 3: charges table

    // progress(done, total) returns false to cancel. Writes to a temporary file and renames it
    // over dbPath only when complete, so a reader never sees half a library.
    static Result<int> import(const QString& corpusDir, const QString& dbPath,
                              const std::function<bool(int, int)>& progress = {});

    // Cheap identity of a corpus folder (file count, sizes, newest change), compared with the
    // one stored in a library to decide whether it is current.
    static QString fingerprint(const QString& corpusDir);
};

} // namespace cd
