#include "proofreader.h"

#include "chinesedate.h"
#include "proofcontext.h"
#include "provisions.h"
#include "statutes/citation.h"
#include "templaterepository.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace cd {

QJsonObject ProofFinding::toJson() const
{
    static const char* sev[] = {"error", "warning", "info"};
    return QJsonObject{
        {QStringLiteral("rule"), rule},
        {QStringLiteral("severity"), QString::fromLatin1(sev[int(severity)])},
        {QStringLiteral("paragraph"), paragraph + 1},
        {QStringLiteral("offset"), offset + 1},
        {QStringLiteral("length"), length},
        {QStringLiteral("text"), text},
        {QStringLiteral("message"), message},
        {QStringLiteral("suggestion"), suggestion},
    };
}

bool ProofDoc::isJudgmentLike() const
{
    return title.endsWith(QStringLiteral("判决书")) || title.endsWith(QStringLiteral("裁定书")) ||
           title.endsWith(QStringLiteral("调解书"));
}

bool ProofDoc::isProtected(int paragraph, int offset) const
{
    for (const auto& span : protectedSpans.value(paragraph)) {
        if (offset >= span.first && offset < span.first + span.second)
            return true;
    }
    return false;
}

void ProofDoc::protect(int paragraph, int offset, int length)
{
    protectedSpans[paragraph].push_back({offset, length});
}

const QVector<Proofreader::RuleInfo>& Proofreader::rules()
{
    static const QVector<RuleInfo> r{
        {"party", "Party names and roles match the case"},
        {"case-number", "The case number is valid and matches the case"},
        {"amount-words", "Amounts in capitals are well formed and agree with the figures"},
        {"date", "Dates exist and are in order (the document comes after the filing)"},
        {"citation", "Every cited article exists in the text in force on the document date"},
        {"punctuation", "Chinese text uses full-width punctuation"},
        {"repeat", "Repeated characters and words (typing slips)"},
        {"required-part", "Required parts are present (e.g. the appeal notice)"},
        {"court-fee", "The court fee matches the fee rules for the claim"},
    };
    return r;
}

Proofreader::Proofreader(const StatuteLibrary* library, const TemplateRepository& repo)
    : m_library(library), m_repo(repo)
{
}

QVector<ProofFinding> Proofreader::check(const ProofInput& input) const
{
    const ProofDoc doc = ProofRules::analyse(input);
    ProofRules::Findings out;
    ProofRules::caseNumber(doc, out);
    ProofRules::parties(doc, out);
    ProofRules::amounts(doc, out);
    ProofRules::dates(doc, out);
    ProofRules::citations(doc, m_library, ProvisionTable::fromRepository(m_repo), out);
    ProofRules::punctuation(doc, out);
    ProofRules::repeats(doc, out);
    ProofRules::requiredParts(doc, m_repo.table(QStringLiteral("required-parts")), out);
    ProofRules::courtFee(doc, out);
    std::stable_sort(out.begin(), out.end(), [](const ProofFinding& a, const ProofFinding& b) {
        return std::tie(a.paragraph, a.offset) < std::tie(b.paragraph, b.offset);
    });
    return out;
}

