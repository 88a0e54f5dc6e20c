#include "certificatedetails.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QTimeZone>

namespace cd {

namespace {

const QLatin1String kEmailProtectionOid("1.3.6.1.5.5.7.3.4");
const QLatin1String kDocumentSigningOid("1.3.6.1.5.5.7.3.36");
const QLatin1String kAnyEkuOid("2.5.29.37.0");

QString first(const QStringList& l)
{
    return l.isEmpty() ? QString() : l.first();
}

QStringList toStringList(const QVariant& v)
{
    QStringList out;
    if (v.typeId() == QMetaType::QVariantList) {
        for (const QVariant& x : v.toList())
            out << x.toString().trimmed();
    } else if (!v.toString().isEmpty()) {
        for (const QString& s : v.toString().split(QLatin1Char(',')))
            out << s.trimmed();
    }
    return out;
}

CertificateDetails fromQt(const QSslCertificate& c)
{
    CertificateDetails d;
    d.subjectName = first(c.subjectInfo(QSslCertificate::CommonName));
    d.organization = first(c.subjectInfo(QSslCertificate::Organization));
    d.subjectDn = c.subjectDisplayName();
    d.issuerName = first(c.issuerInfo(QSslCertificate::CommonName));
    d.issuerDn = c.issuerDisplayName();
    d.serialNumber = QString::fromLatin1(c.serialNumber());
    d.notBefore = c.effectiveDate().toUTC();
    d.notAfter = c.expiryDate().toUTC();
    d.selfSigned = c.isSelfSigned();
    d.der = c.toDer();
    const QByteArray fp = QCryptographicHash::hash(d.der, QCryptographicHash::Sha256).toHex(':');
    d.sha256 = QString::fromLatin1(fp.toUpper());
    for (const QSslCertificateExtension& e : c.extensions()) {
        if (e.oid() == QLatin1String("2.5.29.19")) {
            d.isCa = e.value().toMap().value(QStringLiteral("ca")).toBool();
        } else if (e.oid() == QLatin1String("2.5.29.15")) {
            d.keyUsage = toStringList(e.value());
        } else if (e.oid() == QLatin1String("2.5.29.37")) {
            d.hasExtendedKeyUsage = true;
            d.extendedKeyUsage = toStringList(e.value());
        }
    }
    return d;
}

bool ekuHas(const CertificateDetails& c, QLatin1String oid, QLatin1String name)
{
    for (const QString& e : c.extendedKeyUsage) {
        if (e == oid || e.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

Result<CertificateDetails> CertificateDetails::fromDer(const QByteArray& der)
{
    const QSslCertificate c(der, QSsl::Der);
    if (c.isNull())
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("cd::CertificateAdvisor",
                                                     "The certificate cannot be read."));
    return fromQt(c);
}

QVector<CertificateDetails> CertificateDetails::fromPem(const QByteArray& pem)
{
    QVector<CertificateDetails> out;
    for (const QSslCertificate& c : QSslCertificate::fromData(pem, QSsl::Pem))
        out << fromQt(c);
    return out;
}

QJsonObject CertificateDetails::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("nickname"), nickname);
    o.insert(QStringLiteral("trust"), trust);
    o.insert(QStringLiteral("subjectName"), subjectName);
    o.insert(QStringLiteral("organization"), organization);
    o.insert(QStringLiteral("subject"), subjectDn);
    o.insert(QStringLiteral("issuerName"), issuerName);
    o.insert(QStringLiteral("issuer"), issuerDn);
    o.insert(QStringLiteral("serial"), serialNumber);
    o.insert(QStringLiteral("sha256"), sha256);
    o.insert(QStringLiteral("notBefore"), notBefore.toString(Qt::ISODate));
    o.insert(QStringLiteral("notAfter"), notAfter.toString(Qt::ISODate));
    o.insert(QStringLiteral("keyUsage"), QJsonArray::fromStringList(keyUsage));
    if (hasExtendedKeyUsage)
        o.insert(QStringLiteral("extendedKeyUsage"), QJsonArray::fromStringList(extendedKeyUsage));
    o.insert(QStringLiteral("isCa"), isCa);
    o.insert(QStringLiteral("selfSigned"), selfSigned);
    o.insert(QStringLiteral("der"), QString::fromLatin1(der.toBase64()));
    return o;
}

CertificateDetails CertificateDetails::fromJson(const QJsonObject& o)
{
    CertificateDetails d;
    d.nickname = o.value(QStringLiteral("nickname")).toString();
    d.trust = o.value(QStringLiteral("trust")).toString();
    d.subjectName = o.value(QStringLiteral("subjectName")).toString();
    d.organization = o.value(QStringLiteral("organization")).toString();
    d.subjectDn = o.value(QStringLiteral("subject")).toString();
    d.issuerName = o.value(QStringLiteral("issuerName")).toString();
    d.issuerDn = o.value(QStringLiteral("issuer")).toString();
    d.serialNumber = o.value(QStringLiteral("serial")).toString();
    d.sha256 = o.value(QStringLiteral("sha256")).toString();
    d.notBefore =
        QDateTime::fromString(o.value(QStringLiteral("notBefore")).toString(), Qt::ISODate);
    d.notAfter = QDateTime::fromString(o.value(QStringLiteral("notAfter")).toString(), Qt::ISODate);
    for (const QJsonValue& v : o.value(QStringLiteral("keyUsage")).toArray())
        d.keyUsage << v.toString();
    d.hasExtendedKeyUsage = o.contains(QStringLiteral("extendedKeyUsage"));
    for (const QJsonValue& v : o.value(QStringLiteral("extendedKeyUsage")).toArray())
        d.extendedKeyUsage << v.toString();
    d.isCa = o.value(QStringLiteral("isCa")).toBool();
    d.selfSigned = o.value(QStringLiteral("selfSigned")).toBool();
    d.der = QByteArray::fromBase64(o.value(QStringLiteral("der")).toString().toLatin1());
    return d;
}

bool CertificateAdvisor::hasDocumentSigningEku(const CertificateDetails& c)
{
    return ekuHas(c, kDocumentSigningOid, QLatin1String("Document Signing"));
}

bool CertificateAdvisor::ekuRejectedByNss(const CertificateDetails& c)
{
    if (!c.hasExtendedKeyUsage)
        return false;
    return !ekuHas(c, kEmailProtectionOid, QLatin1String("E-mail Protection")) &&
           !ekuHas(c, kAnyEkuOid, QLatin1String("Any Extended Key Usage"));
}

CertificateAdvisor::Suitability CertificateAdvisor::forSigning(const CertificateDetails& c,
                                                               const QDateTime& now)
{
    if (c.notAfter.isValid() && now > c.notAfter)
        return Suitability::Expired;
    if (c.notBefore.isValid() && now < c.notBefore)
        return Suitability::NotYetValid;
    if (c.isCa)
        return Suitability::IsCaCertificate;
    if (ekuRejectedByNss(c))
        return Suitability::DocumentSigningOnly;
    if (!c.keyUsage.isEmpty()) {
        bool signing = false;
        for (const QString& k : c.keyUsage) {
            signing = signing || k.contains(QLatin1String("Digital Signature")) ||
                      k.contains(QLatin1String("Non Repudiation"));
        }
        if (!signing)
            return Suitability::NoSigningKeyUsage;
    }
    return Suitability::Ok;
}

QString CertificateAdvisor::explain(Suitability s, const CertificateDetails& c)
{
    switch (s) {
    case Suitability::Ok:
        return tr("The certificate can be used for signing.");
    case Suitability::Expired:
        return tr("The certificate expired on %1. Ask the certificate authority for a new one.")
            .arg(formatTime(c.notAfter));
    case Suitability::NotYetValid:
        return tr("The certificate is not valid before %1.").arg(formatTime(c.notBefore));
    case Suitability::DocumentSigningOnly:
        if (hasDocumentSigningEku(c))
            return tr("The certificate's only extended key usage is \"document signing\" "
                      "(documentSigning). The signing library used here (NSS) accepts a signing "
                      "certificate only if it allows \"e-mail protection\" or has no extended key "
                      "usage, so signatures made with it would be reported as having a "
                      "certificate error. Ask the certificate authority for a certificate that "
                      "includes e-mail protection.");
        return tr("The certificate's extended key usage (%1) does not allow signing documents. "
                  "Ask the certificate authority for a certificate that includes e-mail "
                  "protection.")
            .arg(c.extendedKeyUsage.join(QStringLiteral(", ")));
    case Suitability::NoSigningKeyUsage:
        return tr("The certificate's key usage (%1) does not include digital signatures.")
            .arg(c.keyUsage.join(QStringLiteral(", ")));
    case Suitability::IsCaCertificate:
        return tr("This is a certificate authority's certificate, not a personal signing "
                  "certificate.");
    }
    return {};
}

qint64 CertificateAdvisor::daysLeft(const CertificateDetails& c, const QDateTime& now)
{
    const qint64 secs = now.secsTo(c.notAfter);
    return secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
}

QString CertificateAdvisor::expiryWarning(const CertificateDetails& c, const QDateTime& now,
                                          int warnDays)
{
    if (!c.notAfter.isValid())
        return {};
    if (now > c.notAfter)
        return tr("The certificate \"%1\" expired on %2.")
            .arg(c.subjectName, formatTime(c.notAfter));
    const qint64 days = daysLeft(c, now);
    if (days <= warnDays)
        return tr("The certificate \"%1\" expires in %n day(s), on %2.", nullptr, int(days))
            .arg(c.subjectName, formatTime(c.notAfter));
    return {};
}

QStringList CertificateAdvisor::describe(const CertificateDetails& c)
{
    QStringList l;
    l << tr("Holder: %1").arg(c.subjectName);
    if (!c.organization.isEmpty())
        l << tr("Organisation: %1").arg(c.organization);
    l << tr("Issued by: %1").arg(c.issuerName.isEmpty() ? c.issuerDn : c.issuerName);
    l << tr("Valid from %1 to %2").arg(formatTime(c.notBefore), formatTime(c.notAfter));
    if (!c.keyUsage.isEmpty())
        l << tr("Key usage: %1").arg(c.keyUsage.join(QStringLiteral(", ")));
    if (c.hasExtendedKeyUsage)
        l << tr("Extended key usage: %1").arg(c.extendedKeyUsage.join(QStringLiteral(", ")));
    if (c.isCa)
        l << tr("Certificate authority certificate");
    l << tr("Serial number: %1").arg(c.serialNumber);
    l << tr("SHA-256 fingerprint: %1").arg(c.sha256);
    return l;
}

QString CertificateAdvisor::formatTime(const QDateTime& t)
{
    if (!t.isValid())
        return tr("unknown");
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace cd
