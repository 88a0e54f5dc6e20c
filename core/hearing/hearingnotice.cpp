#include "hearingnotice.h"

#include "cases/caserepository.h"
#include "drafting/drafter.h"
#include "drafting/templaterepository.h"

namespace cd {

QStringList HearingNotice::templateIds(const TemplateRepository& repo)
{
    QStringList out;
    for (const QString& id : {QStringLiteral("summons"), QStringLiteral("notice-to-appear"),
                              QStringLiteral("hearing-announcement")}) {
        if (repo.find(id))
            out << id;
    }
    return out;
}

Result<DraftDocument> HearingNotice::draft(Database& db, const TemplateRepository& repo,
                                           const StatuteLibrary* library, const Booking& b,
                                           const QString& templateId, const QDate& documentDate)
{
    if (!templateIds(repo).contains(templateId))
        return makeError(ErrorCode::NotFound,
                         tr("There is no hearing notice template “%1”.").arg(templateId));
    auto c = CaseRepository(db, QString()).load(b.caseId);
    if (!c)
        return c.error();
    DraftOptions options;
    options.date = documentDate;
    options.fields.insert(QStringLiteral("hearingAt"), b.startsAt);
    options.fields.insert(QStringLiteral("hearingPlace"), b.roomName);
    if (!b.clerk.isEmpty())
        options.fields.insert(QStringLiteral("clerk"), b.clerk);
    if (auto ev = Drafter::evidenceFor(db, b.caseId))
        options.evidence = ev.value();
    return Drafter(repo, library).draft(c.value(), templateId, options);
}

} // namespace cd
