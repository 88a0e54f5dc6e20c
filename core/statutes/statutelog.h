#pragma once

#include <QLoggingCategory>

// courtdesk.statutes: corpus import and citation resolution.
Q_DECLARE_LOGGING_CATEGORY(lcStatutes)
