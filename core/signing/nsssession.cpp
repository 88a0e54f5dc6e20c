// NSS headers first: Qt's "slots" macro breaks secmodt.h.
#include <cert.h>
#include <keyhi.h>
#include <nss.h>
#include <pk11pub.h>
#include <prerror.h>
#include <secerr.h>

#include "nsssession.h"
#include "signingerror.h"
#include "signinglog.h"

#include <QDir>
#include <QFileInfo>

#include <poppler-form.h>

namespace cd {

namespace {

QString g_dir;

struct SlotRef
{
    PK11SlotInfo* slot = PK11_GetInternalKeySlot();
    ~SlotRef()
    {
        if (slot)
            PK11_FreeSlot(slot);
    }
};

struct CertRef
{
    CERTCertificate* cert = nullptr;
    ~CertRef()
    {
        if (cert)
            CERT_DestroyCertificate(cert);
    }
};

} // namespace

Result<void> NssSession::open(const QString& dir)
{
    const QString abs = QDir(dir).absolutePath();
    if (!g_dir.isEmpty()) {
        if (g_dir == abs)
            return {};
        return signingError(SigningFailure::NssDatabase,
                            tr("This process already uses the certificate database %1.").arg(g_dir),
                            QStringLiteral("NSS can be initialised once per process"));
    }
    if (!QFileInfo::exists(QDir(abs).filePath(QStringLiteral("cert9.db"))) ||
        !QFileInfo::exists(QDir(abs).filePath(QStringLiteral("key4.db"))))
        return signingError(
            SigningFailure::NssDatabase,
            tr("%1 is not a certificate database (cert9.db and key4.db are missing).").arg(abs));
    if (NSS_IsInitialized())
        return signingError(SigningFailure::NssDatabase,
                            tr("The certificate database cannot be opened: NSS is already in use."),
                            QStringLiteral("NSS initialised before NssSession::open"));
    Poppler::setNSSDir(QStringLiteral("sql:") + abs);
    // Poppler falls back to NSS_NoDB_Init without telling; then the key slot is the generic
    // crypto token instead of the database token.
    SlotRef s;
    const QString token = s.slot ? QString::fromUtf8(PK11_GetTokenName(s.slot)) : QString();
    if (!NSS_IsInitialized() || !s.slot || PK11_IsInternal(s.slot) == PR_FALSE ||
        token.contains(QLatin1String("Generic"))) {
        return signingError(SigningFailure::NssDatabase,
                            tr("The certificate database %1 could not be opened.").arg(abs),
                            QStringLiteral("token: ") + token);
    }
    g_dir = abs;
    qCDebug(lcSigning) << "NSS database" << abs << "token" << token;
    return {};
}

QString NssSession::currentDir()
{
    return g_dir;
}

bool NssSession::isOpen()
{
    return !g_dir.isEmpty();
}

Result<void> NssSession::login(const QString& password)
{
    if (!isOpen())
        return signingError(SigningFailure::NssDatabase, tr("No certificate database is open."));
    SlotRef s;
    if (!PK11_NeedLogin(s.slot) || PK11_IsLoggedIn(s.slot, nullptr))
        return {};
    const QByteArray pw = password.toUtf8();
    if (PK11_CheckUserPassword(s.slot, pw.constData()) == SECSuccess)
        return {};
    const PRErrorCode err = PR_GetError();
    if (err == SEC_ERROR_BAD_PASSWORD && password.isEmpty())
        return signingError(SigningFailure::WrongPassword,
                            tr("The certificate database is protected by a password; enter it to "
                               "sign. Nothing was signed."));
    if (err == SEC_ERROR_BAD_PASSWORD)
        return signingError(SigningFailure::WrongPassword,
                            tr("The password of the certificate database is wrong. Nothing was "
                               "signed."));
    return signingError(SigningFailure::NssDatabase, tr("Cannot unlock the certificate database."),
                        QStringLiteral("NSS error %1").arg(err));
}

Result<QByteArray> NssSession::certificateDer(const QString& nickname)
{
    if (!isOpen())
        return signingError(SigningFailure::NssDatabase, tr("No certificate database is open."));
    const QByteArray nick = nickname.toUtf8();
    CertRef c;
    c.cert = CERT_FindCertByNickname(CERT_GetDefaultCertDB(), nick.constData());
    if (!c.cert)
        return signingError(
            SigningFailure::CertificateNotFound,
            tr("There is no certificate named \"%1\" in the certificate database.").arg(nickname));
    return QByteArray(reinterpret_cast<const char*>(c.cert->derCert.data),
                      int(c.cert->derCert.len));
}

bool NssSession::hasPrivateKey(const QString& nickname)
{
    if (!isOpen())
        return false;
    const QByteArray nick = nickname.toUtf8();
    CertRef c;
    c.cert = CERT_FindCertByNickname(CERT_GetDefaultCertDB(), nick.constData());
    if (!c.cert)
        return false;
    SECKEYPrivateKey* key = PK11_FindKeyByAnyCert(c.cert, nullptr);
    if (!key)
        return false;
    SECKEY_DestroyPrivateKey(key);
    return true;
}

} // namespace cd
