#include "officeexport.h"

#include "common/clock.h"
#include "documentfonts.h"
#include "paragraphstyles.h"
#include "zipfile.h"

#include <QJsonDocument>
#include <QXmlStreamWriter>

namespace cd::OfficeExport {

namespace {

const char* kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const char* kStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const char* kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const char* kFo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
const char* kSvg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
const char* kMeta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
const char* kDc = "http://purl.org/dc/elements/1.1/";
const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Office applications know these names; the installed font the PDF used is the fallback.
QString officeFamily(ParagraphStyle::Face face)
{
    switch (face) {
    case ParagraphStyle::Face::Song:
        return QStringLiteral("宋体");
    case ParagraphStyle::Face::Hei:
        return QStringLiteral("黑体");
    case ParagraphStyle::Face::Kai:
        return QStringLiteral("楷体");
    case ParagraphStyle::Face::Fang:
        break;
    }
    return QStringLiteral("仿宋");
}

QString styleName(DraftPart part)
{
    QString key = draftPartKey(part);
    key[0] = key[0].toUpper();
    return QStringLiteral("CourtDesk ") + key;
}

QString styleId(DraftPart part)
{
    return QStringLiteral("CourtDesk") + styleName(part).mid(10);
}

const char* odfAlign(ParagraphStyle::Align a)
{
    switch (a) {
    case ParagraphStyle::Align::Center:
        return "center";
    case ParagraphStyle::Align::Right:
        return "end";
    case ParagraphStyle::Align::Left:
        return "start";
    case ParagraphStyle::Align::Justify:
        break;
    }
    return "justify";
}

const char* docxAlign(ParagraphStyle::Align a)
{
    switch (a) {
    case ParagraphStyle::Align::Center:
        return "center";
    case ParagraphStyle::Align::Right:
        return "right";
    case ParagraphStyle::Align::Left:
        return "left";
    case ParagraphStyle::Align::Justify:
        break;
    }
    return "both";
}

QString ptStr(double v)
{
    return QString::number(v, 'f', 2) + QStringLiteral("pt");
}

QString mmStr(double v)
{
    return QString::number(v, 'f', 1) + QStringLiteral("mm");
}

QVector<DraftPart> textParts()
{
    QVector<DraftPart> parts;
    for (DraftPart p : allDraftParts()) {
        if (p != DraftPart::PageBreak)
            parts << p;
    }
    return parts;
}

// ODF collapses runs of spaces; each run after the first space becomes <text:s text:c="n"/>.
void writeOdfText(QXmlStreamWriter& x, const QString& text)
{
    QString run;
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ')) {
            int n = 0;
            while (i + n < text.size() && text.at(i + n) == QLatin1Char(' '))
                ++n;
            run += QLatin1Char(' ');
            if (n > 1) {
                x.writeCharacters(run);
                run.clear();
                x.writeEmptyElement(kText, QStringLiteral("s"));
                x.writeAttribute(kText, QStringLiteral("c"), QString::number(n - 1));
            }
            i += n;
            continue;
        }
        if (c == QLatin1Char('\t')) {
            x.writeCharacters(run);
            run.clear();
            x.writeEmptyElement(kText, QStringLiteral("tab"));
        } else {
            run += c;
        }
        ++i;
    }
    x.writeCharacters(run);
}

