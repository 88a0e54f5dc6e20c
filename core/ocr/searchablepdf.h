#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cd::ocr {

// Joins single-page searchable PDFs (written by the workers through TessPDFRenderer) into one
// file. pdfunite and pdfseparate run as their own processes, so no PDF is parsed in ours; the
// output is written to a temporary name and renamed, so a failure leaves no half file.
class SearchablePdf
{
    Q_DECLARE_TR_FUNCTIONS(cd::ocr::SearchablePdf)
public:
    static Result<void> assemble(const QStringList& pagePdfs, const QString& outFile);
    // Copies page n of a PDF unchanged into outFile (a page that could not be recognised
    // still belongs in the output, without a text layer).
    static Result<void> extractPage(const QString& pdf, int n, const QString& password,
                                    const QString& outFile);
};

} // namespace cd::ocr
