#pragma once

#include "certificatedetails.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

// A profile's own NSS certificate database (PROFILE/nss): the judge's signing certificates with
// their private keys, and the court's root and intermediate CA certificates.
//
// The database is protected by a password chosen by the judge. The private key is encrypted with
// it, so a copied profile or backup cannot sign; NSS asks for it for every signing session, which
// is the "password prompt" the issue wants. (An empty password would make the prompt theatre.)
class CertificateStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::CertificateStore)
public:
    explicit CertificateStore(QString dir);

    // PROFILE/nss
    static QString profileStoreDir(const QString& profileDir);

    QString dir() const { return m_dir; }
    bool exists() const;

    // Creates an empty database protected by password (an empty password means none).
    Result<void> create(const QString& password);
    // Checks the database password without changing anything.
    Result<void> checkPassword(const QString& password) const;

    // Imports a PKCS#12 file (certificate, private key, and the chain it carries). Returns the
    // nicknames of the new personal certificates.
    Result<QStringList> importPkcs12(const QString& file, const QString& filePassword,
                                     const QString& dbPassword);
    // Imports a CA certificate (PEM or DER): a root becomes a trust anchor for document
    // signers, an intermediate is kept for building chains. Writing trust needs the password.
    Result<void> importCaCertificate(const QString& file, const QString& nickname,
                                     const QString& dbPassword);

    Result<QVector<CertificateDetails>> list() const;
    Result<CertificateDetails> find(const QString& nickname) const;
    // Removes a certificate; for a personal certificate the private key goes too.
    Result<void> remove(const QString& nickname, const QString& dbPassword);

private:
    Result<void> requireExists() const;
    // The certificate without its trust flags (one certutil run).
    Result<CertificateDetails> details(const QString& nickname) const;
    QString m_dir;
};

} // namespace cd
