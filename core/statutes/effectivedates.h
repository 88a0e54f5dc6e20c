#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

// Days in force that the corpus headers do not state. An amending decision says when it takes
// effect, but the corpus keeps only the decision's adoption date in the consolidated text's
// header; these rows come from the decisions themselves.
struct EffectiveDateOverride
{
    QString title;
    QDate versionDate;
    QDate effectiveFrom;
    QString source;
};

const QVector<EffectiveDateOverride>& effectiveDateOverrides();
const EffectiveDateOverride* findEffectiveDateOverride(const QString& title,
                                                       const QDate& versionDate);

} // namespace cd
