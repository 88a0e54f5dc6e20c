#pragma once

#include <QStackedWidget>
#include <QStringList>
#include <QVector>

class QLabel;
class QTableWidget;

namespace cd::ui {

// A read-only table of records that shows a sentence instead of an empty grid when there are
// no rows ("No documents have been filed for this case yet.").
class RecordTable : public QStackedWidget
{
    Q_OBJECT
public:
    explicit RecordTable(QWidget* parent = nullptr);

    void setHeaders(const QStringList& headers);
    void setEmptyText(const QString& text);
    // Each row holds one string per header; tooltips repeat long cells.
    void setRows(const QVector<QStringList>& rows);
    int rowCount() const;
    QTableWidget* table() const { return m_table; }
    QLabel* emptyLabel() const { return m_empty; }
    bool showsEmptyState() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitColumns();

    QTableWidget* m_table;
    QLabel* m_empty;
};

} // namespace cd::ui
