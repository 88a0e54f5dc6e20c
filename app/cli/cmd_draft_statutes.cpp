// courtdesk-cli statutes-import: the build step that turns the Markdown statute corpus into the
// read-only SQLite library installed with the program (share/courtdesk/statutes.sqlite).

#include "cli.h"
#include "profileopts.h"
#include "statutes/statuteimporter.h"

#include <QElapsedTimer>

namespace cd::cli {

int runStatutesImport(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption corpus(QStringLiteral("corpus"), {}, QStringLiteral("DIR"));
    const QCommandLineOption out(QStringLiteral("out"), {}, QStringLiteral("FILE"));
    p.addOptions({corpus, out});
    if (!parseArgs(p, QStringLiteral("statutes-import"), args, io))
        return 2;
    if (!p.isSet(corpus) || !p.isSet(out)) {
        io.err << "usage: courtdesk-cli statutes-import --corpus DIR --out FILE\n";
        return 2;
    }
    QElapsedTimer t;
    t.start();
    auto r = StatuteImporter::import(p.value(corpus), p.value(out));
    if (!r) {
        printError(io, r.error());
        return 1;
    }
    io.out << QCoreApplication::translate("cd::cli", "Imported %n statute version(s) in %1 ms.",
                                          nullptr, r.value())
                  .arg(t.elapsed())
           << "\n";
    return 0;
}

} // namespace cd::cli
