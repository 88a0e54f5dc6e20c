#include "languagemanager.h"

#include "common/logging.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cd::ui {

namespace {
const QString defaultLanguage = QStringLiteral("zh_CN");
}

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent), m_systemFont(QApplication::font())
{
}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("bo")};
}

QString LanguageManager::nativeName(const QString& language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("bo"))
        return QStringLiteral("བོད་ཡིག");
    return QStringLiteral("中文（简体）");
}

QStringList LanguageManager::fontFamilies(const QString& language, const QString& systemFamily)
{
    // Case data is Chinese in every UI language, so the simplified-Chinese CJK face always
    // follows; it also keeps Han characters from falling back to Japanese glyph forms.
    if (language == QLatin1String("bo"))
        return {QStringLiteral("Noto Serif Tibetan"), QStringLiteral("Noto Sans CJK SC")};
    return {systemFamily, QStringLiteral("Noto Sans CJK SC")};
}

bool LanguageManager::loadCourtDesk(QTranslator& translator, const QString& language)
{
    const QString name = QStringLiteral("courtdesk_") + language;
    // Embedded first; then the installed folder so a translator can drop in a newer file.
    const QStringList dirs{
        QStringLiteral(":/i18n"),
        QDir(QCoreApplication::applicationDirPath())
            .absoluteFilePath(QStringLiteral("../share/courtdesk/translations")),
        QStringLiteral(COURTDESK_TRANSLATIONS_INSTALL_DIR),
    };
    for (const QString& dir : dirs) {
        if (translator.load(name, dir))
            return true;
    }
    return false;
}

bool LanguageManager::apply(const QString& requested)
{
    const QString language = languages().contains(requested) ? requested : defaultLanguage;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();

    QLocale::setDefault(QLocale(language));
    const bool loaded = loadCourtDesk(*m_app, language);
    if (!loaded && language != QLatin1String("en"))
        qCWarning(lcUi) << "no CourtDesk translation for" << language << "- showing English";
    // Qt's own strings (standard buttons, file dialogs). There is none for Tibetan.
    if (m_qt->load(QStringLiteral("qtbase_") + language,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    if (loaded)
        QCoreApplication::installTranslator(m_app.get());

    QFont font = m_systemFont;
    font.setFamilies(fontFamilies(language, m_systemFont.family()));
    QApplication::setFont(font);
    m_current = language;
    qCDebug(lcUi) << "UI language" << language;
    return loaded;
}

} // namespace cd::ui
