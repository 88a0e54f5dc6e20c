#include "cases/caserepository.h"
#include "cases/demodata.h"
#include "cli.h"
#include "profileopts.h"

namespace cd::cli {

int runDemo(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption profile(QStringLiteral("profile"), {}, QStringLiteral("DIR"));
    const QCommandLineOption cases(QStringLiteral("cases"), {}, QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), {}, QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption court(QStringLiteral("court"), {}, QStringLiteral("CODE"),
                                   QStringLiteral("甘0102"));
    p.addOptions({profile, cases, seed, court});
    if (!parseArgs(p, QStringLiteral("demo"), args, io))
        return 2;
    bool okN = false;
    bool okS = false;
    DemoOptions o;
    o.cases = p.value(cases).toInt(&okN);
    o.seed = p.value(seed).toUInt(&okS);
    o.courtCode = p.value(court);
    if (!okN || o.cases < 0 || !okS) {
        io.err << "usage: courtdesk-cli demo --profile DIR --cases N [--seed S] [--court CODE]\n";
        return 2;
    }
    auto prof = openProfile(p.value(profile), io);
    if (!prof)
        return 1;
    o.actor = prof->actor();
    auto r = DemoData::generate(prof->database(), o);
    if (!r) {
        printError(io, r.error());
        return 1;
    }
    io.out << QCoreApplication::translate("cd::cli", "Created %n demo case(s).", nullptr, r.value())
           << "\n";
    return 0;
}

int runCases(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption profile(QStringLiteral("profile"), {}, QStringLiteral("DIR"));
    p.addOption(profile);
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | search QUERY"));
    if (!parseArgs(p, QStringLiteral("cases"), args, io))
        return 2;
    const QStringList pos = p.positionalArguments();
    const bool list = pos.size() == 1 && pos.first() == QLatin1String("list");
    const bool search = pos.size() >= 2 && pos.first() == QLatin1String("search");
    if (!list && !search) {
        io.err << "usage: courtdesk-cli cases --profile DIR list | search QUERY\n";
        return 2;
    }
    auto prof = openProfile(p.value(profile), io);
    if (!prof)
        return 1;
    CaseRepository repo(prof->database(), prof->actor());
    const QString query = search ? pos.mid(1).join(QLatin1Char(' ')) : QString();
    auto numbers = repo.caseNumbers(query);
    if (!numbers) {
        printError(io, numbers.error());
        return 1;
    }
    for (const QString& n : numbers.value())
        io.out << n << "\n";
    return 0;
}

} // namespace cd::cli
