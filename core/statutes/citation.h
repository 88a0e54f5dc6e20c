#pragma once

#include <QString>
#include <QVector>

namespace cd {

// One article named in a citation: 第二百六十四条, 第一百三十三条之一, optionally 第一款.
struct ArticleRef
{
    int number = 0;
    int suffix = 0;
    int paragraph = 0; // 款; 0 when not given
    int start = 0;     // position of 第 in the parsed text
    int length = 0;

    QString label() const;
};

// 《中华人民共和国民事诉讼法》第二百六十四条 or 《民法典》第五百七十七条、第六百七十五条.
struct Citation
{
    QString lawName; // as written between the outer 《》
    int start = 0;   // of the opening 《
    int length = 0;  // to the end of the last article reference
    QVector<ArticleRef> articles;

    QString toString() const; // normalised: 《name》第X条、第Y条
};

class CitationParser
{
public:
    // Every citation in text, in order. A law name not followed by an article (《民法典》 alone)
    // is not a citation.
    static QVector<Citation> findAll(const QString& text);
    // The single citation that text is; empty lawName when text is not one.
    static Citation parseOne(const QString& text);
};

} // namespace cd
