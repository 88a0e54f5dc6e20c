#pragma once

#include <QString>

namespace cd {
class CaseRepository;
class Settings;
} // namespace cd

namespace cd::ui {

// The triage (繁简分流) suggestion for a case, as tooltip text for the case list: the track and
// the reasons. Thresholds come from the settings registered with setTriageSettings (the
// profile's), else the defaults.
QString triageHint(CaseRepository& repository, qint64 caseId);
void setTriageSettings(const Settings* settings);

} // namespace cd::ui
