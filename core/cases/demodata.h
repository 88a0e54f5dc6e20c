#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cd {

class Database;

struct DemoOptions
{
    int cases = 50;
    quint32 seed = 1;
    QString courtCode = QStringLiteral("甘0102");
    QString actor = QStringLiteral("demo");
};

// Generates realistic, deterministic demo cases: common Chinese names, valid IDs and credit
// codes, causes matching the case kind, timeline events and document metadata.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(cd::DemoData)
public:
    // progress(done, total) returns false to cancel; cases written so far stay committed.
    static Result<int> generate(Database& db, const DemoOptions& options,
                                const std::function<bool(int, int)>& progress = {});
};

} // namespace cd
