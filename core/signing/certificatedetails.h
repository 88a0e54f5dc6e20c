#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cd {

// What a judge needs to know about one X.509 certificate, read from its DER or PEM form.
struct CertificateDetails
{
    QString nickname; // NSS nickname, when it came from a database
    QString trust;    // NSS trust flags ("u,u,u", "CT,C,C"), when known
    QString subjectName;
    QString organization;
    QString subjectDn;
    QString issuerName;
    QString issuerDn;
    QString serialNumber;
    QString sha256; // fingerprint, hex with colons
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList keyUsage;         // as the TLS backend names them, e.g. "Digital Signature"
    QStringList extendedKeyUsage; // names or dotted OIDs; empty when the extension is absent
    bool hasExtendedKeyUsage = false;
    bool isCa = false;
    bool selfSigned = false;
    QByteArray der;

    bool isNull() const { return der.isEmpty(); }
    bool hasPrivateKey() const { return trust.startsWith(QLatin1Char('u')); }

    static Result<CertificateDetails> fromDer(const QByteArray& der);
    // All certificates in a PEM bundle (certutil -a prints one or more).
    static QVector<CertificateDetails> fromPem(const QByteArray& pem);

    QJsonObject toJson() const;
    static CertificateDetails fromJson(const QJsonObject& o);
};

// Judgements on a certificate, explained in plain Chinese.
class CertificateAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(cd::CertificateAdvisor)
public:
    enum class Suitability {
        Ok,
        Expired,
        NotYetValid,
        DocumentSigningOnly, // NSS in poppler 22.12 rejects it; see explain()
        NoSigningKeyUsage,
        IsCaCertificate,
    };

    static Suitability forSigning(const CertificateDetails& c, const QDateTime& now);
    static QString explain(Suitability s, const CertificateDetails& c);

    // True when the EKU extension is present and lacks emailProtection, which NSS requires of
    // a signer certificate (certUsageEmailSigner). documentSigning alone is not enough.
    static bool ekuRejectedByNss(const CertificateDetails& c);
    static bool hasDocumentSigningEku(const CertificateDetails& c);

    // Days until notAfter (negative once expired).
    static qint64 daysLeft(const CertificateDetails& c, const QDateTime& now);
    // A warning when the certificate expires within warnDays or has expired; empty otherwise.
    static QString expiryWarning(const CertificateDetails& c, const QDateTime& now,
                                 int warnDays = 30);
    // "Holder: ..." lines for a details view.
    static QStringList describe(const CertificateDetails& c);
    static QString formatTime(const QDateTime& t);
};

} // namespace cd
