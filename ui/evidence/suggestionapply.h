#pragma once

#include "common/result.h"
#include "evidence/extractor.h"

class QWidget;

namespace cd::ui {

class CaseController;

// Puts an accepted extraction suggestion into the case: asks what a date is, finds the party an
// ID or phone belongs to, and saves through the controller, so the change is validated, audited
// and can be undone (Ctrl+Z) like any edit. Returns the change for the status bar.
Result<QString> applySuggestion(QWidget* parent, CaseController& cases, qint64 caseId,
                                const Extraction& suggestion, const QVector<Extraction>& all,
                                const QString& source);

} // namespace cd::ui
