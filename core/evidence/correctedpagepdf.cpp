#include "correctedpagepdf.h"

#include "drafting/pdffonts.h"
#include "drafting/pdfpostprocess.h"
#include "evidencelogging.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace cd {

namespace {

struct Line
{
    QRectF box;
};

// Groups word boxes into lines: a word joins a line it overlaps vertically by half its height.
QVector<Line> linesOf(const QVector<ocr::OcrWord>& words, double sx, double sy)
{
    QVector<QRectF> boxes;
    for (const ocr::OcrWord& w : words) {
        if (!w.box.isEmpty())
            boxes << QRectF(w.box.x() * sx, w.box.y() * sy, w.box.width() * sx,
                            w.box.height() * sy);
    }
    std::sort(boxes.begin(), boxes.end(),
              [](const QRectF& a, const QRectF& b) { return a.center().y() < b.center().y(); });
    QVector<Line> lines;
    for (const QRectF& b : std::as_const(boxes)) {
        if (!lines.isEmpty()) {
            QRectF& last = lines.last().box;
            const double overlap =
                std::min(last.bottom(), b.bottom()) - std::max(last.top(), b.top());
            if (overlap >= 0.5 * std::min(last.height(), b.height())) {
                last = last.united(b);
                continue;
            }
        }
        lines.append(Line{b});
    }
    return lines;
}

QFont layerFont(const QString& text)
{
    bool tibetan = false;
    for (QChar c : text)
        tibetan = tibetan || (c.unicode() >= 0x0F00 && c.unicode() <= 0x0FFF);
    QFont f(tibetan ? QStringLiteral("Noto Serif Tibetan") : QStringLiteral("Noto Sans CJK SC"));
    f.setStyleStrategy(QFont::NoFontMerging);
    return f;
}

} // namespace

Result<QByteArray> CorrectedPagePdf::render(const QImage& image, const ocr::OcrPage& page,
                                            const QString& correctedText)
{
    if (image.isNull())
        return makeError(ErrorCode::InvalidInput, tr("The page image is missing or unreadable."));
    const int dpi = page.dpi > 0 ? page.dpi : 200;
    const QSize ref = page.imageSize.isValid() ? page.imageSize : image.size();
    const double sx = double(image.width()) / ref.width();
    const double sy = double(image.height()) / ref.height();

    QStringList text;
    for (const QString& l : correctedText.split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            text << l.trimmed();
    }
    QVector<Line> lines = linesOf(page.words, sx, sy);
    if (lines.size() != text.size()) {
        // Counts differ: the corrected lines share the recognised text area (or the page).
        QRectF area;
        for (const Line& l : std::as_const(lines))
            area = area.isNull() ? l.box : area.united(l.box);
        if (area.isNull())
            area = QRectF(QPointF(0, 0), QSizeF(image.size()))
                       .adjusted(image.width() * 0.08, image.height() * 0.08, -image.width() * 0.08,
                                 -image.height() * 0.08);
        lines.clear();
        const double h = text.isEmpty() ? 0 : area.height() / text.size();
        for (int i = 0; i < text.size(); ++i)
            lines.append(Line{QRectF(area.left(), area.top() + i * h, area.width(), h * 0.8)});
    }

    const QFont base = layerFont(correctedText);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(dpi * image.width() / std::max(1, ref.width()));
        writer.setPageSize(QPageSize(QSizeF(ref.width() * 72.0 / dpi, ref.height() * 72.0 / dpi),
                                     QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(QStringLiteral("CourtDesk"));
        QPainter p;
        if (!p.begin(&writer))
            return makeError(ErrorCode::Io, tr("The PDF page could not be started."));
        p.drawImage(QRectF(QPointF(0, 0), QSizeF(image.size())), image);
        // Invisible but extractable: a fully transparent pen still writes the glyphs.
        p.setPen(QColor(0, 0, 0, 0));
        for (int i = 0; i < text.size(); ++i) {
            const QRectF box = lines.at(i).box;
            QFont f = base;
            f.setPixelSize(std::max(4, int(box.height() * 0.85)));
            p.setFont(f);
            const QFontMetricsF fm(f, &writer);
            const double w = fm.horizontalAdvance(text.at(i));
            p.save();
            p.translate(box.left(), box.top() + (box.height() + fm.ascent() - fm.descent()) / 2);
            if (w > 0)
                p.scale(box.width() / w, 1.0);
            p.drawText(QPointF(0, 0), text.at(i));
            p.restore();
        }
        p.end();
    }
    PdfFontSet fonts;
    fonts.add(base);
    auto fixed = PdfPostProcessor::process(buffer.data(), text.join(QString()), fonts.fonts());
    if (!fixed)
        return fixed.error();
    qCDebug(lcEvidence) << "corrected page" << page.pageNumber << text.size() << "lines,"
                        << fixed->size() << "bytes";
    return fixed.value();
}

Result<QImage> CorrectedPagePdf::imageOf(const QString& pagePdf)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(ErrorCode::Io, tr("No temporary folder for the page image."));
    QProcess proc;
    proc.start(QStringLiteral("pdfimages"),
               {QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
                QStringLiteral("-l"), QStringLiteral("1"), pagePdf,
                dir.filePath(QStringLiteral("img"))});
    if (!proc.waitForFinished(60000) || proc.exitStatus() != QProcess::NormalExit ||
        proc.exitCode() != 0)
        return makeError(ErrorCode::Io, tr("The page image could not be taken from the PDF."),
                         QString::fromLocal8Bit(proc.readAllStandardError()));
    const QStringList found =
        QDir(dir.path()).entryList({QStringLiteral("img-*")}, QDir::Files, QDir::Name);
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound, tr("The page PDF holds no image."));
    QImage img(QDir(dir.path()).filePath(found.first()));
    if (img.isNull())
        return makeError(ErrorCode::Corrupt, tr("The page image could not be read."));
    return img;
}

} // namespace cd
