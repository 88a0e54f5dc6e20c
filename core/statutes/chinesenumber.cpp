#include "chinesenumber.h"

namespace cd::ChineseNumber {

namespace {

const char16_t kDigits[] = u"零一二三四五六七八九";

int digitValue(QChar c)
{
    switch (c.unicode()) {
    case u'〇':
    case u'零':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

int unitValue(QChar c)
{
    switch (c.unicode()) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    default:
        return 0;
    }
}

// Formats 1..9999; leadingOne decides 十一 (top of the number) versus 一十一 (after a zero or a
// higher group).
QString formatGroup(int n, bool leadingOne)
{
    static const int units[] = {1000, 100, 10, 1};
    static const char16_t unitChars[] = u"千百十";
    QString out;
    bool pendingZero = false;
    bool started = false;
    for (int i = 0; i < 4; ++i) {
        const int d = (n / units[i]) % 10;
        if (d == 0) {
            if (started)
                pendingZero = true;
            continue;
        }
        if (pendingZero) {
            out += QChar(u'零');
            pendingZero = false;
        }
        const bool isTen = i == 2;
        if (!(isTen && d == 1 && !started && !leadingOne))
            out += QChar(kDigits[d]);
        if (i < 3)
            out += QChar(unitChars[i]);
        started = true;
    }
    return out;
}

} // namespace

QString format(qint64 n)
{
    if (n < 0 || n > 99999999)
        return {};
    if (n == 0)
        return QStringLiteral("零");
    const int high = int(n / 10000);
    const int low = int(n % 10000);
    QString out;
    if (high > 0)
        out = formatGroup(high, false) + QChar(u'万');
    if (low > 0) {
        // A lower group below 1000 after a higher group reads with 零: 一万零五百.
        if (high > 0 && low < 1000)
            out += QChar(u'零');
        out += formatGroup(low, high > 0);
    }
    return out;
}

QString digits(qint64 n)
{
    if (n < 0)
        return {};
    const QString s = QString::number(n);
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        out += c == QLatin1Char('0') ? QChar(u'〇') : QChar(kDigits[c.digitValue()]);
    return out;
}

bool isNumeralChar(QChar c)
{
    return digitValue(c) >= 0 || unitValue(c) > 0 || c == QChar(u'万');
}

qint64 parse(const QString& text)
{
    if (text.isEmpty())
        return -1;
    bool hasUnit = false;
    for (QChar c : text) {
        if (!isNumeralChar(c))
            return -1;
        if (unitValue(c) > 0 || c == QChar(u'万'))
            hasUnit = true;
    }
    if (!hasUnit) {
        // Digit string: 二〇二六.
        qint64 v = 0;
        for (QChar c : text)
            v = v * 10 + digitValue(c);
        return v;
    }
    qint64 total = 0;   // completed 万 groups
    qint64 section = 0; // current group below 万
    int digit = -1;
    int lastUnit = 100000;
    for (QChar c : text) {
        const int d = digitValue(c);
        if (d >= 0) {
            if (digit > 0 && d > 0)
                return -1; // two digits in a row: 二三
            digit = d;
            continue;
        }
        if (c == QChar(u'万')) {
            if (digit > 0)
                section += digit;
            if (section == 0 || total > 0)
                return -1;
            total = section * 10000;
            section = 0;
            digit = -1;
            lastUnit = 100000;
            continue;
        }
        const int u = unitValue(c);
        if (u >= lastUnit)
            return -1; // 十百: units must fall
        if (digit == 0)
            return -1; // 零十
        lastUnit = u;
        section += (digit > 0 ? digit : 1) * u;
        digit = -1;
    }
    if (digit > 0)
        section += digit;
    return total + section;
}

} // namespace cd::ChineseNumber
