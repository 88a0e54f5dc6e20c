#include "signingerror.h"

#include <array>
#include <utility>

namespace cd {

namespace {

constexpr std::array<std::pair<SigningFailure, const char*>, 19> kKeys{{
    {SigningFailure::None, "none"},
    {SigningFailure::WrongPassword, "wrong-password"},
    {SigningFailure::NssDatabase, "nss-database"},
    {SigningFailure::CertificateNotFound, "certificate-not-found"},
    {SigningFailure::NoPrivateKey, "no-private-key"},
    {SigningFailure::CertificateExpired, "certificate-expired"},
    {SigningFailure::CertificateNotYetValid, "certificate-not-yet-valid"},
    {SigningFailure::CertificateUnsuitable, "certificate-unsuitable"},
    {SigningFailure::InputUnreadable, "input-unreadable"},
    {SigningFailure::InputEncrypted, "input-encrypted"},
    {SigningFailure::SameFile, "same-file"},
    {SigningFailure::OutputExists, "output-exists"},
    {SigningFailure::OutputUnwritable, "output-unwritable"},
    {SigningFailure::BadPlacement, "bad-placement"},
    {SigningFailure::ImageUnreadable, "image-unreadable"},
    {SigningFailure::SigningFailed, "signing-failed"},
    {SigningFailure::CheckAfterSigningFailed, "check-after-signing-failed"},
    {SigningFailure::Cancelled, "cancelled"},
    {SigningFailure::WorkerFailed, "worker-failed"},
}};

ErrorCode codeFor(SigningFailure f)
{
    switch (f) {
    case SigningFailure::None:
        return ErrorCode::None;
    case SigningFailure::CertificateNotFound:
    case SigningFailure::NoPrivateKey:
        return ErrorCode::NotFound;
    case SigningFailure::OutputExists:
    case SigningFailure::SameFile:
        return ErrorCode::Conflict;
    case SigningFailure::InputUnreadable:
    case SigningFailure::OutputUnwritable:
    case SigningFailure::ImageUnreadable:
    case SigningFailure::NssDatabase:
        return ErrorCode::Io;
    case SigningFailure::InputEncrypted:
    case SigningFailure::CertificateUnsuitable:
        return ErrorCode::Unsupported;
    case SigningFailure::CheckAfterSigningFailed:
        return ErrorCode::Corrupt;
    case SigningFailure::Cancelled:
        return ErrorCode::Cancelled;
    default:
        return ErrorCode::InvalidInput;
    }
}

} // namespace

QString signingFailureKey(SigningFailure f)
{
    for (const auto& [failure, key] : kKeys) {
        if (failure == f)
            return QLatin1String(key);
    }
    return QStringLiteral("none");
}

SigningFailure signingFailureFromKey(const QString& key)
{
    for (const auto& [failure, k] : kKeys) {
        if (key == QLatin1String(k))
            return failure;
    }
    return SigningFailure::None;
}

Error signingError(SigningFailure f, const QString& message, const QString& detail)
{
    QString d = signingFailureKey(f);
    if (!detail.isEmpty())
        d += QStringLiteral(": ") + detail;
    return makeError(codeFor(f), message, d);
}

SigningFailure signingFailureOf(const Error& e)
{
    return signingFailureFromKey(e.detail.section(QLatin1Char(':'), 0, 0));
}

} // namespace cd