QByteArray odtStyles()
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    x.writeNamespace(QString::fromLatin1(kOffice), QStringLiteral("office"));
    x.writeNamespace(QString::fromLatin1(kStyle), QStringLiteral("style"));
    x.writeNamespace(QString::fromLatin1(kText), QStringLiteral("text"));
    x.writeNamespace(QString::fromLatin1(kFo), QStringLiteral("fo"));
    x.writeNamespace(QString::fromLatin1(kSvg), QStringLiteral("svg"));
    x.writeStartElement(kOffice, QStringLiteral("document-styles"));
    x.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    x.writeStartElement(kOffice, QStringLiteral("font-face-decls"));
    for (auto face : {ParagraphStyle::Face::Song, ParagraphStyle::Face::Fang,
                      ParagraphStyle::Face::Hei, ParagraphStyle::Face::Kai}) {
        x.writeEmptyElement(kStyle, QStringLiteral("font-face"));
        x.writeAttribute(kStyle, QStringLiteral("name"), officeFamily(face));
        x.writeAttribute(kSvg, QStringLiteral("font-family"), officeFamily(face));
        x.writeAttribute(kStyle, QStringLiteral("font-family-generic"), QStringLiteral("roman"));
    }
    x.writeEndElement();
    x.writeStartElement(kOffice, QStringLiteral("styles"));
    for (DraftPart part : textParts()) {
        const ParagraphStyle st = ParagraphStyles::style(part);
        x.writeStartElement(kStyle, QStringLiteral("style"));
        x.writeAttribute(kStyle, QStringLiteral("name"), styleName(part));
        x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
        x.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
        x.writeAttribute(kFo, QStringLiteral("text-align"),
                         QString::fromLatin1(odfAlign(st.align)));
        x.writeAttribute(kFo, QStringLiteral("text-indent"),
                         ptStr(st.pointSize * st.firstLineIndentEm));
        x.writeAttribute(kFo, QStringLiteral("margin-top"), ptStr(st.spaceBeforePt));
        x.writeAttribute(kFo, QStringLiteral("margin-bottom"), ptStr(st.spaceAfterPt));
        x.writeAttribute(kFo, QStringLiteral("line-height"), ptStr(st.lineHeightPt));
        x.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
        x.writeAttribute(kStyle, QStringLiteral("font-name"), officeFamily(st.face));
        x.writeAttribute(kStyle, QStringLiteral("font-name-asian"), officeFamily(st.face));
        x.writeAttribute(kFo, QStringLiteral("font-size"), ptStr(st.pointSize));
        x.writeAttribute(kStyle, QStringLiteral("font-size-asian"), ptStr(st.pointSize));
        if (st.bold) {
            x.writeAttribute(kFo, QStringLiteral("font-weight"), QStringLiteral("bold"));
            x.writeAttribute(kStyle, QStringLiteral("font-weight-asian"), QStringLiteral("bold"));
        }
        if (st.letterSpacingEm > 0)
            x.writeAttribute(kFo, QStringLiteral("letter-spacing"),
                             ptStr(st.pointSize * st.letterSpacingEm));
        x.writeEndElement();
    }
    x.writeEndElement(); // styles
    x.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    x.writeStartElement(kStyle, QStringLiteral("page-layout"));
    x.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("CourtDeskPage"));
    x.writeStartElement(kStyle, QStringLiteral("page-layout-properties"));
    x.writeAttribute(kFo, QStringLiteral("page-width"), mmStr(ParagraphStyles::pageWidthMm));
    x.writeAttribute(kFo, QStringLiteral("page-height"), mmStr(ParagraphStyles::pageHeightMm));
    x.writeAttribute(kFo, QStringLiteral("margin-top"), mmStr(ParagraphStyles::marginTopMm));
    x.writeAttribute(kFo, QStringLiteral("margin-bottom"),
                     mmStr(ParagraphStyles::marginBottomMm - 14));
    x.writeAttribute(kFo, QStringLiteral("margin-left"), mmStr(ParagraphStyles::marginLeftMm));
    x.writeAttribute(kFo, QStringLiteral("margin-right"), mmStr(ParagraphStyles::marginRightMm));
    x.writeAttribute(kStyle, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    x.writeEndElement();
    x.writeStartElement(kStyle, QStringLiteral("footer-style"));
    x.writeEmptyElement(kStyle, QStringLiteral("header-footer-properties"));
    x.writeAttribute(kFo, QStringLiteral("min-height"), QStringLiteral("14mm"));
    x.writeEndElement();
    x.writeEndElement(); // page-layout
    x.writeStartElement(kStyle, QStringLiteral("style"));
    x.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("CourtDeskFooter"));
    x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    x.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
    x.writeAttribute(kFo, QStringLiteral("text-align"), QStringLiteral("center"));
    x.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    x.writeAttribute(kStyle, QStringLiteral("font-name"), officeFamily(ParagraphStyle::Face::Song));
    x.writeAttribute(kFo, QStringLiteral("font-size"), QStringLiteral("14pt"));
    x.writeEndElement();
    x.writeEndElement(); // automatic-styles
    x.writeStartElement(kOffice, QStringLiteral("master-styles"));
    x.writeStartElement(kStyle, QStringLiteral("master-page"));
    x.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
    x.writeAttribute(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("CourtDeskPage"));
    x.writeStartElement(kStyle, QStringLiteral("footer"));
    x.writeStartElement(kText, QStringLiteral("p"));
    x.writeAttribute(kText, QStringLiteral("style-name"), QStringLiteral("CourtDeskFooter"));
    x.writeCharacters(QStringLiteral("— "));
    x.writeTextElement(kText, QStringLiteral("page-number"), QStringLiteral("1"));
    x.writeCharacters(QStringLiteral(" —"));
    x.writeEndElement();
    x.writeEndElement(); // footer
    x.writeEndElement(); // master-page
    x.writeEndElement(); // master-styles
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray odtContent(const DraftDocument& doc)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    x.writeNamespace(QString::fromLatin1(kOffice), QStringLiteral("office"));
    x.writeNamespace(QString::fromLatin1(kStyle), QStringLiteral("style"));
    x.writeNamespace(QString::fromLatin1(kText), QStringLiteral("text"));
    x.writeNamespace(QString::fromLatin1(kFo), QStringLiteral("fo"));
    x.writeStartElement(kOffice, QStringLiteral("document-content"));
    x.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    // One automatic style per part that starts a page: the named style plus a page break.
    x.writeStartElement(kOffice, QStringLiteral("automatic-styles"));
    for (DraftPart part : textParts()) {
        x.writeStartElement(kStyle, QStringLiteral("style"));
        x.writeAttribute(kStyle, QStringLiteral("name"),
                         QStringLiteral("PB_") + draftPartKey(part));
        x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
        x.writeAttribute(kStyle, QStringLiteral("parent-style-name"), styleName(part));
        x.writeEmptyElement(kStyle, QStringLiteral("paragraph-properties"));
        x.writeAttribute(kFo, QStringLiteral("break-before"), QStringLiteral("page"));
        x.writeEndElement();
    }
    x.writeStartElement(kStyle, QStringLiteral("style"));
    x.writeAttribute(kStyle, QStringLiteral("name"), QStringLiteral("CourtDeskBold"));
    x.writeAttribute(kStyle, QStringLiteral("family"), QStringLiteral("text"));
    x.writeEmptyElement(kStyle, QStringLiteral("text-properties"));
    x.writeAttribute(kFo, QStringLiteral("font-weight"), QStringLiteral("bold"));
    x.writeAttribute(kStyle, QStringLiteral("font-weight-asian"), QStringLiteral("bold"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement(kOffice, QStringLiteral("body"));
    x.writeStartElement(kOffice, QStringLiteral("text"));
    bool breakBefore = false;
    for (const DraftParagraph& p : doc.paragraphs) {
        if (p.part == DraftPart::PageBreak) {
            breakBefore = true;
            continue;
        }
        x.writeStartElement(kText, QStringLiteral("p"));
        x.writeAttribute(kText, QStringLiteral("style-name"),
                         breakBefore ? QStringLiteral("PB_") + draftPartKey(p.part)
                                     : styleName(p.part));
        breakBefore = false;
        for (const TextRun& run : textRuns(p)) {
            if (run.bold) {
                x.writeStartElement(kText, QStringLiteral("span"));
                x.writeAttribute(kText, QStringLiteral("style-name"),
                                 QStringLiteral("CourtDeskBold"));
            }
            writeOdfText(x, run.text);
            if (run.bold)
                x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray odtMeta(const DraftDocument& doc)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    x.writeNamespace(QString::fromLatin1(kOffice), QStringLiteral("office"));
    x.writeNamespace(QString::fromLatin1(kMeta), QStringLiteral("meta"));
    x.writeNamespace(QString::fromLatin1(kDc), QStringLiteral("dc"));
    x.writeStartElement(kOffice, QStringLiteral("document-meta"));
    x.writeAttribute(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    x.writeStartElement(kOffice, QStringLiteral("meta"));
    x.writeTextElement(kMeta, QStringLiteral("generator"), QStringLiteral("CourtDesk"));
    x.writeTextElement(kDc, QStringLiteral("title"), doc.title + QLatin1Char(' ') + doc.caseNumber);
    x.writeTextElement(kDc, QStringLiteral("language"), QStringLiteral("zh-CN"));
    x.writeStartElement(kMeta, QStringLiteral("user-defined"));
    x.writeAttribute(kMeta, QStringLiteral("name"), QString::fromLatin1(caseProperty));
    x.writeCharacters(
        QString::fromUtf8(QJsonDocument(doc.caseSnapshot).toJson(QJsonDocument::Compact)));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray odtManifest()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\">\n"
        " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
        " <manifest:file-entry manifest:full-path=\"content.xml\" "
        "manifest:media-type=\"text/xml\"/>\n"
        " <manifest:file-entry manifest:full-path=\"styles.xml\" "
        "manifest:media-type=\"text/xml\"/>\n"
        " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
        "</manifest:manifest>\n");
}

// ---- DOCX ----

int twips(double pt)
{
    return qRound(pt * 20);
}

int mmTwips(double mm)
{
    return qRound(mm / 25.4 * 1440);
}

void writeRunProps(QXmlStreamWriter& x, const ParagraphStyle& st)
{
    x.writeStartElement(kW, QStringLiteral("rPr"));
    x.writeEmptyElement(kW, QStringLiteral("rFonts"));
    const QString fam = officeFamily(st.face);
    for (const char* a : {"ascii", "hAnsi", "eastAsia", "cs"})
        x.writeAttribute(kW, QString::fromLatin1(a), fam);
    if (st.bold) {
        x.writeEmptyElement(kW, QStringLiteral("b"));
        x.writeEmptyElement(kW, QStringLiteral("bCs"));
    }
    if (st.letterSpacingEm > 0) {
        x.writeEmptyElement(kW, QStringLiteral("spacing"));
        x.writeAttribute(kW, QStringLiteral("val"),
                         QString::number(twips(st.pointSize * st.letterSpacingEm)));
    }
    for (const char* e : {"sz", "szCs"}) {
        x.writeEmptyElement(kW, QString::fromLatin1(e));
        x.writeAttribute(kW, QStringLiteral("val"), QString::number(qRound(st.pointSize * 2)));
    }
    x.writeEmptyElement(kW, QStringLiteral("lang"));
    x.writeAttribute(kW, QStringLiteral("eastAsia"), QStringLiteral("zh-CN"));
    x.writeEndElement();
}

QByteArray docxStyles()
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(QString::fromLatin1(kW), QStringLiteral("w"));
    x.writeStartElement(kW, QStringLiteral("styles"));
    x.writeStartElement(kW, QStringLiteral("style"));
    x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("paragraph"));
    x.writeAttribute(kW, QStringLiteral("default"), QStringLiteral("1"));
    x.writeAttribute(kW, QStringLiteral("styleId"), QStringLiteral("Normal"));
    x.writeEmptyElement(kW, QStringLiteral("name"));
    x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("Normal"));
    writeRunProps(x, ParagraphStyles::style(DraftPart::Body));
    x.writeEndElement();
    for (DraftPart part : textParts()) {
        const ParagraphStyle st = ParagraphStyles::style(part);
        x.writeStartElement(kW, QStringLiteral("style"));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("paragraph"));
        x.writeAttribute(kW, QStringLiteral("customStyle"), QStringLiteral("1"));
        x.writeAttribute(kW, QStringLiteral("styleId"), styleId(part));
        x.writeEmptyElement(kW, QStringLiteral("name"));
        x.writeAttribute(kW, QStringLiteral("val"), styleName(part));
        x.writeEmptyElement(kW, QStringLiteral("basedOn"));
        x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("Normal"));
        x.writeEmptyElement(kW, QStringLiteral("qFormat"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        x.writeEmptyElement(kW, QStringLiteral("spacing"));
        x.writeAttribute(kW, QStringLiteral("before"), QString::number(twips(st.spaceBeforePt)));
        x.writeAttribute(kW, QStringLiteral("after"), QString::number(twips(st.spaceAfterPt)));
        x.writeAttribute(kW, QStringLiteral("line"), QString::number(twips(st.lineHeightPt)));
        x.writeAttribute(kW, QStringLiteral("lineRule"), QStringLiteral("exact"));
        x.writeEmptyElement(kW, QStringLiteral("ind"));
        x.writeAttribute(kW, QStringLiteral("firstLine"),
                         QString::number(twips(st.pointSize * st.firstLineIndentEm)));
        x.writeEmptyElement(kW, QStringLiteral("jc"));
        x.writeAttribute(kW, QStringLiteral("val"), QString::fromLatin1(docxAlign(st.align)));
        x.writeEndElement();
        writeRunProps(x, st);
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray docxDocument(const DraftDocument& doc)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(QString::fromLatin1(kW), QStringLiteral("w"));
    x.writeNamespace(QString::fromLatin1(kR), QStringLiteral("r"));
    x.writeStartElement(kW, QStringLiteral("document"));
    x.writeStartElement(kW, QStringLiteral("body"));
    bool breakBefore = false;
    for (const DraftParagraph& p : doc.paragraphs) {
        if (p.part == DraftPart::PageBreak) {
            breakBefore = true;
            continue;
        }
        x.writeStartElement(kW, QStringLiteral("p"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        x.writeEmptyElement(kW, QStringLiteral("pStyle"));
        x.writeAttribute(kW, QStringLiteral("val"), styleId(p.part));
        if (breakBefore)
            x.writeEmptyElement(kW, QStringLiteral("pageBreakBefore"));
        breakBefore = false;
        x.writeEndElement();
        for (const TextRun& run : textRuns(p)) {
            x.writeStartElement(kW, QStringLiteral("r"));
            if (run.bold) {
                x.writeStartElement(kW, QStringLiteral("rPr"));
                x.writeEmptyElement(kW, QStringLiteral("b"));
                x.writeEmptyElement(kW, QStringLiteral("bCs"));
                x.writeEndElement();
            }
            x.writeStartElement(kW, QStringLiteral("t"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(run.text);
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeStartElement(kW, QStringLiteral("sectPr"));
    x.writeEmptyElement(kW, QStringLiteral("footerReference"));
    x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("default"));
    x.writeAttribute(kR, QStringLiteral("id"), QStringLiteral("rIdFooter"));
    x.writeEmptyElement(kW, QStringLiteral("pgSz"));
    x.writeAttribute(kW, QStringLiteral("w"),
                     QString::number(mmTwips(ParagraphStyles::pageWidthMm)));
    x.writeAttribute(kW, QStringLiteral("h"),
                     QString::number(mmTwips(ParagraphStyles::pageHeightMm)));
    x.writeEmptyElement(kW, QStringLiteral("pgMar"));
    x.writeAttribute(kW, QStringLiteral("top"),
                     QString::number(mmTwips(ParagraphStyles::marginTopMm)));
    x.writeAttribute(kW, QStringLiteral("right"),
                     QString::number(mmTwips(ParagraphStyles::marginRightMm)));
    x.writeAttribute(kW, QStringLiteral("bottom"),
                     QString::number(mmTwips(ParagraphStyles::marginBottomMm)));
    x.writeAttribute(kW, QStringLiteral("left"),
                     QString::number(mmTwips(ParagraphStyles::marginLeftMm)));
    x.writeAttribute(kW, QStringLiteral("header"), QStringLiteral("851"));
    x.writeAttribute(kW, QStringLiteral("footer"),
                     QString::number(mmTwips(ParagraphStyles::marginBottomMm - 14)));
    x.writeAttribute(kW, QStringLiteral("gutter"), QStringLiteral("0"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray docxFooter()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">— </w:t></w:r>"
        "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:instrText xml:space=\"preserve\"> PAGE "
        "</w:instrText></w:r>"
        "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t>1</w:t></w:r>"
        "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>"
        "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\"> —</w:t></w:r>"
        "</w:p></w:ftr>\n");
}

QByteArray docxCore(const DraftDocument& doc)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    const QString cp =
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    x.writeNamespace(cp, QStringLiteral("cp"));
    x.writeNamespace(QString::fromLatin1(kDc), QStringLiteral("dc"));
    x.writeNamespace(QStringLiteral("http://purl.org/dc/terms/"), QStringLiteral("dcterms"));
    x.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                     QStringLiteral("xsi"));
    x.writeStartElement(cp, QStringLiteral("coreProperties"));
    x.writeTextElement(kDc, QStringLiteral("title"), doc.title + QLatin1Char(' ') + doc.caseNumber);
    x.writeTextElement(kDc, QStringLiteral("creator"), QStringLiteral("CourtDesk"));
    x.writeTextElement(kDc, QStringLiteral("language"), QStringLiteral("zh-CN"));
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray docxCustom(const DraftDocument& doc)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    const QString ns =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties");
    const QString vt =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
    x.writeDefaultNamespace(ns);
    x.writeNamespace(vt, QStringLiteral("vt"));
    x.writeStartElement(ns, QStringLiteral("Properties"));
    x.writeStartElement(ns, QStringLiteral("property"));
    x.writeAttribute(QStringLiteral("fmtid"),
                     QStringLiteral("{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"));
    x.writeAttribute(QStringLiteral("pid"), QStringLiteral("2"));
    x.writeAttribute(QStringLiteral("name"), QString::fromLatin1(caseProperty));
    x.writeTextElement(
        vt, QStringLiteral("lpwstr"),
        QString::fromUtf8(QJsonDocument(doc.caseSnapshot).toJson(QJsonDocument::Compact)));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace

QByteArray odt(const DraftDocument& doc)
{
    ZipWriter zip(Clock::instance().now().toLocalTime());
    zip.add(QStringLiteral("mimetype"),
            QByteArrayLiteral("application/vnd.oasis.opendocument.text"), false);
    zip.add(QStringLiteral("META-INF/manifest.xml"), odtManifest());
    zip.add(QStringLiteral("content.xml"), odtContent(doc));
    zip.add(QStringLiteral("styles.xml"), odtStyles());
    zip.add(QStringLiteral("meta.xml"), odtMeta(doc));
    return zip.finish();
}

QByteArray docx(const DraftDocument& doc)
{
    ZipWriter zip(Clock::instance().now().toLocalTime());
    zip.add(
        QStringLiteral("[Content_Types].xml"),
        QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" "
            "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Override PartName=\"/word/document.xml\" "
            "ContentType=\"application/"
            "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            "<Override PartName=\"/word/styles.xml\" "
            "ContentType=\"application/"
            "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
            "<Override PartName=\"/word/footer1.xml\" "
            "ContentType=\"application/"
            "vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
            "<Override PartName=\"/docProps/core.xml\" "
            "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            "<Override PartName=\"/docProps/custom.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>"
            "</Types>\n"));
    zip.add(
        QStringLiteral("_rels/.rels"),
        QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "officeDocument\" Target=\"word/document.xml\"/>"
            "<Relationship Id=\"rId2\" "
            "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
            "core-properties\" Target=\"docProps/core.xml\"/>"
            "<Relationship Id=\"rId3\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "custom-properties\" Target=\"docProps/custom.xml\"/>"
            "</Relationships>\n"));
    zip.add(
        QStringLiteral("word/_rels/document.xml.rels"),
        QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rIdStyles\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/>"
            "<Relationship Id=\"rIdFooter\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" "
            "Target=\"footer1.xml\"/>"
            "</Relationships>\n"));
    zip.add(QStringLiteral("word/document.xml"), docxDocument(doc));
    zip.add(QStringLiteral("word/styles.xml"), docxStyles());
    zip.add(QStringLiteral("word/footer1.xml"), docxFooter());
    zip.add(QStringLiteral("docProps/core.xml"), docxCore(doc));
    zip.add(QStringLiteral("docProps/custom.xml"), docxCustom(doc));
    return zip.finish();
}

} // namespace cd::OfficeExport
