#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

// One line of a statute file's header: 2021年12月24日 …第四次修正.
struct StatuteEvent
{
    QDate date;
    QString text;
};

// Where a version's first day in force comes from, most reliable first.
enum class EffectiveSource {
    Override,     // curated table with the enacting decision as its source (effectivedates.cpp)
    Body,         // the text itself: 本法自2024年1月1日起施行
    Header,       // a header line ending in 施行
    Promulgation, // assumed in force from its latest header date (adoption or promulgation)
};

// One article (条) with its paragraphs (款, separated by \n).
struct StatuteArticle
{
    int number = 0;  // 264 for 第二百六十四条
    int suffix = 0;  // 1 for 第一百三十三条之一
    QString heading; // enclosing 编/章/节 headings, " / "-joined
    QString text;    // without the 第…条 label

    QString label() const; // 第二百六十四条, 第一百三十三条之一
};

// One version of one law as it appears in the corpus; several files may make up one version
// (the books of the Civil Code).
struct StatuteVersion
{
    qint64 id = 0;
    QString title;     // 中华人民共和国民事诉讼法
    QString category;  // corpus folder, e.g. 诉讼与非诉讼程序法
    QDate versionDate; // adoption/amendment date of this text
    QDate effectiveFrom;
    QDate effectiveTo; // last day in force; null while in force
    EffectiveSource effectiveSource = EffectiveSource::Promulgation;
    QString effectiveNote; // where the date comes from, for people
    QStringList files;     // relative to the corpus root
    QVector<StatuteEvent> events;
    int articleCount = 0;

    bool inForceOn(const QDate& d) const
    {
        return d >= effectiveFrom && (effectiveTo.isNull() || d <= effectiveTo);
    }
    bool superseded() const { return !effectiveTo.isNull(); }
};

// 中华人民共和国民事诉讼法 → 民事诉讼法: how judgments cite after the first mention.
QString statuteShortTitle(const QString& title);

// Matching key for a law's name as written in citations: without 中华人民共和国, with 〈〉 and <>
// read as 《》, without spaces. 《民事诉讼法》 and 《中华人民共和国民事诉讼法》 share a key.
QString statuteNameKey(const QString& name);

} // namespace cd
