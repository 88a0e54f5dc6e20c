#pragma once

#include <QString>

namespace cd {

// What a charge's facts need before the charge is plausible at all, and how common it is.
//
// A basic-level court's criminal docket is dominated by a few charges (危险驾驶, 盗窃, 诈骗,
// 帮助信息网络犯罪活动, 故意伤害, 交通肇事 …); when the facts fit several charges about as well,
// the common one is the better first guess. docketPrior() is that mild bonus (0 for a charge
// outside the list).
//
// Many articles define their crime by who commits it (军人, 国家机关工作人员, 司法工作人员,
// 国有公司、企业的工作人员, 银行或者其他金融机构的工作人员) or by a setting (战时). When the
// defining article requires such a subject and the facts never mention one, text similarity
// alone (职务, 合同, 逃离) should not put the charge forward. subjectFits() reads the
// requirement from the charge name and the article text, and checks the facts for any wording
// of that subject.
double docketPrior(const QString& charge);

enum class SpecialSubject {
    None,
    Military,         // 军人, 部队, 战时, 兵役, 国防
    StateOrgan,       // 国家机关工作人员
    Judicial,         // 司法工作人员
    StateEnterprise,  // 国有公司、企业、事业单位的工作人员
    FinancialWorker,  // 银行或者其他金融机构的工作人员
    SecuritiesInsider // 证券、期货交易内幕信息的知情人员, 证券公司 …
};

// The special subject the charge's defining article requires, if any.
SpecialSubject requiredSubject(const QString& charge, const QString& articleText);

// Whether the facts mention the required subject in any of its everyday wordings.
bool subjectFits(SpecialSubject subject, const QString& facts);

} // namespace cd
