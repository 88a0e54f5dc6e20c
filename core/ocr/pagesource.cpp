#include "pagesource.h"

#include "embeddedscan.h"
#include "ocrlogging.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

#include <poppler/qt6/poppler-qt6.h>

#include <cstdio>

namespace cd::ocr {

namespace {

SourceFailure fail(FailureCode code, const QString& detail = {})
{
    return SourceFailure{code, detail};
}

// QImage (0xAARRGGBB) to a Leptonica pix; greyscale pages become 8 bpp, which halves the work
// of every later step.
PixPtr pixFromImage(const QImage& src)
{
    const QImage img = src.convertToFormat(QImage::Format_RGB32);
    const int w = img.width();
    const int h = img.height();
    bool grey = true;
    for (int y = 0; y < h && grey; y += 4) {
        const QRgb* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < w; x += 4) {
            const QRgb p = line[x];
            if (!isNeutralRgb(qRed(p), qGreen(p), qBlue(p))) {
                grey = false;
                break;
            }
        }
    }
    PixPtr pix(pixCreate(w, h, grey ? 8 : 32));
    if (!pix)
        return pix;
    l_uint32* data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < h; ++y) {
        const QRgb* in = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        l_uint32* line = data + y * wpl;
        for (int x = 0; x < w; ++x) {
            if (grey)
                SET_DATA_BYTE(line, x, greyOfRgb(qRed(in[x]), qGreen(in[x]), qBlue(in[x])));
            else
                line[x] = l_uint32(in[x]) << 8;
        }
    }
    return pix;
}

} // namespace

PageSource::PageSource() = default;
PageSource::~PageSource() = default;

SourceFailure PageSource::open(const QString& path, const QString& password)
{
    m_path = path;
    m_password = password;
    m_pdf.reset();
    m_pages = 0;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(FailureCode::Io, f.errorString());
    if (f.size() == 0)
        return fail(FailureCode::EmptyFile);
    const QByteArray head = f.read(1024);
    f.close();
    if (head.contains("%PDF-"))
        return openPdf();
    return openImage(head);
}

SourceFailure PageSource::openImage(const QByteArray& head)
{
    l_int32 format = IFF_UNKNOWN;
    findFileFormatBuffer(reinterpret_cast<const l_uint8*>(head.constData()), &format);
    if (format != IFF_PNG && format != IFF_JFIF_JPEG && format != IFF_TIFF &&
        format != IFF_TIFF_G4 && format != IFF_TIFF_G3 && format != IFF_TIFF_LZW &&
        format != IFF_TIFF_ZIP && format != IFF_TIFF_PACKBITS && format != IFF_TIFF_RLE &&
        format != IFF_TIFF_JPEG && format != IFF_BMP && format != IFF_PNM)
        return fail(FailureCode::Unsupported, QStringLiteral("format %1").arg(format));
    m_imageFormat = format;
    const QByteArray local = m_path.toLocal8Bit();
    l_int32 fmt, w = 0, h = 0, bps, spp, cmap;
    if (pixReadHeader(local.constData(), &fmt, &w, &h, &bps, &spp, &cmap) != 0 || w <= 0 || h <= 0)
        return fail(FailureCode::Corrupt, QStringLiteral("unreadable header"));
    if (qint64(w) * qint64(h) > maxPixels)
        return fail(FailureCode::TooLarge, QStringLiteral("%1x%2").arg(w).arg(h));
    m_pages = 1;
    if (format >= IFF_TIFF && format <= IFF_TIFF_JPEG) {
        FILE* fp = fopen(local.constData(), "rb");
        if (!fp)
            return fail(FailureCode::Io);
        l_int32 n = 0;
        const bool ok = tiffGetCount(fp, &n) == 0;
        fclose(fp);
        if (!ok || n <= 0)
            return fail(FailureCode::Corrupt, QStringLiteral("tiff page count"));
        if (n > maxPages)
            return fail(FailureCode::TooManyPages, QString::number(n));
        m_pages = n;
    }
    return {};
}

SourceFailure PageSource::openPdf()
{
    m_pdf = Poppler::Document::load(m_path, QByteArray(), m_password.toUtf8());
    if (!m_pdf)
        return fail(FailureCode::Corrupt, QStringLiteral("poppler could not load the file"));
    if (m_pdf->isLocked()) {
        const bool hadPassword = !m_password.isEmpty();
        m_pdf.reset();
        return fail(hadPassword ? FailureCode::WrongPassword : FailureCode::PasswordRequired);
    }
    m_pdf->setRenderHint(Poppler::Document::Antialiasing, true);
    m_pdf->setRenderHint(Poppler::Document::TextAntialiasing, true);
    m_pages = m_pdf->numPages();
    if (m_pages <= 0) {
        m_pdf.reset();
        return fail(FailureCode::Corrupt, QStringLiteral("no pages"));
    }
    if (m_pages > maxPages) {
        m_pdf.reset();
        return fail(FailureCode::TooManyPages, QString::number(m_pages));
    }
    return {};
}

const QVector<PdfImageInfo>& PageSource::imageList()
{
    if (m_imageListRead || !m_pdf)
        return m_imageList;
    m_imageListRead = true;
    // pdfimages (same Poppler, its own process) lists each embedded image with its size,
    // encoding and resolution.
    QStringList args{QStringLiteral("-list")};
    if (!m_password.isEmpty())
        args << QStringLiteral("-upw") << m_password;
    args << m_path;
    QProcess p;
    p.start(QStringLiteral("pdfimages"), args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished(1000);
        return m_imageList;
    }
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    for (const QString& line : lines) {
        const QStringList c = line.split(ws, Qt::SkipEmptyParts);
        bool ok = false;
        const int page = c.value(0).toInt(&ok);
        if (!ok || c.size() < 14 || page < 1 || page > m_pages)
            continue;
        m_imageList.append(PdfImageInfo{page, c.value(2), c.value(3).toInt(), c.value(4).toInt(),
                                        c.value(8), c.value(12).toInt(), c.value(13).toInt()});
    }
    return m_imageList;
}

