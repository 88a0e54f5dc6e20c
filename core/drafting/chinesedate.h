#pragma once

#include <QDate>
#include <QString>

namespace cd {

// Dates as documents write them.
namespace ChineseDate {

// 2026-11-28 → 二〇二六年十一月二十八日 (judgments, rulings: signature dates).
QString format(const QDate& date);
// 2026-11-28 → 2026年11月28日 (running text of documents).
QString formatArabic(const QDate& date);
// Either form back to a date; null when text is not a date or names a day that does not exist.
QDate parse(const QString& text);

} // namespace ChineseDate

} // namespace cd
