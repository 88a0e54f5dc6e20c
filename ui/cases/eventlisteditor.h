#pragma once

#include "cases/caserecord.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cd::ui {

// Edits the timeline of a case: hearings, service, and the events that move the time limit
// (an approved extension; suspension, appraisal or public notice from one date to another).
class EventListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EventListEditor(QWidget* parent = nullptr);

    void setEvents(const QVector<CaseEvent>& events);
    QVector<CaseEvent> events() const { return m_events; }

    void addEvent();
    void removeCurrentEvent();
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    bool isValid() const { return firstError().isEmpty(); }
    QString firstError() const;
    static QString eventError(const CaseEvent& event);

signals:
    void changed();

private:
    void buildForm();
    void retranslateUi();
    void loadForm();
    void storeForm();
    void updateRow(int row);
    void updateFieldStates();

    QVector<CaseEvent> m_events;
    int m_current = -1;
    bool m_loading = false;

    QTableWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QWidget* m_formBox;
    QFormLayout* m_form;
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
    QLabel* m_emptyHint;
};

} // namespace cd::ui
