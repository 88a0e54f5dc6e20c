#include "intellog.h"

Q_LOGGING_CATEGORY(lcIntel, "courtdesk.intel", QtInfoMsg)
