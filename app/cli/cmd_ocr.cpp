// courtdesk-cli ocr: recognise images and PDFs on the worker pool.
//   ocr [--lang L] [--jobs N] [--password PW] --text-dir OUT FILE...
//   ocr [--lang L] [--jobs N] [--password PW] --searchable-pdf OUT.pdf IN.pdf
#include "cli.h"
#include "ocr/languages.h"
#include "ocr/ocrbatch.h"
#include "ocr/searchablepdf.h"
#include "ocr/workerpool.h"
#include "profileopts.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QTemporaryDir>

namespace cd::cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cd::cli", s);
}

const char* kUsage =
    "usage: courtdesk-cli ocr [--lang L] [--jobs N] [--password PW] --text-dir OUT FILE...\n"
    "       courtdesk-cli ocr [--lang L] [--jobs N] [--password PW] --searchable-pdf "
    "OUT.pdf IN.pdf\n"
    "  L: chi_sim (default), chi_sim_vert, bod, eng or auto\n";

bool writeText(const QString& path, const QString& text)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(text.toUtf8());
    if (!text.endsWith(QLatin1Char('\n')))
        f.write("\n");
    return f.commit();
}

int pageTimeLimitMs()
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("COURTDESK_OCR_PAGE_TIMEOUT", &ok);
    return ok && s > 0 ? s * 1000 : 180000;
}

} // namespace

int runOcr(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption lang(QStringLiteral("lang"), {}, QStringLiteral("L"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), {}, QStringLiteral("N"));
    const QCommandLineOption textDir(QStringLiteral("text-dir"), {}, QStringLiteral("OUT"));
    const QCommandLineOption searchable(QStringLiteral("searchable-pdf"), {},
                                        QStringLiteral("OUT.pdf"));
    const QCommandLineOption password(QStringLiteral("password"), {}, QStringLiteral("PW"));
    p.addOptions({lang, jobs, textDir, searchable, password});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("images or PDFs"));
    if (!parseArgs(p, QStringLiteral("ocr"), args, io))
        return 2;
    const QStringList files = p.positionalArguments();
    const bool toText = p.isSet(textDir);
    const bool toPdf = p.isSet(searchable);
    if (toText == toPdf || files.isEmpty() || (toPdf && files.size() != 1)) {
        io.err << kUsage;
        return 2;
    }
    auto language = ocr::OcrLanguages::resolve(p.value(lang));
    if (!language) {
        printError(io, language.error());
        return 2;
    }
    int workers = ocr::WorkerPool::defaultWorkerCount();
    if (p.isSet(jobs)) {
        bool ok = false;
        workers = p.value(jobs).toInt(&ok);
        if (!ok || workers < 1 || workers > 64) {
            io.err << kUsage;
            return 2;
        }
    }

    QTemporaryDir pageDir;
    QString outDir;
    if (toText) {
        outDir = p.value(textDir);
        if (!QDir().mkpath(outDir)) {
            io.err << tr("Cannot create the folder %1.").arg(outDir) << "\n";
            return 1;
        }
    } else if (!pageDir.isValid()) {
        io.err << tr("Cannot create a temporary folder.") << "\n";
        return 1;
    }

    QVector<ocr::OcrDocument> docs;
    for (const QString& f : files) {
        ocr::OcrDocument d;
        d.path = QFileInfo(f).absoluteFilePath();
        d.password = p.value(password);
        d.language = language.value();
        if (toPdf)
            d.pagePdfDir = pageDir.path();
        docs << d;
    }

    ocr::OcrBatch batch(docs, workers);
    batch.setPageTimeLimitMs(pageTimeLimitMs());
    QVector<int> pageCounts(docs.size(), 0);
    QVector<bool> isPdf(docs.size(), false);
    QMap<int, bool> pdfPagesOk; // searchable output: page -> recognised
    int failures = 0;
    bool passwordHint = false;

    QObject::connect(&batch, &ocr::OcrBatch::documentOpened, [&](int doc, int pages, bool pdf) {
        pageCounts[doc] = pages;
        isPdf[doc] = pdf;
    });
    QObject::connect(&batch, &ocr::OcrBatch::documentFailed,
                     [&](int, ocr::FailureCode code, const QString& message) {
                         ++failures;
                         passwordHint = passwordHint ||
                                        code == ocr::FailureCode::PasswordRequired ||
                                        code == ocr::FailureCode::WrongPassword;
                         io.err << message << "\n";
                     });
    QObject::connect(&batch, &ocr::OcrBatch::pageFailed,
                     [&](int, int page, ocr::FailureCode, const QString& message) {
                         ++failures;
                         pdfPagesOk[page] = false;
                         io.err << message << "\n";
                     });
    QObject::connect(&batch, &ocr::OcrBatch::pageDone, [&](int doc, const ocr::OcrPage& page) {
        if (toPdf) {
            pdfPagesOk[page.pageNumber] = true;
            return;
        }
        // Written as each page arrives: nothing is held for the end of the batch.
        const QString stem = QFileInfo(docs.at(doc).path).completeBaseName();
        const QString name = (isPdf[doc] || pageCounts[doc] > 1)
                                 ? QStringLiteral("%1-p%2.txt")
                                       .arg(stem)
                                       .arg(page.pageNumber, 3, 10, QLatin1Char('0'))
                                 : stem + QStringLiteral(".txt");
        if (!writeText(QDir(outDir).filePath(name), page.text)) {
            ++failures;
            io.err << tr("Cannot write %1.").arg(QDir(outDir).filePath(name)) << "\n";
        }
    });
    QEventLoop loop;
    QObject::connect(&batch, &ocr::OcrBatch::finished, &loop, &QEventLoop::quit);
    batch.start();
    if (batch.isRunning())
        loop.exec();
    io.err.flush();

    if (passwordHint)
        io.err << tr("Give the password with --password PW.") << "\n";
    if (toPdf && pageCounts[0] > 0) {
        QStringList parts;
        for (int n = 1; n <= pageCounts[0]; ++n) {
            const QString part =
                QDir(pageDir.path())
                    .filePath(QStringLiteral("p%1.pdf").arg(n, 3, 10, QLatin1Char('0')));
            if (!pdfPagesOk.value(n)) {
                // Keep the page, without a text layer, rather than lose it.
                if (auto r = ocr::SearchablePdf::extractPage(docs.first().path, n,
                                                             docs.first().password, part);
                    !r) {
                    printError(io, r.error());
                    return 1;
                }
                io.err << tr("Page %1 is included without a text layer.").arg(n) << "\n";
            }
            parts << part;
        }
        if (auto r = ocr::SearchablePdf::assemble(parts, p.value(searchable)); !r) {
            printError(io, r.error());
            return 1;
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace cd::cli
