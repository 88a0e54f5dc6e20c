#include "seallibrary.h"

#include "common/clock.h"
#include "sealimages.h"
#include "signinglog.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace cd {

namespace {

QString kindKey(SealEntry::Kind k)
{
    return k == SealEntry::Kind::CourtSeal ? QStringLiteral("court-seal")
                                           : QStringLiteral("personal-signature");
}

QString indexFile(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("index.json"));
}

} // namespace

SealLibrary::SealLibrary(const QString& profileDir)
    : m_dir(QDir(profileDir).filePath(QStringLiteral("seals")))
{
}

QString SealLibrary::imagePath(const SealEntry& e) const
{
    return QDir(m_dir).filePath(e.fileName);
}

Result<QVector<SealEntry>> SealLibrary::list() const
{
    QVector<SealEntry> out;
    QFile f(indexFile(m_dir));
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read the seal library %1.").arg(f.fileName()));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isArray())
        return makeError(ErrorCode::Corrupt, tr("The seal library index is damaged."),
                         f.fileName());
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        SealEntry e;
        e.id = o.value(QStringLiteral("id")).toString();
        e.kind = o.value(QStringLiteral("kind")).toString() == kindKey(SealEntry::Kind::CourtSeal)
                     ? SealEntry::Kind::CourtSeal
                     : SealEntry::Kind::PersonalSignature;
        e.name = o.value(QStringLiteral("name")).toString();
        e.fileName = o.value(QStringLiteral("file")).toString();
        e.created =
            QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
        e.generated = o.value(QStringLiteral("generated")).toBool();
        // Never follow a path out of the library folder.
        if (e.fileName.isEmpty() || e.fileName.contains(QLatin1Char('/')))
            continue;
        out << e;
    }
    return out;
}

Result<void> SealLibrary::save(const QVector<SealEntry>& entries) const
{
    QJsonArray a;
    for (const SealEntry& e : entries) {
        a.append(QJsonObject{{QStringLiteral("id"), e.id},
                             {QStringLiteral("kind"), kindKey(e.kind)},
                             {QStringLiteral("name"), e.name},
                             {QStringLiteral("file"), e.fileName},
                             {QStringLiteral("created"), e.created.toString(Qt::ISODate)},
                             {QStringLiteral("generated"), e.generated}});
    }
    QSaveFile f(indexFile(m_dir));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(a).toJson()) < 0 || !f.commit())
        return makeError(ErrorCode::Io, tr("Cannot save the seal library %1.").arg(f.fileName()),
                         f.errorString());
    return {};
}

Result<SealEntry> SealLibrary::add(SealEntry::Kind kind, const QString& name, const QImage& image,
                                   bool generated)
{
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(m_dir));
    auto entries = list();
    if (!entries)
        return entries.error();
    SealEntry e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.kind = kind;
    e.name = name;
    e.fileName = e.id + QStringLiteral(".png");
    e.created = Clock::instance().now();
    e.generated = generated;
    QSaveFile f(imagePath(e));
    if (!f.open(QIODevice::WriteOnly) || !image.save(&f, "PNG") || !f.commit())
        return makeError(ErrorCode::Io, tr("Cannot save the image %1.").arg(imagePath(e)),
                         f.errorString());
    entries.value() << e;
    if (auto s = save(entries.value()); !s) {
        QFile::remove(imagePath(e));
        return s.error();
    }
    qCInfo(lcSigning) << "seal library: added" << kindKey(kind) << name;
    return e;
}

Result<SealEntry> SealLibrary::generateCourtSeal(const QString& courtName)
{
    auto img = SealImages::courtSeal(courtName);
    if (!img)
        return img.error();
    return add(SealEntry::Kind::CourtSeal, courtName.simplified(), img.value(), true);
}

Result<SealEntry> SealLibrary::importImage(SealEntry::Kind kind, const QString& name,
                                           const QString& path)
{
    QImageReader r(path);
    const QImage scan = r.read();
    if (scan.isNull())
        return makeError(ErrorCode::InvalidInput, tr("Cannot read the image %1.").arg(path),
                         r.errorString());
    auto clean = SealImages::cleanScannedImage(scan);
    if (!clean)
        return clean.error();
    return add(kind, name.simplified(), clean.value(), false);
}

Result<void> SealLibrary::remove(const QString& id)
{
    auto entries = list();
    if (!entries)
        return entries.error();
    QVector<SealEntry> keep;
    QString file;
    for (const SealEntry& e : entries.value()) {
        if (e.id == id)
            file = imagePath(e);
        else
            keep << e;
    }
    if (file.isEmpty())
        return makeError(ErrorCode::NotFound, tr("The seal is not in the library."));
    if (auto s = save(keep); !s)
        return s;
    QFile::remove(file);
    return {};
}

Result<SealEntry> SealLibrary::defaultCourtSeal() const
{
    auto entries = list();
    if (!entries)
        return entries.error();
    for (const SealEntry& e : entries.value()) {
        if (e.kind == SealEntry::Kind::CourtSeal)
            return e;
    }
    return makeError(ErrorCode::NotFound, tr("The seal library has no court seal yet."));
}

} // namespace cd
