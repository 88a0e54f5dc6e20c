#include "hearinglog.h"

Q_LOGGING_CATEGORY(lcHearing, "courtdesk.hearing", QtInfoMsg)
