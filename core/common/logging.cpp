#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "courtdesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCases, "courtdesk.cases", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "courtdesk.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "courtdesk.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBackup, "courtdesk.backup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "courtdesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "courtdesk.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "courtdesk.sync", QtInfoMsg)
