#pragma once

#include <QFont>
#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace cd::ui {

// Installs the translations of one UI language (courtdesk_*.qm and Qt's own qtbase_*.qm),
// the matching locale, and a font that can show it. Switching sends QEvent::LanguageChange to
// every widget, so open windows retranslate themselves.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // The UI languages: "zh_CN" (default), "en", "bo".
    static QStringList languages();
    // The language's own name (中文, English, བོད་ཡིག), never translated.
    static QString nativeName(const QString& language);
    // Font families to use for a language, most preferred first.
    static QStringList fontFamilies(const QString& language, const QString& systemFamily);

    // Applies language; unknown languages fall back to zh_CN. Returns false if the CourtDesk
    // translation could not be loaded (the UI then shows the English source strings).
    bool apply(const QString& language);
    QString current() const { return m_current; }

private:
    bool loadCourtDesk(QTranslator& translator, const QString& language);

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QFont m_systemFont;
    QString m_current;
};

} // namespace cd::ui