namespace ProofRules {

namespace {
// Roles a header line can start with, longest first so 被告人 is not read as 被告.
const QStringList& roleWords()
{
    static const QStringList w{
        QStringLiteral("申请执行人"), QStringLiteral("被执行人"), QStringLiteral("被上诉人"),
        QStringLiteral("上诉人"),     QStringLiteral("被申请人"), QStringLiteral("申请人"),
        QStringLiteral("公诉机关"),   QStringLiteral("被告人"),   QStringLiteral("第三人"),
        QStringLiteral("原告"),       QStringLiteral("被告"),
    };
    return w;
}
} // namespace

ProofDoc analyse(const ProofInput& input)
{
    ProofDoc d;
    for (const QString& p : input.paragraphs)
        d.paragraphs << p.trimmed();
    d.snapshot = input.caseSnapshot;
    d.caseNumber = input.caseSnapshot.value(QStringLiteral("caseNumber")).toString();
    for (const QJsonValue& v : input.caseSnapshot.value(QStringLiteral("parties")).toArray()) {
        const QJsonObject o = v.toObject();
        d.caseParties << ProofParty{o.value(QStringLiteral("roleName")).toString(),
                                    o.value(QStringLiteral("name")).toString()};
    }
    static const QRegularExpression title(QStringLiteral("^[\\p{Han}]{2,12}(?:书|票|公告)$"));
    for (int i = 0; i < qMin(4, d.paragraphs.size()); ++i) {
        if (title.match(d.paragraphs.at(i)).hasMatch() &&
            !d.paragraphs.at(i).endsWith(QStringLiteral("法院"))) {
            d.title = d.paragraphs.at(i);
            break;
        }
    }
    static const QRegularExpression dateLine(
        QStringLiteral("^(?:[〇零一二三四五六七八九]{4}|\\d{4})年[一二三四五六七八九十\\d]{1,3}月"
                       "[一二三四五六七八九十\\d]{1,3}日$"));
    for (int i = d.paragraphs.size() - 1; i >= 0; --i) {
        if (dateLine.match(d.paragraphs.at(i)).hasMatch()) {
            d.dateParagraph = i;
            d.date = ChineseDate::parse(d.paragraphs.at(i));
            break;
        }
    }
    if (input.documentDate.isValid())
        d.date = input.documentDate;
    if (!d.date.isValid())
        d.date = QDate::fromString(
            input.caseSnapshot.value(QStringLiteral("documentDate")).toString(), Qt::ISODate);
    static const QRegularExpression filed(QStringLiteral("于(\\d{4}年\\d{1,2}月\\d{1,2}日)立案"));
    for (const QString& p : qAsConst(d.paragraphs)) {
        const auto m = filed.match(p);
        if (m.hasMatch()) {
            d.filed = ChineseDate::parse(m.captured(1));
            break;
        }
    }
    // The header: the run of party lines (with their representatives and attorneys) after the
    // case number, up to the first paragraph of running text.
    static const QStringList agentWords{
        QStringLiteral("委托诉讼代理人"), QStringLiteral("法定代表人"),
        QStringLiteral("辩护人"),         QStringLiteral("诉讼代表人"),
        QStringLiteral("负责人"),         QStringLiteral("法定代理人")};
    bool inHeader = false;
    for (int i = 0; i < d.paragraphs.size(); ++i) {
        const QString& p = d.paragraphs.at(i);
        if (p.contains(QStringLiteral("一案")))
            break;
        bool partyLine = false;
        for (const QString& role : roleWords()) {
            if (!p.startsWith(role))
                continue;
            int start = role.size();
            const bool colon = start < p.size() &&
                               (p.at(start) == QChar(u'：') || p.at(start) == QLatin1Char(':'));
            // Civil and administrative headers write 原告：; criminal ones 公诉机关… and 被告人…
            // without a colon. Running text (原告张三不服…) has neither form.
            const bool criminal =
                role == QStringLiteral("公诉机关") || role == QStringLiteral("被告人");
            if (!colon && !criminal)
                break;
            partyLine = true;
            if (colon)
                ++start;
            int end = start;
            while (end < p.size() && !QStringLiteral("，。（,(；、").contains(p.at(end)))
                ++end;
            const QString name = p.mid(start, end - start).trimmed();
            if (!name.isEmpty() && name.size() <= 40)
                d.headerParties.push_back({i, ProofParty{role, name}});
            break;
        }
        bool agentLine = false;
        for (const QString& a : agentWords)
            agentLine |= p.startsWith(a);
        if (partyLine)
            inHeader = true;
        else if (inHeader && !agentLine)
            break;
    }
    // Spans other rules own: case numbers, dates, amounts, citations. Their own rules check
    // them; punctuation and repetition rules leave them alone.
    static const QRegularExpression capitals(
        QStringLiteral("[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]{2,}"));
    for (int i = 0; i < d.paragraphs.size(); ++i) {
        const QString& p = d.paragraphs.at(i);
        for (const QRegularExpression* re : {&caseNumberPattern(), &datePattern(), &capitals}) {
            auto it = re->globalMatch(p);
            while (it.hasNext()) {
                const auto m = it.next();
                d.protect(i, m.capturedStart(), m.capturedLength());
            }
        }
        for (const Citation& c : CitationParser::findAll(p))
            d.protect(i, c.start, c.length);
    }
    // Names are never typos or punctuation problems.
    QStringList names;
    for (const ProofParty& p : qAsConst(d.caseParties))
        names << p.name;
    for (const auto& hp : qAsConst(d.headerParties))
        names << hp.second.name;
    for (int i = 0; i < d.paragraphs.size(); ++i) {
        for (const QString& n : qAsConst(names)) {
            for (int pos = d.paragraphs.at(i).indexOf(n); pos >= 0 && !n.isEmpty();
                 pos = d.paragraphs.at(i).indexOf(n, pos + 1))
                d.protect(i, pos, n.size());
        }
    }
    return d;
}

} // namespace ProofRules

} // namespace cd
