#include "cli.h"

#include <QCoreApplication>
#include <QMap>

#include <cstdio>

using namespace cd::cli;

namespace {

struct CommandInfo
{
    Handler handler;
    const char* summary;
};

const QMap<QString, CommandInfo>& commands()
{
    static const QMap<QString, CommandInfo> table{
        {QStringLiteral("check"), {runCheck, "check case-number|id|credit-code STR"}},
        {QStringLiteral("time-limit"),
         {runTimeLimit, "time-limit --procedure P --filed YYYY-MM-DD [--excluded FROM:TO]..."}},
        {QStringLiteral("sign"),
         {runSign, "sign --nss-dir DIR --nick NICK [--password-file F] [--seal IMG] [--page N] "
                   "[--rect x,y,w,h] IN.pdf OUT.pdf"}},
        {QStringLiteral("verify"), {runVerify, "verify [--nss-dir DIR] [--json] FILE.pdf"}},
        {QStringLiteral("demo"), {runDemo, "demo --profile DIR --cases N [--seed S] [--court CODE]"}},
        {QStringLiteral("cases"), {runCases, "cases --profile DIR list | search QUERY"}},
        {QStringLiteral("backup"), {runBackup, "backup --profile DIR --out FILE"}},
        {QStringLiteral("restore"), {runRestore, "restore --profile DIR FILE"}},
        {QStringLiteral("ocr"),
         {runOcr, "ocr [--lang L] [--jobs N] [--password PW] --text-dir OUT FILE... | "
                  "--searchable-pdf OUT.pdf IN.pdf"}},
        {QStringLiteral("crash-writer"),
         {runCrashWriter, "crash-writer --profile DIR (test helper: writes cases until killed)"}},
    };
    return table;
}

int usage(QTextStream& err)
{
    err << "usage: courtdesk-cli COMMAND [options]\n\ncommands:\n";
    for (auto it = commands().cbegin(); it != commands().cend(); ++it)
        err << "  " << it.value().summary << "\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("courtdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("courtdesk.cn"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io{out, err};

    QStringList args = app.arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h"))
        return usage(err);
    const QString name = args.takeFirst();
    const auto it = commands().constFind(name);
    if (it == commands().cend()) {
        err << "courtdesk-cli: unknown command '" << name << "'\n";
        return usage(err);
    }
    const int rc = it.value().handler(args, io);
    out.flush();
    err.flush();
    return rc;
}
