#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

// One node of a parsed template body (format: resources/templates/README.md).
struct TemplateNode
{
    enum class Type { Text, Field, If, Each, Include };
    Type type = Type::Text;
    QString text;   // Text: the literal; Field: the path; If: the condition; Each: the list
                    // path; Include: the clause id
    QString filter; // Field: e.g. "capitals", "join:、"
    QString var;    // Each: the loop variable; Include: "inline" inside a line
    int line = 0;   // for messages
    QVector<TemplateNode> children;
    QVector<TemplateNode> elseChildren;
};

struct TemplateMeta
{
    QString id;          // civil-judgment
    QString title;       // 民事判决书
    QString kind;        // civil, criminal, administrative, any
    QString description; // English, for people choosing a template
    QString sourcePath;  // where it was loaded from
    bool builtIn = true;
};

// A CourtDesk document template (.cdt): a small header, then paragraphs with [part] markers,
// {{fields}}, {{#if}}/{{#each}} blocks and {{> clause}} includes.
class DocumentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(cd::DocumentTemplate)
public:
    static Result<DocumentTemplate> parse(const QString& text, const QString& sourceName);

    TemplateMeta meta;
    QVector<TemplateNode> body;
};

} // namespace cd
