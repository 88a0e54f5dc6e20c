#include "cli.h"

#include "cases/timelimits.h"
#include "common/clock.h"

#include <QCommandLineParser>

namespace cd::cli {

namespace {

QDate parseIsoDate(const QString& s)
{
    return QDate::fromString(s.trimmed(), QStringLiteral("yyyy-MM-dd"));
}

int timeLimitUsage(QTextStream& s, int rc)
{
    s << "usage: courtdesk-cli time-limit --procedure P --filed YYYY-MM-DD\n"
         "         [--excluded FROM:TO]... [--extension-months N] [--extension-days N]\n"
         "         [--further-extension-approved] [--today YYYY-MM-DD]\n\n"
         "Prints the due date (YYYY-MM-DD) on the first line, then details.\n"
         "  --excluded FROM:TO            inclusive period that does not count (suspension,\n"
         "                                public notice, appraisal...); repeatable\n"
         "  --extension-months/-days N    approved extension in total\n"
         "  --further-extension-approved  a higher court or the SPC approved an extension\n"
         "                                beyond the procedure's maximum\n"
         "  --today YYYY-MM-DD            date for 'days left' (default: today)\n"
         "Exit codes: 0 ok, 1 input rejected by the rules, 2 usage error.\n\n"
         "Procedures:\n";
    for (const TimeLimitRule& r : TimeLimits::rules()) {
        s << "  " << r.key << "\n      " << r.label() << "\n      " << TimeLimits::describe(r)
          << "\n      " << r.citation << "\n";
    }
    s << "\nCounting: " << TimeLimits::countingBasis() << "\n";
    return rc;
}

bool parseCount(const QCommandLineParser& p, const QString& name, int& out, Io& io)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    out = p.value(name).toInt(&ok);
    if (!ok || out < 0) {
        io.err << "courtdesk-cli time-limit: --" << name << " needs a whole number >= 0\n";
        return false;
    }
    return true;
}

} // namespace

int runTimeLimit(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption procedure(QStringLiteral("procedure"), {}, QStringLiteral("P"));
    const QCommandLineOption filed(QStringLiteral("filed"), {}, QStringLiteral("DATE"));
    const QCommandLineOption excluded(QStringLiteral("excluded"), {}, QStringLiteral("FROM:TO"));
    const QCommandLineOption extMonths(QStringLiteral("extension-months"), {}, QStringLiteral("N"));
    const QCommandLineOption extDays(QStringLiteral("extension-days"), {}, QStringLiteral("N"));
    const QCommandLineOption further(QStringLiteral("further-extension-approved"));
    const QCommandLineOption today(QStringLiteral("today"), {}, QStringLiteral("DATE"));
    p.addOptions({help, procedure, filed, excluded, extMonths, extDays, further, today});

    // parse() skips the first element as the program name.
    if (!p.parse(QStringList{QStringLiteral("courtdesk-cli time-limit")} + args)) {
        io.err << "courtdesk-cli time-limit: " << p.errorText() << "\n";
        return timeLimitUsage(io.err, 2);
    }
    if (p.isSet(help))
        return timeLimitUsage(io.out, 0);
    if (!p.positionalArguments().isEmpty()) {
        io.err << "courtdesk-cli time-limit: unexpected argument '"
               << p.positionalArguments().first() << "'\n";
        return 2;
    }
    if (!p.isSet(procedure) || !p.isSet(filed)) {
        io.err << "courtdesk-cli time-limit: --procedure and --filed are required\n";
        return timeLimitUsage(io.err, 2);
    }

    TimeLimitInput in;
    in.procedure = p.value(procedure).trimmed();
    in.filed = parseIsoDate(p.value(filed));
    if (!in.filed.isValid()) {
        io.err << "courtdesk-cli time-limit: --filed needs a date as YYYY-MM-DD\n";
        return 2;
    }
    for (const QString& v : p.values(excluded)) {
        const QStringList parts = v.split(QLatin1Char(':'));
        const QDate from = parts.size() == 2 ? parseIsoDate(parts.at(0)) : QDate();
        const QDate to = parts.size() == 2 ? parseIsoDate(parts.at(1)) : QDate();
        if (!from.isValid() || !to.isValid()) {
            io.err << "courtdesk-cli time-limit: --excluded needs FROM:TO as "
                      "YYYY-MM-DD:YYYY-MM-DD, got '"
                   << v << "'\n";
            return 2;
        }
        in.excluded.append({from, to});
    }
    if (!parseCount(p, extMonths.names().first(), in.extensionMonths, io) ||
        !parseCount(p, extDays.names().first(), in.extensionDays, io))
        return 2;
    in.furtherExtensionApproved = p.isSet(further);
    QDate now = Clock::instance().today();
    if (p.isSet(today)) {
        now = parseIsoDate(p.value(today));
        if (!now.isValid()) {
            io.err << "courtdesk-cli time-limit: --today needs a date as YYYY-MM-DD\n";
            return 2;
        }
    }

    const auto r = TimeLimits::compute(in);
    if (!r) {
        io.err << r.errorMessage() << "\n";
        return 1;
    }
    const TimeLimitResult& res = r.value();
    io.out << res.due.toString(Qt::ISODate) << "\n";
    io.out << "procedure: " << res.rule->key << " (" << res.rule->label() << ")\n";
    io.out << "basis: " << res.rule->citation << "\n";
    io.out << "filed: " << in.filed.toString(Qt::ISODate) << "\n";
    io.out << "due before exclusions: " << res.dueBeforeExclusions.toString(Qt::ISODate) << "\n";
    io.out << "excluded days: " << res.excludedDays << "\n";
    for (const ExcludedPeriod& ign : res.ignored) {
        io.out << "ignored (began after the limit ran out): " << ign.from.toString(Qt::ISODate)
               << ":" << ign.to.toString(Qt::ISODate) << "\n";
    }
    io.out << "days left: " << TimeLimits::daysLeft(res.due, now) << "\n";
    return 0;
}

} // namespace cd::cli
