#include "pdfpostprocess.h"

#include "draftinglog.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <algorithm>

namespace cd {

namespace {

struct PdfObject
{
    int number = 0;
    QByteArray body; // from "N 0 obj" through "endobj\n"
};

quint16 be16(const QByteArray& d, int pos)
{
    return qFromBigEndian<quint16>(reinterpret_cast<const uchar*>(d.constData() + pos));
}

// Glyph of one code point in a font (0 when the font lacks it).
quint32 glyphOf(const QRawFont& font, uint cp)
{
    const QString s = QString::fromUcs4(reinterpret_cast<const char32_t*>(&cp), 1);
    const QList<quint32> g = font.glyphIndexesForString(s);
    return g.size() == 1 ? g.first() : 0;
}

QByteArray hex4(uint v)
{
    return QByteArray::number(v, 16).toUpper().rightJustified(4, '0');
}

// UTF-16 hex of a code point, as ToUnicode CMaps write it.
QByteArray utf16Hex(uint cp)
{
    if (cp < 0x10000)
        return hex4(cp);
    cp -= 0x10000;
    return hex4(0xD800 + (cp >> 10)) + hex4(0xDC00 + (cp & 0x3FF));
}

uint codePointOfHex(const QByteArray& h)
{
    bool ok = false;
    if (h.size() == 4)
        return h.toUInt(&ok, 16);
    if (h.size() == 8) {
        const uint hi = h.left(4).toUInt(&ok, 16);
        const uint lo = h.mid(4).toUInt(&ok, 16);
        if (hi >= 0xD800 && hi < 0xDC00)
            return 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
    }
    return 0;
}

// Replaces every <XXXX> destination in a CMap's bfrange arrays and bfchar lines that the
// document does not use.
QByteArray fixCMap(const QByteArray& cmap, const QRawFont* font, const QSet<uint>& used,
                   const QHash<quint32, uint>& docCharByGlyph, int* fixed)
{
    if (!font)
        return cmap;
    QByteArray out;
    out.reserve(cmap.size() + 64);
    const QList<QByteArray> lines = cmap.split('\n');
    static const QRegularExpression dest(QStringLiteral("<([0-9A-Fa-f]{4,8})>"));
    bool inRange = false;
    bool inChar = false;
    for (int li = 0; li < lines.size(); ++li) {
        QByteArray line = lines.at(li);
        if (line.endsWith("beginbfrange"))
            inRange = true;
        else if (line.endsWith("endbfrange"))
            inRange = false;
        else if (line.endsWith("beginbfchar"))
            inChar = true;
        else if (line.endsWith("endbfchar"))
            inChar = false;
        else if (inRange || inChar) {
            // bfrange: <lo> <hi> [<d1> <d2> …] or <lo> <hi> <d>; bfchar: <src> <d>.
            // Only array items and bfchar destinations name single glyphs; a plain range
            // destination is kept (Qt writes arrays for non-consecutive code points).
            QString text = QString::fromLatin1(line);
            const bool array = text.contains(QLatin1Char('['));
            if (inRange && !array) {
                // <lo> <hi> <start>: consecutive code points; written out as an array so single
                // entries can be repaired (Qt writes arrays, but nothing guarantees it).
                QList<QByteArray> hex;
                auto t = dest.globalMatch(text);
                while (t.hasNext())
                    hex << t.next().captured(1).toLatin1();
                bool ok = hex.size() == 3 && hex.at(2).size() == 4;
                const uint lo = hex.value(0).toUInt(nullptr, 16);
                const uint hi = hex.value(1).toUInt(nullptr, 16);
                const uint start = hex.value(2).toUInt(nullptr, 16);
                bool needed = false;
                for (uint k = 0; ok && lo + k <= hi && k < 256; ++k)
                    needed |= !used.contains(start + k);
                if (!ok || !needed || hi < lo || hi - lo >= 256) {
                    out += line;
                    if (li + 1 < lines.size())
                        out += '\n';
                    continue;
                }
                QByteArray expanded = '<' + hex.at(0) + "> <" + hex.at(1) + "> [";
                for (uint k = 0; lo + k <= hi; ++k)
                    expanded += (k ? " <" : "<") + hex4(start + k) + '>';
                line = expanded + ']';
                text = QString::fromLatin1(line);
            }
            QByteArray rebuilt;
            int last = 0;
            int index = 0;
            auto it = dest.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                ++index;
                // Skip the source codes: the first two tokens of a range, the first of a char.
                if ((inRange && index <= 2) || (inChar && index == 1))
                    continue;
                const uint cp = codePointOfHex(m.captured(1).toLatin1());
                uint replacement = 0;
                if (cp != 0 && !used.contains(cp))
                    replacement = docCharByGlyph.value(glyphOf(*font, cp));
                if (replacement == 0 || replacement == cp)
                    continue;
                rebuilt += line.mid(last, m.capturedStart(1) - last);
                rebuilt += utf16Hex(replacement);
                last = m.capturedEnd(1);
                ++*fixed;
            }
            if (last > 0) {
                rebuilt += line.mid(last);
                line = rebuilt;
            }
        }
        out += line;
        if (li + 1 < lines.size())
            out += '\n';
    }
    return out;
}

QByteArray subsetTag(const QByteArray& name)
{
    const QByteArray h = QCryptographicHash::hash(name, QCryptographicHash::Sha1);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + uchar(h.at(i)) % 26);
    return tag;
}

} // namespace

