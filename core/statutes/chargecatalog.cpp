#include "chargecatalog.h"

#include "chinesenumber.h"
#include "statutelog.h"
#include "statuteparser.h"
#include "storage/database.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace cd {

QString ChargeArticle::key() const
{
    return suffix > 0 ? QStringLiteral("%1-%2").arg(number).arg(suffix) : QString::number(number);
}

namespace {

// Arabic (第264条) or Chinese (第二百六十四条) numerals: the interpretations use both.
int number(const QString& s)
{
    bool ok = false;
    const int n = s.toInt(&ok);
    if (ok)
        return n;
    return int(ChineseNumber::parse(s));
}

QVector<ChargeArticle> parseArticles(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("第([0-9零〇一二两三四五六七八九十百]+)条(?:之([0-9一二三四五六七八九十]+))?"
                       "(?:第([0-9一二三四五六七八九十]+)款)?"));
    QVector<ChargeArticle> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        ChargeArticle a;
        a.number = number(m.captured(1));
        if (m.capturedLength(2))
            a.suffix = number(m.captured(2));
        if (m.capturedLength(3))
            a.paragraph = number(m.captured(3));
        if (a.number > 0)
            out << a;
    }
    return out;
}

QVector<ChargeArticle> parseArticleList(const QString& text)
{
    return parseArticles(text);
}

void upsert(QVector<Charge>& charges, const QString& name, const QVector<ChargeArticle>& arts,
            const QString& source, const QDate& date)
{
    for (Charge& c : charges) {
        if (c.name == name) {
            c.articles = arts;
            c.source = source;
            c.since = date;
            return;
        }
    }
    charges.push_back({name, arts, source, date});
}

void cancel(QVector<Charge>& charges, QString names)
{
    // "A罪和B罪罪名", "刑法原第155条第3项走私固体废物罪罪名", "枉法裁判罪"
    if (names.endsWith(QStringLiteral("罪名")))
        names.chop(2);
    static const QRegularExpression lead(QStringLiteral("^刑法原第.+?项"));
    names.remove(lead);
    for (QString n : names.split(QStringLiteral("罪和"))) {
        if (!n.endsWith(QChar(u'罪')))
            n += QChar(u'罪');
        charges.erase(std::remove_if(charges.begin(), charges.end(),
                                     [&](const Charge& c) { return c.name == n; }),
                      charges.end());
    }
}

QString bodyOf(const QString& text)
{
    const int end = text.indexOf(QStringLiteral("<!-- INFO END -->"));
    return end < 0 ? text : text.mid(end);
}

} // namespace

void ChargeCatalog::applyOpinion1997(QVector<Charge>& charges, const QString& text,
                                     const QString& source, const QDate& date)
{
    // "12．资敌罪（第112条）", sometimes without the item number; names may hold （边）.
    static const QRegularExpression item(
        QStringLiteral("(?:^|\\s)(?:\\d+[．.])?(\\S+?罪)（(第[^）]*条[^）]*)）"));
    auto it = item.globalMatch(bodyOf(text));
    while (it.hasNext()) {
        const auto m = it.next();
        const QVector<ChargeArticle> arts = parseArticleList(m.captured(2));
        if (!arts.isEmpty())
            upsert(charges, m.captured(1), arts, source, date);
    }
}

