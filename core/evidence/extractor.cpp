#include "extractor.h"

#include "cases/casenumber.h"
#include "cases/idvalidators.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

namespace cd {

namespace {

// Role words and the CaseVocabulary role keys they suggest. Longer words first, so 被上诉人
// is not read as 上诉人.
struct RoleWord
{
    const char* word;
    const char* role;
};
const RoleWord kRoleWords[] = {
    {"申请执行人", "applicant"}, {"被申请执行人", "respondent"}, {"被上诉人", "appellee"},
    {"被申请人", "respondent"},  {"被执行人", "respondent"},     {"原审原告", "plaintiff"},
    {"原审被告", "defendant"},   {"被告人", "defendant"},        {"上诉人", "appellant"},
    {"申请人", "applicant"},     {"第三人", "third-party"},      {"原告", "plaintiff"},
    {"被告", "defendant"},
};

// A person's name ends where one of these starts.
const QString kNameStops =
    QStringLiteral("诉与的于向因称等及和、，,。；;：:（(）) 　男女住身系现户出生年");
// Words that follow a role word but are not names (原告提供…, 被告应当…).
const QString kNotNameStarts = QStringLiteral("提应对不可在将已未因为是有本该所经均认主辩称请同");
const QStringList kCauseWords{
    QStringLiteral("借款"), QStringLiteral("合同"), QStringLiteral("买卖"),
    QStringLiteral("离婚"), QStringLiteral("侵权"), QStringLiteral("劳动"),
    QStringLiteral("租赁"), QStringLiteral("民间"), QStringLiteral("纠纷")};
const QStringList kOrgSuffixes{
    QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("有限公司"),
    QStringLiteral("公司"),         QStringLiteral("合作社"),       QStringLiteral("委员会"),
    QStringLiteral("医院"),         QStringLiteral("银行"),         QStringLiteral("支行"),
    QStringLiteral("学校"),         QStringLiteral("厂"),           QStringLiteral("局")};

bool isHan(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

void add(QVector<Extraction>& out, ExtractKind kind, const QString& value, const QString& display,
         const QString& matched, int page, int offset, const QString& field,
         const QString& role = {})
{
    for (const Extraction& e : out) {
        if (e.kind == kind && e.value == value && e.offset == offset)
            return;
    }
    Extraction e;
    e.kind = kind;
    e.value = value;
    e.display = display;
    e.matched = matched;
    e.page = page;
    e.offset = offset;
    e.field = field;
    e.role = role;
    out << e;
}

QString yuan(qint64 fen)
{
    return QStringLiteral("¥") + QLocale::c().toString(double(fen) / 100.0, 'f', 2);
}

int chineseNumber(const QString& s)
{
    // 十 / 十二 / 二十 / 二十三 / 三十一 and digits written with 〇-九.
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (s.isEmpty())
        return -1;
    const int ten = s.indexOf(QStringLiteral("十"));
    if (ten < 0) {
        int v = 0;
        for (QChar c : s) {
            int d = digits.indexOf(c);
            if (d < 0 && c == QStringLiteral("零").at(0))
                d = 0;
            if (d < 0)
                return -1;
            v = v * 10 + d;
        }
        return v;
    }
    const int tens = ten == 0 ? 1 : digits.indexOf(s.at(0));
    const int ones = ten + 1 < s.size() ? digits.indexOf(s.at(ten + 1)) : 0;
    if (tens < 0 || ones < 0)
        return -1;
    return tens * 10 + ones;
}

void findIds(const QString& t, int page, QVector<Extraction>& out)
{
    static const QRegularExpression re(
        QStringLiteral("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])"));
    for (auto it = re.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (auto id = IdValidators::parseResidentId(m.captured()); id)
            add(out, ExtractKind::ResidentId, id->number, id->number, m.captured(), page,
                int(m.capturedStart()), QStringLiteral("party.idNumber"));
    }
    static const QRegularExpression cc(QStringLiteral(
        "(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])"));
    for (auto it = cc.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (auto code = IdValidators::parseCreditCode(m.captured()); code)
            add(out, ExtractKind::CreditCode, code.value(), code.value(), m.captured(), page,
                int(m.capturedStart()), QStringLiteral("party.idNumber"));
    }
}

void findPhones(const QString& t, int page, QVector<Extraction>& out)
{
    static const QRegularExpression re(
        QStringLiteral("(?<!\\d)(1[3-9]\\d{9}|0\\d{2,3}-\\d{7,8})(?!\\d)"));
    for (auto it = re.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        add(out, ExtractKind::Phone, m.captured(1), m.captured(1), m.captured(), page,
            int(m.capturedStart()), QStringLiteral("party.phone"));
    }
}

void findAmounts(const QString& t, int page, QVector<Extraction>& out)
{
    static const QRegularExpression re(QStringLiteral(
        "(?:人民币|￥|¥)?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?)\\s*(万元|元)"));
    for (auto it = re.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        QString num = m.captured(1);
        num.remove(QLatin1Char(','));
        bool ok = false;
        const double v = num.toDouble(&ok);
        if (!ok)
            continue;
        const qint64 fen =
            qRound64(v * (m.captured(2) == QLatin1String("万元") ? 1000000.0 : 100.0));
        add(out, ExtractKind::Amount, QString::number(fen), yuan(fen), m.captured(), page,
            int(m.capturedStart()), QStringLiteral("case.claim"));
    }
    static const QRegularExpression cap(
        QStringLiteral("[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[元圆](?:整|正|[零壹贰叁肆伍陆柒捌玖]角(?:"
                       "[零壹贰叁肆伍陆柒捌玖]分)?|零?[壹贰叁肆伍陆柒捌玖]分)?"));
    for (auto it = cap.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        const qint64 fen = Extractor::parseCapitalAmount(m.captured());
        if (fen > 0)
            add(out, ExtractKind::AmountInCapitals, QString::number(fen), yuan(fen), m.captured(),
                page, int(m.capturedStart()), QStringLiteral("case.claim"));
    }
}

void findDates(const QString& t, int page, QVector<Extraction>& out)
{
    static const QRegularExpression re(QStringLiteral(
        "(?<!\\d)(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*日?"));
    for (auto it = re.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid() && d.year() >= 1949 && d.year() <= 2100)
            add(out, ExtractKind::Date, d.toString(Qt::ISODate), d.toString(Qt::ISODate),
                m.captured(), page, int(m.capturedStart()), QStringLiteral("event.date"));
    }
    static const QRegularExpression cn(
        QStringLiteral("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(["
                       "一二三四五六七八九十]{1,3})日"));
    for (auto it = cn.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        const QDate d(chineseNumber(m.captured(1)), chineseNumber(m.captured(2)),
                      chineseNumber(m.captured(3)));
        if (d.isValid())
            add(out, ExtractKind::Date, d.toString(Qt::ISODate), d.toString(Qt::ISODate),
                m.captured(), page, int(m.capturedStart()), QStringLiteral("event.date"));
    }
}

void findCaseNumbers(const QString& t, int page, QVector<Extraction>& out)
{
    static const QRegularExpression re(
        QStringLiteral("[（(]\\s*\\d{4}\\s*[）)][^\\s，。；、,;]{1,14}?\\d{1,6}\\s*号"));
    for (auto it = re.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        if (auto n = CaseNumberParser::parse(m.captured()); n)
            add(out, ExtractKind::CaseNumber, n->toString(), n->toString(), m.captured(), page,
                int(m.capturedStart()), QStringLiteral("case.number"));
    }
}

void findParties(const QString& t, int page, QVector<Extraction>& out)
{
    for (int i = 0; i < t.size(); ++i) {
        for (const RoleWord& rw : kRoleWords) {
            const QString word = QString::fromUtf8(rw.word);
            if (!t.mid(i, word.size()).startsWith(word))
                continue;
            // Skip a role word that is the tail of a longer one (被告 inside 原审被告 is found at
            // the longer word's start).
            int p = i + word.size();
            while (p < t.size() &&
                   (t.at(p) == QLatin1Char(':') || t.at(p) == QChar(0xFF1A) || t.at(p).isSpace()))
                ++p;
            QString org;
            for (const QString& suffix : kOrgSuffixes) {
                const int at = t.indexOf(suffix, p);
                if (at > p && at - p <= 30) {
                    const QString cand = t.mid(p, at - p + suffix.size());
                    bool clean = true;
                    for (QChar c : cand)
                        clean = clean && (isHan(c) || c == QChar(0xFF08) || c == QChar(0xFF09));
                    if (clean && (org.isEmpty() || cand.size() < org.size()))
                        org = cand;
                }
            }
            QString name;
            if (!org.isEmpty()) {
                name = org;
            } else {
                int e = p;
                while (e < t.size() && e - p < 4 && isHan(t.at(e)) && !kNameStops.contains(t.at(e)))
                    ++e;
                name = t.mid(p, e - p);
                const QString after = t.mid(e, 2);
                const bool endsWell =
                    e >= t.size() || kNameStops.contains(t.at(e)) || kCauseWords.contains(after);
                if (name.size() < 2 || !endsWell || kNotNameStarts.contains(name.at(0)))
                    name.clear();
            }
            if (!name.isEmpty())
                add(out, ExtractKind::PartyName, name, name, t.mid(i, p - i + name.size()), page, p,
                    QStringLiteral("party.name"), QString::fromLatin1(rw.role));
            i = p - 1;
            break;
        }
    }
}

} // namespace

qint64 Extractor::parseCapitalAmount(const QString& text)
{
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    qint64 total = 0;   // fen
    qint64 section = 0; // below 万
    qint64 number = 0;
    qint64 pending = 0; // digit waiting for its unit
    bool seenYuan = false;
    for (QChar c : text) {
        const int d = digits.indexOf(c);
        if (d >= 0) {
            pending = d;
            continue;
        }
        switch (c.unicode()) {
        case 0x62FE: // 拾
            section += (pending ? pending : 1) * 10;
            pending = 0;
            break;
        case 0x4F70: // 佰
            section += pending * 100;
            pending = 0;
            break;
        case 0x4EDF: // 仟
            section += pending * 1000;
            pending = 0;
            break;
        case 0x4E07: // 万
            number += (section + pending) * 10000;
            section = pending = 0;
            break;
        case 0x4EBF: // 亿
            number = (number + section + pending) * 100000000;
            section = pending = 0;
            break;
        case 0x5143: // 元
        case 0x5706: // 圆
            number += section + pending;
            total = number * 100;
            section = pending = 0;
            seenYuan = true;
            break;
        case 0x89D2: // 角
            total += pending * 10;
            pending = 0;
            break;
        case 0x5206: // 分
            total += pending;
            pending = 0;
            break;
        case 0x6574: // 整
        case 0x6B63: // 正
            break;
        default:
            return -1;
        }
    }
    return seenYuan ? total : -1;
}

QVector<Extraction> Extractor::extract(const QString& text, int page)
{
    // Full-width digits and letters typed or recognised as such are folded first; offsets then
    // refer to the folded text, which has the same length except for dropped white space, so
    // white space is kept here.
    QString t = text;
    for (QChar& c : t) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(c.unicode() - 0xFF10 + '0');
        else if (c.unicode() >= 0xFF21 && c.unicode() <= 0xFF3A)
            c = QChar(c.unicode() - 0xFF21 + 'A');
    }
    QVector<Extraction> out;
    findCaseNumbers(t, page, out);
    findParties(t, page, out);
    findIds(t, page, out);
    findPhones(t, page, out);
    findAmounts(t, page, out);
    findDates(t, page, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const Extraction& a, const Extraction& b) { return a.offset < b.offset; });
    return out;
}

