#pragma once

#include <QLoggingCategory>

// Signing and verification: QT_LOGGING_RULES="courtdesk.signing.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSigning)
