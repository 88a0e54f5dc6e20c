#include "ocrlogging.h"

Q_LOGGING_CATEGORY(lcOcr, "courtdesk.ocr", QtInfoMsg)
