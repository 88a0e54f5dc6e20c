// courtdesk-cli sign / verify: the worker the GUI runs for every PDF signature operation, so a
// crash in PDF parsing or NSS takes down this process and not the judge's desk.
#include "cli.h"
#include "profileopts.h"
#include "signing/certificatestore.h"
#include "signing/nsssession.h"
#include "signing/pdfsigner.h"
#include "signing/signatureverifier.h"
#include "signing/signingaudit.h"
#include "signing/signingerror.h"
#include "signing/signingfonts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>

namespace cd::cli {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cd::cli", s);
}

void printJson(Io& io, const QJsonObject& o)
{
    io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

// Reports a failure as JSON on stdout (for the GUI) or as text on stderr.
int fail(Io& io, bool json, const Error& e, int code = 1)
{
    if (json) {
        printJson(io, QJsonObject{{QStringLiteral("ok"), false},
                                  {QStringLiteral("error"), signingFailureKey(signingFailureOf(e))},
                                  {QStringLiteral("message"), e.message},
                                  {QStringLiteral("detail"), e.detail}});
    } else {
        printError(io, e);
    }
    return code;
}

// The first line of F, or of standard input for "-" (how the GUI passes it: never on disk).
Result<QString> readPassword(const QString& source)
{
    QFile f;
    const bool ok = source == QLatin1String("-")
                        ? f.open(stdin, QIODevice::ReadOnly)
                        : (f.setFileName(source), f.open(QIODevice::ReadOnly));
    if (!ok)
        return makeError(ErrorCode::Io, tr("Cannot read the password file %1.").arg(source));
    QByteArray line = f.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

bool parseRect(const QString& s, QRectF& out)
{
    const QStringList parts = s.split(QLatin1Char(','));
    if (parts.size() != 4)
        return false;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return false;
    }
    out = QRectF(v[0], v[1], v[2], v[3]);
    return true;
}

QString sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

// The worker speaks the language of the window that started it (COURTDESK_LANGUAGE, set by
// SigningWorker) or else the system's, because its messages reach the judge as they are.
void installTranslator()
{
    static QTranslator translator;
    QString language = qEnvironmentVariable("COURTDESK_LANGUAGE");
    if (language.isEmpty())
        language = QLocale::system().name();
    const QDir app(QCoreApplication::applicationDirPath());
    for (const QString& dir :
         {app.absoluteFilePath(QStringLiteral("../translations")),
          app.absoluteFilePath(QStringLiteral("../share/courtdesk/translations"))}) {
        if (translator.load(QStringLiteral("courtdesk_") + language, dir)) {
            QCoreApplication::installTranslator(&translator);
            return;
        }
    }
}

const char* kSignUsage =
    "usage: courtdesk-cli sign --nss-dir DIR --nick NICK [--password-file F|-] [--seal IMG]\n"
    "                          [--page N|last] [--rect x,y,w,h] [--anchor date-line]\n"
    "                          [--reason R] [--location L] [--profile DIR [--case NUMBER]]\n"
    "                          [--json] IN.pdf OUT.pdf\n"
    "  --rect is in page fractions (0-1) from the top-left corner; without it an image goes to\n"
    "  the judgment's date line (--anchor date-line) or the bottom-right corner.\n"
    "  --profile uses PROFILE/nss when --nss-dir is missing and records the signing in the\n"
    "  profile's audit log. Exit: 0 signed, 1 failed, 2 usage, 3 wrong password.\n";

} // namespace

