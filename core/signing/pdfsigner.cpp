#include "pdfsigner.h"

#include "certificatedetails.h"
#include "common/clock.h"
#include "nsssession.h"
#include "signingerror.h"
#include "signinglog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUuid>

#include <poppler-form.h>
#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>

#include <fcntl.h>
#include <unistd.h>

namespace cd {

namespace {

QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Removes the temporary output unless it was renamed into place.
struct TempGuard
{
    QString path;
    ~TempGuard()
    {
        if (!path.isEmpty())
            QFile::remove(path);
    }
};

// A copy of the appearance image within kMaxImagePixels, 8 bits a channel, in tmpDir; or the
// original path when it already fits.
Result<QString> budgetImage(const QString& path, const QString& tmpDir)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    const qint64 pixels = qint64(size.width()) * size.height();
    const QImage::Format f = reader.imageFormat();
    const bool deep =
        f == QImage::Format_RGBA64 || f == QImage::Format_RGBX64 || f == QImage::Format_Grayscale16;
    // JPEG goes in as it is (DCT, compressed); small 8-bit images too.
    if (reader.format() == "jpeg" || (pixels > 0 && pixels <= PdfSigner::kMaxImagePixels && !deep))
        return path;
    QImage img = reader.read();
    if (img.isNull())
        return signingError(SigningFailure::ImageUnreadable,
                            PdfSigner::tr("Cannot read the seal image %1.").arg(path),
                            reader.errorString());
    const double scale =
        std::sqrt(double(PdfSigner::kMaxImagePixels) / double(std::max<qint64>(1, pixels)));
    if (scale < 1.0)
        img = img.scaled(
            QSize(std::max(1, int(img.width() * scale)), std::max(1, int(img.height() * scale))),
            Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    img = img.convertToFormat(img.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    // Keep the placement metadata (anchor, physical width) the worker reads from the original.
    for (const QString& key : reader.textKeys())
        img.setText(key, reader.text(key));
    const QString out = QDir(tmpDir).filePath(QStringLiteral("appearance.png"));
    if (!img.save(out, "PNG"))
        return signingError(SigningFailure::ImageUnreadable,
                            PdfSigner::tr("Cannot prepare the seal image %1.").arg(path));
    return out;
}

Result<void> checkCertificate(const SignRequest& r)
{
    auto der = NssSession::certificateDer(r.nickname);
    if (!der)
        return der.error();
    auto details = CertificateDetails::fromDer(der.value());
    if (!details)
        return details.error();
    if (!NssSession::hasPrivateKey(r.nickname))
        return signingError(SigningFailure::NoPrivateKey,
                            PdfSigner::tr("The certificate \"%1\" has no private key in the "
                                          "certificate database, so it cannot sign. Import the "
                                          "PKCS#12 file that contains it.")
                                .arg(r.nickname));
    using S = CertificateAdvisor::Suitability;
    const S s = CertificateAdvisor::forSigning(details.value(), Clock::instance().now());
    if (s == S::Ok)
        return {};
    const QString why = CertificateAdvisor::explain(s, details.value());
    const SigningFailure f = s == S::Expired       ? SigningFailure::CertificateExpired
                             : s == S::NotYetValid ? SigningFailure::CertificateNotYetValid
                                                   : SigningFailure::CertificateUnsuitable;
    return signingError(f, PdfSigner::tr("Cannot sign with \"%1\": %2").arg(r.nickname, why));
}

Result<void> checkPaths(const SignRequest& r)
{
    const QFileInfo in(r.input), out(r.output);
    if (!in.isFile() || !in.isReadable())
        return signingError(SigningFailure::InputUnreadable,
                            PdfSigner::tr("Cannot read the file %1.").arg(r.input));
    if (in.absoluteFilePath() == out.absoluteFilePath() ||
        (out.exists() && in.canonicalFilePath() == out.canonicalFilePath()))
        return signingError(SigningFailure::SameFile,
                            PdfSigner::tr("The signed copy must be a new file; the original %1 is "
                                          "never overwritten.")
                                .arg(in.fileName()));
    if (out.exists() || out.isSymLink())
        return signingError(SigningFailure::OutputExists,
                            PdfSigner::tr("%1 already exists. Choose another name for the signed "
                                          "copy.")
                                .arg(r.output));
    if (!out.absoluteDir().exists())
        return signingError(SigningFailure::OutputUnwritable,
                            PdfSigner::tr("The folder %1 does not exist.").arg(out.absolutePath()));
    if (!r.imagePath.isEmpty()) {
        const QByteArray fmt = QImageReader::imageFormat(r.imagePath);
        if (fmt != "png" && fmt != "jpeg")
            return signingError(
                SigningFailure::ImageUnreadable,
                PdfSigner::tr("The seal image %1 must be a PNG or JPEG file.").arg(r.imagePath));
    }
    return {};
}

struct Placed
{
    int page = 0;
    QRectF rect;
    bool anchored = false;
};

Result<Placed> place(const SignRequest& r, const Poppler::Document& doc)
{
    Placed p;
    const int pages = doc.numPages();
    p.page = r.placement.page < 0 ? pages - 1 : r.placement.page;
    if (p.page < 0 || p.page >= pages)
        return signingError(
            SigningFailure::BadPlacement,
            PdfSigner::tr("The document has %n page(s); there is no page %1.", nullptr, pages)
                .arg(r.placement.page + 1));
    p.rect = r.placement.rect;
    QSize imageSize;
    const AppearanceMetrics m = r.imagePath.isEmpty()
                                    ? AppearanceMetrics{}
                                    : AppearanceMetrics::read(r.imagePath, &imageSize);
    if (r.anchorAtDateLine && !r.imagePath.isEmpty()) {
        if (auto found = SignatureAnchor::findDateLine(doc); found) {
            std::unique_ptr<Poppler::Page> page = doc.page(found->page);
            p.page = found->page;
            p.rect =
                SignatureAnchor::rectAround(found->box.center(), page->pageSizeF(), imageSize, m);
            p.anchored = true;
            return p;
        }
    }
    if (p.rect.isEmpty() && !r.imagePath.isEmpty()) {
        std::unique_ptr<Poppler::Page> page = doc.page(p.page);
        p.rect = SignatureAnchor::defaultRect(page->pageSizeF(), imageSize, m);
    }
    if (!p.rect.isNull() && !QRectF(0, 0, 1, 1).contains(p.rect))
        return signingError(SigningFailure::BadPlacement,
                            PdfSigner::tr("The signature rectangle must lie inside the page "
                                          "(fractions between 0 and 1)."));
    return p;
}

const auto kNoCertificateCheck = Poppler::FormFieldSignature::ValidateOptions(0);

// Reopens the freshly written file and validates the signature just added.
Result<QString> checkSigned(const QString& path, int expectedCount)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked())
        return signingError(SigningFailure::CheckAfterSigningFailed,
                            PdfSigner::tr("The signed file cannot be opened again."));
    auto sigs = doc->signatures();
    int signedCount = 0;
    const Poppler::FormFieldSignature* newest = nullptr;
    qint64 newestEnd = -1;
    for (const auto& s : sigs) {
        if (s->signatureType() == Poppler::FormFieldSignature::UnsignedSignature)
            continue;
        ++signedCount;
        const auto v = s->validate(kNoCertificateCheck);
        const QList<qint64> b = v.signedRangeBounds();
        if (!b.isEmpty() && b.last() > newestEnd) {
            newestEnd = b.last();
            newest = s.get();
        }
    }
    if (!newest || signedCount != expectedCount)
        return signingError(
            SigningFailure::CheckAfterSigningFailed,
            PdfSigner::tr("The signed file does not contain the new signature."),
            QStringLiteral("%1 signatures, expected %2").arg(signedCount).arg(expectedCount));
    // Trust is the verifier's business; here only the bytes and the coverage must be right.
    const auto v = newest->validate(kNoCertificateCheck);
    if (v.signatureStatus() != Poppler::SignatureValidationInfo::SignatureValid ||
        !v.signsTotalDocument())
        return signingError(SigningFailure::CheckAfterSigningFailed,
                            PdfSigner::tr("The new signature does not check out; the signed copy "
                                          "was discarded."),
                            QStringLiteral("status %1").arg(int(v.signatureStatus())));
    return v.signerName();
}

int countSignatures(const Poppler::Document& doc)
{
    int n = 0;
    for (const auto& s : doc.signatures()) {
        if (s->signatureType() != Poppler::FormFieldSignature::UnsignedSignature)
            ++n;
    }
    return n;
}

} // namespace

