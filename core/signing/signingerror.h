#pragma once

#include "common/result.h"

#include <QString>

namespace cd {

// Why a signing step failed. The worker process reports it as a stable key so the GUI can react
// (e.g. stop a batch on a wrong password) without parsing translated text.
enum class SigningFailure {
    None,
    WrongPassword,
    NssDatabase,
    CertificateNotFound,
    NoPrivateKey,
    CertificateExpired,
    CertificateNotYetValid,
    CertificateUnsuitable,
    InputUnreadable,
    InputEncrypted,
    SameFile,
    OutputExists,
    OutputUnwritable,
    BadPlacement,
    ImageUnreadable,
    SigningFailed,
    CheckAfterSigningFailed,
    Cancelled,
    WorkerFailed,
};

QString signingFailureKey(SigningFailure f);
SigningFailure signingFailureFromKey(const QString& key);

// An Error whose detail starts with the failure key ("wrong-password: ...").
Error signingError(SigningFailure f, const QString& message, const QString& detail = {});
SigningFailure signingFailureOf(const Error& e);

} // namespace cd
