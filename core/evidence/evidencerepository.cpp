#include "evidencerepository.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "evidencelogging.h"
#include "evidencesearch.h"
#include "storage/database.h"
#include "sync/syncstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

struct StatusName
{
    EvidenceOcrStatus status;
    const char* key;
};

const StatusName kStatusNames[] = {
    {EvidenceOcrStatus::None, "none"},     {EvidenceOcrStatus::Running, "running"},
    {EvidenceOcrStatus::Done, "done"},     {EvidenceOcrStatus::Partial, "partial"},
    {EvidenceOcrStatus::Failed, "failed"}, {EvidenceOcrStatus::NeedsPassword, "needs-password"},
};

// QtSql binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
QVariant str(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QString isoNow()
{
    return Clock::instance().now().toUTC().toString(Qt::ISODateWithMs);
}

const char* kItemColumns =
    "id, case_id, position, title, submitted_by, description, source, "
    "file_name, media_type, sha256, size_bytes, pages, importer, created_at, "
    "language, ocr_status";

EvidenceItem itemFrom(const QSqlQuery& q)
{
    EvidenceItem e;
    e.id = q.value(0).toLongLong();
    e.caseId = q.value(1).toLongLong();
    e.position = q.value(2).toInt();
    e.title = q.value(3).toString();
    e.submittedBy = q.value(4).toString();
    e.description = q.value(5).toString();
    e.source = q.value(6).toString();
    e.fileName = q.value(7).toString();
    e.mediaType = q.value(8).toString();
    e.sha256 = q.value(9).toString();
    e.sizeBytes = q.value(10).toLongLong();
    e.pages = q.value(11).toInt();
    e.importer = q.value(12).toString();
    e.importedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    e.language = q.value(14).toString();
    e.ocrStatus = evidenceOcrStatusFromKey(q.value(15).toString());
    return e;
}

QString wordsJson(const QVector<ocr::OcrWord>& words)
{
    QJsonArray a;
    for (const ocr::OcrWord& w : words)
        a.append(QJsonArray{w.box.x(), w.box.y(), w.box.width(), w.box.height(),
                            qRound(w.confidence * 10) / 10.0, w.text});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QVector<ocr::OcrWord> wordsFrom(const QString& json)
{
    QVector<ocr::OcrWord> out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    out.reserve(a.size());
    for (const QJsonValue& v : a) {
        const QJsonArray w = v.toArray();
        if (w.size() >= 6)
            out.append(ocr::OcrWord{QRect(w[0].toInt(), w[1].toInt(), w[2].toInt(), w[3].toInt()),
                                    float(w[4].toDouble()), w[5].toString()});
    }
    return out;
}

} // namespace

QString evidenceOcrStatusKey(EvidenceOcrStatus s)
{
    for (const auto& n : kStatusNames) {
        if (n.status == s)
            return QString::fromLatin1(n.key);
    }
    return QStringLiteral("none");
}

EvidenceOcrStatus evidenceOcrStatusFromKey(const QString& key)
{
    for (const auto& n : kStatusNames) {
        if (key == QLatin1String(n.key))
            return n.status;
    }
    return EvidenceOcrStatus::None;
}

EvidenceRepository::EvidenceRepository(Database& db, QString actor)
    : m_db(db), m_actor(std::move(actor))
{
}

Result<void> EvidenceRepository::audit(const QString& action, qint64 evidenceId,
                                       const QJsonObject& details)
{
    auto r = AuditLog(m_db).append(
        m_actor, action, QStringLiteral("evidence"), QString::number(evidenceId),
        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!r)
        return r.error();
    return {};
}

Result<qint64> EvidenceRepository::findBySha(qint64 caseId, const QString& sha256)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM evidence WHERE case_id=? AND sha256=? LIMIT 1"));
    q.addBindValue(caseId);
    q.addBindValue(sha256);
    if (!q.exec())
        return queryError(tr("reading the evidence list"), q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> EvidenceRepository::create(EvidenceItem& item)
{
    if (item.caseId <= 0 || item.sha256.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Evidence must belong to a case."));
    qint64 id = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        QSqlQuery pos(m_db.sql());
        pos.prepare(
            QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM evidence WHERE case_id=?"));
        pos.addBindValue(item.caseId);
        if (!pos.exec() || !pos.next())
            return queryError(tr("adding evidence"), pos);
        item.position = pos.value(0).toInt();
        item.importedAt = Clock::instance().now().toUTC();
        item.importer = item.importer.isEmpty() ? m_actor : item.importer;
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "INSERT INTO evidence(case_id, position, title, submitted_by, description, source, "
            "file_name, media_type, sha256, size_bytes, pages, importer, created_at, language, "
            "ocr_status) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        for (const QVariant& v :
             {QVariant(item.caseId), QVariant(item.position), str(item.title),
              str(item.submittedBy), str(item.description), str(item.source), str(item.fileName),
              str(item.mediaType), str(item.sha256), QVariant(item.sizeBytes), QVariant(item.pages),
              str(item.importer), QVariant(item.importedAt.toString(Qt::ISODateWithMs)),
              str(item.language), QVariant(evidenceOcrStatusKey(item.ocrStatus))})
            q.addBindValue(v);
        if (!q.exec())
            return queryError(tr("adding evidence"), q);
        id = q.lastInsertId().toLongLong();
        // The outbox row (core/sync) also gives the item its uuid.
        if (auto o = SyncStore(m_db).enqueueEvidence(id); !o)
            return o;
        return audit(QStringLiteral("evidence.import"), id,
                     QJsonObject{{QStringLiteral("case"), item.caseId},
                                 {QStringLiteral("sha256"), item.sha256},
                                 {QStringLiteral("file"), item.fileName},
                                 {QStringLiteral("source"), item.source},
                                 {QStringLiteral("bytes"), item.sizeBytes}});
    });
    if (!r)
        return r.error();
    item.id = id;
    qCInfo(lcEvidence) << "imported evidence" << id << item.fileName;
    return id;
}

Result<EvidenceItem> EvidenceRepository::load(qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT %1 FROM evidence WHERE id=?").arg(QLatin1String(kItemColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(tr("reading evidence"), q);
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The evidence item no longer exists."));
    return itemFrom(q);
}

Result<QVector<EvidenceItem>> EvidenceRepository::listForCase(qint64 caseId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM evidence WHERE case_id=? ORDER BY position, id")
                  .arg(QLatin1String(kItemColumns)));
    q.addBindValue(caseId);
    if (!q.exec())
        return queryError(tr("reading the evidence list"), q);
    QVector<EvidenceItem> out;
    while (q.next())
        out << itemFrom(q);
    return out;
}

