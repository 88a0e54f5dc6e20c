#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace cd {

class StatuteLibrary;
class TemplateRepository;

// One problem in a document. Messages and fixes are Chinese: they speak about Chinese document
// text to the judge, whatever the UI language (PRODUCT.md, 文书校对).
struct ProofFinding
{
    enum class Severity { Error, Warning, Info };
    QString rule; // stable key, e.g. "amount-words"
    Severity severity = Severity::Error;
    int paragraph = 0; // 0-based
    int offset = 0;    // in the paragraph
    int length = 0;
    QString text;       // what was found
    QString message;    // 说明
    QString suggestion; // 建议: the replacement text, or what to do

    QJsonObject toJson() const; // paragraph and offset 1-based for people
};

// What a document is checked against. The case snapshot (DraftContext::snapshot) is optional:
// without it, the document's own header (parties, case number) is the reference.
struct ProofInput
{
    QStringList paragraphs;
    QJsonObject caseSnapshot;
    QDate documentDate; // null: taken from the document's date line
};

// The rule engine: each rule is a function over the document (rules are listed in
// Proofreader::rules()); findings come back in document order.
class Proofreader
{
public:
    // library may be null: citations are then reported as not checkable. repo provides the
    // required-parts and provision tables.
    Proofreader(const StatuteLibrary* library, const TemplateRepository& repo);

    QVector<ProofFinding> check(const ProofInput& input) const;

    struct RuleInfo
    {
        const char* key;
        const char* description; // English, for documentation and the UI
    };
    static const QVector<RuleInfo>& rules();

private:
    const StatuteLibrary* m_library;
    const TemplateRepository& m_repo;
};

} // namespace cd
