#include "languages.h"

#include <QDir>
#include <QFileInfo>

namespace cd::ocr {

const QVector<OcrLanguage>& OcrLanguages::all()
{
    static const QVector<OcrLanguage> langs{
        {"zh", "chi_sim", QT_TR_NOOP("Chinese (simplified)"), false},
        {"zh-vert", "chi_sim_vert", QT_TR_NOOP("Chinese, vertical"), true},
        {"bo", "bod", QT_TR_NOOP("Tibetan"), false},
        {"en", "eng", QT_TR_NOOP("English / Latin script"), false},
    };
    return langs;
}

Result<QString> OcrLanguages::resolve(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return defaultLanguage();
    if (t == autoKey())
        return autoKey();
    if (t.contains(QLatin1Char('+')))
        return makeError(ErrorCode::InvalidInput,
                         tr("Choose one OCR language per document (for example chi_sim); mixed "
                            "lists such as %1 garble Chinese text.")
                             .arg(t));
    for (const OcrLanguage& l : all()) {
        if (t == QLatin1String(l.key) || t == QLatin1String(l.tesseract))
            return QString::fromLatin1(l.tesseract);
    }
    QStringList known;
    for (const OcrLanguage& l : all())
        known << QString::fromLatin1(l.tesseract);
    return makeError(ErrorCode::InvalidInput, tr("Unknown OCR language %1. Use one of: %2, auto.")
                                                  .arg(t, known.join(QStringLiteral(", "))));
}

QString OcrLanguages::label(const QString& tesseractName)
{
    for (const OcrLanguage& l : all()) {
        if (tesseractName == QLatin1String(l.tesseract))
            return tr(l.label);
    }
    return tesseractName;
}

QString OcrLanguages::verticalFor(const QString& tesseractName)
{
    if (tesseractName == QLatin1String("chi_sim"))
        return QStringLiteral("chi_sim_vert");
    return QString();
}

QString OcrLanguages::tessdataDir()
{
    const QByteArray env = qgetenv("TESSDATA_PREFIX");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    for (const char* d : {"/usr/share/tesseract-ocr/5/tessdata",
                          "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata"}) {
        if (QFileInfo::exists(
                QDir(QString::fromLatin1(d)).filePath(QStringLiteral("eng.traineddata"))))
            return QString::fromLatin1(d);
    }
    return QStringLiteral("/usr/share/tesseract-ocr/5/tessdata");
}

} // namespace cd::ocr
