#include "evidencelogging.h"

Q_LOGGING_CATEGORY(lcEvidence, "courtdesk.evidence", QtInfoMsg)
