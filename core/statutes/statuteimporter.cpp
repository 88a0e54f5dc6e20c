#include "statuteimporter.h"

#include "chargecatalog.h"
#include "effectivedates.h"
#include "statutelog.h"
#include "statuteparser.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace cd {

namespace {

QStringList corpusFiles(const QString& corpusDir)
{
    QStringList files;
    QDirIterator it(corpusDir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName() != QLatin1String("README.md"))
            files << path;
    }
    files.sort(); // deterministic ids
    return files;
}

const char* sourceKey(EffectiveSource s)
{
    switch (s) {
    case EffectiveSource::Override:
        return "override";
    case EffectiveSource::Body:
        return "body";
    case EffectiveSource::Header:
        return "header";
    case EffectiveSource::Promulgation:
        break;
    }
    return "promulgation";
}

// Decides a version's first day in force from the most reliable source available.
void decideEffective(StatuteVersion& v, const QVector<ParsedStatuteFile>& parts)
{
    if (const auto* o = findEffectiveDateOverride(v.title, v.versionDate)) {
        v.effectiveFrom = o->effectiveFrom;
        v.effectiveSource = EffectiveSource::Override;
        v.effectiveNote = o->source;
        return;
    }
    for (const ParsedStatuteFile& p : parts) {
        if (p.bodyEffectiveDate.isValid() && p.bodyEffectiveDate >= v.versionDate) {
            v.effectiveFrom = p.bodyEffectiveDate;
            v.effectiveSource = EffectiveSource::Body;
            v.effectiveNote = QStringLiteral("正文施行条款");
            return;
        }
    }
    // A header line ending in 施行 dated on or after the text itself.
    for (const ParsedStatuteFile& p : parts) {
        for (const StatuteEvent& e : p.events) {
            if (e.text.endsWith(QStringLiteral("施行")) && e.date >= v.versionDate &&
                (!v.effectiveFrom.isValid() || e.date > v.effectiveFrom)) {
                v.effectiveFrom = e.date;
                v.effectiveSource = EffectiveSource::Header;
                v.effectiveNote = e.text;
            }
        }
    }
    if (v.effectiveFrom.isValid())
        return;
    v.effectiveFrom = v.versionDate;
    v.effectiveSource = EffectiveSource::Promulgation;
    v.effectiveNote = QStringLiteral("文本未载明施行日期，按通过或公布日期计");
}

// Removes the half-built file and the connection on every exit path.
struct ImportScope
{
    QString connection;
    QString tmpPath;
    bool committed = false;
    ~ImportScope()
    {
        if (QSqlDatabase::contains(connection))
            QSqlDatabase::removeDatabase(connection);
        if (!committed)
            QFile::remove(tmpPath);
    }
};

// SQLite reads a null QString as NULL; the columns are NOT NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Result<void> execAll(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& s : statements) {
        QSqlQuery q(db);
        if (!q.exec(s))
            return databaseError(StatuteImporter::tr("creating the statute library"),
                                 q.lastError().text());
    }
    return {};
}

} // namespace

QString StatuteImporter::fingerprint(const QString& corpusDir)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::number(schemaVersion));
    for (const QString& f : corpusFiles(corpusDir)) {
        const QFileInfo fi(f);
        h.addData(fi.fileName().toUtf8());
        h.addData(QByteArray::number(fi.size()));
        h.addData(QByteArray::number(fi.lastModified().toMSecsSinceEpoch()));
    }
    return QString::fromLatin1(h.result().toHex().left(32));
}

