#include "workerserver.h"

#include "languages.h"
#include "ocrlogging.h"
#include "pagesource.h"
#include "preprocess.h"
#include "tessengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <poppler/qt6/poppler-qt6.h>

#include <csignal>
#include <cstdlib>
#include <unistd.h>

namespace cd::ocr {

namespace {

QJsonObject failure(FailureCode code, const QString& detail)
{
    return QJsonObject{{QStringLiteral("ok"), false},
                       {QStringLiteral("code"), failureKey(code)},
                       {QStringLiteral("detail"), detail}};
}

// COURTDESK_OCR_PREPROCESS tunes the pipeline for experiments, e.g. "nobinarise,mindpi=300";
// "render" renders every PDF page instead of taking embedded scans (comparisons).
const QStringList& experimentFlags()
{
    static const QStringList flags = qEnvironmentVariable("COURTDESK_OCR_PREPROCESS")
                                         .split(QLatin1Char(','), Qt::SkipEmptyParts);
    return flags;
}

PreprocessOptions preprocessOptions()
{
    PreprocessOptions o;
    for (const QString& f : experimentFlags()) {
        if (f == QLatin1String("nobinarise"))
            o.binarise = false;
        else if (f == QLatin1String("stretch"))
            o.stretchBackground = true;
        else if (f == QLatin1String("binary"))
            o.greyForRecognition = false;
        else if (f == QLatin1String("nodeskew"))
            o.deskew = false;
        else if (f == QLatin1String("noseal"))
            o.suppressRedSeal = false;
        else if (f == QLatin1String("nonorm"))
            o.normaliseBackground = false;
        else if (f == QLatin1String("nodespeckle"))
            o.despeckle = false;
        else if (f.startsWith(QLatin1String("maskthresh=")))
            o.maskThreshold = f.mid(11).toInt();
        else if (f.startsWith(QLatin1String("maskdilate=")))
            o.maskDilate = f.mid(11).toInt();
        else if (f.startsWith(QLatin1String("sharpen=")))
            o.sharpen = f.mid(8).toDouble();
        else if (f.startsWith(QLatin1String("mindpi=")))
            o.minDpi = f.mid(7).toInt();
    }
    return o;
}

bool writeReviewImage(Pix* display, const QString& path)
{
    // The review image only needs screen resolution; the boxes are scaled by the viewer.
    PixPtr small;
    Pix* img = display;
    if (pixGetWidth(display) > 1700) {
        const float s = 1700.0f / float(pixGetWidth(display));
        small.reset(pixScale(display, s, s));
        img = small.get();
    }
    const QString tmp = path + QStringLiteral(".part");
    const QByteArray local = tmp.toLocal8Bit();
    if (pixWrite(local.constData(), img, IFF_JFIF_JPEG) != 0)
        return false;
    QFile::remove(path);
    return QFile::rename(tmp, path);
}

} // namespace

WorkerServer::WorkerServer(FILE* protocolOut)
    : m_out(protocolOut), m_source(std::make_unique<PageSource>()),
      m_engine(std::make_unique<TessEngine>())
{
}

WorkerServer::~WorkerServer() = default;

void WorkerServer::send(const QJsonObject& message)
{
    QJsonObject m = message;
    m.insert(QStringLiteral("id"), m_currentId);
    const QByteArray line = QJsonDocument(m).toJson(QJsonDocument::Compact) + '\n';
    fwrite(line.constData(), 1, size_t(line.size()), m_out);
    fflush(m_out);
}

int WorkerServer::run(FILE* in)
{
    QByteArray line;
    char buf[8192];
    while (fgets(buf, sizeof buf, in)) {
        line += buf;
        if (!line.endsWith('\n'))
            continue;
        const QJsonObject req = QJsonDocument::fromJson(line).object();
        line.clear();
        if (req.value(QStringLiteral("op")).toString() == QLatin1String("quit"))
            break;
        m_currentId = req.value(QStringLiteral("id")).toInteger();
        send(handle(req));
    }
    return 0;
}

QJsonObject WorkerServer::handle(const QJsonObject& request)
{
    const QString op = request.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("probe"))
        return probe(request);
    if (op == QLatin1String("page"))
        return page(request);
    if (op == QLatin1String("warm"))
        return warm(request);
    return failure(FailureCode::Engine, QStringLiteral("unknown op %1").arg(op));
}

