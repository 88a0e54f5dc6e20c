// Signing and verification end to end: our CLI worker and verifier against pdfsig, tampering,
// second signatures, changes after signing, and every failure the issue lists.
#include "signing/certificatestore.h"
#include "signing/sealimages.h"
#include "signing/seallibrary.h"
#include "signing/signatureplacement.h"
#include "signing/signingerror.h"
#include "signing/signingfonts.h"
#include "testutil_core.h"
#include "tst_signing_util.h"

#include "audit/auditlog.h"
#include "cases/caserepository.h"
#include "storage/profile.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace cd;
using cdtest::SigningFixture;

namespace {

QJsonObject parseJson(const QString& out)
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QString sha256(const QString& path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(cdtest::readFile(path), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    SigningFixture m_fx;
    QString m_nss;
    QString m_pdf;        // 10-page judgment, unsigned
    QString m_appearance; // seal + name + role + date, as the GUI composes it
    QString m_courtSeal;  // the bare court seal
    QString m_signed;     // m_pdf signed by "judge" (made in signAndVerify)

    QString file(const QString& name) const { return m_tmp.filePath(name); }

    cdtest::CliRun sign(const QString& nick, const QString& in, const QString& out,
                        const QStringList& extra = {},
                        const QString& password = SigningFixture::dbPassword())
    {
        cdtest::CliRun r;
        const cdtest::ToolResult t = cdtest::runTool(
            cdtest::cliPath(),
            QStringList{QStringLiteral("sign"), QStringLiteral("--json"),
                        QStringLiteral("--nss-dir"), m_nss, QStringLiteral("--nick"), nick,
                        QStringLiteral("--password-file"), QStringLiteral("-")} +
                extra + QStringList{in, out},
            QProcessEnvironment::systemEnvironment(), password.toUtf8() + '\n');
        r.exitCode = t.exitCode;
        r.out = t.out;
        r.err = t.err;
        return r;
    }

    cdtest::CliRun verify(const QString& pdf)
    {
        return cdtest::runCli({QStringLiteral("verify"), QStringLiteral("--json"),
                               QStringLiteral("--nss-dir"), m_nss, pdf});
    }

    cdtest::ToolResult pdfsig(const QStringList& args)
    {
        return cdtest::runTool(
            QStringLiteral("pdfsig"),
            QStringList{QStringLiteral("-nssdir"), QStringLiteral("sql:") + m_nss} + args);
    }

    // The JSON object of signature n (1-based) in a verify run.
    static QJsonObject signature(const cdtest::CliRun& r, int n)
    {
        return parseJson(r.out).value(QStringLiteral("signatures")).toArray().at(n - 1).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_tmp.setAutoRemove(qEnvironmentVariableIsEmpty("COURTDESK_KEEP_TEST_FILES"));
        QVERIFY2(QFileInfo(cdtest::cliPath()).isExecutable(), "COURTDESK_CLI not set");
        QVERIFY2(m_fx.build(m_tmp.path(),
                            QStringLiteral(COURTDESK_SIGNING_TEST_DATA "/openssl-test.cnf")),
                 qPrintable(m_fx.error));

        // The profile's certificate store, built through our own CertificateStore.
        m_nss = file(QStringLiteral("profile/nss"));
        CertificateStore store(m_nss);
        QVERIFY(!store.exists());
        QVERIFY(store.create(SigningFixture::dbPassword()));
        for (const char* nick : {"judge", "court", "expired", "docsign", "untrusted"}) {
            auto added =
                store.importPkcs12(m_fx.pki(QLatin1String(nick) + QStringLiteral(".p12")),
                                   cdtest::TestPki::p12Password(), SigningFixture::dbPassword());
            QVERIFY2(added, qPrintable(added.errorMessage() + added.error().detail));
            QCOMPARE(added.value(), QStringList{QLatin1String(nick)});
        }
        auto ca =
            store.importCaCertificate(m_fx.pki(QStringLiteral("ca.pem")),
                                      QStringLiteral("Court Root"), SigningFixture::dbPassword());
        QVERIFY2(ca, qPrintable(ca.errorMessage() + ca.error().detail));

        m_pdf = file(QStringLiteral("judgment.pdf"));
        QVERIFY(cdtest::makeJudgmentPdf(m_pdf, 10, QStringLiteral("（2026）甘01民初123号")));

        auto seal = SealImages::courtSeal(QStringLiteral("甘肃省兰州市中级人民法院"));
        QVERIFY(seal);
        m_courtSeal = file(QStringLiteral("court-seal.png"));
        QVERIFY(seal.value().save(m_courtSeal));
        SealImages::Appearance a;
        a.seal = seal.value();
        a.signerName = QStringLiteral("马建国");
        a.role = QStringLiteral("审判长");
        a.date = QDate(2026, 3, 1);
        auto composed = SealImages::composeAppearance(a);
        QVERIFY(composed);
        m_appearance = file(QStringLiteral("appearance.png"));
        QVERIFY(composed.value().save(m_appearance));
        if (!cdtest::outputDir().isEmpty()) {
            QFile::remove(cdtest::outputDir() + QStringLiteral("/signing-appearance.png"));
            QFile::copy(m_appearance,
                        cdtest::outputDir() + QStringLiteral("/signing-appearance.png"));
        }
    }

    void certificateStoreListsAndExplains()
    {
        CertificateStore store(m_nss);
        auto list = store.list();
        QVERIFY(list);
        QStringList nicks;
        for (const CertificateDetails& c : list.value())
            nicks << c.nickname;
        for (const char* n : {"judge", "court", "expired", "docsign", "untrusted"})
            QVERIFY2(nicks.contains(QLatin1String(n)), qPrintable(nicks.join(QLatin1Char('|'))));
        auto judge = store.find(QStringLiteral("judge"));
        QVERIFY(judge);
        QCOMPARE(judge->subjectName, QStringLiteral("马建国"));
        QVERIFY(judge->hasPrivateKey());
        QCOMPARE(CertificateAdvisor::forSigning(judge.value(), QDateTime::currentDateTimeUtc()),
                 CertificateAdvisor::Suitability::Ok);
        // Warned 30 days ahead, not before.
        QVERIFY(CertificateAdvisor::expiryWarning(judge.value(), judge->notAfter.addDays(-10))
                    .contains(QStringLiteral("10")));
        QVERIFY(CertificateAdvisor::expiryWarning(judge.value(), judge->notAfter.addDays(-60))
                    .isEmpty());
        QVERIFY(!CertificateAdvisor::describe(judge.value()).isEmpty());

        // The root arrived with the judge's PKCS#12 under its own name; importing it as a CA
        // made it a trust anchor.
        const auto rootIt =
            std::find_if(list->cbegin(), list->cend(), [](const CertificateDetails& c) {
                return c.subjectName == QLatin1String("CourtDesk Test Root CA");
            });
        QVERIFY(rootIt != list->cend());
        QVERIFY(rootIt->isCa);
        QCOMPARE(rootIt->trust, QStringLiteral("CT,C,C"));

        auto docsign = store.find(QStringLiteral("docsign"));
        QVERIFY(docsign);
        QCOMPARE(CertificateAdvisor::forSigning(docsign.value(), QDateTime::currentDateTimeUtc()),
                 CertificateAdvisor::Suitability::DocumentSigningOnly);
        auto expired = store.find(QStringLiteral("expired"));
        QVERIFY(expired);
        QCOMPARE(CertificateAdvisor::forSigning(expired.value(), QDateTime::currentDateTimeUtc()),
                 CertificateAdvisor::Suitability::Expired);

        QVERIFY(store.checkPassword(SigningFixture::dbPassword()));
        auto bad = store.checkPassword(QStringLiteral("nope"));
        QVERIFY(!bad);
        QCOMPARE(signingFailureOf(bad.error()), SigningFailure::WrongPassword);
    }

    void importErrorsAreClear()
    {
        CertificateStore store(m_nss);
        auto wrongFilePw =
            store.importPkcs12(m_fx.pki(QStringLiteral("judge.p12")), QStringLiteral("wrong"),
                               SigningFixture::dbPassword());
        QVERIFY(!wrongFilePw);
        QCOMPARE(signingFailureOf(wrongFilePw.error()), SigningFailure::WrongPassword);
        auto wrongDbPw =
            store.importPkcs12(m_fx.pki(QStringLiteral("judge.p12")),
                               cdtest::TestPki::p12Password(), QStringLiteral("wrong"));
        QVERIFY(!wrongDbPw);
        QCOMPARE(signingFailureOf(wrongDbPw.error()), SigningFailure::WrongPassword);
        // A personal certificate is not a CA.
        QVERIFY(!store.importCaCertificate(m_fx.pki(QStringLiteral("judge.pem")), QString(),
                                           SigningFixture::dbPassword()));

        // Remove needs the password for a certificate with a key, and then really removes it.
        QTemporaryDir d;
        CertificateStore other(d.filePath(QStringLiteral("nss")));
        QVERIFY(other.create(QStringLiteral("pw2")));
        QVERIFY(other.importPkcs12(m_fx.pki(QStringLiteral("court.p12")),
                                   cdtest::TestPki::p12Password(), QStringLiteral("pw2")));
        QVERIFY(!other.remove(QStringLiteral("court"), QStringLiteral("wrong")));
        QVERIFY(other.remove(QStringLiteral("court"), QStringLiteral("pw2")));
        QVERIFY(!other.find(QStringLiteral("court")));
    }

    void sealImagesAndLibrary()
    {
        QImage seal(m_courtSeal);
        QVERIFY(!seal.isNull());
        QVERIFY(seal.hasAlphaChannel());
        QCOMPARE(seal.pixelColor(0, 0).alpha(), 0); // transparent corner
        const QColor star = seal.pixelColor(seal.width() / 2, seal.height() / 2);
        QVERIFY(star.red() > 180 && star.green() < 80 && star.alpha() > 200);

        QSize size;
        const AppearanceMetrics m = AppearanceMetrics::read(m_appearance, &size);
        QVERIFY(m.anchor.x() > 0.5 && m.anchor.x() < 1.0); // the seal is on the right
        QVERIFY(m.widthPt > 150 && m.widthPt < 400);       // seal 42 mm = 119 pt, plus the text
        QVERIFY(qint64(size.width()) * size.height() <= 108000);

        // The library keeps generated and imported images in the profile.
        QTemporaryDir profile;
        SealLibrary lib(profile.path());
        auto gen = lib.generateCourtSeal(QStringLiteral("甘南藏族自治州中级人民法院"));
        QVERIFY(gen);
        QImage scan(400, 200, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter p(&scan);
        p.setPen(QPen(Qt::black, 6));
        p.drawLine(40, 150, 360, 60);
        p.end();
        const QString scanPath = profile.filePath(QStringLiteral("scan.png"));
        QVERIFY(scan.save(scanPath));
        auto imported =
            lib.importImage(SealEntry::Kind::PersonalSignature, QStringLiteral("马建国"), scanPath);
        QVERIFY(imported);
        const QImage clean(lib.imagePath(imported.value()));
        QCOMPARE(clean.pixelColor(0, clean.height() - 1).alpha(), 0); // paper became transparent
        auto all = lib.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(lib.defaultCourtSeal()->id, gen->id);
        QVERIFY(lib.remove(imported->id));
        QCOMPARE(lib.list()->size(), 1);
    }

    void signAndVerifyWithOursAndPdfsig()
    {
        m_signed = file(QStringLiteral("judgment-signed.pdf"));
        const QString before = sha256(m_pdf);
        const auto r = sign(QStringLiteral("judge"), m_pdf, m_signed,
                            {QStringLiteral("--seal"), m_appearance, QStringLiteral("--anchor"),
                             QStringLiteral("date-line"), QStringLiteral("--reason"),
                             QStringLiteral("审判长签名")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = parseJson(r.out);
        QVERIFY(o.value(QStringLiteral("ok")).toBool());
        QCOMPARE(o.value(QStringLiteral("signer")).toString(), QStringLiteral("马建国"));
        QCOMPARE(o.value(QStringLiteral("page")).toInt(), 10);
        QVERIFY(o.value(QStringLiteral("anchoredAtDateLine")).toBool());
        QCOMPARE(sha256(m_pdf), before); // the original is untouched
        const qint64 growth = QFileInfo(m_signed).size() - QFileInfo(m_pdf).size();
        qInfo("signed file grew by %lld bytes (sign %lld ms)", growth,
              o.value(QStringLiteral("signMs")).toInteger());
        QVERIFY2(growth < 1000 * 1000, qPrintable(QString::number(growth)));
        QCOMPARE(QFile::permissions(m_signed) & QFileDevice::ReadOther,
                 QFile::permissions(m_pdf) & QFileDevice::ReadOther);

        const auto v = verify(m_signed);
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        const QJsonObject s = signature(v, 1);
        QCOMPARE(s.value(QStringLiteral("signer")).toString(), QStringLiteral("马建国"));
        QCOMPARE(s.value(QStringLiteral("signatureStatus")).toString(), QStringLiteral("valid"));
        QCOMPARE(s.value(QStringLiteral("certificateStatus")).toString(),
                 QStringLiteral("trusted"));
        QVERIFY(s.value(QStringLiteral("coversWholeDocument")).toBool());
        QCOMPARE(s.value(QStringLiteral("reason")).toString(), QStringLiteral("审判长签名"));
        QVERIFY(qAbs(QDateTime::fromString(s.value(QStringLiteral("signingTime")).toString(),
                                           Qt::ISODate)
                         .secsTo(QDateTime::currentDateTimeUtc())) < 600);

        const auto ps = pdfsig({m_signed});
        QCOMPARE(ps.exitCode, 0);
        QVERIFY2(ps.out.contains(QStringLiteral("Signature is Valid")), qPrintable(ps.out));
        QVERIFY(ps.out.contains(QStringLiteral("Certificate is Trusted")));
        QVERIFY(ps.out.contains(QStringLiteral("Total document signed")));

        // The appearance is drawn where the date line is (last page, lower half).
        const QJsonArray rect = o.value(QStringLiteral("rect")).toArray();
        QVERIFY(rect.at(1).toDouble() > 0.3 && rect.at(1).toDouble() < 0.95);
        if (!cdtest::outputDir().isEmpty()) {
            cdtest::runTool(QStringLiteral("pdftoppm"),
                            {QStringLiteral("-f"), QStringLiteral("10"), QStringLiteral("-l"),
                             QStringLiteral("10"), QStringLiteral("-r"), QStringLiteral("60"),
                             QStringLiteral("-png"), m_signed,
                             cdtest::outputDir() + QStringLiteral("/signing-signed-page")});
        }
    }

    void flippedByteIsDigestMismatch()
    {
        QVERIFY(!m_signed.isEmpty());
        QByteArray bytes = cdtest::readFile(m_signed);
        // Inside the first signed range: the binary comment on line two, harmless to parsers.
        const int at = bytes.indexOf('\n') + 2;
        bytes[at] = char(bytes[at] ^ 0x01);
        const QString tampered = file(QStringLiteral("tampered.pdf"));
        QVERIFY(cdtest::writeFile(tampered, bytes));
        const auto v = verify(tampered);
        QCOMPARE(v.exitCode, 1);
        QCOMPARE(signature(v, 1).value(QStringLiteral("signatureStatus")).toString(),
                 QStringLiteral("digest-mismatch"));
        QVERIFY(pdfsig({tampered}).out.contains(QStringLiteral("Digest Mismatch")));
    }

    void secondSignatureKeepsFirstValid()
    {
        const QString twice = file(QStringLiteral("judgment-signed-sealed.pdf"));
        const auto r = sign(QStringLiteral("court"), m_signed, twice,
                            {QStringLiteral("--seal"), m_courtSeal, QStringLiteral("--page"),
                             QStringLiteral("1"), QStringLiteral("--rect"),
                             QStringLiteral("0.62,0.05,0.25,0.177")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(parseJson(r.out).value(QStringLiteral("signatureCount")).toInt(), 2);
        const auto v = verify(twice);
        QVERIFY2(v.exitCode == 0, qPrintable(v.out));
        const QJsonObject first = signature(v, 1), second = signature(v, 2);
        QCOMPARE(first.value(QStringLiteral("signer")).toString(), QStringLiteral("马建国"));
        QCOMPARE(first.value(QStringLiteral("signatureStatus")).toString(),
                 QStringLiteral("valid"));
        QCOMPARE(first.value(QStringLiteral("laterChanges")).toString(),
                 QStringLiteral("signatures-only"));
        QVERIFY(!first.value(QStringLiteral("coversWholeDocument")).toBool());
        QCOMPARE(second.value(QStringLiteral("signer")).toString(),
                 QStringLiteral("甘肃省兰州市中级人民法院"));
        QVERIFY(second.value(QStringLiteral("coversWholeDocument")).toBool());
        const auto ps = pdfsig({twice});
        QCOMPARE(ps.out.count(QStringLiteral("Signature is Valid")), 2);
    }

    void changesAfterSigningAreDetected()
    {
        // Unsigned bytes appended after the last signature.
        QByteArray bytes = cdtest::readFile(m_signed);
        bytes += "\n1 0 obj\n<< /Injected true >>\nendobj\n";
        const QString appended = file(QStringLiteral("appended.pdf"));
        QVERIFY(cdtest::writeFile(appended, bytes));
        auto v = verify(appended);
        QCOMPARE(v.exitCode, 1);
        QCOMPARE(signature(v, 1).value(QStringLiteral("signatureStatus")).toString(),
                 QStringLiteral("valid"));
        QCOMPARE(signature(v, 1).value(QStringLiteral("laterChanges")).toString(),
                 QStringLiteral("unsigned-append"));

        // A real incremental update that adds a note to page 1, then a second signature over it:
        // the first signature is intact but the document changed between the two.
        const QString annotated = file(QStringLiteral("annotated.pdf"));
        {
            std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(m_signed);
            QVERIFY(doc);
            std::unique_ptr<Poppler::Page> page = doc->page(0);
            Poppler::TextAnnotation note(Poppler::TextAnnotation::InPlace);
            note.setBoundary(QRectF(0.1, 0.3, 0.5, 0.05));
            note.setContents(QStringLiteral("Amount changed"));
            page->addAnnotation(&note);
            std::unique_ptr<Poppler::PDFConverter> conv = doc->pdfConverter();
            conv->setOutputFileName(annotated);
            conv->setPDFOptions(Poppler::PDFConverter::WithChanges);
            QVERIFY(conv->convert());
        }
        v = verify(annotated);
        QCOMPARE(v.exitCode, 1);
        QCOMPARE(signature(v, 1).value(QStringLiteral("laterChanges")).toString(),
                 QStringLiteral("unsigned-append"));
        const QString resigned = file(QStringLiteral("annotated-resigned.pdf"));
        QVERIFY(sign(QStringLiteral("court"), annotated, resigned).exitCode == 0);
        v = verify(resigned);
        QCOMPARE(v.exitCode, 1);
        QCOMPARE(signature(v, 1).value(QStringLiteral("signatureStatus")).toString(),
                 QStringLiteral("valid"));
        QCOMPARE(signature(v, 1).value(QStringLiteral("laterChanges")).toString(),
                 QStringLiteral("modified"));
        QCOMPARE(signature(v, 2).value(QStringLiteral("ok")).toBool(), true);
    }

    void wrongPasswordLeavesNoFile()
    {
        const QString out = file(QStringLiteral("wrong-pw/out.pdf"));
        QDir().mkpath(QFileInfo(out).absolutePath());
        QElapsedTimer t;
        t.start();
        const auto r =
            sign(QStringLiteral("judge"), m_pdf, out, {}, QStringLiteral("not-the-password"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(t.elapsed() < 20000); // poppler alone would retry the wrong password forever
        QCOMPARE(parseJson(r.out).value(QStringLiteral("error")).toString(),
                 QStringLiteral("wrong-password"));
        QVERIFY(!parseJson(r.out).value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(),
                 0);
        QVERIFY(!r.out.contains(QStringLiteral("not-the-password")));

        // No password at all for a protected database: told to give one, nothing written.
        const auto none = cdtest::runCli(
            {QStringLiteral("sign"), QStringLiteral("--json"), QStringLiteral("--nss-dir"), m_nss,
             QStringLiteral("--nick"), QStringLiteral("judge"), m_pdf, out});
        QCOMPARE(none.exitCode, 3);
        QVERIFY(!QFile::exists(out));
    }

    void expiredCertificate()
    {
        const auto r = sign(QStringLiteral("expired"), m_pdf, file(QStringLiteral("expired.pdf")));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(parseJson(r.out).value(QStringLiteral("error")).toString(),
                 QStringLiteral("certificate-expired"));
        QVERIFY(!QFile::exists(file(QStringLiteral("expired.pdf"))));
        // Signed by another tool anyway: the verifier reports the expiry.
        const QString other = file(QStringLiteral("expired-pdfsig.pdf"));
        const auto ps = pdfsig({QStringLiteral("-nss-pwd"), SigningFixture::dbPassword(),
                                QStringLiteral("-add-signature"), QStringLiteral("-nick"),
                                QStringLiteral("expired"), m_pdf, other});
        QCOMPARE(ps.exitCode, 0);
        const auto v = verify(other);
        QCOMPARE(v.exitCode, 1);
        QCOMPARE(signature(v, 1).value(QStringLiteral("certificateStatus")).toString(),
                 QStringLiteral("expired"));
    }

    void untrustedIssuer()
    {
        const QString out = file(QStringLiteral("untrusted.pdf"));
        const auto r = sign(QStringLiteral("untrusted"), m_pdf, out);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out)); // signing is possible ...
        const auto v = verify(out);
        QCOMPARE(v.exitCode, 1); // ... but nobody should trust it
        QCOMPARE(signature(v, 1).value(QStringLiteral("signatureStatus")).toString(),
                 QStringLiteral("valid"));
        // The rogue CA came along in the PKCS#12, untrusted; without it NSS says unknown-issuer.
        QVERIFY(
            QStringList({QStringLiteral("unknown-issuer"), QStringLiteral("untrusted-issuer")})
                .contains(signature(v, 1).value(QStringLiteral("certificateStatus")).toString()));
    }

    void documentSigningOnlyEku()
    {
        const auto r = sign(QStringLiteral("docsign"), m_pdf, file(QStringLiteral("docsign.pdf")));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(parseJson(r.out).value(QStringLiteral("error")).toString(),
                 QStringLiteral("certificate-unsuitable"));
        QVERIFY(parseJson(r.out)
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("documentSigning")));
        // What happens when it signs anyway (pdfsig): NSS rejects the certificate.
        const QString other = file(QStringLiteral("docsign-pdfsig.pdf"));
        QCOMPARE(pdfsig({QStringLiteral("-nss-pwd"), SigningFixture::dbPassword(),
                         QStringLiteral("-add-signature"), QStringLiteral("-nick"),
                         QStringLiteral("docsign"), m_pdf, other})
                     .exitCode,
                 0);
        const auto v = verify(other);
        QCOMPARE(v.exitCode, 1);
        const QJsonObject s = signature(v, 1);
        QCOMPARE(s.value(QStringLiteral("signatureStatus")).toString(), QStringLiteral("valid"));
        QCOMPARE(s.value(QStringLiteral("certificateStatus")).toString(), QStringLiteral("error"));
        QVERIFY(s.value(QStringLiteral("explanations"))
                    .toVariant()
                    .toStringList()
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("documentSigning")));
    }

    void pdfsigSignedFileVerifies()
    {
        const QString other = file(QStringLiteral("pdfsig-signed.pdf"));
        const auto ps = pdfsig({QStringLiteral("-nss-pwd"), SigningFixture::dbPassword(),
                                QStringLiteral("-add-signature"), QStringLiteral("-nick"),
                                QStringLiteral("judge"), QStringLiteral("-reason"),
                                QStringLiteral("test"), m_pdf, other});
        QCOMPARE(ps.exitCode, 0);
        const auto v = verify(other);
        QVERIFY2(v.exitCode == 0, qPrintable(v.out));
        QCOMPARE(signature(v, 1).value(QStringLiteral("signer")).toString(),
                 QStringLiteral("马建国"));
        // Text output works too and says the same.
        const auto text =
            cdtest::runCli({QStringLiteral("verify"), QStringLiteral("--nss-dir"), m_nss, other});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("马建国")));
    }

    void neverOverwritesAndRefusesBadInput()
    {
        auto r = sign(QStringLiteral("judge"), m_pdf, m_pdf);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(parseJson(r.out).value(QStringLiteral("error")).toString(),
                 QStringLiteral("same-file"));
        const QString exists = file(QStringLiteral("exists.pdf"));
        QVERIFY(cdtest::writeFile(exists, "keep me"));
        r = sign(QStringLiteral("judge"), m_pdf, exists);
        QCOMPARE(parseJson(r.out).value(QStringLiteral("error")).toString(),
                 QStringLiteral("output-exists"));
        QCOMPARE(cdtest::readFile(exists), QByteArray("keep me"));
        r = sign(QStringLiteral("judge"), m_pdf, file(QStringLiteral("p99.pdf")),
                 {QStringLiteral("--page"), QStringLiteral("99")});
        QCOMPARE(parseJson(r.out).value(QStringLiteral("error")).toString(),
                 QStringLiteral("bad-placement"));
        r = sign(QStringLiteral("nobody"), m_pdf, file(QStringLiteral("nobody.pdf")));
        QCOMPARE(parseJson(r.out).value(QStringLiteral("error")).toString(),
                 QStringLiteral("certificate-not-found"));
        QVERIFY(cdtest::writeFile(file(QStringLiteral("garbage.pdf")), "%PDF-1.4 not really"));
        r = sign(QStringLiteral("judge"), file(QStringLiteral("garbage.pdf")),
                 file(QStringLiteral("g.pdf")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(file(QStringLiteral("g.pdf"))));
        const auto usage = cdtest::runCli({QStringLiteral("sign"), m_pdf});
        QCOMPARE(usage.exitCode, 2);
    }

    void unsignedPdfFailsVerification()
    {
        const auto v = verify(m_pdf);
        QCOMPARE(v.exitCode, 1);
        QCOMPARE(parseJson(v.out).value(QStringLiteral("signatures")).toArray().size(), 0);
        QCOMPARE(cdtest::runCli({QStringLiteral("verify"), file(QStringLiteral("missing.pdf"))})
                     .exitCode,
                 3);
        // A wrong NSS folder is an error, not a silent empty database.
        QCOMPARE(cdtest::runCli({QStringLiteral("verify"), QStringLiteral("--nss-dir"),
                                 file(QStringLiteral("no-such-dir")), m_signed})
                     .exitCode,
                 3);
    }

    void signingIsAudited()
    {
        const QString profDir = file(QStringLiteral("profile"));
        auto profile = Profile::open(profDir);
        QVERIFY(profile);
        CaseRepository repo(profile.value()->database(), QStringLiteral("tester"));
        CaseRecord c = cdtest::makeCase(
            QStringLiteral("（2026）甘01民初123号"), QStringLiteral("买卖合同纠纷"),
            {cdtest::party(QStringLiteral("plaintiff"), QStringLiteral("张三"))});
        QVERIFY(repo.create(c));
        const QString out =
            profile.value()->documentsDir() + QStringLiteral("/judgment-123-signed.pdf");
        const auto r = sign(QStringLiteral("judge"), m_pdf, out,
                            {QStringLiteral("--profile"), profDir, QStringLiteral("--case"),
                             QStringLiteral("(2026)甘01民初123号")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(parseJson(r.out).value(QStringLiteral("auditId")).toInteger() > 0);
        auto entries =
            AuditLog(profile.value()->database()).entriesFor(QStringLiteral("case"), c.uuid);
        QVERIFY(entries);
        bool found = false;
        for (const AuditEntry& e : entries.value()) {
            if (e.action == QLatin1String("document.sign")) {
                found = true;
                QVERIFY(e.details.contains(sha256(out)));
                QVERIFY(e.details.contains(sha256(m_pdf)));
            }
        }
        QVERIFY(found);
        QVERIFY(AuditLog(profile.value()->database()).verify()->ok);

        // An unknown case number signs nothing.
        const QString typo = profile.value()->documentsDir() + QStringLiteral("/typo.pdf");
        const auto bad = sign(QStringLiteral("judge"), m_pdf, typo,
                              {QStringLiteral("--profile"), profDir, QStringLiteral("--case"),
                               QStringLiteral("（2026）甘01民初999号")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(!QFile::exists(typo));
    }

    void blankFontIsWellFormed()
    {
        const QByteArray font = SigningFonts::blankTrueTypeFont();
        QVERIFY(font.size() < 2048);
        QCOMPARE(font.left(4), QByteArray("\x00\x01\x00\x00", 4));
        QTemporaryDir d;
        QFile f(d.filePath(QStringLiteral("b.ttf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(font);
        f.close();
        const auto scan =
            cdtest::runTool(QStringLiteral("fc-scan"), {QStringLiteral("--format"),
                                                        QStringLiteral("%{family}"), f.fileName()});
        if (scan.exitCode == -1 && scan.err.contains(QStringLiteral("No such")))
            QSKIP("fc-scan not installed");
        QCOMPARE(scan.out, QStringLiteral("CourtDesk Blank"));
    }
};

QTEST_MAIN(TestSigning)
#include "tst_signing.moc"
