#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

struct StoredOriginal
{
    QString sha256; // lower-case hex
    QString path;   // PROFILE/evidence/<sha256>
    qint64 size = 0;
    bool alreadyStored = false; // the same bytes were imported before
};

// Evidence originals, stored once and never changed: each file is copied into the profile's
// evidence folder under the SHA-256 of its bytes, written to a temporary name first and made
// read-only after the rename. The same bytes imported again map to the same file.
class OriginalStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::OriginalStore)
public:
    explicit OriginalStore(QString evidenceDir);

    Result<StoredOriginal> store(const QString& file);
    QString pathFor(const QString& sha256) const;
    // Review images of the pages (derived, may be rebuilt): PROFILE/evidence/pages/<sha256>/.
    QString pageImageDir(const QString& sha256) const;
    // Recomputes the hash of a stored original; Corrupt if the bytes changed.
    Result<void> verify(const QString& sha256) const;

    static Result<QString> sha256Of(const QString& file);

private:
    QString m_dir;
};

} // namespace cd
