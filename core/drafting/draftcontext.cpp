#include "draftcontext.h"

#include "chinesedate.h"
#include "money.h"
#include "provisions.h"
#include "statutes/statutelibrary.h"
#include "templaterepository.h"

#include <QJsonArray>

namespace cd {

namespace {

// Role keys as stored → the Chinese names documents use, and the context list they go into.
struct RoleInfo
{
    const char* key;
    const char16_t* name;
    const char* listKey;
};
const RoleInfo kRoles[] = {
    {"plaintiff", u"原告", "plaintiff"},
    {"defendant", u"被告", "defendant"},
    {"third-party", u"第三人", "thirdParty"},
    {"appellant", u"上诉人", "appellant"},
    {"appellee", u"被上诉人", "appellee"},
    {"applicant", u"申请人", "applicant"},
    {"respondent", u"被申请人", "respondent"},
    {"prosecutor", u"公诉机关", "prosecutor"},
    {"accused", u"被告人", "accused"},
    {"victim", u"被害人", "victim"},
    {"enforcement-applicant", u"申请执行人", "enforcementApplicant"},
    {"enforcement-respondent", u"被执行人", "enforcementRespondent"},
};

const RoleInfo* roleInfo(const QString& key)
{
    for (const RoleInfo& r : kRoles) {
        if (key == QLatin1String(r.key))
            return &r;
    }
    return nullptr;
}

// Resident ID: characters 7-14 are the birth date, the 17th is odd for men.
void personFromId(const QString& id, QVariantMap& p)
{
    if (id.size() != 18)
        return;
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (birth.isValid())
        p.insert(QStringLiteral("birth"), birth);
    if (id.at(16).isDigit())
        p.insert(QStringLiteral("gender"),
                 id.at(16).digitValue() % 2 ? QStringLiteral("男") : QStringLiteral("女"));
}

QVariantMap partyMap(const Party& party)
{
    QVariantMap p;
    const RoleInfo* info = roleInfo(party.role);
    p.insert(QStringLiteral("name"), party.name);
    p.insert(QStringLiteral("role"), party.role);
    p.insert(QStringLiteral("roleName"), info ? QString::fromUtf16(info->name) : party.role);
    const bool org = party.kind == QLatin1String("organisation");
    p.insert(QStringLiteral("isOrganisation"), org);
    p.insert(QStringLiteral("idNumber"), party.idNumber);
    p.insert(QStringLiteral("address"), party.address);
    QStringList desc;
    if (!org) {
        personFromId(party.idNumber, p);
        if (p.contains(QStringLiteral("gender")))
            desc << p.value(QStringLiteral("gender")).toString();
        if (p.contains(QStringLiteral("birth")))
            desc << ChineseDate::formatArabic(p.value(QStringLiteral("birth")).toDate()) +
                        QStringLiteral("出生");
        if (!party.address.isEmpty())
            desc << QStringLiteral("住") + party.address;
    } else if (!party.address.isEmpty()) {
        desc << QStringLiteral("住所地") + party.address;
    }
    p.insert(QStringLiteral("description"), desc.join(QChar(u'，')));
    // The agent column holds 法定代表人X for organisations and X（title） for attorneys.
    const QString agent = party.agent.trimmed();
    static const QString rep = QStringLiteral("法定代表人");
    if (agent.startsWith(rep)) {
        p.insert(QStringLiteral("representative"), agent.mid(rep.size()).remove(QChar(u'：')));
    } else if (!agent.isEmpty()) {
        const int open = agent.indexOf(QChar(u'（'));
        const int close = agent.lastIndexOf(QChar(u'）'));
        if (open > 0 && close > open) {
            p.insert(QStringLiteral("agentName"), agent.left(open));
            p.insert(QStringLiteral("agentTitle"), agent.mid(open + 1, close - open - 1));
        } else {
            p.insert(QStringLiteral("agentName"), agent);
        }
    }
    return p;
}

QDate firstEvent(const CaseRecord& c, const QString& type, QString* note = nullptr)
{
    for (const CaseEvent& e : c.events) {
        if (e.type == type) {
            if (note)
                *note = e.note;
            return e.startsOn;
        }
    }
    return {};
}

} // namespace

QString DraftContext::roleName(const QString& roleKey)
{
    const RoleInfo* r = roleInfo(roleKey);
    return r ? QString::fromUtf16(r->name) : roleKey;
}

QString DraftContext::procedureName(const QString& key)
{
    if (key.endsWith(QLatin1String("small-claims")))
        return QStringLiteral("小额诉讼程序");
    if (key.endsWith(QLatin1String("fast-track")))
        return QStringLiteral("速裁程序");
    if (key.endsWith(QLatin1String("simplified")))
        return QStringLiteral("简易程序");
    return QStringLiteral("普通程序");
}

CourtFeeInput DraftContext::feeInput(const CaseRecord& c)
{
    CourtFeeInput in;
    in.category = CourtFee::categoryFor(c.kind, c.cause);
    in.claimFen = c.claimFen;
    in.simplified = CourtFee::isSimplifiedProcedure(c.procedure);
    return in;
}

QVariantMap DraftContext::build(const CaseRecord& c, const DraftOptions& o,
                                const TemplateRepository& repo, const StatuteLibrary* library,
                                QStringList* warnings)
{
    QVariantMap ctx;
    const QDate date = o.date.isValid() ? o.date : QDate::currentDate();
    ctx.insert(QStringLiteral("document"),
               QVariantMap{{QStringLiteral("date"), date}, {QStringLiteral("year"), date.year()}});

    const CourtDirectory courts = CourtDirectory::fromRepository(repo);
    // Documents carry the court's formal name (甘肃省兰州市城关区人民法院); the court table has
    // it, while the case store may hold a short name for lists.
    QString courtName = courts.name(c.courtCode);
    if (courtName.isEmpty() && c.courtName != c.courtCode)
        courtName = c.courtName;
    if (courtName.isEmpty()) {
        courtName = c.courtCode;
        if (warnings)
            *warnings << tr("The court %1 has no name in the court table; add it to "
                            "templates/data/courts.tsv in the profile.")
                             .arg(c.courtCode);
    }
    ctx.insert(QStringLiteral("court"),
               QVariantMap{{QStringLiteral("code"), c.courtCode},
                           {QStringLiteral("name"), courtName},
                           {QStringLiteral("appealCourt"), courts.appealCourtName(c.courtCode)}});

    QString hearingPlace;
    QDate hearing = firstEvent(c, QStringLiteral("hearing"), &hearingPlace);
    // A booked sitting (core/hearing) passes its exact time and room; a hearing event has only
    // a day, and documents then name the morning session.
    QString hearingTime;
    if (const QDateTime at = o.fields.value(QStringLiteral("hearingAt")).toDateTime();
        at.isValid()) {
        hearing = at.date();
        hearingTime =
            ChineseDate::formatArabic(at.date()) + ChineseDate::formatTimeOfDay(at.time());
    } else if (hearing.isValid()) {
        hearingTime =
            ChineseDate::formatArabic(hearing) + ChineseDate::formatTimeOfDay(QTime(9, 0));
    }
    if (const QString place = o.fields.value(QStringLiteral("hearingPlace")).toString();
        !place.isEmpty())
        hearingPlace = place;
    const bool simplified = c.procedure.endsWith(QLatin1String("simplified")) ||
                            c.procedure.endsWith(QLatin1String("small-claims")) ||
                            c.procedure.endsWith(QLatin1String("fast-track"));
    ctx.insert(QStringLiteral("case"),
               QVariantMap{{QStringLiteral("number"), c.caseNumber},
                           {QStringLiteral("cause"), c.cause},
                           {QStringLiteral("kind"), c.kind},
                           {QStringLiteral("procedure"), c.procedure},
                           {QStringLiteral("procedureName"), procedureName(c.procedure)},
                           {QStringLiteral("simplified"), simplified},
                           {QStringLiteral("smallClaims"),
                            c.procedure.endsWith(QLatin1String("small-claims"))},
                           {QStringLiteral("filed"), c.filedOn},
                           {QStringLiteral("served"), firstEvent(c, QStringLiteral("served"))},
                           {QStringLiteral("hearing"), hearing},
                           {QStringLiteral("hearingPlace"), hearingPlace},
                           {QStringLiteral("hearingTime"), hearingTime},
                           {QStringLiteral("claim"), c.claimFen},
                           {QStringLiteral("hasClaim"), c.claimFen > 0},
                           {QStringLiteral("summary"), c.summary}});

    auto fee = CourtFee::compute(feeInput(c));
    if (fee) {
        // Withdrawal and mediation halve the full fee, once (民诉法解释 art. 206).
        ctx.insert(QStringLiteral("fee"),
                   QVariantMap{{QStringLiteral("amount"), fee->feeFen},
                               {QStringLiteral("full"), fee->fullFen},
                               {QStringLiteral("halved"), fee->halved},
                               {QStringLiteral("half"), (fee->fullFen + 1) / 2},
                               {QStringLiteral("basis"), fee->basis.join(QChar(u'、'))}});
    }

    QVariantMap parties;
    QVariantMap names;
    QVariantList all;
    for (const Party& p : c.parties) {
        const QVariantMap m = partyMap(p);
        all << m;
        const RoleInfo* info = roleInfo(p.role);
        const QString listKey = info ? QLatin1String(info->listKey) : p.role;
        QVariantList list = parties.value(listKey).toList();
        list << m;
        parties.insert(listKey, list);
        QStringList n = names.value(listKey).toString().split(QChar(u'、'), Qt::SkipEmptyParts);
        n << p.name;
        names.insert(listKey, n.join(QChar(u'、')));
    }
    parties.insert(QStringLiteral("all"), all);
    // Attorneys and defenders with the party they act for (出庭通知书 goes to them).
    QVariantList agents;
    for (const QVariant& v : qAsConst(all)) {
        const QVariantMap m = v.toMap();
        if (m.contains(QStringLiteral("agentName")))
            agents << QVariantMap{
                {QStringLiteral("name"), m.value(QStringLiteral("agentName"))},
                {QStringLiteral("title"), m.value(QStringLiteral("agentTitle"))},
                {QStringLiteral("party"), m.value(QStringLiteral("name"))},
                {QStringLiteral("partyRole"), m.value(QStringLiteral("roleName"))}};
    }
    ctx.insert(QStringLiteral("agents"), agents);
    ctx.insert(QStringLiteral("parties"), parties);
    ctx.insert(QStringLiteral("names"), names);

    // Ordinary procedure: a collegial panel with the judge presiding; otherwise a sole judge.
    QVariantList members;
    const QStringList others = c.panel.split(QChar(u'、'), Qt::SkipEmptyParts);
    const bool collegial = !others.isEmpty();
    members << QVariantMap{
        {QStringLiteral("title"), collegial ? QStringLiteral("审判长") : QStringLiteral("审判员")},
        {QStringLiteral("name"), c.judge}};
    for (const QString& o2 : others)
        members << QVariantMap{{QStringLiteral("title"), QStringLiteral("审判员")},
                               {QStringLiteral("name"), o2.trimmed()}};
    ctx.insert(QStringLiteral("panel"), QVariantMap{{QStringLiteral("judge"), c.judge},
                                                    {QStringLiteral("collegial"), collegial},
                                                    {QStringLiteral("members"), members}});

    QString basis;
    for (const QStringList& row : repo.table(QStringLiteral("legal-basis"))) {
        if (row.size() >= 2 && row.at(0) == c.cause)
            basis = row.at(1);
    }
    ctx.insert(QStringLiteral("basis"), basis);

    QVariantMap provisions;
    const ProvisionTable table = ProvisionTable::fromRepository(repo);
    for (const QString& key : table.keys()) {
        const ProvisionCitation pc = table.resolve(key, date, library);
        provisions.insert(key, QVariantMap{{QStringLiteral("citation"), pc.citation},
                                           {QStringLiteral("article"), pc.article},
                                           {QStringLiteral("law"), pc.law},
                                           {QStringLiteral("text"), pc.text},
                                           {QStringLiteral("verified"),
                                            pc.status == ProvisionCitation::Status::Verified}});
        if (pc.status != ProvisionCitation::Status::Verified && warnings)
            *warnings << pc.message;
    }
    ctx.insert(QStringLiteral("provision"), provisions);

    QVariantList evidence;
    for (const EvidenceRef& e : o.evidence)
        evidence << QVariantMap{{QStringLiteral("index"), e.index},
                                {QStringLiteral("title"), e.title},
                                {QStringLiteral("submittedBy"), e.submittedBy}};
    ctx.insert(QStringLiteral("evidence"), evidence);
    ctx.insert(QStringLiteral("fields"), o.fields);
    return ctx;
}

QJsonObject DraftContext::snapshot(const CaseRecord& c, const QDate& documentDate)
{
    QJsonArray parties;
    for (const Party& p : c.parties)
        parties.append(QJsonObject{{QStringLiteral("role"), p.role},
                                   {QStringLiteral("roleName"), roleName(p.role)},
                                   {QStringLiteral("name"), p.name}});
    QJsonObject o{
        {QStringLiteral("caseNumber"), c.caseNumber},
        {QStringLiteral("courtCode"), c.courtCode},
        {QStringLiteral("cause"), c.cause},
        {QStringLiteral("kind"), c.kind},
        {QStringLiteral("procedure"), c.procedure},
        {QStringLiteral("filedOn"), c.filedOn.toString(Qt::ISODate)},
        {QStringLiteral("documentDate"), documentDate.toString(Qt::ISODate)},
        {QStringLiteral("claimFen"), c.claimFen},
        {QStringLiteral("parties"), parties},
    };
    return o;
}

} // namespace cd
