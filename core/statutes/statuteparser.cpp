#include "statuteparser.h"

#include "chinesenumber.h"

#include <QRegularExpression>

namespace cd {

QString StatuteArticle::label() const
{
    QString s = QStringLiteral("第") + ChineseNumber::format(number) + QStringLiteral("条");
    if (suffix > 0)
        s += QStringLiteral("之") + ChineseNumber::format(suffix);
    return s;
}

QString statuteShortTitle(const QString& title)
{
    static const QString prefix = QStringLiteral("中华人民共和国");
    if (title.startsWith(prefix) && title.size() > prefix.size())
        return title.mid(prefix.size());
    return title;
}

QString statuteNameKey(const QString& name)
{
    QString k = name;
    k.remove(QStringLiteral("中华人民共和国"));
    k.replace(QChar(u'〈'), QChar(u'《'));
    k.replace(QChar(u'〉'), QChar(u'》'));
    k.replace(QLatin1Char('<'), QChar(u'《'));
    k.replace(QLatin1Char('>'), QChar(u'》'));
    k.replace(QChar(u'（'), QLatin1Char('('));
    k.replace(QChar(u'）'), QLatin1Char(')'));
    static const QRegularExpression space(QStringLiteral("\\s"));
    k.remove(space);
    return k;
}

QDate ParsedStatuteFile::versionDate() const
{
    if (fileDate.isValid())
        return fileDate;
    // The latest adoption or amendment; a separate 施行 line is when it takes effect, not a
    // new text (the books of the Civil Code differ in whether they carry one).
    QDate latest;
    QDate latestAny;
    for (const StatuteEvent& e : events) {
        if (!latestAny.isValid() || e.date > latestAny)
            latestAny = e.date;
        if (e.text.endsWith(QStringLiteral("施行")) && !e.text.contains(QStringLiteral("公布")))
            continue;
        if (!latest.isValid() || e.date > latest)
            latest = e.date;
    }
    return latest.isValid() ? latest : latestAny;
}

QDate StatuteParser::parseChineseDate(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

namespace {

// Corpus lines carry zero-width spaces and full-width spaces as layout leftovers.
QString cleanLine(const QString& line)
{
    QString s = line;
    s.remove(QChar(0x200B));
    s.remove(QChar(0xFEFF));
    return s.trimmed();
}

struct ArticleHead
{
    int number = 0;
    int suffix = 0;
    int bodyStart = 0;
};

// 第一百三十三条之一 text → number 133, suffix 1; number 0 when the line is not an article.
ArticleHead articleHead(const QString& line)
{
    ArticleHead h;
    if (!line.startsWith(QChar(u'第')))
        return h;
    const int tiao = line.indexOf(QChar(u'条'), 1);
    if (tiao < 2 || tiao > 12)
        return h;
    const qint64 n = ChineseNumber::parse(line.mid(1, tiao - 1));
    if (n <= 0)
        return h;
    int pos = tiao + 1;
    int suffix = 0;
    if (pos < line.size() && line.at(pos) == QChar(u'之')) {
        int end = pos + 1;
        while (end < line.size() && ChineseNumber::isNumeralChar(line.at(end)))
            ++end;
        const qint64 s = ChineseNumber::parse(line.mid(pos + 1, end - pos - 1));
        if (s <= 0)
            return h;
        suffix = int(s);
        pos = end;
    }
    // The label is followed by a space (half- or full-width) in the corpus; anything else is
    // a sentence that merely starts with 第…条.
    if (pos < line.size() && !line.at(pos).isSpace())
        return h;
    h.number = int(n);
    h.suffix = suffix;
    h.bodyStart = pos;
    return h;
}

QDate bodyEffectiveDate(const QVector<StatuteArticle>& articles)
{
    static const QRegularExpression re(QStringLiteral(
        "本(?:法|条例|规定|解释|办法|决定|细则|规则|修正案)[^。]{0,30}?自(\\d{4}年\\d{1,2}月"
        "\\d{1,2}日)起(?:施行|生效)"));
    // The effective-date clause is one of the last articles.
    for (int i = articles.size() - 1; i >= 0 && i >= articles.size() - 3; --i) {
        const auto m = re.match(articles.at(i).text);
        if (m.hasMatch())
            return StatuteParser::parseChineseDate(m.captured(1));
    }
    return {};
}

} // namespace

ParsedStatuteFile StatuteParser::parse(const QString& text, const QString& fileName)
{
    ParsedStatuteFile f;
    static const QRegularExpression dateInName(QStringLiteral("\\((\\d{4})-(\\d{2})-(\\d{2})\\)"));
    const auto dm = dateInName.match(fileName);
    if (dm.hasMatch())
        f.fileDate = QDate(dm.captured(1).toInt(), dm.captured(2).toInt(), dm.captured(3).toInt());

    const QStringList lines = text.split(QLatin1Char('\n'));
    bool inHeader = true;
    QStringList headings; // index = heading level - 2
    StatuteArticle* current = nullptr;
    for (const QString& raw : lines) {
        const QString line = cleanLine(raw);
        if (line.isEmpty())
            continue;
        if (inHeader) {
            if (line.startsWith(QLatin1String("<!-- INFO END"))) {
                inHeader = false;
            } else if (line.startsWith(QLatin1Char('#'))) {
                const QString t = line.mid(1).trimmed();
                if (f.title.isEmpty())
                    f.title = t;
                else if (f.part.isEmpty())
                    f.part = t;
            } else {
                const QDate d = parseChineseDate(line);
                if (d.isValid()) {
                    const int space = line.indexOf(QLatin1Char(' '));
                    f.events.push_back({d, space > 0 ? line.mid(space + 1).trimmed() : QString()});
                }
            }
            continue;
        }
        if (line.startsWith(QLatin1Char('#'))) {
            int level = 0;
            while (level < line.size() && line.at(level) == QLatin1Char('#'))
                ++level;
            const int idx = qMax(0, level - 2);
            headings = headings.mid(0, idx);
            while (headings.size() < idx)
                headings << QString();
            QString h = line.mid(level).trimmed();
            h.replace(QChar(0x3000), QLatin1Char(' '));
            headings << h.simplified();
            current = nullptr;
            continue;
        }
        const ArticleHead head = articleHead(line);
        const bool ascending =
            head.number > 0 &&
            (f.articles.isEmpty() || head.number > f.articles.last().number ||
             (head.number == f.articles.last().number && head.suffix > f.articles.last().suffix));
        if (ascending) {
            StatuteArticle a;
            a.number = head.number;
            a.suffix = head.suffix;
            QStringList hs;
            for (const QString& h : qAsConst(headings)) {
                if (!h.isEmpty())
                    hs << h;
            }
            a.heading = hs.join(QStringLiteral(" / "));
            a.text = line.mid(head.bodyStart).trimmed();
            f.articles.push_back(a);
            current = &f.articles.last();
        } else if (current) {
            current->text += QLatin1Char('\n') + line;
        }
    }
    f.bodyEffectiveDate = bodyEffectiveDate(f.articles);
    return f;
}

} // namespace cd
