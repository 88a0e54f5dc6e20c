#include "conflictdetector.h"

#include <QLocale>
#include <QRegularExpression>

namespace cd {

namespace {

QString span(const Booking& b)
{
    const QString day = b.startsAt.date().toString(QStringLiteral("yyyy-MM-dd"));
    return QStringLiteral("%1 %2–%3")
        .arg(day, b.startsAt.time().toString(QStringLiteral("HH:mm")),
             b.endsAt.time().toString(QStringLiteral("HH:mm")));
}

} // namespace

bool ConflictDetector::overlaps(const Booking& a, const Booking& b)
{
    return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

QStringList ConflictDetector::splitNames(const QString& agents)
{
    static const QRegularExpression sep(QStringLiteral("[、，,;；/\\s]+"));
    QStringList out;
    for (const QString& n : agents.split(sep, Qt::SkipEmptyParts)) {
        if (!out.contains(n))
            out << n;
    }
    return out;
}

bool ConflictDetector::blocking(const QVector<Conflict>& conflicts)
{
    for (const Conflict& c : conflicts) {
        if (c.kind != ConflictKind::Counsel)
            return true;
    }
    return false;
}

QVector<Conflict> ConflictDetector::find(const Booking& p, const QVector<Booking>& existing)
{
    QVector<Conflict> out;
    for (const Booking& o : existing) {
        if ((p.id != 0 && o.id == p.id) || o.status == QLatin1String("cancelled") ||
            !overlaps(p, o))
            continue;
        const QString other = o.caseNumber.isEmpty() ? tr("another case") : o.caseNumber;
        if (p.roomId != 0 && o.roomId == p.roomId) {
            out.append(Conflict{
                ConflictKind::Room, o, o.roomName,
                tr("%1 is booked for %2 at %3.")
                    .arg(o.roomName.isEmpty() ? tr("The room") : o.roomName, other, span(o))});
        }
        if (!p.judge.isEmpty() && o.judge == p.judge) {
            out.append(
                Conflict{ConflictKind::Judge, o, o.judge,
                         tr("Judge %1 presides over %2 at %3.").arg(o.judge, other, span(o))});
        }
        for (const QString& c : p.counsel) {
            if (o.counsel.contains(c)) {
                out.append(Conflict{ConflictKind::Counsel, o, c,
                                    tr("Counsel %1 appears in %2 at %3.").arg(c, other, span(o))});
            }
        }
    }
    return out;
}

QStringList HearingVocabulary::purposes()
{
    return {QStringLiteral("hearing"), QStringLiteral("evidence-exchange"),
            QStringLiteral("mediation"), QStringLiteral("pronouncement")};
}

QString HearingVocabulary::purposeLabel(const QString& key)
{
    if (key == QLatin1String("hearing"))
        return tr("Hearing");
    if (key == QLatin1String("evidence-exchange"))
        return tr("Evidence exchange");
    if (key == QLatin1String("mediation"))
        return tr("Mediation");
    if (key == QLatin1String("pronouncement"))
        return tr("Pronouncement");
    return key;
}

QString HearingVocabulary::roomKindLabel(const QString& key)
{
    return key == QLatin1String("virtual") ? tr("Virtual (internet hearing)") : tr("Courtroom");
}

} // namespace cd
