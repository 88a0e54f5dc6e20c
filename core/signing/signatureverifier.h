#pragma once

#include "common/result.h"
#include "verificationreport.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

// Checks every signature in a PDF through poppler and the process's NSS database (open it with
// NssSession::open first to use a profile's trust anchors): cryptographic status, certificate
// trust at the current time, what each signature covers, and whether the document changed after
// it (comparing the signed byte range with the file and with later revisions).
class SignatureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(cd::SignatureVerifier)
public:
    static Result<VerificationReport> verify(const QString& path);
};

} // namespace cd
