#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

// What separates neighbouring charges once the cues have found the family. Three general rules,
// each row of their tables resting on the wording of the articles:
// - a required element (要件): the charge's article cannot apply without it (袭警 needs 人民警察,
//   拒不执行判决、裁定 a 判决 or 裁定, 交通肇事 a vehicle); a charge whose element is absent is
//   halved;
// - someone else's offence (背景): a charge the facts name only as another person's offence
//   (其朋友涉嫌交通肇事后, 捏造其贪污) is the background of 伪证, 窝藏 or 诬告, not the charge;
// - a contrast (区分要素) between two sibling charges: the element that decides between them
//   (贩卖 or only 持有 毒品; 以非法占有为目的 for 贷款诈骗 over 骗取贷款; an officer attacked for
//   袭警 over 故意伤害; the 国家工作人员 subject for 受贿 over 非国家工作人员受贿). When the facts
//   carry one side's element and not the other's, that side ranks above its sibling — special
//   over general when the special element is there, general over special when it is missing.
// Statements the facts deny (不能证实其贩卖, 未收取费用, 未使用暴力) are no element.
class ChargeContrasts
{
    Q_DECLARE_TR_FUNCTIONS(cd::ChargeContrasts)
public:
    // names: the charge catalog's names, indexed like the scores passed to apply().
    explicit ChargeContrasts(const QStringList& names);

    // Adjusts scores (and appends to why) in place. named: charges the facts name themselves;
    // the rules never move one of those down.
    void apply(const QString& facts, QVector<double>& scores, QVector<QStringList>& why,
               const QVector<bool>& named) const;

    // The facts without what they deny: 现有证据不能证实其贩卖 loses 证实其贩卖.
    static QString withoutNegations(const QString& facts);
    // Spans of the facts that speak of another person's offence or of a false accusation.
    static QStringList backgroundSpans(const QString& facts);

    // A candidate must reach this share of its sibling's score for a contrast to lift it.
    static constexpr double kReach = 0.35;
    // Reach of a contrast whose rival is what the charge's victims or helpers do themselves
    // (偷越国境 of those organised or carried, 拐卖 of the child bought): the facts tell the
    // rival's story at length, so its score says little against the element.
    static constexpr double kWideReach = 0.1;
    static constexpr double kMissing = 0.5;    // factor for a charge without its required element
    static constexpr double kBackground = 0.4; // factor for a charge that is someone else's

private:
    struct Requirement
    {
        int charge = -1;
        QRegularExpression element;
        QString what;
    };
    struct Contrast
    {
        int charge = -1;
        int rival = -1;
        QRegularExpression element;
        QRegularExpression rivalElement; // invalid/empty: the element's absence decides
        bool rivalByAbsence = true;
        double reach = kReach;
        QString what;
    };
    QVector<Requirement> m_requirements;
    QVector<Contrast> m_contrasts;
    QVector<QString> m_stems; // names without 罪, for background spans
};

} // namespace cd
