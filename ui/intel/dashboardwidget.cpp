#include "dashboardwidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cd::ui {

DashboardWidget::DashboardWidget(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_summary(new QLabel(this)), m_charts(new QWidget(this))
{
    setObjectName(QStringLiteral("dashboard"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_charts, 1);
    new QGridLayout(m_charts);
}

QChartView* DashboardWidget::makeChart(const QString& title,
                                       const QVector<DashboardBucket>& buckets, const QColor& color)
{
    auto* set = new QBarSet(title);
    set->setColor(color);
    set->setLabelColor(palette().color(QPalette::WindowText));
    QStringList categories;
    int max = 1;
    for (const DashboardBucket& b : buckets) {
        *set << b.caseIds.size();
        categories << b.label;
        max = qMax(max, int(b.caseIds.size()));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    // Qt Charts elides a label well before it meets its neighbour ("Suspend…"); the categories
    // are few and short, so show them whole.
    x->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    // Whole-number ticks: five steps of a whole size, with room above the highest bar.
    const int step = qMax(1, (max + 1 + 4) / 5);
    y->setRange(0, step * 5);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    // A click on a bar opens the cases behind it.
    connect(set, &QBarSet::clicked, this, [this, buckets, title](int index) {
        if (index >= 0 && index < buckets.size())
            emit casesRequested(title + QStringLiteral(" · ") + buckets.at(index).label,
                                buckets.at(index).caseIds);
    });
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 260);
    return view;
}

void DashboardWidget::reload(const QString& judge, const QDate& today)
{
    auto f = DashboardStats::compute(m_db, judge, today);
    if (!f) {
        emit errorOccurred(f.errorMessage());
        return;
    }
    m_figures = f.value();
    auto* grid = static_cast<QGridLayout*>(m_charts->layout());
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    grid->addWidget(makeChart(tr("Caseload by status"), m_figures.byStatus, QColor(0x2b6cb0)), 0,
                    0);
    grid->addWidget(makeChart(tr("Time limits"), m_figures.timeLimits, QColor(0xc53030)), 0, 1);
    grid->addWidget(makeChart(tr("Closed per month"), m_figures.closings, QColor(0x2f855a)), 1, 0,
                    1, 2);
    int open = 0;
    for (const DashboardBucket& b : m_figures.byStatus)
        if (b.key == QLatin1String("open"))
            open = int(b.caseIds.size());
    m_summary->setText(
        tr("%1 — %2 pending, %3 overdue, %4 due within 7 days (as of %5). Click a bar to open "
           "its cases.")
            .arg(judge.isEmpty() ? tr("All judges") : judge)
            .arg(open)
            .arg(m_figures.timeLimits.at(0).caseIds.size())
            .arg(m_figures.timeLimits.at(1).caseIds.size())
            .arg(today.toString(Qt::ISODate)));
}

} // namespace cd::ui
