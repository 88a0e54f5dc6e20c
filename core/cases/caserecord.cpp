#include "caserecord.h"

namespace cd {

const QVector<LabelledKey>& CaseVocabulary::partyRoles()
{
    static const QVector<LabelledKey> v{
        {"plaintiff", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Plaintiff")},
        {"defendant", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Defendant")},
        {"third-party", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Third party")},
        {"appellant", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Appellant")},
        {"appellee", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Appellee")},
        {"applicant", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Applicant")},
        {"respondent", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Respondent")},
        {"prosecutor", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Public prosecution organ")},
        {"accused", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Defendant (criminal)")},
        {"victim", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Victim")},
        {"enforcement-applicant",
         QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Applicant for enforcement")},
        {"enforcement-respondent",
         QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Person subject to enforcement")},
    };
    return v;
}

const QVector<LabelledKey>& CaseVocabulary::caseStatuses()
{
    static const QVector<LabelledKey> v{
        {"open", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Pending")},
        {"suspended", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Suspended")},
        {"closed", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Closed")},
        {"archived", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Archived")},
    };
    return v;
}

const QVector<LabelledKey>& CaseVocabulary::eventTypes()
{
    static const QVector<LabelledKey> v{
        {"filed", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Case filed")},
        {"served", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Documents served")},
        {"hearing", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Hearing")},
        {"public-notice", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Service by public notice")},
        {"appraisal", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Expert appraisal")},
        {"jurisdiction-objection",
         QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Jurisdiction objection")},
        {"suspension", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Suspension")},
        {"extension", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Time limit extended")},
        {"extension-higher",
         QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Time limit extended by a higher court")},
        {"mediation", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Mediation")},
        {"judgment", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Judgment pronounced")},
        {"closed", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Case closed")},
        {"note", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Note")},
    };
    return v;
}

const QVector<LabelledKey>& CaseVocabulary::caseKinds()
{
    static const QVector<LabelledKey> v{
        {"civil", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Civil")},
        {"criminal", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Criminal")},
        {"administrative", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Administrative")},
        {"enforcement", QT_TRANSLATE_NOOP("cd::CaseVocabulary", "Enforcement")},
    };
    return v;
}

QString CaseVocabulary::label(const QVector<LabelledKey>& list, const QString& key)
{
    for (const LabelledKey& k : list) {
        if (key == QLatin1String(k.key))
            return tr(k.label);
    }
    return key;
}

bool CaseVocabulary::isExcludedPeriod(const QString& eventType)
{
    // Periods the law does not count toward the trial limit (see PRODUCT.md, 审限).
    return eventType == QLatin1String("public-notice") || eventType == QLatin1String("appraisal") ||
           eventType == QLatin1String("jurisdiction-objection") ||
           eventType == QLatin1String("suspension");
}

} // namespace cd
