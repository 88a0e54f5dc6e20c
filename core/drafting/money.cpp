#include "money.h"

#include "cases/casenumber.h"

#include <QRegularExpression>
#include <QSet>

namespace cd {

Result<qint64> Money::parseYuan(const QString& text)
{
    QString s = foldTypedInput(text);
    s.remove(QLatin1Char(','));
    if (s.endsWith(QChar(u'元')))
        s.chop(1);
    static const QRegularExpression re(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("“%1” is not an amount in yuan such as 1409.50.").arg(text));
    QString dec = m.captured(2);
    while (dec.size() < 2)
        dec += QLatin1Char('0');
    return m.captured(1).toLongLong() * 100 + dec.toInt();
}

QString Money::formatYuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 a = qAbs(fen);
    return sign + QStringLiteral("%1.%2").arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString Money::formatYuanShort(qint64 fen)
{
    if (fen % 100 == 0)
        return QString::number(fen / 100);
    return formatYuan(fen);
}

namespace {

const char16_t kDigits[] = u"零壹贰叁肆伍陆柒捌玖";
const char16_t kSmallUnits[] = u"\0拾佰仟";

struct CapitalsStyle
{
    bool zeroAtGroupBoundary = false; // 壹拾万零柒仟 instead of 壹拾万柒仟
    bool zeroAfterYuan = false;       // 壹仟陆佰捌拾元零叁角 instead of …元叁角
    bool zhengAfterJiao = false;      // 伍角整
    QChar zheng = QChar(u'整');
    QChar yuan = QChar(u'元');
};

QString integerCapitals(qint64 n, const CapitalsStyle& st)
{
    if (n == 0)
        return {};
    const QString digits = QString::number(n);
    const int top = digits.size() - 1;
    QString out;
    bool started = false;
    bool zeroRun = false;
    for (int p = top; p >= 0; --p) {
        const int d = digits.at(top - p).digitValue();
        if (d == 0) {
            if (started)
                zeroRun = true;
        } else {
            if (zeroRun) {
                // A run that stops just below a 万/亿 position with the 千 digit set may be
                // written with or without 零.
                const bool optional = p % 4 == 3;
                if (!optional || st.zeroAtGroupBoundary)
                    out += QChar(u'零');
                zeroRun = false;
            }
            out += QChar(kDigits[d]);
            if (p % 4 != 0)
                out += QChar(kSmallUnits[p % 4]);
            started = true;
        }
        if (p > 0 && p % 4 == 0) {
            // The group unit is written when the group it closes has a digit.
            bool groupHasDigit = false;
            for (int q = p; q < p + 4 && q <= top; ++q)
                groupHasDigit |= digits.at(top - q) != QLatin1Char('0');
            if (groupHasDigit)
                out += p % 8 == 0 ? QChar(u'亿') : QChar(u'万');
        }
    }
    return out;
}

QString capitals(qint64 fen, const CapitalsStyle& st)
{
    const qint64 yuan = fen / 100;
    const int jiao = int(fen / 10 % 10);
    const int fenDigit = int(fen % 10);
    QString out = integerCapitals(yuan, st);
    if (yuan == 0 && jiao == 0 && fenDigit == 0)
        return QStringLiteral("零") + st.yuan + st.zheng;
    if (yuan > 0)
        out += st.yuan;
    if (jiao == 0 && fenDigit == 0)
        return out + st.zheng;
    if (jiao > 0) {
        if (yuan > 0 && yuan % 10 == 0 && st.zeroAfterYuan)
            out += QChar(u'零');
        out += QChar(kDigits[jiao]) + QStringLiteral("角");
    } else if (yuan > 0) {
        out += QChar(u'零'); // 叁佰贰拾伍元零肆分: required when 角 is zero
    }
    if (fenDigit > 0)
        out += QChar(kDigits[fenDigit]) + QStringLiteral("分");
    else if (st.zhengAfterJiao)
        out += st.zheng;
    return out;
}

int capitalDigit(QChar c)
{
    for (int i = 0; i < 10; ++i) {
        if (c == QChar(kDigits[i]))
            return i;
    }
    return -1;
}

QString stripPrefix(const QString& text)
{
    QString s = text.trimmed();
    if (s.startsWith(QStringLiteral("人民币")))
        s = s.mid(3);
    return s;
}

} // namespace

QString AmountInWords::canonical(qint64 fen)
{
    if (fen < 0)
        return {};
    return capitals(fen, CapitalsStyle{});
}

QStringList AmountInWords::allowedForms(qint64 fen)
{
    QStringList out;
    if (fen < 0)
        return out;
    QSet<QString> seen;
    for (int mask = 0; mask < 16; ++mask) {
        for (QChar zheng : {QChar(u'整'), QChar(u'正')}) {
            CapitalsStyle st;
            st.zeroAtGroupBoundary = mask & 1;
            st.zeroAfterYuan = mask & 2;
            st.zhengAfterJiao = mask & 4;
            st.yuan = (mask & 8) ? QChar(u'圆') : QChar(u'元');
            st.zheng = zheng;
            const QString s = capitals(fen, st);
            if (!seen.contains(s)) {
                seen.insert(s);
                out << s;
            }
        }
    }
    // The canonical form first.
    out.removeAll(canonical(fen));
    out.prepend(canonical(fen));
    return out;
}

bool AmountInWords::isCapitalsChar(QChar c)
{
    static const QString extra = QStringLiteral("拾佰仟万亿元圆角分整正");
    return capitalDigit(c) >= 0 || extra.contains(c);
}

Result<qint64> AmountInWords::parse(const QString& text)
{
    QString s = stripPrefix(text);
    if (s.endsWith(QChar(u'整')) || s.endsWith(QChar(u'正')))
        s.chop(1);
    if (s.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("An amount in capitals is empty."));
    qint64 total = 0;   // completed 亿 part
    qint64 wan = 0;     // completed 万 part below 亿
    qint64 section = 0; // below 万
    qint64 fen = 0;
    int digit = -1;
    bool afterYuan = false;
    bool sawYuan = false;
    auto bad = [&]() {
        return makeError(ErrorCode::InvalidInput,
                         tr("“%1” is not an amount in capitals.").arg(text));
    };
    for (QChar c : s) {
        const int d = capitalDigit(c);
        if (d >= 0) {
            if (digit > 0 && d > 0)
                return bad();
            digit = d;
            continue;
        }
        const ushort u = c.unicode();
        if (afterYuan) {
            if (u == u'角' && digit > 0)
                fen += digit * 10;
            else if (u == u'分' && digit > 0)
                fen += digit;
            else
                return bad();
            digit = -1;
            continue;
        }
        switch (u) {
        case u'拾':
            section += (digit > 0 ? digit : 1) * 10;
            break;
        case u'佰':
        case u'仟':
            if (digit <= 0)
                return bad();
            section += digit * (u == u'佰' ? 100 : 1000);
            break;
        case u'万':
            wan = (section + qMax(digit, 0)) * 10000;
            section = 0;
            break;
        case u'亿':
            total = (wan + section + qMax(digit, 0)) * 100000000;
            wan = 0;
            section = 0;
            break;
        case u'元':
        case u'圆':
            section += qMax(digit, 0);
            afterYuan = true;
            sawYuan = true;
            break;
        case u'角':
        case u'分':
            // No 元: an amount below one yuan (伍角).
            if (digit <= 0 || total + wan + section > 0)
                return bad();
            fen += u == u'角' ? digit * 10 : digit;
            afterYuan = true;
            break;
        default:
            return bad();
        }
        digit = -1;
    }
    if (digit > 0 || (!sawYuan && fen == 0))
        return bad(); // a trailing digit without unit, or no unit at all
    return (total + wan + section) * 100 + fen;
}

bool AmountInWords::isAllowed(const QString& text)
{
    const auto v = parse(text);
    if (!v)
        return false;
    return allowedForms(v.value()).contains(stripPrefix(text));
}

} // namespace cd
