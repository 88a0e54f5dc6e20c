#pragma once

#include "common/result.h"
#include "proofreader.h"

#include <QCoreApplication>

namespace cd {

// Reads a document for proofreading: its paragraphs and, when it carries one, the case snapshot
// it was drafted from.
//  .txt, .md   UTF-8 text, one paragraph per line; case data from FILE.case.json beside it
//  .odt        paragraphs of content.xml; case data from the courtdesk.case property
//  .docx       paragraphs of word/document.xml; case data from docProps/custom.xml
// PDF is not read: proofread the .odt/.docx it was exported with, which keep the case data.
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(cd::DocumentReader)
public:
    static Result<ProofInput> read(const QString& path);
    static Result<ProofInput> readOdt(const QByteArray& data);
    static Result<ProofInput> readDocx(const QByteArray& data);
    static ProofInput readText(const QString& text);
};

} // namespace cd
