#include "tessengine.h"

#include "languages.h"
#include "ocrlogging.h"

#include <QElapsedTimer>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/renderer.h>
#include <tesseract/resultiterator.h>

#include <map>

namespace cd::ocr {

struct TessEngine::Apis
{
    std::map<QString, std::unique_ptr<tesseract::TessBaseAPI>> byLanguage;
};

namespace {

struct MonitorContext
{
    const RecogniseOptions* options;
    int lastPercent = -1;
};

bool cancelCallback(void* self, int /*words*/)
{
    auto* ctx = static_cast<MonitorContext*>(self);
    return ctx->options->cancelled && ctx->options->cancelled();
}

bool progressCallback(tesseract::ETEXT_DESC* monitor, int, int, int, int)
{
    auto* ctx = static_cast<MonitorContext*>(monitor->cancel_this);
    if (ctx && ctx->options->progress && monitor->progress != ctx->lastPercent) {
        ctx->lastPercent = monitor->progress;
        ctx->options->progress(monitor->progress);
    }
    return true;
}

QString utf8(char* s)
{
    // Tesseract hands out new[] strings.
    const QString out = s ? QString::fromUtf8(s) : QString();
    delete[] s;
    return out;
}

bool isChinese(const QString& lang)
{
    return lang.startsWith(QLatin1String("chi_"));
}

void collectWords(tesseract::ResultIterator* it, QVector<OcrWord>& words, double& confSum,
                  int& confN, const QVector<QRect>& skip)
{
    if (!it || it->Empty(tesseract::RIL_WORD))
        return;
    do {
        int l, t, r, b;
        if (!it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b))
            continue;
        const QRect box(l, t, r - l, b - t);
        bool skipped = false;
        for (const QRect& s : skip)
            skipped = skipped || s.contains(box.center());
        if (skipped)
            continue;
        const QString text = utf8(it->GetUTF8Text(tesseract::RIL_WORD)).trimmed();
        if (text.isEmpty())
            continue;
        const float conf = it->Confidence(tesseract::RIL_WORD);
        words.append(OcrWord{box, conf, text});
        confSum += conf;
        ++confN;
    } while (it->Next(tesseract::RIL_WORD));
}

} // namespace

TessEngine::TessEngine() : m_apis(std::make_unique<Apis>()) {}

TessEngine::~TessEngine()
{
    for (auto& [lang, api] : m_apis->byLanguage)
        api->End();
}

Result<tesseract::TessBaseAPI*> TessEngine::api(const QString& language)
{
    auto it = m_apis->byLanguage.find(language);
    if (it != m_apis->byLanguage.end())
        return it->second.get();
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    const QByteArray dir = OcrLanguages::tessdataDir().toLocal8Bit();
    if (api->Init(dir.constData(), language.toLatin1().constData(), tesseract::OEM_LSTM_ONLY) != 0)
        return makeError(
            ErrorCode::Unsupported,
            tr("The OCR language data for %1 is not installed.").arg(OcrLanguages::label(language)),
            QStringLiteral("Init(%1) failed in %2").arg(language, QString::fromLocal8Bit(dir)));
    // Tesseract 5 re-reads low-confidence lines inverted by default; scans are never white on
    // black, and on degraded pages that check costs time and invents text.
    api->SetVariable("tessedit_do_invert", "0");
    if (isChinese(language))
        api->SetVariable("preserve_interword_spaces", "1");
    auto* raw = api.get();
    m_apis->byLanguage.emplace(language, std::move(api));
    return raw;
}

void TessEngine::warm(const QString& language)
{
    const QStringList models =
        language == OcrLanguages::autoKey()
            ? QStringList{QStringLiteral("osd"), OcrLanguages::defaultLanguage()}
            : QStringList{language};
    for (const QString& m : models) {
        // A missing model is reported when a page needs it.
        if (auto a = api(m); !a)
            qCDebug(lcOcr) << "cannot load" << m << "ahead of the pages";
    }
}

QString TessEngine::detectLanguage(const PreprocessedPage& page)
{
    float conf = 0;
    const QString script = detectScript(page.ocr.get(), page.dpi, &conf);
    if (script == QLatin1String("Han") && conf >= 0.8f)
        return QStringLiteral("chi_sim");
    const int w = pixGetWidth(page.ocr.get());
    const int h = pixGetHeight(page.ocr.get());
    QString best = OcrLanguages::defaultLanguage();
    int bestConf = -1;
    for (const char* lang : {"chi_sim", "bod", "eng"}) {
        auto a = api(QString::fromLatin1(lang));
        if (!a)
            continue;
        tesseract::TessBaseAPI* t = a.value();
        t->SetPageSegMode(tesseract::PSM_AUTO);
        t->SetImage(page.ocr.get());
        t->SetSourceResolution(page.dpi);
        t->SetRectangle(0, h * 2 / 5, w, h / 5);
        const int c = t->Recognize(nullptr) == 0 ? t->MeanTextConf() : -1;
        t->Clear();
        if (c > bestConf) {
            bestConf = c;
            best = QString::fromLatin1(lang);
        }
    }
    qCDebug(lcOcr) << "detected language" << best << "OSD script" << script << conf;
    return best;
}

