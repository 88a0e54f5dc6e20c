#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cd::ui {

// The options of the `courtdesk` executable.
struct StartupOptions
{
    QString profileDir;               // --profile DIR; empty: Profile::defaultDir()
    QString language;                 // --language zh_CN|en|bo; empty: the profile's setting
    bool noDemoPrompt = false;        // --no-demo-prompt
    bool quitAfterFirstPaint = false; // --quit-after-first-paint
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::CommandLine)
public:
    enum class Outcome { Run, ExitOk, ExitError };

    // Parses arguments; --help and --version print to stdout and return ExitOk, bad arguments
    // print to stderr and return ExitError.
    static Outcome parse(const QStringList& arguments, StartupOptions* options);
    // Whether the arguments ask for --help, --help-all or --version (no GUI needed).
    static bool wantsInformationOnly(const QStringList& arguments);
};

} // namespace cd::ui
