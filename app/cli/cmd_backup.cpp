#include "cli.h"
#include "profileopts.h"
#include "storage/backup.h"

namespace cd::cli {

int runBackup(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption profile(QStringLiteral("profile"), {}, QStringLiteral("DIR"));
    const QCommandLineOption out(QStringLiteral("out"), {}, QStringLiteral("FILE"));
    p.addOptions({profile, out});
    if (!parseArgs(p, QStringLiteral("backup"), args, io))
        return 2;
    if (!p.isSet(profile) || !p.isSet(out)) {
        io.err << "usage: courtdesk-cli backup --profile DIR --out FILE\n";
        return 2;
    }
    auto r = Backup::create(p.value(profile), p.value(out));
    if (!r) {
        printError(io, r.error());
        return 1;
    }
    io.out << QCoreApplication::translate("cd::cli", "Backed up %1 files (%2 bytes) to %3.")
                  .arg(r->files)
                  .arg(r->bytes)
                  .arg(p.value(out))
           << "\n";
    return 0;
}

int runRestore(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption profile(QStringLiteral("profile"), {}, QStringLiteral("DIR"));
    p.addOption(profile);
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("backup file"));
    if (!parseArgs(p, QStringLiteral("restore"), args, io))
        return 2;
    if (!p.isSet(profile) || p.positionalArguments().size() != 1) {
        io.err << "usage: courtdesk-cli restore --profile DIR FILE\n";
        return 2;
    }
    auto r = Backup::restore(p.value(profile), p.positionalArguments().first());
    if (!r) {
        printError(io, r.error());
        return 1;
    }
    io.out << QCoreApplication::translate("cd::cli", "Restored %1 files into %2.")
                  .arg(r->files)
                  .arg(p.value(profile))
           << "\n";
    if (!r->previousProfileMovedTo.isEmpty())
        io.out << QCoreApplication::translate("cd::cli", "The previous profile was kept in %1.")
                      .arg(r->previousProfileMovedTo)
               << "\n";
    return 0;
}

} // namespace cd::cli
