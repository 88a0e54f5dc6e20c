#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

// A courtroom (审判庭) or a virtual room for internet hearings; each has its own bookings.
struct Courtroom
{
    qint64 id = 0;
    QString name;                              // e.g. 第三审判庭
    QString kind = QStringLiteral("physical"); // "physical" or "virtual"
    QString location;                          // building and floor, or the video room
    bool active = true;
};

// One sitting of a case in a room: a hearing, a mediation, a pronouncement...
struct Booking
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 roomId = 0;
    QDateTime startsAt; // local time
    QDateTime endsAt;
    QString purpose = QStringLiteral("hearing"); // HearingVocabulary::purposes key
    QString judge;                               // presiding; defaults to the case's judge
    QString clerk;
    QString note;
    QString status = QStringLiteral("scheduled"); // scheduled / cancelled / held

    // Read with the booking, for display and conflict checks.
    QString caseNumber;
    QString cause;
    QString roomName;
    QStringList counsel; // the parties' agents (委托诉讼代理人) of the case
};

enum class ConflictKind { Room, Judge, Counsel };

struct Conflict
{
    ConflictKind kind = ConflictKind::Room;
    Booking other;   // the booking in the way
    QString who;     // the room, judge or counsel shared
    QString message; // translated explanation
};

class HearingVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(cd::HearingVocabulary)
public:
    static QStringList purposes();
    static QString purposeLabel(const QString& key);
    static QString roomKindLabel(const QString& key);
};

} // namespace cd
