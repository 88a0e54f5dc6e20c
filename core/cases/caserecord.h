#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace cd {

// Keys below are stored in the database and used on the wire; labels are for people.
struct LabelledKey
{
    const char* key;
    const char* label; // English source; translated through the context below
};

class CaseVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(cd::CaseVocabulary)
public:
    static const QVector<LabelledKey>& partyRoles();
    static const QVector<LabelledKey>& caseStatuses();
    static const QVector<LabelledKey>& eventTypes();
    static const QVector<LabelledKey>& caseKinds();
    // Translated label for a key of one of the lists above; the key itself if unknown.
    static QString label(const QVector<LabelledKey>& list, const QString& key);
    // Event types whose period does not count toward the time limit.
    static bool isExcludedPeriod(const QString& eventType);
};

struct Party
{
    qint64 id = 0;
    QString role;                            // CaseVocabulary::partyRoles key, e.g. "plaintiff"
    QString kind = QStringLiteral("person"); // "person" or "organisation"
    QString name;
    QString idNumber; // resident ID or unified social credit code
    QString address;
    QString phone;
    QString agent; // 委托诉讼代理人 / 法定代表人
};

struct CaseEvent
{
    qint64 id = 0;
    QString type; // CaseVocabulary::eventTypes key
    QDate startsOn;
    QDate endsOn; // periods (suspension, appraisal...) only
    int extensionMonths = 0;
    int extensionDays = 0;
    QString approvedBy;
    QString note;
};

struct CaseRecord
{
    qint64 id = 0;
    QString uuid;
    QString caseNumber; // normalised, full-width parentheses
    QString courtCode;  // e.g. 甘0102
    QString courtName;
    QString cause;     // 案由
    QString kind;      // civil / criminal / administrative / enforcement
    QString procedure; // a TimeLimits rule key, e.g. civil-ordinary
    QString status = QStringLiteral("open");
    QDate filedOn;
    QDate closedOn;
    QDate dueOn; // derived from procedure, filing date and events
    QString judge;
    QString panel;       // other members, separated by 、
    qint64 claimFen = 0; // claim amount in fen (1/100 yuan)
    QString summary;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
    QVector<Party> parties;
    QVector<CaseEvent> events;
};

// One row of the case list: only what the list shows, so 100,000 rows stay cheap.
struct CaseSummary
{
    qint64 id = 0;
    QString caseNumber;
    QString cause;
    QString status;
    QString procedure;
    QDate filedOn;
    QDate dueOn;
    QString judge;
    QString parties; // "原告 v 被告" digest
};

} // namespace cd
