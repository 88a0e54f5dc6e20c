#include "textdiff.h"

#include <algorithm>

namespace cd::TextDiff {

namespace {

// Longest-common-subsequence table over two sequences (documents are short: hundreds of
// paragraphs, paragraphs hundreds of characters).
template <typename Seq> QVector<QVector<int>> lcs(const Seq& a, const Seq& b)
{
    QVector<QVector<int>> t(a.size() + 1, QVector<int>(b.size() + 1, 0));
    for (int i = int(a.size()) - 1; i >= 0; --i)
        for (int j = int(b.size()) - 1; j >= 0; --j)
            t[i][j] = a.at(i) == b.at(j) ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
    return t;
}

// Similar enough to show as an edit of one paragraph rather than a removal and an addition.
bool similar(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const auto t = lcs(a, b);
    return t[0][0] * 2 >= std::max(a.size(), b.size());
}

void push(QVector<DiffSegment>& out, DiffSegment::Kind kind, QChar c)
{
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text += c;
    else
        out.push_back({kind, QString(c)});
}

} // namespace

QVector<DiffSegment> characters(const QString& older, const QString& newer)
{
    QVector<DiffSegment> out;
    const auto t = lcs(older, newer);
    int i = 0;
    int j = 0;
    while (i < older.size() && j < newer.size()) {
        if (older.at(i) == newer.at(j)) {
            push(out, DiffSegment::Kind::Same, older.at(i));
            ++i;
            ++j;
        } else if (t[i + 1][j] >= t[i][j + 1]) {
            push(out, DiffSegment::Kind::Removed, older.at(i++));
        } else {
            push(out, DiffSegment::Kind::Added, newer.at(j++));
        }
    }
    while (i < older.size())
        push(out, DiffSegment::Kind::Removed, older.at(i++));
    while (j < newer.size())
        push(out, DiffSegment::Kind::Added, newer.at(j++));
    return out;
}

QVector<DiffParagraph> paragraphs(const QStringList& older, const QStringList& newer)
{
    QVector<DiffParagraph> raw;
    const auto t = lcs(older, newer);
    int i = 0;
    int j = 0;
    while (i < older.size() && j < newer.size()) {
        if (older.at(i) == newer.at(j)) {
            raw.push_back({DiffParagraph::Kind::Same, older.at(i), newer.at(j), {}});
            ++i;
            ++j;
        } else if (t[i + 1][j] >= t[i][j + 1]) {
            raw.push_back({DiffParagraph::Kind::Removed, older.at(i++), {}, {}});
        } else {
            raw.push_back({DiffParagraph::Kind::Added, {}, newer.at(j++), {}});
        }
    }
    while (i < older.size())
        raw.push_back({DiffParagraph::Kind::Removed, older.at(i++), {}, {}});
    while (j < newer.size())
        raw.push_back({DiffParagraph::Kind::Added, {}, newer.at(j++), {}});

    // A removal next to a similar addition is one edited paragraph.
    QVector<DiffParagraph> out;
    for (int k = 0; k < raw.size(); ++k) {
        if (k + 1 < raw.size() && raw.at(k).kind == DiffParagraph::Kind::Removed &&
            raw.at(k + 1).kind == DiffParagraph::Kind::Added &&
            similar(raw.at(k).oldText, raw.at(k + 1).newText)) {
            DiffParagraph p{
                DiffParagraph::Kind::Changed, raw.at(k).oldText, raw.at(k + 1).newText, {}};
            p.segments = characters(p.oldText, p.newText);
            out << p;
            ++k;
        } else {
            out << raw.at(k);
        }
    }
    return out;
}

Summary summarize(const QVector<DiffParagraph>& diff)
{
    Summary s;
    for (const DiffParagraph& p : diff) {
        s.added += p.kind == DiffParagraph::Kind::Added;
        s.removed += p.kind == DiffParagraph::Kind::Removed;
        s.changed += p.kind == DiffParagraph::Kind::Changed;
    }
    return s;
}

} // namespace cd::TextDiff
