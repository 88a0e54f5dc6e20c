#include "draftstore.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "draftinglog.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cd {

namespace {
QString now()
{
    return Clock::instance().now().toUTC().toString(Qt::ISODateWithMs);
}

QString hashOf(const QByteArray& json, const QString& richText)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(json);
    h.addData(richText.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

// Transaction on a raw connection; rolls back unless committed.
class Tx
{
public:
    explicit Tx(QSqlDatabase& db) : m_db(db) { m_ok = m_db.transaction(); }
    ~Tx()
    {
        if (m_ok && !m_done)
            m_db.rollback();
    }
    bool ok() const { return m_ok; }
    bool commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    QSqlDatabase& m_db;
    bool m_ok = false;
    bool m_done = false;
};
} // namespace

DraftStore::~DraftStore()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

QString DraftStore::pathForProfile(const QString& profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("documents/drafts.sqlite"));
}

Result<std::unique_ptr<DraftStore>> DraftStore::open(const QString& path, Database* auditDb)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<DraftStore> s(new DraftStore);
    s->m_audit = auditDb;
    s->m_connection = QStringLiteral("drafts-") + QUuid::createUuid().toString(QUuid::Id128);
    s->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->m_connection);
    s->m_db.setDatabaseName(path);
    if (!s->m_db.open())
        return databaseError(tr("opening the draft store"), s->m_db.lastError().text());
    QSqlQuery q(s->m_db);
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
        q.exec(QLatin1String(pragma));
    if (auto r = s->migrate(); !r)
        return r.error();
    return s;
}

Result<void> DraftStore::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return databaseError(tr("reading the draft store version"), q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > schemaVersion)
        return makeError(
            ErrorCode::Unsupported,
            tr("The draft store was written by a newer CourtDesk (version %1).").arg(version));
    if (version == schemaVersion)
        return {};
    // Version 0 → 1: drafts and their versions.
    Tx tx(m_db);
    for (const QString& s :
         {QStringLiteral("CREATE TABLE drafts(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
                         " case_number TEXT NOT NULL, template_id TEXT NOT NULL,"
                         " title TEXT NOT NULL, created_at TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX drafts_case ON drafts(case_number)"),
          QStringLiteral("CREATE TABLE versions(id INTEGER PRIMARY KEY,"
                         " draft_id INTEGER NOT NULL REFERENCES drafts(id),"
                         " number INTEGER NOT NULL, saved_at TEXT NOT NULL,"
                         " author TEXT NOT NULL, note TEXT NOT NULL,"
                         " document TEXT NOT NULL, rich_text TEXT NOT NULL,"
                         " sha256 TEXT NOT NULL, UNIQUE(draft_id, number))"),
          QStringLiteral("PRAGMA user_version=1")}) {
        if (!q.exec(s))
            return databaseError(tr("creating the draft store"), q.lastError().text());
    }
    if (!tx.commit())
        return databaseError(tr("creating the draft store"), m_db.lastError().text());
    return {};
}

Result<qint64> DraftStore::create(const DraftDocument& doc, const QString& author,
                                  const QString& richText)
{
    Tx tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO drafts(uuid, case_number, template_id, title, created_at, updated_at)"
        " VALUES(?,?,?,?,?,?)"));
    const QString t = now();
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(doc.caseNumber);
    q.addBindValue(doc.templateId);
    q.addBindValue(doc.title);
    q.addBindValue(t);
    q.addBindValue(t);
    if (!q.exec())
        return databaseError(tr("creating a draft"), q.lastError().text());
    const qint64 id = q.lastInsertId().toLongLong();
    auto v = addVersion(id, doc, author, richText, QString());
    if (!v)
        return v.error();
    if (!tx.commit())
        return databaseError(tr("creating a draft"), m_db.lastError().text());
    return id;
}

