#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

// Amounts are kept in fen (1/100 yuan) as integers, as cases store them.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(cd::Money)
public:
    // "1409.50", "1,409.5", "100", "１００" → fen. At most two decimals; no negatives.
    static Result<qint64> parseYuan(const QString& text);
    // 330000 → "3300.00".
    static QString formatYuan(qint64 fen);
    // Document style: 150000 yuan → "150000", 1409.50 → "1409.50" (no thousands separators,
    // decimals only when there are jiao or fen).
    static QString formatYuanShort(qint64 fen);
};

// 大写金额 following the People's Bank rules for payment instruments (see PRODUCT.md).
class AmountInWords
{
    Q_DECLARE_TR_FUNCTIONS(cd::AmountInWords)
public:
    // The one canonical form: 1409.50 → 壹仟肆佰零玖元伍角; 100 → 壹佰元整;
    // 6007.14 → 陆仟零柒元壹角肆分; 325.04 → 叁佰贰拾伍元零肆分.
    static QString canonical(qint64 fen);

    // Every form the rules allow for fen: with or without 零 where the 万 or 元 digit is zero
    // and the next digit is not; 整 or 正 after 元 (and optionally after 角); 元 or 圆.
    static QStringList allowedForms(qint64 fen);

    // Reads capitals leniently (人民币 prefix allowed) and returns the value; fails on text that
    // is not an amount in capitals at all.
    static Result<qint64> parse(const QString& text);
    // True when text is one of allowedForms(parse(text)).
    static bool isAllowed(const QString& text);

    // Characters that may appear in capitals, for finding them in running text.
    static bool isCapitalsChar(QChar c);
};

} // namespace cd
