#include "demodata.h"

#include "cases/caserepository.h"
#include "cases/idvalidators.h"
#include "common/clock.h"
#include "common/logging.h"
#include "storage/database.h"

#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

// Demo data is deliberately Chinese: it stands for real case data, not UI text.
const QStringList kSurnames{
    QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
    QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"),
    QStringLiteral("吴"), QStringLiteral("周"), QStringLiteral("徐"), QStringLiteral("孙"),
    QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡"), QStringLiteral("郭"),
    QStringLiteral("何"), QStringLiteral("高"), QStringLiteral("林"), QStringLiteral("罗"),
    QStringLiteral("魏"), QStringLiteral("丁"), QStringLiteral("汪"), QStringLiteral("韩")};
const QStringList kGiven{
    QStringLiteral("伟"),   QStringLiteral("芳"),   QStringLiteral("娜"),   QStringLiteral("敏"),
    QStringLiteral("静"),   QStringLiteral("强"),   QStringLiteral("磊"),   QStringLiteral("军"),
    QStringLiteral("洋"),   QStringLiteral("勇"),   QStringLiteral("艳"),   QStringLiteral("杰"),
    QStringLiteral("涛"),   QStringLiteral("明"),   QStringLiteral("超"),   QStringLiteral("秀英"),
    QStringLiteral("桂兰"), QStringLiteral("建华"), QStringLiteral("志强"), QStringLiteral("海燕"),
    QStringLiteral("玉梅"), QStringLiteral("文斌"), QStringLiteral("丽娟"), QStringLiteral("国庆"),
    QStringLiteral("卓玛"), QStringLiteral("才让"), QStringLiteral("扎西"), QStringLiteral("三")};
const QStringList kJudges{QStringLiteral("马建国"),   QStringLiteral("李文华"),
                          QStringLiteral("张丽萍"),   QStringLiteral("赵永刚"),
                          QStringLiteral("才让东智"), QStringLiteral("王晓燕")};
const QStringList kClerkPanel{QStringLiteral("陈静、刘洋"), QStringLiteral("杨帆、何敏"),
                              QStringLiteral("周磊、卓玛草")};
const QStringList kCompanyPlaces{QStringLiteral("甘肃"), QStringLiteral("兰州"),
                                 QStringLiteral("甘南"), QStringLiteral("临夏")};
const QStringList kCompanyWords{
    QStringLiteral("恒通"), QStringLiteral("金城"), QStringLiteral("陇原"), QStringLiteral("祥瑞"),
    QStringLiteral("黄河"), QStringLiteral("雪域"), QStringLiteral("丝路"), QStringLiteral("华安")};
const QStringList kCompanyTrades{QStringLiteral("商贸"),       QStringLiteral("建筑工程"),
                                 QStringLiteral("物业管理"),   QStringLiteral("小额贷款"),
                                 QStringLiteral("房地产开发"), QStringLiteral("运输")};
const QStringList kStreets{QStringLiteral("兰州市城关区庆阳路"),
                           QStringLiteral("兰州市七里河区西津西路"),
                           QStringLiteral("兰州市安宁区北滨河西路"), QStringLiteral("合作市当周街"),
                           QStringLiteral("临潭县城关镇解放路")};
// Region codes of Gansu (甘肃) districts for resident IDs.
const QStringList kRegions{QStringLiteral("620102"), QStringLiteral("620103"),
                           QStringLiteral("620104"), QStringLiteral("620105"),
                           QStringLiteral("623001"), QStringLiteral("623021")};

struct Kind
{
    const char16_t* typeCode;
    const char* kind;
    QStringList causes;
    QStringList procedures;
    int weight;
};

