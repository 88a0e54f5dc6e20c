#pragma once

#include "paragraphstyles.h"

#include <QFont>
#include <QString>
#include <QStringList>

namespace cd {

// Picks the installed font for each face of a court document (仿宋 body, 小标宋 titles, 楷 for
// quoted statutes), closest first, and says which one it chose. Needs a QGuiApplication.
class DocumentFonts
{
public:
    // Registers fonts from known folders (FandolFang and friends unpacked by install-deps.sh,
    // a TeX Live tree, $COURTDESK_FONT_DIR) once per process, then resolves every face.
    static const DocumentFonts& instance();

    QString family(ParagraphStyle::Face face) const;
    // True when the face is the real one (e.g. an actual 仿宋), not a substitute.
    bool exact(ParagraphStyle::Face face) const;
    // The font for a style in points, with the CJK fallback behind the chosen family.
    QFont font(const ParagraphStyle& style) const;
    // e.g. "仿宋: FandolFang; 宋: FandolSong; 楷: FandolKai; fallback: Noto Serif CJK SC".
    QString report() const;

    static const QStringList& candidates(ParagraphStyle::Face face);

private:
    DocumentFonts();
    QString m_family[4];
    bool m_exact[4] = {};
    QString m_fallback;
};

} // namespace cd
