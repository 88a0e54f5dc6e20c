#include "verificationreport.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace cd {

namespace {

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char*>, N>& table, E v)
{
    for (const auto& [e, k] : table) {
        if (e == v)
            return QLatin1String(k);
    }
    return QString();
}

template <typename E, std::size_t N>
E fromKey(const std::array<std::pair<E, const char*>, N>& table, const QString& key, E fallback)
{
    for (const auto& [e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return fallback;
}

using SS = SignatureReport::SignatureState;
using CS = SignatureReport::CertificateState;
using LC = SignatureReport::LaterChanges;

constexpr std::array<std::pair<SS, const char*>, 6> kSignatureKeys{{
    {SS::Valid, "valid"},
    {SS::Invalid, "invalid"},
    {SS::DigestMismatch, "digest-mismatch"},
    {SS::DecodingError, "decoding-error"},
    {SS::GenericError, "error"},
    {SS::NotVerified, "not-verified"},
}};

constexpr std::array<std::pair<CS, const char*>, 7> kCertificateKeys{{
    {CS::Trusted, "trusted"},
    {CS::UntrustedIssuer, "untrusted-issuer"},
    {CS::UnknownIssuer, "unknown-issuer"},
    {CS::Revoked, "revoked"},
    {CS::Expired, "expired"},
    {CS::GenericError, "error"},
    {CS::NotVerified, "not-verified"},
}};

constexpr std::array<std::pair<LC, const char*>, 4> kLaterKeys{{
    {LC::None, "none"},
    {LC::SignaturesOnly, "signatures-only"},
    {LC::Modified, "modified"},
    {LC::UnsignedAppend, "unsigned-append"},
}};

} // namespace

QString SignatureReport::key(SignatureState s)
{
    return keyOf(kSignatureKeys, s);
}

QString SignatureReport::key(CertificateState s)
{
    return keyOf(kCertificateKeys, s);
}

QString SignatureReport::key(LaterChanges c)
{
    return keyOf(kLaterKeys, c);
}

bool SignatureReport::ok() const
{
    return signature == SignatureState::Valid && certificate == CertificateState::Trusted &&
           (later == LaterChanges::None || later == LaterChanges::SignaturesOnly);
}

QJsonObject SignatureReport::toJson() const
{
    QJsonArray r;
    for (qint64 b : ranges)
        r.append(b);
    return QJsonObject{
        {QStringLiteral("number"), number},
        {QStringLiteral("field"), fieldName},
        {QStringLiteral("signer"), signerName},
        {QStringLiteral("signerDn"), signerDn},
        {QStringLiteral("signingTime"), signingTime.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("location"), location},
        {QStringLiteral("hash"), hashAlgorithm},
        {QStringLiteral("signatureStatus"), key(signature)},
        {QStringLiteral("certificateStatus"), key(certificate)},
        {QStringLiteral("ranges"), r},
        {QStringLiteral("revisionEnd"), revisionEnd},
        {QStringLiteral("coversWholeDocument"), coversWholeDocument},
        {QStringLiteral("laterChanges"), key(later)},
        {QStringLiteral("changeDetail"), changeDetail},
        {QStringLiteral("certificate"), signerCertificate.toJson()},
        {QStringLiteral("explanations"), QJsonArray::fromStringList(explanations)},
        {QStringLiteral("ok"), ok()},
    };
}

SignatureReport SignatureReport::fromJson(const QJsonObject& o)
{
    SignatureReport s;
    s.number = o.value(QStringLiteral("number")).toInt();
    s.fieldName = o.value(QStringLiteral("field")).toString();
    s.signerName = o.value(QStringLiteral("signer")).toString();
    s.signerDn = o.value(QStringLiteral("signerDn")).toString();
    s.signingTime =
        QDateTime::fromString(o.value(QStringLiteral("signingTime")).toString(), Qt::ISODate);
    s.reason = o.value(QStringLiteral("reason")).toString();
    s.location = o.value(QStringLiteral("location")).toString();
    s.hashAlgorithm = o.value(QStringLiteral("hash")).toString();
    s.signature = fromKey(kSignatureKeys, o.value(QStringLiteral("signatureStatus")).toString(),
                          SS::NotVerified);
    s.certificate = fromKey(
        kCertificateKeys, o.value(QStringLiteral("certificateStatus")).toString(), CS::NotVerified);
    for (const QJsonValue& v : o.value(QStringLiteral("ranges")).toArray())
        s.ranges << v.toInteger();
    s.revisionEnd = o.value(QStringLiteral("revisionEnd")).toInteger();
    s.coversWholeDocument = o.value(QStringLiteral("coversWholeDocument")).toBool();
    s.later = fromKey(kLaterKeys, o.value(QStringLiteral("laterChanges")).toString(), LC::Modified);
    s.changeDetail = o.value(QStringLiteral("changeDetail")).toString();
    s.signerCertificate =
        CertificateDetails::fromJson(o.value(QStringLiteral("certificate")).toObject());
    for (const QJsonValue& v : o.value(QStringLiteral("explanations")).toArray())
        s.explanations << v.toString();
    return s;
}

bool VerificationReport::ok() const
{
    if (signatures.isEmpty())
        return false;
    for (const SignatureReport& s : signatures) {
        if (!s.ok())
            return false;
    }
    return true;
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray sigs;
    for (const SignatureReport& s : signatures)
        sigs.append(s.toJson());
    return QJsonObject{
        {QStringLiteral("file"), file},       {QStringLiteral("size"), fileSize},
        {QStringLiteral("ok"), ok()},         {QStringLiteral("summary"), summary},
        {QStringLiteral("signatures"), sigs},
    };
}

VerificationReport VerificationReport::fromJson(const QJsonObject& o)
{
    VerificationReport r;
    r.file = o.value(QStringLiteral("file")).toString();
    r.fileSize = o.value(QStringLiteral("size")).toInteger();
    r.summary = o.value(QStringLiteral("summary")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("signatures")).toArray())
        r.signatures << SignatureReport::fromJson(v.toObject());
    return r;
}

