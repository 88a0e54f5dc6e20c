#pragma once

#include "casenumber.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

// One trial time limit (审限) with the provision it comes from.
struct TimeLimitRule
{
    QString key;             // stored as cases.procedure, e.g. "civil-ordinary"
    const char* labelSource; // English source; label() translates it
    CaseKind kind;
    int months = 0;
    int days = 0;
    // Longest extension the provision fixes (e.g. 6 months with the president's approval).
    int maxExtensionMonths = 0;
    int maxExtensionDays = 0;
    // The law lets a higher court or the SPC extend further, with no fixed ceiling.
    bool furtherExtension = false;
    QString citation; // e.g. 《中华人民共和国民事诉讼法》（2023年修正）第一百五十二条

    QString label() const;
    bool extendable() const
    {
        return maxExtensionMonths + maxExtensionDays > 0 || furtherExtension;
    }
};

// Inclusive on both ends.
struct ExcludedPeriod
{
    QDate from;
    QDate to;
};

struct TimeLimitInput
{
    QString procedure; // a TimeLimitRule key
    QDate filed;       // 立案日期; counting starts the next day
    QVector<ExcludedPeriod> excluded;
    int extensionMonths = 0; // total approved extension
    int extensionDays = 0;
    // Set when a higher court or the SPC approved an extension beyond the rule's maximum.
    bool furtherExtensionApproved = false;
};

struct TimeLimitResult
{
    QDate due; // last day of the time limit, extensions and exclusions included
    QDate dueBeforeExclusions;
    int excludedDays = 0; // days added for excluded periods
    const TimeLimitRule* rule = nullptr;
    // Excluded periods that began after the time limit had already run out; they do not count.
    QVector<ExcludedPeriod> ignored;
};

class TimeLimits
{
    Q_DECLARE_TR_FUNCTIONS(cd::TimeLimits)
public:
    static const QVector<TimeLimitRule>& rules();
    static const TimeLimitRule* find(const QString& key);
    // Where the counting method itself comes from (start day, exclusions, holidays).
    static QString countingBasis();
    // One translated line such as "6 months; extension up to 6 months, longer with a higher
    // court's approval".
    static QString describe(const TimeLimitRule& rule);

    static Result<TimeLimitResult> compute(const TimeLimitInput& input);
    // Days from today until due: 0 on the due day, negative once overdue.
    static int daysLeft(QDate due, QDate today);
};

} // namespace cd
