#include "extractionapplier.h"

#include <limits>

namespace cd {

namespace {

Party* findParty(CaseRecord& r, const QString& name)
{
    for (Party& p : r.parties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

bool looksLikeOrganisation(const QString& name)
{
    static const QStringList suffixes{QStringLiteral("公司"),   QStringLiteral("银行"),
                                      QStringLiteral("合作社"), QStringLiteral("委员会"),
                                      QStringLiteral("中心"),   QStringLiteral("局"),
                                      QStringLiteral("厂"),     QStringLiteral("医院"),
                                      QStringLiteral("学校"),   QStringLiteral("事务所")};
    for (const QString& s : suffixes) {
        if (name.endsWith(s))
            return true;
    }
    return false;
}

// The party to hold an ID or phone: the named one, else the only one that lacks the value.
Result<Party*> holder(CaseRecord& r, const QString& name, bool (*lacks)(const Party&),
                      const QString& what)
{
    if (!name.isEmpty()) {
        if (Party* p = findParty(r, name))
            return p;
        return makeError(ErrorCode::InvalidInput,
                         ExtractionApplier::tr("%1 is not a party of this case yet. Add the "
                                               "party first, then use the %2.")
                             .arg(name, what));
    }
    Party* only = nullptr;
    int count = 0;
    for (Party& p : r.parties) {
        if (lacks(p)) {
            only = &p;
            ++count;
        }
    }
    if (count == 1)
        return only;
    return makeError(ErrorCode::InvalidInput,
                     count == 0
                         ? ExtractionApplier::tr("No party of this case lacks a %1.").arg(what)
                         : ExtractionApplier::tr("Several parties lack a %1; the page does "
                                                 "not say whose it is. Enter it in the "
                                                 "party's form.")
                               .arg(what));
}

} // namespace

bool ExtractionApplier::needsEventType(const Extraction& e)
{
    return e.kind == ExtractKind::Date;
}

QString ExtractionApplier::nearestPartyName(const QVector<Extraction>& all, const Extraction& e)
{
    QString before;
    QString after;
    int bestBefore = std::numeric_limits<int>::max();
    int bestAfter = std::numeric_limits<int>::max();
    for (const Extraction& x : all) {
        if (x.kind != ExtractKind::PartyName || x.page != e.page)
            continue;
        const int d = e.offset - x.offset;
        if (d >= 0 && d < bestBefore) {
            bestBefore = d;
            before = x.value;
        } else if (d < 0 && -d < bestAfter) {
            bestAfter = -d;
            after = x.value;
        }
    }
    return before.isEmpty() ? after : before;
}

Result<QString> ExtractionApplier::apply(CaseRecord& r, const Extraction& e, const ApplyTarget& t)
{
    switch (e.kind) {
    case ExtractKind::CaseNumber:
        if (r.caseNumber == e.value)
            return makeError(ErrorCode::NotFound,
                             tr("The case number is already %1.").arg(e.value));
        r.caseNumber = e.value;
        return tr("Case number set to %1").arg(e.value);
    case ExtractKind::Amount:
    case ExtractKind::AmountInCapitals: {
        bool ok = false;
        const qint64 fen = e.value.toLongLong(&ok);
        if (!ok || fen < 0)
            return makeError(ErrorCode::InvalidInput,
                             tr("The amount %1 is not usable.").arg(e.display));
        if (r.claimFen == fen)
            return makeError(ErrorCode::NotFound,
                             tr("The claim amount is already %1.").arg(e.display));
        r.claimFen = fen;
        return tr("Claim amount set to %1").arg(e.display);
    }
    case ExtractKind::PartyName: {
        if (Party* p = findParty(r, e.value)) {
            if (p->role == e.role)
                return makeError(ErrorCode::NotFound,
                                 tr("%1 is already a party of this case.").arg(e.value));
            p->role = e.role;
            return tr("Role of %1 set to %2")
                .arg(e.value, CaseVocabulary::label(CaseVocabulary::partyRoles(), e.role));
        }
        Party p;
        p.role = e.role.isEmpty() ? QStringLiteral("plaintiff") : e.role;
        p.name = e.value;
        p.kind = looksLikeOrganisation(e.value) ? QStringLiteral("organisation")
                                                : QStringLiteral("person");
        r.parties.append(p);
        return tr("Party added: %1 %2")
            .arg(CaseVocabulary::label(CaseVocabulary::partyRoles(), p.role), p.name);
    }
    case ExtractKind::ResidentId:
    case ExtractKind::CreditCode: {
        for (const Party& p : r.parties) {
            if (p.idNumber == e.value)
                return makeError(ErrorCode::NotFound,
                                 tr("%1 already has this ID number.").arg(p.name));
        }
        const bool org = e.kind == ExtractKind::CreditCode;
        auto lacks = org ? +[](const Party& p) {
            return p.idNumber.isEmpty() && p.kind == QLatin1String("organisation");
        }
                         : +[](const Party& p) {
                               return p.idNumber.isEmpty() && p.kind != QLatin1String("organisation");
                           };
        auto h = holder(r, t.partyName, lacks,
                        org ? tr("unified social credit code") : tr("resident ID number"));
        if (!h)
            return h.error();
        if (!h.value()->idNumber.isEmpty() && h.value()->idNumber != e.value)
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 already has another ID number (%2). Change it in the "
                                "party's form if the new one is right.")
                                 .arg(h.value()->name, h.value()->idNumber));
        h.value()->idNumber = e.value;
        return tr("ID number of %1 set").arg(h.value()->name);
    }
    case ExtractKind::Phone: {
        for (const Party& p : r.parties) {
            if (p.phone == e.value)
                return makeError(ErrorCode::NotFound,
                                 tr("%1 already has this phone number.").arg(p.name));
        }
        auto h = holder(
            r, t.partyName, +[](const Party& p) { return p.phone.isEmpty(); }, tr("phone number"));
        if (!h)
            return h.error();
        if (!h.value()->phone.isEmpty())
            h.value()->phone += QStringLiteral("、");
        h.value()->phone += e.value;
        return tr("Phone number of %1 set to %2").arg(h.value()->name, e.value);
    }
    case ExtractKind::Date: {
        const QDate d = QDate::fromString(e.value, Qt::ISODate);
        if (!d.isValid())
            return makeError(ErrorCode::InvalidInput, tr("%1 is not a valid date.").arg(e.display));
        if (t.eventType == QLatin1String("filed_on")) {
            if (r.filedOn == d)
                return makeError(ErrorCode::NotFound,
                                 tr("The filing date is already %1.").arg(e.value));
            r.filedOn = d;
            return tr("Filing date set to %1").arg(e.value);
        }
        const QString label = CaseVocabulary::label(CaseVocabulary::eventTypes(), t.eventType);
        if (t.eventType.isEmpty() || label == t.eventType)
            return makeError(ErrorCode::InvalidInput,
                             tr("Choose what the date %1 is.").arg(e.value));
        for (const CaseEvent& ev : r.events) {
            if (ev.type == t.eventType && ev.startsOn == d)
                return makeError(
                    ErrorCode::NotFound,
                    tr("The case already has the event %1 on %2.").arg(label, e.value));
        }
        CaseEvent ev;
        ev.type = t.eventType;
        ev.startsOn = d;
        ev.note = t.source;
        r.events.append(ev);
        return tr("Event added: %1 on %2").arg(label, e.value);
    }
    }
    return makeError(ErrorCode::Unsupported, tr("This suggestion cannot be used for the case."));
}

} // namespace cd