QString SignatureExplainer::signatureStateText(SignatureReport::SignatureState s)
{
    switch (s) {
    case SS::Valid:
        return tr("The signature is intact: the signed content has not changed since signing.");
    case SS::Invalid:
        return tr("The signature is invalid: it does not match the signer's certificate.");
    case SS::DigestMismatch:
        return tr("The signed content was changed after signing (the digest does not match). "
                  "Do not rely on this document.");
    case SS::DecodingError:
        return tr("The signature data is damaged and cannot be read.");
    case SS::GenericError:
    case SS::NotVerified:
        return tr("The signature could not be checked.");
    }
    return {};
}

QString SignatureExplainer::certificateStateText(SignatureReport::CertificateState s)
{
    switch (s) {
    case CS::Trusted:
        return tr("The signer's certificate was issued by a certificate authority this computer "
                  "trusts.");
    case CS::UntrustedIssuer:
        return tr("The issuer of the signer's certificate has been marked as untrusted.");
    case CS::UnknownIssuer:
        return tr("The signer's certificate was not issued by a certificate authority this "
                  "computer trusts. If the document is genuine, import the court's root "
                  "certificate first.");
    case CS::Revoked:
        return tr("The signer's certificate has been revoked by its certificate authority.");
    case CS::Expired:
        return tr("The signer's certificate has expired.");
    case CS::GenericError:
        return tr("The signer's certificate could not be checked.");
    case CS::NotVerified:
        return tr("The signer's certificate was not checked.");
    }
    return {};
}

QStringList SignatureExplainer::explain(const SignatureReport& s)
{
    QStringList l;
    l << signatureStateText(s.signature);
    l << certificateStateText(s.certificate);
    const CertificateDetails& c = s.signerCertificate;
    if (s.certificate == CS::Expired && !c.isNull()) {
        l << tr("It was valid until %1.").arg(CertificateAdvisor::formatTime(c.notAfter));
        if (s.signingTime.isValid() && s.signingTime >= c.notBefore && s.signingTime <= c.notAfter)
            l << tr("The signing time the signer's computer recorded (%1) lies within that "
                    "period, but without a trusted timestamp that time cannot be proven.")
                     .arg(CertificateAdvisor::formatTime(s.signingTime));
    }
    if (s.certificate == CS::GenericError && !c.isNull() && CertificateAdvisor::ekuRejectedByNss(c))
        l << CertificateAdvisor::explain(CertificateAdvisor::Suitability::DocumentSigningOnly, c);
    switch (s.later) {
    case LC::None:
        l << tr("The signature covers the whole document.");
        break;
    case LC::SignaturesOnly:
        l << tr("It covers the document as it was when signed; since then only further "
                "signatures were added, and the content it signed is unchanged.");
        break;
    case LC::Modified:
        l << tr("After this signature the document was changed by more than adding "
                "signatures. The signed version is intact, but the current content differs from "
                "what was signed.");
        break;
    case LC::UnsignedAppend:
        l << tr("After signing, content that no signature covers was added to the file. The "
                "signed part is intact, but the document was modified after signing.");
        break;
    }
    return l;
}

QString SignatureExplainer::summarize(const VerificationReport& r)
{
    if (r.signatures.isEmpty())
        return tr("The document has no signatures.");
    int bad = 0;
    for (const SignatureReport& s : r.signatures)
        bad += s.ok() ? 0 : 1;
    if (bad == 0)
        return tr("%n signature(s), all valid, trusted and unchanged since signing.", nullptr,
                  int(r.signatures.size()));
    return tr("%1 of %n signature(s) have problems; see the details.", nullptr,
              int(r.signatures.size()))
        .arg(bad);
}

} // namespace cd
