#pragma once

#include "intel/dashboardstats.h"

#include <QDate>
#include <QWidget>

class QChartView;
class QLabel;

namespace cd {
class Database;
}

namespace cd::ui {

// The judge's dashboard (Qt Charts): caseload by status, time limits overdue and due this week,
// closings per month. Clicking a bar emits the cases behind it.
class DashboardWidget : public QWidget
{
    Q_OBJECT
public:
    DashboardWidget(Database& db, QWidget* parent = nullptr);

    // judge empty: every case. today: the day time limits are counted against.
    void reload(const QString& judge, const QDate& today);
    const DashboardFigures& figures() const { return m_figures; }

signals:
    void casesRequested(const QString& title, const QVector<qint64>& caseIds);
    void errorOccurred(const QString& message);

private:
    QChartView* makeChart(const QString& title, const QVector<DashboardBucket>& buckets,
                          const QColor& color);

    Database& m_db;
    DashboardFigures m_figures;
    QLabel* m_summary;
    QWidget* m_charts;
};

} // namespace cd::ui
