#include "chinesedate.h"

#include "statutes/chinesenumber.h"

#include <QRegularExpression>

namespace cd::ChineseDate {

QString format(const QDate& date)
{
    if (!date.isValid())
        return {};
    return ChineseNumber::digits(date.year()) + QChar(u'年') + ChineseNumber::format(date.month()) +
           QChar(u'月') + ChineseNumber::format(date.day()) + QChar(u'日');
}

QString formatTimeOfDay(const QTime& t)
{
    const int h = t.hour();
    const QString part = h < 12 ? QStringLiteral("上午")
                                : (h == 12 ? QStringLiteral("中午") : QStringLiteral("下午"));
    const int h12 = h > 12 ? h - 12 : h;
    return part + QString::number(h12) + QStringLiteral("时") +
           QStringLiteral("%1").arg(t.minute(), 2, 10, QLatin1Char('0')) + QStringLiteral("分");
}

QString formatArabic(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QDate parse(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([0-9〇零一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月"
                       "([0-9一二三四五六七八九十]{1,3})日\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    auto num = [](const QString& s) -> int {
        bool ok = false;
        const int v = s.toInt(&ok);
        return ok ? v : int(ChineseNumber::parse(s));
    };
    const int y = num(m.captured(1));
    const int mo = num(m.captured(2));
    const int d = num(m.captured(3));
    if (!QDate::isValid(y, mo, d))
        return {};
    return QDate(y, mo, d);
}

} // namespace cd::ChineseDate
