#pragma once

#include "cases/caserecord.h"
#include "common/result.h"
#include "evidence/evidencetypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace cd {

// Record bodies on the wire (docs/sync-protocol.md, "Record bodies"). Only the fields the
// protocol names travel: local ids, due dates, OCR results and timestamps stay on the desk.
class RecordCodec
{
    Q_DECLARE_TR_FUNCTIONS(cd::RecordCodec)
public:
    static QJsonObject caseToJson(const CaseRecord& c);
    // Fills the synced fields of c from body; c keeps its local id and version.
    static Result<void> caseFromJson(const QJsonObject& body, CaseRecord& c);

    // caseUuid: the uuid of the case the item belongs to.
    static QJsonObject evidenceToJson(const EvidenceItem& e, const QString& uuid,
                                      const QString& caseUuid);

    // The fields of a body in display order, for the conflict dialog.
    static QStringList caseFields();
    static QStringList evidenceFields();

    // An answer of the server that does not parse as the protocol says.
    static Error unreadableAnswer(const QString& detail);
    // A blob name: the lowercase hex SHA-256 the protocol uses (protocol::isSha256Hex).
    static bool isBlobHash(const QString& s);
};

} // namespace cd
