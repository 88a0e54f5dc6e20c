#include "embeddedscan.h"

#include "ocrlogging.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <poppler/qt6/poppler-qt6.h>

namespace cd::ocr {

namespace {

// The check rendering: about 150 x 210 px for A4, enough to see a flipped or inverted scan
// or a stamp drawn over it, and about a tenth of the cost of decoding the scan.
constexpr int checkDpi = 18;
// Measured after a 3x3 blur: generated degraded scans 0.9-1.5 on average with no pixel over
// 48 levels apart, a sharp synthetic page 2.0; a box drawn over the scan or a flipped
// placement gives many strongly different pixels. Thin vector strokes (a drawn signature) are
// below what this sees; they carry no text for OCR.
constexpr double maxMeanDifference = 4.0;
constexpr int strongDifference = 48;
// Decoded (non-JPEG) page images up to A4 at 400 dpi go through a temporary PPM file.
constexpr qint64 maxDecodedPixels = 16'000'000;
constexpr double maxStrongShare = 0.002;

PixPtr greyOf(Pix* pix)
{
    if (pixGetDepth(pix) == 8 && !pixGetColormap(pix))
        return PixPtr(pixClone(pix));
    if (pixGetDepth(pix) == 32)
        return PixPtr(pixConvertRGBToLuminance(pix));
    return PixPtr(pixConvertTo8(pix, 0));
}

} // namespace

PixPtr EmbeddedScan::greyIfNeutral(PixPtr pix)
{
    if (!pix || pixGetDepth(pix.get()) != 32)
        return pix;
    const l_int32 w = pixGetWidth(pix.get());
    const l_int32 h = pixGetHeight(pix.get());
    const l_int32 wpl = pixGetWpl(pix.get());
    const l_uint32* data = pixGetData(pix.get());
    for (l_int32 y = 0; y < h; y += 4) {
        const l_uint32* line = data + y * wpl;
        for (l_int32 x = 0; x < w; x += 4) {
            l_int32 r, g, b;
            extractRGBValues(line[x], &r, &g, &b);
            if (!isNeutralRgb(r, g, b))
                return pix;
        }
    }
    PixPtr grey(pixCreate(w, h, 8));
    if (!grey)
        return pix;
    pixCopyResolution(grey.get(), pix.get());
    l_uint32* out = pixGetData(grey.get());
    const l_int32 owpl = pixGetWpl(grey.get());
    for (l_int32 y = 0; y < h; ++y) {
        const l_uint32* in = data + y * wpl;
        l_uint32* o = out + y * owpl;
        for (l_int32 x = 0; x < w; ++x) {
            l_int32 r, g, b;
            extractRGBValues(in[x], &r, &g, &b);
            SET_DATA_BYTE(o, x, greyOfRgb(r, g, b));
        }
    }
    return grey;
}

EmbeddedScan::Difference EmbeddedScan::compare(Pix* a, Pix* b, int strongLevel)
{
    Difference d;
    if (!a || !b || pixGetDepth(a) != 8 || pixGetDepth(b) != 8 ||
        pixGetWidth(a) != pixGetWidth(b) || pixGetHeight(a) != pixGetHeight(b))
        return d;
    const l_int32 w = pixGetWidth(a);
    const l_int32 h = pixGetHeight(a);
    const l_uint32* da = pixGetData(a);
    const l_uint32* db = pixGetData(b);
    const l_int32 wa = pixGetWpl(a);
    const l_int32 wb = pixGetWpl(b);
    qint64 sum = 0;
    qint64 strong = 0;
    for (l_int32 y = 0; y < h; ++y) {
        for (l_int32 x = 0; x < w; ++x) {
            const int diff =
                qAbs(int(GET_DATA_BYTE(da + y * wa, x)) - int(GET_DATA_BYTE(db + y * wb, x)));
            sum += diff;
            strong += diff > strongLevel ? 1 : 0;
        }
    }
    const double n = double(qMax<qint64>(1, qint64(w) * h));
    d.mean = double(sum) / n;
    d.strongShare = double(strong) / n;
    return d;
}

PixPtr EmbeddedScan::extract(const QString& pdfPath, const QString& password, int pageNumber,
                             Poppler::Page& page, const QSize& expectedSize,
                             const QVector<PdfImageInfo>& imagesOnPage)
{
    if (imagesOnPage.size() != 1 || page.orientation() != Poppler::Page::Portrait ||
        !page.annotations().empty())
        return nullptr;
    const PdfImageInfo& info = imagesOnPage.first();
    if (info.type != QLatin1String("image") || qAbs(info.width - expectedSize.width()) > 2 ||
        qAbs(info.height - expectedSize.height()) > 2)
        return nullptr;
    // A JPEG is copied out as it is; anything else is written decoded (PPM/PBM), which is only
    // worth it for pages of ordinary size.
    const bool jpeg = info.encoding == QLatin1String("jpeg");
    if (!jpeg && (info.encoding == QLatin1String("jpx") ||
                  qint64(info.width) * info.height > maxDecodedPixels))
        return nullptr;
    QTemporaryDir dir;
    if (!dir.isValid())
        return nullptr;
    QStringList args{QStringLiteral("-j"), QStringLiteral("-f"), QString::number(pageNumber),
                     QStringLiteral("-l"), QString::number(pageNumber)};
    if (!password.isEmpty())
        args << QStringLiteral("-upw") << password;
    args << pdfPath << dir.filePath(QStringLiteral("p"));
    QProcess p;
    p.start(QStringLiteral("pdfimages"), args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished(1000);
        return nullptr;
    }
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    if (files.size() != 1 || !(files.first().endsWith(QLatin1String(".jpg")) ||
                               files.first().endsWith(QLatin1String(".ppm")) ||
                               files.first().endsWith(QLatin1String(".pbm"))))
        return nullptr;
    const QByteArray file = QDir(dir.path()).filePath(files.first()).toLocal8Bit();
    l_int32 fmt, w = 0, h = 0, bps, spp, cmap;
    if (pixReadHeader(file.constData(), &fmt, &w, &h, &bps, &spp, &cmap) != 0 ||
        qAbs(w - expectedSize.width()) > 2 || qAbs(h - expectedSize.height()) > 2)
        return nullptr;
    PixPtr pix(pixRead(file.constData()));
    if (pix && pixGetDepth(pix.get()) == 1) // a bilevel scan (CCITT, JBIG2): grey from here on
        pix.reset(pixConvert1To8(nullptr, pix.get(), 255, 0));
    if (!pix || (pixGetDepth(pix.get()) != 8 && pixGetDepth(pix.get()) != 32))
        return nullptr;
    if (pixGetDepth(pix.get()) == 32)
        pixSetSpp(pix.get(), 3);

    const QImage check = page.renderToImage(checkDpi, checkDpi);
    if (check.isNull())
        return nullptr;
    const QImage checkGrey = check.convertToFormat(QImage::Format_Grayscale8);
    PixPtr rendered(pixCreate(checkGrey.width(), checkGrey.height(), 8));
    if (!rendered)
        return nullptr;
    for (int y = 0; y < checkGrey.height(); ++y) {
        const uchar* in = checkGrey.constScanLine(y);
        l_uint32* line = pixGetData(rendered.get()) + y * pixGetWpl(rendered.get());
        for (int x = 0; x < checkGrey.width(); ++x)
            SET_DATA_BYTE(line, x, in[x]);
    }
    PixPtr grey = greyOf(pix.get());
    PixPtr small(grey ? pixScaleToSize(grey.get(), checkGrey.width(), checkGrey.height())
                      : nullptr);
    // Both are blurred a little: the two scalers place edges differently by a fraction of a
    // pixel, which is not what the check looks for.
    PixPtr a(small ? pixBlockconvGray(small.get(), nullptr, 1, 1) : nullptr);
    PixPtr b(pixBlockconvGray(rendered.get(), nullptr, 1, 1));
    const Difference d = compare(a.get(), b.get(), strongDifference);
    qCDebug(lcOcr) << "embedded scan of page" << pageNumber << "differs from the rendering by"
                   << d.mean << "on average," << d.strongShare * 100 << "% strongly";
    if (d.mean > maxMeanDifference || d.strongShare > maxStrongShare)
        return nullptr;
    return greyIfNeutral(std::move(pix));
}

} // namespace cd::ocr
