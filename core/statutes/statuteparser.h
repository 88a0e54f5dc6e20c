#pragma once

#include "statutemodel.h"

#include <QString>

namespace cd {

// One Markdown file of the statute corpus (format in the corpus README).
struct ParsedStatuteFile
{
    QString title;
    QString part;   // e.g. 合同编 for a book of the Civil Code
    QDate fileDate; // from a file name such as 民事诉讼法(2023-09-01).md; null otherwise
    QVector<StatuteEvent> events;
    QVector<StatuteArticle> articles;
    QDate bodyEffectiveDate; // from 本法自…起施行 in the last articles, if any

    // The date of the text: the file-name date, else the latest header date.
    QDate versionDate() const;
};

class StatuteParser
{
public:
    static ParsedStatuteFile parse(const QString& text, const QString& fileName = {});
    // 2021年1月1日 → QDate; null on failure.
    static QDate parseChineseDate(const QString& text);
};

} // namespace cd
