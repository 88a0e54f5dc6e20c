#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRawFont>
#include <QString>

namespace cd {

struct PdfPostProcessStats
{
    int cmapEntriesFixed = 0; // ToUnicode entries pointed back at the document's characters
    int fontsTagged = 0;      // fonts renamed with their subset tag
};

// Repairs two defects of QPdfWriter output, so the text extracts exactly and tools see the
// fonts as subsets:
//  * Qt builds each font's ToUnicode map from the lowest code point the font maps to a glyph.
//    CJK fonts map Kangxi and supplementary radicals (U+2E80–U+2FDF) to the same glyphs as
//    ordinary ideographs, and some map control characters to the space glyph, so 人 extracted
//    as ⼈ and spaces vanished. Every entry whose code point the document does not use is
//    replaced by the document character that has the same glyph in that font.
//  * Qt tags the FontDescriptor's FontName as a subset (ABCDEF+Name) but not the BaseFont of
//    the Type0 and CIDFont dictionaries; they get the same tag.
// It parses only the plain structure Qt writes (uncompressed object table, classic xref) and
// writes a new xref; anything else is reported as an error rather than guessed at.
class PdfPostProcessor
{
    Q_DECLARE_TR_FUNCTIONS(cd::PdfPostProcessor)
public:
    // fonts: the raw fonts the document was drawn with (matched by PostScript name).
    static Result<QByteArray> process(const QByteArray& pdf, const QString& documentText,
                                      const QList<QRawFont>& fonts,
                                      PdfPostProcessStats* stats = nullptr);

    // The PostScript name (name table, ID 6) of a font, as PDF writers use for BaseFont.
    static QString postScriptName(const QRawFont& font);
};

} // namespace cd
