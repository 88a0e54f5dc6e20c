#include "chargeprior.h"

#include <QHash>
#include <QRegularExpression>

namespace cd {

namespace {

// The charges that fill most of a basic-level court's criminal docket (by the published yearly
// statistics of local courts: 危险驾驶 alone is about a fifth, then theft, fraud, 帮信,
// injury, traffic deaths), and a second tier that is common but not dominant.
const char* const kCommon[] = {
    "危险驾驶罪", "盗窃罪", "诈骗罪", "帮助信息网络犯罪活动罪", "故意伤害罪", "交通肇事罪",
};
const char* const kFrequent[] = {
    "开设赌场罪",
    "走私、贩卖、运输、制造毒品罪",
    "寻衅滋事罪",
    "掩饰、隐瞒犯罪所得、犯罪所得收益罪",
    "妨害公务罪",
    "袭警罪",
    "容留他人吸毒罪",
    "信用卡诈骗罪",
    "非法经营罪",
    "聚众斗殴罪",
    "敲诈勒索罪",
    "抢劫罪",
    "故意毁坏财物罪",
    "职务侵占罪",
    "拒不执行判决、裁定罪",
    "非法吸收公众存款罪",
    "组织、领导传销活动罪",
    "侵犯公民个人信息罪",
    "赌博罪",
    "引诱、容留、介绍卖淫罪",
    "合同诈骗罪",
    "非法持有毒品罪",
    "强奸罪",
    "非法捕捞水产品罪",
    "失火罪",
    "重大责任事故罪",
    "拒不支付劳动报酬罪",
    "妨害信用卡管理罪",
    "非法占用农用地罪",
    "滥伐林木罪",
    "非法采矿罪",
    "污染环境罪",
    "抢夺罪",
    "猥亵儿童罪",
    "强制猥亵、侮辱罪",
    "非法拘禁罪",
    "故意杀人罪",
    "过失致人死亡罪",
    "销售假冒注册商标的商品罪",
    "假冒注册商标罪",
    "伪造、变造、买卖国家机关公文、证件、印章罪",
    "非法狩猎罪",
    "受贿罪",
    "贪污罪",
    "挪用资金罪",
    "行贿罪",
    "生产、销售有毒、有害食品罪",
    "生产、销售伪劣产品罪",
    "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪",
    "虚开发票罪",
    "非法持有、私藏枪支、弹药罪",
};

} // namespace

double docketPrior(const QString& charge)
{
    static const QHash<QString, double> prior = [] {
        QHash<QString, double> out;
        for (const char* c : kFrequent)
            out.insert(QString::fromUtf8(c), 0.4);
        for (const char* c : kCommon)
            out.insert(QString::fromUtf8(c), 0.9);
        return out;
    }();
    return prior.value(charge, 0.0);
}

SpecialSubject requiredSubject(const QString& charge, const QString& articleText)
{
    // A military setting shows in the name (逃离部队, 阻碍军人执行职务, 战时…) or in the
    // article's opening words (军人违反职责…).
    static const QRegularExpression military(QStringLiteral("军|部队|武装|兵役|国防|战时"));
    if (military.match(charge).hasMatch())
        return SpecialSubject::Military;
    static const QRegularExpression securities(QStringLiteral("证券|期货|股票|债券"));
    if (securities.match(charge).hasMatch())
        return SpecialSubject::SecuritiesInsider;
    // The subject is who the first clause is about: 国家机关工作人员滥用职权…, not the object
    // of 阻碍国家机关工作人员依法执行职务 or 冒充国家机关工作人员.
    QString first = articleText.section(QLatin1Char('\n'), 0, 0);
    const int comma = int(first.indexOf(QStringLiteral("，")));
    if (comma > 0)
        first.truncate(comma + 12);
    if (first.startsWith(QStringLiteral("军人")) || first.startsWith(QStringLiteral("战时")))
        return SpecialSubject::Military;
    static const QRegularExpression object(
        QStringLiteral("阻碍|冒充|对|向|给予|引诱|收买|煽动|胁迫|殴打|报复|威胁|以暴力"));
    struct Rule
    {
        const char* words;
        SpecialSubject subject;
    };
    const Rule rules[] = {
        {"司法工作人员", SpecialSubject::Judicial},
        {"国家机关工作人员", SpecialSubject::StateOrgan},
        {"国有公司、企业", SpecialSubject::StateEnterprise},
        {"银行或者其他金融机构的工作人员", SpecialSubject::FinancialWorker},
        {"证券、期货交易内幕信息的知情人员", SpecialSubject::SecuritiesInsider},
    };
    for (const Rule& r : rules) {
        const int at = int(first.indexOf(QString::fromUtf8(r.words)));
        if (at >= 0 && !object.match(first.left(at)).hasMatch())
            return r.subject;
    }
    return SpecialSubject::None;
}

bool subjectFits(SpecialSubject subject, const QString& facts)
{
    // Broad on purpose: the check only removes charges whose subject the facts never mention.
    static const QHash<int, QRegularExpression> wording = {
        {int(SpecialSubject::Military),
         QRegularExpression(QStringLiteral(
             "军|部队|武装|兵役|国防|战时|征兵|民兵|战区|士兵|战士|入伍|武警|哨兵"))},
        {int(SpecialSubject::StateOrgan),
         QRegularExpression(QStringLiteral(
             "国家机关|机关|政府|[^，。；]局|委员会|派出所|所长|民警|警察|辅警|公安|法官|"
             "检察官|法院|检察院|监狱|看守所|街道|乡镇|镇长|乡长|县长|村委|村支书|村干部|"
             "干部|公务员|科长|科员|处长|主任|站长|执法|监管|海关|税务|城管|财政|民政|社保|"
             "医保|林业|国土|自然资源|环保|生态环境|市场监督|卫生(局|院|健康|部门|监督)|教育|交警|"
             "征收|拆迁|审批|"
             "国家工作人员|事业单位|纪委|监委"))},
        {int(SpecialSubject::Judicial),
         QRegularExpression(QStringLiteral(
             "司法|法官|审判|检察|法院|民警|警察|辅警|公安|刑警|侦查|看守所|监狱|狱警|"
             "管教|派出所|办案|书记员|执行员|法警"))},
        {int(SpecialSubject::StateEnterprise),
         QRegularExpression(QStringLiteral(
             "国有|国企|国家出资|国营|全民所有|国资|事业单位|国家控股|央企|集体企业"))},
        {int(SpecialSubject::FinancialWorker),
         QRegularExpression(QStringLiteral(
             "银行|信用社|金融|证券公司|保险公司|信托|农商行|期货公司|支行|分行|信贷|柜员|"
             "客户经理|储蓄所|营业部"))},
        {int(SpecialSubject::SecuritiesInsider),
         QRegularExpression(QStringLiteral("证券|期货|股票|股份|股价|债券|基金|上市|炒股|股民|"
                                           "内幕|建仓|持仓|交易所"))},
    };
    if (subject == SpecialSubject::None)
        return true;
    return wording.value(int(subject)).match(facts).hasMatch();
}

} // namespace cd
