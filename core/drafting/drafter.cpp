#include "drafter.h"

#include "draftinglog.h"
#include "storage/database.h"
#include "templaterenderer.h"
#include "templaterepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

Result<DraftDocument> Drafter::draft(const CaseRecord& c, const QString& templateId,
                                     const DraftOptions& options) const
{
    const DocumentTemplate* t = m_repo.find(templateId);
    if (!t)
        return makeError(ErrorCode::NotFound,
                         tr("There is no template “%1”. Known templates: %2.")
                             .arg(templateId, m_repo.ids().join(QStringLiteral(", "))));
    DraftDocument doc;
    doc.templateId = templateId;
    doc.title = t->meta.title;
    doc.caseNumber = c.caseNumber;
    doc.date = options.date.isValid() ? options.date : QDate::currentDate();
    DraftOptions o = options;
    o.date = doc.date;
    const QVariantMap ctx = DraftContext::build(c, o, m_repo, m_library, &doc.warnings);
    TemplateRenderer renderer([this](const QString& id) { return m_repo.clause(id); });
    auto paragraphs = renderer.render(*t, ctx);
    if (!paragraphs)
        return paragraphs.error();
    doc.paragraphs = paragraphs.value();
    doc.caseSnapshot = DraftContext::snapshot(c, doc.date);
    doc.caseSnapshot.insert(QStringLiteral("template"), templateId);
    for (const QString& w : renderer.warnings())
        qCDebug(lcDrafting) << templateId << w;
    return doc;
}

Result<QVector<EvidenceRef>> Drafter::evidenceFor(Database& db, qint64 caseId)
{
    QVector<EvidenceRef> out;
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("SELECT title, submitted_by FROM evidence WHERE case_id=? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return databaseError(tr("reading the evidence list"), q.lastError().text());
    while (q.next())
        out << EvidenceRef{int(out.size() + 1), q.value(0).toString(), q.value(1).toString()};
    return out;
}

} // namespace cd
