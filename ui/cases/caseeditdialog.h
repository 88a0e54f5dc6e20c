#pragma once

#include "cases/caserecord.h"
#include "common/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace cd::ui {

class EventListEditor;
class MessageBar;
class PartyListEditor;
class ValidatedLineEdit;

// New and edit case dialog. Checks as the user types (case number, resident IDs, credit codes)
// and keeps OK disabled while anything is invalid. OK hands the record to the save function;
// if core refuses it, core's message is shown here and the dialog stays open with the input.
class CaseEditDialog : public QDialog
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Result<void>(CaseRecord&)>;

    explicit CaseEditDialog(QWidget* parent = nullptr);

    // Fills the dialog from record; an empty record (id 0) is a new case.
    void setRecord(const CaseRecord& record);
    // The record as entered (not yet normalised by core).
    CaseRecord record() const;
    void setSaveFunction(SaveFunction save) { m_save = std::move(save); }
    // Core's checks without writing (CaseRepository::validate): run as the user types, so
    // anything core would refuse keeps Save disabled with core's message, and the time limit
    // it computes is shown before saving.
    void setCheckFunction(SaveFunction check);

    bool isInputValid() const { return firstError().isEmpty(); }
    QString firstError() const;

public slots:
    void accept() override;

private:
    QWidget* buildDetailsPage();
    void fillProcedures(const QString& kind, const QString& selected);
    void onCaseNumberChanged();
    void updateValidity();
    QString inputError() const;
    // Runs the check function on a copy of the input; fills checked on success.
    QString checkError(CaseRecord* checked) const;
    void updateClosedDate();

    CaseRecord m_original;
    SaveFunction m_save;
    SaveFunction m_check;
    QString m_kind;

    MessageBar* m_messages;
    QTabWidget* m_tabs;
    ValidatedLineEdit* m_number;
    QLabel* m_court;
    QLabel* m_due;
    QLineEdit* m_courtName;
    ValidatedLineEdit* m_cause;
    QComboBox* m_procedure;
    QComboBox* m_status;
    QDateEdit* m_filed;
    QDateEdit* m_closed;
    QLineEdit* m_judge;
    QLineEdit* m_panel;
    QDoubleSpinBox* m_claim;
    QPlainTextEdit* m_summary;
    PartyListEditor* m_parties;
    EventListEditor* m_events;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_saveButton = nullptr;
};

} // namespace cd::ui