const QVector<Kind>& kinds()
{
    static const QVector<Kind> k{
        {u"民初",
         "civil",
         {QStringLiteral("民间借贷纠纷"), QStringLiteral("买卖合同纠纷"),
          QStringLiteral("离婚纠纷"), QStringLiteral("机动车交通事故责任纠纷"),
          QStringLiteral("劳动争议"), QStringLiteral("物业服务合同纠纷"),
          QStringLiteral("房屋租赁合同纠纷"), QStringLiteral("金融借款合同纠纷"),
          QStringLiteral("追索劳动报酬纠纷"), QStringLiteral("赡养纠纷"),
          QStringLiteral("草场承包合同纠纷")},
         {QStringLiteral("civil-simplified"), QStringLiteral("civil-simplified"),
          QStringLiteral("civil-ordinary"), QStringLiteral("civil-small-claims")},
         60},
        {u"刑初",
         "criminal",
         {QStringLiteral("盗窃罪"), QStringLiteral("危险驾驶罪"), QStringLiteral("故意伤害罪"),
          QStringLiteral("诈骗罪"), QStringLiteral("交通肇事罪"), QStringLiteral("寻衅滋事罪")},
         {QStringLiteral("criminal-first-instance"), QStringLiteral("criminal-simplified"),
          QStringLiteral("criminal-fast-track")},
         15},
        {u"行初",
         "administrative",
         {QStringLiteral("行政处罚"), QStringLiteral("行政许可"), QStringLiteral("行政强制")},
         {QStringLiteral("administrative-first-instance"),
          QStringLiteral("administrative-simplified")},
         5},
        {u"执",
         "enforcement",
         {QStringLiteral("申请执行人民间借贷纠纷一案"), QStringLiteral("申请执行买卖合同纠纷一案"),
          QStringLiteral("申请执行劳动争议一案")},
         {QStringLiteral("enforcement")},
         20},
    };
    return k;
}

// Demo court names; other codes get a generic name.
QString courtName(const QString& code)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("甘0102"), QStringLiteral("甘肃省兰州市城关区人民法院")},
        {QStringLiteral("甘0103"), QStringLiteral("甘肃省兰州市七里河区人民法院")},
        {QStringLiteral("甘01"), QStringLiteral("甘肃省兰州市中级人民法院")},
    };
    return names.value(code, code + QStringLiteral("人民法院"));
}

