#pragma once

#include <QLoggingCategory>

// courtdesk.intel: statute push, similar cases, triage, closing checks, dashboard figures.
Q_DECLARE_LOGGING_CATEGORY(lcIntel)
