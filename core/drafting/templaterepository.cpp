#include "templaterepository.h"

#include "draftinglog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace cd {

namespace {
Result<QString> readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, TemplateRepository::tr("Cannot read %1.").arg(path),
                         f.errorString());
    return QString::fromUtf8(f.readAll());
}
} // namespace

QString TemplateRepository::builtInDir()
{
    return QStringLiteral(":/courtdesk/templates");
}

QString TemplateRepository::profileTemplatesDir(const QString& profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("templates"));
}

const QStringList& TemplateRepository::standardIds()
{
    static const QStringList ids{
        QStringLiteral("civil-judgment"),
        QStringLiteral("civil-ruling-withdrawal"),
        QStringLiteral("civil-ruling-dismissal"),
        QStringLiteral("civil-mediation"),
        QStringLiteral("notice-of-acceptance"),
        QStringLiteral("notice-to-respond"),
        QStringLiteral("notice-of-evidence"),
        QStringLiteral("summons"),
        QStringLiteral("notice-to-appear"),
        QStringLiteral("hearing-announcement"),
        QStringLiteral("service-address-confirmation"),
        QStringLiteral("criminal-judgment"),
        QStringLiteral("administrative-judgment"),
    };
    return ids;
}

Result<void> TemplateRepository::loadDir(const QString& dir, bool builtIn)
{
    const QDir d(dir);
    for (const QString& name : d.entryList({QStringLiteral("*.cdt")}, QDir::Files, QDir::Name)) {
        const QString path = d.filePath(name);
        auto text = readText(path);
        auto t = text ? DocumentTemplate::parse(text.value(), path)
                      : Result<DocumentTemplate>(text.error());
        if (!t) {
            if (builtIn)
                return t.error(); // a broken built-in is a bug, caught by the tests
            m_warnings << t.errorMessage();
            continue;
        }
        DocumentTemplate tpl = std::move(t).value();
        if (tpl.meta.id.isEmpty())
            tpl.meta.id = QFileInfo(name).completeBaseName();
        tpl.meta.builtIn = builtIn;
        m_templates.insert(tpl.meta.id, tpl);
    }
    const QDir clauseDir(d.filePath(QStringLiteral("clauses")));
    for (const QString& name :
         clauseDir.entryList({QStringLiteral("*.cdt")}, QDir::Files, QDir::Name)) {
        const QString path = clauseDir.filePath(name);
        auto text = readText(path);
        auto t = text ? DocumentTemplate::parse(text.value(), path)
                      : Result<DocumentTemplate>(text.error());
        if (!t) {
            if (builtIn)
                return t.error();
            m_warnings << t.errorMessage();
            continue;
        }
        DocumentTemplate tpl = std::move(t).value();
        tpl.meta.id = QFileInfo(name).completeBaseName();
        tpl.meta.builtIn = builtIn;
        m_clauses.insert(tpl.meta.id, tpl);
    }
    const QDir td(d.filePath(QStringLiteral("data")));
    for (const QString& name : td.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
        auto text = readText(td.filePath(name));
        if (!text) {
            m_warnings << text.errorMessage();
            continue;
        }
        QVector<QStringList> rows;
        for (const QString& line : text.value().split(QLatin1Char('\n'))) {
            QString l = line;
            if (l.endsWith(QLatin1Char('\r')))
                l.chop(1);
            if (l.trimmed().isEmpty() || l.startsWith(QLatin1Char('#')))
                continue;
            rows << l.split(QLatin1Char('\t'));
        }
        m_tables.insert(QFileInfo(name).completeBaseName(), rows);
    }
    return {};
}

Result<TemplateRepository> TemplateRepository::load(const QString& profileDir)
{
    TemplateRepository repo;
    if (auto r = repo.loadDir(builtInDir(), true); !r)
        return r.error();
    if (repo.m_templates.isEmpty())
        return makeError(ErrorCode::NotFound, tr("The built-in document templates are missing."));
    if (!profileDir.isEmpty()) {
        const QString dir = profileTemplatesDir(profileDir);
        if (QFileInfo(dir).isDir()) {
            if (auto r = repo.loadDir(dir, false); !r)
                return r.error();
        }
    }
    for (const QString& w : qAsConst(repo.m_warnings))
        qCWarning(lcDrafting) << w;
    return repo;
}

QStringList TemplateRepository::ids() const
{
    QStringList out;
    for (const QString& id : standardIds()) {
        if (m_templates.contains(id))
            out << id;
    }
    QStringList rest;
    for (auto it = m_templates.cbegin(); it != m_templates.cend(); ++it) {
        if (!standardIds().contains(it.key()))
            rest << it.key();
    }
    rest.sort();
    return out + rest;
}

const DocumentTemplate* TemplateRepository::find(const QString& id) const
{
    auto it = m_templates.constFind(id);
    return it == m_templates.cend() ? nullptr : &it.value();
}

const DocumentTemplate* TemplateRepository::clause(const QString& id) const
{
    auto it = m_clauses.constFind(id);
    return it == m_clauses.cend() ? nullptr : &it.value();
}

QStringList TemplateRepository::clauseIds() const
{
    QStringList ids = m_clauses.keys();
    ids.sort();
    return ids;
}

QVector<QStringList> TemplateRepository::table(const QString& name) const
{
    return m_tables.value(name);
}

} // namespace cd