class Generator
{
public:
    Generator(quint32 seed, QDate today) : m_rng(seed), m_today(today) {}

    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(int(m_rng.bounded(quint32(list.size()))));
    }
    int between(int lo, int hi) { return lo + int(m_rng.bounded(quint32(hi - lo + 1))); }
    bool chance(int percent) { return int(m_rng.bounded(100u)) < percent; }

    QString personName() { return pick(kSurnames) + pick(kGiven); }

    QString residentId(const QDate& birth, bool male)
    {
        QString first17 = pick(kRegions) + birth.toString(QStringLiteral("yyyyMMdd"));
        int seq = between(0, 99) * 10 + between(0, 4) * 2 + (male ? 1 : 0);
        first17 += QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        return first17 + IdValidators::residentIdCheckChar(first17);
    }

    QString creditCode()
    {
        // 9 = registered by the market regulator, 1 = company; then 620102 + 9-digit org code.
        QString first17 = QStringLiteral("91") + pick(kRegions);
        const QString& alphabet = IdValidators::creditCodeAlphabet();
        for (int i = 0; i < 9; ++i)
            first17 += alphabet.at(between(0, i == 8 ? 9 : alphabet.size() - 1));
        return first17 + IdValidators::creditCodeCheckChar(first17);
    }

    Party person(const QString& role)
    {
        Party p;
        p.role = role;
        p.kind = QStringLiteral("person");
        p.name = personName();
        const bool male = chance(50);
        const QDate birth(between(1950, 2004), between(1, 12), between(1, 28));
        p.idNumber = residentId(birth, male);
        p.address = pick(kStreets) + QString::number(between(1, 300)) + QStringLiteral("号");
        p.phone = QStringLiteral("1%1%2").arg(between(3, 9)).arg(between(100000000, 999999999));
        if (chance(40))
            p.agent = personName() + QStringLiteral("（甘肃") + pick(kCompanyWords) +
                      QStringLiteral("律师事务所律师）");
        return p;
    }

    Party organisation(const QString& role)
    {
        Party p;
        p.role = role;
        p.kind = QStringLiteral("organisation");
        p.name = pick(kCompanyPlaces) + pick(kCompanyWords) + pick(kCompanyTrades) +
                 QStringLiteral("有限公司");
        p.idNumber = creditCode();
        p.address = pick(kStreets) + QString::number(between(1, 300)) + QStringLiteral("号");
        p.agent = QStringLiteral("法定代表人") + personName();
        return p;
    }

    CaseRecord makeCase(const QString& courtCode, QHash<QString, int>& sequences)
    {
        const Kind* kind = &kinds().first();
        int roll = between(1, 100);
        for (const Kind& k : kinds()) {
            if (roll <= k.weight) {
                kind = &k;
                break;
            }
            roll -= k.weight;
        }
        CaseRecord c;
        // Mostly recent cases, a tail of older ones.
        const int ageDays = chance(70) ? between(0, 200) : between(200, 1400);
        c.filedOn = m_today.addDays(-ageDays);
        const QString typeCode = QString::fromUtf16(kind->typeCode);
        const QString seqKey = QString::number(c.filedOn.year()) + typeCode;
        const int seq = ++sequences[seqKey];
        c.caseNumber = QStringLiteral("（%1）%2%3%4号")
                           .arg(c.filedOn.year())
                           .arg(courtCode, typeCode)
                           .arg(seq);
        c.courtCode = courtCode;
        c.courtName = courtName(courtCode);
        c.kind = QLatin1String(kind->kind);
        c.cause = pick(kind->causes);
        c.procedure = pick(kind->procedures);
        c.judge = pick(kJudges);
        if (c.procedure == QLatin1String("civil-ordinary") ||
            c.procedure == QLatin1String("criminal-first-instance"))
            c.panel = pick(kClerkPanel);
        if (c.kind == QLatin1String("criminal")) {
            Party pro;
            pro.role = QStringLiteral("prosecutor");
            pro.kind = QStringLiteral("organisation");
            pro.name = QStringLiteral("兰州市城关区人民检察院");
            c.parties << pro << person(QStringLiteral("accused"));
            if (chance(20))
                c.parties << person(QStringLiteral("accused"));
        } else if (c.kind == QLatin1String("enforcement")) {
            c.parties << person(QStringLiteral("enforcement-applicant"))
                      << (chance(30) ? organisation(QStringLiteral("enforcement-respondent"))
                                     : person(QStringLiteral("enforcement-respondent")));
        } else if (c.kind == QLatin1String("administrative")) {
            c.parties << person(QStringLiteral("plaintiff"));
            Party agency;
            agency.role = QStringLiteral("defendant");
            agency.kind = QStringLiteral("organisation");
            agency.name = QStringLiteral("兰州市城关区市场监督管理局");
            c.parties << agency;
        } else {
            c.parties << (chance(25) ? organisation(QStringLiteral("plaintiff"))
                                     : person(QStringLiteral("plaintiff")));
            c.parties << person(QStringLiteral("defendant"));
            if (chance(25))
                c.parties << person(QStringLiteral("defendant"));
            if (chance(10))
                c.parties << person(QStringLiteral("third-party"));
        }
        if (c.kind != QLatin1String("criminal"))
            c.claimFen = qint64(between(5, 2000)) * 100000 + between(0, 99) * 100;
        c.summary = QStringLiteral("%1诉%2%3一案。")
                        .arg(c.parties.first().name, c.parties.at(1).name, c.cause);

        c.events << CaseEvent{0, QStringLiteral("filed"), c.filedOn, {}, 0, 0, {}, {}};
        QDate cursor = c.filedOn.addDays(between(3, 10));
        if (cursor <= m_today)
            c.events << CaseEvent{0, QStringLiteral("served"), cursor, {}, 0, 0, {}, {}};
        if (chance(8)) {
            const QDate from = c.filedOn.addDays(between(10, 40));
            if (from <= m_today) {
                const QDate to = from.addDays(between(15, 60));
                c.events << CaseEvent{
                    0,  QStringLiteral("appraisal"), from, to <= m_today ? to : QDate(), 0, 0,
                    {}, QStringLiteral("司法鉴定")};
            }
        }
        if (chance(6) && c.procedure == QLatin1String("civil-ordinary"))
            c.events << CaseEvent{0, QStringLiteral("extension"), c.filedOn.addDays(170),    {}, 6,
                                  0, QStringLiteral("院长"),      QStringLiteral("案情复杂")};
        cursor = c.filedOn.addDays(between(20, 60));
        if (cursor <= m_today)
            c.events << CaseEvent{0,  QStringLiteral("hearing"), cursor, {}, 0, 0,
                                  {}, QStringLiteral("第一法庭")};
        // Older cases are mostly closed.
        if (ageDays > 90 && chance(85)) {
            const QDate closed = c.filedOn.addDays(between(30, 90));
            if (closed <= m_today) {
                c.events << CaseEvent{0, QStringLiteral("judgment"), closed, {}, 0, 0, {}, {}};
                c.events << CaseEvent{0, QStringLiteral("closed"), closed, {}, 0, 0, {}, {}};
                c.status = QStringLiteral("closed");
                c.closedOn = closed;
            }
        }
        return c;
    }

