#include "citation.h"

#include "chinesenumber.h"

namespace cd {

QString ArticleRef::label() const
{
    QString s = QStringLiteral("第") + ChineseNumber::format(number) + QStringLiteral("条");
    if (suffix > 0)
        s += QStringLiteral("之") + ChineseNumber::format(suffix);
    if (paragraph > 0)
        s += QStringLiteral("第") + ChineseNumber::format(paragraph) + QStringLiteral("款");
    return s;
}

QString Citation::toString() const
{
    QStringList parts;
    for (const ArticleRef& a : articles)
        parts << a.label();
    return QStringLiteral("《") + lawName + QStringLiteral("》") + parts.join(QChar(u'、'));
}

namespace {

// Reads a Chinese numeral at pos; returns its value and moves pos past it, or -1.
qint64 readNumeral(const QString& text, int& pos)
{
    int end = pos;
    while (end < text.size() && ChineseNumber::isNumeralChar(text.at(end)))
        ++end;
    if (end == pos)
        return -1;
    const qint64 v = ChineseNumber::parse(text.mid(pos, end - pos));
    if (v > 0)
        pos = end;
    return v;
}

// 第X条[之Y][第Z款][第W项] at pos.
bool readArticle(const QString& text, int pos, ArticleRef& out)
{
    const int start = pos;
    if (pos >= text.size() || text.at(pos) != QChar(u'第'))
        return false;
    ++pos;
    const qint64 n = readNumeral(text, pos);
    if (n <= 0 || pos >= text.size() || text.at(pos) != QChar(u'条'))
        return false;
    ++pos;
    ArticleRef a;
    a.number = int(n);
    if (pos < text.size() && text.at(pos) == QChar(u'之')) {
        int p = pos + 1;
        const qint64 s = readNumeral(text, p);
        if (s > 0) {
            a.suffix = int(s);
            pos = p;
        }
    }
    // Paragraph and item are kept in the span so a replacement covers them.
    for (const QChar unit : {QChar(u'款'), QChar(u'项')}) {
        if (pos < text.size() && text.at(pos) == QChar(u'第')) {
            int p = pos + 1;
            const qint64 v = readNumeral(text, p);
            if (v > 0 && p < text.size() && text.at(p) == unit) {
                if (unit == QChar(u'款'))
                    a.paragraph = int(v);
                pos = p + 1;
            }
        }
    }
    a.start = start;
    a.length = pos - start;
    out = a;
    return true;
}

// Position just past the 》 closing the 《 at open, honouring nested 〈〉 and 《》.
int closingMark(const QString& text, int open)
{
    int depth = 0;
    for (int i = open; i < text.size() && i - open < 120; ++i) {
        const QChar c = text.at(i);
        if (c == QChar(u'《'))
            ++depth;
        else if (c == QChar(u'》') && --depth == 0)
            return i + 1;
        else if (c == QLatin1Char('\n'))
            return -1;
    }
    return -1;
}

} // namespace

QVector<Citation> CitationParser::findAll(const QString& text)
{
    QVector<Citation> out;
    int i = 0;
    while ((i = text.indexOf(QChar(u'《'), i)) >= 0) {
        const int close = closingMark(text, i);
        if (close < 0) {
            ++i;
            continue;
        }
        Citation c;
        c.lawName = text.mid(i + 1, close - i - 2);
        c.start = i;
        int pos = close;
        ArticleRef a;
        while (readArticle(text, pos, a)) {
            c.articles << a;
            pos = a.start + a.length;
            // 、 和 及 以及 or ， between references to the same law.
            int next = pos;
            if (next < text.size() &&
                (text.at(next) == QChar(u'、') || text.at(next) == QChar(u'，') ||
                 text.at(next) == QChar(u'和') || text.at(next) == QChar(u'及')))
                ++next;
            else if (text.mid(next, 2) == QStringLiteral("以及"))
                next += 2;
            if (next == pos || !readArticle(text, next, a))
                break;
            pos = next;
        }
        if (!c.articles.isEmpty()) {
            c.length = c.articles.last().start + c.articles.last().length - c.start;
            out << c;
            i = c.start + c.length;
        } else {
            i = close;
        }
    }
    return out;
}

Citation CitationParser::parseOne(const QString& text)
{
    const QString t = text.trimmed();
    const QVector<Citation> all = findAll(t);
    if (all.size() == 1 && all.first().start == 0 && all.first().length == t.size())
        return all.first();
    return {};
}

} // namespace cd
