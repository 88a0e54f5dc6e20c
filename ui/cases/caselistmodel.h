#pragma once

#include "cases/caserecord.h"
#include "cases/caserepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

namespace cd::ui {

// The case list, fetched lazily a page at a time through CaseRepository::list, so a store of
// 100,000 cases opens as fast as one of ten. Sorting and searching re-query the store.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        CauseColumn,
        PartiesColumn,
        JudgeColumn,
        FiledColumn,
        StatusColumn,
        TimeLimitColumn,
        ColumnCount
    };
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        // Days until the due date (int); invalid when no time limit runs.
        DaysLeftRole,
        // cd::ui::Urgency as int.
        UrgencyRole,
    };

    static constexpr int defaultPageSize = 200;

    explicit CaseListModel(CaseRepository& repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Re-runs the query with a new search text (empty: all cases).
    void setSearch(const QString& search);
    QString search() const { return m_query.search; }
    // Runs the query unless sort() or setSearch() already did.
    void ensureLoaded();
    // Re-runs the current query, e.g. after a case was saved elsewhere.
    void refresh();
    void setPageSize(int rows) { m_pageSize = rows; }
    // The day time limits are counted against; defaults to Clock::instance().today().
    void setToday(const QDate& today);

    // Cases matching the current query (all pages), or -1 if counting failed.
    int totalCount() const { return m_total; }
    int fetchedCount() const { return int(m_rows.size()); }
    qint64 caseIdAt(int row) const;
    // Row of a case among the rows fetched so far, or -1.
    int rowOfCase(qint64 id) const;
    // The column a header section sorts by; false if the column is not sortable.
    static bool sortColumnFor(int column, CaseSortColumn* sort);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    // Retranslated header labels after a language switch.
    void retranslate();

signals:
    // A repository error, with the message core gave.
    void errorOccurred(const QString& message);
    // The query was re-run: new search, sort or refresh.
    void queryChanged();

private:
    void reload();
    QVariant displayData(const CaseSummary& row, int column) const;
    QVariant daysLeft(const CaseSummary& row) const;

    CaseRepository& m_repository;
    CaseListQuery m_query;
    QVector<CaseSummary> m_rows;
    int m_pageSize = defaultPageSize;
    int m_total = 0;
    bool m_exhausted = true;
    bool m_loaded = false;
    QDate m_today;
};

} // namespace cd::ui
