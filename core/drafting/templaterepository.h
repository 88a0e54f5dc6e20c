#pragma once

#include "common/result.h"
#include "documenttemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

// The templates, clauses and data tables (courts, provisions, legal bases) available to one
// desk: the built-in set compiled into the program (resources/templates), overridden or extended
// by files in PROFILE/templates with the same layout:
//   ID.cdt           a document template
//   clauses/ID.cdt   a clause for {{> ID}}
//   data/NAME.tsv    a data table, replacing the built-in table of that name
class TemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(cd::TemplateRepository)
public:
    static QString builtInDir(); // a Qt resource path
    static QString profileTemplatesDir(const QString& profileDir);

    // Loads the built-ins, then the profile folder (may be empty). A broken profile template is
    // reported in loadWarnings() and skipped rather than hiding the built-in set.
    static Result<TemplateRepository> load(const QString& profileDir = {});

    QStringList ids() const; // the standard set in its usual order, then the rest by id
    const DocumentTemplate* find(const QString& id) const;
    const DocumentTemplate* clause(const QString& id) const;
    QStringList clauseIds() const;
    // Rows of a data table without comment lines; empty when there is no such table.
    QVector<QStringList> table(const QString& name) const;
    const QStringList& loadWarnings() const { return m_warnings; }

    // The ids of the standard set (法〔2016〕221号), as the issue lists them.
    static const QStringList& standardIds();

private:
    Result<void> loadDir(const QString& dir, bool builtIn);

    QHash<QString, DocumentTemplate> m_templates;
    QHash<QString, DocumentTemplate> m_clauses;
    QHash<QString, QVector<QStringList>> m_tables;
    QStringList m_warnings;
};

} // namespace cd
