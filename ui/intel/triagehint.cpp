#include "triagehint.h"

#include "cases/caserepository.h"
#include "evidence/evidencerepository.h"
#include "intel/triage.h"

namespace cd::ui {

namespace {
const Settings* g_settings = nullptr;
Database* g_store = nullptr;
} // namespace

void setTriageSources(const Settings* settings, Database* evidenceStore)
{
    g_settings = settings;
    g_store = evidenceStore;
}

void clearTriageSources(const Settings* settings)
{
    if (g_settings == settings) {
        g_settings = nullptr;
        g_store = nullptr;
    }
}

QString triageHint(CaseRepository& repository, qint64 caseId)
{
    auto c = repository.load(caseId);
    if (!c)
        return {};
    const TriageThresholds t =
        g_settings ? TriageThresholds::fromSettings(*g_settings, c.value().courtCode)
                   : TriageThresholds();
    // Without a registered store the rule says the volume was not counted, never zero.
    TriageEvidence evidence;
    if (g_store) {
        auto items = EvidenceRepository(*g_store, QString()).listForCase(caseId);
        if (items) {
            evidence.items = int(items.value().size());
            for (const EvidenceItem& e : items.value())
                evidence.pages += e.pages;
        }
    }
    return Triage::assess(c.value(), evidence, t).explanation();
}

} // namespace cd::ui
