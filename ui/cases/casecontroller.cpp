#include "casecontroller.h"

#include "cases/caserepository.h"
#include "caseundocommands.h"
#include "common/logging.h"

#include <QUndoStack>

namespace cd::ui {

CaseController::CaseController(CaseRepository& repository, QObject* parent)
    : QObject(parent), m_repository(repository), m_undoStack(new QUndoStack(this))
{
    m_undoStack->setUndoLimit(100);
}

Result<CaseRecord> CaseController::load(qint64 id)
{
    return m_repository.load(resolveId(id));
}

Result<qint64> CaseController::createCase(CaseRecord& record)
{
    auto r = m_repository.create(record);
    if (!r)
        return r;
    qCInfo(lcUi) << "created case" << record.caseNumber;
    m_undoStack->push(new CreateCaseCommand(*this, record));
    emit caseChanged(record.id);
    return r;
}

Result<void> CaseController::updateCase(CaseRecord& record)
{
    auto before = m_repository.load(record.id);
    if (!before)
        return before.error();
    if (auto r = m_repository.update(record); !r)
        return r;
    m_undoStack->push(new EditCaseCommand(*this, before.value(), record));
    emit caseChanged(record.id);
    return {};
}

Result<void> CaseController::removeCase(qint64 id)
{
    auto before = m_repository.load(resolveId(id));
    if (!before)
        return before.error();
    if (auto r = m_repository.remove(before->id); !r)
        return r;
    m_undoStack->push(new DeleteCaseCommand(*this, before.value()));
    emit caseRemoved(before->id);
    return {};
}

qint64 CaseController::resolveId(qint64 id) const
{
    // Chains are short (one entry per undone delete of the same case).
    while (m_movedIds.contains(id))
        id = m_movedIds.value(id);
    return id;
}

Result<qint64> CaseController::restoreRecord(const CaseRecord& record)
{
    // Stored again with its uuid, so the audit log keeps one history for the case.
    CaseRecord copy = record;
    copy.id = 0;
    auto r = m_repository.create(copy);
    if (!r) {
        reportError(r.errorMessage());
        return r;
    }
    const qint64 latest = resolveId(record.id);
    if (latest != copy.id)
        m_movedIds.insert(latest, copy.id);
    emit caseChanged(copy.id);
    return r;
}

Result<void> CaseController::replaceRecord(qint64 id, const CaseRecord& record)
{
    const qint64 current = resolveId(id);
    auto stored = m_repository.load(current);
    if (!stored) {
        reportError(stored.errorMessage());
        return stored.error();
    }
    CaseRecord copy = record;
    copy.id = current;
    copy.version = stored->version;
    if (auto r = m_repository.update(copy); !r) {
        reportError(r.errorMessage());
        return r;
    }
    emit caseChanged(current);
    return {};
}

Result<void> CaseController::removeRecord(qint64 id)
{
    const qint64 current = resolveId(id);
    if (auto r = m_repository.remove(current); !r) {
        reportError(r.errorMessage());
        return r;
    }
    emit caseRemoved(current);
    return {};
}

} // namespace cd::ui
