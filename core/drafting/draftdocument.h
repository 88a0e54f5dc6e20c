#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace cd {

// Parts of a court document; each has one paragraph style (see ParagraphStyles).
enum class DraftPart {
    Court,     // 甘肃省兰州市城关区人民法院
    Title,     // 民事判决书
    CaseNo,    // （2026）甘0102民初123号
    Addressee, // 张三：  (notices: whom the notice is to, flush left)
    Party,     // 原告：…
    Heading,   // 判决如下：
    Body,      // running text
    Item,      // numbered judgment item: 一、…
    SubItem,   // （一）…
    Quote,     // statute text inserted in the document
    Signature, // 审判长　马建国
    Date,      // 二〇二六年十一月二十八日
    Note,      // small print, e.g. 本件与原本核对无异
    PageBreak, // starts a new page; no text (one summons per party)
};

// A run of characters set in bold inside a paragraph (the part's style stays the base).
struct TextSpan
{
    int start = 0;
    int length = 0;
};

struct DraftParagraph
{
    DraftPart part = DraftPart::Body;
    QString text;
    QVector<TextSpan> bold; // emphasis the judge added in the editor; exported in every format
};

// The paragraph's text cut into runs alternating plain and bold, for the exporters.
struct TextRun
{
    QString text;
    bool bold = false;
};
QVector<TextRun> textRuns(const DraftParagraph& p);

// A drafted document: paragraphs with their parts, plus what it was drafted from so
// proofreading can compare it with the case.
struct DraftDocument
{
    QString templateId;
    QString title; // 民事判决书
    QString caseNumber;
    QDate date; // the document date
    QVector<DraftParagraph> paragraphs;
    QJsonObject caseSnapshot; // see DraftContext::snapshot
    QStringList warnings;     // translated, e.g. a statute text not in the library

    QString toPlainText() const; // one paragraph per line
    QStringList paragraphTexts() const;

    QJsonObject toJson() const;
    static DraftDocument fromJson(const QJsonObject& o);
};

QString draftPartKey(DraftPart part); // "court", "item", ...
bool draftPartFromKey(const QString& key, DraftPart* part);
const QVector<DraftPart>& allDraftParts();

} // namespace cd
