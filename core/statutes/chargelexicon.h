#pragma once

#include <QString>
#include <QVector>

namespace cd {

// One element cue of a charge: a regular expression over the facts and its weight.
struct ChargeCue
{
    QString pattern;
    double weight = 1;
};

// Curated element cues (行为/对象/结果) for the charges courts see most. Each entry paraphrases
// the elements of the charge's defining Criminal Law article (the article itself comes from
// ChargeCatalog, so the citation is the catalog's): e.g. 盗窃罪 rests on 刑法第二百六十四条
// (盗窃公私财物…多次盗窃、入户盗窃、携带凶器盗窃、扒窃). Charges missing here are still scored
// from their name and article text.
struct ChargeLexiconEntry
{
    QString charge;
    QVector<ChargeCue> cues;
};

const QVector<ChargeLexiconEntry>& chargeLexicon();

// When the facts carry the elements of both charges, the first absorbs the second: the more
// specific fraud over 诈骗罪 (刑法第二百六十六条: 本法另有规定的，依照规定), robbery over theft,
// laundering proceeds over the offence that produced them (the facts describe it as background).
struct ChargePrecedence
{
    QString winner;
    QString loser;
};
const QVector<ChargePrecedence>& chargePrecedence();

} // namespace cd
