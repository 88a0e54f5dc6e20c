#pragma once

#include "cases/caserecord.h"
#include "masterdetaileditor.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd::ui {

// Edits the timeline of a case: hearings, service, and the events that move the time limit
// (an approved extension; suspension, appraisal or public notice from one date to another).
class EventListEditor : public MasterDetailEditor
{
    Q_OBJECT
public:
    explicit EventListEditor(QWidget* parent = nullptr);

    void setEvents(const QVector<CaseEvent>& events);
    QVector<CaseEvent> events() const { return m_events; }

    void addEvent();
    void removeCurrentEvent() { removeCurrentRow(); }

    bool isValid() const { return firstError().isEmpty(); }
    QString firstError() const;
    static QString eventError(const CaseEvent& event);

protected:
    int recordCount() const override { return int(m_events.size()); }
    void removeRecord(int index) override { m_events.removeAt(index); }
    void loadForm() override;
    void updateRow(int row) override;
    // Shows the end date, extension and approval rows the event type needs.
    void refreshForm() override;

private:
    void buildForm();
    void retranslateUi();
    void storeForm();

    QVector<CaseEvent> m_events;

    QComboBox* m_type;
    QDateEdit* m_start;
    QWidget* m_endRow;
    QDateEdit* m_end;
    QCheckBox* m_ongoing;
    QWidget* m_extensionRow;
    QSpinBox* m_months;
    QSpinBox* m_days;
    QLineEdit* m_approvedBy;
    QLineEdit* m_note;
    QLabel* m_error;
};

} // namespace cd::ui