private:
    QRandomGenerator m_rng;
    QDate m_today;
};

Result<void> addDocuments(Database& db, const CaseRecord& c)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO documents(case_id, title, kind, pages, created_at) "
                             "VALUES(?,?,?,?,?)"));
    // (title, kind) pairs; kinds follow the drafting template ids where one exists.
    QVector<QPair<QString, QString>> titles{
        {QStringLiteral("起诉状"), QStringLiteral("complaint")},
        {QStringLiteral("受理案件通知书"), QStringLiteral("notice-of-acceptance")},
        {QStringLiteral("传票"), QStringLiteral("summons")}};
    if (c.kind == QLatin1String("criminal"))
        titles = {{QStringLiteral("起诉书"), QStringLiteral("indictment")},
                  {QStringLiteral("送达回证"), QStringLiteral("proof-of-service")}};
    if (c.status == QLatin1String("closed"))
        titles << (c.kind == QLatin1String("criminal")
                       ? qMakePair(QStringLiteral("刑事判决书"),
                                   QStringLiteral("criminal-judgment"))
                       : qMakePair(QStringLiteral("民事判决书"), QStringLiteral("civil-judgment")));
    int pages = 1;
    for (const auto& [title, kind] : titles) {
        q.addBindValue(c.id);
        q.addBindValue(title);
        q.addBindValue(kind);
        q.addBindValue(pages++ + 1);
        q.addBindValue(c.createdAt.toString(Qt::ISODateWithMs));
        if (!q.exec())
            return databaseError(DemoData::tr("saving demo documents"), q.lastError().text());
    }
    return {};
}

} // namespace

Result<int> DemoData::generate(Database& db, const DemoOptions& options,
                               const std::function<bool(int, int)>& progress)
{
    if (options.cases < 0)
        return makeError(ErrorCode::InvalidInput, tr("The number of demo cases must be positive."));
    Generator gen(options.seed, Clock::instance().today());
    CaseRepository repo(db, options.actor);

    // Continue the numbering of cases already in the store.
    QHash<QString, int> sequences;
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT case_number FROM cases"));
        static const QRegularExpression re(
            QStringLiteral("^（(\\d{4})）[^\\d]+\\d*([^\\d]+?)(\\d+)号$"));
        while (q.next()) {
            const auto m = re.match(q.value(0).toString());
            if (m.hasMatch()) {
                const QString key = m.captured(1) + m.captured(2);
                sequences[key] = qMax(sequences.value(key), m.captured(3).toInt());
            }
        }
    }

    int done = 0;
    const int batch = 100; // small enough for a moving progress bar
    while (done < options.cases) {
        const int n = qMin(batch, options.cases - done);
        // Batches of cases per transaction: one fsync per batch instead of per case.
        auto r = db.transaction([&]() -> Result<void> {
            for (int i = 0; i < n; ++i) {
                CaseRecord c = gen.makeCase(options.courtCode, sequences);
                auto id = repo.create(c);
                if (!id)
                    return id.error();
                if (auto d = addDocuments(db, c); !d)
                    return d;
            }
            return {};
        });
        if (!r)
            return r.error();
        done += n;
        if (progress && !progress(done, options.cases))
            break;
    }
    qCDebug(lcCases) << "generated" << done << "demo cases";
    return done;
}

} // namespace cd
