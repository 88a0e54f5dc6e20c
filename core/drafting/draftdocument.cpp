#include "draftdocument.h"

#include <QJsonArray>

namespace cd {

namespace {
struct PartName
{
    DraftPart part;
    const char* key;
};
const PartName kParts[] = {
    {DraftPart::Court, "court"},         {DraftPart::Title, "title"},
    {DraftPart::CaseNo, "caseno"},       {DraftPart::Addressee, "addressee"},
    {DraftPart::Party, "party"},         {DraftPart::Heading, "heading"},
    {DraftPart::Body, "body"},           {DraftPart::Item, "item"},
    {DraftPart::SubItem, "subitem"},     {DraftPart::Quote, "quote"},
    {DraftPart::Signature, "signature"}, {DraftPart::Date, "date"},
    {DraftPart::Note, "note"},           {DraftPart::PageBreak, "pagebreak"},
};
} // namespace

QString draftPartKey(DraftPart part)
{
    for (const PartName& p : kParts) {
        if (p.part == part)
            return QLatin1String(p.key);
    }
    return QStringLiteral("body");
}

bool draftPartFromKey(const QString& key, DraftPart* part)
{
    for (const PartName& p : kParts) {
        if (key == QLatin1String(p.key)) {
            *part = p.part;
            return true;
        }
    }
    return false;
}

const QVector<DraftPart>& allDraftParts()
{
    static const QVector<DraftPart> all = [] {
        QVector<DraftPart> v;
        for (const PartName& p : kParts)
            v << p.part;
        return v;
    }();
    return all;
}

QVector<TextRun> textRuns(const DraftParagraph& p)
{
    QVector<bool> bold(p.text.size(), false);
    for (const TextSpan& s : p.bold) {
        for (int i = qMax(0, s.start); i < qMin(int(p.text.size()), s.start + s.length); ++i)
            bold[i] = true;
    }
    QVector<TextRun> runs;
    for (int i = 0; i < p.text.size(); ++i) {
        if (runs.isEmpty() || runs.last().bold != bold.at(i))
            runs.push_back({QString(), bold.at(i)});
        runs.last().text += p.text.at(i);
    }
    return runs;
}

QStringList DraftDocument::paragraphTexts() const
{
    QStringList out;
    for (const DraftParagraph& p : paragraphs) {
        if (p.part != DraftPart::PageBreak)
            out << p.text;
    }
    return out;
}

QString DraftDocument::toPlainText() const
{
    return paragraphTexts().join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject DraftDocument::toJson() const
{
    QJsonArray paras;
    for (const DraftParagraph& p : paragraphs) {
        QJsonObject o{{QStringLiteral("part"), draftPartKey(p.part)},
                      {QStringLiteral("text"), p.text}};
        if (!p.bold.isEmpty()) {
            QJsonArray spans;
            for (const TextSpan& s : p.bold)
                spans.append(QJsonArray{s.start, s.length});
            o.insert(QStringLiteral("bold"), spans);
        }
        paras.append(o);
    }
    return QJsonObject{
        {QStringLiteral("template"), templateId},
        {QStringLiteral("title"), title},
        {QStringLiteral("caseNumber"), caseNumber},
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("paragraphs"), paras},
        {QStringLiteral("case"), caseSnapshot},
    };
}

DraftDocument DraftDocument::fromJson(const QJsonObject& o)
{
    DraftDocument d;
    d.templateId = o.value(QStringLiteral("template")).toString();
    d.title = o.value(QStringLiteral("title")).toString();
    d.caseNumber = o.value(QStringLiteral("caseNumber")).toString();
    d.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    d.caseSnapshot = o.value(QStringLiteral("case")).toObject();
    for (const QJsonValue& v : o.value(QStringLiteral("paragraphs")).toArray()) {
        const QJsonObject p = v.toObject();
        DraftParagraph para;
        draftPartFromKey(p.value(QStringLiteral("part")).toString(), &para.part);
        para.text = p.value(QStringLiteral("text")).toString();
        for (const QJsonValue& span : p.value(QStringLiteral("bold")).toArray())
            para.bold.push_back({span.toArray().at(0).toInt(), span.toArray().at(1).toInt()});
        d.paragraphs << para;
    }
    return d;
}

} // namespace cd
