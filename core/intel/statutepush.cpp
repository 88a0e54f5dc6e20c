#include "statutepush.h"

#include "chargecontrasts.h"
#include "chargeevidence.h"
#include "chargeprior.h"
#include "factconcepts.h"
#include "intellog.h"
#include "statutes/chargelexicon.h"
#include "statutes/statutelibrary.h"
#include "statutes/statuteoutline.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QtMath>

#include <algorithm>

namespace cd {

namespace {

// Articles of the Criminal Law's general part (总则) that facts commonly point to. Each rule
// cites the article it rests on; these rank after the charge articles.
struct AuxRule
{
    int number;
    const char* pattern;
    const char* why; // English source, translated in context cd::StatutePush
};
const AuxRule kCriminalAux[] = {
    {67, "主动投案|自动投案|投案自首|自首|主动到.{0,10}(派出所|公安)|电话通知.{0,10}到案",
     "surrender (自首, 刑法第六十七条)"},
    {67, "如实供述|坦白|供认不讳", "confession (坦白, 刑法第六十七条第三款)"},
    {65, "累犯|刑满释放|曾因.{0,20}(判处|被判)", "prior sentence (累犯, 刑法第六十五条)"},
    {25, "伙同|结伙|共同(实施|作案|预谋)|合伙|分工|预谋|共谋",
     "joint offence (共同犯罪, 刑法第二十五条)"},
    {23, "未遂|未得逞|意志以外", "attempt (未遂, 刑法第二十三条)"},
    {64, "退赔|退赃|追缴|赃款|违法所得|作案工具", "recovery of proceeds (刑法第六十四条)"},
    {68, "立功|检举|揭发", "meritorious service (立功, 刑法第六十八条)"},
    {17, "未满十八|未成年|已满十[四六]周岁不满十八", "minor (刑法第十七条)"},
};

// Civil rules: cue → articles, by the article numbers of the text in force (民法典 2021;
// 劳动合同法 2012; 道路交通安全法 2021).
struct CivilRule
{
    const char* pattern;
    const char* law;
    QVector<int> articles;
    const char* why;
};
const CivilRule kCivilRules[] = {
    {"借款|借条|欠条|借据|出借|借给|还款",
     "中华人民共和国民法典",
     {667, 675, 676, 679},
     "loan (借款合同)"},
    {"货款|买卖|供货|购货|购买.{0,10}(货物|设备)",
     "中华人民共和国民法典",
     {595, 626, 577},
     "sale (买卖合同)"},
    {"违约|未按约定|未按照约定|逾期", "中华人民共和国民法典", {577, 509}, "breach (违约责任)"},
    {"交通事故", "中华人民共和国民法典", {1208}, "traffic accident (机动车交通事故责任)"},
    {"交通事故", "中华人民共和国道路交通安全法", {76}, "traffic accident (赔偿责任)"},
    {"离婚|夫妻感情", "中华人民共和国民法典", {1079, 1087, 1084}, "divorce (离婚)"},
    {"租金|租赁|承租|出租", "中华人民共和国民法典", {703, 721, 722}, "lease (租赁合同)"},
    {"工资|劳动合同|解除劳动|经济补偿",
     "中华人民共和国劳动合同法",
     {30, 38, 46, 47},
     "employment (劳动合同)"},
    {"受伤|医疗费|误工费|护理费",
     "中华人民共和国民法典",
     {1165, 1179},
     "personal injury (人身损害赔偿)"},
    {"保证人|连带责任保证|担保", "中华人民共和国民法典", {681, 688}, "guarantee (保证)"},
    {"物业费|物业服务", "中华人民共和国民法典", {944}, "property service (物业服务合同)"},
    {"继承|遗产|遗嘱", "中华人民共和国民法典", {1122, 1127}, "succession (继承)"},
    {"工程款|施工|建设工程", "中华人民共和国民法典", {788, 807}, "construction (建设工程合同)"},
};

const char* const kCivilLaws[] = {
    "中华人民共和国民法典",           "中华人民共和国劳动合同法", "中华人民共和国道路交通安全法",
    "中华人民共和国消费者权益保护法", "中华人民共和国公司法",
};

QString articleKey(int number, int suffix)
{
    return suffix > 0 ? QStringLiteral("%1-%2").arg(number).arg(suffix) : QString::number(number);
}

QString clip(const QString& s, int n = 14)
{
    return s.size() > n ? s.left(n) + QStringLiteral("…") : s;
}

} // namespace

StatutePush::~StatutePush() = default;

bool StatutePush::looksCriminal(const QString& facts)
{
    static const QRegularExpression re(
        QStringLiteral("被告人|公诉机关|犯罪嫌疑人|检察院指控|指控|作案|涉嫌|抓获|归案|刑事"));
    return re.match(facts).hasMatch();
}

Result<std::unique_ptr<StatutePush>> StatutePush::create(const StatuteLibrary& lib,
                                                         const QDate& date)
{
    QElapsedTimer t;
    t.start();
    std::unique_ptr<StatutePush> p(new StatutePush);
    p->m_lib = &lib;
    p->m_date = date;
    auto charges = ChargeCatalog::load(lib.path());
    if (!charges)
        return charges.error();
    p->m_charges = std::move(charges).value();
    const auto criminal = lib.versionInForce(QStringLiteral("刑法"), date);
    if (!criminal)
        return makeError(ErrorCode::NotFound,
                         tr("The Criminal Law in force on %1 is not in the statute library.")
                             .arg(date.toString(Qt::ISODate)));
    p->m_criminalTitle = criminal->title;
    p->m_criminalVersion = criminal->id;
    auto arts = StatuteOutline::articles(lib.path(), criminal->id);
    if (!arts)
        return arts.error();
    QHash<QString, QString> textByKey;
    for (const StatuteArticle& a : arts.value())
        textByKey.insert(articleKey(a.number, a.suffix), a.text);

    // A charge may have several rows in the lexicon; all their cues count.
    QMultiHash<QString, const ChargeLexiconEntry*> lexicon;
    for (const ChargeLexiconEntry& e : chargeLexicon())
        lexicon.insert(e.charge, &e);
    // How many charge names share a word: 运输 is in many, 盗窃 in few.
    QHash<QString, int> partCount;
    QVector<QStringList> parts;
    for (const Charge& c : qAsConst(p->m_charges)) {
        QString n = c.name;
        n.chop(1); // 罪
        QStringList ps;
        for (const QString& s :
             n.split(QRegularExpression(QStringLiteral("[、，]")), Qt::SkipEmptyParts)) {
            if (s.size() >= 2)
                ps << s;
        }
        for (const QString& s : qAsConst(ps))
            ++partCount[s];
        parts << ps;
    }
    const QVector<ChargeEvidence> evidence =
        ChargeEvidenceBuilder::build(lib, date, p->m_charges, textByKey);
    QHash<QString, int> nameTermCount;
    QHash<QString, int> sentenceDoc;
    for (int i = 0; i < p->m_charges.size(); ++i) {
        const Charge& c = p->m_charges.at(i);
        ChargeModel m;
        m.nameParts = parts.at(i);
        const ChargeArticle def = c.definingArticle();
        m.text = textByKey.value(articleKey(def.number, def.suffix));
        m.prior = docketPrior(c.name);
        m.subject = int(requiredSubject(c.name, m.text));
        QString stem = c.name;
        stem.chop(1); // 罪
        for (const QString& t : Bm25Index::terms(stem)) {
            if (t.size() == 2 && !m.nameTerms.contains(t))
                m.nameTerms << t;
        }
        for (const QString& t : qAsConst(m.nameTerms))
            ++nameTermCount[t];
        for (const ChargeLexiconEntry* e : lexicon.values(c.name)) {
            for (const ChargeCue& cue : e->cues) {
                QRegularExpression re(cue.pattern, QRegularExpression::UseUnicodePropertiesOption);
                if (!re.isValid()) {
                    qCWarning(lcIntel) << "bad cue for" << c.name << cue.pattern;
                    continue;
                }
                m.cues.push_back({re, cue.weight});
            }
        }
        // The name counts twice: it is the most specific text a charge has.
        m.elements = evidence.at(i).elements;
        m.doc = p->m_chargeIndex.add(c.name + QLatin1Char(' ') + c.name + QLatin1Char(' ') +
                                     evidence.at(i).elements);
        for (const QString& sentence : evidence.at(i).interpretations) {
            const int d = int(sentenceDoc.value(sentence, -1));
            if (d >= 0) {
                p->m_interpCharges[d] << i;
                continue;
            }
            sentenceDoc.insert(sentence, p->m_interpIndex.add(sentence));
            p->m_interpCharges.push_back({i});
            p->m_interpSentences << sentence;
        }
        p->m_models.push_back(m);
    }
    p->m_chargeIndex.finish();
    p->m_interpIndex.finish();
    QStringList names;
    for (const Charge& c : qAsConst(p->m_charges))
        names << c.name;
    p->m_contrasts = std::make_unique<ChargeContrasts>(names);
    const double nNames = p->m_charges.size();
    for (auto it = nameTermCount.cbegin(); it != nameTermCount.cend(); ++it)
        p->m_nameTermWeight.insert(it.key(), qLn(1.0 + nNames / it.value()));
    for (const ChargeLexiconEntry& e : chargeLexicon()) {
        bool known = false;
        for (const Charge& c : qAsConst(p->m_charges))
            known = known || c.name == e.charge;
        if (!known)
            qCWarning(lcIntel) << "lexicon names an unknown charge" << e.charge;
    }

    for (const char* lawName : kCivilLaws) {
        const QString title = QString::fromUtf8(lawName);
        const auto v = lib.versionInForce(title, date);
        if (!v)
            continue;
        auto civil = StatuteOutline::articles(lib.path(), v->id);
        if (!civil)
            continue;
        for (const StatuteArticle& a : civil.value()) {
            p->m_civil.push_back({v->title, a.number, a.suffix, a.text});
            p->m_civilIndex.add(a.text);
        }
    }
    p->m_civilIndex.finish();
    qCDebug(lcIntel) << "statute push ready in" << t.elapsed() << "ms:" << p->m_charges.size()
                     << "charges," << p->m_civil.size() << "civil articles";
    return p;
}

namespace {

// Whether name occurs in facts as the charge at hand: not as a prior conviction (曾因犯盗窃罪
// 被判处…) and not as someone else's offence the conduct relates to (其朋友涉嫌故意伤害罪一案,
// 明知他人系…罪犯罪嫌疑人), which is the background of 伪证, 包庇, 窝藏 and the like.
bool namedAsTheCharge(const QString& facts, const QString& name)
{
    static const QRegularExpression before(QStringLiteral("(曾|因|犯有?)$"));
    static const QRegularExpression after(
        QStringLiteral("^.{0,24}(判处|被判|刑满|释放|服刑|处罚|处理)"));
    static const QRegularExpression others(
        QStringLiteral("(他人|朋友|亲属|亲戚|丈夫|妻子|儿子|女儿|弟|哥|姐|妹|同事|邻居).{0,4}"
                       "(涉嫌|因|犯|实施)$"));
    static const QRegularExpression theirCase(QStringLiteral(
        "^(一案|案件|案中|的犯罪嫌疑人|犯罪嫌疑人|的罪犯|的犯罪分子|被通缉|被追捕)"));
    for (int i = facts.indexOf(name); i >= 0; i = facts.indexOf(name, i + 1)) {
        const QString pre = facts.mid(qMax(0, i - 8), qMin(i, 8));
        const QString post = facts.mid(i + name.size(), 30);
        const bool prior = (pre.contains(QStringLiteral("曾")) || before.match(pre).hasMatch()) &&
                           after.match(post).hasMatch();
        const bool background = others.match(pre).hasMatch() || theirCase.match(post).hasMatch();
        if (!prior && !background)
            return true;
    }
    return false;
}

// The longest pieces of the facts (two characters or more) that occur in text, longest first:
// 未取得、采伐许可证 rather than the bigrams BM25 matched.
QStringList sharedSpans(const QString& facts, const QString& text, int max = 5)
{
    QStringList spans;
    const int n = int(facts.size());
    for (int i = 0; i + 1 < n;) {
        int len = 0;
        while (i + len + 2 <= n && facts.at(i + len + 1).isLetter() &&
               text.contains(QStringView(facts).mid(i, len + 2)))
            ++len;
        if (len > 0 && facts.at(i).isLetter()) {
            const QString span = facts.mid(i, len + 1);
            if (!spans.contains(span))
                spans << span;
            i += len + 1;
        } else {
            ++i;
        }
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return spans.mid(0, max);
}

// Words every criminal fact description has; left in, they make BM25 favour articles that
// happen to mention 被告人 or 被害人.
QString withoutBoilerplate(const QString& facts)
{
    static const QRegularExpression re(QStringLiteral(
        "被告人|被害人|公诉机关|犯罪嫌疑人|检察院|指控|经审理查明|人民币|案发后|案发|某某|"
        "认定|鉴定|价值|共计|期间|先后|多次|当场|抓获|民警|公安机关|归案"));
    // Numbers, amounts and Latin letters (dates, plate numbers, 186.4mg/100ml) and the 某 of
    // anonymised names match articles only by accident.
    static const QRegularExpression noise(
        QStringLiteral("[0-9０-９.．%％:：a-zA-Zａ-ｚＡ-Ｚ×*/／]+|某+"));
    // Prior convictions and the procedural tail (到案后如实供述, 取得谅解) describe the accused,
    // not the conduct; their words (判处, 赔偿, 退赔) would match articles by accident.
    static const QRegularExpression record(
        QStringLiteral("[^。；;]*(曾因|曾于|刑满释放|被判处|行政拘留|前科)[^。；;]*|"
                       "[^。；;，,]*(如实供述|认罪认罚|投案|到案|谅解|退赔|退赃|退缴|赔偿.{0,12}"
                       "损失)[^。；;，,]*"));
    QString s = facts;
    s.replace(record, QStringLiteral(" "));
    s.replace(re, QStringLiteral(" "));
    s.replace(noise, QStringLiteral(" "));
    return s;
}

// The facts without what is about the case rather than the conduct: sentences listing the
// evidence (上述事实…有证人证言、扣押清单…等证据证实), and clauses with the prosecution's
// request (应当以…追究其刑事责任, 建议判处拘役五个月，并处罚金) or a prior conviction
// (曾因犯故意伤害罪被判处…). Their words (扣押, 鉴定, 伤害) would be read as elements of some
// charge.
QString conductOnly(const QString& facts)
{
    static const QRegularExpression sentence(QStringLiteral("[^。；;]*[。；;]?"));
    static const QRegularExpression clause(QStringLiteral("[^，,。；;]*[，,。；;]?"));
    static const QRegularExpression evidence(QStringLiteral(
        "证人证言|被害人陈述|笔录|鉴定意见|书证|物证|视听资料|电子数据|扣押清单|扣押决定书|"
        "户籍证明|抓获经过|供述与辩解"));
    static const QRegularExpression proof(
        QStringLiteral("证据证实|予以证实|足以认定|证据确实|犯罪事实清楚|提供了.{0,12}证据"));
    static const QRegularExpression aside(QStringLiteral(
        "追究其刑事责任|应当以.{0,20}追究|提请.{0,8}(判处|依法)|请求.{0,8}判处|触犯|曾因|曾于|"
        "刑满释放|被判处|行政拘留|前科|建议.{0,16}(判处|判|处以|量刑|从轻|减轻|适用)|量刑建议|"
        "判处.{0,10}(有期徒刑|拘役|管制|罚金)|并处罚金|宣告缓刑|适用缓刑|当庭.{0,6}(悔罪|认罪)"));
    // Another case the conduct happened in or around (在办理一起故意伤害案中, 作为一起交通肇事案的
    // 证人, 审理一起借贷纠纷案件时) is background: its charge words are not this conduct's.
    static const QRegularExpression otherCase(
        QStringLiteral("(一起|一宗|该起|此起)[^，,。；;]{0,14}(案件|案|纠纷)"));
    // How the accused was caught (被民警抓获, 途经某地时被交警查获, 被巡逻民警拦停) ends the
    // conduct; its officers are not the object of any charge against police.
    static const QRegularExpression caught(QStringLiteral(
        "^[^，,。；;]*被[^，,。；;]{0,16}(民警|交警|警察|公安|派出所|巡逻|辅警|特警)"
        "[^，,。；;]{0,8}"
        "(抓获|查获|拦截|拦停|挡获|带走|带回|传唤|控制|抓捕|解救)(归案)?[，,。；;]?$"));
    // What the proceeds went to afterwards (所得款项被用于网络赌博及个人挥霍) is not the
    // conduct charged; only the proceeds' own use, not a use of entrusted money (挪用).
    static const QRegularExpression spent(QStringLiteral(
        "(所得|骗得|赃款|窃得|骗来|抢来|偷来|后将(上述|该|所骗|所得)?(款项|钱款|资金|"
        "赃款|财物))[^，,。；;]{0,20}(用于|挥霍|花光|花掉|消费|输光|还债)|"
        "(用于|拿去|投入)[^，,。；;]{0,6}赌博|挥霍一空|挥霍殆尽|输光|输掉"));
    // The proceedings (依法扣押了被告人的手机, 被刑事拘留, 依法组成合议庭, 辩护人提出…的辩护意见,
    // 社区矫正机构出具的调查评估意见) are what happened to the accused, not what the accused did;
    // their words (扣押, 拘留, 辩护人, 监管) are elements of charges against officials.
    static const QRegularExpression procedure(QStringLiteral(
        "依法(扣押|适用|讯问|传唤|逮捕)|刑事拘留|(执行|批准|决定)逮捕|"
        "取保候审|监视居住|羁押于|组成合议庭|独任审判|(简易|速裁|普通)程序|开庭审理|开庭进行|"
        "出庭支持公诉|指派检察员|到庭参加|值班律师|具结书|辩护人(提出|认为|对|另|的意见|的辩护)|"
        "辩护意见|社区矫正|调查评估|量刑|本院(受理|依法|予以|不予|认为|确认|审理)|本案由|"
        "移送审查起诉|审查起诉|侦查终结|侦查阶段|侦查过程中|公安机关调取|起诉书|庭审质证|"
        "出示、质证|无异议|认罪悔罪|从轻处罚|初犯|偶犯|表现良好|监管条件|"
        "居住地稳定|依法[^，,。；;]{0,16}(传唤|盘查|检查|询问|带离)|经勘验|提取了相关|制作了.{0,6}"
        "笔录|签字确认|电话通知"));
    // What the proceedings found unproven (涉嫌盗窃的行为证据不足，已撤销案件) is no conduct
    // either.
    static const QRegularExpression dismissed(
        QStringLiteral("证据不足|不予认定|不能认定|不构成|查无实据"));
    // …unless the clause is what the accused did about them (为使其子得到取保候审, 请托民警).
    static const QRegularExpression aboutThem(
        QStringLiteral("为(使|了|让|求|帮)|请托|谋取|送给|给予"));
    QString text = facts;
    text.replace(otherCase, QStringLiteral("某案"));
    QString out;
    for (auto it = sentence.globalMatch(text); it.hasNext();) {
        const QString s = it.next().captured(0);
        if (s.isEmpty() || proof.match(s).hasMatch())
            continue;
        int listed = 0;
        for (auto e = evidence.globalMatch(s); e.hasNext(); e.next())
            ++listed;
        if (listed >= 2)
            continue;
        for (auto c = clause.globalMatch(s); c.hasNext();) {
            const QString part = c.next().captured(0);
            if (!part.isEmpty() && !aside.match(part).hasMatch() &&
                (!procedure.match(part).hasMatch() || aboutThem.match(part).hasMatch()) &&
                !caught.match(part).hasMatch() && !dismissed.match(part).hasMatch()) {
                // Squandering the proceeds still shows the intent to keep them (非法占有).
                out += spent.match(part).hasMatch() ? QStringLiteral("所得被挥霍，") : part;
            }
        }
    }
    return out;
}

} // namespace

QVector<StatutePush::ChargeScore> StatutePush::rankCharges(const QString& rawFacts) const
{
    // The statutory words the facts' wording stands for count as part of the facts, for the cues
    // and for text matching, but never as a charge named in them.
    const QString conduct = conductOnly(rawFacts);
    const QString concepts = legalConcepts(conduct);
    const QString facts = concepts.isEmpty() ? conduct : conduct + QStringLiteral("。") + concepts;
    const QString plain = withoutBoilerplate(conduct) + QLatin1Char(' ') + concepts;
    QVector<ChargeScore> out(m_charges.size());
    // A charge named in the facts (公诉机关认为…构成盗窃罪): only the longest name at a place
    // counts, so 信用卡诈骗罪 does not also credit 诈骗罪.
    QVector<bool> named(m_charges.size(), false);
    for (int i = 0; i < m_charges.size(); ++i)
        named[i] = namedAsTheCharge(rawFacts, m_charges.at(i).name);
    for (int i = 0; i < m_charges.size(); ++i) {
        if (!named[i])
            continue;
        for (int j = 0; j < m_charges.size(); ++j) {
            if (j != i && named[j] && m_charges.at(j).name.size() > m_charges.at(i).name.size() &&
                m_charges.at(j).name.contains(m_charges.at(i).name) &&
                rawFacts.count(m_charges.at(j).name) >= rawFacts.count(m_charges.at(i).name)) {
                named[i] = false;
                break;
            }
        }
    }
    const QVector<double> bm = m_chargeIndex.scores(plain);
    const double maxBm = bm.isEmpty() ? 0 : *std::max_element(bm.begin(), bm.end());
    // Each charge's best interpretation sentence (passage retrieval: one long document per
    // charge would favour the charges with the most interpretations).
    const QVector<double> bmSentences = m_interpIndex.scores(plain);
    QVector<double> bmI(m_charges.size(), 0.0);
    QVector<int> bestSentence(m_charges.size(), -1);
    for (int d = 0; d < bmSentences.size(); ++d) {
        for (int c : m_interpCharges.at(d)) {
            if (bmSentences.at(d) > bmI.at(c)) {
                bmI[c] = bmSentences.at(d);
                bestSentence[c] = d;
            }
        }
    }
    const double maxBmI = bmI.isEmpty() ? 0 : *std::max_element(bmI.begin(), bmI.end());
    // How much each kind of evidence counts next to the curated cues (weights 1–8) and a named
    // charge (12): each text match is scaled to the best charge's, so it adds at most this.
    constexpr double kElements = 3.0; // the 罪状 of the defining article
    constexpr double kInterp = 1.0;   // the best sentence of an interpretation naming it
    constexpr double kName = 1.0;     // share of the name's rare bigrams present
    QVector<bool> cueMatched(m_charges.size(), false);
    QHash<QString, int> partCount;
    for (const ChargeModel& m : m_models)
        for (const QString& p : m.nameParts)
            ++partCount[p];
    for (int i = 0; i < m_charges.size(); ++i) {
        ChargeScore& s = out[i];
        s.charge = i;
        const ChargeModel& m = m_models.at(i);
        if (named[i]) {
            s.score += 12;
            s.why << tr("charge named in the facts: %1").arg(m_charges.at(i).name);
        }
        QStringList cues;
        for (const Cue& c : m.cues) {
            const auto match = c.re.match(facts);
            if (match.hasMatch()) {
                s.score += c.weight;
                cues << clip(match.captured(0));
            }
        }
        if (!cues.isEmpty())
            s.why << tr("elements: %1").arg(cues.join(QStringLiteral("、")));
        cueMatched[i] = !cues.isEmpty() || named[i];
        QStringList words;
        for (const QString& p : m.nameParts) {
            if (plain.contains(p)) {
                s.score += (1.0 + 0.25 * qMin<int>(int(p.size()), 6)) /
                           qSqrt(double(partCount.value(p, 1)));
                words << p;
            }
        }
        if (!words.isEmpty())
            s.why << tr("words of the charge: %1").arg(words.join(QStringLiteral("、")));
        // Name bigrams found in the facts, weighted by how rare they are among charge names.
        double nameAll = 0, nameHit = 0;
        for (const QString& t : m.nameTerms) {
            const double w = m_nameTermWeight.value(t, 0);
            nameAll += w;
            if (plain.contains(t))
                nameHit += w;
        }
        if (nameAll > 0)
            s.score += kName * (nameHit / nameAll) * (nameHit / nameAll);
        if (maxBm > 0 && m.doc >= 0) {
            const double rel = bm.at(m.doc) / maxBm;
            s.score += kElements * rel;
            if (rel > 0.5)
                s.why << tr("shares with its elements (罪状): %1")
                             .arg(sharedSpans(plain, m.elements).join(QStringLiteral("、")));
        }
        if (maxBmI > 0 && bestSentence.at(i) >= 0) {
            const double rel = bmI.at(i) / maxBmI;
            s.score += kInterp * rel;
            if (rel > 0.5)
                s.why << tr("shares with an interpretation of it: %1")
                             .arg(sharedSpans(plain, m_interpSentences.at(bestSentence.at(i)))
                                      .join(QStringLiteral("、")));
        }
    }
    // A charge whose article requires a subject (军人, 国家机关工作人员, 国有公司的工作人员 …)
    // the facts never mention is pushed back, whatever its words share with the facts; then the
    // common charges of a basic-level docket get their mild prior.
    for (int i = 0; i < m_charges.size(); ++i) {
        ChargeScore& s = out[i];
        const ChargeModel& m = m_models.at(i);
        const SpecialSubject subject = SpecialSubject(m.subject);
        if (subject != SpecialSubject::None && !named[i] && !subjectFits(subject, conduct)) {
            s.score *= 0.5;
            s.why << tr("its article needs a subject the facts do not mention");
        }
        if (m.prior > 0 && s.score > 0) {
            s.score += m.prior;
            s.why << tr("a common charge in basic-level courts");
        }
    }
    // Precedence: only between charges whose own element cues both matched, so a bare word
    // shared by two charge names never decides it.
    QHash<QString, int> byName;
    for (int i = 0; i < m_charges.size(); ++i)
        byName.insert(m_charges.at(i).name, i);
    for (const ChargePrecedence& p : chargePrecedence()) {
        const int w = byName.value(p.winner, -1), l = byName.value(p.loser, -1);
        if (w < 0 || l < 0 || !cueMatched.at(w) || !cueMatched.at(l) ||
            out.at(l).score < out.at(w).score)
            continue;
        out[l].score = out.at(w).score * 0.8;
        out[l].why << tr("absorbed by %1").arg(p.winner);
    }
    // Sibling charges told apart by the element that separates them (on the conduct only: the
    // statutory words added above would supply elements the facts do not state).
    if (m_contrasts) {
        QVector<double> scores(out.size());
        QVector<QStringList> why(out.size());
        for (int i = 0; i < out.size(); ++i) {
            scores[i] = out.at(i).score;
            why[i] = out.at(i).why;
        }
        m_contrasts->apply(conduct, scores, why, named);
        for (int i = 0; i < out.size(); ++i) {
            out[i].score = scores.at(i);
            out[i].why = why.at(i);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ChargeScore& a, const ChargeScore& b) { return a.score > b.score; });
    return out;
}

QVector<StatuteSuggestion> StatutePush::suggest(const QString& facts, int top) const
{
    if (top <= 0 || facts.trimmed().isEmpty())
        return {};
    return looksCriminal(facts) ? suggestCriminal(facts, top) : suggestCivil(facts, top);
}

QVector<StatuteSuggestion> StatutePush::suggestCriminal(const QString& facts, int top) const
{
    const QVector<ChargeScore> ranked = rankCharges(facts);
    QVector<StatuteSuggestion> charges;
    QSet<QString> seen;
    for (const ChargeScore& cs : ranked) {
        if (charges.size() >= top || cs.score <= 0)
            break;
        const Charge& c = m_charges.at(cs.charge);
        const ChargeArticle a = c.definingArticle();
        if (seen.contains(a.key()))
            continue;
        seen.insert(a.key());
        StatuteSuggestion s;
        s.law = m_criminalTitle;
        s.article = a.key();
        s.number = a.number;
        s.suffix = a.suffix;
        s.score = cs.score;
        s.charge = c.name;
        s.text = m_models.at(cs.charge).text;
        s.why = tr("%1 is defined here (%2). ").arg(c.name, c.source) +
                cs.why.join(QStringLiteral("; "));
        charges << s;
    }
    // The general part: after the strongest charges, never ahead of the best one.
    QVector<StatuteSuggestion> aux;
    for (const AuxRule& r : kCriminalAux) {
        static QHash<const AuxRule*, QRegularExpression> cache;
        auto it = cache.find(&r);
        if (it == cache.end())
            it = cache.insert(&r, QRegularExpression(QString::fromUtf8(r.pattern)));
        const auto m = it->match(facts);
        if (!m.hasMatch())
            continue;
        const QString key = QString::number(r.number);
        const QString why =
            tr(r.why) + QStringLiteral(": ") + clip(m.captured(0)); // tr() of a table literal
        bool merged = false;
        for (StatuteSuggestion& s : aux) {
            if (s.article == key) {
                s.why += QStringLiteral("; ") + why;
                merged = true;
            }
        }
        if (merged || seen.contains(key))
            continue;
        StatuteSuggestion s;
        s.law = m_criminalTitle;
        s.article = key;
        s.number = r.number;
        if (auto a = m_lib->article(m_criminalVersion, r.number))
            s.text = a->text;
        s.why = why;
        aux << s;
    }
    const double best = charges.isEmpty() ? 1.0 : charges.first().score;
    QVector<StatuteSuggestion> out;
    int i = 0;
    // Charges first: the defining article is what the facts most need, and when the charge is
    // uncertain the next candidates are worth more to the judge than 自首 or 累犯. Up to five
    // charges within reach of the best, then the general part, then the weaker charges.
    while (i < charges.size() && (i < 3 || (i < 5 && charges.at(i).score >= 0.3 * best)))
        out << charges.at(i++);
    double floor = out.isEmpty() ? best : out.last().score;
    for (StatuteSuggestion s : qAsConst(aux)) {
        floor *= 0.9;
        s.score = floor;
        out << s;
    }
    while (i < charges.size()) {
        StatuteSuggestion s = charges.at(i++);
        s.score = qMin(s.score, floor * 0.99);
        floor = s.score;
        out << s;
    }
    out.resize(qMin<int>(top, int(out.size())));
    return out;
}

QVector<StatuteSuggestion> StatutePush::suggestCivil(const QString& facts, int top) const
{
    QVector<StatuteSuggestion> out;
    QSet<QString> seen;
    auto findDoc = [&](const QString& law, int number) -> int {
        for (int i = 0; i < m_civil.size(); ++i)
            if (m_civil.at(i).law == law && m_civil.at(i).number == number &&
                m_civil.at(i).suffix == 0)
                return i;
        return -1;
    };
    double score = 10;
    for (const CivilRule& r : kCivilRules) {
        const QRegularExpression re(QString::fromUtf8(r.pattern));
        const auto m = re.match(facts);
        if (!m.hasMatch())
            continue;
        for (int n : r.articles) {
            const int d = findDoc(QString::fromUtf8(r.law), n);
            const QString key = QString::fromUtf8(r.law) + QString::number(n);
            if (d < 0 || seen.contains(key))
                continue;
            seen.insert(key);
            StatuteSuggestion s;
            s.law = m_civil.at(d).law;
            s.article = QString::number(n);
            s.number = n;
            s.score = score;
            score *= 0.97;
            s.text = m_civil.at(d).text;
            s.why = tr(r.why) + QStringLiteral(": ") + clip(m.captured(0));
            out << s;
        }
    }
    const QVector<double> bm = m_civilIndex.scores(facts);
    QVector<int> order(bm.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::partial_sort(order.begin(), order.begin() + qMin<int>(int(order.size()), top + 10),
                      order.end(), [&](int a, int b) { return bm.at(a) > bm.at(b); });
    for (int k = 0; k < order.size() && out.size() < top + 10; ++k) {
        const int d = order.at(k);
        if (bm.at(d) <= 0)
            break;
        const CivilDoc& doc = m_civil.at(d);
        const QString key = doc.law + QString::number(doc.number);
        if (doc.suffix > 0 || seen.contains(key))
            continue;
        seen.insert(key);
        StatuteSuggestion s;
        s.law = doc.law;
        s.article = articleKey(doc.number, doc.suffix);
        s.number = doc.number;
        s.suffix = doc.suffix;
        s.score = qMin(bm.at(d), out.isEmpty() ? bm.at(d) : out.last().score * 0.99);
        s.text = doc.text;
        s.why = tr("text similar to the article: %1")
                    .arg(m_civilIndex.sharedTerms(facts, d, 5).join(QStringLiteral("、")));
        out << s;
    }
    out.resize(qMin<int>(top, int(out.size())));
    return out;
}

} // namespace cd
