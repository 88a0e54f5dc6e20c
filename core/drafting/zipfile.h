#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace cd {

// The small part of the ZIP format office documents need: stored and deflated entries, UTF-8
// names, no encryption, no ZIP64 (documents are far below 4 GB).
class ZipWriter
{
public:
    explicit ZipWriter(QDateTime stamp = {});
    // compress=false stores the entry as is (ODF requires that for "mimetype", first).
    void add(const QString& name, const QByteArray& data, bool compress = true);
    QByteArray finish();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc;
        quint32 size;
        quint32 compressedSize;
        quint16 method;
        quint32 offset;
    };
    QByteArray m_out;
    QVector<Entry> m_entries;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
};

class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(cd::ZipReader)
public:
    // Reads the central directory; fails on a file that is not a ZIP archive.
    static Result<ZipReader> open(const QByteArray& archive);
    QStringList names() const;
    bool contains(const QString& name) const;
    Result<QByteArray> read(const QString& name) const;
    // The first entry's name and whether it was stored uncompressed (ODF's mimetype rule).
    QString firstName() const;
    bool firstStored() const;

private:
    struct Entry
    {
        QString name;
        quint16 method;
        quint32 crc;
        quint32 compressedSize;
        quint32 size;
        quint32 localOffset;
    };
    QByteArray m_data;
    QVector<Entry> m_entries;
};

quint32 crc32Of(const QByteArray& data);

} // namespace cd
