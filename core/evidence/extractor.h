#pragma once

#include "ocr/ocrtypes.h"

#include <QCoreApplication>
#include <QRect>
#include <QString>
#include <QVector>

namespace cd {

// What the extractor finds, along the four dimensions of a case file (人、证、事、法).
enum class ExtractKind {
    ResidentId, // 居民身份证号码, checksum-validated
    CreditCode, // 统一社会信用代码, checksum-validated
    Phone,
    Amount,           // in figures, e.g. 人民币125,000元
    AmountInCapitals, // e.g. 壹拾贰万伍仟元整
    Date,
    CaseNumber, // normalised by CaseNumberParser
    PartyName,  // a name following a role word (原告, 被告...)
};

struct Extraction
{
    ExtractKind kind = ExtractKind::Date;
    QString value;   // normalised value to fill in (an ID in upper case, a date as ISO, fen...)
    QString display; // what to show: the value for people (e.g. "¥125,000.00", "2023-05-01")
    QString matched; // the text as found
    QString role;    // PartyName: party role key (CaseVocabulary), e.g. "plaintiff"
    QString field;   // which case field it suggests, e.g. "party.name", "case.number"
    int page = 0;    // 1-based page number
    int offset = 0;  // position in the page text
    QRect box;       // where on the page image, if word boxes were available
};

// Finds candidate case data in recognised text. Rules are data: patterns plus the validators
// the case module already has (IdValidators, CaseNumberParser), so a suggestion with a bad
// checksum is never offered.
class Extractor
{
    Q_DECLARE_TR_FUNCTIONS(cd::Extractor)
public:
    static QVector<Extraction> extract(const QString& text, int page = 0);
    // As above, with the word boxes of the page used to place each finding.
    static QVector<Extraction> extract(const ocr::OcrPage& page, const QString& text);

    static QString kindLabel(ExtractKind kind);
    // Amount in capitals (People's Bank rules) to fen; -1 if it does not parse.
    static qint64 parseCapitalAmount(const QString& text);
    // Union of the boxes of the words that make up matched, or an empty rect.
    static QRect locate(const ocr::OcrPage& page, const QString& matched, int occurrence = 0);
};

} // namespace cd
