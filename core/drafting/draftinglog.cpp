#include "draftinglog.h"

Q_LOGGING_CATEGORY(lcDrafting, "courtdesk.drafting", QtInfoMsg)
