#include "statutelibrary.h"

#include "chinesenumber.h"
#include "statuteimporter.h"
#include "statutelog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#ifndef COURTDESK_STATUTES_DIR
#define COURTDESK_STATUTES_DIR ""
#endif

namespace cd {

bool ResolvedCitation::allResolved() const
{
    for (const ResolvedArticle& a : articles) {
        if (a.status != CitationStatus::Resolved)
            return false;
    }
    return !articles.isEmpty();
}

namespace {

const QString kVersionColumns =
    QStringLiteral("v.id, v.title, v.category, v.version_date, v.effective_from, v.effective_to,"
                   " v.effective_source, v.effective_note, v.files, v.events, v.article_count");

EffectiveSource sourceFromKey(const QString& k)
{
    if (k == QLatin1String("override"))
        return EffectiveSource::Override;
    if (k == QLatin1String("body"))
        return EffectiveSource::Body;
    if (k == QLatin1String("header"))
        return EffectiveSource::Header;
    return EffectiveSource::Promulgation;
}

QString displayDate(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

StatuteLibrary::~StatuteLibrary()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<StatuteLibrary>> StatuteLibrary::open(const QString& dbPath)
{
    if (!QFileInfo::exists(dbPath))
        return makeError(
            ErrorCode::NotFound,
            tr("The statute library %1 does not exist.").arg(QDir::toNativeSeparators(dbPath)));
    std::unique_ptr<StatuteLibrary> lib(new StatuteLibrary);
    lib->m_path = dbPath;
    lib->m_connection = QStringLiteral("statutes-") + QUuid::createUuid().toString(QUuid::Id128);
    lib->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lib->m_connection);
    lib->m_db.setDatabaseName(dbPath);
    lib->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!lib->m_db.open())
        return databaseError(tr("opening the statute library"), lib->m_db.lastError().text());
    if (lib->metaValue(QStringLiteral("schema_version")).toInt() != StatuteImporter::schemaVersion)
        return makeError(ErrorCode::Corrupt,
                         tr("The statute library %1 is from another version of CourtDesk.")
                             .arg(QDir::toNativeSeparators(dbPath)));
    return lib;
}

QString StatuteLibrary::defaultCorpusDir()
{
    const QString env = qEnvironmentVariable("COURTDESK_STATUTES_DIR");
    if (!env.isEmpty())
        return env;
    return QString::fromUtf8(COURTDESK_STATUTES_DIR);
}

QString StatuteLibrary::defaultCachePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return QDir(base).filePath(QStringLiteral("courtdesk/statutes.sqlite"));
}

Result<std::unique_ptr<StatuteLibrary>>
StatuteLibrary::openDefault(const std::function<bool(int, int)>& progress)
{
    const QString env = qEnvironmentVariable("COURTDESK_STATUTES_DB");
    const QString corpus = defaultCorpusDir();
    const bool haveCorpus = !corpus.isEmpty() && QFileInfo(corpus).isDir();
    // An explicit or cached library is used as is, unless a corpus it came from has changed.
    QStringList candidates;
    if (!env.isEmpty())
        candidates << env;
    if (QCoreApplication::instance()) {
        // Installed: PREFIX/bin/courtdesk → PREFIX/share/courtdesk; build tree: next to the
        // executables (app/CMakeLists.txt builds it there).
        const QDir appDir(QCoreApplication::applicationDirPath());
        candidates << appDir.filePath(QStringLiteral("../share/courtdesk/statutes.sqlite"))
                   << appDir.filePath(QStringLiteral("statutes.sqlite"));
    }
    candidates << defaultCachePath();
    const QString fingerprint = haveCorpus ? StatuteImporter::fingerprint(corpus) : QString();
    for (const QString& path : qAsConst(candidates)) {
        if (!QFileInfo::exists(path))
            continue;
        auto lib = open(path);
        if (!lib)
            continue;
        if (fingerprint.isEmpty() ||
            lib.value()->metaValue(QStringLiteral("fingerprint")) == fingerprint)
            return lib;
    }
    if (!haveCorpus)
        return makeError(ErrorCode::NotFound,
                         tr("No statute library was found and the statute corpus folder is not "
                            "available."));
    // The first explicit path is the import target when given; else the user cache.
    const QString target = env.isEmpty() ? defaultCachePath() : env;
    QElapsedTimer t;
    t.start();
    auto imported = StatuteImporter::import(corpus, target, progress);
    if (!imported)
        return imported.error();
    qCInfo(lcStatutes) << "statute library built in" << t.elapsed() << "ms";
    return open(target);
}

