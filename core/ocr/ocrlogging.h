#pragma once

#include <QLoggingCategory>

// "courtdesk.ocr": page workers, preprocessing, Tesseract, searchable PDFs.
Q_DECLARE_LOGGING_CATEGORY(lcOcr)
