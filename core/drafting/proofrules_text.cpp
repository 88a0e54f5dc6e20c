// Proofreading rules on the text itself: dates, statute citations, punctuation, repetitions.

#include "chinesedate.h"
#include "proofcontext.h"
#include "provisions.h"
#include "statutes/chinesenumber.h"
#include "statutes/citation.h"
#include "statutes/statutelibrary.h"

#include <QRegularExpression>
#include <QSet>

namespace cd::ProofRules {

namespace {

ProofFinding finding(const char* rule, ProofFinding::Severity sev, int para, int offset, int length,
                     const QString& text, const QString& message, const QString& suggestion)
{
    return ProofFinding{QLatin1String(rule), sev, para, offset, length, text, message, suggestion};
}

constexpr auto Error = ProofFinding::Severity::Error;
constexpr auto Warning = ProofFinding::Severity::Warning;
constexpr auto Info = ProofFinding::Severity::Info;

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

bool isCjkPunct(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || u == 0x201C ||
           u == 0x201D;
}

bool isNumeral(QChar c)
{
    static const QString numerals =
        QStringLiteral("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟");
    return numerals.contains(c);
}

QString iso(const QDate& d)
{
    return ChineseDate::formatArabic(d);
}

} // namespace

const QRegularExpression& datePattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?:[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月["
                       "一二三四五六七八九十]{1,3}日)|"
                       "(?:\\d{4}年\\d{1,2}月\\d{1,2}日)"));
    return re;
}

void dates(const ProofDoc& d, Findings& out)
{
    static const QRegularExpression event(QStringLiteral("^.{0,3}(?:立案|开庭|受理|提起|起诉)"));
    for (int i = 0; i < d.paragraphs.size(); ++i) {
        const QString& text = d.paragraphs.at(i);
        auto it = datePattern().globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString t = m.captured(0);
            const bool chinese = !t.at(0).isDigit();
            QString normal = t;
            if (chinese) {
                normal.replace(QChar(u'零'), QChar(u'〇')).replace(QChar(u'○'), QChar(u'〇'));
            }
            const QDate date = ChineseDate::parse(normal);
            if (!date.isValid()) {
                out << finding("date", Error, i, m.capturedStart(), m.capturedLength(), t,
                               QStringLiteral("日期“%1”不存在").arg(t), QStringLiteral("核对日期"));
                continue;
            }
            if (chinese && ChineseDate::format(date) != t) {
                out << finding("date", Error, i, m.capturedStart(), m.capturedLength(), t,
                               QStringLiteral("汉字日期书写不规范（年份中的零写作〇）"),
                               ChineseDate::format(date));
            }
            if (i == d.dateParagraph && !chinese && d.isJudgmentLike()) {
                out << finding("date", Warning, i, m.capturedStart(), m.capturedLength(), t,
                               QStringLiteral("裁判文书的落款日期应使用汉字数字"),
                               ChineseDate::format(date));
            }
            // Events of the proceedings cannot come after the document.
            // (The filing date has its own check below.)
            if (d.date.isValid() && i != d.dateParagraph && date > d.date && date != d.filed &&
                event.match(text.mid(m.capturedEnd())).hasMatch())
                out << finding("date", Error, i, m.capturedStart(), m.capturedLength(), t,
                               QStringLiteral("%1晚于文书落款日期%2").arg(t, iso(d.date)),
                               QStringLiteral("核对日期"));
        }
    }
    if (d.filed.isValid() && d.date.isValid() && d.date < d.filed && d.dateParagraph >= 0)
        out << finding("date", Error, d.dateParagraph, 0, d.paragraphs.at(d.dateParagraph).size(),
                       d.paragraphs.at(d.dateParagraph),
                       QStringLiteral("文书落款日期早于立案日期%1").arg(iso(d.filed)),
                       QStringLiteral("核对落款日期"));
}

void citations(const ProofDoc& d, const StatuteLibrary* library, const ProvisionTable& provisions,
               Findings& out)
{
    if (!d.date.isValid())
        return;
    const ProvisionCitation late =
        provisions.resolve(QStringLiteral("late-payment"), d.date, library);
    const QString day = iso(d.date);
    for (int i = 0; i < d.paragraphs.size(); ++i) {
        const QString& text = d.paragraphs.at(i);
        for (const Citation& c : CitationParser::findAll(text)) {
            const QString cited = text.mid(c.start, c.length);
            // The late-payment notice must cite the article in force, even where the number it
            // gives exists in that text with another content.
            if (text.contains(QStringLiteral("加倍支付迟延履行期间的债务利息")) &&
                statuteNameKey(c.lawName) == statuteNameKey(QStringLiteral("民事诉讼法")) &&
                !late.article.isEmpty() && c.articles.size() == 1 &&
                c.articles.first().label() != late.article) {
                const ArticleRef& a = c.articles.first();
                out << finding(
                    "citation", Error, i, a.start, a.length, text.mid(a.start, a.length),
                    QStringLiteral("迟延履行告知应引用%1施行的《中华人民共和国民事诉讼法》%2")
                        .arg(day, late.article),
                    late.article);
                continue;
            }
            if (!library) {
                out << finding("citation", Info, i, c.start, c.length, cited,
                               QStringLiteral("法规库不可用，无法核对引用的条文"),
                               QStringLiteral("人工核对条文"));
                continue;
            }
            const ResolvedCitation r = library->resolve(c, d.date);
            for (const ResolvedArticle& a : r.articles) {
                const QString ref = text.mid(a.ref.start, a.ref.length);
                switch (a.status) {
                case CitationStatus::Resolved:
                    break;
                case CitationStatus::MissingArticle:
                    out << finding(
                        "citation", Error, i, a.ref.start, a.ref.length, ref,
                        QStringLiteral("%1施行的《%2》没有%3").arg(day, c.lawName, a.ref.label()),
                        QStringLiteral("核对条文序号"));
                    break;
                case CitationStatus::NotInLibrary:
                    out << finding("citation", Info, i, a.ref.start, a.ref.length, ref,
                                   QStringLiteral("%1施行的《%2》文本不在法规库中，无法核对%3")
                                       .arg(day, c.lawName, a.ref.label()),
                                   QStringLiteral("人工核对条文"));
                    break;
                case CitationStatus::UnknownLaw:
                    out << finding("citation", Warning, i, c.start, c.length, cited,
                                   QStringLiteral("法规库中没有《%1》，无法核对").arg(c.lawName),
                                   QStringLiteral("核对法律文件名称"));
                    break;
                }
                if (a.status == CitationStatus::UnknownLaw)
                    break;
            }
        }
    }
}

