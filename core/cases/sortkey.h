#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cd {

// Collation keys for the case list's text columns (case number, cause, judge, parties). Chinese
// users expect pinyin order (阿 < 李 < 王 < 张 < 赵), not code-point order, and numbers by value
// (案2 < 案10; （2024）甘0102民初45号 < （2024）甘0102民初123号 < （2025）甘0102民初1号).
// A key is ICU's sort key for the "zh" collation (pinyin; the one QCollator uses for
// QLocale::Chinese on Debian's ICU-built Qt) with numeric ordering: comparing two keys byte by
// byte (SQLite's BLOB order, so an index serves ORDER BY) gives the collator's order.
// Keys depend on ICU's collation data: after an ICU upgrade that changes the zh tailoring, rows
// saved since sort by the new rules among rows keyed by the old ones until keys are rebuilt.
namespace SortKeys {

QByteArray key(const QString& text);
// The parties column as the case list shows it: the first four names joined by "、".
QString partiesText(const QStringList& names);

} // namespace SortKeys

} // namespace cd
