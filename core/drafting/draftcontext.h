#pragma once

#include "cases/caserecord.h"
#include "courtfee.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QVariantMap>

namespace cd {

class StatuteLibrary;
class TemplateRepository;

// One item of the case's evidence list, for {{#each evidence as e}} and the editor.
struct EvidenceRef
{
    int index = 0; // 证据1, 证据2, …
    QString title;
    QString submittedBy;
};

struct DraftOptions
{
    QDate date; // the document date; decides dates, fees and the statute texts in force
    // Free-form fields for the template (fields.clerk, fields.items, fields.facts, …); they
    // are what a judge types and no case record holds.
    QVariantMap fields;
    QVector<EvidenceRef> evidence;
};

// Builds the data a template sees from a case (field reference: resources/templates/README.md).
class DraftContext
{
    Q_DECLARE_TR_FUNCTIONS(cd::DraftContext)
public:
    // library may be null; then date-dependent citations are reported as not checkable.
    static QVariantMap build(const CaseRecord& c, const DraftOptions& options,
                             const TemplateRepository& repo, const StatuteLibrary* library,
                             QStringList* warnings);

    // What proofreading compares a document with: number, court, parties and roles, claim, fee
    // and dates. Stored inside exported ODT/DOCX files.
    static QJsonObject snapshot(const CaseRecord& c, const QDate& documentDate);

    // 原告, 被告人, 申请执行人 … for a CaseVocabulary party role key.
    static QString roleName(const QString& roleKey);
    static QString procedureName(const QString& procedureKey);
    static CourtFeeInput feeInput(const CaseRecord& c);
};

} // namespace cd
