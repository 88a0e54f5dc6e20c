#include "suggestionapply.h"

#include "cases/casecontroller.h"
#include "evidence/extractionapplier.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace cd::ui {

namespace {

const char* const kContext = "cd::ui::SuggestionApply";

// Asks which date of the case a found date is; empty if the user cancelled.
QString askEventType(QWidget* parent, const Extraction& e)
{
    QStringList keys{QStringLiteral("filed_on")};
    QStringList labels{QCoreApplication::translate(kContext, "Filing date (立案日期)")};
    for (const LabelledKey& k : CaseVocabulary::eventTypes()) {
        if (QLatin1String(k.key) == QLatin1String("filed"))
            continue;
        keys << QString::fromLatin1(k.key);
        labels << CaseVocabulary::label(CaseVocabulary::eventTypes(), QString::fromLatin1(k.key));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        parent, QCoreApplication::translate(kContext, "Use date"),
        QCoreApplication::translate(kContext, "What happened on %1?").arg(e.display), labels, 0,
        false, &ok);
    if (!ok)
        return {};
    return keys.value(labels.indexOf(chosen));
}

} // namespace

Result<QString> applySuggestion(QWidget* parent, CaseController& cases, qint64 caseId,
                                const Extraction& suggestion, const QVector<Extraction>& all,
                                const QString& source)
{
    if (caseId == 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(kContext, "Open a case first."));
    auto record = cases.load(caseId);
    if (!record)
        return record.error();
    ApplyTarget target;
    target.source = source;
    if (suggestion.kind == ExtractKind::ResidentId || suggestion.kind == ExtractKind::CreditCode ||
        suggestion.kind == ExtractKind::Phone)
        target.partyName = ExtractionApplier::nearestPartyName(all, suggestion);
    if (ExtractionApplier::needsEventType(suggestion)) {
        target.eventType = askEventType(parent, suggestion);
        if (target.eventType.isEmpty())
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate(kContext, "Nothing was changed."));
    }
    CaseRecord r = record.value();
    auto change = ExtractionApplier::apply(r, suggestion, target);
    if (!change)
        return change.error();
    if (auto saved = cases.updateCase(r); !saved)
        return saved.error();
    return change.value();
}

} // namespace cd::ui
