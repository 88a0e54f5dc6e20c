#pragma once

#include "cases/caserecord.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// One thing done toward closing a case (table closing_items, migration "closing checklist").
struct ClosingItem
{
    qint64 id = 0;
    QString item;  // one of ClosingCheck::itemKeys()
    QString party; // for "served": the party's name as in the case
    QDate doneOn;
    QString note;
    QString actor;
};

struct ClosingCheckItem
{
    QString key; // judgment-signed, served, fees, archive
    bool passed = false;
    QString label;   // translated
    QString missing; // translated; what is still needed when not passed
};

struct ClosingReport
{
    QVector<ClosingCheckItem> items;
    bool passed() const;
    QString missingText() const; // one failing item per line
};

// 结案检查: a case cannot be closed until the judgment (or ruling, mediation document) is
// signed, it has been served on every party, the court fee is settled (or waived, or there is
// none: criminal cases), and the archive is complete. CaseRepository::update calls gate() when
// a case's status changes to closed, so every path that closes a case — UI, CLI, sync — is held
// to the checklist; the UI calls check() to show what is missing first.
class ClosingCheck
{
    Q_DECLARE_TR_FUNCTIONS(cd::ClosingCheck)
public:
    explicit ClosingCheck(Database& db) : m_db(db) {}

    static const QStringList& itemKeys(); // judgment-signed served fees-settled fees-waived
                                          // archive-complete

    Result<qint64> record(qint64 caseId, const ClosingItem& item, const QString& actor);
    Result<QVector<ClosingItem>> items(qint64 caseId);
    Result<ClosingReport> check(const CaseRecord& c);
    // Ok unless c closes now (stored status not closed, c.status closed) and check() fails;
    // then a Conflict error whose message lists what is missing.
    Result<void> gate(const CaseRecord& c);

private:
    Database& m_db;
};

} // namespace cd
