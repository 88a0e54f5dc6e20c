#include "certificatestore.h"

#include "nsstools.h"
#include "signingerror.h"
#include "signinglog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace cd {

namespace {

bool looksBadPassword(const QString& text)
{
    return text.contains(QLatin1String("SEC_ERROR_BAD_PASSWORD")) ||
           text.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("Incorrect password"));
}

// certutil -L prints "nickname<spaces>trust"; nicknames may contain spaces, trust never does.
QVector<std::pair<QString, QString>> parseListing(const QString& text)
{
    static const QRegularExpression line(
        QStringLiteral("^(.*\\S)\\s+([a-zA-Z]*,[a-zA-Z]*,[a-zA-Z]*)\\s*$"));
    QVector<std::pair<QString, QString>> out;
    for (const QString& l : text.split(QLatin1Char('\n'))) {
        const auto m = line.match(l);
        if (m.hasMatch())
            out.append({m.captured(1).trimmed(), m.captured(2)});
    }
    return out;
}

} // namespace

CertificateStore::CertificateStore(QString dir) : m_dir(QDir(dir).absolutePath()) {}

QString CertificateStore::profileStoreDir(const QString& profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("nss"));
}

bool CertificateStore::exists() const
{
    return QFileInfo::exists(QDir(m_dir).filePath(QStringLiteral("cert9.db"))) &&
           QFileInfo::exists(QDir(m_dir).filePath(QStringLiteral("key4.db")));
}

Result<void> CertificateStore::requireExists() const
{
    if (exists())
        return {};
    return signingError(SigningFailure::NssDatabase,
                        tr("The certificate database %1 does not exist yet.").arg(m_dir));
}

Result<void> CertificateStore::create(const QString& password)
{
    if (exists())
        return signingError(SigningFailure::NssDatabase,
                            tr("The certificate database %1 already exists.").arg(m_dir));
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(m_dir));
    QFile::setPermissions(m_dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QStringList args{QStringLiteral("-N"), QStringLiteral("-d"), NssTools::dbArg(m_dir)};
    SecretFile pw(password);
    if (password.isEmpty()) {
        args << QStringLiteral("--empty-password");
    } else {
        if (!pw.isValid())
            return makeError(ErrorCode::Io, tr("Cannot hand the password to the NSS tools."));
        args << QStringLiteral("-f") << pw.path();
    }
    auto r = NssTools::run(QStringLiteral("certutil"), args);
    if (!r)
        return r.error();
    if (!r->ok())
        return signingError(SigningFailure::NssDatabase,
                            tr("Cannot create the certificate database in %1.").arg(m_dir),
                            r->text());
    qCInfo(lcSigning) << "created NSS database" << m_dir;
    return {};
}

Result<void> CertificateStore::checkPassword(const QString& password) const
{
    if (auto e = requireExists(); !e)
        return e;
    SecretFile pw(password);
    // Listing private keys needs a login, and fails on a wrong password.
    auto r = NssTools::run(QStringLiteral("certutil"),
                           {QStringLiteral("-K"), QStringLiteral("-d"), NssTools::dbArg(m_dir),
                            QStringLiteral("-f"), pw.path()});
    if (!r)
        return r.error();
    if (r->ok() || r->text().contains(QLatin1String("no keys found")))
        return {};
    if (looksBadPassword(r->text()))
        return signingError(SigningFailure::WrongPassword,
                            tr("The password of the certificate database is wrong."), r->text());
    return signingError(SigningFailure::NssDatabase, tr("Cannot read the certificate database."),
                        r->text());
}

Result<QStringList> CertificateStore::importPkcs12(const QString& file, const QString& filePassword,
                                                   const QString& dbPassword)
{
    if (auto e = requireExists(); !e)
        return e.error();
    if (!QFileInfo(file).isReadable())
        return makeError(ErrorCode::NotFound, tr("Cannot read the file %1.").arg(file));
    if (auto pwOk = checkPassword(dbPassword); !pwOk)
        return pwOk.error();
    auto before = list();
    if (!before)
        return before.error();
    QSet<QString> known;
    for (const CertificateDetails& c : before.value())
        known.insert(c.nickname);

    SecretFile dbPw(dbPassword);
    SecretFile filePw(filePassword);
    QStringList args{QStringLiteral("-i"), file,       QStringLiteral("-d"), NssTools::dbArg(m_dir),
                     QStringLiteral("-k"), dbPw.path()};
    if (filePassword.isEmpty())
        args << QStringLiteral("-W") << QString();
    else
        args << QStringLiteral("-w") << filePw.path();
    auto r = NssTools::run(QStringLiteral("pk12util"), args);
    if (!r)
        return r.error();
    if (!r->ok()) {
        const QString t = r->text();
        if (t.contains(QLatin1String("PKCS12 decode")) || t.contains(QLatin1String("password")) ||
            t.contains(QLatin1String("MAC")))
            return signingError(SigningFailure::WrongPassword,
                                tr("The password of the certificate file is wrong, or the file "
                                   "is not a PKCS#12 certificate."),
                                t);
        return signingError(SigningFailure::NssDatabase,
                            tr("The certificate file could not be imported."), t);
    }
    auto after = list();
    if (!after)
        return after.error();
    QStringList added;
    for (const CertificateDetails& c : after.value()) {
        if (!known.contains(c.nickname) && c.hasPrivateKey())
            added << c.nickname;
    }
    qCInfo(lcSigning) << "imported PKCS#12" << file << added;
    return added;
}

