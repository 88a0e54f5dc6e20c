#include "application.h"

#include "app/commandline.h"
#include "app/firstpaintprobe.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/session.h"
#include "cases/caselistpanel.h"
#include "cases/casetableview.h"
#include "common/logging.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace cd::ui {

int runApplication(int argc, char** argv)
{
    // Startup is measured from here (plus the time the process ran before, see FirstPaintProbe).
    QElapsedTimer startup;
    startup.start();
    const qint64 beforeStartupMs = FirstPaintProbe::processAgeMs();

    QCoreApplication::setApplicationName(QStringLiteral("courtdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COURTDESK_VERSION));
    // --help and --version must work without a display, so they are answered before the
    // QApplication exists; everything else is parsed after it took its own options (-platform).
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    StartupOptions options;
    if (CommandLine::wantsInformationOnly(rawArguments))
        return CommandLine::parse(rawArguments, &options) == CommandLine::Outcome::ExitError ? 1
                                                                                             : 0;

    // The internet hearing window (QtWebEngine) shares OpenGL contexts with the widgets; this
    // must be set before the QApplication exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("CourtDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("courtdesk.cn"));
    QApplication::setDesktopFileName(QStringLiteral(COURTDESK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/courtdesk.png")));
    switch (CommandLine::parse(QApplication::arguments(), &options)) {
    case CommandLine::Outcome::ExitOk:
        return 0;
    case CommandLine::Outcome::ExitError:
        return 1;
    case CommandLine::Outcome::Run:
        break;
    }

    // Chinese until the profile says otherwise, so a failure to open it is reported in Chinese.
    LanguageManager languages;
    languages.apply(options.language.isEmpty() ? QStringLiteral("zh_CN") : options.language);

    Session session(languages, options);
    if (!session.start())
        return 1;

    if (options.quitAfterFirstPaint) {
        auto* probe = new FirstPaintProbe(session.window()->caseList()->view(), startup,
                                          beforeStartupMs, &session);
        QObject::connect(probe, &FirstPaintProbe::painted, &app, [](qint64 ms) {
            std::printf("first-paint-ms %lld\n", static_cast<long long>(ms));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        probe->arm();
    } else {
        QTimer::singleShot(0, &session, &Session::offerDemoData);
    }
    return QApplication::exec();
}

} // namespace cd::ui