Result<SignOutcome> PdfSigner::sign(const SignRequest& r)
{
    if (!NssSession::isOpen())
        return signingError(SigningFailure::NssDatabase, tr("No certificate database is open."));
    if (auto e = checkPaths(r); !e)
        return e.error();
    if (auto e = NssSession::login(r.password); !e)
        return e.error();
    if (auto e = checkCertificate(r); !e)
        return e.error();

    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(r.input);
    if (!doc)
        return signingError(
            SigningFailure::InputUnreadable,
            tr("%1 is not a readable PDF file.").arg(QFileInfo(r.input).fileName()));
    if (doc->isLocked())
        return signingError(SigningFailure::InputEncrypted,
                            tr("%1 is password-protected and cannot be signed.")
                                .arg(QFileInfo(r.input).fileName()));
    auto placed = place(r, *doc);
    if (!placed)
        return placed.error();
    const int before = countSignatures(*doc);

    const QFileInfo out(r.output);
    QTemporaryFile tmp(
        out.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(out.fileName())));
    tmp.setAutoRemove(false);
    if (!tmp.open())
        return signingError(SigningFailure::OutputUnwritable,
                            tr("Cannot write into the folder %1.").arg(out.absolutePath()),
                            tmp.errorString());
    TempGuard guard{tmp.fileName()};
    tmp.close();

    QTemporaryDir imageDir;
    QString imagePath = r.imagePath;
    if (!imagePath.isEmpty()) {
        auto budgeted = budgetImage(imagePath, imageDir.path());
        if (!budgeted)
            return budgeted.error();
        imagePath = budgeted.value();
    }

    std::unique_ptr<Poppler::PDFConverter> conv = doc->pdfConverter();
    conv->setOutputFileName(tmp.fileName());
    Poppler::PDFConverter::NewSignatureData data;
    data.setCertNickname(r.nickname);
    data.setPassword(r.password);
    data.setPage(placed->page);
    data.setBoundingRectangle(placed->rect);
    data.setSignatureText(signatureText());
    data.setFontSize(1);
    data.setLeftFontSize(1);
    data.setBorderWidth(0);
    data.setBorderColor(QColor(0, 0, 0, 0));
    data.setBackgroundColor(QColor(0, 0, 0, 0));
    data.setFontColor(QColor(255, 255, 255));
    data.setImagePath(imagePath);
    data.setReason(r.reason);
    data.setLocation(r.location);
    data.setFieldPartialName(
        QStringLiteral("CourtDesk-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12)));

    QElapsedTimer t;
    t.start();
    if (!conv->sign(data))
        return signingError(SigningFailure::SigningFailed,
                            tr("Poppler could not sign %1.").arg(QFileInfo(r.input).fileName()),
                            QStringLiteral("PDFConverter error %1").arg(int(conv->lastError())));
    SignOutcome o;
    o.signMs = t.restart();
    auto check = checkSigned(tmp.fileName(), before + 1);
    if (!check)
        return check.error();
    o.checkMs = t.elapsed();
    // QTemporaryFile made it owner-only; the signed copy gets the original's permissions.
    QFile::setPermissions(tmp.fileName(), QFile::permissions(r.input) | QFileDevice::ReadOwner |
                                              QFileDevice::WriteOwner);
    if (!syncFile(tmp.fileName()))
        return signingError(SigningFailure::OutputUnwritable,
                            tr("Cannot write into the folder %1.").arg(out.absolutePath()));
    // QFile::rename never replaces an existing file (renameat2 RENAME_NOREPLACE or link+unlink).
    if (!QFile::rename(tmp.fileName(), out.absoluteFilePath()))
        return signingError(
            SigningFailure::OutputExists,
            tr("%1 already exists. Choose another name for the signed copy.").arg(r.output));
    guard.path.clear();
    syncFile(out.absolutePath());

    o.output = out.absoluteFilePath();
    o.inputBytes = QFileInfo(r.input).size();
    o.outputBytes = QFileInfo(o.output).size();
    o.page = placed->page;
    o.rect = placed->rect;
    o.anchoredAtDateLine = placed->anchored;
    o.signerName = check.value();
    o.fieldName = data.fieldPartialName();
    o.signatureCount = before + 1;
    o.outputSha256 = sha256Of(o.output);
    qCInfo(lcSigning) << "signed" << r.input << "->" << o.output << "in" << o.signMs << "ms, +"
                      << (o.outputBytes - o.inputBytes) << "bytes";
    return o;
}

QJsonObject SignOutcome::toJson() const
{
    return QJsonObject{
        {QStringLiteral("output"), output},
        {QStringLiteral("inputBytes"), inputBytes},
        {QStringLiteral("outputBytes"), outputBytes},
        {QStringLiteral("page"), page + 1},
        {QStringLiteral("rect"), QJsonArray{rect.x(), rect.y(), rect.width(), rect.height()}},
        {QStringLiteral("anchoredAtDateLine"), anchoredAtDateLine},
        {QStringLiteral("signer"), signerName},
        {QStringLiteral("field"), fieldName},
        {QStringLiteral("signatureCount"), signatureCount},
        {QStringLiteral("signMs"), signMs},
        {QStringLiteral("checkMs"), checkMs},
        {QStringLiteral("sha256"), outputSha256},
    };
}

SignOutcome SignOutcome::fromJson(const QJsonObject& o)
{
    SignOutcome s;
    s.output = o.value(QStringLiteral("output")).toString();
    s.inputBytes = o.value(QStringLiteral("inputBytes")).toInteger();
    s.outputBytes = o.value(QStringLiteral("outputBytes")).toInteger();
    s.page = o.value(QStringLiteral("page")).toInt() - 1;
    const QJsonArray r = o.value(QStringLiteral("rect")).toArray();
    if (r.size() == 4)
        s.rect = QRectF(r[0].toDouble(), r[1].toDouble(), r[2].toDouble(), r[3].toDouble());
    s.anchoredAtDateLine = o.value(QStringLiteral("anchoredAtDateLine")).toBool();
    s.signerName = o.value(QStringLiteral("signer")).toString();
    s.fieldName = o.value(QStringLiteral("field")).toString();
    s.signatureCount = o.value(QStringLiteral("signatureCount")).toInt();
    s.signMs = o.value(QStringLiteral("signMs")).toInteger();
    s.checkMs = o.value(QStringLiteral("checkMs")).toInteger();
    s.outputSha256 = o.value(QStringLiteral("sha256")).toString();
    return s;
}

} // namespace cd