bool WorkerServer::openSource(const QString& file, const QString& password, QJsonObject* fail)
{
    if (m_source->path() == file && m_source->password() == password && m_source->pageCount() > 0)
        return true;
    m_source = std::make_unique<PageSource>();
    m_source->setUseEmbeddedScans(!experimentFlags().contains(QLatin1String("render")));
    if (const SourceFailure f = m_source->open(file, password)) {
        *fail = failure(f.code, f.detail);
        m_source = std::make_unique<PageSource>();
        return false;
    }
    return true;
}

QJsonObject WorkerServer::probe(const QJsonObject& request)
{
    QJsonObject fail;
    if (!openSource(request.value(QStringLiteral("file")).toString(),
                    request.value(QStringLiteral("password")).toString(), &fail))
        return fail;
    QJsonArray dpi;
    for (int d : m_source->nativeDpi())
        dpi.append(d);
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("kind"),
                        m_source->isPdf() ? QStringLiteral("pdf") : QStringLiteral("image")},
                       {QStringLiteral("pages"), m_source->pageCount()},
                       {QStringLiteral("dpi"), dpi}};
}

QJsonObject WorkerServer::warm(const QJsonObject& request)
{
    for (const QJsonValue& v : request.value(QStringLiteral("langs")).toArray())
        m_engine->warm(v.toString());
    return QJsonObject{{QStringLiteral("ok"), true}};
}

void WorkerServer::injectFault(int page) const
{
    // Fault injection for tests: COURTDESK_OCR_FAULT="crash@3,hang@5".
    const QStringList faults = qEnvironmentVariable("COURTDESK_OCR_FAULT").split(QLatin1Char(','));
    for (const QString& f : faults) {
        if (f == QStringLiteral("crash@%1").arg(page))
            std::abort();
        if (f == QStringLiteral("hang@%1").arg(page)) {
            for (;;)
                QThread::sleep(1);
        }
    }
}

