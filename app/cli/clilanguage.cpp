#include "cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

namespace cd::cli {

void installTranslations(QCoreApplication& app)
{
    // The CLI speaks the user's locale (LANG=zh_CN.UTF-8 on a court desktop) so scripts on an
    // English system keep stable English text; COURTDESK_LANG=zh_CN|en|bo overrides.
    QString lang = qEnvironmentVariable("COURTDESK_LANG");
    if (lang.isEmpty()) // what the GUI sets for the workers it starts
        lang = qEnvironmentVariable("COURTDESK_LANGUAGE");
    if (lang.isEmpty())
        lang = QLocale::system().name();
    if (lang.startsWith(QLatin1String("en")) || lang == QLatin1String("C"))
        return;
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + QStringLiteral("/../translations"),
                                 dir + QStringLiteral("/../share/courtdesk/translations")};
    auto* translator = new QTranslator(&app);
    for (const QString& c : candidates) {
        if (translator->load(QLocale(lang), QStringLiteral("courtdesk"), QStringLiteral("_"), c)) {
            QCoreApplication::installTranslator(translator);
            return;
        }
    }
    delete translator;
}

} // namespace cd::cli
