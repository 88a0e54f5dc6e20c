#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QVector>

namespace cd {

class Database;

// Versioned schema: step i takes PRAGMA user_version from i to i+1. Steps are never edited
// once released; a new change is a new step.
class Migrations
{
public:
    using Step = Result<void> (*)(QSqlDatabase& db);

    static int latestVersion();
    // Applies every step after the current version, each in its own transaction.
    static Result<void> migrate(Database& db);
    // Applies steps up to targetVersion only (tests build older stores with it).
    static Result<void> migrateTo(Database& db, int targetVersion);

private:
    static const QVector<Step>& steps();
};

} // namespace cd
