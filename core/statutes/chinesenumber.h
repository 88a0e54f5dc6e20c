#pragma once

#include <QString>

namespace cd {

// Chinese numerals as statutes and judgments write them: article numbers (第一百零五条),
// judgment items (一、二、), counts. Not amounts (see AmountInWords) and not the digit-by-digit
// years of dates (see ChineseDate).
namespace ChineseNumber {

// 0 → 零, 10 → 十, 11 → 十一, 105 → 一百零五, 110 → 一百一十, 1040 → 一千零四十,
// 20000 → 二万. Supports 0 .. 99,999,999; returns an empty string outside that range.
QString format(qint64 n);

// Inverse of format, lenient about the forms people type: accepts 〇 and 零, 两 for 2,
// a leading 一十, and plain digit strings such as 二〇二六 when digitsOnly is allowed.
// Returns -1 when text is not a number.
qint64 parse(const QString& text);

// Digit-by-digit form used for years: 2026 → 二〇二六.
QString digits(qint64 n);

// True for the characters parse() understands.
bool isNumeralChar(QChar c);

} // namespace ChineseNumber

} // namespace cd
