#pragma once

#include "drafting/draftdocument.h"

#include <QTextFormat>

class QTextBlock;
class QTextCursor;
class QTextDocument;

namespace cd::ui {

// Moves a drafted document in and out of the editor's QTextDocument. Each block carries its
// document part as a property, so styles stay per part and exports (which are per part) get
// back exactly the paragraphs the judge sees.
namespace EditorDocument {

constexpr int PartProperty = QTextFormat::UserProperty + 31;

void load(QTextDocument* target, const DraftDocument& doc, const QString& richText = {});
// doc's metadata (template, case, date, snapshot) with the editor's paragraphs.
DraftDocument extract(const QTextDocument* source, const DraftDocument& meta);

DraftPart partOf(const QTextBlock& block);
// Gives the blocks of the cursor's selection the part's paragraph and character style.
void applyPart(QTextCursor& cursor, DraftPart part);
// Numbers the runs of item paragraphs 一、二、… again (after inserting or deleting an item);
// returns true when a number changed.
bool renumberItems(QTextDocument* doc);

// Screen point size of a part: documents use 仿宋 三号 (16 pt) and so does the editor.
QFont screenFont(DraftPart part);

} // namespace EditorDocument

} // namespace cd::ui
