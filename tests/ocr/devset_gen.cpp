// Degraded-scan development set generator for the OCR pipeline.
//
// Renders pages of Chinese (statute corpus or a text file) or Tibetan prose in several fonts at
// 200 dpi, then degrades them the way court scanners do: skew of 1-2 degrees, blur, speckle
// noise, JPEG at quality 35, and on colour pages a red round court seal stamped over the text.
// Every page gets its ground truth next to it. The seed picks everything, so a held-out set is
// just another seed (and, for the corpus, another half of the files).
//
//   ocr_devset_gen --out DIR --lang zh|bo --pages N [--seed S] [--corpus DIR | --text FILE]
//                  [--split dev|heldout] [--pdf OUT.pdf] [--pdf-repeat K]
//
// Writes DIR/pNNN.jpg, DIR/pNNN.gt.txt and DIR/manifest.tsv (file, lang, font, degradations).
// --pdf also wraps the JPEGs, unchanged, into a scanned PDF (one image per page, 200 dpi);
// --pdf-repeat K repeats the page list K times (the 500-page memory run).

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTextStream>
#include <QtMath>

#include <cmath>

namespace {

constexpr int kDpi = 200;
constexpr int kPageW = 1654; // A4 at 200 dpi
constexpr int kPageH = 2339;

struct PageSpec
{
    QString font;
    double pointSize = 12;
    double skewDeg = 0;
    double blurSigma = 0;
    double speckle = 0; // fraction of pixels
    bool colour = false;
    bool seal = false;
};

QStringList chineseParagraphs(const QString& corpusDir, const QString& split)
{
    QStringList files;
    QDirIterator it(corpusDir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QStringList paras;
    for (int i = 0; i < files.size(); ++i) {
        // Dev and held-out sets never share a source file.
        if ((i % 2 == 0) != (split == QLatin1String("dev")))
            continue;
        QFile f(files.at(i));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (QString l : lines) {
            l = l.trimmed();
            if (l.size() < 24 || l.startsWith(QLatin1Char('#')) || l.startsWith(QLatin1Char('<')) ||
                l.contains(QLatin1Char('|')) || l.contains(QLatin1Char('*')))
                continue;
            paras << l;
        }
    }
    return paras;
}

QStringList fileParagraphs(const QString& path, const QString& split)
{
    QFile f(path);
    QStringList paras;
    if (!f.open(QIODevice::ReadOnly))
        return paras;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    QStringList all;
    for (const QString& l : lines) {
        if (!l.trimmed().isEmpty() && !l.startsWith(QLatin1Char('#')))
            all << l.trimmed();
    }
    // The first 70% of the lines feed the dev set, the rest the held-out set.
    const int cut = all.size() * 7 / 10;
    return split == QLatin1String("dev") ? all.mid(0, cut) : all.mid(cut);
}

// Court-file lines with figures, so pages also carry numbers, IDs and case numbers.
QString syntheticLine(QRandomGenerator& rng)
{
    static const QStringList courts{QStringLiteral("甘0102"), QStringLiteral("甘01"),
                                    QStringLiteral("甘3001"), QStringLiteral("甘0103")};
    static const QStringList types{QStringLiteral("民初"), QStringLiteral("民终"),
                                   QStringLiteral("执"), QStringLiteral("刑初")};
    static const QStringList names{QStringLiteral("张建国"), QStringLiteral("李秀英"),
                                   QStringLiteral("王海燕"), QStringLiteral("才让卓玛"),
                                   QStringLiteral("马文礼"), QStringLiteral("赵德明")};
    switch (rng.bounded(3)) {
    case 0:
        return QStringLiteral("（%1）%2%3%4号案件，原告%5诉被告%6借款合同纠纷一案。")
            .arg(2018 + rng.bounded(7))
            .arg(courts.at(rng.bounded(courts.size())), types.at(rng.bounded(types.size())))
            .arg(1 + rng.bounded(3000))
            .arg(names.at(rng.bounded(names.size())), names.at(rng.bounded(names.size())));
    case 1:
        return QStringLiteral("被告于%1年%2月%3日向原告借款人民币%4元，约定月利率1.5%。")
            .arg(2015 + rng.bounded(9))
            .arg(1 + rng.bounded(12))
            .arg(1 + rng.bounded(28))
            .arg(1000 * (1 + rng.bounded(900)));
    default:
        return QStringLiteral("联系电话13%1，住所地兰州市城关区庆阳路%2号。")
            .arg(rng.bounded(100000000, 999999999))
            .arg(1 + rng.bounded(400));
    }
}

// Splits a paragraph into lines that fit; Tibetan breaks after a tsheg or shad, Chinese anywhere.
QStringList wrap(const QString& para, const QFontMetricsF& fm, double width, bool tibetan)
{
    QStringList out;
    QString line;
    int lastBreak = -1;
    for (int i = 0; i < para.size(); ++i) {
        line += para.at(i);
        if (tibetan && (para.at(i) == QChar(0x0F0B) || para.at(i) == QChar(0x0F0D) ||
                        para.at(i) == QLatin1Char(' ')))
            lastBreak = line.size();
        if (fm.horizontalAdvance(line) > width) {
            if (tibetan && lastBreak > 0) {
                out << line.left(lastBreak);
                line = line.mid(lastBreak);
            } else {
                line.chop(1);
                out << line;
                line = para.at(i);
            }
            lastBreak = -1;
        }
    }
    if (!line.isEmpty())
        out << line;
    return out;
}

void drawSeal(QPainter& p, QPointF centre, double radius, QRandomGenerator& rng)
{
    const QColor red(200 + rng.bounded(40), 20 + rng.bounded(40), 30 + rng.bounded(40));
    p.save();
    p.setCompositionMode(QPainter::CompositionMode_Multiply);
    p.setRenderHint(QPainter::Antialiasing);
    p.setOpacity(0.75 + rng.bounded(20) / 100.0);
    p.setPen(QPen(red, radius * 0.05));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(centre, radius, radius);
    // A five-pointed star in the middle.
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double r = (i % 2 == 0) ? radius * 0.28 : radius * 0.11;
        const double a = -M_PI / 2 + i * M_PI / 5;
        const QPointF pt(centre.x() + r * std::cos(a), centre.y() + r * std::sin(a));
        if (i == 0)
            star.moveTo(pt);
        else
            star.lineTo(pt);
    }
    star.closeSubpath();
    p.fillPath(star, red);
    // The court name along the upper arc, and a line below the star.
    const QString name = QStringLiteral("甘肃省兰州市城关区人民法院");
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(int(radius * 0.2));
    f.setBold(true);
    p.setFont(f);
    p.setPen(red);
    const double span = M_PI * 1.25;
    for (int i = 0; i < name.size(); ++i) {
        const double a = -M_PI / 2 - span / 2 + span * (i + 0.5) / name.size();
        p.save();
        p.translate(centre.x() + radius * 0.76 * std::cos(a),
                    centre.y() + radius * 0.76 * std::sin(a));
        p.rotate(qRadiansToDegrees(a) + 90);
        p.drawText(QRectF(-radius * 0.12, -radius * 0.12, radius * 0.24, radius * 0.24),
                   Qt::AlignCenter, name.mid(i, 1));
        p.restore();
    }
    f.setPixelSize(int(radius * 0.17));
    p.setFont(f);
    p.drawText(
        QRectF(centre.x() - radius * 0.6, centre.y() + radius * 0.35, radius * 1.2, radius * 0.25),
        Qt::AlignCenter, QStringLiteral("诉讼服务专用章"));
    p.restore();
}

QImage gaussianBlur(const QImage& src, double sigma)
{
    const int r = int(std::ceil(sigma * 2.5));
    QVector<double> k(2 * r + 1);
    double sum = 0;
    for (int i = -r; i <= r; ++i)
        sum += (k[i + r] = std::exp(-i * i / (2 * sigma * sigma)));
    for (double& v : k)
        v /= sum;
    QImage a = src.convertToFormat(QImage::Format_RGB32);
    QImage b(a.size(), QImage::Format_RGB32);
    const int w = a.width();
    const int h = a.height();
    for (int pass = 0; pass < 2; ++pass) {
        const QImage& in = pass == 0 ? a : b;
        QImage& out = pass == 0 ? b : a;
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                double cr = 0, cg = 0, cb = 0;
                for (int i = -r; i <= r; ++i) {
                    const int xx = pass == 0 ? qBound(0, x + i, w - 1) : x;
                    const int yy = pass == 0 ? y : qBound(0, y + i, h - 1);
                    const QRgb px = reinterpret_cast<const QRgb*>(in.constScanLine(yy))[xx];
                    cr += k[i + r] * qRed(px);
                    cg += k[i + r] * qGreen(px);
                    cb += k[i + r] * qBlue(px);
                }
                reinterpret_cast<QRgb*>(out.scanLine(y))[x] =
                    qRgb(int(cr + 0.5), int(cg + 0.5), int(cb + 0.5));
            }
        }
    }
    return a;
}

