#pragma once

#include "common/result.h"
#include "ocr/ocrtypes.h"

#include <QCoreApplication>
#include <QImage>

namespace cd {

// A searchable page whose invisible text layer carries a person's correction instead of the OCR
// text: the page image, then each corrected line drawn transparent over the box of the line it
// replaces, stretched to the box, so a search hit lands where the words are. Lines are matched
// to recognised lines in order; when the counts differ the lines share the text area evenly.
class CorrectedPagePdf
{
    Q_DECLARE_TR_FUNCTIONS(cd::CorrectedPagePdf)
public:
    // image: the page as scanned (any size; boxes in page.words are scaled to it).
    static Result<QByteArray> render(const QImage& image, const ocr::OcrPage& page,
                                     const QString& correctedText);
    // The image a single-page searchable PDF (from TessPDFRenderer) shows, extracted with
    // pdfimages in its own process, so no PDF is parsed here.
    static Result<QImage> imageOf(const QString& pagePdf);
};

} // namespace cd
