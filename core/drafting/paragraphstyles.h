#pragma once

#include "draftdocument.h"

#include <QString>

namespace cd {

// The typesetting of each document part, shared by the PDF export, the page preview, the editor
// and the ODT/DOCX styles so all of them agree. Sizes follow the usual court-document practice:
// court name 二号, title 一号 (小标宋 faces), body 仿宋 三号 (16 pt).
struct ParagraphStyle
{
    enum class Face { Song, Fang, Hei, Kai }; // 小标宋/宋, 仿宋, 黑, 楷
    enum class Align { Left, Center, Right, Justify };

    Face face = Face::Fang;
    double pointSize = 16;
    bool bold = false;
    Align align = Align::Justify;
    double firstLineIndentEm = 2; // 首行缩进两字
    double spaceBeforePt = 0;
    double spaceAfterPt = 0;
    double lineHeightPt = 28.95; // fixed leading: 22 lines on the standard page
    double letterSpacingEm = 0;  // extra spacing between characters; in em
};

class ParagraphStyles
{
public:
    static ParagraphStyle style(DraftPart part);
    // The page in millimetres: A4 with the margins of GB/T 9704.
    static constexpr double pageWidthMm = 210;
    static constexpr double pageHeightMm = 297;
    static constexpr double marginTopMm = 37;
    static constexpr double marginBottomMm = 35;
    static constexpr double marginLeftMm = 28;
    static constexpr double marginRightMm = 26;
};

} // namespace cd
