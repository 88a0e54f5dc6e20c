#include "statutelog.h"

Q_LOGGING_CATEGORY(lcStatutes, "courtdesk.statutes", QtInfoMsg)
