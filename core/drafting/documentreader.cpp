#include "documentreader.h"

#include "officeexport.h"
#include "zipfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QXmlStreamReader>

namespace cd {

namespace {

// Paragraph texts of an ODF body (text:p, text:h) or an OOXML body (w:p), with ODF's
// text:s/text:tab/text:line-break and OOXML's w:tab/w:br restored.
Result<QStringList> paragraphs(const QByteArray& xml, bool odf)
{
    QStringList out;
    QXmlStreamReader r(xml);
    int depth = 0;
    QString current;
    bool inRun = false; // OOXML: inside w:t
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QStringView n = r.name();
            if (depth == 0 && (n == QLatin1String("p") || (odf && n == QLatin1String("h")))) {
                depth = 1;
                current.clear();
                continue;
            }
            if (depth == 0)
                continue;
            ++depth;
            if (odf && n == QLatin1String("s")) {
                const QStringView c = r.attributes().value(QStringLiteral("c"));
                current += QString(c.isEmpty() ? 1 : c.toInt(), QLatin1Char(' '));
            } else if (n == QLatin1String("tab")) {
                current += QLatin1Char('\t');
            } else if (n == QLatin1String("line-break") || n == QLatin1String("br")) {
                current += QLatin1Char(' ');
            }
            inRun = !odf && n == QLatin1String("t");
        } else if (r.isEndElement() && depth > 0) {
            inRun = false;
            if (--depth == 0)
                out << current;
        } else if (r.isCharacters() && depth > 0 && (odf || inRun)) {
            current += r.text();
        }
    }
    if (r.hasError())
        return makeError(ErrorCode::Corrupt, DocumentReader::tr("The document's XML is damaged."),
                         r.errorString());
    return out;
}

// The courtdesk.case property: ODF meta:user-defined or OOXML custom property.
QJsonObject snapshotFrom(const QByteArray& xml)
{
    QXmlStreamReader r(xml);
    bool inProperty = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            // meta:name in ODF, a plain name attribute in OOXML: compare local names.
            for (const QXmlStreamAttribute& a : r.attributes()) {
                if (a.name() == QLatin1String("name") &&
                    a.value() == QLatin1String(OfficeExport::caseProperty))
                    inProperty = true;
            }
        }
        if (r.isCharacters() && inProperty && !r.isWhitespace())
            return QJsonDocument::fromJson(r.text().toUtf8()).object();
    }
    return {};
}

} // namespace

ProofInput DocumentReader::readText(const QString& text)
{
    ProofInput in;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            in.paragraphs << line;
    }
    return in;
}

Result<ProofInput> DocumentReader::readOdt(const QByteArray& data)
{
    auto zip = ZipReader::open(data);
    if (!zip)
        return zip.error();
    auto content = zip->read(QStringLiteral("content.xml"));
    if (!content)
        return content.error();
    auto paras = paragraphs(content.value(), true);
    if (!paras)
        return paras.error();
    ProofInput in;
    in.paragraphs = paras.value();
    if (auto meta = zip->read(QStringLiteral("meta.xml")))
        in.caseSnapshot = snapshotFrom(meta.value());
    return in;
}

Result<ProofInput> DocumentReader::readDocx(const QByteArray& data)
{
    auto zip = ZipReader::open(data);
    if (!zip)
        return zip.error();
    auto body = zip->read(QStringLiteral("word/document.xml"));
    if (!body)
        return body.error();
    auto paras = paragraphs(body.value(), false);
    if (!paras)
        return paras.error();
    ProofInput in;
    in.paragraphs = paras.value();
    if (auto custom = zip->read(QStringLiteral("docProps/custom.xml")))
        in.caseSnapshot = snapshotFrom(custom.value());
    return in;
}

Result<ProofInput> DocumentReader::read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1.").arg(path), f.errorString());
    const QByteArray data = f.readAll();
    const QFileInfo fi(path);
    const QString ext = fi.suffix().toLower();
    if (ext == QLatin1String("odt"))
        return readOdt(data);
    if (ext == QLatin1String("docx"))
        return readDocx(data);
    if (ext == QLatin1String("txt") || ext == QLatin1String("md") || ext.isEmpty()) {
        ProofInput in = readText(QString::fromUtf8(data));
        QFile side(fi.path() + QLatin1Char('/') + fi.completeBaseName() +
                   QStringLiteral(".case.json"));
        if (side.open(QIODevice::ReadOnly))
            in.caseSnapshot = QJsonDocument::fromJson(side.readAll()).object();
        return in;
    }
    return makeError(ErrorCode::Unsupported,
                     tr("Cannot proofread “%1”: use a .txt, .odt or .docx file (export the PDF's "
                        "document as .odt or .docx).")
                         .arg(fi.fileName()));
}

} // namespace cd