Result<void> CertificateStore::importCaCertificate(const QString& file, const QString& nickname,
                                                   const QString& dbPassword)
{
    if (auto e = requireExists(); !e)
        return e;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("Cannot read the file %1.").arg(file));
    const QByteArray bytes = f.readAll();
    const bool pem = bytes.contains("-----BEGIN CERTIFICATE-----");
    QVector<CertificateDetails> certs;
    if (pem) {
        certs = CertificateDetails::fromPem(bytes);
    } else if (auto d = CertificateDetails::fromDer(bytes); d) {
        certs << d.value();
    }
    if (certs.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 does not contain a certificate.").arg(QFileInfo(file).fileName()));
    if (!certs.first().isCa)
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a certificate authority's certificate.")
                             .arg(certs.first().subjectName));
    const QString nick = nickname.isEmpty() ? certs.first().subjectName : nickname;
    // A root gets CT,C,C: a trust anchor for TLS, for e-mail (which is what NSS checks document
    // signers against) and for code. An intermediate gets no trust of its own; it is stored so
    // NSS can build the chain from a signer to the root.
    const QString trust =
        certs.first().selfSigned ? QStringLiteral("CT,C,C") : QStringLiteral(",,");
    QStringList args{QStringLiteral("-A"),
                     QStringLiteral("-n"),
                     nick,
                     QStringLiteral("-t"),
                     trust,
                     QStringLiteral("-d"),
                     NssTools::dbArg(m_dir),
                     QStringLiteral("-i"),
                     file};
    if (pem)
        args << QStringLiteral("-a");
    SecretFile pw(dbPassword);
    args << QStringLiteral("-f") << pw.path();
    auto r = NssTools::run(QStringLiteral("certutil"), args);
    if (!r)
        return r.error();
    if (!r->ok()) {
        if (looksBadPassword(r->text()))
            return signingError(SigningFailure::WrongPassword,
                                tr("The password of the certificate database is wrong."),
                                r->text());
        return signingError(SigningFailure::NssDatabase,
                            tr("The CA certificate could not be imported."), r->text());
    }
    qCInfo(lcSigning) << "imported CA" << nick;
    return {};
}

Result<QVector<CertificateDetails>> CertificateStore::list() const
{
    if (auto e = requireExists(); !e)
        return e.error();
    auto r = NssTools::run(QStringLiteral("certutil"),
                           {QStringLiteral("-L"), QStringLiteral("-d"), NssTools::dbArg(m_dir)});
    if (!r)
        return r.error();
    if (!r->ok())
        return signingError(SigningFailure::NssDatabase,
                            tr("Cannot read the certificate database."), r->text());
    QVector<CertificateDetails> out;
    for (const auto& [nick, trust] : parseListing(QString::fromUtf8(r->out))) {
        auto d = details(nick);
        if (!d)
            continue;
        d.value().trust = trust;
        out << d.value();
    }
    return out;
}

Result<CertificateDetails> CertificateStore::find(const QString& nickname) const
{
    auto d = details(nickname);
    if (!d)
        return d;
    auto listing =
        NssTools::run(QStringLiteral("certutil"),
                      {QStringLiteral("-L"), QStringLiteral("-d"), NssTools::dbArg(m_dir)});
    if (listing && listing->ok()) {
        for (const auto& [nick, trust] : parseListing(QString::fromUtf8(listing->out))) {
            if (nick == nickname)
                d.value().trust = trust;
        }
    }
    return d;
}

Result<CertificateDetails> CertificateStore::details(const QString& nickname) const
{
    auto r = NssTools::run(QStringLiteral("certutil"),
                           {QStringLiteral("-L"), QStringLiteral("-d"), NssTools::dbArg(m_dir),
                            QStringLiteral("-n"), nickname, QStringLiteral("-a")});
    if (!r)
        return r.error();
    const auto certs = CertificateDetails::fromPem(r->out);
    if (!r->ok() || certs.isEmpty())
        return signingError(
            SigningFailure::CertificateNotFound,
            tr("There is no certificate named \"%1\" in the certificate database.").arg(nickname),
            r->text());
    // Several certificates can share a nickname (renewals); the newest is the one NSS signs with.
    CertificateDetails best = certs.first();
    for (const CertificateDetails& c : certs) {
        if (c.notAfter > best.notAfter)
            best = c;
    }
    best.nickname = nickname;
    return best;
}

Result<void> CertificateStore::remove(const QString& nickname, const QString& dbPassword)
{
    auto c = find(nickname);
    if (!c)
        return c.error();
    SecretFile pw(dbPassword);
    // -F deletes the certificate with its private key (needs the password); -D the certificate.
    const bool personal = c->hasPrivateKey();
    QStringList args{personal ? QStringLiteral("-F") : QStringLiteral("-D"), QStringLiteral("-n"),
                     nickname, QStringLiteral("-d"), NssTools::dbArg(m_dir)};
    if (personal)
        args << QStringLiteral("-f") << pw.path();
    auto r = NssTools::run(QStringLiteral("certutil"), args);
    if (!r)
        return r.error();
    if (!r->ok()) {
        if (personal && looksBadPassword(r->text()))
            return signingError(SigningFailure::WrongPassword,
                                tr("The password of the certificate database is wrong."),
                                r->text());
        return signingError(SigningFailure::NssDatabase,
                            tr("The certificate \"%1\" could not be removed.").arg(nickname),
                            r->text());
    }
    qCInfo(lcSigning) << "removed certificate" << nickname;
    return {};
}

} // namespace cd
