#pragma once
// Small scanned pages for the OCR tests: rendered with QPainter at 200 dpi, optionally with a
// red seal over the text, saved as JPEG at quality 35, and wrapped into scanned PDFs.

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QStringList>
#include <QtMath>

#include <cmath>

namespace ocrtest {

inline QImage renderPage(const QStringList& lines, bool seal = false,
                         const QString& font = QStringLiteral("Noto Sans CJK SC"))
{
    QImage img(1400, 180 + 90 * lines.size(), QImage::Format_RGB32);
    img.fill(QColor(252, 250, 245));
    QPainter p(&img);
    QFont f(font);
    f.setPixelSize(42); // about 15 pt at 200 dpi
    p.setFont(f);
    p.setPen(QColor(20, 20, 20));
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(QPointF(80, 120 + i * 90), lines.at(i));
    if (seal) {
        p.setCompositionMode(QPainter::CompositionMode_Multiply);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor red(220, 40, 50);
        p.setPen(QPen(red, 10));
        p.drawEllipse(QPointF(500, img.height() / 2.0), 170, 170);
        QFont sf(QStringLiteral("Noto Sans CJK SC"));
        sf.setPixelSize(40);
        sf.setBold(true);
        p.setFont(sf);
        p.setPen(red);
        p.drawText(QRectF(330, img.height() / 2.0 - 30, 340, 60), Qt::AlignCenter,
                   QStringLiteral("人民法院专用章"));
        p.setBrush(red);
        p.drawEllipse(QPointF(500, img.height() / 2.0 - 90), 30, 30);
    }
    p.end();
    return img;
}

// Columns of text written top to bottom, right to left, as in traditional vertical layout.
inline QImage renderVerticalPage(const QStringList& columns)
{
    const int cell = 56;
    int rows = 0;
    for (const QString& c : columns)
        rows = qMax(rows, int(c.size()));
    QImage img(200 + columns.size() * cell * 2, 200 + rows * cell, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    QFont f(QStringLiteral("Noto Serif CJK SC"));
    f.setPixelSize(46);
    p.setFont(f);
    p.setPen(Qt::black);
    for (int c = 0; c < columns.size(); ++c) {
        const int x = img.width() - 100 - (c + 1) * cell * 2;
        for (int r = 0; r < columns.at(c).size(); ++r)
            p.drawText(QRect(x, 100 + r * cell, cell, cell), Qt::AlignCenter,
                       columns.at(c).mid(r, 1));
    }
    p.end();
    return img;
}

inline QByteArray jpeg(const QImage& img, int quality = 35)
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    QImage i = img;
    i.setDotsPerMeterX(qRound(200 / 0.0254));
    i.setDotsPerMeterY(qRound(200 / 0.0254));
    i.save(&b, "JPEG", quality);
    return out;
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A scanned PDF: one DCT image per page at 200 dpi. declaredPages lets a test lie in /Count;
// overlay is drawn over each scan; flipped places the scans upside down; flate stores the
// pixels losslessly (FlateDecode, as PDFs made from PNG scans do) instead of as JPEG.
inline QByteArray scannedPdf(const QVector<QImage>& pages, int declaredPages = -1,
                             const QByteArray& overlay = {}, bool flipped = false,
                             bool flate = false)
{
    QByteArray out = "%PDF-1.4\n";
    QVector<int> offsets;
    auto obj = [&](const QByteArray& body) {
        offsets << out.size();
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    QByteArray kids;
    for (int i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(3 + i * 3) + " 0 R ";
    obj("<< /Type /Catalog /Pages 2 0 R >>");
    obj("<< /Type /Pages /Count " +
        QByteArray::number(declaredPages >= 0 ? declaredPages : pages.size()) + " /Kids [" + kids +
        "] >>");
    for (int i = 0; i < pages.size(); ++i) {
        const QImage& img = pages.at(i);
        QByteArray data;
        if (flate) {
            const QImage rgb = img.convertToFormat(QImage::Format_RGB888);
            QByteArray raw;
            for (int y = 0; y < rgb.height(); ++y)
                raw.append(reinterpret_cast<const char*>(rgb.constScanLine(y)), rgb.width() * 3);
            data = qCompress(raw).mid(4); // qCompress puts the length before the zlib stream
        } else {
            data = jpeg(img);
        }
        const double w = img.width() * 72.0 / 200;
        const double h = img.height() * 72.0 / 200;
        const int self = 3 + i * 3;
        obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(w, 'f', 2) + " " +
            QByteArray::number(h, 'f', 2) + "] /Resources << /XObject << /Im0 " +
            QByteArray::number(self + 2) + " 0 R >> >> /Contents " + QByteArray::number(self + 1) +
            " 0 R >>");
        const QByteArray ww = QByteArray::number(w, 'f', 2);
        const QByteArray hh = QByteArray::number(h, 'f', 2);
        const QByteArray content =
            (flipped ? "q " + ww + " 0 0 -" + hh + " 0 " + hh + " cm /Im0 Do Q"
                     : "q " + ww + " 0 0 " + hh + " 0 0 cm /Im0 Do Q") +
            (overlay.isEmpty() ? QByteArray() : " " + overlay);
        obj("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream");
        obj("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(img.width()) +
            " /Height " + QByteArray::number(img.height()) +
            " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter " +
            (flate ? "/FlateDecode" : "/DCTDecode") + " /Length " +
            QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream");
    }
    const int xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (int o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

inline quint32 crc32(const QByteArray& data)
{
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return c ^ 0xFFFFFFFFu;
}

// The header of a PNG claiming width x height pixels, followed by a tiny (wrong) body: enough
// for any decoder that trusts the header to try a huge allocation.
inline QByteArray hugePngHeader(quint32 width, quint32 height)
{
    auto be = [](quint32 v) {
        QByteArray b(4, 0);
        b[0] = char(v >> 24);
        b[1] = char(v >> 16);
        b[2] = char(v >> 8);
        b[3] = char(v);
        return b;
    };
    QByteArray ihdr = "IHDR" + be(width) + be(height) + QByteArray("\x08\x02\x00\x00\x00", 5);
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    out += be(13) + ihdr + be(crc32(ihdr));
    QByteArray idat = "IDAT" + QByteArray("\x78\x9c\x03\x00\x00\x00\x00\x01", 8);
    out += be(8) + idat + be(crc32(idat));
    QByteArray iend = "IEND";
    out += be(0) + iend + be(crc32(iend));
    return out;
}

inline QString normalise(const QString& s)
{
    QString n = s.normalized(QString::NormalizationForm_KC);
    n.remove(QRegularExpression(QStringLiteral("\\s")));
    return n;
}

inline double cer(const QString& refIn, const QString& hypIn)
{
    const QString ref = normalise(refIn);
    const QString hyp = normalise(hypIn);
    QVector<int> prev(hyp.size() + 1), cur(hyp.size() + 1);
    for (int j = 0; j <= hyp.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= ref.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= hyp.size(); ++j)
            cur[j] =
                qMin(qMin(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ref[i - 1] != hyp[j - 1]));
        std::swap(prev, cur);
    }
    return ref.isEmpty() ? 0 : double(prev[hyp.size()]) / ref.size();
}

} // namespace ocrtest
