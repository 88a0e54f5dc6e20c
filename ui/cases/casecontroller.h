#pragma once

#include "cases/caserecord.h"
#include "common/result.h"

#include <QHash>
#include <QObject>

class QUndoStack;

namespace cd {
class CaseRepository;
}

namespace cd::ui {

// Every change the desk makes to a case goes through here, so it lands on the undo stack:
// create, edit and delete can be undone with Ctrl+Z by saving the previous record again.
class CaseController : public QObject
{
    Q_OBJECT
public:
    explicit CaseController(CaseRepository& repository, QObject* parent = nullptr);

    CaseRepository& repository() { return m_repository; }
    QUndoStack* undoStack() const { return m_undoStack; }

    Result<CaseRecord> load(qint64 id);
    // On success record holds what was stored (id, version, normalised number, due date).
    Result<qint64> createCase(CaseRecord& record);
    Result<void> updateCase(CaseRecord& record);
    Result<void> removeCase(qint64 id);

    // Undo of a delete stores the case again under a new row id; commands pushed earlier still
    // refer to the old one. resolveId maps any id the stack has seen to the current one.
    qint64 resolveId(qint64 id) const;

    // Used by the undo commands.
    Result<qint64> restoreRecord(const CaseRecord& record);
    Result<void> replaceRecord(qint64 id, const CaseRecord& record);
    Result<void> removeRecord(qint64 id);
    void reportError(const QString& message) { emit errorOccurred(message); }

signals:
    // A case was created, changed or brought back; the list should show it.
    void caseChanged(qint64 id);
    void caseRemoved(qint64 id);
    // An undo or redo step failed; the message is core's.
    void errorOccurred(const QString& message);

private:
    CaseRepository& m_repository;
    QUndoStack* m_undoStack;
    QHash<qint64, qint64> m_movedIds;
};

} // namespace cd::ui
