#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QString>

namespace cd {

// Draws seals and signature appearances. Text needs fonts, so these need a QGuiApplication
// (the GUI, or a test under the offscreen platform); without one they return an error instead
// of crashing. The CLI worker only places finished images.
class SealImages
{
    Q_DECLARE_TR_FUNCTIONS(cd::SealImages)
public:
    // A round red court seal: the court's name along the upper arc and a five-pointed star in the
    // middle, on a transparent background. diameterPx at 300 dpi is 42 mm for 496 px.
    static Result<QImage> courtSeal(const QString& courtName, int diameterPx = 600);

    // Turns a scanned seal or handwritten signature into a transparent PNG-ready image: the
    // paper (near-white) becomes transparent and empty margins are cropped.
    static Result<QImage> cleanScannedImage(const QImage& scan, int maxSidePx = 800);

    struct Appearance
    {
        QImage seal;          // court seal (or empty)
        QImage handSignature; // personal signature image (or empty)
        QString signerName;   // 马建国
        QString role;         // 审判员
        QDate date;           // written 二〇二六年三月一日
        bool withText = true;
        double sealDiameterMm = 42.0;
        // Drawn at 300 dpi, then scaled down to this many pixels: poppler 22.12 embeds the image
        // uncompressed, so this bounds the growth of the signed file (see PdfSigner).
        qint64 maxPixels = 108000;
    };

    // The image poppler places: text block on the left (role, name or signature image, date),
    // the seal on the right, its centre marked as the anchor (AppearanceMetrics) so it can sit on
    // a judgment's date line.
    static Result<QImage> composeAppearance(const Appearance& a);

private:
    static Result<void> requireGui();
};

} // namespace cd
