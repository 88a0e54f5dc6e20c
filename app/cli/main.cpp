#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QMap>

#include <cstdio>
#include <memory>

using namespace cd::cli;

namespace {

struct CommandInfo
{
    Handler handler;
    const char* summary;
    bool gui = false; // lays out text (PDF): needs QGuiApplication and its font database
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
        {QStringLiteral("demo"),
         {runDemo, "demo --profile DIR --cases N [--seed S] [--court CODE]"}},
        {QStringLiteral("cases"), {runCases, "cases --profile DIR list | search QUERY"}},
        {QStringLiteral("backup"), {runBackup, "backup --profile DIR --out FILE"}},
        {QStringLiteral("restore"), {runRestore, "restore --profile DIR FILE"}},
        {QStringLiteral("ocr"),
         {runOcr, "ocr [--lang L] [--jobs N] [--password PW] --text-dir OUT FILE... | "
                  "--searchable-pdf OUT.pdf IN.pdf"}},
        {QStringLiteral("amount-in-words"), {runAmountInWords, "amount-in-words AMOUNT"}},
        {QStringLiteral("court-fee"),
         {runCourtFee, "court-fee --claim AMOUNT [--procedure simplified|ordinary] [--mediated] "
                       "[--withdrawn]"}},
        {QStringLiteral("templates"), {runTemplates, "templates [--profile DIR]"}},
        {QStringLiteral("draft"),
         {runDraft, "draft --profile DIR --case CASENO --template ID --date YYYY-MM-DD --out FILE",
          true}},
        {QStringLiteral("proofread"), {runProofread, "proofread [--profile DIR] FILE"}},
        {QStringLiteral("statutes-import"),
         {runStatutesImport,
          "statutes-import --corpus DIR --out FILE (build step: statute library)"}},
        {QStringLiteral("statutes"),
         {runStatutes, "statutes cite CITATION [--date D] | suggest [--top N] [--json] < FACTS | "
                       "charges [--json] | search QUERY"}},
        {QStringLiteral("sync"),
         {runSync, "sync --profile DIR --server URL --user NAME [--password-file F] [--ca FILE] "
                   "[--json]"}},
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
    // A command that lays out text gets a QGuiApplication on the offscreen platform, so it
    // runs without a display; the others keep the lighter QCoreApplication.
    const auto gui =
        argc > 1 ? commands().constFind(QString::fromLocal8Bit(argv[1])) : commands().cend();
    std::unique_ptr<QCoreApplication> guard;
    if (gui != commands().cend() && gui->gui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        guard = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        guard = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *guard;
    QCoreApplication::setApplicationName(QStringLiteral("courtdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("courtdesk.cn"));
    installTranslations(app);

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
