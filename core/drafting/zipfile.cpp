#include "zipfile.h"

#include <QtEndian>

#include <zlib.h>

namespace cd {

namespace {
void put16(QByteArray& b, quint16 v)
{
    b.append(char(v & 0xff)).append(char(v >> 8));
}
void put32(QByteArray& b, quint32 v)
{
    put16(b, quint16(v & 0xffff));
    put16(b, quint16(v >> 16));
}
quint16 get16(const QByteArray& b, qsizetype pos)
{
    return qFromLittleEndian<quint16>(reinterpret_cast<const uchar*>(b.constData() + pos));
}
quint32 get32(const QByteArray& b, qsizetype pos)
{
    return qFromLittleEndian<quint32>(reinterpret_cast<const uchar*>(b.constData() + pos));
}

QByteArray rawDeflate(const QByteArray& in)
{
    z_stream z{};
    // Negative window bits: a raw deflate stream, as ZIP stores it.
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&z, uLong(in.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(int(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray rawInflate(const QByteArray& in, quint32 size)
{
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return {};
    QByteArray out(int(size), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (rc != Z_STREAM_END || z.total_out != size)
        return {};
    return out;
}
} // namespace

quint32 crc32Of(const QByteArray& data)
{
    return quint32(
        ::crc32(0L, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
}

ZipWriter::ZipWriter(QDateTime stamp)
{
    if (!stamp.isValid())
        stamp = QDateTime::currentDateTime();
    const QDate d = stamp.date();
    const QTime t = stamp.time();
    m_dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    m_dosDate = quint16(((qMax(1980, d.year()) - 1980) << 9) | (d.month() << 5) | d.day());
}

void ZipWriter::add(const QString& name, const QByteArray& data, bool compress)
{
    Entry e;
    e.name = name.toUtf8();
    e.crc = crc32Of(data);
    e.size = quint32(data.size());
    QByteArray payload = data;
    e.method = 0;
    if (compress) {
        const QByteArray z = rawDeflate(data);
        if (!z.isEmpty() || data.isEmpty()) {
            payload = z;
            e.method = 8;
        }
    }
    e.compressedSize = quint32(payload.size());
    e.offset = quint32(m_out.size());
    put32(m_out, 0x04034b50);
    put16(m_out, 20);     // version needed: 2.0
    put16(m_out, 0x0800); // UTF-8 names
    put16(m_out, e.method);
    put16(m_out, m_dosTime);
    put16(m_out, m_dosDate);
    put32(m_out, e.crc);
    put32(m_out, e.compressedSize);
    put32(m_out, e.size);
    put16(m_out, quint16(e.name.size()));
    put16(m_out, 0); // no extra field
    m_out += e.name;
    m_out += payload;
    m_entries << e;
}

QByteArray ZipWriter::finish()
{
    const quint32 cdStart = quint32(m_out.size());
    for (const Entry& e : qAsConst(m_entries)) {
        put32(m_out, 0x02014b50);
        put16(m_out, 0x0314); // made by: Unix, 2.0
        put16(m_out, 20);
        put16(m_out, 0x0800);
        put16(m_out, e.method);
        put16(m_out, m_dosTime);
        put16(m_out, m_dosDate);
        put32(m_out, e.crc);
        put32(m_out, e.compressedSize);
        put32(m_out, e.size);
        put16(m_out, quint16(e.name.size()));
        put16(m_out, 0);              // extra
        put16(m_out, 0);              // comment
        put16(m_out, 0);              // disk
        put16(m_out, 0);              // internal attributes
        put32(m_out, 0100644u << 16); // external: a regular file, rw-r--r--
        put32(m_out, e.offset);
        m_out += e.name;
    }
    const quint32 cdSize = quint32(m_out.size()) - cdStart;
    put32(m_out, 0x06054b50);
    put16(m_out, 0);
    put16(m_out, 0);
    put16(m_out, quint16(m_entries.size()));
    put16(m_out, quint16(m_entries.size()));
    put32(m_out, cdSize);
    put32(m_out, cdStart);
    put16(m_out, 0);
    return m_out;
}

Result<ZipReader> ZipReader::open(const QByteArray& archive)
{
    auto bad = [](const QString& detail) {
        return makeError(ErrorCode::Corrupt, tr("The file is not a valid ZIP package."), detail);
    };
    ZipReader z;
    z.m_data = archive;
    // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
    const qsizetype minPos = qMax<qsizetype>(0, archive.size() - 65557);
    qsizetype eocd = -1;
    for (qsizetype p = archive.size() - 22; p >= minPos; --p) {
        if (get32(archive, p) == 0x06054b50) {
            eocd = p;
            break;
        }
    }
    if (eocd < 0)
        return bad(QStringLiteral("no end of central directory"));
    const int count = get16(archive, eocd + 10);
    qsizetype pos = get32(archive, eocd + 16);
    for (int i = 0; i < count; ++i) {
        if (pos + 46 > archive.size() || get32(archive, pos) != 0x02014b50)
            return bad(QStringLiteral("central directory entry %1").arg(i));
        Entry e;
        const quint16 flags = get16(archive, pos + 8);
        e.method = get16(archive, pos + 10);
        e.crc = get32(archive, pos + 16);
        e.compressedSize = get32(archive, pos + 20);
        e.size = get32(archive, pos + 24);
        const int nameLen = get16(archive, pos + 28);
        const int extraLen = get16(archive, pos + 30);
        const int commentLen = get16(archive, pos + 32);
        e.localOffset = get32(archive, pos + 42);
        const QByteArray name = archive.mid(pos + 46, nameLen);
        e.name = (flags & 0x0800) ? QString::fromUtf8(name) : QString::fromLatin1(name);
        if (flags & 0x1)
            return bad(QStringLiteral("encrypted entry %1").arg(e.name));
        z.m_entries << e;
        pos += 46 + nameLen + extraLen + commentLen;
    }
    return z;
}

QStringList ZipReader::names() const
{
    QStringList out;
    for (const Entry& e : m_entries)
        out << e.name;
    return out;
}

bool ZipReader::contains(const QString& name) const
{
    return names().contains(name);
}

QString ZipReader::firstName() const
{
    // The first entry in the file, not in the directory: the lowest local offset.
    const Entry* first = nullptr;
    for (const Entry& e : m_entries) {
        if (!first || e.localOffset < first->localOffset)
            first = &e;
    }
    return first ? first->name : QString();
}

bool ZipReader::firstStored() const
{
    const Entry* first = nullptr;
    for (const Entry& e : m_entries) {
        if (!first || e.localOffset < first->localOffset)
            first = &e;
    }
    return first && first->method == 0;
}

Result<QByteArray> ZipReader::read(const QString& name) const
{
    for (const Entry& e : m_entries) {
        if (e.name != name)
            continue;
        const qsizetype p = e.localOffset;
        if (p + 30 > m_data.size() || get32(m_data, p) != 0x04034b50)
            return makeError(ErrorCode::Corrupt, tr("The ZIP entry %1 is damaged.").arg(name));
        const qsizetype dataPos = p + 30 + get16(m_data, p + 26) + get16(m_data, p + 28);
        const QByteArray payload = m_data.mid(dataPos, e.compressedSize);
        QByteArray out;
        if (e.method == 0)
            out = payload;
        else if (e.method == 8)
            out = rawInflate(payload, e.size);
        else
            return makeError(ErrorCode::Unsupported,
                             tr("The ZIP entry %1 uses an unsupported compression.").arg(name));
        if (quint32(out.size()) != e.size || crc32Of(out) != e.crc)
            return makeError(ErrorCode::Corrupt, tr("The ZIP entry %1 is damaged.").arg(name));
        return out;
    }
    return makeError(ErrorCode::NotFound, tr("The package has no %1.").arg(name));
}

} // namespace cd
