#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cd {

// Poppler 22.12 draws a signature's text with whatever font fontconfig returns for "Helvetica"
// and embeds that whole font file plus a 64K-entry width table and CID map. With Noto Sans that
// is ~0.9 MB per signed file, and with a CJK font 17-20 MB. Our visible appearance is an image,
// so the worker process points fontconfig at a tiny font without outlines: the mandatory text
// becomes invisible and the signed file grows by ~0.4 MB plus the image.
class SigningFonts
{
    Q_DECLARE_TR_FUNCTIONS(cd::SigningFonts)
public:
    // A valid TrueType font (~600 bytes) whose glyphs are all empty; printable ASCII is mapped.
    static QByteArray blankTrueTypeFont();

    // Writes the font and a fonts.conf into dir and sets FONTCONFIG_FILE. Only for a process that
    // renders no text of its own (the CLI worker), and before poppler first asks fontconfig.
    static Result<void> useBlankFontForSignatureText(const QString& dir);
};

} // namespace cd
