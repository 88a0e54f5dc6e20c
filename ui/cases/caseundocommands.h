#pragma once

#include "cases/caserecord.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cd::ui {

class CaseController;

// Base for the case commands: the change was already made when the command is pushed, so the
// first redo() is skipped. A step that fails reports core's message and drops out of the stack.
class CaseCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cd::ui::CaseCommand)
public:
    void undo() final;
    void redo() final;

protected:
    explicit CaseCommand(CaseController& controller) : m_controller(controller) {}
    virtual bool applyUndo() = 0;
    virtual bool applyRedo() = 0;
    CaseController& m_controller;

private:
    bool m_done = true;
};

class CreateCaseCommand : public CaseCommand
{
public:
    CreateCaseCommand(CaseController& controller, CaseRecord created);

protected:
    bool applyUndo() override;
    bool applyRedo() override;

private:
    CaseRecord m_created;
};

class EditCaseCommand : public CaseCommand
{
public:
    EditCaseCommand(CaseController& controller, CaseRecord before, CaseRecord after);

protected:
    bool applyUndo() override;
    bool applyRedo() override;

private:
    CaseRecord m_before;
    CaseRecord m_after;
};

class DeleteCaseCommand : public CaseCommand
{
public:
    DeleteCaseCommand(CaseController& controller, CaseRecord removed);

protected:
    bool applyUndo() override;
    bool applyRedo() override;

private:
    CaseRecord m_removed;
};

} // namespace cd::ui