QVector<PdfImageInfo> PageSource::imagesOnPage(int n)
{
    QVector<PdfImageInfo> out;
    for (const PdfImageInfo& i : imageList()) {
        if (i.page == n)
            out << i;
    }
    return out;
}

QVector<int> PageSource::nativeDpi()
{
    QVector<int> dpi(m_pages, 0);
    if (!m_pdf)
        return dpi;
    // Rendering a scan at its own resolution avoids resampling it.
    for (const PdfImageInfo& i : imageList()) {
        if (i.type == QLatin1String("image"))
            dpi[i.page - 1] = qMax(dpi[i.page - 1], i.yPpi);
    }
    return dpi;
}

SourceFailure PageSource::page(int n, int dpi, SourcePage* out)
{
    if (n < 1 || n > m_pages)
        return fail(FailureCode::Corrupt, QStringLiteral("page %1 of %2").arg(n).arg(m_pages));
    if (!m_pdf) {
        const QByteArray local = m_path.toLocal8Bit();
        Pix* raw = (m_imageFormat >= IFF_TIFF && m_imageFormat <= IFF_TIFF_JPEG)
                       ? pixReadTiff(local.constData(), n - 1)
                       : pixRead(local.constData());
        if (!raw)
            return fail(FailureCode::Corrupt,
                        QStringLiteral("leptonica could not decode the image"));
        PixPtr pix(raw);
        if (qint64(pixGetWidth(raw)) * pixGetHeight(raw) > maxPixels)
            return fail(FailureCode::TooLarge);
        if (pixGetColormap(raw) ||
            (pixGetDepth(raw) != 8 && pixGetDepth(raw) != 32 && pixGetDepth(raw) != 1))
            pix.reset(pixConvertTo32(raw));
        if (pix && pixGetDepth(pix.get()) == 32 && pixGetSpp(pix.get()) == 4)
            pixSetSpp(pix.get(), 3);
        out->dpi = pixGetYRes(pix.get()) > 30 ? pixGetYRes(pix.get()) : defaultDpi;
        out->image = std::move(pix);
        return {};
    }
    std::unique_ptr<Poppler::Page> page(m_pdf->page(n - 1));
    if (!page)
        return fail(FailureCode::Corrupt, QStringLiteral("page %1 missing").arg(n));
    const QSizeF pt = page->pageSizeF();
    if (pt.width() <= 0 || pt.height() <= 0)
        return fail(FailureCode::Corrupt, QStringLiteral("page %1 has no size").arg(n));
    int res = dpi > 0 ? qBound(100, dpi, 600) : defaultDpi;
    // Huge media boxes render at lower resolution instead of exhausting memory.
    while (res > 36 && (pt.width() / 72.0 * res) * (pt.height() / 72.0 * res) > double(maxPixels))
        res = res * 3 / 4;
    if ((pt.width() / 72.0 * res) * (pt.height() / 72.0 * res) > double(maxPixels))
        return fail(FailureCode::TooLarge);
    out->dpi = res;

    const QString text = page->text(QRectF());
    int chars = 0;
    for (QChar c : text)
        chars += c.isSpace() ? 0 : 1;
    if (chars >= minTextLayerChars) {
        out->hasTextLayer = true;
        OcrPage& t = out->textLayer;
        t.pageNumber = n;
        t.source = TextOrigin::TextLayer;
        t.dpi = res;
        t.imageSize = QSize(qRound(pt.width() / 72.0 * res), qRound(pt.height() / 72.0 * res));
        t.meanConfidence = 100;
        t.text = joinCjkSpacing(text);
        const double s = res / 72.0;
        for (const auto& box : page->textList()) {
            const QRectF r = box->boundingBox();
            t.words.append(OcrWord{QRect(qRound(r.x() * s), qRound(r.y() * s),
                                         qRound(r.width() * s), qRound(r.height() * s)),
                                   100.0f, box->text()});
        }
    }
    // Any text at all (a stamped page number, a typed note) is drawn over the scan: render.
    if (m_useEmbeddedScans && chars == 0) {
        const QSize expected(qRound(pt.width() / 72.0 * res), qRound(pt.height() / 72.0 * res));
        if (PixPtr scan =
                EmbeddedScan::extract(m_path, m_password, n, *page, expected, imagesOnPage(n))) {
            pixSetResolution(scan.get(), res, res);
            out->image = std::move(scan);
            out->fromEmbeddedScan = true;
            return {};
        }
    }
    const QImage img = page->renderToImage(res, res);
    if (img.isNull())
        return fail(FailureCode::Corrupt, QStringLiteral("page %1 did not render").arg(n));
    out->image = pixFromImage(img);
    pixSetResolution(out->image.get(), res, res);
    if (!out->image)
        return fail(FailureCode::TooLarge);
    return {};
}

SourceFailure PageSource::extractPdfPage(int n, const QString& outFile) const
{
    QProcess p;
    p.start(QStringLiteral("pdfseparate"),
            {QStringLiteral("-f"), QString::number(n), QStringLiteral("-l"), QString::number(n),
             m_path, outFile});
    if (!p.waitForFinished(60000) || p.exitCode() != 0 || !QFileInfo::exists(outFile)) {
        p.kill();
        return fail(FailureCode::Io, QString::fromLocal8Bit(p.readAllStandardError()));
    }
    return {};
}

} // namespace cd::ocr
