#include "masterdetaileditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

MasterDetailEditor::MasterDetailEditor(int columns, QWidget* parent)
    : QWidget(parent), m_list(new QTableWidget(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_formBox(new QWidget(this)),
      m_form(new QFormLayout(m_formBox)), m_emptyHint(new QLabel(this))
{
    m_list->setColumnCount(columns);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setShowGrid(false);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    left->addLayout(buttons);

    auto* right = new QVBoxLayout;
    right->addWidget(m_formBox);
    right->addWidget(m_emptyHint);
    right->addStretch(1);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 5);
    layout->addLayout(right, 6);

    connect(m_remove, &QPushButton::clicked, this, &MasterDetailEditor::removeCurrentRow);
    connect(m_list, &QTableWidget::currentCellChanged, this,
            [this](int row) { setCurrentIndex(row); });
}

void MasterDetailEditor::setCurrentIndex(int index)
{
    if (index == m_current && (index < 0 || m_list->currentRow() == index))
        return;
    m_current = index;
    if (m_list->currentRow() != index)
        m_list->setCurrentCell(index, 1);
    loadForm();
}

void MasterDetailEditor::refreshForm()
{
    const bool has = m_current >= 0 && m_current < recordCount();
    m_formBox->setVisible(has);
    m_emptyHint->setVisible(recordCount() == 0);
    m_remove->setEnabled(has);
}

void MasterDetailEditor::resetRows()
{
    m_list->setRowCount(recordCount());
    for (int i = 0; i < recordCount(); ++i)
        updateRow(i);
    m_current = -1;
    setCurrentIndex(recordCount() == 0 ? -1 : 0);
    refreshForm();
    emit changed();
}

void MasterDetailEditor::appendedRow(QWidget* focusField)
{
    const int row = recordCount() - 1;
    m_list->setRowCount(recordCount());
    updateRow(row);
    setCurrentIndex(row);
    refreshForm();
    if (focusField)
        focusField->setFocus(Qt::OtherFocusReason);
    emit changed();
}

void MasterDetailEditor::removeCurrentRow()
{
    if (m_current < 0 || m_current >= recordCount())
        return;
    const int removed = m_current;
    removeRecord(removed);
    m_current = -1;
    m_list->removeRow(removed);
    setCurrentIndex(qMin(removed, recordCount() - 1));
    refreshForm();
    emit changed();
}

void MasterDetailEditor::setRowCells(int row, const QStringList& cells, const QString& error)
{
    for (int c = 0; c < cells.size(); ++c) {
        QTableWidgetItem* item = m_list->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            m_list->setItem(row, c, item);
        }
        item->setText(cells.at(c));
        item->setToolTip(error);
        item->setForeground(error.isEmpty() ? palette().brush(QPalette::Text)
                                            : QBrush(QColor(0xc6, 0x28, 0x28)));
    }
}

} // namespace cd::ui
