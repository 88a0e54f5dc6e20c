#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

// Paragraph diff of two versions of a document, with the changed characters inside a
// paragraph that was edited rather than replaced.
struct DiffSegment
{
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;
};

struct DiffParagraph
{
    enum class Kind { Same, Added, Removed, Changed };
    Kind kind = Kind::Same;
    QString oldText;
    QString newText;
    QVector<DiffSegment> segments; // Changed: character-level differences in order
};

namespace TextDiff {

QVector<DiffParagraph> paragraphs(const QStringList& older, const QStringList& newer);
QVector<DiffSegment> characters(const QString& older, const QString& newer);
// Counts for a summary line: paragraphs added, removed, changed.
struct Summary
{
    int added = 0;
    int removed = 0;
    int changed = 0;
};
Summary summarize(const QVector<DiffParagraph>& diff);

} // namespace TextDiff

} // namespace cd