Result<void> EvidenceRepository::updateListEntry(qint64 id, const QString& title,
                                                 const QString& submittedBy,
                                                 const QString& description)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "UPDATE evidence SET title=?, submitted_by=?, description=? WHERE id=?"));
        q.addBindValue(str(title));
        q.addBindValue(str(submittedBy));
        q.addBindValue(str(description));
        q.addBindValue(id);
        if (!q.exec())
            return queryError(tr("saving the evidence list"), q);
        if (auto o = SyncStore(m_db).enqueueEvidence(id); !o)
            return o;
        return audit(QStringLiteral("evidence.describe"), id,
                     QJsonObject{{QStringLiteral("title"), title},
                                 {QStringLiteral("submittedBy"), submittedBy},
                                 {QStringLiteral("description"), description}});
    });
}

Result<void> EvidenceRepository::setPageCount(qint64 id, int pages)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE evidence SET pages=? WHERE id=?"));
        q.addBindValue(pages);
        q.addBindValue(id);
        if (!q.exec())
            return queryError(tr("saving evidence"), q);
        return SyncStore(m_db).enqueueEvidence(id);
    });
}

Result<void> EvidenceRepository::setLanguage(qint64 id, const QString& language)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE evidence SET language=? WHERE id=?"));
        q.addBindValue(language);
        q.addBindValue(id);
        if (!q.exec())
            return queryError(tr("saving evidence"), q);
        return SyncStore(m_db).enqueueEvidence(id);
    });
}

Result<void> EvidenceRepository::setOcrStatus(qint64 id, EvidenceOcrStatus status, int pagesOk,
                                              int pagesFailed)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE evidence SET ocr_status=? WHERE id=?"));
        q.addBindValue(evidenceOcrStatusKey(status));
        q.addBindValue(id);
        if (!q.exec())
            return queryError(tr("saving evidence"), q);
        if (status == EvidenceOcrStatus::Running || status == EvidenceOcrStatus::None)
            return {};
        return audit(QStringLiteral("evidence.ocr"), id,
                     QJsonObject{{QStringLiteral("status"), evidenceOcrStatusKey(status)},
                                 {QStringLiteral("pagesOk"), pagesOk},
                                 {QStringLiteral("pagesFailed"), pagesFailed}});
    });
}