void punctuation(const ProofDoc& d, Findings& out)
{
    static const QHash<QChar, QString> fullWidth{
        {QLatin1Char(','), QStringLiteral("，")}, {QLatin1Char(';'), QStringLiteral("；")},
        {QLatin1Char(':'), QStringLiteral("：")}, {QLatin1Char('?'), QStringLiteral("？")},
        {QLatin1Char('!'), QStringLiteral("！")}, {QLatin1Char('('), QStringLiteral("（")},
        {QLatin1Char(')'), QStringLiteral("）")}, {QLatin1Char('.'), QStringLiteral("。")},
    };
    for (int i = 0; i < d.paragraphs.size(); ++i) {
        const QString& text = d.paragraphs.at(i);
        for (int k = 0; k < text.size(); ++k) {
            const QChar c = text.at(k);
            if (!fullWidth.contains(c) || d.isProtected(i, k))
                continue;
            const QChar prev = k > 0 ? text.at(k - 1) : QChar();
            const QChar next = k + 1 < text.size() ? text.at(k + 1) : QChar();
            // 1,000 and 9:00 and 1.5 and the item numbers 1. 2. are figures, not prose.
            if (prev.isDigit() && (next.isDigit() || c == QLatin1Char('.')))
                continue;
            if (c == QLatin1Char('.') && !isHan(prev))
                continue;
            const bool chineseNeighbour =
                isHan(prev) || isHan(next) || isCjkPunct(prev) || isCjkPunct(next);
            if (!chineseNeighbour)
                continue;
            out << finding("punctuation", Error, i, k, 1, QString(c),
                           QStringLiteral("中文文本应使用全角标点“%1”").arg(fullWidth.value(c)),
                           fullWidth.value(c));
        }
        // Doubled punctuation: ，， or 。。
        for (int k = 0; k + 1 < text.size(); ++k) {
            const QChar c = text.at(k);
            if (c == text.at(k + 1) && QStringLiteral("，。；：、").contains(c))
                out << finding("punctuation", Error, i, k, 2, text.mid(k, 2),
                               QStringLiteral("标点重复"), QString(c));
        }
    }
}

void repeats(const ProofDoc& d, Findings& out)
{
    // A doubled character is often two words meeting (公开开庭, 人民民主), so only function
    // characters, which are almost never doubled on purpose, count as slips: 的的, 了了, 在在.
    static const QString functionChars =
        QStringLiteral("的了在是和与及或对于被将把为之其所以因由从向按依并而但就也都还又已应该本此"
                       "这那着过则即至自");
    // Doubled two-character words that are words: 研究研究 is not a judgment word, but keep
    // the list for the ones that are.
    static const QSet<QString> words{QStringLiteral("等等")};
    for (int i = 0; i < d.paragraphs.size(); ++i) {
        const QString& text = d.paragraphs.at(i);
        for (int k = 0; k + 1 < text.size(); ++k) {
            const QChar c = text.at(k);
            if (!isHan(c) || isNumeral(c) || d.isProtected(i, k) || d.isProtected(i, k + 1))
                continue;
            if (text.at(k + 1) == c && functionChars.contains(c) &&
                !words.contains(text.mid(k, 2))) {
                out << finding("repeat", Warning, i, k, 2, text.mid(k, 2),
                               QStringLiteral("疑似重复字“%1”").arg(text.mid(k, 2)), QString(c));
                ++k;
                continue;
            }
            // A word typed twice: 被告被告, 依照依照.
            if (k + 3 < text.size() && text.mid(k, 2) == text.mid(k + 2, 2) &&
                isHan(text.at(k + 1)) && text.at(k) != text.at(k + 1) &&
                !isNumeral(text.at(k + 1)) && !d.isProtected(i, k + 2) &&
                !d.isProtected(i, k + 3) && !words.contains(text.mid(k, 4))) {
                out << finding("repeat", Warning, i, k, 4, text.mid(k, 4),
                               QStringLiteral("疑似重复词“%1”").arg(text.mid(k, 4)),
                               text.mid(k, 2));
                k += 3;
            }
        }
    }
}

} // namespace cd::ProofRules
