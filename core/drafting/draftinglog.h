#pragma once

#include <QLoggingCategory>

// courtdesk.drafting: templates, exports, proofreading, draft versions.
Q_DECLARE_LOGGING_CATEGORY(lcDrafting)
