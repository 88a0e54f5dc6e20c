#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <QVector>

namespace cd {

struct SealEntry
{
    enum class Kind { CourtSeal, PersonalSignature };
    QString id;
    Kind kind = Kind::CourtSeal;
    QString name;     // court name, or the judge's name for a signature image
    QString fileName; // PNG inside the library folder
    QDateTime created;
    bool generated = false; // drawn from the court's name rather than imported
};

// The profile's seals and signature images (PROFILE/seals): PNGs with transparent backgrounds
// and an index.json, each written atomically.
class SealLibrary
{
    Q_DECLARE_TR_FUNCTIONS(cd::SealLibrary)
public:
    explicit SealLibrary(const QString& profileDir);

    QString dir() const { return m_dir; }
    Result<QVector<SealEntry>> list() const;
    QString imagePath(const SealEntry& e) const;

    // Draws the default round seal from the court's name (needs a QGuiApplication).
    Result<SealEntry> generateCourtSeal(const QString& courtName);
    // Imports a scanned seal or signature: paper becomes transparent, margins are cropped.
    Result<SealEntry> importImage(SealEntry::Kind kind, const QString& name, const QString& path);
    Result<void> remove(const QString& id);

    // The first court seal, for when nothing was chosen.
    Result<SealEntry> defaultCourtSeal() const;

private:
    Result<SealEntry> add(SealEntry::Kind kind, const QString& name, const QImage& image,
                          bool generated);
    Result<void> save(const QVector<SealEntry>& entries) const;
    QString m_dir;
};

} // namespace cd
