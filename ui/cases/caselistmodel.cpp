#include "caselistmodel.h"

#include "cases/timelimits.h"
#include "common/clock.h"
#include "common/displayformat.h"
#include "common/logging.h"
#include "intel/triagehint.h"

#include <QElapsedTimer>

namespace cd::ui {

CaseListModel::CaseListModel(CaseRepository& repository, QObject* parent)
    : QAbstractTableModel(parent), m_repository(repository), m_today(Clock::instance().today())
{
    m_query.sort = CaseSortColumn::FiledOn;
    m_query.descending = true;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseSummary& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        // The cause's tooltip carries the triage (繁简分流) suggestion with its reasons.
        if (index.column() == CauseColumn)
            return displayData(row, index.column()).toString() + QStringLiteral("\n\n") +
                   triageHint(m_repository, row.id);
        if (index.column() == PartiesColumn)
            return displayData(row, index.column());
        if (index.column() == TimeLimitColumn && row.dueOn.isValid())
            return tr("Due on %1").arg(DisplayFormat::date(row.dueOn));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FiledColumn || index.column() == TimeLimitColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case CaseIdRole:
        return row.id;
    case DaysLeftRole:
        return daysLeft(row);
    case UrgencyRole: {
        const QVariant days = daysLeft(row);
        return int(days.isValid() ? DisplayFormat::urgency(days.toInt()) : Urgency::None);
    }
    default:
        return {};
    }
}

QVariant CaseListModel::displayData(const CaseSummary& row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.caseNumber;
    case CauseColumn:
        return row.cause;
    case PartiesColumn:
        return row.parties;
    case JudgeColumn:
        return row.judge;
    case FiledColumn:
        return DisplayFormat::date(row.filedOn);
    case StatusColumn:
        return CaseVocabulary::label(CaseVocabulary::caseStatuses(), row.status);
    case TimeLimitColumn: {
        const QVariant days = daysLeft(row);
        return days.isValid() ? DisplayFormat::daysLeft(days.toInt()) : QString();
    }
    default:
        return {};
    }
}

QVariant CaseListModel::daysLeft(const CaseSummary& row) const
{
    if (!row.dueOn.isValid() || DisplayFormat::timeLimitStopped(row.status))
        return {};
    return TimeLimits::daysLeft(row.dueOn, m_today);
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case CauseColumn:
        return tr("Cause of action");
    case PartiesColumn:
        return tr("Parties");
    case JudgeColumn:
        return tr("Judge");
    case FiledColumn:
        return tr("Filed");
    case StatusColumn:
        return tr("Status");
    case TimeLimitColumn:
        return tr("Time limit");
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    QElapsedTimer timer;
    timer.start();
    CaseListQuery page = m_query;
    page.offset = int(m_rows.size());
    page.limit = m_pageSize;
    auto result = m_repository.list(page);
    if (!result) {
        m_exhausted = true;
        qCWarning(lcUi) << "case list page failed:" << result.error().detail;
        emit errorOccurred(result.errorMessage());
        return;
    }
    const QVector<CaseSummary>& rows = result.value();
    m_exhausted = rows.size() < m_pageSize;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
    qCDebug(lcUi) << "fetched" << rows.size() << "cases at offset" << page.offset << "in"
                  << timer.elapsed() << "ms";
}

bool CaseListModel::sortColumnFor(int column, CaseSortColumn* sort)
{
    CaseSortColumn s;
    switch (column) {
    case NumberColumn:
        s = CaseSortColumn::CaseNumber;
        break;
    case CauseColumn:
        s = CaseSortColumn::Cause;
        break;
    case PartiesColumn:
        s = CaseSortColumn::Parties;
        break;
    case JudgeColumn:
        s = CaseSortColumn::Judge;
        break;
    case FiledColumn:
        s = CaseSortColumn::FiledOn;
        break;
    case StatusColumn:
        s = CaseSortColumn::Status;
        break;
    case TimeLimitColumn:
        s = CaseSortColumn::DueOn;
        break;
    default:
        return false;
    }
    if (sort)
        *sort = s;
    return true;
}

int CaseListModel::sortColumn() const
{
    for (int c = 0; c < ColumnCount; ++c) {
        CaseSortColumn s;
        if (sortColumnFor(c, &s) && s == m_query.sort)
            return c;
    }
    return FiledColumn;
}

Qt::SortOrder CaseListModel::sortOrder() const
{
    return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    CaseSortColumn s;
    if (!sortColumnFor(column, &s))
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_loaded && s == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = s;
    m_query.descending = descending;
    reload();
}

void CaseListModel::setSearch(const QString& search)
{
    const QString trimmed = search.trimmed();
    if (m_loaded && trimmed == m_query.search)
        return;
    m_query.search = trimmed;
    reload();
}

void CaseListModel::refresh()
{
    m_today = Clock::instance().today();
    reload();
}

void CaseListModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeLimitColumn), index(rowCount() - 1, TimeLimitColumn));
}

qint64 CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CaseListModel::rowOfCase(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void CaseListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CaseListModel::ensureLoaded()
{
    if (!m_loaded)
        reload();
}

void CaseListModel::reload()
{
    m_loaded = true;
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    auto count = m_repository.count(m_query.search);
    if (count) {
        m_total = count.value();
    } else {
        m_total = -1;
        emit errorOccurred(count.errorMessage());
    }
    endResetModel();
    // The first page is fetched at once so the first paint already shows rows.
    fetchMore({});
    emit queryChanged();
}

} // namespace cd::ui
