#pragma once

#include <QLoggingCategory>

// "courtdesk.evidence": intake, originals, OCR results, corrections, extraction.
Q_DECLARE_LOGGING_CATEGORY(lcEvidence)