QJsonObject WorkerServer::page(const QJsonObject& request)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject fail;
    const QString file = request.value(QStringLiteral("file")).toString();
    if (!openSource(file, request.value(QStringLiteral("password")).toString(), &fail))
        return fail;
    const int n = request.value(QStringLiteral("page")).toInt();
    injectFault(n);
    SourcePage sp;
    if (const SourceFailure f =
            m_source->page(n, request.value(QStringLiteral("dpi")).toInt(), &sp))
        return failure(f.code, f.detail);

    if (request.value(QStringLiteral("decodeOnly")).toBool()) {
        // Parser checks (fuzzing): decode or render the page, no OCR.
        return QJsonObject{{QStringLiteral("ok"), true},
                           {QStringLiteral("result"),
                            QJsonObject{{QStringLiteral("page"), n},
                                        {QStringLiteral("w"), int(pixGetWidth(sp.image.get()))},
                                        {QStringLiteral("h"), int(pixGetHeight(sp.image.get()))}}}};
    }
    const qint64 decodedMs = timer.elapsed();
    const QString pdfBase = request.value(QStringLiteral("pdf")).toString();
    const QString imagePath = request.value(QStringLiteral("image")).toString();
    OcrPage result;
    // A born-digital page keeps its own text, and its searchable output is the page itself
    // (pdfseparate). Only when that is impossible (an encrypted PDF) is the page recognised,
    // for the PDF output alone.
    bool needOcr = !sp.hasTextLayer;
    if (sp.hasTextLayer) {
        result = sp.textLayer;
        if (!imagePath.isEmpty() && sp.image)
            writeReviewImage(sp.image.get(), imagePath);
        if (!pdfBase.isEmpty() && m_source->password().isEmpty())
            needOcr = bool(m_source->extractPdfPage(n, pdfBase + QStringLiteral(".pdf")));
        else
            needOcr = !pdfBase.isEmpty();
    }
    if (needOcr) {
        QString lang = request.value(QStringLiteral("lang")).toString();
        if (lang.isEmpty())
            lang = OcrLanguages::defaultLanguage();
        PreprocessOptions po = preprocessOptions();
        po.keepDisplay = !pdfBase.isEmpty() || !imagePath.isEmpty();
        po.paperLevel = Preprocessor::paperLevelFor(lang);
        po.keepForRepaper = lang == OcrLanguages::autoKey();
        PreprocessedPage pre = Preprocessor::run(sp.image.get(), sp.dpi, po);
        if (pre.ocr && lang == OcrLanguages::autoKey()) {
            lang = m_engine->detectLanguage(pre);
            // The paper is levelled again if the language it turned out to be wants it so.
            if (const int level = Preprocessor::paperLevelFor(lang); level != po.paperLevel) {
                po.paperLevel = level;
                po.keepForRepaper = false;
                if (!Preprocessor::repaper(pre, level))
                    pre = Preprocessor::run(sp.image.get(), sp.dpi, po);
            }
            pre.unlevelled.reset();
            pre.paperMask.reset();
        }
        sp.image.reset(); // the original is no longer needed; keep the peak low
        if (!pre.ocr)
            return failure(FailureCode::Engine, QStringLiteral("preprocessing failed"));
        RecogniseOptions ro;
        ro.timeLimitMs = request.value(QStringLiteral("timeLimitMs")).toInt();
        ro.searchablePdfBase = pdfBase;
        ro.progress = [this](int percent) {
            send(QJsonObject{{QStringLiteral("progress"), percent}});
        };
        const qint64 preprocessedMs = timer.elapsed();
        auto r = m_engine->recognise(pre, lang, ro);
        qCDebug(lcOcr) << "page" << n << "decode" << decodedMs << "ms, preprocess"
                       << preprocessedMs - decodedMs << "ms, recognise"
                       << timer.elapsed() - preprocessedMs << "ms";
        if (!r) {
            const bool timeout = r.error().detail == QLatin1String("timeout");
            return failure(timeout ? FailureCode::Timeout : FailureCode::Engine, r.error().detail);
        }
        if (!sp.hasTextLayer) {
            result = std::move(r).value();
            if (!imagePath.isEmpty())
                writeReviewImage(pre.display.get(), imagePath);
        }
    }
    result.pageNumber = n;
    result.elapsedMs = timer.elapsed();
    return QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("result"), result.toJson()}};
}

int WorkerServer::main(int argc, char** argv)
{
    // libgomp reads OMP_THREAD_LIMIT when it is loaded, before main(): if whoever started the
    // worker did not set it, start again with it set (one thread per page; the pool runs one
    // worker per core).
    if (qEnvironmentVariableIsEmpty("OMP_THREAD_LIMIT")) {
        setenv("OMP_THREAD_LIMIT", "1", 1);
        execv("/proc/self/exe", argv);
    }
    // The protocol gets its own descriptor; fd 1 then points at stderr, so anything Tesseract,
    // Leptonica or Poppler print lands in the log instead of the pipe.
    const int protoFd = dup(STDOUT_FILENO);
    dup2(STDERR_FILENO, STDOUT_FILENO);
    FILE* proto = fdopen(protoFd, "w");
    if (!proto)
        return 3;
    setMsgSeverity(L_SEVERITY_ERROR);
    // Poppler reports every damaged object on stderr; the protocol already carries the
    // failure, so keep those lines for debug logging only.
    Poppler::setDebugErrorFunction(
        [](const QString& message, const QVariant&) { qCDebug(lcOcr) << "poppler:" << message; },
        QVariant());
    QCoreApplication app(argc, argv);
    WorkerServer server(proto);
    return server.run(stdin);
}

} // namespace cd::ocr
