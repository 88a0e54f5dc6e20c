#include "closingcheck.h"

#include "intellog.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

bool ClosingReport::passed() const
{
    for (const ClosingCheckItem& i : items) {
        if (!i.passed)
            return false;
    }
    return true;
}

QString ClosingReport::missingText() const
{
    QStringList lines;
    for (const ClosingCheckItem& i : items) {
        if (!i.passed)
            lines << QStringLiteral("• ") + i.missing;
    }
    return lines.join(QLatin1Char('\n'));
}

const QStringList& ClosingCheck::itemKeys()
{
    static const QStringList keys{QStringLiteral("judgment-signed"), QStringLiteral("served"),
                                  QStringLiteral("fees-settled"), QStringLiteral("fees-waived"),
                                  QStringLiteral("archive-complete")};
    return keys;
}

Result<qint64> ClosingCheck::record(qint64 caseId, const ClosingItem& item, const QString& actor)
{
    if (!itemKeys().contains(item.item))
        return makeError(ErrorCode::InvalidInput,
                         tr("“%1” is not a closing checklist item.").arg(item.item));
    if (item.item == QLatin1String("served") && item.party.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("Say which party the documents were served on."));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO closing_items(case_id, item, party, done_on, note, actor)"
                             " VALUES(?,?,?,?,?,?)"));
    q.addBindValue(caseId);
    q.addBindValue(item.item);
    // NOT NULL columns: a null QString would bind as NULL.
    q.addBindValue(QString(QStringLiteral("") + item.party.trimmed()));
    q.addBindValue(
        (item.doneOn.isValid() ? item.doneOn : QDate::currentDate()).toString(Qt::ISODate));
    q.addBindValue(QString(QStringLiteral("") + item.note));
    q.addBindValue(QString(QStringLiteral("") + actor));
    if (!q.exec())
        return databaseError(tr("recording a closing checklist item"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Result<QVector<ClosingItem>> ClosingCheck::items(qint64 caseId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, item, party, done_on, note, actor FROM closing_items"
                             " WHERE case_id=? ORDER BY done_on, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return databaseError(tr("reading the closing checklist"), q.lastError().text());
    QVector<ClosingItem> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString(),
                       q.value(5).toString()});
    return out;
}

Result<ClosingReport> ClosingCheck::check(const CaseRecord& c)
{
    auto done = items(c.id);
    if (!done)
        return done.error();
    auto has = [&](const QString& key) {
        for (const ClosingItem& i : done.value())
            if (i.item == key)
                return true;
        return false;
    };
    ClosingReport r;

    ClosingCheckItem signedItem{QStringLiteral("judgment"),
                                has(QStringLiteral("judgment-signed")),
                                tr("Judgment signed"),
                                {}};
    if (!signedItem.passed)
        signedItem.missing =
            tr("The judgment (or ruling, mediation document) has not been signed.");
    r.items << signedItem;

    // Served on every party: a checklist entry, or a "served" event naming the party.
    QStringList unserved;
    for (const Party& p : c.parties) {
        bool served = false;
        for (const ClosingItem& i : done.value())
            served = served || (i.item == QLatin1String("served") && i.party == p.name);
        for (const CaseEvent& e : c.events)
            served = served || (e.type == QLatin1String("served") && e.note.contains(p.name));
        if (!served)
            unserved << p.name;
    }
    ClosingCheckItem servedItem{QStringLiteral("served"),
                                unserved.isEmpty() && !c.parties.isEmpty(),
                                tr("Served on every party"),
                                {}};
    if (c.parties.isEmpty())
        servedItem.missing = tr("The case has no parties to serve.");
    else if (!unserved.isEmpty())
        servedItem.missing = tr("Not yet served on: %1.").arg(unserved.join(QStringLiteral("、")));
    r.items << servedItem;

    // 诉讼费用交纳办法 governs civil and administrative cases; criminal cases bear no court fee.
    ClosingCheckItem fees{QStringLiteral("fees"), false, tr("Court fee settled"), {}};
    if (c.kind == QLatin1String("criminal"))
        fees.passed = true;
    else
        fees.passed = has(QStringLiteral("fees-settled")) || has(QStringLiteral("fees-waived"));
    if (!fees.passed)
        fees.missing = tr("The court fee has not been settled (paid, refunded or waived).");
    r.items << fees;

    ClosingCheckItem archive{QStringLiteral("archive"),
                             has(QStringLiteral("archive-complete")),
                             tr("Archive complete"),
                             {}};
    if (!archive.passed)
        archive.missing =
            tr("The case file has not been archived (electronic archive incomplete).");
    r.items << archive;
    return r;
}

Result<void> ClosingCheck::gate(const CaseRecord& c)
{
    if (c.status != QLatin1String("closed"))
        return {};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT status FROM cases WHERE id=?"));
    q.addBindValue(c.id);
    if (!q.exec())
        return databaseError(tr("reading the case status"), q.lastError().text());
    if (q.next() && q.value(0).toString() == QLatin1String("closed"))
        return {}; // already closed: editing a closed case is not closing it
    auto report = check(c);
    if (!report)
        return report.error();
    if (report.value().passed())
        return {};
    qCInfo(lcIntel) << "closing refused for case" << c.id;
    return makeError(
        ErrorCode::Conflict,
        tr("Case %1 cannot be closed yet:\n%2").arg(c.caseNumber, report.value().missingText()));
}

} // namespace cd
