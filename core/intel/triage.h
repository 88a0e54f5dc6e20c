#pragma once

#include "cases/caserecord.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

class Settings;

// Where the line between the simple and the ordinary track lies; per court in the settings.
struct TriageThresholds
{
    int simpleMax = 40;            // score at or below: simple track (简案)
    qint64 smallClaimYuan = 50000; // at or below: small-claims eligible

    // Defaults overridden by SettingsKeys::triage*; a court code listed in
    // SettingsKeys::triageCourtSimpleMax ("甘0102=35;甘01=45") gets its own line.
    static TriageThresholds fromSettings(const Settings& settings, const QString& courtCode);
};

// What the rules look at besides the case record.
struct TriageEvidence
{
    int items = -1; // -1: not known (not counted)
    int pages = 0;
};

struct TriageFactor
{
    QString rule;   // stable key, e.g. "parties"
    int points = 0; // + more complex, - simpler
    QString reason; // translated, for the judge
};

struct TriageResult
{
    int score = 0;
    QString track; // "simple" or "ordinary"
    QVector<TriageFactor> factors;
    int threshold = 0;

    QString trackLabel() const;
    QString explanation() const; // one line per factor
};

// 繁简分流: an explainable complexity score from rules over the number of parties, the claim
// amount, the case type and cause, the evidence volume and the signs of contested facts. Every
// point comes with its reason so the judge can see why a case was put on a track and
// overrule it.
class Triage
{
    Q_DECLARE_TR_FUNCTIONS(cd::Triage)
public:
    static constexpr int baseScore = 30;
    static TriageResult assess(const CaseRecord& c, const TriageEvidence& evidence,
                               const TriageThresholds& thresholds);
};

} // namespace cd
