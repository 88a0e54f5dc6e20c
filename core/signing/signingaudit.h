#pragma once

#include "common/result.h"
#include "pdfsigner.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

class Profile;

// Writes a signing into the profile's hash-chained audit log, so the document's history (and
// the case's, when a case number is given) shows who signed what, when, into which file.
class SigningAudit
{
    Q_DECLARE_TR_FUNCTIONS(cd::SigningAudit)
public:
    static constexpr const char* kAction = "document.sign";

    // The case's uuid for its number; checked before signing so a typo signs nothing.
    static Result<QString> resolveCase(Profile& profile, const QString& caseNumber);

    // caseUuid may be empty: the entry then belongs to the document (its SHA-256).
    static Result<qint64> record(Profile& profile, const QString& caseNumber,
                                 const QString& caseUuid, const QString& inputPath,
                                 const QString& inputSha256, const QString& nickname,
                                 const SignOutcome& outcome);
};

} // namespace cd
