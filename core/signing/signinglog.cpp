#include "signinglog.h"

Q_LOGGING_CATEGORY(lcSigning, "courtdesk.signing", QtInfoMsg)
