// Proofreading rules that compare the document with the case: case number, parties, amounts,
// court fee and required parts.

#include "cases/casenumber.h"
#include "chinesedate.h"
#include "courtfee.h"
#include "money.h"
#include "proofcontext.h"

#include <QRegularExpression>

namespace cd::ProofRules {

namespace {

ProofFinding finding(const char* rule, ProofFinding::Severity sev, int para, int offset, int length,
                     const QString& text, const QString& message, const QString& suggestion)
{
    return ProofFinding{QLatin1String(rule), sev, para, offset, length, text, message, suggestion};
}

constexpr auto Error = ProofFinding::Severity::Error;
constexpr auto Warning = ProofFinding::Severity::Warning;

int editDistance(const QString& a, const QString& b)
{
    QVector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = qMin(qMin(prev[j] + 1, cur[j - 1] + 1),
                          prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1));
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

qint64 fenOf(const QString& yuanText)
{
    QString t = yuanText;
    const auto v = Money::parseYuan(t.remove(QLatin1Char(',')));
    return v ? v.value() : -1;
}

QString yuan(qint64 fen)
{
    return Money::formatYuanShort(fen) + QStringLiteral("元");
}

} // namespace

const QRegularExpression& caseNumberPattern()
{
    static const QRegularExpression re(
        QStringLiteral("[（(]\\d{4}[）)][^\\s，。；、：（）()]{1,12}?\\d+号"));
    return re;
}

void caseNumber(const ProofDoc& d, Findings& out)
{
    QString reference = d.caseNumber;
    bool any = false;
    for (int i = 0; i < d.paragraphs.size(); ++i) {
        auto it = caseNumberPattern().globalMatch(d.paragraphs.at(i));
        while (it.hasNext()) {
            const auto m = it.next();
            any = true;
            const QString text = m.captured(0);
            const auto parsed = CaseNumberParser::parse(text);
            if (!parsed) {
                out << finding("case-number", Error, i, m.capturedStart(), m.capturedLength(), text,
                               QStringLiteral("案号格式不正确"),
                               QStringLiteral("按“（收案年度）法院代字类型代字案件编号号”书写，如（"
                                              "2026）甘0102民初123号"));
                continue;
            }
            const QString normal = parsed->toString();
            if (reference.isEmpty())
                reference = normal; // without case data, the first number is the document's own
            if (normal != CaseNumberParser::normalise(reference)) {
                // The header number must be the case's; another number of the same court and type
                // in the body is probably a slip, but may cite an earlier case.
                const auto ref = CaseNumberParser::parse(reference);
                const bool header = i < 5;
                if (header || (ref && ref->courtCode == parsed->courtCode &&
                               ref->typeCode == parsed->typeCode))
                    out << finding("case-number", header ? Error : Warning, i, m.capturedStart(),
                                   m.capturedLength(), text, QStringLiteral("案号与本案案号不一致"),
                                   CaseNumberParser::normalise(reference));
                continue;
            }
            if (text != normal)
                out << finding("case-number", Error, i, m.capturedStart(), m.capturedLength(), text,
                               QStringLiteral("案号应使用全角括号"), normal);
        }
    }
    if (!any && d.isJudgmentLike())
        out << finding("case-number", Error, qMin(2, int(d.paragraphs.size()) - 1), 0, 0, QString(),
                       QStringLiteral("文书缺少案号"),
                       reference.isEmpty() ? QStringLiteral("在文书名称下写明案号") : reference);
}

void parties(const ProofDoc& d, Findings& out)
{
    // The reference: the case's parties, else the document's own header.
    QVector<ProofParty> reference = d.caseParties;
    if (reference.isEmpty()) {
        for (const auto& hp : d.headerParties)
            reference << hp.second;
    }
    if (reference.isEmpty())
        return;
    QSet<int> headerLines;
    QSet<QString> suggested; // case parties already offered as the fix of a misspelt name
    if (!d.caseParties.isEmpty()) {
        for (const auto& hp : d.headerParties) {
            headerLines.insert(hp.first);
            const ProofParty& p = hp.second;
            const QString& line = d.paragraphs.at(hp.first);
            const int pos = line.indexOf(p.name);
            const ProofParty* same = nullptr;
            for (const ProofParty& c : d.caseParties) {
                if (c.name == p.name)
                    same = &c;
            }
            if (!same) {
                QString best;
                int bestDist = 3;
                for (const ProofParty& c : d.caseParties) {
                    const int dist = editDistance(c.name, p.name);
                    if (c.roleName == p.roleName && dist < bestDist) {
                        best = c.name;
                        bestDist = dist;
                    }
                }
                out << finding("party", Error, hp.first, pos, p.name.size(), p.name,
                               QStringLiteral("“%1”不是本案当事人").arg(p.name),
                               best.isEmpty() ? QStringLiteral("核对当事人名称") : best);
                suggested.insert(best);
            } else if (same->roleName != p.roleName) {
                out << finding("party", Error, hp.first, 0, p.roleName.size(), p.roleName,
                               QStringLiteral("%1在本案中的诉讼地位是%2，此处写作%3")
                                   .arg(p.name, same->roleName, p.roleName),
                               same->roleName);
            }
        }
        if (d.isJudgmentLike()) {
            const int at = d.headerParties.isEmpty() ? qMin(3, int(d.paragraphs.size()) - 1)
                                                     : d.headerParties.last().first;
            for (const ProofParty& c : d.caseParties) {
                bool listed = false;
                for (const auto& hp : d.headerParties)
                    listed |= hp.second.name == c.name;
                if (!listed && !suggested.contains(c.name))
                    out << finding(
                        "party", Error, at, 0, 0, QString(),
                        QStringLiteral("文书未列明本案当事人%1（%2）").arg(c.name, c.roleName),
                        QStringLiteral("%1：%2").arg(c.roleName, c.name));
            }
        }
    }
    // In the text, a party named with another role: 被告张三 where 张三 is the plaintiff.
    static const QStringList roles{QStringLiteral("原告"),   QStringLiteral("被告"),
                                   QStringLiteral("第三人"), QStringLiteral("被告人"),
                                   QStringLiteral("上诉人"), QStringLiteral("被上诉人"),
                                   QStringLiteral("申请人"), QStringLiteral("被申请人")};
    for (int i = 0; i < d.paragraphs.size(); ++i) {
        if (headerLines.contains(i))
            continue;
        const QString& text = d.paragraphs.at(i);
        for (const ProofParty& p : reference) {
            for (const QString& role : roles) {
                if (role == p.roleName || p.roleName.endsWith(role) || role.endsWith(p.roleName))
                    continue;
                const QString wrong = role + p.name;
                for (int pos = text.indexOf(wrong); pos >= 0; pos = text.indexOf(wrong, pos + 1)) {
                    // 被上诉人张三 contains 上诉人张三: only whole role words count.
                    if (pos > 0 &&
                        (text.at(pos - 1) == QChar(u'被') || text.at(pos - 1) == QChar(u'诉')))
                        continue;
                    out << finding("party", Error, i, pos, role.size(), role,
                                   QStringLiteral("%1在本案中的诉讼地位是%2，此处写作%3")
                                       .arg(p.name, p.roleName, role),
                                   p.roleName);
                }
            }
        }
    }
}

void amounts(const ProofDoc& d, Findings& out)
{
    static const QRegularExpression capitals(
        QStringLiteral("[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]{2,}"));
    static const QRegularExpression figure(QStringLiteral("(\\d[\\d,]*(?:\\.\\d{1,2})?)元"));
    static const QRegularExpression lowerAfterMarker(
        QStringLiteral("大写[：:]?(?:人民币)?([一二三四五六七八九十百千万零〇两]+[元圆角分]["
                       "一二三四五六七八九十零角分整正]*)"));
    for (int i = 0; i < d.paragraphs.size(); ++i) {
        const QString& text = d.paragraphs.at(i);
        auto lower = lowerAfterMarker.globalMatch(text);
        while (lower.hasNext()) {
            const auto m = lower.next();
            out << finding("amount-words", Error, i, m.capturedStart(1), m.capturedLength(1),
                           m.captured(1), QStringLiteral("大写金额应使用壹、贰、叁等大写数字"),
                           QStringLiteral("改用大写数字书写"));
        }
        auto it = capitals.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString words = m.captured(0);
            static const QRegularExpression unit(QStringLiteral("[元圆角分]"));
            static const QRegularExpression digit(QStringLiteral("[壹贰叁肆伍陆柒捌玖零]"));
            if (!unit.match(words).hasMatch() || !digit.match(words).hasMatch())
                continue;
            const auto value = AmountInWords::parse(words);
            if (!value) {
                out << finding("amount-words", Error, i, m.capturedStart(), m.capturedLength(),
                               words, QStringLiteral("大写金额无法识别"),
                               QStringLiteral("按《支付结算办法》的大写规范书写"));
                continue;
            }
            if (!AmountInWords::isAllowed(words))
                out << finding("amount-words", Error, i, m.capturedStart(), m.capturedLength(),
                               words, QStringLiteral("大写金额不符合书写规范"),
                               AmountInWords::canonical(value.value()));
            // The figure it restates: just before (…342074元（大写：…）) or just after
            // (…（100元）).
            qint64 figureFen = -1;
            int best = 1000;
            auto f = figure.globalMatch(text);
            while (f.hasNext()) {
                const auto fm = f.next();
                const int before = m.capturedStart() - fm.capturedEnd();
                const int after = fm.capturedStart() - m.capturedEnd();
                const int dist = before >= 0 ? before : after;
                if ((before >= 0 && before <= 12) || (after >= 0 && after <= 6)) {
                    if (dist < best) {
                        best = dist;
                        figureFen = fenOf(fm.captured(1));
                    }
                }
            }
            if (figureFen >= 0 && figureFen != value.value())
                out << finding("amount-words", Error, i, m.capturedStart(), m.capturedLength(),
                               words,
                               QStringLiteral("大写金额（%1）与小写金额（%2）不一致")
                                   .arg(yuan(value.value()), yuan(figureFen)),
                               AmountInWords::canonical(figureFen));
        }
    }
}

