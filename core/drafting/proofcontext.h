#pragma once

// Internal to the proofreader: the document as the rules see it, and the rule functions.

#include "proofreader.h"

#include <QHash>
#include <QPair>
#include <QRegularExpression>
#include <QVector>

namespace cd {

class ProvisionTable;

struct ProofParty
{
    QString roleName; // 原告
    QString name;
};

struct ProofDoc
{
    QStringList paragraphs;
    QString title; // 民事判决书, … (empty when not recognised)
    QDate date;    // the document date
    int dateParagraph = -1;
    QDate filed;                                   // 立案 date in the text, if stated
    QVector<ProofParty> caseParties;               // from the snapshot; empty without one
    QVector<QPair<int, ProofParty>> headerParties; // paragraph → party line of the header
    QString caseNumber;                            // from the snapshot
    QJsonObject snapshot;
    // Spans other rules own (case numbers, names, dates, amounts), not to be flagged as
    // punctuation or repetition: paragraph → (offset, length).
    QHash<int, QVector<QPair<int, int>>> protectedSpans;

    bool isJudgmentLike() const; // judgments, rulings, mediation statements
    bool isProtected(int paragraph, int offset) const;
    void protect(int paragraph, int offset, int length);
};

namespace ProofRules {

using Findings = QVector<ProofFinding>;

ProofDoc analyse(const ProofInput& input);
// （2026）甘0102民初123号, also with half-width parentheses.
const QRegularExpression& caseNumberPattern();
// Dates in Chinese numerals (二〇二六年十一月二十八日) and in figures (2026年11月28日).
const QRegularExpression& datePattern();

void caseNumber(const ProofDoc& d, Findings& out);
void parties(const ProofDoc& d, Findings& out);
void amounts(const ProofDoc& d, Findings& out);
void dates(const ProofDoc& d, Findings& out);
void citations(const ProofDoc& d, const StatuteLibrary* library, const ProvisionTable& provisions,
               Findings& out);
void punctuation(const ProofDoc& d, Findings& out);
void repeats(const ProofDoc& d, Findings& out);
void requiredParts(const ProofDoc& d, const QVector<QStringList>& table, Findings& out);
void courtFee(const ProofDoc& d, Findings& out);

} // namespace ProofRules

} // namespace cd
