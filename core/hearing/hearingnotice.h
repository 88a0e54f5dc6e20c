#pragma once

#include "common/result.h"
#include "drafting/draftdocument.h"
#include "hearingtypes.h"

namespace cd {

class Database;
class StatuteLibrary;
class TemplateRepository;

// Notices for a booked sitting from the drafting templates (传票, 出庭通知书, 开庭公告), with
// the booking's exact time and room filled in.
class HearingNotice
{
    Q_DECLARE_TR_FUNCTIONS(cd::HearingNotice)
public:
    // The templates a booking can produce that exist in repo, most used first.
    static QStringList templateIds(const TemplateRepository& repo);
    static Result<DraftDocument> draft(Database& db, const TemplateRepository& repo,
                                       const StatuteLibrary* library, const Booking& booking,
                                       const QString& templateId, const QDate& documentDate);
};

} // namespace cd
