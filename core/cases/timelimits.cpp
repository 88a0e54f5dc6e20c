#include "timelimits.h"

#include "common/logging.h"

#include <algorithm>

namespace cd {

namespace {

constexpr char trContext[] = "cd::TimeLimits";

// Citations name the version in our statute corpus (data/statutes); article numbers differ
// between versions, so check them there before changing a row.
const QString civilLaw = QStringLiteral("《中华人民共和国民事诉讼法》（2023年修正）");
const QString criminalLaw = QStringLiteral("《中华人民共和国刑事诉讼法》（2018年修正）");
const QString adminLaw = QStringLiteral("《中华人民共和国行政诉讼法》（2017年修正）");
const QString spcTimeLimitRules =
    QStringLiteral("《最高人民法院关于严格执行案件审理期限制度的若干规定》");
const QString spcCivilExtensionRules =
    QStringLiteral("《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》");

Error invalid(const QString& message)
{
    qCDebug(lcCases) << "time limit input rejected:" << message;
    return makeError(ErrorCode::InvalidInput, message);
}

QString describePeriod(int months, int days)
{
    // Explicit singular forms: "%n month(s)" reads badly until a translation is loaded.
    QStringList parts;
    if (months)
        parts << (months == 1 ? TimeLimits::tr("1 month")
                              : TimeLimits::tr("%1 months").arg(months));
    if (days || !months)
        parts << (days == 1 ? TimeLimits::tr("1 day") : TimeLimits::tr("%1 days").arg(days));
    return parts.join(QLatin1Char(' '));
}

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString TimeLimitRule::label() const
{
    return QCoreApplication::translate(trContext, labelSource);
}

// Every limit counts from the filing date, as the statutes say (立案之日起 / 受理后). The
// table is the single place these numbers live; the UI, CLI and storage all read it.
const QVector<TimeLimitRule>& TimeLimits::rules()
{
    using K = CaseKind;
    static const QVector<TimeLimitRule> table{
        {QStringLiteral("civil-ordinary"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Civil first instance, ordinary procedure"), K::Civil,
         6, 0, 6, 0, true,
         civilLaw + QStringLiteral("第一百五十二条；") + spcCivilExtensionRules +
             QStringLiteral("第一条")},
        {QStringLiteral("civil-simplified"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Civil first instance, simplified procedure"),
         K::Civil, 3, 0, 1, 0, false, civilLaw + QStringLiteral("第一百六十四条")},
        {QStringLiteral("civil-small-claims"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Civil small claims procedure"), K::Civil, 2, 0, 1, 0,
         false, civilLaw + QStringLiteral("第一百六十八条")},
        {QStringLiteral("civil-special"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Civil special procedure"), K::Civil, 0, 30, 0, 30,
         false,
         civilLaw + QStringLiteral("第一百八十七条；") + spcTimeLimitRules +
             QStringLiteral("第二条第三款")},
        // The statute lets the president extend without a ceiling; the SPC rules fix 3 months
        // and send any further extension to the higher court.
        {QStringLiteral("civil-appeal-judgment"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Civil appeal against a judgment"), K::Civil, 3, 0, 3,
         0, true,
         civilLaw + QStringLiteral("第一百八十三条第一款；") + spcTimeLimitRules +
             QStringLiteral("第二条第五款；") + spcCivilExtensionRules + QStringLiteral("第一条")},
        {QStringLiteral("civil-appeal-ruling"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Civil appeal against a ruling"), K::Civil, 0, 30, 0,
         0, false, civilLaw + QStringLiteral("第一百八十三条第二款")},
        // 至迟不得超过三个月: one more month; beyond that the higher court (+3 months) or the SPC.
        {QStringLiteral("criminal-first-instance"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Criminal first instance, public prosecution"),
         K::Criminal, 2, 0, 1, 0, true, criminalLaw + QStringLiteral("第二百零八条第一款")},
        {QStringLiteral("criminal-simplified"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Criminal simplified procedure"), K::Criminal, 0, 20,
         0, 0, false, criminalLaw + QStringLiteral("第二百二十条")},
        // 一个半月 is counted as 45 days: the law has no rule for half months, and a fixed
        // length does not depend on how long the filing month happens to be.
        {QStringLiteral("criminal-simplified-long"),
         QT_TRANSLATE_NOOP("cd::TimeLimits",
                           "Criminal simplified procedure, possible sentence over 3 years"),
         K::Criminal, 0, 45, 0, 0, false, criminalLaw + QStringLiteral("第二百二十条")},
        {QStringLiteral("criminal-fast-track"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Criminal fast-track procedure"), K::Criminal, 0, 10,
         0, 0, false, criminalLaw + QStringLiteral("第二百二十五条")},
        {QStringLiteral("criminal-fast-track-long"),
         QT_TRANSLATE_NOOP("cd::TimeLimits",
                           "Criminal fast-track procedure, possible sentence over 1 year"),
         K::Criminal, 0, 15, 0, 0, false, criminalLaw + QStringLiteral("第二百二十五条")},
        {QStringLiteral("criminal-appeal"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Criminal appeal or protest"), K::Criminal, 2, 0, 2, 0,
         true, criminalLaw + QStringLiteral("第二百四十三条第一款")},
        // Administrative extensions all need the high court (or the SPC), with no ceiling.
        {QStringLiteral("administrative-first-instance"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Administrative first instance"), K::Administrative, 6,
         0, 0, 0, true, adminLaw + QStringLiteral("第八十一条")},
        {QStringLiteral("administrative-simplified"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Administrative simplified procedure"),
         K::Administrative, 0, 45, 0, 0, false, adminLaw + QStringLiteral("第八十三条")},
        {QStringLiteral("administrative-appeal"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Administrative appeal"), K::Administrative, 3, 0, 0,
         0, true, adminLaw + QStringLiteral("第八十八条")},
        // +3 months with the president's approval; further ones are reported to the high court.
        {QStringLiteral("enforcement"), QT_TRANSLATE_NOOP("cd::TimeLimits", "Enforcement"),
         K::Enforcement, 6, 0, 3, 0, true, spcTimeLimitRules + QStringLiteral("第五条第一款")},
        {QStringLiteral("enforcement-non-litigation"),
         QT_TRANSLATE_NOOP("cd::TimeLimits", "Enforcement of a non-litigation decision"),
         K::Enforcement, 3, 0, 3, 0, true, spcTimeLimitRules + QStringLiteral("第五条第一款")},
    };
    return table;
}

const TimeLimitRule* TimeLimits::find(const QString& key)
{
    for (const TimeLimitRule& r : rules()) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

// Holidays: 民诉法 art. 85 and 刑诉法 art. 105 move a period ending on a statutory holiday to
// the next working day, but the SPC's time-limit rules (arts. 8 and 9) say only that counting
// starts the day after filing and which periods are excluded. The yearly holiday calendar is
// not in our data either, so we report the calendar date: never later than the real one, so
// a judge who follows it is never late.
QString TimeLimits::countingBasis()
{
    return spcTimeLimitRules + QStringLiteral("第八条、第九条；") + civilLaw +
           QStringLiteral("第八十五条；") + criminalLaw + QStringLiteral("第一百零五条");
}

Result<TimeLimitResult> TimeLimits::compute(const TimeLimitInput& input)
{
    const TimeLimitRule* rule = find(input.procedure);
    if (!rule)
        return invalid(tr("Unknown procedure “%1”.").arg(input.procedure));
    if (!input.filed.isValid())
        return invalid(tr("The filing date is missing or invalid."));
    if (input.extensionMonths < 0 || input.extensionDays < 0)
        return invalid(tr("An extension cannot be negative."));

    const bool extended = input.extensionMonths > 0 || input.extensionDays > 0;
    if (extended && !rule->extendable())
        return invalid(tr("The time limit for “%1” cannot be extended (%2).")
                           .arg(rule->label(), rule->citation));

    // The start day is not counted (民诉法 art. 85, SPC rules art. 8): filed on the 10th plus
    // 30 days is the 9th of the next month; plus 6 months is the 10th six months later.
    // Months are added in one step from the filing date so month-end clamping happens once.
    const QDate withExtension = input.filed.addMonths(rule->months + input.extensionMonths)
                                    .addDays(rule->days + input.extensionDays);
    const QDate ceiling = input.filed.addMonths(rule->months + rule->maxExtensionMonths)
                              .addDays(rule->days + rule->maxExtensionDays);
    if (withExtension > ceiling && !(rule->furtherExtension && input.furtherExtensionApproved)) {
        const QString requested = describePeriod(input.extensionMonths, input.extensionDays);
        const QString maximum = describePeriod(rule->maxExtensionMonths, rule->maxExtensionDays);
        if (rule->furtherExtension && rule->maxExtensionMonths + rule->maxExtensionDays == 0)
            return invalid(tr("“%1” can only be extended with the approval of a higher court or "
                              "the Supreme People's Court (%2).")
                               .arg(rule->label(), rule->citation));
        if (rule->furtherExtension)
            return invalid(tr("An extension of %1 exceeds the %2 allowed for “%3”; a longer one "
                              "needs the approval of a higher court or the Supreme People's "
                              "Court (%4).")
                               .arg(requested, maximum, rule->label(), rule->citation));
        return invalid(tr("An extension of %1 exceeds the maximum of %2 for “%3” (%4).")
                           .arg(requested, maximum, rule->label(), rule->citation));
    }

    QVector<ExcludedPeriod> periods;
    for (const ExcludedPeriod& p : input.excluded) {
        if (!p.from.isValid() || !p.to.isValid())
            return invalid(tr("An excluded period has a missing or invalid date."));
        if (p.to < p.from)
            return invalid(tr("The excluded period %1 to %2 ends before it starts.")
                               .arg(isoDate(p.from), isoDate(p.to)));
        if (p.from < input.filed)
            return invalid(tr("The excluded period %1 to %2 begins before the filing date %3.")
                               .arg(isoDate(p.from), isoDate(p.to), isoDate(input.filed)));
        periods.append(p);
    }
    std::sort(periods.begin(), periods.end(),
              [](const ExcludedPeriod& a, const ExcludedPeriod& b) { return a.from < b.from; });
    QVector<ExcludedPeriod> merged;
    for (const ExcludedPeriod& p : periods) {
        if (!merged.isEmpty() && p.from <= merged.last().to.addDays(1))
            merged.last().to = std::max(merged.last().to, p.to);
        else
            merged.append(p);
    }

    TimeLimitResult result;
    result.rule = rule;
    result.dueBeforeExclusions = withExtension;
    QDate due = withExtension;
    const QDate firstCounted = input.filed.addDays(1); // the filing day is never counted
    for (const ExcludedPeriod& p : merged) {
        const QDate from = std::max(p.from, firstCounted);
        if (from > p.to)
            continue;
        // A period that begins after the limit ran out cannot stop a clock that has stopped.
        if (from > due) {
            result.ignored.append(p);
            continue;
        }
        const int days = int(from.daysTo(p.to)) + 1;
        result.excludedDays += days;
        due = due.addDays(days);
    }
    result.due = due;
    return result;
}

QString TimeLimits::describe(const TimeLimitRule& rule)
{
    const QString limit = describePeriod(rule.months, rule.days);
    const bool hasMax = rule.maxExtensionMonths + rule.maxExtensionDays > 0;
    const QString max = describePeriod(rule.maxExtensionMonths, rule.maxExtensionDays);
    if (hasMax && rule.furtherExtension)
        return tr("%1; extension up to %2, longer with a higher court's approval").arg(limit, max);
    if (hasMax)
        return tr("%1; extension up to %2").arg(limit, max);
    if (rule.furtherExtension)
        return tr("%1; extension only with a higher court's approval").arg(limit);
    return tr("%1; no extension").arg(limit);
}

int TimeLimits::daysLeft(QDate due, QDate today)
{
    return int(today.daysTo(due));
}

} // namespace cd