Result<qint64> EvidenceRepository::pageId(qint64 evidenceId, int pageNumber)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM evidence_pages WHERE evidence_id=? AND page_no=?"));
    q.addBindValue(evidenceId);
    q.addBindValue(pageNumber);
    if (!q.exec())
        return queryError(tr("reading evidence pages"), q);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<void> EvidenceRepository::savePage(qint64 evidenceId, const ocr::OcrPage& page)
{
    return m_db.transaction([&]() -> Result<void> {
        auto existing = pageId(evidenceId, page.pageNumber);
        if (!existing)
            return existing.error();
        QSqlQuery q(m_db.sql());
        // A page is recognised once; running OCR again only fills pages that failed before.
        q.prepare(QStringLiteral(
            "INSERT INTO evidence_pages(evidence_id, page_no, origin, language, width, height, "
            "dpi, "
            "mean_confidence, ocr_text, words, status, error, recognised_at) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,'ok','',?) ON CONFLICT(evidence_id, page_no) DO UPDATE SET "
            "origin=excluded.origin, language=excluded.language, width=excluded.width, "
            "height=excluded.height, dpi=excluded.dpi, mean_confidence=excluded.mean_confidence, "
            "ocr_text=excluded.ocr_text, words=excluded.words, status='ok', error='', "
            "recognised_at=excluded.recognised_at WHERE evidence_pages.status <> 'ok'"));
        for (const QVariant& v :
             {QVariant(evidenceId), QVariant(page.pageNumber),
              QVariant(page.source == ocr::TextOrigin::Ocr ? QStringLiteral("ocr")
                                                           : QStringLiteral("text")),
              str(page.language), QVariant(page.imageSize.width()),
              QVariant(page.imageSize.height()), QVariant(page.dpi), QVariant(page.meanConfidence),
              str(page.text), QVariant(wordsJson(page.words)), QVariant(isoNow())})
            q.addBindValue(v);
        if (!q.exec())
            return queryError(tr("saving recognised text"), q);
        auto id = pageId(evidenceId, page.pageNumber);
        if (!id)
            return id.error();
        return EvidenceSearch(m_db).indexPage(id.value(), page.text);
    });
}

Result<void> EvidenceRepository::savePageFailure(qint64 evidenceId, int pageNumber,
                                                 const QString& code, const QString& message)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO evidence_pages(evidence_id, page_no, status, error, recognised_at) "
        "VALUES(?,?,?,?,?) ON CONFLICT(evidence_id, page_no) DO UPDATE SET status=excluded.status, "
        "error=excluded.error WHERE evidence_pages.status <> 'ok'"));
    q.addBindValue(evidenceId);
    q.addBindValue(pageNumber);
    q.addBindValue(str(code));
    q.addBindValue(str(message));
    q.addBindValue(isoNow());
    if (!q.exec())
        return queryError(tr("saving recognised text"), q);
    return {};
}

Result<EvidencePage> EvidenceRepository::page(qint64 evidenceId, int pageNumber)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT p.id, p.origin, p.language, p.width, p.height, p.dpi, p.mean_confidence, "
        "p.ocr_text, p.words, p.status, p.error, p.recognised_at, "
        "(SELECT text FROM evidence_page_revisions r WHERE r.page_id = p.id ORDER BY revision DESC "
        "LIMIT 1), "
        "(SELECT MAX(revision) FROM evidence_page_revisions r WHERE r.page_id = p.id) "
        "FROM evidence_pages p WHERE p.evidence_id=? AND p.page_no=?"));
    q.addBindValue(evidenceId);
    q.addBindValue(pageNumber);
    if (!q.exec())
        return queryError(tr("reading evidence pages"), q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         tr("Page %1 has not been recognised yet.").arg(pageNumber));
    EvidencePage p;
    p.id = q.value(0).toLongLong();
    p.evidenceId = evidenceId;
    p.pageNumber = pageNumber;
    p.ocr.pageNumber = pageNumber;
    p.ocr.source = q.value(1).toString() == QLatin1String("text") ? ocr::TextOrigin::TextLayer
                                                                  : ocr::TextOrigin::Ocr;
    p.ocr.language = q.value(2).toString();
    p.ocr.imageSize = QSize(q.value(3).toInt(), q.value(4).toInt());
    p.ocr.dpi = q.value(5).toInt();
    p.ocr.meanConfidence = q.value(6).toDouble();
    p.ocr.text = q.value(7).toString();
    p.ocr.words = wordsFrom(q.value(8).toString());
    p.status = q.value(9).toString();
    p.error = q.value(10).toString();
    p.recognisedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    p.revision = q.value(13).toInt();
    p.currentText = p.revision > 0 ? q.value(12).toString() : p.ocr.text;
    return p;
}

