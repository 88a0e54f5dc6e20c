#pragma once

#include "common/result.h"
#include "common/settings.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace cd {

// A profile folder holds everything of one user's desk:
//   cases.sqlite   the case store
//   settings.ini   the settings registry
//   evidence/      evidence originals, named by SHA-256
//   documents/     drafted and signed documents
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(cd::Profile)
public:
    static Result<std::unique_ptr<Profile>> open(const QString& dir);
    // The user's app data folder, e.g. ~/.local/share/courtdesk/default.
    static QString defaultDir();

    static QString databaseFileName() { return QStringLiteral("cases.sqlite"); }
    static QString settingsFileName() { return QStringLiteral("settings.ini"); }

    QString dir() const { return m_dir; }
    QString databasePath() const;
    QString evidenceDir() const;
    QString documentsDir() const;
    Database& database() { return *m_db; }
    Settings& settings() { return *m_settings; }
    // Name recorded in the audit log for changes made from this desk.
    QString actor() const;

private:
    Profile() = default;
    QString m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
};

} // namespace cd