void addSpeckle(QImage& img, double fraction, QRandomGenerator& rng)
{
    const qint64 n = qint64(img.width()) * img.height() * fraction;
    for (qint64 i = 0; i < n; ++i) {
        const int x = rng.bounded(img.width() - 2);
        const int y = rng.bounded(img.height() - 2);
        const int v = rng.bounded(100) < 70 ? rng.bounded(60) : 255; // mostly dark specks
        const int size = rng.bounded(100) < 80 ? 1 : 2;
        for (int dy = 0; dy < size; ++dy)
            for (int dx = 0; dx < size; ++dx)
                img.setPixel(x + dx, y + dy, qRgb(v, v, v));
    }
}

QImage renderPage(const QStringList& lines, const PageSpec& s, bool tibetan, QRandomGenerator& rng)
{
    QImage page(kPageW, kPageH, QImage::Format_RGB32);
    const QColor paper =
        s.colour ? QColor(250 - rng.bounded(8), 248 - rng.bounded(8), 240 - rng.bounded(12))
                 : QColor(Qt::white);
    page.fill(paper);
    QPainter p(&page);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont f(s.font);
    f.setPixelSize(int(s.pointSize * kDpi / 72.0));
    p.setFont(f);
    p.setPen(QColor(20, 20, 25));
    const QFontMetricsF fm(f);
    const double lineH = fm.height() * (tibetan ? 1.5 : 1.6);
    double y = 170 + fm.ascent();
    for (const QString& l : lines) {
        p.drawText(QPointF(160, y), l);
        y += lineH;
    }
    if (s.seal) {
        // Over the text, as a seal on a receipt or a filed document usually is.
        const double radius = 190 + rng.bounded(30);
        const double cy = qMin(y - lineH * 3, 400.0 + rng.bounded(int(qMax(200.0, y - 800))));
        drawSeal(p, QPointF(500 + rng.bounded(700), cy), radius, rng);
    }
    p.end();
    if (s.skewDeg != 0) {
        QTransform t;
        t.rotate(s.skewDeg);
        QImage rotated = page.transformed(t, Qt::SmoothTransformation);
        QImage out(kPageW, kPageH, QImage::Format_RGB32);
        out.fill(paper);
        QPainter q(&out);
        q.drawImage(QPointF((kPageW - rotated.width()) / 2.0, (kPageH - rotated.height()) / 2.0),
                    rotated);
        q.end();
        // transformed() fills the corners black-transparent; the paper colour covers them.
        page = out;
    }
    if (s.blurSigma > 0)
        page = gaussianBlur(page, s.blurSigma);
    if (s.speckle > 0)
        addSpeckle(page, s.speckle, rng);
    if (!s.colour)
        page = page.convertToFormat(QImage::Format_Grayscale8);
    return page;
}

