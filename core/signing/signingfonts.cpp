#include "signingfonts.h"

#include "signinglog.h"

#include <QDir>
#include <QFile>
#include <QVector>

#include <utility>

namespace cd {

namespace {

// Big-endian writer for the sfnt tables.
class Be
{
public:
    Be& u16(quint32 v)
    {
        m_b.append(char((v >> 8) & 0xff));
        m_b.append(char(v & 0xff));
        return *this;
    }
    Be& u32(quint32 v)
    {
        u16(v >> 16);
        return u16(v & 0xffff);
    }
    Be& bytes(const QByteArray& b)
    {
        m_b.append(b);
        return *this;
    }
    QByteArray take() { return std::move(m_b); }

private:
    QByteArray m_b;
};

quint32 checksum(const QByteArray& padded)
{
    quint32 sum = 0;
    for (int i = 0; i + 3 < padded.size(); i += 4) {
        sum += (quint32(quint8(padded[i])) << 24) | (quint32(quint8(padded[i + 1])) << 16) |
               (quint32(quint8(padded[i + 2])) << 8) | quint32(quint8(padded[i + 3]));
    }
    return sum;
}

QByteArray pad4(QByteArray b)
{
    while (b.size() % 4)
        b.append('\0');
    return b;
}

constexpr quint32 kFirstChar = 0x20;
constexpr quint32 kLastChar = 0x7e;
constexpr quint32 kUnitsPerEm = 1000;
constexpr quint32 kAdvance = 500;

QByteArray headTable()
{
    Be b;
    b.u32(0x00010000).u32(0x00010000).u32(0 /* checkSumAdjustment, patched later */);
    b.u32(0x5F0F3CF5).u16(0x0003).u16(kUnitsPerEm);
    b.u32(0).u32(0).u32(0).u32(0); // created, modified
    b.u16(0).u16(quint16(-200)).u16(kAdvance).u16(800);
    b.u16(0).u16(8).u16(2).u16(0 /* short loca */).u16(0);
    return b.take();
}

QByteArray hheaTable()
{
    Be b;
    b.u32(0x00010000).u16(800).u16(quint16(-200)).u16(0).u16(kAdvance);
    b.u16(0).u16(0).u16(0).u16(1).u16(0).u16(0);
    b.u16(0).u16(0).u16(0).u16(0).u16(0).u16(2 /* numberOfHMetrics */);
    return b.take();
}

QByteArray maxpTable()
{
    Be b;
    b.u32(0x00010000).u16(2 /* numGlyphs */);
    for (int i = 0; i < 13; ++i)
        b.u16(i == 4 ? 2 : 0); // maxZones = 2, everything else 0
    return b.take();
}

QByteArray cmapTable()
{
    // One format 4 subtable (Windows Unicode BMP): every printable ASCII code maps to glyph 1.
    const quint32 segCount = 2;
    const quint32 glyphs = kLastChar - kFirstChar + 1;
    Be sub;
    const quint32 length = 14 + segCount * 8 + 2 + glyphs * 2;
    sub.u16(4).u16(length).u16(0).u16(segCount * 2).u16(4).u16(1).u16(0);
    sub.u16(kLastChar).u16(0xffff).u16(0); // endCode[], reservedPad
    sub.u16(kFirstChar).u16(0xffff);       // startCode[]
    sub.u16(0).u16(1);                     // idDelta[]
    sub.u16(segCount * 2).u16(0);          // idRangeOffset[]: seg 0 points at glyphIdArray
    for (quint32 i = 0; i < glyphs; ++i)
        sub.u16(1);
    Be b;
    b.u16(0).u16(1).u16(3).u16(1).u32(12).bytes(sub.take());
    return b.take();
}

QByteArray hmtxTable()
{
    Be b;
    b.u16(kAdvance).u16(0).u16(kAdvance).u16(0);
    return b.take();
}

QByteArray locaTable()
{
    Be b;
    b.u16(0).u16(0).u16(0); // both glyphs are empty
    return b.take();
}

QByteArray nameTable()
{
    const QVector<std::pair<quint32, QString>> names{
        {1, QStringLiteral("CourtDesk Blank")},
        {2, QStringLiteral("Regular")},
        {3, QStringLiteral("CourtDesk Blank Regular")},
        {4, QStringLiteral("CourtDesk Blank")},
        {5, QStringLiteral("Version 1.0")},
        {6, QStringLiteral("CourtDeskBlank")},
    };
    Be records;
    QByteArray strings;
    for (const auto& [id, text] : names) {
        Be s;
        for (QChar c : text)
            s.u16(c.unicode());
        const QByteArray utf16 = s.take();
        records.u16(3)
            .u16(1)
            .u16(0x0409)
            .u16(id)
            .u16(quint32(utf16.size()))
            .u16(quint32(strings.size()));
        strings.append(utf16);
    }
    Be b;
    b.u16(0).u16(quint32(names.size())).u16(6 + 12 * quint32(names.size()));
    b.bytes(records.take()).bytes(strings);
    return b.take();
}

QByteArray postTable()
{
    Be b;
    b.u32(0x00030000).u32(0).u16(quint16(-100)).u16(50);
    b.u32(0).u32(0).u32(0).u32(0).u32(0);
    return b.take();
}

} // namespace

QByteArray SigningFonts::blankTrueTypeFont()
{
    // Tags in ascending order, as the table directory requires.
    const QVector<std::pair<QByteArray, QByteArray>> tables{
        {"cmap", cmapTable()}, {"glyf", QByteArray(4, '\0')}, {"head", headTable()},
        {"hhea", hheaTable()}, {"hmtx", hmtxTable()},         {"loca", locaTable()},
        {"maxp", maxpTable()}, {"name", nameTable()},         {"post", postTable()},
    };
    const quint32 numTables = quint32(tables.size());
    quint32 pow2 = 1, log2 = 0;
    while (pow2 * 2 <= numTables) {
        pow2 *= 2;
        ++log2;
    }
    Be dir;
    dir.u32(0x00010000).u16(numTables).u16(pow2 * 16).u16(log2).u16(numTables * 16 - pow2 * 16);
    quint32 offset = 12 + 16 * numTables;
    QByteArray body;
    int headOffset = -1;
    for (const auto& [tag, data] : tables) {
        const QByteArray padded = pad4(data);
        dir.bytes(tag).u32(checksum(padded)).u32(offset).u32(quint32(data.size()));
        if (tag == "head")
            headOffset = int(offset);
        body.append(padded);
        offset += quint32(padded.size());
    }
    QByteArray font = dir.take() + body;
    const quint32 adjustment = 0xB1B0AFBA - checksum(font);
    Be adj;
    adj.u32(adjustment);
    font.replace(headOffset + 8, 4, adj.take());
    return font;
}

Result<void> SigningFonts::useBlankFontForSignatureText(const QString& dir)
{
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(dir));
    QFile font(QDir(dir).filePath(QStringLiteral("courtdesk-blank.ttf")));
    if (!font.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        font.write(blankTrueTypeFont()) < 0)
        return makeError(ErrorCode::Io, tr("Cannot write the file %1.").arg(font.fileName()));
    font.close();
    const QString abs = QDir(dir).absolutePath();
    const QString conf =
        QStringLiteral("<?xml version=\"1.0\"?>\n"
                       "<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n"
                       "<fontconfig>\n"
                       "  <dir>%1</dir>\n"
                       "  <cachedir>%1/cache</cachedir>\n"
                       "</fontconfig>\n")
            .arg(abs.toHtmlEscaped());
    QFile cf(QDir(dir).filePath(QStringLiteral("fonts.conf")));
    if (!cf.open(QIODevice::WriteOnly | QIODevice::Truncate) || cf.write(conf.toUtf8()) < 0)
        return makeError(ErrorCode::Io, tr("Cannot write the file %1.").arg(cf.fileName()));
    cf.close();
    qputenv("FONTCONFIG_FILE", QFile::encodeName(cf.fileName()));
    qCDebug(lcSigning) << "signature text font config" << cf.fileName();
    return {};
}

} // namespace cd