QString StatuteLibrary::metaValue(const QString& key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key=?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

StatuteVersion StatuteLibrary::readVersion(const QSqlQuery& q) const
{
    StatuteVersion v;
    v.id = q.value(0).toLongLong();
    v.title = q.value(1).toString();
    v.category = q.value(2).toString();
    v.versionDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    v.effectiveFrom = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    if (!q.value(5).isNull())
        v.effectiveTo = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    v.effectiveSource = sourceFromKey(q.value(6).toString());
    v.effectiveNote = q.value(7).toString();
    v.files = q.value(8).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QJsonArray events = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array();
    for (const QJsonValue& e : events) {
        const QJsonObject o = e.toObject();
        v.events.push_back(
            {QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate),
             o.value(QStringLiteral("text")).toString()});
    }
    v.articleCount = q.value(10).toInt();
    return v;
}

QVector<StatuteVersion> StatuteLibrary::versions(const QString& name) const
{
    QVector<StatuteVersion> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM versions v WHERE v.name_key=?"
                             " ORDER BY v.effective_from, v.version_date")
                  .arg(kVersionColumns));
    q.addBindValue(statuteNameKey(name));
    if (!q.exec()) {
        qCWarning(lcStatutes) << "versions query failed" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << readVersion(q);
    return out;
}

std::optional<StatuteVersion> StatuteLibrary::versionInForce(const QString& name,
                                                             const QDate& date) const
{
    const QVector<StatuteVersion> all = versions(name);
    for (const StatuteVersion& v : all) {
        if (v.inForceOn(date))
            return v;
    }
    return std::nullopt;
}

QVector<StatuteArticle> StatuteLibrary::articles(qint64 versionId) const
{
    QVector<StatuteArticle> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT number, suffix, heading, text FROM articles"
                             " WHERE version_id=? ORDER BY id"));
    q.addBindValue(versionId);
    if (!q.exec()) {
        qCWarning(lcStatutes) << "articles query failed" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        StatuteArticle a;
        a.number = q.value(0).toInt();
        a.suffix = q.value(1).toInt();
        a.heading = q.value(2).toString();
        a.text = q.value(3).toString();
        out << a;
    }
    return out;
}

QVector<StatuteVersion> StatuteLibrary::versionsInForce(const QString& category,
                                                        const QDate& date) const
{
    QVector<StatuteVersion> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM versions v WHERE v.category=? ORDER BY v.title")
                  .arg(kVersionColumns));
    q.addBindValue(category);
    if (!q.exec()) {
        qCWarning(lcStatutes) << "versions query failed" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        const StatuteVersion v = readVersion(q);
        if (v.inForceOn(date))
            out << v;
    }
    return out;
}

std::optional<StatuteVersion> StatuteLibrary::version(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM versions v WHERE v.id=?").arg(kVersionColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readVersion(q);
    return std::nullopt;
}

std::optional<StatuteArticle> StatuteLibrary::article(qint64 versionId, int number,
                                                      int suffix) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT heading, text FROM articles"
                             " WHERE version_id=? AND number=? AND suffix=?"));
    q.addBindValue(versionId);
    q.addBindValue(number);
    q.addBindValue(suffix);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StatuteArticle a;
    a.number = number;
    a.suffix = suffix;
    a.heading = q.value(0).toString();
    a.text = q.value(1).toString();
    return a;
}

QStringList StatuteLibrary::titles() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT DISTINCT title FROM versions ORDER BY title"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

