#include "profile.h"

#include <QDir>
#include <QStandardPaths>

namespace cd {

Result<std::unique_ptr<Profile>> Profile::open(const QString& dir)
{
    const QString abs = QDir(dir).absolutePath();
    for (const QString& sub :
         {QString(), QStringLiteral("evidence"), QStringLiteral("documents")}) {
        if (!QDir().mkpath(QDir(abs).filePath(sub.isEmpty() ? QStringLiteral(".") : sub)))
            return makeError(ErrorCode::Io, tr("Cannot create the profile folder %1.").arg(abs));
    }
    std::unique_ptr<Profile> p(new Profile);
    p->m_dir = abs;
    auto db = Database::open(p->databasePath());
    if (!db)
        return db.error();
    p->m_db = std::move(db).value();
    p->m_settings = std::make_unique<Settings>(QDir(abs).filePath(settingsFileName()));
    return p;
}

QString Profile::defaultDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("courtdesk/default"));
}

QString Profile::databasePath() const
{
    return QDir(m_dir).filePath(databaseFileName());
}

QString Profile::evidenceDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("evidence"));
}

QString Profile::documentsDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("documents"));
}

QString Profile::actor() const
{
    QString a = m_settings->value(SettingsKeys::actorName);
    if (a.isEmpty())
        a = qEnvironmentVariable("USER", QStringLiteral("local"));
    return a;
}

} // namespace cd
