#include "pdffonts.h"

namespace cd {

void PdfFontSet::add(const QFont& font)
{
    for (const QString& family : font.families()) {
        const QString key = family + (font.bold() ? QStringLiteral("|b") : QString());
        if (m_seen.contains(key))
            continue;
        m_seen.insert(key);
        // The size does not matter for glyph look-ups; a fresh font of the one family gives
        // that family's own face rather than a merged fallback.
        QFont f(family);
        f.setBold(font.bold());
        f.setPointSizeF(12);
        const QRawFont raw = QRawFont::fromFont(f);
        if (raw.isValid())
            m_fonts << raw;
    }
}

} // namespace cd
