#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cd::ui {

// The shape shared by the case dialog's list editors (parties, events): a table of records on
// the left with Add and Remove under it, the selected record's form on the right, and a hint
// in place of the form while the list is empty. Subclasses own the records and the form
// fields; this class owns the widgets around them and the selection.
class MasterDetailEditor : public QWidget
{
    Q_OBJECT
public:
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

signals:
    void changed();

protected:
    MasterDetailEditor(int columns, QWidget* parent);

    virtual int recordCount() const = 0;
    virtual void removeRecord(int index) = 0;
    // Shows the current record (m_current, maybe -1) in the form.
    virtual void loadForm() = 0;
    virtual void updateRow(int row) = 0;
    // Visibility and enabled state after the list or the selection changed.
    virtual void refreshForm();

    // After the subclass replaced all records.
    void resetRows();
    // After the subclass appended a record: shows and selects it, focus goes to focusField.
    void appendedRow(QWidget* focusField);
    void removeCurrentRow();
    // Writes one table row; a record with a problem is red with the problem as tooltip.
    void setRowCells(int row, const QStringList& cells, const QString& error);

    QTableWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QWidget* m_formBox;
    QFormLayout* m_form;
    QLabel* m_emptyHint;
    int m_current = -1;
    bool m_loading = false;
};

} // namespace cd::ui
