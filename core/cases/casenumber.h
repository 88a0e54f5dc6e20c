#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

// Drops whitespace (including U+3000) and maps full-width ASCII (（）０-９Ａ-Ｚ…), as typed
// with Chinese input methods, to ASCII, so parsers see one form.
QString foldTypedInput(const QString& text);

// Broad kind of case; the key form ("civil", ...) is what the database stores.
enum class CaseKind {
    Civil,
    Criminal,
    Administrative,
    Enforcement,
    StateCompensation,
    Bankruptcy,
    JudicialAid,
};

// Stable ASCII key, e.g. "state-compensation".
QString caseKindKey(CaseKind kind);
// Translated name for people.
QString caseKindName(CaseKind kind);

// One 类型代字 of the SPC case-number rules (最高人民法院关于人民法院案件案号的若干规定).
struct CaseTypeCode
{
    QString code; // e.g. 民初
    CaseKind kind;
    const char* stageSource; // English source of the stage, translated by stage()

    QString stage() const;
};

// A parsed 案号 such as （2020）甘01民初123号.
struct CaseNumber
{
    int year = 0;
    QString courtCode; // 甘 (high court), 甘01 (intermediate), 甘0102 (basic) or 最高法
    QString typeCode;  // 民初
    int sequence = 0;

    // Normalised form with full-width parentheses.
    QString toString() const;
    // The type code's table entry; never null for a parsed number.
    const CaseTypeCode* type() const;
};

class CaseNumberParser
{
    Q_DECLARE_TR_FUNCTIONS(cd::CaseNumberParser)
public:
    // Accepts half-width parentheses, full-width digits and stray whitespace.
    static Result<CaseNumber> parse(const QString& text);
    // The normalised form, or an empty string if text is not a valid case number.
    static QString normalise(const QString& text);

    static const QVector<CaseTypeCode>& typeCodes();
    static const CaseTypeCode* findTypeCode(const QString& code);
    // Province abbreviations allowed at the start of a court code (31 mainland + 兵).
    static const QString& provinceAbbreviations();

    static constexpr int minYear = 1949;
    static constexpr int maxYear = 2100;
};

} // namespace cd
