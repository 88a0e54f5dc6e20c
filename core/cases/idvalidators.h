#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cd {

// A checked 居民身份证号码 (GB 11643-1999).
struct ResidentId
{
    QString number; // 18 characters, check character X upper-case
    QDate birthDate;
    bool male = false; // the 17th digit is odd for men
};

class IdValidators
{
    Q_DECLARE_TR_FUNCTIONS(cd::IdValidators)
public:
    // Whitespace and full-width digits are accepted; a lower-case x becomes X. The birth date
    // must exist and not lie after Clock::instance().today().
    static Result<ResidentId> parseResidentId(const QString& text);
    // 统一社会信用代码 (GB 32100-2015); returns the normalised upper-case code.
    static Result<QString> parseCreditCode(const QString& text);

    // Check characters for the first 17 characters; a null QChar if they are malformed.
    static QChar residentIdCheckChar(const QString& first17);
    static QChar creditCodeCheckChar(const QString& first17);

    // The 31 characters a credit code may use (no I, O, Z, S, V).
    static const QString& creditCodeAlphabet();
};

} // namespace cd
