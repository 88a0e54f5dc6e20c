#pragma once

#include "statutes/chargecatalog.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

class StatuteLibrary;

// Text evidence for each charge (罪名), taken from the statute library alone, so that every
// charge of the specific part has something to match, not only the curated ones:
//  - elements: the 罪状 of its defining article — the paragraph that defines it (or the
//    paragraphs no other charge of the article claims), cut before the penalty (的，处…), with
//    the article's enumerated circumstances (入户抢劫的 …);
//  - interpretations: the sentences of judicial interpretations (司法解释) in force that name
//    the charge (以盗窃罪定罪处罚 …) or cite its article (刑法第二百六十四条规定的"扒窃"), and
//    every sentence of an article that speaks of it alone. They word the conduct closer to how
//    facts describe it (扒窃, 血液酒精含量, 采伐许可证 …).
struct ChargeEvidence
{
    QString elements;
    QStringList interpretations; // sentences
};

class ChargeEvidenceBuilder
{
public:
    // The 罪状 of an article paragraph list for one of its charges; paragraph 0 means the
    // paragraphs that claimed lists do not contain (1-based paragraph numbers).
    static QString elements(const QString& articleText, int paragraph, const QVector<int>& claimed);
    // Where names occur in text: the longest charge name ending at each 罪, as charge indices.
    static QVector<int> namedCharges(const QString& text, const QHash<QString, QVector<int>>& names,
                                     int maxNameLength);

    static QVector<ChargeEvidence> build(const StatuteLibrary& lib, const QDate& date,
                                         const QVector<Charge>& charges,
                                         const QHash<QString, QString>& articleTextByKey);
};

} // namespace cd
