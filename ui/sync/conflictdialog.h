#pragma once

#include "sync/syncstore.h"

#include <QDialog>
#include <QJsonObject>

class QTableWidget;
class QLabel;

namespace cd::ui {

// A sync conflict side by side, field by field: this desk's version and the server's, with
// the fields that differ highlighted. The judge picks mine or theirs per field, or all of
// one side; the result is pushed as a new change on the server's version.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { Cancelled, TakeTheirs, Merged };

    explicit ConflictDialog(const ConflictEntry& conflict, QWidget* parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    // The record to push: the server's body with the fields chosen "mine" taken from ours.
    QJsonObject mergedBody() const;
    QStringList differingFields() const { return m_differing; }
    // Per-field choice; true = mine.
    void setChoice(const QString& field, bool mine);
    bool choice(const QString& field) const;

    void takeAllTheirs();
    void keepAllMine();
    void applyChoice();

    // Human text of a field value (lists of parties and events as lines).
    static QString displayValue(const QJsonValue& v);

private:
    int rowOf(const QString& field) const;

    ConflictEntry m_conflict;
    QStringList m_fields;
    QStringList m_differing;
    QTableWidget* m_table;
    QLabel* m_intro;
    Outcome m_outcome = Outcome::Cancelled;
};

} // namespace cd::ui
