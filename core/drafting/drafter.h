#pragma once

#include "common/result.h"
#include "draftcontext.h"
#include "draftdocument.h"

#include <QCoreApplication>

namespace cd {

class Database;
class StatuteLibrary;
class TemplateRepository;

// Drafts a document from a template and a case: the one entry point the CLI, the editor and
// batch generation share.
class Drafter
{
    Q_DECLARE_TR_FUNCTIONS(cd::Drafter)
public:
    // library may be null (citations are then reported as not checkable).
    Drafter(const TemplateRepository& repo, const StatuteLibrary* library)
        : m_repo(repo), m_library(library)
    {
    }

    Result<DraftDocument> draft(const CaseRecord& c, const QString& templateId,
                                const DraftOptions& options) const;

    // The case's evidence list from the case store, numbered in order of submission.
    static Result<QVector<EvidenceRef>> evidenceFor(Database& db, qint64 caseId);

private:
    const TemplateRepository& m_repo;
    const StatuteLibrary* m_library;
};

} // namespace cd
