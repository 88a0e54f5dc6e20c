#include "triage.h"

#include "common/settings.h"

#include <QRegularExpression>

namespace cd {

TriageThresholds TriageThresholds::fromSettings(const Settings& settings, const QString& courtCode)
{
    TriageThresholds t;
    t.simpleMax = settings.value(SettingsKeys::triageSimpleMax);
    t.smallClaimYuan = settings.value(SettingsKeys::triageSmallClaimYuan);
    // The longest matching court code wins: 甘0102 before 甘01.
    int best = -1;
    for (const QString& entry : settings.value(SettingsKeys::triageCourtSimpleMax)
                                    .split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString code = entry.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const int v = entry.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
        if (ok && !code.isEmpty() && courtCode.startsWith(code) && code.size() > best) {
            best = int(code.size());
            t.simpleMax = v;
        }
    }
    return t;
}

QString TriageResult::trackLabel() const
{
    return track == QLatin1String("simple") ? Triage::tr("Simple track (简案快审)")
                                            : Triage::tr("Ordinary track (繁案精审)");
}

QString TriageResult::explanation() const
{
    QStringList lines;
    lines << Triage::tr("%1: score %2 (simple at or below %3)")
                 .arg(trackLabel())
                 .arg(score)
                 .arg(threshold);
    for (const TriageFactor& f : factors)
        lines << QStringLiteral("%1%2  %3")
                     .arg(f.points > 0 ? QStringLiteral("+") : QString())
                     .arg(f.points)
                     .arg(f.reason);
    return lines.join(QLatin1Char('\n'));
}

namespace {

// Causes of action (案由) as data: which ones usually need an ordinary panel and which are
// routinely decided on the simple track.
struct CauseRule
{
    const char* pattern;
    int points;
};
const CauseRule kCauseRules[] = {
    {"建设工程|股权|公司决议|公司|破产|知识产权|专利|商标|著作权|医疗损害|证券|合伙|房地产开发|"
     "环境污染|不正当竞争|垄断|涉外",
     20},
    {"民间借贷|信用卡|物业服务|物业|离婚|买卖合同|机动车交通事故|劳务|租赁|赡养|抚养|"
     "金融借款|供用电|供用水|危险驾驶|盗窃",
     -5},
};

// Words in the summary that say the facts are contested.
const char* const kContestedCues[] = {"争议", "否认", "不认可", "反诉",  "鉴定",
                                      "异议", "不服", "翻供",   "不认罪"};

} // namespace

TriageResult Triage::assess(const CaseRecord& c, const TriageEvidence& evidence,
                            const TriageThresholds& thresholds)
{
    TriageResult r;
    r.threshold = thresholds.simpleMax;
    auto add = [&](const char* rule, int points, const QString& reason) {
        if (points != 0)
            r.factors.push_back({QString::fromLatin1(rule), points, reason});
    };
    const int parties = int(c.parties.size());
    if (parties > 2)
        add("parties", qMin(24, (parties - 2) * 8),
            tr("%1 parties: each party beyond two adds service and hearing work").arg(parties));

    const qint64 yuan = c.claimFen / 100;
    if (c.kind == QLatin1String("civil") && c.claimFen > 0) {
        if (yuan <= thresholds.smallClaimYuan)
            add("claim", -10,
                tr("claim of %1 yuan is within the small-claims line of %2 yuan "
                   "(民事诉讼法第一百六十五条)")
                    .arg(yuan)
                    .arg(thresholds.smallClaimYuan));
        else if (yuan > 10000000)
            add("claim", 30, tr("claim of %1 yuan is above 10 million").arg(yuan));
        else if (yuan > 1000000)
            add("claim", 15, tr("claim of %1 yuan is above 1 million").arg(yuan));
    }

    if (c.kind == QLatin1String("criminal"))
        add("type", 5, tr("criminal case"));
    else if (c.kind == QLatin1String("administrative"))
        add("type", 10, tr("administrative case"));
    for (const CauseRule& rule : kCauseRules) {
        const QRegularExpression re(QString::fromUtf8(rule.pattern));
        const auto m = re.match(c.cause);
        if (m.hasMatch()) {
            add("cause", rule.points,
                rule.points > 0 ? tr("cause %1 is usually complex").arg(c.cause)
                                : tr("cause %1 is usually simple").arg(c.cause));
            break;
        }
    }

    if (evidence.items < 0) {
        // Not counted: say so rather than pretend the volume is small.
        r.factors.push_back({QStringLiteral("evidence"), 0, tr("evidence volume not counted")});
    } else if (evidence.items > 100 || evidence.pages > 500) {
        add("evidence", 20,
            tr("large evidence volume: %1 items, %2 pages")
                .arg(evidence.items)
                .arg(evidence.pages));
    } else if (evidence.items > 30 || evidence.pages > 150) {
        add("evidence", 10,
            tr("evidence volume: %1 items, %2 pages").arg(evidence.items).arg(evidence.pages));
    }

    QStringList cues;
    for (const char* cue : kContestedCues) {
        const QString w = QString::fromUtf8(cue);
        if (c.summary.contains(w))
            cues << w;
    }
    if (!cues.isEmpty())
        add("contested", qMin(24, int(cues.size()) * 8),
            tr("contested facts in the summary: %1").arg(cues.join(QStringLiteral("、"))));
    int eventPoints = 0;
    QStringList events;
    for (const CaseEvent& e : c.events) {
        if (e.type == QLatin1String("appraisal")) {
            eventPoints += 10;
            events << tr("expert appraisal");
        } else if (e.type == QLatin1String("jurisdiction-objection")) {
            eventPoints += 8;
            events << tr("jurisdiction objection");
        } else if (e.type == QLatin1String("public-notice")) {
            eventPoints += 8;
            events << tr("service by public notice");
        }
    }
    if (eventPoints > 0)
        add("events", qMin(30, eventPoints),
            tr("procedural events: %1").arg(events.join(QStringLiteral("、"))));

    r.score = baseScore;
    for (const TriageFactor& f : qAsConst(r.factors))
        r.score += f.points;
    r.track =
        r.score <= thresholds.simpleMax ? QStringLiteral("simple") : QStringLiteral("ordinary");
    return r;
}

} // namespace cd