ResolvedCitation StatuteLibrary::resolve(const Citation& citation, const QDate& date) const
{
    ResolvedCitation r;
    r.citation = citation;
    const QVector<StatuteVersion> all = versions(citation.lawName);
    for (const StatuteVersion& v : all) {
        if (v.inForceOn(date))
            r.version = v;
    }
    for (const ArticleRef& ref : citation.articles) {
        ResolvedArticle ra;
        ra.ref = ref;
        if (all.isEmpty()) {
            ra.status = CitationStatus::UnknownLaw;
            ra.message = tr("《%1》 is not in the statute library.").arg(citation.lawName);
        } else if (!r.version) {
            ra.status = CitationStatus::NotInLibrary;
            ra.message = tr("The text of 《%1》 in force on %2 is not in the statute library; the "
                            "library holds versions in force from %3.")
                             .arg(citation.lawName, displayDate(date),
                                  displayDate(all.first().effectiveFrom));
        } else if (auto a = article(r.version->id, ref.number, ref.suffix)) {
            ra.status = CitationStatus::Resolved;
            ra.article = *a;
        } else {
            ra.status = CitationStatus::MissingArticle;
            ra.message = tr("《%1》 in force on %2 (text of %3) has no %4.")
                             .arg(citation.lawName, displayDate(date),
                                  displayDate(r.version->versionDate), ref.label());
        }
        r.articles << ra;
    }
    return r;
}

ResolvedCitation StatuteLibrary::resolve(const QString& citationText, const QDate& date) const
{
    const Citation c = CitationParser::parseOne(citationText);
    if (c.lawName.isEmpty()) {
        ResolvedCitation r;
        ResolvedArticle ra;
        ra.message =
            tr("“%1” is not a citation such as 《民事诉讼法》第二百六十四条.").arg(citationText);
        r.articles << ra;
        return r;
    }
    return resolve(c, date);
}

QVector<StatuteSearchHit> StatuteLibrary::search(const QString& query, const QDate& date,
                                                 int limit) const
{
    QVector<StatuteSearchHit> out;
    const QStringList terms = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return out;
    static const QRegularExpression articleTerm(
        QStringLiteral("^第([零〇一二两三四五六七八九十百千]+)条$"));
    QStringList where{QStringLiteral("v.effective_from <= :d"),
                      QStringLiteral("(v.effective_to IS NULL OR v.effective_to >= :d)")};
    QVariantList binds;
    for (const QString& t : terms) {
        const auto m = articleTerm.match(t);
        if (m.hasMatch()) {
            where << QStringLiteral("a.number = %1").arg(ChineseNumber::parse(m.captured(1)));
            continue;
        }
        where << QStringLiteral("(instr(v.title, ?) > 0 OR instr(a.text, ?) > 0)");
        binds << t << t;
    }
    QSqlQuery q(m_db);
    // Title matches first: someone typing 民事诉讼法 wants that law, not every mention of it.
    q.prepare(
        QStringLiteral("SELECT %1, a.number, a.suffix, a.heading, a.text"
                       " FROM articles a JOIN versions v ON v.id = a.version_id"
                       " WHERE %2 ORDER BY (instr(v.title, ?) > 0) DESC, length(v.title),"
                       " v.id, a.number, a.suffix LIMIT %3")
            .arg(kVersionColumns, where.join(QStringLiteral(" AND ")))
            .arg(limit)
            .replace(QStringLiteral(":d"), QStringLiteral("'%1'").arg(date.toString(Qt::ISODate))));
    for (const QVariant& b : qAsConst(binds))
        q.addBindValue(b);
    q.addBindValue(terms.first());
    if (!q.exec()) {
        qCWarning(lcStatutes) << "statute search failed" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        StatuteSearchHit h;
        h.version = readVersion(q);
        h.article.number = q.value(11).toInt();
        h.article.suffix = q.value(12).toInt();
        h.article.heading = q.value(13).toString();
        h.article.text = q.value(14).toString();
        out << h;
    }
    return out;
}

} // namespace cd
