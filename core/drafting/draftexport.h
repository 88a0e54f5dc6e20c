#pragma once

#include "common/result.h"
#include "draftdocument.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

enum class ExportFormat { Pdf, Odt, Docx, Text };

struct ExportReport
{
    ExportFormat format = ExportFormat::Pdf;
    QString path;
    qint64 bytes = 0;
    int pages = 0; // PDF only
    qint64 millis = 0;
    QString fonts;          // which installed fonts the PDF uses (DocumentFonts::report)
    int toUnicodeFixes = 0; // PDF: ToUnicode entries repaired (see PdfPostProcessor)
};

// Writes a drafted document to a file; the format follows the extension (.pdf, .odt, .docx,
// .txt). Files are written atomically (QSaveFile), never half.
class DraftExport
{
    Q_DECLARE_TR_FUNCTIONS(cd::DraftExport)
public:
    static Result<ExportFormat> formatForPath(const QString& path);
    static Result<ExportReport> write(const DraftDocument& doc, const QString& path);

    static Result<QByteArray> pdf(const DraftDocument& doc, ExportReport* report = nullptr);
    static QByteArray odt(const DraftDocument& doc);
    static QByteArray docx(const DraftDocument& doc);
    static QByteArray text(const DraftDocument& doc);
};

} // namespace cd
