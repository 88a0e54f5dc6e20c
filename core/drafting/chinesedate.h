#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace cd {

// Dates as documents write them.
namespace ChineseDate {

// 2026-11-28 → 二〇二六年十一月二十八日 (judgments, rulings: signature dates).
QString format(const QDate& date);
// 2026-11-28 → 2026年11月28日 (running text of documents).
QString formatArabic(const QDate& date);
// 09:00 → 上午9时00分, 14:30 → 下午2时30分, 12:00 → 中午12时00分 (hearing times).
QString formatTimeOfDay(const QTime& time);
// Either form back to a date; null when text is not a date or names a day that does not exist.
QDate parse(const QString& text);

} // namespace ChineseDate

} // namespace cd
