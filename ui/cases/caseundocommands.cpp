#include "caseundocommands.h"

#include "casecontroller.h"

namespace cd::ui {

void CaseCommand::undo()
{
    if (!applyUndo())
        setObsolete(true);
    m_done = false;
}

void CaseCommand::redo()
{
    // QUndoStack::push() calls redo(); the change itself has already been saved by then.
    if (m_done)
        return;
    if (!applyRedo())
        setObsolete(true);
    m_done = true;
}

CreateCaseCommand::CreateCaseCommand(CaseController& controller, CaseRecord created)
    : CaseCommand(controller), m_created(std::move(created))
{
    setText(CaseCommand::tr("New case %1").arg(m_created.caseNumber));
}

bool CreateCaseCommand::applyUndo()
{
    return m_controller.removeRecord(m_created.id).isOk();
}

bool CreateCaseCommand::applyRedo()
{
    return m_controller.restoreRecord(m_created).isOk();
}

EditCaseCommand::EditCaseCommand(CaseController& controller, CaseRecord before, CaseRecord after)
    : CaseCommand(controller), m_before(std::move(before)), m_after(std::move(after))
{
    setText(CaseCommand::tr("Edit case %1").arg(m_after.caseNumber));
}

bool EditCaseCommand::applyUndo()
{
    return m_controller.replaceRecord(m_before.id, m_before).isOk();
}

bool EditCaseCommand::applyRedo()
{
    return m_controller.replaceRecord(m_before.id, m_after).isOk();
}

DeleteCaseCommand::DeleteCaseCommand(CaseController& controller, CaseRecord removed)
    : CaseCommand(controller), m_removed(std::move(removed))
{
    setText(CaseCommand::tr("Delete case %1").arg(m_removed.caseNumber));
}

bool DeleteCaseCommand::applyUndo()
{
    return m_controller.restoreRecord(m_removed).isOk();
}

bool DeleteCaseCommand::applyRedo()
{
    return m_controller.removeRecord(m_removed.id).isOk();
}

} // namespace cd::ui
