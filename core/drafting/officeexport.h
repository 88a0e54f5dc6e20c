#pragma once

#include "draftdocument.h"

#include <QByteArray>

namespace cd {

// ODF text (.odt) and Office Open XML (.docx) packages of a drafted document, with one named
// paragraph style per document part (CourtDesk Court, CourtDesk Body, …) so a clerk can restyle
// a part in LibreOffice or Word, and the case snapshot stored as a custom property
// ("courtdesk.case") for proofreading.
namespace OfficeExport {

QByteArray odt(const DraftDocument& doc);
QByteArray docx(const DraftDocument& doc);

// Name of the property holding DraftDocument::caseSnapshot (JSON) in both formats.
inline constexpr char caseProperty[] = "courtdesk.case";

} // namespace OfficeExport

} // namespace cd
