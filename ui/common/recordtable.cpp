#include "recordtable.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>

namespace cd::ui {

RecordTable::RecordTable(QWidget* parent)
    : QStackedWidget(parent), m_table(new QTableWidget(this)), m_empty(new QLabel(this))
{
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    addWidget(m_table);
    addWidget(m_empty);
    setCurrentWidget(m_empty);
}

void RecordTable::setHeaders(const QStringList& headers)
{
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
}

void RecordTable::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

void RecordTable::setRows(const QVector<QStringList>& rows)
{
    m_table->clearContents();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList& cells = rows.at(r);
        for (int c = 0; c < cells.size() && c < m_table->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    }
    fitColumns();
    setCurrentWidget(rows.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
}

void RecordTable::fitColumns()
{
    if (m_table->rowCount() == 0)
        return;
    m_table->resizeColumnsToContents();
    // Long notes must not push the other columns out of sight; the tooltip has the rest.
    const int cap = qMax(160, fontMetrics().averageCharWidth() * 40);
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), cap));
}

void RecordTable::changeEvent(QEvent* event)
{
    QStackedWidget::changeEvent(event);
    // Widths follow the text; a new UI font (language switch) needs them measured again.
    if (event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, &RecordTable::fitColumns);
}

int RecordTable::rowCount() const
{
    return m_table->rowCount();
}

bool RecordTable::showsEmptyState() const
{
    return currentWidget() == m_empty;
}

} // namespace cd::ui
