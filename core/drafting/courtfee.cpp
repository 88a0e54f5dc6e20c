#include "courtfee.h"

namespace cd {

namespace {
constexpr qint64 kYuan = 100;
constexpr qint64 kWan = 10000 * kYuan;
} // namespace

const QVector<CourtFeeBand>& CourtFee::bands()
{
    // 诉讼费用交纳办法 第十三条第（一）项 (verified against the corpus text), cumulative bands.
    static const QVector<CourtFeeBand> b{
        {0, 1 * kWan, 0, 50 * kYuan},      {1 * kWan, 10 * kWan, 250, 0},
        {10 * kWan, 20 * kWan, 200, 0},    {20 * kWan, 50 * kWan, 150, 0},
        {50 * kWan, 100 * kWan, 100, 0},   {100 * kWan, 200 * kWan, 90, 0},
        {200 * kWan, 500 * kWan, 80, 0},   {500 * kWan, 1000 * kWan, 70, 0},
        {1000 * kWan, 2000 * kWan, 60, 0}, {2000 * kWan, 0, 50, 0},
    };
    return b;
}

QString CourtFee::bandsCitation()
{
    return QStringLiteral("《诉讼费用交纳办法》第十三条第（一）项");
}

const QVector<CourtFeeReduction>& CourtFee::reductions()
{
    static const QVector<CourtFeeReduction> r{
        {"mediated", QStringLiteral("《诉讼费用交纳办法》第十五条")},
        {"withdrawn", QStringLiteral("《诉讼费用交纳办法》第十五条")},
        {"simplified", QStringLiteral("《诉讼费用交纳办法》第十六条")},
    };
    return r;
}

QString CourtFee::halveOnceCitation()
{
    return QStringLiteral("《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百零六条");
}

FeeCategory CourtFee::categoryFor(const QString& kind, const QString& cause)
{
    if (kind == QLatin1String("criminal"))
        return FeeCategory::None;
    if (kind == QLatin1String("administrative"))
        return FeeCategory::Administrative;
    // 劳动争议 and its sub-causes such as 追索劳动报酬纠纷.
    if (cause.contains(QStringLiteral("劳动争议")) || cause.contains(QStringLiteral("劳动报酬")) ||
        cause.contains(QStringLiteral("劳动合同")))
        return FeeCategory::Labour;
    if (cause.contains(QStringLiteral("离婚")))
        return FeeCategory::Divorce;
    return FeeCategory::Property;
}

bool CourtFee::isSimplifiedProcedure(const QString& procedureKey)
{
    return procedureKey == QLatin1String("civil-simplified") ||
           procedureKey == QLatin1String("civil-small-claims");
}

Result<CourtFeeResult> CourtFee::compute(const CourtFeeInput& in)
{
    if (in.claimFen < 0)
        return makeError(ErrorCode::InvalidInput, tr("The claim amount cannot be negative."));
    CourtFeeResult r;
    switch (in.category) {
    case FeeCategory::None:
        return r;
    case FeeCategory::Labour:
        r.fullFen = 10 * kYuan;
        r.basis << QStringLiteral("《诉讼费用交纳办法》第十三条第（四）项");
        break;
    case FeeCategory::Administrative:
        r.fullFen = administrativeFeeFen();
        r.basis << QStringLiteral("《诉讼费用交纳办法》第十三条第（五）项");
        break;
    case FeeCategory::Divorce: {
        // 0.5% of the property above 200,000 on top of the per-case range.
        const qint64 above = qMax<qint64>(0, in.claimFen - 20 * kWan);
        const qint64 extra = (above * 50 + 5000) / 10000;
        r.fullFen = 50 * kYuan + extra;
        r.fullMaxFen = 300 * kYuan + extra;
        r.basis << QStringLiteral("《诉讼费用交纳办法》第十三条第（二）项");
        break;
    }
    case FeeCategory::Property: {
        // Sum in units of fen × basis points so rounding happens once, at the end.
        qint64 scaled = 0;
        for (const CourtFeeBand& b : bands()) {
            if (in.claimFen <= b.fromFen && b.fromFen > 0)
                break;
            if (b.flatFen > 0) {
                scaled += b.flatFen * 10000;
                continue;
            }
            const qint64 top = b.toFen > 0 ? qMin(in.claimFen, b.toFen) : in.claimFen;
            scaled += (top - b.fromFen) * b.rateBasisPoints;
        }
        r.fullFen = (scaled + 5000) / 10000; // half up to the fen
        r.basis << bandsCitation();
        break;
    }
    }
    if (r.fullMaxFen == 0)
        r.fullMaxFen = r.fullFen;
    r.feeFen = r.fullFen;
    const bool grounds[] = {in.mediated, in.withdrawn, in.simplified};
    for (int i = 0; i < 3; ++i) {
        if (!grounds[i])
            continue;
        if (!r.basis.contains(reductions().at(i).citation))
            r.basis << reductions().at(i).citation;
        r.halved = true;
    }
    if (r.halved) {
        r.feeFen = (r.fullFen + 1) / 2; // half up to the fen
        if (int(in.mediated) + int(in.withdrawn) + int(in.simplified) > 1)
            r.basis << halveOnceCitation();
    }
    return r;
}

} // namespace cd
