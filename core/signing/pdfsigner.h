#pragma once

#include "common/result.h"
#include "signatureplacement.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cd {

struct SignRequest
{
    QString input;
    QString output; // must not exist yet, and must not be the input
    QString nickname;
    QString password; // of the NSS database
    SignaturePlacement placement;
    // Place the image over the last Chinese date line ("骑年盖月") when there is one; placement
    // then only decides the fallback.
    bool anchorAtDateLine = false;
    QString imagePath; // PNG or JPEG appearance; empty: a plain frame with Latin text
    QString reason;
    QString location;
};

struct SignOutcome
{
    QString output;
    qint64 inputBytes = 0;
    qint64 outputBytes = 0;
    int page = 0; // 0-based
    QRectF rect;  // page fractions
    bool anchoredAtDateLine = false;
    QString signerName;
    QString fieldName;
    int signatureCount = 0; // in the output
    qint64 signMs = 0;
    qint64 checkMs = 0;
    QString outputSha256;

    QJsonObject toJson() const;
    static SignOutcome fromJson(const QJsonObject& o);
};

// Signs a PDF through poppler-qt6 and the process's NSS database (NssSession::open first).
// The signature goes into a temporary file next to the output, which is reopened and its new
// signature validated before it is renamed into place; the input is never touched, a failure
// leaves no output file, and an existing output is never replaced.
class PdfSigner
{
    Q_DECLARE_TR_FUNCTIONS(cd::PdfSigner)
public:
    static Result<SignOutcome> sign(const SignRequest& request);

    // The Latin text poppler insists on drawing; invisible with SigningFonts' blank font.
    static QString signatureText() { return QStringLiteral("CourtDesk e-signature"); }

    // Poppler 22.12 embeds a PNG appearance uncompressed (RGB plus an alpha mask: 4 bytes a
    // pixel), so the pixel count decides most of the file growth. Larger images are scaled down
    // to this many pixels (~430 KB) before signing; with the ~0.4 MB of the signature font that
    // keeps a signed file's growth under 1 MB.
    static constexpr qint64 kMaxImagePixels = 108000;
};

} // namespace cd