QString TessEngine::detectScript(Pix* image, int dpi, float* confidence)
{
    auto osd = api(QStringLiteral("osd"));
    if (!osd)
        return QString();
    tesseract::TessBaseAPI* a = osd.value();
    a->SetPageSegMode(tesseract::PSM_OSD_ONLY);
    a->SetImage(image);
    a->SetSourceResolution(dpi);
    int orient = 0;
    float orientConf = 0;
    const char* script = nullptr;
    float scriptConf = 0;
    QString out;
    if (a->DetectOrientationScript(&orient, &orientConf, &script, &scriptConf) && script)
        out = QString::fromLatin1(script);
    if (confidence)
        *confidence = scriptConf;
    a->Clear();
    return out;
}

Result<OcrPage> TessEngine::recognise(const PreprocessedPage& page, const QString& language,
                                      const RecogniseOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    auto got = api(language);
    if (!got)
        return got.error();
    tesseract::TessBaseAPI* a = got.value();
    tesseract::PageSegMode psm = tesseract::PSM_AUTO;
    // A page written in columns is read with the vertical model as one vertical block; the
    // horizontal model's layout analysis reads such a page as short rows across the columns.
    QString lang = language;
    if (!OcrLanguages::verticalFor(language).isEmpty() &&
        Preprocessor::looksVertical(page.ocr.get())) {
        lang = OcrLanguages::verticalFor(language);
        if (auto v = api(lang); v) {
            a = v.value();
            psm = tesseract::PSM_SINGLE_BLOCK_VERT_TEXT;
        } else {
            lang = language;
        }
    }
    a->SetPageSegMode(psm);
    a->SetImage(page.ocr.get());
    a->SetSourceResolution(page.dpi);

    MonitorContext ctx{&options};
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = cancelCallback;
    monitor.cancel_this = &ctx;
    monitor.progress_callback2 = progressCallback;
    if (options.timeLimitMs > 0)
        monitor.set_deadline_msecs(options.timeLimitMs);
    if (a->Recognize(&monitor) != 0) {
        a->Clear();
        if (options.cancelled && options.cancelled())
            return makeError(ErrorCode::Cancelled, tr("Recognition was cancelled."));
        return makeError(ErrorCode::Io, tr("The OCR engine could not recognise the page."));
    }
    if (monitor.deadline_exceeded()) {
        a->Clear();
        return makeError(ErrorCode::Cancelled, tr("The page took too long to recognise."),
                         QStringLiteral("timeout"));
    }

    OcrPage out;
    out.imageSize = QSize(pixGetWidth(page.ocr.get()), pixGetHeight(page.ocr.get()));
    out.dpi = page.dpi;
    out.language = lang;
    out.skewDegrees = page.skewDegrees;
    out.sealSuppressed = page.sealSuppressed;
    double confSum = 0;
    int confN = 0;
    QStringList blocks;

    // Walk the blocks: a vertical Chinese block is read again with chi_sim_vert, the others
    // keep the result of this pass.
    const QString vertLang = OcrLanguages::verticalFor(lang);
    QVector<QRect> verticalBlocks;
    std::unique_ptr<tesseract::ResultIterator> it(a->GetIterator());
    if (it) {
        do {
            if (it->Empty(tesseract::RIL_BLOCK))
                continue;
            tesseract::Orientation orientation;
            tesseract::WritingDirection direction;
            tesseract::TextlineOrder order;
            float deskew = 0;
            it->Orientation(&orientation, &direction, &order, &deskew);
            int l, t, r, b;
            it->BoundingBox(tesseract::RIL_BLOCK, &l, &t, &r, &b);
            if (!vertLang.isEmpty() && direction == tesseract::WRITING_DIRECTION_TOP_TO_BOTTOM) {
                if (auto v = api(vertLang); v) {
                    tesseract::TessBaseAPI* va = v.value();
                    va->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK_VERT_TEXT);
                    va->SetImage(page.ocr.get());
                    va->SetSourceResolution(page.dpi);
                    va->SetRectangle(l, t, r - l, b - t);
                    if (va->Recognize(nullptr) == 0) {
                        verticalBlocks << QRect(l, t, r - l, b - t);
                        blocks << utf8(va->GetUTF8Text());
                        std::unique_ptr<tesseract::ResultIterator> vit(va->GetIterator());
                        collectWords(vit.get(), out.words, confSum, confN, {});
                    }
                    va->Clear();
                    continue;
                }
            }
            blocks << utf8(it->GetUTF8Text(tesseract::RIL_BLOCK));
        } while (it->Next(tesseract::RIL_BLOCK));
    }
    it.reset(a->GetIterator());
    collectWords(it.get(), out.words, confSum, confN, verticalBlocks);
    QString text = blocks.join(QLatin1Char('\n'));
    if (isChinese(language))
        text = normaliseChinesePunctuation(joinCjkSpacing(text));
    out.text = text.trimmed();
    out.meanConfidence = confN ? confSum / confN : 0;

    if (!options.searchablePdfBase.isEmpty()) {
        // The renderer reads the recognition already in the API: the page is not OCRed twice.
        // SetInputImage takes ownership of what it gets, hence a new reference.
        a->SetInputImage(newRef(page.display));
        const QByteArray base = options.searchablePdfBase.toLocal8Bit();
        const QByteArray dir = OcrLanguages::tessdataDir().toLocal8Bit();
        tesseract::TessPDFRenderer renderer(base.constData(), dir.constData(), false);
        if (!renderer.BeginDocument("CourtDesk") || !renderer.AddImage(a) ||
            !renderer.EndDocument()) {
            a->Clear();
            return makeError(ErrorCode::Io, tr("Cannot write the searchable PDF page."),
                             options.searchablePdfBase);
        }
    }
    a->Clear();
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace cd::ocr
