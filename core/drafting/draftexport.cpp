#include "draftexport.h"

#include "documentfonts.h"
#include "documentlayout.h"
#include "draftinglog.h"
#include "officeexport.h"
#include "pdffonts.h"
#include "pdfpostprocess.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

namespace cd {

Result<ExportFormat> DraftExport::formatForPath(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (ext == QLatin1String("odt"))
        return ExportFormat::Odt;
    if (ext == QLatin1String("docx"))
        return ExportFormat::Docx;
    if (ext == QLatin1String("txt"))
        return ExportFormat::Text;
    return makeError(ErrorCode::Unsupported,
                     tr("Cannot write “%1”: use a .pdf, .odt, .docx or .txt file name.").arg(path));
}

namespace {
// Every font the document may have drawn with (each style's family and the CJK fallback
// behind it), so the post-processor can look glyphs up by PostScript name.
QList<QRawFont> fontsUsed(const DocumentLayout& layout)
{
    PdfFontSet fonts;
    for (QTextBlock b = layout.textDocument()->begin(); b.isValid(); b = b.next()) {
        for (QTextBlock::iterator it = b.begin(); !it.atEnd(); ++it)
            fonts.add(it.fragment().charFormat().font());
        fonts.add(b.charFormat().font());
    }
    ParagraphStyle st; // the page-number font
    st.face = ParagraphStyle::Face::Song;
    fonts.add(DocumentFonts::instance().font(st));
    return fonts.fonts();
}
} // namespace

Result<QByteArray> DraftExport::pdf(const DraftDocument& doc, ExportReport* report)
{
    QElapsedTimer timer;
    timer.start();
    DocumentLayout layout(doc);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(DocumentLayout::dpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(doc.title + QLatin1Char(' ') + doc.caseNumber);
        writer.setCreator(QStringLiteral("CourtDesk"));
        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(ErrorCode::Io, tr("The PDF could not be started."));
        for (int page = 0; page < layout.pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            layout.paintPage(painter, page);
        }
        painter.end();
    }
    // The text the PDF shows: the document and the page numbers.
    QString shown = doc.toPlainText();
    for (int page = 0; page < layout.pageCount(); ++page)
        shown += DocumentLayout::pageNumberText(page);
    PdfPostProcessStats stats;
    auto fixed = PdfPostProcessor::process(buffer.data(), shown, fontsUsed(layout), &stats);
    if (!fixed)
        return fixed.error();
    if (report) {
        report->format = ExportFormat::Pdf;
        report->pages = layout.pageCount();
        report->fonts = DocumentFonts::instance().report();
        report->toUnicodeFixes = stats.cmapEntriesFixed;
        report->bytes = fixed->size();
        report->millis = timer.elapsed();
    }
    qCDebug(lcDrafting) << "pdf:" << layout.pageCount() << "pages," << fixed->size() << "bytes,"
                        << stats.cmapEntriesFixed << "ToUnicode entries fixed," << stats.fontsTagged
                        << "fonts tagged," << timer.elapsed() << "ms";
    return fixed;
}

QByteArray DraftExport::text(const DraftDocument& doc)
{
    return doc.toPlainText().toUtf8();
}

QByteArray DraftExport::odt(const DraftDocument& doc)
{
    return OfficeExport::odt(doc);
}

QByteArray DraftExport::docx(const DraftDocument& doc)
{
    return OfficeExport::docx(doc);
}

Result<ExportReport> DraftExport::write(const DraftDocument& doc, const QString& path)
{
    auto format = formatForPath(path);
    if (!format)
        return format.error();
    QElapsedTimer timer;
    timer.start();
    ExportReport report;
    report.format = format.value();
    report.path = path;
    QByteArray data;
    switch (format.value()) {
    case ExportFormat::Pdf: {
        auto p = pdf(doc, &report);
        if (!p)
            return p.error();
        data = p.value();
        break;
    }
    case ExportFormat::Odt:
        data = odt(doc);
        break;
    case ExportFormat::Docx:
        data = docx(doc);
        break;
    case ExportFormat::Text:
        data = text(doc);
        break;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(path), f.errorString());
    report.bytes = data.size();
    report.millis = timer.elapsed();
    return report;
}

} // namespace cd
