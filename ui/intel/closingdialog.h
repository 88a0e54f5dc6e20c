#pragma once

#include "cases/caserecord.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;

namespace cd {
class Database;
}

namespace cd::ui {

// 结案检查 for one case: the checklist with what is still missing, and buttons to record what
// has been done (judgment signed, served on a party, fee settled or waived, archive complete).
// Closing itself stays with the case editor; the repository refuses it until this passes.
class ClosingDialog : public QDialog
{
    Q_OBJECT
public:
    ClosingDialog(Database& db, const CaseRecord& record, const QString& actor,
                  QWidget* parent = nullptr);

    void refresh();
    bool passed() const { return m_passed; }

private:
    void recordItem(const QString& item, const QString& party = {});

    Database& m_db;
    CaseRecord m_record;
    QString m_actor;
    QListWidget* m_list;
    QLabel* m_verdict;
    QComboBox* m_party;
    bool m_passed = false;
};

} // namespace cd::ui
