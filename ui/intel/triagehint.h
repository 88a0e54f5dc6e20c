#pragma once

#include <QString>

namespace cd {
class CaseRepository;
class Database;
class Settings;
} // namespace cd

namespace cd::ui {

// The triage (繁简分流) suggestion for a case, as tooltip text for the case list: the track and
// the reasons. Thresholds come from the settings registered with setTriageSources (the
// profile's), else the defaults; the evidence volume is counted in the registered store.
QString triageHint(CaseRepository& repository, qint64 caseId);
void setTriageSources(const Settings* settings, Database* evidenceStore);
// Forgets the sources if they are still these (a window going away while a new one registered).
void clearTriageSources(const Settings* settings);

} // namespace cd::ui
