#pragma once

#include "cases/caserecord.h"
#include "common/result.h"
#include "extractor.h"

#include <QCoreApplication>

namespace cd {

// Where an accepted suggestion goes when the finding alone does not say it.
struct ApplyTarget
{
    QString partyName; // ID, credit code, phone: the party they belong to
    QString eventType; // a date: the CaseVocabulary event type, or "filed_on" for the filing date
    QString source;    // e.g. "证据：借条 第2页", kept in the event note
};

// Writes an extraction suggestion the user accepted into a case record (in memory; the caller
// saves it through the repository so validation, audit and undo apply as for any edit).
class ExtractionApplier
{
    Q_DECLARE_TR_FUNCTIONS(cd::ExtractionApplier)
public:
    // Returns a short description of the change, or InvalidInput when the suggestion cannot go
    // anywhere (e.g. a phone number with no party to hold it) or NotFound when it is already in
    // the record.
    static Result<QString> apply(CaseRecord& record, const Extraction& e,
                                 const ApplyTarget& target);

    // The party a finding most likely belongs to: the nearest party name found before it on the
    // same page (role word + name precedes the ID, address and phone in pleadings), else the
    // nearest after it; empty if the page names nobody.
    static QString nearestPartyName(const QVector<Extraction>& all, const Extraction& e);

    // Does applying e need a target chosen by the user (a date's event type)?
    static bool needsEventType(const Extraction& e);
};

} // namespace cd
