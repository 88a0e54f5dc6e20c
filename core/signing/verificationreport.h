#pragma once

#include "certificatedetails.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

// The result of checking one signature, in our own terms (stable across poppler versions and
// across the worker-process JSON boundary).
struct SignatureReport
{
    enum class SignatureState {
        Valid,
        Invalid,
        DigestMismatch,
        DecodingError,
        GenericError,
        NotVerified
    };
    enum class CertificateState {
        Trusted,
        UntrustedIssuer,
        UnknownIssuer,
        Revoked,
        Expired,
        GenericError,
        NotVerified
    };
    // What happened to the file after this signature.
    enum class LaterChanges {
        None,           // the signature covers the whole file
        SignaturesOnly, // only later signatures were added
        Modified,       // later revisions changed the content
        UnsignedAppend, // bytes after the last signature that no signature covers
    };

    int number = 0; // 1-based, in signing order
    QString fieldName;
    QString signerName;
    QString signerDn;
    QDateTime signingTime;
    QString reason;
    QString location;
    QString hashAlgorithm;
    SignatureState signature = SignatureState::NotVerified;
    CertificateState certificate = CertificateState::NotVerified;
    QList<qint64> ranges;
    qint64 revisionEnd = 0;
    bool coversWholeDocument = false;
    LaterChanges later = LaterChanges::None;
    QString changeDetail; // technical, e.g. "page 2: text differs"
    CertificateDetails signerCertificate;
    QStringList explanations; // translated, plain Chinese in the default UI

    bool ok() const;

    QJsonObject toJson() const;
    static SignatureReport fromJson(const QJsonObject& o);
    static QString key(SignatureState s);
    static QString key(CertificateState s);
    static QString key(LaterChanges c);
};

struct VerificationReport
{
    QString file;
    qint64 fileSize = 0;
    QVector<SignatureReport> signatures;
    QString summary; // translated

    // At least one signature, and every one valid, trusted and unmodified since signing.
    bool ok() const;

    QJsonObject toJson() const;
    static VerificationReport fromJson(const QJsonObject& o);
};

// Plain-language explanations; the English source strings are translated to Chinese.
class SignatureExplainer
{
    Q_DECLARE_TR_FUNCTIONS(cd::SignatureVerifier)
public:
    static QStringList explain(const SignatureReport& s);
    static QString summarize(const VerificationReport& r);
    static QString signatureStateText(SignatureReport::SignatureState s);
    static QString certificateStateText(SignatureReport::CertificateState s);
};

} // namespace cd
