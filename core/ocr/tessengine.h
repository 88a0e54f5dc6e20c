#pragma once

#include "common/result.h"
#include "ocrtypes.h"
#include "preprocess.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace cd::ocr {

struct RecogniseOptions
{
    int timeLimitMs = 0;               // 0: none; Tesseract stops at the deadline
    std::function<void(int)> progress; // percent of the page
    std::function<bool()> cancelled;   // polled by Tesseract while it works
    QString searchablePdfBase;         // if set, writes BASE.pdf (image + invisible text)
};

// Tesseract 5 behind one small class, used only inside the OCR worker process: Tesseract and
// Leptonica parse untrusted images, and libgomp must see OMP_THREAD_LIMIT=1 before it starts.
// One API per language is kept alive between pages (loading chi_sim takes most of a second).
class TessEngine
{
    Q_DECLARE_TR_FUNCTIONS(cd::ocr::TessEngine)
public:
    TessEngine();
    ~TessEngine();
    TessEngine(const TessEngine&) = delete;
    TessEngine& operator=(const TessEngine&) = delete;

    Result<OcrPage> recognise(const PreprocessedPage& page, const QString& language,
                              const RecogniseOptions& options = {});
    // The script Tesseract's OSD sees on the page ("Han", "Latin", ...), or empty.
    QString detectScript(Pix* binaryOrGrey, int dpi, float* confidence = nullptr);
    // The language for "auto": OSD when it is sure of Han script; otherwise (OSD has no
    // Tibetan) a band of the page is read with each model and the most confident one wins.
    QString detectLanguage(const PreprocessedPage& page);
    // Loads the model(s) a page in language will need, ahead of the page.
    void warm(const QString& language);

private:
    Result<tesseract::TessBaseAPI*> api(const QString& language);
    struct Apis;
    std::unique_ptr<Apis> m_apis;
};

} // namespace cd::ocr
