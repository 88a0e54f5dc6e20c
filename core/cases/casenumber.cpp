#include "casenumber.h"

#include "common/logging.h"

namespace cd {

QString foldTypedInput(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == 0x3000)
            continue;
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFF01 + 0x21)));
        else
            out.append(c);
    }
    return out;
}

namespace {

constexpr char trContext[] = "cd::CaseNumberParser";

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

Error invalid(const QString& message, const QString& input)
{
    qCDebug(lcCases) << "rejected case number" << input << ":" << message;
    return makeError(ErrorCode::InvalidInput, message, QStringLiteral("case number: ") + input);
}

const QString spcCode = QStringLiteral("最高法");

} // namespace

QString caseKindKey(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Civil:
        return QStringLiteral("civil");
    case CaseKind::Criminal:
        return QStringLiteral("criminal");
    case CaseKind::Administrative:
        return QStringLiteral("administrative");
    case CaseKind::Enforcement:
        return QStringLiteral("enforcement");
    case CaseKind::StateCompensation:
        return QStringLiteral("state-compensation");
    case CaseKind::Bankruptcy:
        return QStringLiteral("bankruptcy");
    case CaseKind::JudicialAid:
        return QStringLiteral("judicial-aid");
    }
    return {};
}

QString caseKindName(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Civil:
        return CaseNumberParser::tr("Civil");
    case CaseKind::Criminal:
        return CaseNumberParser::tr("Criminal");
    case CaseKind::Administrative:
        return CaseNumberParser::tr("Administrative");
    case CaseKind::Enforcement:
        return CaseNumberParser::tr("Enforcement");
    case CaseKind::StateCompensation:
        return CaseNumberParser::tr("State compensation");
    case CaseKind::Bankruptcy:
        return CaseNumberParser::tr("Bankruptcy");
    case CaseKind::JudicialAid:
        return CaseNumberParser::tr("Judicial aid");
    }
    return {};
}

QString CaseTypeCode::stage() const
{
    return QCoreApplication::translate(trContext, stageSource);
}

QString CaseNumber::toString() const
{
    return QStringLiteral("（%1）%2%3%4号").arg(year).arg(courtCode, typeCode).arg(sequence);
}

const CaseTypeCode* CaseNumber::type() const
{
    return CaseNumberParser::findTypeCode(typeCode);
}

const QString& CaseNumberParser::provinceAbbreviations()
{
    static const QString list =
        QStringLiteral("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新兵");
    return list;
}

