#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cd::cli {

struct Io
{
    QTextStream& out;
    QTextStream& err;
};

// Loads the CLI's message translations for the user's locale.
void installTranslations(QCoreApplication& app);

// Each command gets its arguments without the command name and returns the exit code.
using Handler = int (*)(const QStringList& args, Io& io);

int runCheck(const QStringList& args, Io& io);
int runTimeLimit(const QStringList& args, Io& io);
int runDemo(const QStringList& args, Io& io);
int runCases(const QStringList& args, Io& io);
int runBackup(const QStringList& args, Io& io);
int runRestore(const QStringList& args, Io& io);
int runSign(const QStringList& args, Io& io);
int runVerify(const QStringList& args, Io& io);
int runCrashWriter(const QStringList& args, Io& io);
int runOcr(const QStringList& args, Io& io);
int runAmountInWords(const QStringList& args, Io& io);
int runCourtFee(const QStringList& args, Io& io);
int runTemplates(const QStringList& args, Io& io);
int runDraft(const QStringList& args, Io& io);
int runProofread(const QStringList& args, Io& io);
int runStatutesImport(const QStringList& args, Io& io);
int runStatutes(const QStringList& args, Io& io);
int runSync(const QStringList& args, Io& io);

} // namespace cd::cli
