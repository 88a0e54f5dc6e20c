#include "signatureverifier.h"

#include "common/clock.h"
#include "revisioncompare.h"
#include "signinglog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <algorithm>

namespace cd {

namespace {

using SS = SignatureReport::SignatureState;
using CS = SignatureReport::CertificateState;
using LC = SignatureReport::LaterChanges;

SS signatureState(Poppler::SignatureValidationInfo::SignatureStatus s)
{
    using P = Poppler::SignatureValidationInfo;
    switch (s) {
    case P::SignatureValid:
        return SS::Valid;
    case P::SignatureInvalid:
        return SS::Invalid;
    case P::SignatureDigestMismatch:
        return SS::DigestMismatch;
    case P::SignatureDecodingError:
        return SS::DecodingError;
    case P::SignatureGenericError:
    case P::SignatureNotFound:
        return SS::GenericError;
    case P::SignatureNotVerified:
        return SS::NotVerified;
    }
    return SS::GenericError;
}

CS certificateState(Poppler::SignatureValidationInfo::CertificateStatus s)
{
    using P = Poppler::SignatureValidationInfo;
    switch (s) {
    case P::CertificateTrusted:
        return CS::Trusted;
    case P::CertificateUntrustedIssuer:
        return CS::UntrustedIssuer;
    case P::CertificateUnknownIssuer:
        return CS::UnknownIssuer;
    case P::CertificateRevoked:
        return CS::Revoked;
    case P::CertificateExpired:
        return CS::Expired;
    case P::CertificateGenericError:
        return CS::GenericError;
    case P::CertificateNotVerified:
        return CS::NotVerified;
    }
    return CS::GenericError;
}

QString hashName(Poppler::SignatureValidationInfo::HashAlgorithm h)
{
    using P = Poppler::SignatureValidationInfo;
    switch (h) {
    case P::HashAlgorithmMd2:
        return QStringLiteral("MD2");
    case P::HashAlgorithmMd5:
        return QStringLiteral("MD5");
    case P::HashAlgorithmSha1:
        return QStringLiteral("SHA-1");
    case P::HashAlgorithmSha256:
        return QStringLiteral("SHA-256");
    case P::HashAlgorithmSha384:
        return QStringLiteral("SHA-384");
    case P::HashAlgorithmSha512:
        return QStringLiteral("SHA-512");
    case P::HashAlgorithmSha224:
        return QStringLiteral("SHA-224");
    default:
        return QStringLiteral("unknown");
    }
}

// Bytes after the last signed revision that are only whitespace do not count as a change.
bool onlyWhitespace(const QByteArray& tail)
{
    return std::all_of(tail.cbegin(), tail.cend(), [](char c) {
        return c == ' ' || c == '\r' || c == '\n' || c == '\t' || c == '\0' || c == '\f';
    });
}

} // namespace

Result<VerificationReport> SignatureVerifier::verify(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("Cannot read the file %1.").arg(path));
    const QByteArray bytes = f.readAll();
    f.close();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc)
        return makeError(ErrorCode::Corrupt,
                         tr("%1 is not a readable PDF file.").arg(QFileInfo(path).fileName()));
    if (doc->isLocked())
        return makeError(ErrorCode::Unsupported,
                         tr("%1 is password-protected.").arg(QFileInfo(path).fileName()));

    QElapsedTimer t;
    t.start();
    VerificationReport report;
    report.file = QFileInfo(path).absoluteFilePath();
    report.fileSize = bytes.size();
    const QDateTime now = Clock::instance().now();
    for (const auto& field : doc->signatures()) {
        if (field->signatureType() == Poppler::FormFieldSignature::UnsignedSignature)
            continue;
        // No ValidateWithoutOCSPRevocationCheck: in 22.12 it reports a bogus certificate error.
        const Poppler::SignatureValidationInfo v =
            field->validate(Poppler::FormFieldSignature::ValidateVerifyCertificate, now);
        SignatureReport s;
        s.fieldName = field->fullyQualifiedName();
        s.signerName = v.signerName();
        s.signerDn = v.signerSubjectDN();
        s.signingTime = QDateTime::fromSecsSinceEpoch(v.signingTime(), Qt::UTC);
        s.reason = v.reason();
        s.location = v.location();
        s.hashAlgorithm = hashName(v.hashAlgorithm());
        s.signature = signatureState(v.signatureStatus());
        s.certificate = certificateState(v.certificateStatus());
        s.ranges = v.signedRangeBounds();
        s.revisionEnd = s.ranges.isEmpty() ? 0 : s.ranges.last();
        s.coversWholeDocument = v.signsTotalDocument();
        const Poppler::CertificateInfo ci = v.certificateInfo();
        if (!ci.isNull()) {
            if (auto d = CertificateDetails::fromDer(ci.certificateData()); d)
                s.signerCertificate = d.value();
        }
        report.signatures << s;
    }
    std::sort(report.signatures.begin(), report.signatures.end(),
              [](const SignatureReport& a, const SignatureReport& b) {
                  return a.revisionEnd < b.revisionEnd;
              });
    for (int i = 0; i < report.signatures.size(); ++i) {
        SignatureReport& s = report.signatures[i];
        s.number = i + 1;
        const bool last = i + 1 == report.signatures.size();
        if (s.revisionEnd <= 0 || s.revisionEnd > bytes.size()) {
            s.later = LC::Modified;
            s.changeDetail = QStringLiteral("signed range does not fit the file");
        } else if (last) {
            const bool tailClean = onlyWhitespace(bytes.mid(s.revisionEnd));
            // Trailing whitespace some tools add changes nothing a reader sees.
            s.later = tailClean ? LC::None : LC::UnsignedAppend;
            if (!tailClean)
                s.changeDetail = QStringLiteral("%1 bytes after the signed range")
                                     .arg(bytes.size() - s.revisionEnd);
        } else {
            const qint64 nextEnd = report.signatures[i + 1].revisionEnd;
            const auto cmp =
                RevisionCompare::compare(bytes.left(s.revisionEnd), bytes.left(nextEnd));
            s.later = cmp.onlySignaturesAdded ? LC::SignaturesOnly : LC::Modified;
            s.changeDetail = cmp.detail;
        }
        s.explanations = SignatureExplainer::explain(s);
    }
    report.summary = SignatureExplainer::summarize(report);
    qCDebug(lcSigning) << "verified" << path << report.signatures.size() << "signatures in"
                       << t.elapsed() << "ms";
    return report;
}

} // namespace cd
