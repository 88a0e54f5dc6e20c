#include "cli.h"

#include "cases/casenumber.h"
#include "cases/idvalidators.h"

namespace cd::cli {

namespace {

int checkUsage(QTextStream& s, int rc)
{
    s << "usage: courtdesk-cli check case-number|id|credit-code STR\n"
         "  case-number  案号, e.g. (2020)甘01民初123号\n"
         "  id           居民身份证号码 (18 characters)\n"
         "  credit-code  统一社会信用代码 (18 characters)\n"
         "Prints the normalised form and exits 0 if valid; prints the reason on stderr and exits "
         "1 if not; exits 2 on usage errors.\n";
    return rc;
}

int report(const QString& normalised, const Error& error, Io& io)
{
    if (error.code == ErrorCode::None) {
        io.out << normalised << "\n";
        return 0;
    }
    io.err << error.message << "\n";
    return 1;
}

} // namespace

int runCheck(const QStringList& args, Io& io)
{
    if (!args.isEmpty() &&
        (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")))
        return checkUsage(io.out, 0);
    if (args.size() < 2)
        return checkUsage(io.err, 2);
    const QString kind = args.first();
    // The shell may split "(2020) 甘01民初123号" into two words; whitespace is ignored anyway.
    const QString value = args.mid(1).join(QLatin1Char(' '));

    if (kind == QLatin1String("case-number")) {
        const auto r = CaseNumberParser::parse(value);
        return report(r ? r.value().toString() : QString(), r.error(), io);
    }
    if (kind == QLatin1String("id")) {
        const auto r = IdValidators::parseResidentId(value);
        return report(r ? r.value().number : QString(), r.error(), io);
    }
    if (kind == QLatin1String("credit-code")) {
        const auto r = IdValidators::parseCreditCode(value);
        return report(r ? r.value() : QString(), r.error(), io);
    }
    io.err << "courtdesk-cli check: unknown kind '" << kind << "'\n";
    return checkUsage(io.err, 2);
}

} // namespace cd::cli