QString PdfPostProcessor::postScriptName(const QRawFont& font)
{
    const QByteArray name = font.fontTable("name");
    if (name.size() < 6)
        return {};
    const int count = be16(name, 2);
    const int strings = be16(name, 4);
    for (int i = 0; i < count; ++i) {
        const int rec = 6 + i * 12;
        if (rec + 12 > name.size())
            break;
        const int platform = be16(name, rec);
        const int nameId = be16(name, rec + 6);
        const int len = be16(name, rec + 8);
        const int off = strings + be16(name, rec + 10);
        if (nameId != 6 || off + len > name.size())
            continue;
        const QByteArray raw = name.mid(off, len);
        if (platform == 3 || platform == 0) {
            QString s;
            for (int k = 0; k + 1 < raw.size(); k += 2)
                s += QChar(be16(raw, k));
            return s;
        }
        if (platform == 1)
            return QString::fromLatin1(raw);
    }
    return {};
}

Result<QByteArray> PdfPostProcessor::process(const QByteArray& pdf, const QString& documentText,
                                             const QList<QRawFont>& fonts,
                                             PdfPostProcessStats* stats)
{
    auto bad = [](const QString& what) {
        return makeError(ErrorCode::Corrupt,
                         tr("The PDF writer produced a file that cannot be finished."), what);
    };
    // The xref table gives every object's offset.
    const int startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return bad(QStringLiteral("no startxref"));
    const int xrefPos = pdf.mid(startxref + 9).trimmed().split('\n').first().trimmed().toInt();
    if (xrefPos <= 0 || !pdf.mid(xrefPos).startsWith("xref"))
        return bad(QStringLiteral("no classic xref table"));
    const QList<QByteArray> xrefLines = pdf.mid(xrefPos, startxref - xrefPos).split('\n');
    if (xrefLines.size() < 3)
        return bad(QStringLiteral("short xref"));
    const QList<QByteArray> head = xrefLines.at(1).trimmed().split(' ');
    const int count = head.value(1).toInt();
    if (head.value(0) != "0" || count <= 1 || xrefLines.size() < count + 2)
        return bad(QStringLiteral("xref with several sections"));
    QMap<int, int> offsets; // object number → offset
    for (int i = 1; i < count; ++i) {
        const QByteArray e = xrefLines.at(2 + i).trimmed();
        if (e.endsWith(" n"))
            offsets.insert(i, e.left(10).toInt());
    }
    const int trailerPos = pdf.indexOf("trailer", xrefPos);
    if (trailerPos < 0)
        return bad(QStringLiteral("no trailer"));
    QList<int> sorted = offsets.values();
    std::sort(sorted.begin(), sorted.end());
    QHash<int, PdfObject> objects;
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        const int start = it.value();
        const auto next = std::upper_bound(sorted.cbegin(), sorted.cend(), start);
        const int end = next == sorted.cend() ? xrefPos : *next;
        PdfObject o{it.key(), pdf.mid(start, end - start)};
        if (!o.body.startsWith(QByteArray::number(it.key()) + " 0 obj"))
            return bad(QStringLiteral("object %1 not at its offset").arg(it.key()));
        objects.insert(it.key(), o);
    }

    // Which font each ToUnicode CMap belongs to, and each font's subset tag.
    static const QRegularExpression baseFontRe(QStringLiteral("/BaseFont /([^\\s/>]+)"));
    static const QRegularExpression toUnicodeRe(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    static const QRegularExpression fontNameRe(
        QStringLiteral("/FontName /([A-Z]{6})\\+([^\\s/>]+)"));
    QHash<int, QString> cmapFont;    // cmap object → font name
    QHash<QString, QByteArray> tags; // font name → tag from its descriptor
    for (const PdfObject& o : qAsConst(objects)) {
        const QString head2 = QString::fromLatin1(o.body.left(600));
        const auto tu = toUnicodeRe.match(head2);
        const auto bf = baseFontRe.match(head2);
        if (tu.hasMatch() && bf.hasMatch())
            cmapFont.insert(tu.captured(1).toInt(), bf.captured(1));
        const auto fn = fontNameRe.match(head2);
        if (fn.hasMatch())
            tags.insert(fn.captured(2), fn.captured(1).toLatin1());
    }

    // Document characters by glyph, per font.
    QSet<uint> used;
    for (const uint cp : documentText.toUcs4())
        used.insert(cp);
    QHash<QString, const QRawFont*> fontByName;
    for (const QRawFont& f : fonts) {
        const QString ps = postScriptName(f);
        if (!ps.isEmpty() && !fontByName.contains(ps))
            fontByName.insert(ps, &f);
    }
    QHash<QString, QHash<quint32, uint>> glyphMaps;
    for (auto it = fontByName.cbegin(); it != fontByName.cend(); ++it) {
        QHash<quint32, uint>& map = glyphMaps[it.key()];
        for (const uint cp : qAsConst(used)) {
            const quint32 g = glyphOf(*it.value(), cp);
            if (g != 0 && !map.contains(g))
                map.insert(g, cp);
        }
    }

    PdfPostProcessStats st;
    for (auto it = cmapFont.cbegin(); it != cmapFont.cend(); ++it) {
        PdfObject& o = objects[it.key()];
        const int s = o.body.indexOf("stream\n");
        const int e = o.body.lastIndexOf("\nendstream");
        if (s < 0 || e < s || o.body.left(s).contains("/Filter"))
            continue; // a compressed CMap: Qt does not write these
        const QByteArray cmap = o.body.mid(s + 7, e - s - 7);
        const QRawFont* font = fontByName.value(it.value());
        if (!font)
            qCWarning(lcDrafting) << "no raw font for" << it.value()
                                  << "- its ToUnicode map is kept";
        const QByteArray fixed =
            fixCMap(cmap, font, used, glyphMaps.value(it.value()), &st.cmapEntriesFixed);
        if (fixed == cmap)
            continue;
        o.body = QByteArray::number(o.number) + " 0 obj\n<< /Length " +
                 QByteArray::number(fixed.size()) + " >>\nstream\n" + fixed +
                 "\nendstream\nendobj\n";
    }
    // Tag the BaseFont of Type0 and CIDFont dictionaries like their descriptor.
    for (PdfObject& o : objects) {
        const int pos = o.body.indexOf("/BaseFont /");
        if (pos < 0 || pos > 600)
            continue;
        const int nameStart = pos + 11;
        int nameEnd = nameStart;
        while (nameEnd < o.body.size() && !QByteArray(" \n\r/>[").contains(o.body.at(nameEnd)))
            ++nameEnd;
        const QByteArray name = o.body.mid(nameStart, nameEnd - nameStart);
        if (name.size() > 7 && name.at(6) == '+')
            continue;
        QByteArray tag = tags.value(QString::fromLatin1(name));
        if (tag.isEmpty() || tag == "QMAAAA")
            tag = subsetTag(name); // Qt gives every font the same placeholder tag
        o.body.replace(nameStart, name.size(), tag + '+' + name);
        ++st.fontsTagged;
    }
    for (PdfObject& o : objects) {
        // Descriptors get the same per-font tag as their fonts.
        static const QRegularExpression re(QStringLiteral("/FontName /QMAAAA\\+([^\\s/>]+)"));
        const auto m = re.match(QString::fromLatin1(o.body.left(600)));
        if (m.hasMatch())
            o.body.replace(m.capturedStart(0) + 11, 6, subsetTag(m.captured(1).toLatin1()));
    }

    // Write objects in number order with a fresh xref.
    QByteArray out = pdf.left(sorted.first());
    QMap<int, int> newOffsets;
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        newOffsets.insert(it.key(), out.size());
        out += objects.value(it.key()).body;
    }
    const int newXref = out.size();
    out += "xref\n0 " + QByteArray::number(count) + "\n0000000000 65535 f \n";
    for (int i = 1; i < count; ++i) {
        if (newOffsets.contains(i))
            out += QByteArray::number(newOffsets.value(i)).rightJustified(10, '0') + " 00000 n \n";
        else
            out += "0000000000 65535 f \n";
    }
    out += pdf.mid(trailerPos, startxref - trailerPos);
    out += "startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    if (stats)
        *stats = st;
    return out;
}

} // namespace cd