Result<QVector<EvidencePage>> EvidenceRepository::pageSummaries(qint64 evidenceId)
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.page_no, p.status, p.error, p.mean_confidence, "
        "COALESCE((SELECT text FROM evidence_page_revisions r WHERE r.page_id = p.id "
        "ORDER BY revision DESC LIMIT 1), p.ocr_text), "
        "(SELECT COUNT(*) FROM evidence_page_revisions r WHERE r.page_id = p.id) "
        "FROM evidence_pages p WHERE p.evidence_id=? ORDER BY p.page_no"));
    q.addBindValue(evidenceId);
    if (!q.exec())
        return queryError(tr("reading evidence pages"), q);
    QVector<EvidencePage> out;
    while (q.next()) {
        EvidencePage p;
        p.id = q.value(0).toLongLong();
        p.evidenceId = evidenceId;
        p.pageNumber = q.value(1).toInt();
        p.status = q.value(2).toString();
        p.error = q.value(3).toString();
        p.ocr.meanConfidence = q.value(4).toDouble();
        p.currentText = q.value(5).toString();
        p.revision = q.value(6).toInt();
        out << p;
    }
    return out;
}

Result<int> EvidenceRepository::correctPage(qint64 evidenceId, int pageNumber, const QString& text,
                                            const QString& note)
{
    int revision = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        auto id = pageId(evidenceId, pageNumber);
        if (!id)
            return id.error();
        if (id.value() == 0)
            return makeError(ErrorCode::NotFound,
                             tr("Page %1 has not been recognised yet.").arg(pageNumber));
        QSqlQuery n(m_db.sql());
        n.prepare(QStringLiteral(
            "SELECT COALESCE(MAX(revision), 0) + 1 FROM evidence_page_revisions WHERE page_id=?"));
        n.addBindValue(id.value());
        if (!n.exec() || !n.next())
            return queryError(tr("saving the correction"), n);
        revision = n.value(0).toInt();
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT INTO evidence_page_revisions(page_id, revision, text, "
                                 "author, created_at, note) VALUES(?,?,?,?,?,?)"));
        q.addBindValue(id.value());
        q.addBindValue(revision);
        q.addBindValue(str(text));
        q.addBindValue(str(m_actor));
        q.addBindValue(isoNow());
        q.addBindValue(str(note));
        if (!q.exec())
            return queryError(tr("saving the correction"), q);
        if (auto s = EvidenceSearch(m_db).indexPage(id.value(), text); !s)
            return s;
        return audit(QStringLiteral("evidence.correct"), evidenceId,
                     QJsonObject{{QStringLiteral("page"), pageNumber},
                                 {QStringLiteral("revision"), revision},
                                 {QStringLiteral("chars"), text.size()}});
    });
    if (!r)
        return r.error();
    return revision;
}

Result<QVector<PageRevision>> EvidenceRepository::revisions(qint64 evidenceId, int pageNumber)
{
    auto id = pageId(evidenceId, pageNumber);
    if (!id)
        return id.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, revision, text, author, created_at, note FROM "
                             "evidence_page_revisions WHERE page_id=? ORDER BY revision"));
    q.addBindValue(id.value());
    if (!q.exec())
        return queryError(tr("reading corrections"), q);
    QVector<PageRevision> out;
    while (q.next())
        out << PageRevision{q.value(0).toLongLong(),
                            q.value(1).toInt(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs),
                            q.value(5).toString()};
    return out;
}

Result<void> EvidenceRepository::recordExport(qint64 evidenceId, const QString& target,
                                              const QString& kind)
{
    return m_db.transaction([&]() -> Result<void> {
        return audit(
            QStringLiteral("evidence.export"), evidenceId,
            QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("target"), target}});
    });
}

} // namespace cd