QVector<Extraction> Extractor::extract(const ocr::OcrPage& page, const QString& text)
{
    QVector<Extraction> out = extract(text, page.pageNumber);
    QHash<QString, int> seen;
    for (Extraction& e : out)
        e.box = locate(page, e.matched, seen[e.matched]++);
    return out;
}

QRect Extractor::locate(const ocr::OcrPage& page, const QString& matched, int occurrence)
{
    QString needle = matched;
    needle.remove(QRegularExpression(QStringLiteral("\\s")));
    if (needle.isEmpty() || page.words.isEmpty())
        return {};
    QString concat;
    QVector<int> owner; // word index of each character of concat
    for (int w = 0; w < page.words.size(); ++w) {
        for (QChar c : page.words.at(w).text) {
            if (c.isSpace())
                continue;
            concat += c;
            owner << w;
        }
    }
    int at = -1;
    for (int k = 0; k <= occurrence; ++k) {
        at = concat.indexOf(needle, at + 1);
        if (at < 0)
            return {};
    }
    QRect box;
    for (int i = at; i < at + needle.size(); ++i)
        box = box.united(page.words.at(owner.at(i)).box);
    return box;
}

QString Extractor::kindLabel(ExtractKind kind)
{
    switch (kind) {
    case ExtractKind::ResidentId:
        return tr("Resident ID");
    case ExtractKind::CreditCode:
        return tr("Unified social credit code");
    case ExtractKind::Phone:
        return tr("Phone");
    case ExtractKind::Amount:
        return tr("Amount");
    case ExtractKind::AmountInCapitals:
        return tr("Amount in capitals");
    case ExtractKind::Date:
        return tr("Date");
    case ExtractKind::CaseNumber:
        return tr("Case number");
    case ExtractKind::PartyName:
        return tr("Party");
    }
    return QString();
}

} // namespace cd