void courtFee(const ProofDoc& d, Findings& out)
{
    static const QRegularExpression fee(
        QStringLiteral("案件受理费(\\d+(?:\\.\\d{1,2})?)元(予以退还)?"));
    static const QRegularExpression half(QStringLiteral("减半收取(\\d+(?:\\.\\d{1,2})?)元"));
    const QString all = d.paragraphs.join(QLatin1Char('\n'));
    const QString procedure = d.snapshot.value(QStringLiteral("procedure")).toString();
    const bool simplified = CourtFee::isSimplifiedProcedure(procedure) ||
                            all.contains(QStringLiteral("适用简易程序")) ||
                            all.contains(QStringLiteral("适用小额诉讼程序"));
    const bool withdrawal =
        all.contains(QStringLiteral("撤诉")) && all.contains(QStringLiteral("裁定如下"));
    const bool mediated = d.title.endsWith(QStringLiteral("调解书"));
    std::optional<CourtFeeResult> expected;
    if (d.snapshot.contains(QStringLiteral("claimFen"))) {
        CourtFeeInput in;
        in.category = CourtFee::categoryFor(d.snapshot.value(QStringLiteral("kind")).toString(),
                                            d.snapshot.value(QStringLiteral("cause")).toString());
        in.claimFen = qint64(d.snapshot.value(QStringLiteral("claimFen")).toDouble());
        in.simplified = simplified;
        if (auto r = CourtFee::compute(in); r && in.category != FeeCategory::None)
            expected = r.value();
    }
    for (int i = 0; i < d.paragraphs.size(); ++i) {
        const QString& text = d.paragraphs.at(i);
        const auto m = fee.match(text);
        if (!m.hasMatch())
            continue;
        const qint64 stated = fenOf(m.captured(1));
        // A prepayment (预交) or a refund is the payable fee, already halved for simplified
        // procedure; elsewhere the sentence states the full fee and then the halving.
        const bool refund = !m.captured(2).isEmpty() ||
                            text.mid(qMax(0, m.capturedStart() - 2), 2) == QStringLiteral("预交");
        if (expected) {
            const qint64 lo = refund ? expected->feeFen : expected->fullFen;
            const qint64 hi = refund ? expected->feeFen : expected->fullMaxFen;
            if (stated < lo || stated > hi)
                out << finding(
                    "court-fee", Error, i, m.capturedStart(1), m.capturedLength(1), m.captured(1),
                    QStringLiteral("案件受理费应为%1（%2）").arg(yuan(lo), expected->basis.first()),
                    Money::formatYuan(lo));
        }
        const auto h = half.match(text);
        if (h.hasMatch()) {
            const qint64 halfStated = fenOf(h.captured(1));
            if (halfStated != (stated + 1) / 2)
                out << finding("court-fee", Error, i, h.capturedStart(1), h.capturedLength(1),
                               h.captured(1),
                               QStringLiteral("减半收取的金额应为%1").arg(yuan((stated + 1) / 2)),
                               Money::formatYuan((stated + 1) / 2));
        } else if (!refund && d.isJudgmentLike() && (simplified || withdrawal || mediated)) {
            const char* why = mediated ? "以调解方式结案的，依照《诉讼费用交纳办法》第十五条"
                              : withdrawal ? "准许撤诉的，依照《诉讼费用交纳办法》第十五条"
                                           : "适用简易程序审理的，依照《诉讼费用交纳办法》第十六条";
            out << finding("court-fee", Error, i, m.capturedStart(), m.capturedLength(),
                           m.captured(0),
                           QString::fromUtf8(why) + QStringLiteral("应减半收取案件受理费"),
                           QStringLiteral("案件受理费%1，减半收取%2")
                               .arg(yuan(stated), yuan((stated + 1) / 2)));
        }
    }
}

void requiredParts(const ProofDoc& d, const QVector<QStringList>& table, Findings& out)
{
    if (d.title.isEmpty() || d.paragraphs.isEmpty())
        return;
    const QString all = d.paragraphs.join(QLatin1Char('\n'));
    const int last = d.paragraphs.size() - 1;
    // Columns: title suffix, part, pattern, condition (may be empty), message, suggestion.
    for (const QStringList& row : table) {
        if (row.size() < 6 || !d.title.endsWith(row.at(0)))
            continue;
        if (!row.at(3).isEmpty() &&
            !QRegularExpression(row.at(3), QRegularExpression::MultilineOption)
                 .match(all)
                 .hasMatch())
            continue;
        bool present = false;
        if (row.at(2) == QLatin1String("@date"))
            present = d.dateParagraph >= 0;
        else
            present = QRegularExpression(row.at(2), QRegularExpression::MultilineOption)
                          .match(all)
                          .hasMatch();
        if (!present)
            out << finding("required-part", Error, last, d.paragraphs.at(last).size(), 0, row.at(1),
                           row.at(4), row.at(5));
    }
}

} // namespace cd::ProofRules
