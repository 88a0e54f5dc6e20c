#pragma once

#include <QFont>
#include <QList>
#include <QRawFont>
#include <QSet>
#include <QString>

namespace cd {

// The raw fonts behind the QFonts a PDF was painted with, for PdfPostProcessor::process (which
// matches them by PostScript name): each family of each font added (its CJK fallbacks too), in
// the font's weight, once. Needs a QGuiApplication.
class PdfFontSet
{
public:
    void add(const QFont& font);
    const QList<QRawFont>& fonts() const { return m_fonts; }

private:
    QList<QRawFont> m_fonts;
    QSet<QString> m_seen;
};

} // namespace cd
