#include "idvalidators.h"

#include "casenumber.h"
#include "common/clock.h"
#include "common/logging.h"

namespace cd {

namespace {

constexpr int idLength = 18;

// ISO 7064 MOD 11-2 as used by GB 11643-1999.
constexpr int residentWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char residentCheckChars[] = "10X98765432";

// GB 32100-2015: weights 3^i mod 31.
constexpr int creditWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Identity numbers are personal data: neither the log nor the detail repeats them.
Error invalid(const QString& message, const char* what)
{
    qCDebug(lcCases) << "rejected" << what << ":" << message;
    return makeError(ErrorCode::InvalidInput, message, QString::fromLatin1(what));
}

} // namespace

const QString& IdValidators::creditCodeAlphabet()
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return alphabet;
}

QChar IdValidators::residentIdCheckChar(const QString& first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17.at(i)))
            return {};
        sum += (first17.at(i).unicode() - '0') * residentWeights[i];
    }
    return QLatin1Char(residentCheckChars[sum % 11]);
}

QChar IdValidators::creditCodeCheckChar(const QString& first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = creditCodeAlphabet().indexOf(first17.at(i));
        if (v < 0)
            return {};
        sum += v * creditWeights[i];
    }
    const int check = (31 - sum % 31) % 31; // 31 maps to 0
    return creditCodeAlphabet().at(check);
}

Result<ResidentId> IdValidators::parseResidentId(const QString& text)
{
    const char* what = "resident id";
    QString s = foldTypedInput(text);
    if (s.isEmpty())
        return invalid(tr("The ID number is empty."), what);
    if (s.endsWith(QLatin1Char('x')))
        s[s.size() - 1] = QLatin1Char('X');
    if (s.size() != idLength)
        return invalid(tr("An ID number has 18 characters; this one has %1.").arg(s.size()), what);
    for (int i = 0; i < idLength; ++i) {
        const QChar c = s.at(i);
        const bool ok = isAsciiDigit(c) || (i == idLength - 1 && c == QLatin1Char('X'));
        if (!ok)
            return invalid(
                tr("Invalid character “%1” at position %2 of the ID number.").arg(c).arg(i + 1),
                what);
    }
    if (s.at(0) == QLatin1Char('0'))
        return invalid(tr("The region code (first 6 digits) of the ID number cannot start with 0."),
                       what);

    const QDate birth = QDate::fromString(s.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid())
        return invalid(
            tr("The birth date “%1” (characters 7–14) is not a valid date.").arg(s.mid(6, 8)),
            what);
    const QDate today = Clock::instance().today();
    if (birth > today)
        return invalid(tr("The birth date %1 is in the future.").arg(birth.toString(Qt::ISODate)),
                       what);

    const QChar expected = residentIdCheckChar(s.left(17));
    if (s.at(17) != expected)
        return invalid(tr("Wrong check character “%1”: expected “%2”. Check the number for typing "
                          "mistakes.")
                           .arg(s.at(17))
                           .arg(expected),
                       what);

    ResidentId id;
    id.number = s;
    id.birthDate = birth;
    id.male = (s.at(16).unicode() - '0') % 2 == 1;
    return id;
}

Result<QString> IdValidators::parseCreditCode(const QString& text)
{
    const char* what = "credit code";
    const QString s = foldTypedInput(text).toUpper();
    if (s.isEmpty())
        return invalid(tr("The unified social credit code is empty."), what);
    if (s.size() != idLength)
        return invalid(
            tr("A unified social credit code has 18 characters; this one has %1.").arg(s.size()),
            what);
    for (int i = 0; i < idLength; ++i) {
        if (!creditCodeAlphabet().contains(s.at(i)))
            return invalid(tr("Invalid character “%1” at position %2 of the unified social credit "
                              "code (the letters I, O, Z, S and V are never used).")
                               .arg(s.at(i))
                               .arg(i + 1),
                           what);
    }
    const QChar expected = creditCodeCheckChar(s.left(17));
    if (s.at(17) != expected)
        return invalid(tr("Wrong check character “%1”: expected “%2”. Check the code for typing "
                          "mistakes.")
                           .arg(s.at(17))
                           .arg(expected),
                       what);
    return s;
}

} // namespace cd
