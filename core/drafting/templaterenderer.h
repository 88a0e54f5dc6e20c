#pragma once

#include "common/result.h"
#include "documenttemplate.h"
#include "draftdocument.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <functional>

namespace cd {

// Renders a DocumentTemplate with a context (nested QVariantMap/QVariantList of strings,
// numbers, dates and booleans) into document paragraphs, numbering [item] paragraphs 一、二、…
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(cd::TemplateRenderer)
public:
    using ClauseLookup = std::function<const DocumentTemplate*(const QString& id)>;

    explicit TemplateRenderer(ClauseLookup clauses) : m_clauses(std::move(clauses)) {}

    Result<QVector<DraftParagraph>> render(const DocumentTemplate& t, const QVariantMap& context);
    // Fields the last render could not find (translated messages); not errors, since optional
    // data is common, but worth showing to a template author.
    const QStringList& warnings() const { return m_warnings; }

    // Exposed for tests: value of a dotted path in a context, and a filter applied to a value.
    static QVariant lookup(const QVector<QVariantMap>& scopes, const QString& path, bool* found);
    static QString applyFilter(const QVariant& value, const QString& filter);
    static bool truthy(const QVariant& v);

private:
    Result<void> renderNodes(const QVector<TemplateNode>& nodes, QString& out, int depth);
    bool evaluate(const QString& condition);

    ClauseLookup m_clauses;
    QVector<QVariantMap> m_scopes;
    QStringList m_warnings;
};

} // namespace cd