int runSign(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption nssDir(QStringLiteral("nss-dir"), {}, QStringLiteral("DIR"));
    const QCommandLineOption nick(QStringLiteral("nick"), {}, QStringLiteral("NICK"));
    const QCommandLineOption pwFile(QStringLiteral("password-file"), {}, QStringLiteral("F"));
    const QCommandLineOption seal(QStringLiteral("seal"), {}, QStringLiteral("IMG"));
    const QCommandLineOption page(QStringLiteral("page"), {}, QStringLiteral("N"));
    const QCommandLineOption rect(QStringLiteral("rect"), {}, QStringLiteral("x,y,w,h"));
    const QCommandLineOption anchor(QStringLiteral("anchor"), {}, QStringLiteral("date-line"));
    const QCommandLineOption reason(QStringLiteral("reason"), {}, QStringLiteral("R"));
    const QCommandLineOption location(QStringLiteral("location"), {}, QStringLiteral("L"));
    const QCommandLineOption profile(QStringLiteral("profile"), {}, QStringLiteral("DIR"));
    const QCommandLineOption caseNo(QStringLiteral("case"), {}, QStringLiteral("NUMBER"));
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOptions(
        {nssDir, nick, pwFile, seal, page, rect, anchor, reason, location, profile, caseNo, json});
    installTranslator();
    if (!parseArgs(p, QStringLiteral("sign"), args, io))
        return 2;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !p.isSet(nick) || (!p.isSet(nssDir) && !p.isSet(profile)) ||
        (p.isSet(caseNo) && !p.isSet(profile))) {
        io.err << kSignUsage;
        return 2;
    }
    const bool asJson = p.isSet(json);
    SignRequest r;
    r.input = pos[0];
    r.output = pos[1];
    r.nickname = p.value(nick);
    r.imagePath = p.value(seal);
    r.reason = p.value(reason);
    r.location = p.value(location);
    r.anchorAtDateLine = p.value(anchor) == QLatin1String("date-line");
    if (p.isSet(anchor) && !r.anchorAtDateLine) {
        io.err << kSignUsage;
        return 2;
    }
    if (p.isSet(page) && p.value(page) != QLatin1String("last")) {
        bool ok = false;
        r.placement.page = p.value(page).toInt(&ok) - 1;
        if (!ok || r.placement.page < 0) {
            io.err << kSignUsage;
            return 2;
        }
    }
    if (p.isSet(rect) && !parseRect(p.value(rect), r.placement.rect)) {
        io.err << kSignUsage;
        return 2;
    }
    if (p.isSet(pwFile)) {
        auto pw = readPassword(p.value(pwFile));
        if (!pw)
            return fail(io, asJson, pw.error());
        r.password = pw.value();
    }

    std::unique_ptr<Profile> prof;
    if (p.isSet(profile)) {
        prof = openProfile(p.value(profile), io);
        if (!prof)
            return 1;
    }
    const QString dbDir =
        p.isSet(nssDir) ? p.value(nssDir) : CertificateStore::profileStoreDir(prof->dir());
    // Before poppler first asks fontconfig: keeps the mandatory signature text from embedding a
    // 0.5-20 MB system font.
    QTemporaryDir fontDir;
    if (fontDir.isValid())
        (void)SigningFonts::useBlankFontForSignatureText(fontDir.path());
    if (auto o = NssSession::open(dbDir); !o)
        return fail(io, asJson, o.error());

    QString caseUuid;
    if (prof && p.isSet(caseNo)) {
        auto c = SigningAudit::resolveCase(*prof, p.value(caseNo));
        if (!c)
            return fail(io, asJson, c.error());
        caseUuid = c.value();
    }
    const QString inputSha = prof ? sha256(r.input) : QString();
    auto signedDoc = PdfSigner::sign(r);
    if (!signedDoc) {
        const bool badPw = signingFailureOf(signedDoc.error()) == SigningFailure::WrongPassword;
        return fail(io, asJson, signedDoc.error(), badPw ? 3 : 1);
    }
    const SignOutcome& o = signedDoc.value();
    qint64 auditId = 0;
    if (prof) {
        auto a = SigningAudit::record(*prof, p.value(caseNo), caseUuid, r.input, inputSha,
                                      r.nickname, o);
        if (!a) {
            // The signed file exists and is valid; say so, but fail so the caller notices.
            io.err << tr("Signed %1, but the audit log could not record it.").arg(o.output) << "\n";
            return fail(io, asJson, a.error());
        }
        auditId = a.value();
    }
    if (asJson) {
        QJsonObject j = o.toJson();
        j.insert(QStringLiteral("ok"), true);
        if (auditId)
            j.insert(QStringLiteral("auditId"), auditId);
        printJson(io, j);
    } else {
        io.out << tr("Signed %1 as %2 (%3 → %4 bytes, page %5).")
                      .arg(o.output, o.signerName)
                      .arg(o.inputBytes)
                      .arg(o.outputBytes)
                      .arg(o.page + 1)
               << "\n";
    }
    return 0;
}

int runVerify(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    const QCommandLineOption nssDir(QStringLiteral("nss-dir"), {}, QStringLiteral("DIR"));
    const QCommandLineOption profile(QStringLiteral("profile"), {}, QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOptions({nssDir, profile, json});
    installTranslator();
    if (!parseArgs(p, QStringLiteral("verify"), args, io))
        return 2;
    if (p.positionalArguments().size() != 1) {
        io.err << "usage: courtdesk-cli verify [--nss-dir DIR | --profile DIR] [--json] FILE.pdf\n"
                  "  Exit 0 only if the file has a signature and every signature is valid,\n"
                  "  trusted and unchanged since signing; 1 otherwise, 3 if it cannot be read.\n";
        return 2;
    }
    const bool asJson = p.isSet(json);
    QString dbDir = p.value(nssDir);
    if (dbDir.isEmpty() && p.isSet(profile))
        dbDir = CertificateStore::profileStoreDir(p.value(profile));
    if (!dbDir.isEmpty()) {
        if (auto o = NssSession::open(dbDir); !o)
            return fail(io, asJson, o.error(), 3);
    }
    auto report = SignatureVerifier::verify(p.positionalArguments().first());
    if (!report)
        return fail(io, asJson, report.error(), 3);
    const VerificationReport& r = report.value();
    if (asJson) {
        printJson(io, r.toJson());
        return r.ok() ? 0 : 1;
    }
    io.out << r.file << "\n" << r.summary << "\n";
    for (const SignatureReport& s : r.signatures) {
        io.out << "\n"
               << tr("Signature %1: %2").arg(s.number).arg(s.signerName) << "\n"
               << "  " << tr("Signed at: %1").arg(CertificateAdvisor::formatTime(s.signingTime))
               << "\n"
               << "  "
               << tr("Status: signature %1, certificate %2")
                      .arg(SignatureReport::key(s.signature), SignatureReport::key(s.certificate))
               << "\n";
        for (const QString& e : s.explanations)
            io.out << "  - " << e << "\n";
        if (!s.changeDetail.isEmpty())
            io.out << "  (" << s.changeDetail << ")\n";
    }
    return r.ok() ? 0 : 1;
}

} // namespace cd::cli
