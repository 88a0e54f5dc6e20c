#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace cd {

// A typed key with its default; every setting of the app is declared in SettingsKeys.
template <typename T> struct SettingKey
{
    const char* key;
    T defaultValue;
};

namespace SettingsKeys {
inline const SettingKey<QString> language{"ui/language", QStringLiteral("zh_CN")};
inline const SettingKey<QByteArray> mainWindowGeometry{"ui/mainWindowGeometry", {}};
inline const SettingKey<QByteArray> mainWindowState{"ui/mainWindowState", {}};
inline const SettingKey<QByteArray> caseListHeader{"ui/caseListHeader", {}};
inline const SettingKey<QByteArray> mainWindowSplitter{"ui/mainWindowSplitter", {}};
inline const SettingKey<bool> demoOffered{"profile/demoOffered", false};
inline const SettingKey<QString> actorName{"profile/actorName", QString()};
// Triage (繁简分流, core/intel/triage.h): scores at or below simpleMax go to the simple track;
// courtSimpleMax overrides it per court code ("甘0102=35;甘01=45").
inline const SettingKey<int> triageSimpleMax{"intel/triageSimpleMax", 40};
inline const SettingKey<qint64> triageSmallClaimYuan{"intel/triageSmallClaimYuan", 50000};
inline const SettingKey<QString> triageCourtSimpleMax{"intel/triageCourtSimpleMax", QString()};
// Internet hearings: the folder courtdesk-janus wrote (secrets.env has the Janus URL, admin key
// and recording folder) and the address parties open the hearing page at (the server's).
inline const SettingKey<QString> hearingJanusDir{"hearing/janusDir",
                                                 QStringLiteral("/run/courtdesk-janus")};
inline const SettingKey<QString> hearingPartyPage{"hearing/partyPageUrl", QString()};
// Sync with the court's server (core/sync, ui/sync). The password is kept only in memory
// unless the user ticks "remember"; then it is stored here, in the profile's settings file.
inline const SettingKey<QString> syncServerUrl{"sync/serverUrl", QString()};
inline const SettingKey<QString> syncUser{"sync/user", QString()};
inline const SettingKey<QString> syncCaFile{"sync/caFile", QString()};
inline const SettingKey<bool> syncRememberPassword{"sync/rememberPassword", false};
inline const SettingKey<QString> syncPassword{"sync/password", QString()};
inline const SettingKey<int> syncIntervalSeconds{"sync/intervalSeconds", 300};
} // namespace SettingsKeys

// The one settings registry. Backed by an INI file in the profile, so a profile is self-contained
// and tests get an isolated instance by pointing at a temporary folder.
class Settings
{
public:
    explicit Settings(const QString& iniPath);

    template <typename T> T value(const SettingKey<T>& k) const
    {
        const QVariant v = m_settings->value(QLatin1String(k.key));
        if (!v.isValid())
            return k.defaultValue;
        return v.template value<T>();
    }

    template <typename T> void setValue(const SettingKey<T>& k, const T& v)
    {
        m_settings->setValue(QLatin1String(k.key), QVariant::fromValue(v));
    }

    void sync() { m_settings->sync(); }
    QString fileName() const { return m_settings->fileName(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cd