// Type codes (类型代字) per the SPC case-number rules in force since 2016-01-01. Data, not
// logic: add a row when a court needs another code.
const QVector<CaseTypeCode>& CaseNumberParser::typeCodes()
{
    using K = CaseKind;
    static const QVector<CaseTypeCode> table{
        {QStringLiteral("民初"), K::Civil,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "First instance")},
        {QStringLiteral("民终"), K::Civil,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Second instance")},
        {QStringLiteral("民申"), K::Civil,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Review of an application for retrial")},
        {QStringLiteral("民再"), K::Civil, QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Retrial")},
        {QStringLiteral("民监"), K::Civil,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Trial supervision")},
        {QStringLiteral("民特"), K::Civil,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Special procedure")},
        {QStringLiteral("民催"), K::Civil,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Public summons for exhortation")},
        {QStringLiteral("民督"), K::Civil,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Payment order")},
        {QStringLiteral("民撤"), K::Civil,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Third-party action to set aside a judgment")},
        {QStringLiteral("民辖"), K::Civil,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Jurisdiction dispute")},
        {QStringLiteral("民辖终"), K::Civil,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Appeal on jurisdiction")},
        {QStringLiteral("刑初"), K::Criminal,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "First instance")},
        {QStringLiteral("刑终"), K::Criminal,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Second instance")},
        {QStringLiteral("刑核"), K::Criminal,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Review for approval of a sentence")},
        {QStringLiteral("刑申"), K::Criminal,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Review of a petition")},
        {QStringLiteral("刑再"), K::Criminal, QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Retrial")},
        {QStringLiteral("刑更"), K::Criminal,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Commutation and parole")},
        {QStringLiteral("刑医"), K::Criminal,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Compulsory medical treatment")},
        {QStringLiteral("刑没"), K::Criminal,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Confiscation of illegal gains")},
        {QStringLiteral("行初"), K::Administrative,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "First instance")},
        {QStringLiteral("行终"), K::Administrative,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Second instance")},
        {QStringLiteral("行申"), K::Administrative,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Review of an application for retrial")},
        {QStringLiteral("行再"), K::Administrative,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Retrial")},
        {QStringLiteral("行审"), K::Administrative,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser",
                           "Review of an application to enforce an administrative decision")},
        {QStringLiteral("执"), K::Enforcement,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Enforcement")},
        {QStringLiteral("执恢"), K::Enforcement,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Resumed enforcement")},
        {QStringLiteral("执保"), K::Enforcement,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Enforcement of preservation")},
        {QStringLiteral("执异"), K::Enforcement,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Objection to enforcement")},
        {QStringLiteral("执复"), K::Enforcement,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Reconsideration in enforcement")},
        {QStringLiteral("执监"), K::Enforcement,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Enforcement supervision")},
        {QStringLiteral("执协"), K::Enforcement,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Enforcement coordination")},
        {QStringLiteral("破申"), K::Bankruptcy,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Review of a bankruptcy application")},
        {QStringLiteral("破"), K::Bankruptcy,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Bankruptcy proceedings")},
        {QStringLiteral("强清"), K::Bankruptcy,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Compulsory liquidation")},
        {QStringLiteral("赔"), K::StateCompensation,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "State compensation")},
        {QStringLiteral("法赔"), K::StateCompensation,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "State compensation owed by a court")},
        {QStringLiteral("委赔"), K::StateCompensation,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Compensation committee")},
        {QStringLiteral("司救"), K::JudicialAid,
         QT_TRANSLATE_NOOP("cd::CaseNumberParser", "Judicial aid")},
    };
    return table;
}

const CaseTypeCode* CaseNumberParser::findTypeCode(const QString& code)
{
    for (const CaseTypeCode& t : typeCodes()) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

Result<CaseNumber> CaseNumberParser::parse(const QString& text)
{
    const QString s = foldTypedInput(text);
    if (s.isEmpty())
        return invalid(tr("The case number is empty."), text);

    // （收案年度）
    if (s.at(0) != QLatin1Char('('))
        return invalid(tr("A case number starts with the year in parentheses, e.g. "
                          "（2020）甘01民初123号."),
                       text);
    int pos = 1;
    while (pos < s.size() && isAsciiDigit(s.at(pos)))
        ++pos;
    if (pos - 1 != 4)
        return invalid(tr("The year in parentheses must have four digits."), text);
    const int year = s.mid(1, 4).toInt();
    if (pos >= s.size() || s.at(pos) != QLatin1Char(')'))
        return invalid(tr("The closing parenthesis after the year is missing."), text);
    ++pos;
    if (year < minYear || year > maxYear)
        return invalid(tr("The year %1 is not plausible (expected %2 to %3).")
                           .arg(year)
                           .arg(minYear)
                           .arg(maxYear),
                       text);

    // 法院代字: 最高法, or a province followed by nothing, 2 or 4 digits.
    CaseNumber n;
    n.year = year;
    if (s.mid(pos, spcCode.size()) == spcCode) {
        n.courtCode = spcCode;
        pos += spcCode.size();
    } else {
        if (pos >= s.size() || !provinceAbbreviations().contains(s.at(pos)))
            return invalid(tr("The court code must start with a province abbreviation such as "
                              "甘, or be 最高法; found “%1”.")
                               .arg(s.mid(pos, 1)),
                           text);
        const int start = pos++;
        while (pos < s.size() && isAsciiDigit(s.at(pos)))
            ++pos;
        const int digits = pos - start - 1;
        if (digits != 0 && digits != 2 && digits != 4)
            return invalid(tr("The court code “%1” must have 2 digits (intermediate court) or 4 "
                              "digits (basic court) after the province.")
                               .arg(s.mid(start, pos - start)),
                           text);
        n.courtCode = s.mid(start, pos - start);
    }

    // 类型代字: everything up to the sequence digits.
    const int typeStart = pos;
    while (pos < s.size() && !isAsciiDigit(s.at(pos)))
        ++pos;
    n.typeCode = s.mid(typeStart, pos - typeStart);
    if (n.typeCode.isEmpty())
        return invalid(tr("The case type code (e.g. 民初) is missing."), text);
    if (pos >= s.size())
        return invalid(tr("The case sequence number is missing."), text);
    if (!findTypeCode(n.typeCode))
        return invalid(tr("Unknown case type code “%1”.").arg(n.typeCode), text);

    // 案件编号 and the closing 号.
    const int seqStart = pos;
    while (pos < s.size() && isAsciiDigit(s.at(pos)))
        ++pos;
    const QString seq = s.mid(seqStart, pos - seqStart);
    if (seq.startsWith(QLatin1Char('0')))
        return invalid(tr("The sequence number “%1” must not start with 0.").arg(seq), text);
    if (seq.size() > 9)
        return invalid(tr("The sequence number “%1” is too long.").arg(seq), text);
    n.sequence = seq.toInt();
    if (pos >= s.size() || s.at(pos) != QChar(u'号'))
        return invalid(tr("A case number ends with 号 right after the sequence number."), text);
    if (pos + 1 != s.size())
        return invalid(tr("Unexpected text “%1” after 号.").arg(s.mid(pos + 1)), text);
    return n;
}

QString CaseNumberParser::normalise(const QString& text)
{
    const auto r = parse(text);
    return r ? r.value().toString() : QString();
}

} // namespace cd
