#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd::ocr {

// The OCR languages CourtDesk offers, as data. Each is one Tesseract model used alone:
// chi_sim+eng turned whole Chinese lines into Latin garbage in our measurements, so mixed
// lists are refused rather than passed through.
struct OcrLanguage
{
    const char* key;       // what the CLI and the settings use
    const char* tesseract; // traineddata name
    const char* label;     // English source, translated through OcrLanguages
    bool vertical;         // top-to-bottom model (chi_sim_vert)
};

class OcrLanguages
{
    Q_DECLARE_TR_FUNCTIONS(cd::ocr::OcrLanguages)
public:
    static const QVector<OcrLanguage>& all();
    // "auto" picks per page (TessEngine::detectLanguage).
    static QString autoKey() { return QStringLiteral("auto"); }
    // Accepts a key or a Tesseract name ("zh", "chi_sim", "bo", "bod", "en", "eng", "auto").
    static Result<QString> resolve(const QString& text);
    static QString label(const QString& tesseractName);
    // The model for vertical blocks of a horizontal language ("chi_sim" -> "chi_sim_vert").
    static QString verticalFor(const QString& tesseractName);
    static QString defaultLanguage() { return QStringLiteral("chi_sim"); }
    static QString tessdataDir();
};

} // namespace cd::ocr
