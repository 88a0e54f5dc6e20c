#pragma once

#include "hearing/batchscheduler.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace cd {
class Database;
}

namespace cd::ui {

// Batch booking for a speedy-trial afternoon: tick the cases, choose the room and the slots,
// see the plan (and which cases did not fit, and why), then book all in one step.
class BatchBookingDialog : public QDialog
{
    Q_OBJECT
public:
    BatchBookingDialog(Database& db, const QString& actor, QWidget* parent = nullptr);

    // Ticks the cases with these ids (e.g. the current case); tests and callers.
    void checkCases(const QVector<qint64>& ids);
    BatchRequest request() const;
    const BatchPlan& plan() const { return m_plan; }
    QTableWidget* planTable() const { return m_table; }
    void makePlan();
    bool bookPlan();

private:
    void fillCases();

    Database& m_db;
    QString m_actor;
    QLineEdit* m_search;
    QListWidget* m_cases;
    QComboBox* m_room;
    QDateEdit* m_date;
    QTimeEdit* m_from;
    QTimeEdit* m_to;
    QSpinBox* m_slot;
    QSpinBox* m_gap;
    QPushButton* m_planButton;
    QPushButton* m_bookButton;
    QTableWidget* m_table;
    QLabel* m_summary;
    BatchPlan m_plan;
};

} // namespace cd::ui
