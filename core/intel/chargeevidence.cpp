#include "chargeevidence.h"

#include "intellog.h"
#include "statutes/chinesenumber.h"
#include "statutes/statutelibrary.h"

#include <QRegularExpression>
#include <QSet>

namespace cd {

namespace {

QString articleKey(int number, int suffix)
{
    return suffix > 0 ? QStringLiteral("%1-%2").arg(number).arg(suffix) : QString::number(number);
}

// Paragraphs (款) of an article; enumerated items （一）… belong to the paragraph before them.
QStringList paragraphs(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QChar(0xFF08)) && !out.isEmpty()) // （
            out.last() += QLatin1Char('\n') + line;
        else
            out << line;
    }
    return out;
}

// The conduct of one paragraph: its first line up to the penalty, then its items in full.
QString conduct(const QString& paragraph)
{
    static const QRegularExpression penalty(
        QStringLiteral("，(处|依照|按照|对.{0,8}处|应当|可以)"));
    QStringList lines = paragraph.split(QLatin1Char('\n'));
    const auto m = penalty.match(lines.first());
    if (m.hasMatch())
        lines.first().truncate(int(m.capturedStart()));
    return lines.join(QLatin1Char(' '));
}

// Charges defined by the Criminal Law articles a text cites (刑法第二百六十四条,
// 刑法第一百三十三条之一第一款): the paragraph's charges when it names one, else the article's.
QVector<int> citedCharges(const QString& text, const QHash<QString, QVector<int>>& byArticle,
                          const QVector<Charge>& charges)
{
    static const QRegularExpression cite(
        QStringLiteral("刑法》?第([零一二三四五六七八九十百]+)条(?:之([一二三四五六七八九十]+))?"
                       "(?:第([一二三四五六七八九十]+)款)?"));
    QVector<int> out;
    if (!text.contains(QStringLiteral("刑法")))
        return out;
    for (auto it = cite.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qint64 number = ChineseNumber::parse(m.captured(1));
        const qint64 suffix = m.captured(2).isEmpty() ? 0 : ChineseNumber::parse(m.captured(2));
        const qint64 paragraph = m.captured(3).isEmpty() ? 0 : ChineseNumber::parse(m.captured(3));
        if (number < 102) // the general part defines no charge
            continue;
        const QVector<int> all =
            byArticle.value(articleKey(int(number), int(qMax<qint64>(0, suffix))));
        QVector<int> exact;
        for (int c : all)
            if (paragraph > 0 && charges.at(c).definingArticle().paragraph == paragraph)
                exact << c;
        for (int c : exact.isEmpty() ? all : exact)
            if (!out.contains(c))
                out << c;
    }
    return out;
}

} // namespace

QString ChargeEvidenceBuilder::elements(const QString& articleText, int paragraph,
                                        const QVector<int>& claimed)
{
    const QStringList ps = paragraphs(articleText);
    if (paragraph > 0 && paragraph <= ps.size())
        return conduct(ps.at(paragraph - 1));
    QStringList out;
    for (int i = 0; i < ps.size(); ++i) {
        if (!claimed.contains(i + 1))
            out << conduct(ps.at(i));
    }
    return out.join(QLatin1Char(' '));
}

QVector<int> ChargeEvidenceBuilder::namedCharges(const QString& text,
                                                 const QHash<QString, QVector<int>>& names,
                                                 int maxNameLength)
{
    QVector<int> out;
    for (int i = text.indexOf(QChar(0x7F6A)); i >= 0; i = text.indexOf(QChar(0x7F6A), i + 1)) {
        // 罪 at i: the longest name ending here.
        for (int len = qMin(maxNameLength, i + 1); len >= 3; --len) {
            const auto it = names.constFind(text.mid(i - len + 1, len));
            if (it != names.constEnd()) {
                for (int c : it.value())
                    if (!out.contains(c))
                        out << c;
                break;
            }
        }
    }
    return out;
}

QVector<ChargeEvidence>
ChargeEvidenceBuilder::build(const StatuteLibrary& lib, const QDate& date,
                             const QVector<Charge>& charges,
                             const QHash<QString, QString>& articleTextByKey)
{
    QVector<ChargeEvidence> out(charges.size());
    // Paragraphs claimed by a charge that names its paragraph, per article.
    QHash<QString, QVector<int>> claimed;
    for (const Charge& c : charges) {
        const ChargeArticle a = c.definingArticle();
        if (a.paragraph > 0)
            claimed[articleKey(a.number, a.suffix)] << a.paragraph;
    }
    QHash<QString, QVector<int>> names;
    int maxLength = 0;
    for (int i = 0; i < charges.size(); ++i) {
        const Charge& c = charges.at(i);
        const ChargeArticle a = c.definingArticle();
        const QString key = articleKey(a.number, a.suffix);
        out[i].elements = elements(articleTextByKey.value(key), a.paragraph, claimed.value(key));
        names[c.name] << i;
        maxLength = qMax(maxLength, int(c.name.size()));
    }

    QHash<QString, QVector<int>> byArticle;
    for (int i = 0; i < charges.size(); ++i)
        byArticle[charges.at(i).definingArticle().key()] << i;
    static const QRegularExpression sentenceEnd(QStringLiteral("[。；;\\n]"));
    int used = 0;
    const QVector<StatuteVersion> interps = lib.versionsInForce(QStringLiteral("司法解释"), date);
    for (const StatuteVersion& v : interps) {
        // The interpretations fixing charge names list every charge; they say nothing of conduct.
        if (v.title.contains(QStringLiteral("罪名")))
            continue;
        const QVector<StatuteArticle> arts = lib.articles(v.id);
        for (const StatuteArticle& a : arts) {
            QVector<int> inArticle = namedCharges(a.text, names, maxLength);
            for (int c : citedCharges(a.text, byArticle, charges))
                if (!inArticle.contains(c))
                    inArticle << c;
            if (inArticle.isEmpty())
                continue;
            // An article naming one charge (counting charges of one article as one) speaks of
            // it throughout; otherwise a sentence belongs to the charges it names.
            QSet<QString> articlesNamed;
            for (int c : inArticle)
                articlesNamed.insert(charges.at(c).definingArticle().key());
            const bool single = articlesNamed.size() == 1 && inArticle.size() <= 2;
            for (const QString& sentence : a.text.split(sentenceEnd, Qt::SkipEmptyParts)) {
                if (sentence.size() < 6)
                    continue;
                QVector<int> to = namedCharges(sentence, names, maxLength);
                if (to.isEmpty())
                    to = citedCharges(sentence, byArticle, charges);
                if (to.isEmpty() && single)
                    to = inArticle;
                if (to.isEmpty() || to.size() > 3)
                    continue;
                for (int c : to) {
                    out[c].interpretations << sentence;
                    ++used;
                }
            }
        }
    }
    qCDebug(lcIntel) << "charge evidence:" << interps.size() << "interpretations," << used
                     << "sentences";
    return out;
}

} // namespace cd
