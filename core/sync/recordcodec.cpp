#include "recordcodec.h"

#include "protocol/protocol.h"

#include <QJsonArray>

namespace cd {

namespace {

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue nullableDate(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDate dateOf(const QJsonValue& v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

} // namespace

QStringList RecordCodec::caseFields()
{
    return {
        QStringLiteral("case_number"), QStringLiteral("court_code"), QStringLiteral("court_name"),
        QStringLiteral("cause"),       QStringLiteral("kind"),       QStringLiteral("procedure"),
        QStringLiteral("status"),      QStringLiteral("filed_on"),   QStringLiteral("closed_on"),
        QStringLiteral("judge"),       QStringLiteral("panel"),      QStringLiteral("claim_fen"),
        QStringLiteral("summary"),     QStringLiteral("parties"),    QStringLiteral("events")};
}

QStringList RecordCodec::evidenceFields()
{
    return {
        QStringLiteral("case_uuid"),   QStringLiteral("title"),      QStringLiteral("submitted_by"),
        QStringLiteral("description"), QStringLiteral("position"),   QStringLiteral("source"),
        QStringLiteral("file_name"),   QStringLiteral("media_type"), QStringLiteral("size_bytes"),
        QStringLiteral("sha256"),      QStringLiteral("pages"),      QStringLiteral("language"),
        QStringLiteral("imported_at"), QStringLiteral("importer")};
}

QJsonObject RecordCodec::caseToJson(const CaseRecord& c)
{
    QJsonArray parties;
    for (const Party& p : c.parties)
        parties.append(QJsonObject{{QStringLiteral("role"), p.role},
                                   {QStringLiteral("kind"), p.kind},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("id_number"), p.idNumber},
                                   {QStringLiteral("address"), p.address},
                                   {QStringLiteral("phone"), p.phone},
                                   {QStringLiteral("agent"), p.agent}});
    QJsonArray events;
    for (const CaseEvent& e : c.events)
        events.append(QJsonObject{{QStringLiteral("type"), e.type},
                                  {QStringLiteral("starts_on"), isoDate(e.startsOn)},
                                  {QStringLiteral("ends_on"), nullableDate(e.endsOn)},
                                  {QStringLiteral("extension_months"), e.extensionMonths},
                                  {QStringLiteral("extension_days"), e.extensionDays},
                                  {QStringLiteral("approved_by"), e.approvedBy},
                                  {QStringLiteral("note"), e.note}});
    return QJsonObject{
        {QStringLiteral("uuid"), c.uuid},
        {QStringLiteral("case_number"), c.caseNumber},
        {QStringLiteral("court_code"), c.courtCode},
        // A court first seen without a name is stored under its code.
        {QStringLiteral("court_name"), c.courtName.isEmpty() ? c.courtCode : c.courtName},
        {QStringLiteral("cause"), c.cause},
        {QStringLiteral("kind"), c.kind},
        {QStringLiteral("procedure"), c.procedure},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("filed_on"), isoDate(c.filedOn)},
        {QStringLiteral("closed_on"), nullableDate(c.closedOn)},
        {QStringLiteral("judge"), c.judge},
        {QStringLiteral("panel"), c.panel},
        {QStringLiteral("claim_fen"), double(c.claimFen)},
        {QStringLiteral("summary"), c.summary},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("events"), events}};
}

Result<void> RecordCodec::caseFromJson(const QJsonObject& b, CaseRecord& c)
{
    if (!b.value(QStringLiteral("uuid")).isString() ||
        !b.value(QStringLiteral("case_number")).isString())
        return makeError(ErrorCode::Corrupt, tr("The server sent a case without a number."));
    c.uuid = b.value(QStringLiteral("uuid")).toString();
    c.caseNumber = b.value(QStringLiteral("case_number")).toString();
    c.courtCode = b.value(QStringLiteral("court_code")).toString();
    c.courtName = b.value(QStringLiteral("court_name")).toString();
    c.cause = b.value(QStringLiteral("cause")).toString();
    c.kind = b.value(QStringLiteral("kind")).toString();
    c.procedure = b.value(QStringLiteral("procedure")).toString();
    c.status = b.value(QStringLiteral("status")).toString(QStringLiteral("open"));
    c.filedOn = dateOf(b.value(QStringLiteral("filed_on")));
    c.closedOn = dateOf(b.value(QStringLiteral("closed_on")));
    c.judge = b.value(QStringLiteral("judge")).toString();
    c.panel = b.value(QStringLiteral("panel")).toString();
    c.claimFen = qint64(b.value(QStringLiteral("claim_fen")).toDouble());
    c.summary = b.value(QStringLiteral("summary")).toString();
    c.parties.clear();
    for (const QJsonValue& v : b.value(QStringLiteral("parties")).toArray()) {
        const QJsonObject o = v.toObject();
        Party p;
        p.role = o.value(QStringLiteral("role")).toString();
        p.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("person"));
        p.name = o.value(QStringLiteral("name")).toString();
        p.idNumber = o.value(QStringLiteral("id_number")).toString();
        p.address = o.value(QStringLiteral("address")).toString();
        p.phone = o.value(QStringLiteral("phone")).toString();
        p.agent = o.value(QStringLiteral("agent")).toString();
        c.parties << p;
    }
    c.events.clear();
    for (const QJsonValue& v : b.value(QStringLiteral("events")).toArray()) {
        const QJsonObject o = v.toObject();
        CaseEvent e;
        e.type = o.value(QStringLiteral("type")).toString();
        e.startsOn = dateOf(o.value(QStringLiteral("starts_on")));
        e.endsOn = dateOf(o.value(QStringLiteral("ends_on")));
        e.extensionMonths = o.value(QStringLiteral("extension_months")).toInt();
        e.extensionDays = o.value(QStringLiteral("extension_days")).toInt();
        e.approvedBy = o.value(QStringLiteral("approved_by")).toString();
        e.note = o.value(QStringLiteral("note")).toString();
        c.events << e;
    }
    return {};
}

QJsonObject RecordCodec::evidenceToJson(const EvidenceItem& e, const QString& uuid,
                                        const QString& caseUuid)
{
    return QJsonObject{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("case_uuid"), caseUuid},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("submitted_by"), e.submittedBy},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("position"), e.position},
        {QStringLiteral("source"), e.source},
        {QStringLiteral("file_name"), e.fileName},
        {QStringLiteral("media_type"), e.mediaType},
        {QStringLiteral("size_bytes"), double(e.sizeBytes)},
        {QStringLiteral("sha256"), e.sha256},
        {QStringLiteral("pages"), e.pages},
        {QStringLiteral("language"), e.language},
        {QStringLiteral("imported_at"),
         e.importedAt.isValid() ? e.importedAt.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("importer"), e.importer}};
}

Error RecordCodec::unreadableAnswer(const QString& detail)
{
    // Kept in the sync engine's translation context, where the message has always been.
    return makeError(ErrorCode::Corrupt,
                     QCoreApplication::translate(
                         "cd::SyncEngine", "The server sent an answer CourtDesk cannot read."),
                     detail);
}

bool RecordCodec::isBlobHash(const QString& s)
{
    return protocol::isSha256Hex(s.toStdString());
}

} // namespace cd