Result<int> DraftStore::addVersion(qint64 draftId, const DraftDocument& doc, const QString& author,
                                   const QString& richText, const QString& note)
{
    const QByteArray json = QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact);
    const QString sha = hashOf(json, richText);
    QSqlQuery last(m_db);
    last.prepare(QStringLiteral(
        "SELECT number, sha256 FROM versions WHERE draft_id=? ORDER BY number DESC LIMIT 1"));
    last.addBindValue(draftId);
    if (!last.exec())
        return databaseError(tr("saving a draft"), last.lastError().text());
    int number = 1;
    if (last.next()) {
        if (last.value(1).toString() == sha && note.isEmpty())
            return last.value(0).toInt(); // nothing changed since the last version
        number = last.value(0).toInt() + 1;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO versions(draft_id, number, saved_at, author, note, "
                             "document, rich_text, sha256)"
                             " VALUES(?,?,?,?,?,?,?,?)"));
    const QString t = now();
    q.addBindValue(draftId);
    q.addBindValue(number);
    q.addBindValue(t);
    q.addBindValue(author);
    q.addBindValue(note.isNull() ? QStringLiteral("") : note);
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(richText.isNull() ? QStringLiteral("") : richText);
    q.addBindValue(sha);
    if (!q.exec())
        return databaseError(tr("saving a draft"), q.lastError().text());
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE drafts SET updated_at=?, title=? WHERE id=?"));
    u.addBindValue(t);
    u.addBindValue(doc.title);
    u.addBindValue(draftId);
    if (!u.exec())
        return databaseError(tr("saving a draft"), u.lastError().text());
    if (m_audit) {
        // The save is recorded in the case store's hash-chained log with the version's hash.
        AuditLog log(*m_audit);
        const QString details = QStringLiteral("{\"version\":%1,\"sha256\":\"%2\",\"case\":\"%3\"}")
                                    .arg(number)
                                    .arg(sha, doc.caseNumber);
        if (auto a = log.append(author, QStringLiteral("draft.save"), QStringLiteral("draft"),
                                QString::number(draftId), details);
            !a)
            qCWarning(lcDrafting) << "audit append failed:" << a.errorMessage();
    }
    return number;
}

Result<int> DraftStore::save(qint64 draftId, const DraftDocument& doc, const QString& author,
                             const QString& richText, const QString& note)
{
    Tx tx(m_db);
    auto n = addVersion(draftId, doc, author, richText, note);
    if (!n)
        return n;
    if (!tx.commit())
        return databaseError(tr("saving a draft"), m_db.lastError().text());
    return n;
}

Result<int> DraftStore::restore(qint64 draftId, int number, const QString& author)
{
    auto v = version(draftId, number);
    if (!v)
        return v.error();
    return save(draftId, v->document, author, v->richText,
                QStringLiteral("restored-from:%1").arg(number));
}

Result<QVector<DraftInfo>> DraftStore::drafts(const QString& caseNumber)
{
    QVector<DraftInfo> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT d.id, d.case_number, d.template_id, d.title, d.created_at, d.updated_at,"
        " (SELECT MAX(number) FROM versions v WHERE v.draft_id = d.id)"
        " FROM drafts d WHERE ? = '' OR d.case_number = ? ORDER BY d.updated_at DESC"));
    q.addBindValue(caseNumber.isNull() ? QStringLiteral("") : caseNumber);
    q.addBindValue(caseNumber.isNull() ? QStringLiteral("") : caseNumber);
    if (!q.exec())
        return databaseError(tr("reading drafts"), q.lastError().text());
    while (q.next())
        out << DraftInfo{q.value(0).toLongLong(),
                         q.value(1).toString(),
                         q.value(2).toString(),
                         q.value(3).toString(),
                         QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs),
                         QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs),
                         q.value(6).toInt()};
    return out;
}

Result<QVector<DraftVersion>> DraftStore::history(qint64 draftId)
{
    QVector<DraftVersion> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, number, saved_at, author, note FROM versions WHERE draft_id=?"
                       " ORDER BY number DESC"));
    q.addBindValue(draftId);
    if (!q.exec())
        return databaseError(tr("reading draft versions"), q.lastError().text());
    while (q.next()) {
        DraftVersion v;
        v.id = q.value(0).toLongLong();
        v.draftId = draftId;
        v.number = q.value(1).toInt();
        v.savedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        v.author = q.value(3).toString();
        v.note = q.value(4).toString();
        out << v;
    }
    return out;
}

Result<DraftVersion> DraftStore::version(qint64 draftId, int number)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, saved_at, author, note, document, rich_text FROM versions"
                             " WHERE draft_id=? AND number=?"));
    q.addBindValue(draftId);
    q.addBindValue(number);
    if (!q.exec())
        return databaseError(tr("reading a draft version"), q.lastError().text());
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The draft has no version %1.").arg(number));
    DraftVersion v;
    v.id = q.value(0).toLongLong();
    v.draftId = draftId;
    v.number = number;
    v.savedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    v.author = q.value(2).toString();
    v.note = q.value(3).toString();
    v.document =
        DraftDocument::fromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
    v.richText = q.value(5).toString();
    return v;
}

} // namespace cd
