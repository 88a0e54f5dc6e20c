#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace cd {

// One article a charge rests on: 第一百三十三条之一第一款 → {133, 1, 1}.
struct ChargeArticle
{
    int number = 0;
    int suffix = 0;
    int paragraph = 0;

    QString key() const; // "133-1", "264" (the form the CLI prints)
};

// One criminal charge (罪名) as fixed by the SPC/SPP interpretations, with the Criminal Law
// articles it rests on. The first article is the one that defines it.
struct Charge
{
    QString name; // 盗窃罪
    QVector<ChargeArticle> articles;
    QString source; // title of the interpretation that named or last changed it
    QDate since;    // date of that interpretation

    ChargeArticle definingArticle() const { return articles.value(0); }
};

// The charge → article map, built from the corpus: the 1997 SPP opinion
// (最高人民检察院关于适用刑法分则规定的犯罪的罪名的意见) and the SPC/SPP 确定罪名补充规定
// (一) to (八) applied in date order, so renamed and cancelled charges drop out.
class ChargeCatalog
{
    Q_DECLARE_TR_FUNCTIONS(cd::ChargeCatalog)
public:
    // Parses the interpretation files below corpusDir; the result is sorted by article.
    static Result<QVector<Charge>> parseCorpus(const QString& corpusDir);
    // Parsers for one file's text (exposed for tests).
    static void applyOpinion1997(QVector<Charge>& charges, const QString& text,
                                 const QString& source, const QDate& date);
    static void applySupplement(QVector<Charge>& charges, const QString& text,
                                const QString& source, const QDate& date);

    // Table "charges" in a statute library being written by StatuteImporter.
    static Result<int> writeTable(QSqlDatabase& db, const QVector<Charge>& charges);
    // Reads the table from an open statute library file (read-only connection of its own).
    static Result<QVector<Charge>> load(const QString& libraryPath);
};

} // namespace cd
