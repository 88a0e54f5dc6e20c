#include "dashboardstats.h"

#include "cases/caserecord.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

Result<DashboardFigures> DashboardStats::compute(Database& db, const QString& judge,
                                                 const QDate& today, int months)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, status, due_on, closed_on FROM cases"
                             " WHERE (? = '' OR judge = ?)"));
    const QString j = judge.isNull() ? QStringLiteral("") : judge;
    q.addBindValue(j);
    q.addBindValue(j);
    if (!q.exec())
        return databaseError(tr("computing the dashboard"), q.lastError().text());
    DashboardFigures f;
    for (const LabelledKey& s : CaseVocabulary::caseStatuses())
        f.byStatus.push_back(
            {QString::fromLatin1(s.key),
             CaseVocabulary::label(CaseVocabulary::caseStatuses(), QString::fromLatin1(s.key)),
             {}});
    f.timeLimits = {{QStringLiteral("overdue"), tr("Overdue"), {}},
                    {QStringLiteral("due-week"), tr("Due within 7 days"), {}}};
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-(months - 1));
    QHash<QString, int> monthIndex;
    for (int m = 0; m < months; ++m) {
        const QDate d = firstMonth.addMonths(m);
        const QString key = d.toString(QStringLiteral("yyyy-MM"));
        monthIndex.insert(key, m);
        f.closings.push_back({key, key, {}});
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString status = q.value(1).toString();
        for (DashboardBucket& b : f.byStatus) {
            if (b.key == status)
                b.caseIds << id;
        }
        const bool running = status == QLatin1String("open");
        const QDate due = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (running && due.isValid()) {
            if (due < today)
                f.timeLimits[0].caseIds << id;
            else if (due <= today.addDays(7))
                f.timeLimits[1].caseIds << id;
        }
        const QDate closed = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        if (closed.isValid()) {
            const int m = monthIndex.value(closed.toString(QStringLiteral("yyyy-MM")), -1);
            if (m >= 0)
                f.closings[m].caseIds << id;
        }
    }
    return f;
}

} // namespace cd