Result<int> StatuteImporter::import(const QString& corpusDir, const QString& dbPath,
                                    const std::function<bool(int, int)>& progress)
{
    const QStringList files = corpusFiles(corpusDir);
    if (files.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            tr("No statute files were found in %1.").arg(QDir::toNativeSeparators(corpusDir)));

    // Parse and group files into versions: same title and text date.
    QMap<QPair<QString, QDate>, StatuteVersion> versions;
    QMap<QPair<QString, QDate>, QVector<ParsedStatuteFile>> parts;
    const QDir root(corpusDir);
    int done = 0;
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("Cannot read the statute file %1.").arg(path),
                             f.errorString());
        const QString rel = root.relativeFilePath(path);
        ParsedStatuteFile p = StatuteParser::parse(QString::fromUtf8(f.readAll()), rel);
        if (p.title.isEmpty()) {
            qCWarning(lcStatutes) << "no title in" << rel;
            continue;
        }
        const auto key = qMakePair(p.title, p.versionDate());
        StatuteVersion& v = versions[key];
        v.title = p.title;
        v.versionDate = key.second;
        v.category = rel.section(QLatin1Char('/'), 0, 0);
        v.files << rel;
        if (v.events.isEmpty())
            v.events = p.events;
        parts[key].push_back(std::move(p));
        if (progress && !progress(++done, files.size() + 1))
            return makeError(ErrorCode::Cancelled, tr("The statute import was cancelled."));
    }

    // Order the versions of each law and close each one the day before its successor.
    QMap<QString, QVector<StatuteVersion*>> byTitle;
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        decideEffective(it.value(), parts.value(it.key()));
        byTitle[it->title].push_back(&it.value());
    }
    for (auto& list : byTitle) {
        std::sort(list.begin(), list.end(), [](const StatuteVersion* a, const StatuteVersion* b) {
            return std::tie(a->effectiveFrom, a->versionDate) <
                   std::tie(b->effectiveFrom, b->versionDate);
        });
        for (int i = 0; i + 1 < list.size(); ++i)
            list[i]->effectiveTo = list[i + 1]->effectiveFrom.addDays(-1);
    }

    const QString tmpPath =
        dbPath + QStringLiteral(".tmp-") + QUuid::createUuid().toString(QUuid::Id128);
    QDir().mkpath(QFileInfo(dbPath).absolutePath());
    const QString conn =
        QStringLiteral("statute-import-") + QUuid::createUuid().toString(QUuid::Id128);
    ImportScope scope{conn, tmpPath};
    int articleTotal = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(tmpPath);
        if (!db.open())
            return databaseError(tr("creating the statute library"), db.lastError().text());
        auto r = execAll(
            db,
            {
                QStringLiteral("PRAGMA journal_mode=OFF"),
                QStringLiteral("PRAGMA synchronous=OFF"),
                QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE versions(id INTEGER PRIMARY KEY, title TEXT NOT NULL,"
                               " name_key TEXT NOT NULL, category TEXT NOT NULL,"
                               " version_date TEXT NOT NULL, effective_from TEXT NOT NULL,"
                               " effective_to TEXT, effective_source TEXT NOT NULL,"
                               " effective_note TEXT NOT NULL, files TEXT NOT NULL,"
                               " events TEXT NOT NULL, article_count INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE articles(id INTEGER PRIMARY KEY,"
                               " version_id INTEGER NOT NULL REFERENCES versions(id),"
                               " number INTEGER NOT NULL, suffix INTEGER NOT NULL,"
                               " heading TEXT NOT NULL, text TEXT NOT NULL)"),
                QStringLiteral("BEGIN"),
            });
        if (!r)
            return r.error();
        QSqlQuery vq(db);
        vq.prepare(QStringLiteral("INSERT INTO versions(title, name_key, category, version_date,"
                                  " effective_from, effective_to, effective_source, effective_note,"
                                  " files, events, article_count) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
        QSqlQuery aq(db);
        aq.prepare(QStringLiteral("INSERT INTO articles(version_id, number, suffix, heading, text)"
                                  " VALUES(?,?,?,?,?)"));
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            const StatuteVersion& v = it.value();
            QSet<QPair<int, int>> seen;
            QVector<const StatuteArticle*> arts;
            for (const ParsedStatuteFile& p : parts.value(it.key())) {
                for (const StatuteArticle& a : p.articles) {
                    if (!seen.contains({a.number, a.suffix})) {
                        seen.insert({a.number, a.suffix});
                        arts << &a;
                    }
                }
            }
            QJsonArray events;
            for (const StatuteEvent& e : v.events)
                events.append(QJsonObject{{QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                          {QStringLiteral("text"), e.text}});
            vq.addBindValue(v.title);
            vq.addBindValue(statuteNameKey(v.title));
            vq.addBindValue(nn(v.category));
            vq.addBindValue(v.versionDate.toString(Qt::ISODate));
            vq.addBindValue(v.effectiveFrom.toString(Qt::ISODate));
            vq.addBindValue(v.effectiveTo.isValid() ? v.effectiveTo.toString(Qt::ISODate)
                                                    : QVariant(QMetaType::fromType<QString>()));
            vq.addBindValue(QString::fromLatin1(sourceKey(v.effectiveSource)));
            vq.addBindValue(nn(v.effectiveNote));
            vq.addBindValue(v.files.join(QLatin1Char('\n')));
            vq.addBindValue(
                QString::fromUtf8(QJsonDocument(events).toJson(QJsonDocument::Compact)));
            vq.addBindValue(arts.size());
            if (!vq.exec())
                return databaseError(tr("writing the statute library"), vq.lastError().text());
            const qint64 vid = vq.lastInsertId().toLongLong();
            for (const StatuteArticle* a : qAsConst(arts)) {
                aq.addBindValue(vid);
                aq.addBindValue(a->number);
                aq.addBindValue(a->suffix);
                aq.addBindValue(nn(a->heading));
                aq.addBindValue(nn(a->text));
                if (!aq.exec())
                    return databaseError(tr("writing the statute library"), aq.lastError().text());
            }
            articleTotal += arts.size();
        }
        // The charge (罪名) map lives beside the articles so the app needs no corpus files.
        const auto charges = ChargeCatalog::parseCorpus(corpusDir);
        if (charges) {
            const auto written = ChargeCatalog::writeTable(db, charges.value());
            if (!written)
                return written.error();
        } else {
            qCWarning(lcStatutes) << "no charge table:" << charges.errorMessage();
        }
        QSqlQuery mq(db);
        mq.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"));
        const QList<QPair<QString, QString>> meta{
            {QStringLiteral("schema_version"), QString::number(schemaVersion)},
            {QStringLiteral("fingerprint"), fingerprint(corpusDir)},
            {QStringLiteral("corpus_dir"), QDir(corpusDir).absolutePath()},
            {QStringLiteral("imported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        };
        for (const auto& kv : meta) {
            mq.addBindValue(kv.first);
            mq.addBindValue(kv.second);
            if (!mq.exec())
                return databaseError(tr("writing the statute library"), mq.lastError().text());
        }
        r = execAll(
            db,
            {
                QStringLiteral("COMMIT"),
                // Indexes after the bulk insert: faster, and the file is smaller.
                QStringLiteral("CREATE INDEX versions_key ON versions(name_key, effective_from)"),
                QStringLiteral(
                    "CREATE UNIQUE INDEX articles_key ON articles(version_id, number, suffix)"),
                QStringLiteral("VACUUM"),
            });
        db.close();
        if (!r)
            return r.error();
    }
    QSqlDatabase::removeDatabase(conn);
    QFile::remove(dbPath);
    if (!QFile::rename(tmpPath, dbPath)) {
        return makeError(ErrorCode::Io, tr("Cannot write the statute library %1.").arg(dbPath));
    }
    scope.committed = true;
    if (progress)
        progress(files.size() + 1, files.size() + 1);
    qCInfo(lcStatutes) << "imported" << versions.size() << "statute versions," << articleTotal
                       << "articles into" << dbPath;
    return int(versions.size());
}

} // namespace cd
