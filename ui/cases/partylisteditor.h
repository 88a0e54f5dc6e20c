#pragma once

#include "cases/caserecord.h"
#include "masterdetaileditor.h"

class QComboBox;
class QLineEdit;

namespace cd::ui {

class ValidatedLineEdit;

// Edits the parties of a case: a list on the left, the selected party's fields on the right.
// ID numbers are checked as they are typed: a resident ID for a person, a unified social
// credit code for an organisation.
class PartyListEditor : public MasterDetailEditor
{
    Q_OBJECT
public:
    explicit PartyListEditor(QWidget* parent = nullptr);

    void setParties(const QVector<Party>& parties);
    QVector<Party> parties() const { return m_parties; }

    void addParty();
    void removeCurrentParty() { removeCurrentRow(); }

    bool isValid() const { return firstError().isEmpty(); }
    // The first problem across all parties, prefixed with the party; empty when all are fine.
    QString firstError() const;
    // Problem with one party; empty when it is fine.
    static QString partyError(const Party& party);

protected:
    int recordCount() const override { return int(m_parties.size()); }
    void removeRecord(int index) override { m_parties.removeAt(index); }
    void loadForm() override;
    void updateRow(int row) override;

private:
    void buildForm();
    void retranslateUi();
    void storeForm();

    QVector<Party> m_parties;

    QComboBox* m_role;
    QComboBox* m_kind;
    ValidatedLineEdit* m_name;
    ValidatedLineEdit* m_idNumber;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_agent;
};

} // namespace cd::ui
