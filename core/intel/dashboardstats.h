#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// One bar of the dashboard with the cases behind it, so a click can open them.
struct DashboardBucket
{
    QString key;   // status key, "overdue", "due-week", or "2026-03" for a month
    QString label; // translated
    QVector<qint64> caseIds;
};

struct DashboardFigures
{
    QVector<DashboardBucket> byStatus;   // caseload
    QVector<DashboardBucket> timeLimits; // overdue, due this week
    QVector<DashboardBucket> closings;   // per month, oldest first
};

// The judge's own statistics: caseload by status, time limits due this week and overdue, cases
// closed per month. judge empty: every case in the store.
class DashboardStats
{
    Q_DECLARE_TR_FUNCTIONS(cd::DashboardStats)
public:
    static Result<DashboardFigures> compute(Database& db, const QString& judge, const QDate& today,
                                            int months = 12);
};

} // namespace cd
