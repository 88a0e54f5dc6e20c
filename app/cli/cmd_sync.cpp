#include "cli.h"
#include "profileopts.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QFile>

namespace cd::cli {

// One full sync round; exit 0 only when the desk and the server agree.
int runSync(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption profile(QStringLiteral("profile"), {}, QStringLiteral("DIR"));
    const QCommandLineOption server(QStringLiteral("server"), {}, QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), {}, QStringLiteral("NAME"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), {},
                                          QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringLiteral("ca"), {}, QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOptions({profile, server, user, passwordFile, ca, json});
    if (!parseArgs(p, QStringLiteral("sync"), args, io))
        return 2;
    if (!p.isSet(profile) || !p.isSet(server) || !p.isSet(user)) {
        io.err << "usage: courtdesk-cli sync --profile DIR --server URL --user NAME "
                  "[--password-file F] [--ca FILE] [--json]\n";
        return 2;
    }
    SyncCredentials creds{p.value(server), p.value(user), {}, p.value(ca)};
    if (p.isSet(passwordFile)) {
        QFile f(p.value(passwordFile));
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << QCoreApplication::translate("cd::cli", "Cannot read the password file %1.")
                          .arg(p.value(passwordFile))
                   << "\n";
            return 2;
        }
        creds.password = QString::fromUtf8(f.readAll()).trimmed();
    }
    auto prof = openProfile(p.value(profile), io);
    if (!prof)
        return 1;
    SyncEngine engine(prof->database(), prof->evidenceDir(), prof->actor());
    QElapsedTimer t;
    t.start();
    auto r = engine.runRound(creds);
    if (!r) {
        printError(io, r.error());
        return 1;
    }
    const SyncRoundStats& s = r.value();
    if (p.isSet(json)) {
        io.out << QStringLiteral("{\"pushed\":%1,\"pulled\":%2,\"conflicts\":%3,\"rejected\":%4,"
                                 "\"open_conflicts\":%5,\"outbox\":%6,\"bytes_sent\":%7,"
                                 "\"bytes_received\":%8,\"blobs_up\":%9,\"blobs_down\":%10,"
                                 "\"digests_equal\":%11,\"ms\":%12}")
                      .arg(s.pushed)
                      .arg(s.pulled)
                      .arg(s.conflicts)
                      .arg(s.rejected)
                      .arg(s.openConflicts)
                      .arg(s.outboxLeft)
                      .arg(s.bytesSent)
                      .arg(s.bytesReceived)
                      .arg(s.blobsUploaded)
                      .arg(s.blobsDownloaded)
                      .arg(s.digestsEqual ? QStringLiteral("true") : QStringLiteral("false"))
                      .arg(t.elapsed())
               << "\n";
    } else {
        io.out << QCoreApplication::translate(
                      "cd::cli", "Pushed %1, pulled %2, new conflicts %3, rejected %4; "
                                 "sent %5 bytes, received %6 bytes; files up %7, down %8.")
                      .arg(s.pushed)
                      .arg(s.pulled)
                      .arg(s.conflicts)
                      .arg(s.rejected)
                      .arg(s.bytesSent)
                      .arg(s.bytesReceived)
                      .arg(s.blobsUploaded)
                      .arg(s.blobsDownloaded)
               << "\n";
    }
    int rc = 0;
    if (s.openConflicts > 0) {
        io.err << QCoreApplication::translate(
                      "cd::cli", "%1 conflicts wait for a decision in the desk's conflict dialog.")
                      .arg(s.openConflicts)
               << "\n";
        rc = 3;
    }
    if (s.outboxLeft > 0) {
        io.err << QCoreApplication::translate("cd::cli", "%1 changes are not on the server yet.")
                      .arg(s.outboxLeft);
        if (!s.firstRejection.isEmpty())
            io.err << " " << s.firstRejection;
        io.err << "\n";
        rc = 3;
    }
    if (s.applyProblems > 0) {
        io.err << s.firstApplyProblem << "\n";
        rc = 3;
    }
    if (!s.digestsEqual) {
        io.err << QCoreApplication::translate(
                      "cd::cli", "The desk and the server do not agree yet (digest %1 vs %2).")
                      .arg(s.localDigest.left(12), s.serverDigest.left(12))
               << "\n";
        rc = 3;
    }
    return rc;
}

} // namespace cd::cli
