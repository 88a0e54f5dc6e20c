#include "paragraphstyles.h"

namespace cd {

ParagraphStyle ParagraphStyles::style(DraftPart part)
{
    using F = ParagraphStyle::Face;
    using A = ParagraphStyle::Align;
    ParagraphStyle s;
    switch (part) {
    case DraftPart::Court:
        s = {F::Song, 22, true, A::Center, 0, 0, 6, 36, 0};
        break;
    case DraftPart::Title:
        s = {F::Song, 26, true, A::Center, 0, 0, 6, 40, 0};
        break;
    case DraftPart::CaseNo:
        s = {F::Fang, 16, false, A::Right, 0, 6, 6, 28.95, 0};
        break;
    case DraftPart::Addressee:
        s = {F::Fang, 16, false, A::Left, 0, 0, 0, 28.95, 0};
        break;
    case DraftPart::Heading:
        s = {F::Fang, 16, false, A::Justify, 2, 0, 0, 28.95, 0};
        break;
    case DraftPart::Quote:
        s = {F::Kai, 16, false, A::Justify, 2, 0, 0, 28.95, 0};
        break;
    case DraftPart::Signature:
        s = {F::Fang, 16, false, A::Right, 0, 0, 0, 28.95, 0};
        break;
    case DraftPart::Date:
        s = {F::Fang, 16, false, A::Right, 0, 6, 6, 28.95, 0};
        break;
    case DraftPart::Note:
        s = {F::Fang, 14, false, A::Left, 2, 6, 0, 24, 0};
        break;
    case DraftPart::PageBreak:
    case DraftPart::Party:
    case DraftPart::Body:
    case DraftPart::Item:
    case DraftPart::SubItem:
        break;
    }
    return s;
}

} // namespace cd
