#include "displayformat.h"

#include <QDateTime>
#include <QLocale>

namespace cd::ui {

QString DisplayFormat::date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString DisplayFormat::dateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : QString();
}

QString DisplayFormat::money(qint64 fen)
{
    QLocale locale(QLocale::Chinese, QLocale::China);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return tr("%1 yuan").arg(locale.toString(double(fen) / 100.0, 'f', 2));
}

QString DisplayFormat::daysLeft(int days)
{
    if (days > 0)
        return tr("%n day(s) left", nullptr, days);
    if (days == 0)
        return tr("Due today");
    return tr("%n day(s) overdue", nullptr, -days);
}

Urgency DisplayFormat::urgency(int days)
{
    if (days < 0)
        return Urgency::Overdue;
    if (days <= soonDays)
        return Urgency::Soon;
    return Urgency::Normal;
}

bool DisplayFormat::timeLimitStopped(const QString& status)
{
    return status == QLatin1String("closed") || status == QLatin1String("archived");
}

} // namespace cd::ui
