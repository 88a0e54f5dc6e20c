#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

// One band of 诉讼费用交纳办法 art. 13(一): the part of the claim above fromFen (and up to toFen,
// 0 = no upper bound) pays rateBasisPoints/10000 of itself; the first band is a flat fee.
struct CourtFeeBand
{
    qint64 fromFen = 0;
    qint64 toFen = 0;
    int rateBasisPoints = 0; // 250 = 2.5%
    qint64 flatFen = 0;      // the first band only
};

// A ground for paying half the acceptance fee, with the provision it comes from.
struct CourtFeeReduction
{
    const char* key; // "mediated", "withdrawn", "simplified"
    QString citation;
};

// Which standard of art. 13 applies.
enum class FeeCategory {
    Property,       // (一) cumulative bands on the claim
    Divorce,        // (二)1 50-300 yuan per case, plus 0.5% of property above 200,000
    Labour,         // (四) 10 yuan per case
    Administrative, // (五)2 50 yuan per case
    None,           // criminal cases pay no acceptance fee
};

struct CourtFeeInput
{
    FeeCategory category = FeeCategory::Property;
    qint64 claimFen = 0;
    bool simplified = false; // 简易程序 (small claims are tried under it too)
    bool mediated = false;
    bool withdrawn = false;
};

struct CourtFeeResult
{
    qint64 fullFen = 0; // before any reduction (the lower bound for a range)
    qint64 feeFen = 0;  // payable
    // Upper bound when the provision gives a range that the province fixes (divorce);
    // equal to fullFen otherwise.
    qint64 fullMaxFen = 0;
    bool halved = false;
    QStringList basis; // citations applied, in order
};

// Acceptance fee (案件受理费) of a property case.
class CourtFee
{
    Q_DECLARE_TR_FUNCTIONS(cd::CourtFee)
public:
    static const QVector<CourtFeeBand>& bands();
    static QString bandsCitation();
    static const QVector<CourtFeeReduction>& reductions();
    // 最高人民法院关于适用《民事诉讼法》的解释 art. 206: several grounds still halve only once.
    static QString halveOnceCitation();

    static Result<CourtFeeResult> compute(const CourtFeeInput& input);

    // 诉讼费用交纳办法 art. 13(五): an administrative case other than trademark, patent and
    // maritime cases pays 50 yuan.
    static qint64 administrativeFeeFen() { return 50 * 100; }
    // The procedure keys of cd::TimeLimits whose cases pay half (simplified and small claims).
    static bool isSimplifiedProcedure(const QString& procedureKey);
    // The standard for a case of this kind (CaseRecord::kind) and cause (案由).
    static FeeCategory categoryFor(const QString& kind, const QString& cause);
};

} // namespace cd