// A minimal scanned PDF: each page one DCT (JPEG) image, the page sized from 200 dpi.
bool writePdf(const QString& path, const QVector<QByteArray>& jpegs, const QVector<QSize>& sizes,
              const QVector<bool>& colour, int repeat)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QVector<qint64> offsets;
    auto obj = [&](const QByteArray& body) {
        offsets << f.pos();
        f.write(QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n");
    };
    const int n = jpegs.size() * repeat;
    f.write("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    QByteArray kids;
    for (int i = 0; i < n; ++i)
        kids += QByteArray::number(3 + i * 3) + " 0 R ";
    obj("<< /Type /Catalog /Pages 2 0 R >>");
    obj("<< /Type /Pages /Count " + QByteArray::number(n) + " /Kids [" + kids + "] >>");
    for (int i = 0; i < n; ++i) {
        const int k = i % jpegs.size();
        const double wpt = sizes[k].width() * 72.0 / kDpi;
        const double hpt = sizes[k].height() * 72.0 / kDpi;
        const int self = 3 + i * 3;
        obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(wpt, 'f', 2) + " " +
            QByteArray::number(hpt, 'f', 2) + "] /Resources << /XObject << /Im0 " +
            QByteArray::number(self + 2) + " 0 R >> >> /Contents " + QByteArray::number(self + 1) +
            " 0 R >>");
        const QByteArray content = "q " + QByteArray::number(wpt, 'f', 2) + " 0 0 " +
                                   QByteArray::number(hpt, 'f', 2) + " 0 0 cm /Im0 Do Q";
        obj("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream");
        obj("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(sizes[k].width()) +
            " /Height " + QByteArray::number(sizes[k].height()) + " /ColorSpace " +
            (colour[k] ? "/DeviceRGB" : "/DeviceGray") +
            " /BitsPerComponent 8 /Filter /DCTDecode /Length " +
            QByteArray::number(jpegs[k].size()) + " >>\nstream\n" + jpegs[k] + "\nendstream");
    }
    const qint64 xref = f.pos();
    f.write("xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n");
    for (qint64 o : offsets)
        f.write(QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n");
    f.write("trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
            " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n");
    return f.error() == QFile::NoError;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("output folder"),
                                 QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh or bo"),
                                  QStringLiteral("L"), QStringLiteral("zh"));
    const QCommandLineOption pages(QStringLiteral("pages"), QStringLiteral("page count"),
                                   QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("seed"),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption corpus(QStringLiteral("corpus"), QStringLiteral("statute corpus"),
                                    QStringLiteral("DIR"));
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("paragraph file"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption split(QStringLiteral("split"), QStringLiteral("dev or heldout"),
                                   QStringLiteral("S"), QStringLiteral("dev"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("scanned PDF"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption repeat(QStringLiteral("pdf-repeat"), QStringLiteral("repeat pages"),
                                    QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption preview(QStringLiteral("preview"),
                                     QStringLiteral("also write half-size PNG previews"));
    p.addOptions({out, lang, pages, seed, corpus, text, split, pdf, repeat, preview});
    p.process(app);
    QTextStream err(stderr);
    if (!p.isSet(out) || (!p.isSet(corpus) && !p.isSet(text))) {
        err << "usage: ocr_devset_gen --out DIR --lang zh|bo --pages N [--seed S] "
               "(--corpus DIR | --text FILE) [--split dev|heldout] [--pdf OUT.pdf]\n";
        return 2;
    }
    const bool tibetan = p.value(lang) == QLatin1String("bo");
    QRandomGenerator rng(p.value(seed).toUInt());
    const QStringList paras = p.isSet(text) ? fileParagraphs(p.value(text), p.value(split))
                                            : chineseParagraphs(p.value(corpus), p.value(split));
    if (paras.isEmpty()) {
        err << "no text found\n";
        return 1;
    }
    const QStringList fonts =
        tibetan
            ? QStringList{QStringLiteral("Noto Serif Tibetan"),
                          QStringLiteral("Tibetan Machine Uni")}
            : QStringList{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                          QStringLiteral("AR PL UMing CN"), QStringLiteral("AR PL UKai CN")};
    for (const QString& fam : fonts) {
        if (!QFontDatabase::families().contains(fam))
            err << "warning: font not installed: " << fam << "\n";
    }
    QDir dir(p.value(out));
    dir.mkpath(QStringLiteral("."));
    QFile manifest(dir.filePath(QStringLiteral("manifest.tsv")));
    manifest.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QTextStream ms(&manifest);
    ms << "file\tlang\tfont\tpt\tskew\tblur\tspeckle\tcolour\tseal\n";
    QVector<QByteArray> jpegs;
    QVector<QSize> sizes;
    QVector<bool> colours;
    const int n = p.value(pages).toInt();
    for (int i = 0; i < n; ++i) {
        PageSpec s;
        s.font = fonts.at(i % fonts.size());
        s.pointSize = tibetan ? 14 + rng.bounded(5) : 11 + rng.bounded(4);
        if (rng.bounded(100) < 60)
            s.skewDeg = (1.0 + rng.bounded(100) / 100.0) * (rng.bounded(2) ? 1 : -1);
        if (rng.bounded(100) < 50)
            s.blurSigma = 0.6 + rng.bounded(60) / 100.0;
        if (rng.bounded(100) < 50)
            s.speckle = 0.0005 + rng.bounded(15) / 10000.0;
        s.colour = rng.bounded(100) < 45;
        s.seal = s.colour && rng.bounded(100) < 75;

        QFont f(s.font);
        f.setPixelSize(int(s.pointSize * kDpi / 72.0));
        const QFontMetricsF fm(f);
        const double lineH = fm.height() * (tibetan ? 1.5 : 1.6);
        const int maxLines = int((kPageH - 340) / lineH);
        QStringList lines;
        int guard = 0;
        while (lines.size() < maxLines && guard++ < 200) {
            QString para = paras.at(rng.bounded(paras.size()));
            if (!tibetan && rng.bounded(100) < 25)
                para = syntheticLine(rng);
            lines += wrap(para, fm, kPageW - 320, tibetan);
        }
        lines = lines.mid(0, maxLines);
        const QImage img = renderPage(lines, s, tibetan, rng);
        const QString stem = QStringLiteral("p%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        QByteArray jpeg;
        QBuffer buf(&jpeg);
        buf.open(QIODevice::WriteOnly);
        QImage withDpi = img;
        withDpi.setDotsPerMeterX(qRound(kDpi / 0.0254));
        withDpi.setDotsPerMeterY(qRound(kDpi / 0.0254));
        withDpi.save(&buf, "JPEG", 35);
        QFile jf(dir.filePath(stem + QStringLiteral(".jpg")));
        jf.open(QIODevice::WriteOnly);
        jf.write(jpeg);
        if (p.isSet(preview))
            QImage::fromData(jpeg)
                .scaled(img.size() / 2, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                .save(dir.filePath(stem + QStringLiteral("-preview.png")));
        QFile gt(dir.filePath(stem + QStringLiteral(".gt.txt")));
        gt.open(QIODevice::WriteOnly);
        gt.write(lines.join(QLatin1Char('\n')).toUtf8() + "\n");
        ms << stem << ".jpg\t" << (tibetan ? "bo" : "zh") << "\t" << s.font << "\t" << s.pointSize
           << "\t" << s.skewDeg << "\t" << s.blurSigma << "\t" << s.speckle << "\t" << int(s.colour)
           << "\t" << int(s.seal) << "\n";
        jpegs << jpeg;
        sizes << img.size();
        colours << s.colour;
    }
    if (p.isSet(pdf) &&
        !writePdf(p.value(pdf), jpegs, sizes, colours, qMax(1, p.value(repeat).toInt()))) {
        err << "cannot write " << p.value(pdf) << "\n";
        return 1;
    }
    return 0;
}
