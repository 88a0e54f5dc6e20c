#pragma once

#include "ocr/ocrtypes.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace cd {

// OCR state of an evidence item.
enum class EvidenceOcrStatus { None, Running, Done, Partial, Failed, NeedsPassword };
QString evidenceOcrStatusKey(EvidenceOcrStatus s);
EvidenceOcrStatus evidenceOcrStatusFromKey(const QString& key);

// One entry of a case's evidence list (证据目录), with its chain of custody.
struct EvidenceItem
{
    qint64 id = 0;
    qint64 caseId = 0;
    int position = 0;    // order in the evidence list
    QString title;       // 证据名称
    QString submittedBy; // 提交人 (party)
    QString description; // 证明目的 / description for the evidence list
    QString source;      // where it came from: the original file path or a scanner
    QString fileName;    // original file name
    QString mediaType;   // application/pdf, image/jpeg ...
    QString sha256;      // hex; the original is stored as PROFILE/evidence/<sha256>
    qint64 sizeBytes = 0;
    int pages = 0;
    QString importer; // who imported it
    QDateTime importedAt;
    QString language; // OCR language chosen for it
    EvidenceOcrStatus ocrStatus = EvidenceOcrStatus::None;
};

// One page of an item: the OCR result as recognised (kept unchanged) and the current text,
// which is the latest correction if there is one.
struct EvidencePage
{
    qint64 id = 0;
    qint64 evidenceId = 0;
    int pageNumber = 0;
    ocr::OcrPage ocr;    // text, words, confidences as recognised
    QString currentText; // latest revision, or the OCR text
    int revision = 0;    // 0: no correction
    QString status;      // "ok" or a failure key
    QString error;       // translated message for a failed page
    QDateTime recognisedAt;
};

struct PageRevision
{
    qint64 id = 0;
    int revision = 0;
    QString text;
    QString author;
    QDateTime createdAt;
    QString note;
};

} // namespace cd
