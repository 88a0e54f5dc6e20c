#pragma once

#include "cases/caserecord.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd::ui {

class ValidatedLineEdit;

// Edits the parties of a case: a list on the left, the selected party's fields on the right.
// ID numbers are checked as they are typed: a resident ID for a person, a unified social
// credit code for an organisation.
class PartyListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PartyListEditor(QWidget* parent = nullptr);

    void setParties(const QVector<Party>& parties);
    QVector<Party> parties() const { return m_parties; }

    void addParty();
    void removeCurrentParty();
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    bool isValid() const { return firstError().isEmpty(); }
    // The first problem across all parties, prefixed with the party; empty when all are fine.
    QString firstError() const;
    // Problem with one party; empty when it is fine.
    static QString partyError(const Party& party);

signals:
    void changed();

private:
    void buildForm();
    void retranslateUi();
    void loadForm();
    void storeForm();
    void updateRow(int row);
    void updateFormEnabled();

    QVector<Party> m_parties;
    int m_current = -1;
    bool m_loading = false;

    QTableWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QWidget* m_formBox;
    QFormLayout* m_form;
    QComboBox* m_role;
    QComboBox* m_kind;
    ValidatedLineEdit* m_name;
    ValidatedLineEdit* m_idNumber;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_agent;
    QLabel* m_emptyHint;
};

} // namespace cd::ui
