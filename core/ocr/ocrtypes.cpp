#include "ocrtypes.h"

#include <QJsonArray>

namespace cd::ocr {

namespace {

struct FailureName
{
    FailureCode code;
    const char* key;
};

const FailureName kFailureNames[] = {
    {FailureCode::None, "none"},
    {FailureCode::EmptyFile, "empty"},
    {FailureCode::Corrupt, "corrupt"},
    {FailureCode::Unsupported, "unsupported"},
    {FailureCode::TooLarge, "too-large"},
    {FailureCode::TooManyPages, "too-many-pages"},
    {FailureCode::PasswordRequired, "password-required"},
    {FailureCode::WrongPassword, "wrong-password"},
    {FailureCode::Timeout, "timeout"},
    {FailureCode::Crashed, "crashed"},
    {FailureCode::Cancelled, "cancelled"},
    {FailureCode::Io, "io"},
    {FailureCode::Engine, "engine"},
};

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate();
}

} // namespace

QString failureKey(FailureCode code)
{
    for (const auto& f : kFailureNames) {
        if (f.code == code)
            return QString::fromLatin1(f.key);
    }
    return QStringLiteral("engine");
}

FailureCode failureFromKey(const QString& key)
{
    for (const auto& f : kFailureNames) {
        if (key == QLatin1String(f.key))
            return f.code;
    }
    return FailureCode::Engine;
}

QString OcrMessages::failureMessage(FailureCode code, const QString& file, int page)
{
    QString what = page > 0 ? tr("Page %1 of %2").arg(page).arg(file) : file;
    switch (code) {
    case FailureCode::None:
        return QString();
    case FailureCode::EmptyFile:
        return tr("%1 is empty (0 bytes). Nothing was imported from it.").arg(what);
    case FailureCode::Corrupt:
        return tr("%1 is damaged or truncated and cannot be read. Scan or export it again.")
            .arg(what);
    case FailureCode::Unsupported:
        return tr("%1 is not a PDF, PNG, JPEG or TIFF file.").arg(what);
    case FailureCode::TooLarge:
        return tr("%1 is too large to process (more than %2 million pixels per page). Scan it at "
                  "a lower resolution.")
            .arg(what)
            .arg(120);
    case FailureCode::TooManyPages:
        return tr("%1 declares more pages than it contains or more than %2 pages. It looks "
                  "damaged; export it again.")
            .arg(what)
            .arg(10000);
    case FailureCode::PasswordRequired:
        return tr("%1 is protected by a password. Enter the password to open it.").arg(what);
    case FailureCode::WrongPassword:
        return tr("The password for %1 is not correct.").arg(what);
    case FailureCode::Timeout:
        return tr("%1 took too long to recognise and was skipped. The other pages are not "
                  "affected.")
            .arg(what);
    case FailureCode::Crashed:
        return tr("Recognition of %1 failed unexpectedly and was skipped. The other pages are not "
                  "affected.")
            .arg(what);
    case FailureCode::Cancelled:
        return tr("Recognition of %1 was cancelled.").arg(what);
    case FailureCode::Io:
        return tr("%1 cannot be read or written.").arg(what);
    case FailureCode::Engine:
        return tr("The OCR engine could not process %1.").arg(what);
    }
    return QString();
}

QJsonObject OcrPage::toJson() const
{
    QJsonArray ws;
    for (const OcrWord& w : words)
        ws.append(QJsonArray{w.box.x(), w.box.y(), w.box.width(), w.box.height(),
                             qRound(w.confidence * 10) / 10.0, w.text});
    return QJsonObject{{QStringLiteral("page"), pageNumber},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("words"), ws},
                       {QStringLiteral("w"), imageSize.width()},
                       {QStringLiteral("h"), imageSize.height()},
                       {QStringLiteral("dpi"), dpi},
                       {QStringLiteral("conf"), meanConfidence},
                       {QStringLiteral("lang"), language},
                       {QStringLiteral("source"),
                        source == TextOrigin::Ocr ? QStringLiteral("ocr") : QStringLiteral("text")},
                       {QStringLiteral("skew"), skewDegrees},
                       {QStringLiteral("seal"), sealSuppressed},
                       {QStringLiteral("ms"), elapsedMs}};
}

OcrPage OcrPage::fromJson(const QJsonObject& o)
{
    OcrPage p;
    p.pageNumber = o.value(QStringLiteral("page")).toInt();
    p.text = o.value(QStringLiteral("text")).toString();
    const QJsonArray ws = o.value(QStringLiteral("words")).toArray();
    p.words.reserve(ws.size());
    for (const QJsonValue& v : ws) {
        const QJsonArray a = v.toArray();
        if (a.size() < 6)
            continue;
        p.words.append(OcrWord{QRect(a[0].toInt(), a[1].toInt(), a[2].toInt(), a[3].toInt()),
                               float(a[4].toDouble()), a[5].toString()});
    }
    p.imageSize = QSize(o.value(QStringLiteral("w")).toInt(), o.value(QStringLiteral("h")).toInt());
    p.dpi = o.value(QStringLiteral("dpi")).toInt();
    p.meanConfidence = o.value(QStringLiteral("conf")).toDouble();
    p.language = o.value(QStringLiteral("lang")).toString();
    p.source = o.value(QStringLiteral("source")).toString() == QLatin1String("text")
                   ? TextOrigin::TextLayer
                   : TextOrigin::Ocr;
    p.skewDegrees = float(o.value(QStringLiteral("skew")).toDouble());
    p.sealSuppressed = o.value(QStringLiteral("seal")).toBool();
    p.elapsedMs = o.value(QStringLiteral("ms")).toInteger();
    return p;
}

QString joinCjkSpacing(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ') || c == QChar(0x3000)) {
            // Look at the nearest non-space neighbours: a space touching CJK is an artefact.
            int j = i;
            while (j < text.size() &&
                   (text.at(j) == QLatin1Char(' ') || text.at(j) == QChar(0x3000)))
                ++j;
            const QChar prev = out.isEmpty() ? QChar() : out.back();
            const QChar next = j < text.size() ? text.at(j) : QChar();
            if ((!prev.isNull() && isCjk(prev)) || (!next.isNull() && isCjk(next))) {
                i = j - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString normaliseChinesePunctuation(const QString& text)
{
    auto han = [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; };
    QString out = text;
    for (int i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        const QChar prev = i > 0 ? out.at(i - 1) : QChar();
        const QChar next = i + 1 < out.size() ? out.at(i + 1) : QChar();
        const bool prevHan = han(prev) || prev.unicode() == 0xFF09; // ）
        const bool nextHanOrEnd = next.isNull() || next == QLatin1Char('\n') || han(next);
        switch (c.unicode()) {
        case '.':
            if (prevHan && nextHanOrEnd)
                out[i] = QChar(0x3002);
            break;
        case ',':
            if (prevHan || han(next))
                out[i] = QChar(0xFF0C);
            break;
        case ';':
            if (prevHan || han(next))
                out[i] = QChar(0xFF1B);
            break;
        case ':':
            if (prevHan)
                out[i] = QChar(0xFF1A);
            break;
        case '?':
            if (prevHan)
                out[i] = QChar(0xFF1F);
            break;
        case '!':
            if (prevHan)
                out[i] = QChar(0xFF01);
            break;
        case '(':
            if (han(next) || prevHan)
                out[i] = QChar(0xFF08);
            break;
        case ')':
            if (prevHan)
                out[i] = QChar(0xFF09);
            break;
        default:
            break;
        }
    }
    return out;
}

} // namespace cd::ocr
