#pragma once

#include "bm25.h"
#include "common/result.h"
#include "statutes/chargecatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <QVector>

#include <memory>

namespace cd {

class ChargeContrasts;
class StatuteLibrary;

struct StatuteSuggestion
{
    QString law;     // full title: 中华人民共和国刑法
    QString article; // "264", "133-1"
    int number = 0;
    int suffix = 0;
    double score = 0;
    QString why;    // the matched elements, for the judge
    QString charge; // for a charge-defining article
    QString text;   // the article's text in force
};

// Statute push (法条推送): from a case's facts, the articles most likely to apply, each with the
// elements that matched. Criminal facts are read without their evidence list, the prosecution's
// request and prior convictions, plus the statutory words their wording stands for
// (legalConcepts), and scored per charge (罪名): an explicit charge in the facts, the curated
// element cues of chargeLexicon(), the words of the charge name, BM25 against the charge's 罪状
// (the defining paragraph up to the penalty) and against the best judicial-interpretation
// sentence that names or cites it (ChargeEvidenceBuilder) — so every charge of the specific part
// is reachable, curated or not. The charge-defining articles come first, followed by 总则
// articles the facts point to (自首, 累犯, 共同犯罪…). Other facts are matched by BM25 against
// the main civil statutes plus cue rules for common causes of action.
class StatutePush
{
    Q_DECLARE_TR_FUNCTIONS(cd::StatutePush)
public:
    ~StatutePush();
    // Reads the articles in force on date; about a second for the whole index.
    static Result<std::unique_ptr<StatutePush>> create(const StatuteLibrary& lib,
                                                       const QDate& date);

    QVector<StatuteSuggestion> suggest(const QString& facts, int top = 5) const;
    static bool looksCriminal(const QString& facts);

    struct ChargeScore
    {
        int charge = -1; // index into charges()
        double score = 0;
        QStringList why;
    };
    // Ranked charges for criminal facts (exposed for the bench and tests).
    QVector<ChargeScore> rankCharges(const QString& facts) const;
    const QVector<Charge>& charges() const { return m_charges; }

private:
    StatutePush() = default;
    struct Cue
    {
        QRegularExpression re;
        double weight = 0;
    };
    struct ChargeModel
    {
        QVector<Cue> cues;
        QStringList nameParts; // 盗窃, 非法制造, 枪支 …
        QString text;          // defining article text
        int doc = -1;          // in m_chargeIndex: name and 罪状
        QString elements;      // the 罪状, for showing what matched
        QStringList nameTerms; // bigrams of the name, for partial matches
        double prior = 0;      // docketPrior(): how common the charge is
        int subject = 0;       // SpecialSubject its article requires
    };
    struct CivilDoc
    {
        QString law;
        int number = 0;
        int suffix = 0;
        QString text;
    };
    struct Aux; // 总则 and civil cue rules
    QVector<StatuteSuggestion> suggestCriminal(const QString& facts, int top) const;
    QVector<StatuteSuggestion> suggestCivil(const QString& facts, int top) const;

    const StatuteLibrary* m_lib = nullptr;
    QDate m_date;
    QString m_criminalTitle;
    qint64 m_criminalVersion = 0;
    QVector<Charge> m_charges;
    QVector<ChargeModel> m_models;
    Bm25Index m_chargeIndex;
    Bm25Index m_interpIndex;                 // one document per sentence of an interpretation
    QVector<QVector<int>> m_interpCharges;   // the charges each of those sentences speaks of
    QStringList m_interpSentences;           // their text, indexed like m_interpIndex
    QHash<QString, double> m_nameTermWeight; // IDF of a name bigram over all charge names
    QVector<CivilDoc> m_civil;
    Bm25Index m_civilIndex;
    std::unique_ptr<ChargeContrasts> m_contrasts; // sibling charges told apart by their elements
};

} // namespace cd
