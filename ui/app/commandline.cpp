#include "commandline.h"

#include "app/languagemanager.h"

#include <QCommandLineParser>

#include <cstdio>

namespace cd::ui {

bool CommandLine::wantsInformationOnly(const QStringList& arguments)
{
    static const QStringList info{QStringLiteral("-h"), QStringLiteral("--help"),
                                  QStringLiteral("-?"), QStringLiteral("--help-all"),
                                  QStringLiteral("-v"), QStringLiteral("--version")};
    for (const QString& argument : arguments.mid(1)) {
        if (info.contains(argument))
            return true;
    }
    return false;
}

CommandLine::Outcome CommandLine::parse(const QStringList& arguments, StartupOptions* options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("CourtDesk, the workstation for judges and court clerks."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Open the profile folder DIR instead of the default one."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        tr("Use the UI language LANG (%1) for this run only.")
            .arg(LanguageManager::languages().join(QStringLiteral(", "))),
        QStringLiteral("LANG"));
    const QCommandLineOption noDemo(QStringLiteral("no-demo-prompt"),
                                    tr("Do not offer demo data for an empty profile."));
    const QCommandLineOption firstPaint(
        QStringLiteral("quit-after-first-paint"),
        tr("Print \"first-paint-ms N\" once the case list has painted, then quit."));
    parser.addOptions({profile, language, noDemo, firstPaint});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "courtdesk: %s\n", qPrintable(parser.errorText()));
        return Outcome::ExitError;
    }
    if (parser.isSet(help) || parser.isSet(QStringLiteral("help-all"))) {
        QString text = parser.helpText();
        text.replace(QLatin1String("<executable_name>"), QLatin1String("courtdesk"));
        std::fputs(qPrintable(text), stdout);
        return Outcome::ExitOk;
    }
    if (parser.isSet(version)) {
        std::printf("courtdesk %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return Outcome::ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(
            stderr, "courtdesk: %s\n",
            qPrintable(tr("Unexpected argument: %1").arg(parser.positionalArguments().first())));
        return Outcome::ExitError;
    }
    options->profileDir = parser.value(profile);
    options->language = parser.value(language);
    if (!options->language.isEmpty() && !LanguageManager::languages().contains(options->language)) {
        std::fprintf(stderr, "courtdesk: %s\n",
                     qPrintable(tr("Unknown language \"%1\"; use one of %2.")
                                    .arg(options->language,
                                         LanguageManager::languages().join(QStringLiteral(", ")))));
        return Outcome::ExitError;
    }
    options->noDemoPrompt = parser.isSet(noDemo);
    options->quitAfterFirstPaint = parser.isSet(firstPaint);
    return Outcome::Run;
}

} // namespace cd::ui
