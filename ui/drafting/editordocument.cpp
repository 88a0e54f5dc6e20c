#include "editordocument.h"

#include "drafting/documentfonts.h"
#include "drafting/paragraphstyles.h"
#include "statutes/chinesenumber.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

namespace cd::ui::EditorDocument {

namespace {

Qt::Alignment alignment(ParagraphStyle::Align a)
{
    switch (a) {
    case ParagraphStyle::Align::Center:
        return Qt::AlignHCenter;
    case ParagraphStyle::Align::Right:
        return Qt::AlignRight;
    case ParagraphStyle::Align::Left:
        return Qt::AlignLeft;
    case ParagraphStyle::Align::Justify:
        break;
    }
    return Qt::AlignJustify;
}

// Lengths on screen: 1 pt = 96/72 px, as QTextBlockFormat counts them.
double px(double pt)
{
    return pt * 96.0 / 72.0;
}

QTextBlockFormat blockFormat(DraftPart part, bool pageBreak)
{
    const ParagraphStyle st = ParagraphStyles::style(part);
    QTextBlockFormat bf;
    bf.setAlignment(alignment(st.align));
    bf.setTextIndent(px(st.pointSize * st.firstLineIndentEm));
    bf.setTopMargin(px(st.spaceBeforePt));
    bf.setBottomMargin(px(st.spaceAfterPt));
    bf.setLineHeight(px(st.lineHeightPt), QTextBlockFormat::FixedHeight);
    bf.setProperty(PartProperty, draftPartKey(part));
    if (pageBreak)
        bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    return bf;
}

QTextCharFormat charFormat(DraftPart part)
{
    QTextCharFormat cf;
    cf.setFont(screenFont(part), QTextCharFormat::FontPropertiesAll);
    return cf;
}

const QRegularExpression& itemNumber()
{
    static const QRegularExpression re(QStringLiteral("^[一二三四五六七八九十百]+、"));
    return re;
}

} // namespace

QFont screenFont(DraftPart part)
{
    return DocumentFonts::instance().font(ParagraphStyles::style(part));
}

DraftPart partOf(const QTextBlock& block)
{
    DraftPart p = DraftPart::Body;
    draftPartFromKey(block.blockFormat().property(PartProperty).toString(), &p);
    return p;
}

void load(QTextDocument* target, const DraftDocument& doc, const QString& richText)
{
    target->clear();
    QVector<DraftParagraph> paras;
    QVector<bool> breaks;
    bool pending = false;
    for (const DraftParagraph& p : doc.paragraphs) {
        if (p.part == DraftPart::PageBreak) {
            pending = true;
            continue;
        }
        paras << p;
        breaks << pending;
        pending = false;
    }
    if (!richText.isEmpty()) {
        // The saved HTML keeps the judge's own formatting; parts are not in HTML, so they come
        // back from the document, paragraph by paragraph.
        target->setHtml(richText);
        if (target->blockCount() == paras.size()) {
            QTextCursor c(target);
            int i = 0;
            for (QTextBlock b = target->begin(); b.isValid(); b = b.next(), ++i) {
                c.setPosition(b.position());
                QTextBlockFormat bf = b.blockFormat();
                bf.setProperty(PartProperty, draftPartKey(paras.at(i).part));
                c.setBlockFormat(bf);
            }
            return;
        }
        target->clear(); // the HTML does not fit the paragraphs: start from the document
    }
    QTextCursor c(target);
    for (int i = 0; i < paras.size(); ++i) {
        if (i == 0) {
            c.setBlockFormat(blockFormat(paras.at(i).part, breaks.at(i)));
            c.setBlockCharFormat(charFormat(paras.at(i).part));
        } else {
            c.insertBlock(blockFormat(paras.at(i).part, breaks.at(i)),
                          charFormat(paras.at(i).part));
        }
        for (const TextRun& run : textRuns(paras.at(i))) {
            QTextCharFormat cf = charFormat(paras.at(i).part);
            if (run.bold)
                cf.setFontWeight(QFont::Bold);
            c.insertText(run.text, cf);
        }
    }
}

DraftDocument extract(const QTextDocument* source, const DraftDocument& meta)
{
    DraftDocument d = meta;
    d.paragraphs.clear();
    for (QTextBlock b = source->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore &&
            !d.paragraphs.isEmpty())
            d.paragraphs << DraftParagraph{DraftPart::PageBreak, QString(), {}};
        QString text = b.text();
        text.replace(QChar::LineSeparator, QLatin1Char(' '));
        if (text.trimmed().isEmpty())
            continue; // empty lines are spacing in the editor, not paragraphs of the document
        DraftParagraph para{partOf(b), text, {}};
        // Bold the judge added; in parts that are bold by style (titles) it is no news.
        if (!ParagraphStyles::style(para.part).bold) {
            for (QTextBlock::iterator it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (f.charFormat().fontWeight() < QFont::Bold)
                    continue;
                const int start = f.position() - b.position();
                if (!para.bold.isEmpty() &&
                    para.bold.last().start + para.bold.last().length == start)
                    para.bold.last().length += f.length();
                else
                    para.bold.push_back({start, f.length()});
            }
        }
        d.paragraphs << para;
    }
    return d;
}

void applyPart(QTextCursor& cursor, DraftPart part)
{
    QTextCursor c = cursor;
    const int start = qMin(c.position(), c.anchor());
    const int end = qMax(c.position(), c.anchor());
    c.beginEditBlock();
    QTextBlock b = c.document()->findBlock(start);
    const QTextBlock last = c.document()->findBlock(end);
    while (b.isValid()) {
        c.setPosition(b.position());
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        const bool pageBreak =
            b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        c.setBlockFormat(blockFormat(part, pageBreak));
        c.setBlockCharFormat(charFormat(part));
        c.mergeCharFormat(charFormat(part));
        if (b == last)
            break;
        b = b.next();
    }
    c.endEditBlock();
    renumberItems(c.document());
}

bool renumberItems(QTextDocument* doc)
{
    bool changed = false;
    int n = 0;
    QTextCursor c(doc);
    c.beginEditBlock();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (partOf(b) != DraftPart::Item) {
            if (!b.text().trimmed().isEmpty())
                n = 0;
            continue;
        }
        const QString want = ChineseNumber::format(++n) + QChar(u'、');
        const auto m = itemNumber().match(b.text());
        const int oldLen = m.hasMatch() ? m.capturedLength() : 0;
        if (m.hasMatch() && m.captured(0) == want)
            continue;
        c.setPosition(b.position());
        c.setPosition(b.position() + oldLen, QTextCursor::KeepAnchor);
        c.insertText(want);
        changed = true;
    }
    c.endEditBlock();
    return changed;
}

} // namespace cd::ui::EditorDocument