void ChargeCatalog::applySupplement(QVector<Charge>& charges, const QString& text,
                                    const QString& source, const QDate& date)
{
    static const QRegularExpression cancelled(QStringLiteral("[（(]?取消([^）)]+)[）)]?"));
    // Names in one cell: 滥用职权罪、玩忽职守罪 or 提供…罪 出具…罪; a name itself may hold 、
    // and, in the corpus tables, a stray space (走私 人类遗传资源材料罪).
    static const QRegularExpression nameSplit(QStringLiteral("[；;]|(?<=罪)[\\s、]+"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression space(QStringLiteral("\\s"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QVector<ChargeArticle> previous;
    for (const QString& raw : bodyOf(text).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!line.startsWith(QLatin1Char('|')) || !line.contains(QChar(u'罪')))
            continue;
        const QStringList cols = line.split(QLatin1Char('|'));
        if (cols.size() < 3)
            continue;
        // The article column quotes the amendment in （《…》第N条）: those numbers are not ours.
        QString artCol = cols.at(1).trimmed();
        const int paren = artCol.indexOf(QChar(u'（'));
        if (paren >= 0)
            artCol = artCol.left(paren).trimmed();
        QVector<ChargeArticle> arts;
        if (artCol.isEmpty()) {
            arts = previous; // a merged cell: the row above's articles
        } else if (artCol.startsWith(QChar(u'第'))) {
            arts = parseArticleList(artCol);
        } else {
            // 骗购外汇罪 rests on 《决定》第1条, a separate NPCSC decision, not on an article of
            // the Criminal Law; this map holds Criminal Law articles only.
            previous.clear();
            continue;
        }
        previous = arts;
        QString nameCol = cols.at(2).trimmed();
        auto cm = cancelled.globalMatch(nameCol);
        QStringList toCancel;
        while (cm.hasNext())
            toCancel << cm.next().captured(1).remove(space);
        nameCol.remove(cancelled);
        for (const QString& c : qAsConst(toCancel))
            cancel(charges, c);
        if (arts.isEmpty())
            continue;
        for (QString name : nameCol.split(nameSplit, Qt::SkipEmptyParts)) {
            name.remove(space);
            if (name.endsWith(QChar(u'罪')))
                upsert(charges, name, arts, source, date);
        }
    }
    // Prose renames: 第一百六十九条…的罪名由“A”修改为“B”.
    static const QRegularExpression rename(QStringLiteral("罪名由“([^”]+)”修改为“([^”]+)”"));
    auto rm = rename.globalMatch(text);
    while (rm.hasNext()) {
        const auto m = rm.next();
        for (Charge& c : charges) {
            if (c.name == m.captured(1)) {
                c.name = m.captured(2);
                c.source = source;
                c.since = date;
            }
        }
    }
}

Result<QVector<Charge>> ChargeCatalog::parseCorpus(const QString& corpusDir)
{
    struct Doc
    {
        QDate date;
        QString title;
        QString text;
        bool opinion = false;
    };
    QVector<Doc> docs;
    QDirIterator it(corpusDir, {QStringLiteral("*罪名*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString file = QFileInfo(path).fileName();
        const bool opinion = file.contains(QStringLiteral("罪名的意见"));
        if (!opinion && !file.contains(QStringLiteral("确定罪名")))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("Cannot read the statute file %1.").arg(path),
                             f.errorString());
        const QString text = QString::fromUtf8(f.readAll());
        const ParsedStatuteFile parsed = StatuteParser::parse(text, file);
        docs.push_back({parsed.versionDate(), parsed.title, text, opinion});
    }
    // The 1997 opinion is the base; supplements change it in the order they were made.
    std::sort(docs.begin(), docs.end(), [](const Doc& a, const Doc& b) {
        return std::tie(b.opinion, a.date) < std::tie(a.opinion, b.date);
    });
    QVector<Charge> charges;
    for (const Doc& d : qAsConst(docs)) {
        if (d.opinion)
            applyOpinion1997(charges, d.text, d.title, d.date);
        else
            applySupplement(charges, d.text, d.title, d.date);
    }
    if (charges.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            tr("No charge names (罪名) were found in the statute corpus %1.").arg(corpusDir));
    std::sort(charges.begin(), charges.end(), [](const Charge& a, const Charge& b) {
        const ChargeArticle x = a.definingArticle(), y = b.definingArticle();
        return std::tie(x.number, x.suffix, x.paragraph, a.name) <
               std::tie(y.number, y.suffix, y.paragraph, b.name);
    });
    qCInfo(lcStatutes) << "charges:" << charges.size() << "from" << docs.size() << "files";
    return charges;
}

namespace {

QString encodeArticles(const QVector<ChargeArticle>& arts)
{
    QStringList parts;
    for (const ChargeArticle& a : arts)
        parts << QStringLiteral("%1.%2.%3").arg(a.number).arg(a.suffix).arg(a.paragraph);
    return parts.join(QLatin1Char(','));
}

QVector<ChargeArticle> decodeArticles(const QString& s)
{
    QVector<ChargeArticle> out;
    for (const QString& p : s.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList f = p.split(QLatin1Char('.'));
        if (f.size() == 3)
            out << ChargeArticle{f[0].toInt(), f[1].toInt(), f[2].toInt()};
    }
    return out;
}

} // namespace

Result<int> ChargeCatalog::writeTable(QSqlDatabase& db, const QVector<Charge>& charges)
{
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS charges(name TEXT PRIMARY KEY,"
                           " articles TEXT NOT NULL, source TEXT NOT NULL, since TEXT NOT NULL)")))
        return databaseError(tr("writing the charge table"), q.lastError().text());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO charges(name, articles, source, since)"
                             " VALUES(?,?,?,?)"));
    for (const Charge& c : charges) {
        q.addBindValue(c.name);
        q.addBindValue(encodeArticles(c.articles));
        q.addBindValue(c.source);
        q.addBindValue(c.since.toString(Qt::ISODate));
        if (!q.exec())
            return databaseError(tr("writing the charge table"), q.lastError().text());
    }
    return int(charges.size());
}

Result<QVector<Charge>> ChargeCatalog::load(const QString& libraryPath)
{
    const QString conn = QStringLiteral("charges-") + QUuid::createUuid().toString(QUuid::Id128);
    QVector<Charge> out;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(libraryPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT name, articles, source, since FROM charges"))) {
                error = q.lastError().text();
            } else {
                while (q.next())
                    out.push_back({q.value(0).toString(), decodeArticles(q.value(1).toString()),
                                   q.value(2).toString(),
                                   QDate::fromString(q.value(3).toString(), Qt::ISODate)});
            }
        }
    }
    QSqlDatabase::removeDatabase(conn);
    if (!error.isEmpty())
        return databaseError(tr("reading the charge table"), error);
    std::sort(out.begin(), out.end(), [](const Charge& a, const Charge& b) {
        const ChargeArticle x = a.definingArticle(), y = b.definingArticle();
        return std::tie(x.number, x.suffix, x.paragraph, a.name) <
               std::tie(y.number, y.suffix, y.paragraph, b.name);
    });
    return out;
}

} // namespace cd
