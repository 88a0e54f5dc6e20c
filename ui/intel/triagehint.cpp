#include "triagehint.h"

#include "cases/caserepository.h"
#include "intel/triage.h"

namespace cd::ui {

namespace {
const Settings* g_settings = nullptr;
}

void setTriageSettings(const Settings* settings)
{
    g_settings = settings;
}

QString triageHint(CaseRepository& repository, qint64 caseId)
{
    auto c = repository.load(caseId);
    if (!c)
        return {};
    const TriageThresholds t =
        g_settings ? TriageThresholds::fromSettings(*g_settings, c.value().courtCode)
                   : TriageThresholds();
    // The list has no evidence store at hand; the rule says so instead of counting zero.
    return Triage::assess(c.value(), {}, t).explanation();
}

} // namespace cd::ui
