#include "searchablepdf.h"

#include "ocrlogging.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace cd::ocr {

namespace {

Result<void> runTool(const QString& program, const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return makeError(
            ErrorCode::Unsupported,
            SearchablePdf::tr("%1 is not installed (package poppler-utils).").arg(program));
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return makeError(ErrorCode::Io,
                         SearchablePdf::tr("%1 did not finish in time.").arg(program));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return makeError(ErrorCode::Io, SearchablePdf::tr("Cannot write the searchable PDF."),
                         QString::fromLocal8Bit(p.readAll()));
    return {};
}

} // namespace

Result<void> SearchablePdf::assemble(const QStringList& pagePdfs, const QString& outFile)
{
    if (pagePdfs.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("There are no pages to write."));
    const QString tmp = outFile + QStringLiteral(".part");
    QFile::remove(tmp);
    if (pagePdfs.size() == 1) {
        if (!QFile::copy(pagePdfs.first(), tmp))
            return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(outFile));
    } else {
        QStringList args = pagePdfs;
        args << tmp;
        if (auto r = runTool(QStringLiteral("pdfunite"), args, 600000); !r) {
            QFile::remove(tmp);
            return r;
        }
    }
    QFile::remove(outFile);
    if (!QFile::rename(tmp, outFile)) {
        QFile::remove(tmp);
        return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(outFile));
    }
    qCInfo(lcOcr) << "searchable PDF written:" << outFile << pagePdfs.size() << "pages";
    return {};
}

Result<void> SearchablePdf::extractPage(const QString& pdf, int n, const QString& password,
                                        const QString& outFile)
{
    QStringList args{QStringLiteral("-f"), QString::number(n), QStringLiteral("-l"),
                     QString::number(n)};
    Q_UNUSED(password) // pdfseparate has no password option; a locked page is left out
    args << pdf << outFile;
    if (auto r = runTool(QStringLiteral("pdfseparate"), args, 60000); !r)
        return r;
    if (!QFileInfo::exists(outFile))
        return makeError(ErrorCode::Io, tr("Cannot write the searchable PDF."));
    return {};
}

} // namespace cd::ocr
