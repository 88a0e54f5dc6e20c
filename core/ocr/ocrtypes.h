#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QRect>
#include <QSize>
#include <QString>
#include <QVector>

namespace cd::ocr {

// One recognised word: box in page-image pixels, confidence 0-100 as Tesseract reports it.
struct OcrWord
{
    QRect box;
    float confidence = 0;
    QString text;
};

enum class TextOrigin {
    Ocr,       // recognised from the page image
    TextLayer, // a born-digital page: its own text, no OCR
};

// Why a document or a page could not be read. The worker reports the code; the app turns it
// into a translated message (the worker may run without translations loaded).
enum class FailureCode {
    None,
    EmptyFile,
    Corrupt,
    Unsupported,
    TooLarge,
    TooManyPages,
    PasswordRequired,
    WrongPassword,
    Timeout,
    Crashed,
    Cancelled,
    Io,
    Engine,
};

QString failureKey(FailureCode code);
FailureCode failureFromKey(const QString& key);

class OcrMessages
{
    Q_DECLARE_TR_FUNCTIONS(cd::ocr::OcrMessages)
public:
    // A clear message for people; file is the file name shown in it.
    static QString failureMessage(FailureCode code, const QString& file, int page = 0);
};

struct OcrPage
{
    int pageNumber = 0; // 1-based
    QString text;
    QVector<OcrWord> words;
    QSize imageSize; // pixels of the page image the boxes refer to
    int dpi = 0;
    double meanConfidence = 0;
    QString language; // Tesseract language used, e.g. chi_sim
    TextOrigin source = TextOrigin::Ocr;
    float skewDegrees = 0;
    bool sealSuppressed = false;
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
    static OcrPage fromJson(const QJsonObject& o);
    // Words below this confidence are highlighted for review.
    static constexpr float lowConfidence = 70.0f;
};

// Removes the spaces Tesseract puts between CJK characters (and between CJK and digits),
// keeping spaces between Latin words and Tibetan tsheg-separated text as they are.
QString joinCjkSpacing(const QString& text);
// Chinese punctuation as a Chinese document writes it: chi_sim often returns ASCII marks
// next to Chinese characters ("借款." "原告,"); those become 。，；：？！（） there. Marks
// between digits or Latin letters (1.5%, 10:30) are left alone.
QString normaliseChinesePunctuation(const QString& text);

} // namespace cd::ocr
