#include "documentlayout.h"

#include "documentfonts.h"
#include "paragraphstyles.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace cd {

namespace {
constexpr double kMmPerInch = 25.4;

double mm(double v)
{
    return v / kMmPerInch * DocumentLayout::dpi;
}

double pt(double v)
{
    return v / 72.0 * DocumentLayout::dpi;
}

// QTextBlockFormat margins and fixed line heights are in pixels at 96 dpi, which the layout
// scales to the paint device's resolution itself; the text indent is in device pixels.
double blockPt(double v)
{
    return v / 72.0 * 96.0;
}

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
} // namespace

DocumentLayout::DocumentLayout(const DraftDocument& doc)
    : m_device(1, 1, QImage::Format_ARGB32_Premultiplied), m_doc(std::make_unique<QTextDocument>())
{
    // QImage derives its logical DPI from dots per metre.
    const int dpm = qRound(dpi / 0.0254);
    m_device.setDotsPerMeterX(dpm);
    m_device.setDotsPerMeterY(dpm);
    m_doc->documentLayout()->setPaintDevice(&m_device);
    m_doc->setUseDesignMetrics(true);
    m_doc->setDocumentMargin(0);
    m_body = QSizeF(mm(ParagraphStyles::pageWidthMm - ParagraphStyles::marginLeftMm -
                       ParagraphStyles::marginRightMm),
                    mm(ParagraphStyles::pageHeightMm - ParagraphStyles::marginTopMm -
                       ParagraphStyles::marginBottomMm));
    m_doc->setPageSize(m_body);

    const DocumentFonts& fonts = DocumentFonts::instance();
    QTextCursor cur(m_doc.get());
    bool first = true;
    bool breakBefore = false;
    for (const DraftParagraph& p : doc.paragraphs) {
        if (p.part == DraftPart::PageBreak) {
            breakBefore = true;
            continue;
        }
        const ParagraphStyle st = ParagraphStyles::style(p.part);
        QTextBlockFormat bf;
        bf.setAlignment(alignment(st.align));
        bf.setTextIndent(pt(st.pointSize * st.firstLineIndentEm));
        bf.setTopMargin(blockPt(st.spaceBeforePt));
        bf.setBottomMargin(blockPt(st.spaceAfterPt));
        bf.setLineHeight(blockPt(st.lineHeightPt), QTextBlockFormat::FixedHeight);
        if (breakBefore)
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        breakBefore = false;
        QTextCharFormat cf;
        QFont f = fonts.font(st);
        if (st.letterSpacingEm > 0)
            f.setLetterSpacing(QFont::AbsoluteSpacing, pt(st.pointSize * st.letterSpacingEm));
        cf.setFont(f, QTextCharFormat::FontPropertiesAll);
        if (first) {
            cur.setBlockFormat(bf);
            cur.setBlockCharFormat(cf);
            first = false;
        } else {
            cur.insertBlock(bf, cf);
        }
        for (const TextRun& run : textRuns(p)) {
            QTextCharFormat rf = cf;
            if (run.bold)
                rf.setFontWeight(QFont::Bold);
            cur.insertText(run.text, rf);
        }
    }
    m_doc->documentLayout()->documentSize(); // lay out now, not on first paint
}

DocumentLayout::~DocumentLayout() = default;

int DocumentLayout::pageCount() const
{
    return qMax(1, m_doc->pageCount());
}

QSizeF DocumentLayout::pageSize() const
{
    return QSizeF(mm(ParagraphStyles::pageWidthMm), mm(ParagraphStyles::pageHeightMm));
}

QString DocumentLayout::pageNumberText(int page)
{
    return QStringLiteral("— %1 —").arg(page + 1);
}

void DocumentLayout::paintPage(QPainter& painter, int page) const
{
    painter.save();
    painter.translate(mm(ParagraphStyles::marginLeftMm), mm(ParagraphStyles::marginTopMm));
    painter.translate(0, -page * m_body.height());
    painter.setPen(Qt::black);
    // Each line is drawn on exactly one page: the one its top lies on. Drawing the document
    // with a page-sized clip instead paints lines near a page boundary into both pages' content
    // (clipped away on one, but still there for text extraction and search).
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        const QTextLayout* tl = b.layout();
        // Line positions are relative to the block layout's position in the document.
        const QPointF origin = tl->position();
        for (int i = 0; i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            const double top = origin.y() + line.y();
            if (int((top + 0.5) / m_body.height()) != page)
                continue;
            // One line at a time: QTextLayout::draw with a clip also draws the line just above
            // the clip.
            line.draw(&painter, origin);
        }
    }
    painter.restore();

    // Page number: 四号 (14 pt) in the bottom margin, centred.
    painter.save();
    ParagraphStyle st;
    st.face = ParagraphStyle::Face::Song;
    st.pointSize = 14;
    QFont f = DocumentFonts::instance().font(st);
    // A pixel size, in layout units, draws the same on the PDF and on a scaled preview image.
    f.setPixelSize(qRound(pt(st.pointSize)));
    painter.setFont(f);
    painter.setPen(Qt::black);
    const QRectF foot(0, pageSize().height() - mm(ParagraphStyles::marginBottomMm) + mm(7),
                      pageSize().width(), pt(20));
    painter.drawText(foot, Qt::AlignHCenter | Qt::AlignTop, pageNumberText(page));
    painter.restore();
}

QImage DocumentLayout::renderPage(int page, int widthPx) const
{
    const double scale = widthPx / pageSize().width();
    QImage img(widthPx, qRound(pageSize().height() * scale), QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    paintPage(p, page);
    return img;
}

} // namespace cd
