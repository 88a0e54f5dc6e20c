#include "chargecontrasts.h"

#include "intellog.h"

#include <QHash>

namespace cd {

namespace {

// Pieces several rows share, as facts word them.
// 国家工作人员 as the subject (刑法第九十三条): an organ of the state, a state-owned or public
// unit, or a village officer assisting the government.
#define CD_STATE_UNIT                                                                                                          \
    "(国家机关|人民政府|政府|[^，。；]{0,8}局|街道办|办事处|财政所|派出所|法院|检察院|纪委|"  \
    "监委|国有|公立|事业单位|公务员|乡镇|镇政府|乡政府|[镇乡县市区][^，。；]{0,4}(民政|财政|" \
    "政府|办|所|站))"
#define CD_STATE_SUBJECT                                                                           \
    "(系|任|担任|身为|作为|是|在)[^，。；]{0,24}" CD_STATE_UNIT                                    \
    "|协助[^，。；]{0,10}(政府|人民政府|乡镇|镇|乡|街道)|国家工作人员|" CD_STATE_UNIT              \
    "[^，。；]{0,10}(工作人员|出纳|会计|局长|科长|所长|站长|主任|干部|院长|书记|职员)"
// A private unit's employee (公司、企业或者其他单位的工作人员).
#define CD_PRIVATE_UNIT                                                                                                               \
    "(民营|私营|私人|私立|个体|民办|外资|合资|非国有|上市公司|村集体|村民委员会|村委会|居委会|(" \
    "超市|商场|酒店|物业|物流|快递|"                                                                                      \
    "科技|贸易|电器|房地产开发|网络|建材|餐饮)[^，。；]{0,8}(公司|企业|门店|店|收银|经理|主管|"      \
    "采购|员工|职员|出纳|会计))"
#define CD_PRIVATE_SUBJECT "(系|任|担任|身为|作为|是|在)[^，。；]{0,24}" CD_PRIVATE_UNIT
// 以非法占有为目的 as facts show it: the money was squandered or hidden, the accused fled.
#define CD_APPROPRIATION                                                                                                       \
    "挥霍|逃匿|潜逃|携款|失联|下落不明|更换[^，。；]{0,8}(住址|联系|号码|手机)|躲避|逃往|"      \
    "(用于|偿还)[^，。；]{0,10}(赌|个人债务|个人消费|彩票|购买[^，。；]{0,4}(豪车|奢侈))|赌债|"   \
    "冒用[^，。；]{0,10}(身份|名义)|以[^，。；]{0,6}他人[^，。；]{0,4}名义|变卖|拒不归还|"           \
    "分文未还|未偿还任何|据为己有|隐匿[^，。；]{0,6}(财产|资金)|转移[^，。；]{0,6}(资金|财产)|" \
    "(转移|转|汇)[^，。；]{0,6}境外"
// Money used for the business it was raised for: no intent to appropriate.
#define CD_BUSINESS_USE                                                                                                       \
    "用于[^，。；]{0,12}(生产|经营|公司|养殖|工程|采购|项目|周转|购买[^，。；]{0,4}(设备|原料|" \
    "种))|经营不善|资金链断裂|养殖失败|亏损"
// A loan from a bank or other financial institution.
#define CD_BANK_LOAN                                                                                                         \
    "向[^，。；]{0,12}(银行|信用社|信用合作社|金融机构|农商行|贷款公司)[^。；]{0,30}贷款|"      \
    "(银行|信用社|金融机构)[^，。；]{0,10}(发放|放款)|(申请|骗取|取得|获得|骗得)[^，。；]{0,6}" \
    "贷款|贷款[^，。；]{0,6}(到账|发放|获批)"
// Force or its threat against a person (暴力、胁迫).
#define CD_FORCE                                                                                                              \
    "勒住|勒颈|锁喉|卡住[^，。；]{0,4}(脖|颈)|持[^，。；]{0,4}(刀|枪|棍|械|匕首)|刀[^，。；]{0,6}" \
    "(威胁|相逼|抵)|威胁|胁迫|相威胁|恐吓|"                                                                     \
    "殴打|暴力|按倒|"                                                                                                   \
    "按在|捂|掐|捆绑|拳打脚踢|挥舞|抗拒抓捕|逼(迫)?[^，。；]{0,6}(交出|说出|转账)|打倒|推倒|"  \
    "划伤|刺伤|砍伤|捅"
// What 非法经营 itself covers: licensed goods, foreign exchange, payment services, publications.
#define CD_LICENSED "专营|专卖|烟草|卷烟|许可证|外汇|支付结算|POS|出版物|成品油|食盐|彩票|无证经营"
// Giving a bribe rather than taking one.
#define CD_GIVING                                                                                  \
    "(向|给|给予|送给|送)[^。；]{0,24}(回扣|好处费|财物|现金|钱|礼金|购物卡|字画|贿赂)|行贿"
// A police officer (人民警察) and violence against him in one stretch of the facts.
#define CD_POLICE "(民警|警察|辅警|交警|特警|刑警|公安干警)"
#define CD_VIOLENCE "(殴打|击打|打|踢|推|撞|咬|抓|掐|撕扯|袭击|砸|刺|砍|拳)"
#define CD_POLICE_ATTACKED                                                                         \
    CD_POLICE "[^。；]{0,16}" CD_VIOLENCE "|" CD_VIOLENCE "[^。；]{0,16}" CD_POLICE
// Selling, transporting, smuggling or making drugs (刑法第三百四十七条), not only holding them.
#define CD_DRUG_TRADE                                                                                                               \
    "贩卖|贩毒|出售|售卖|卖给|卖与|转卖|转手|加价|毒资|每克[^，。；]{0,6}元|下家|运输|运往|运至|" \
    "运送|体内|暗格|改装|(油箱|轮胎|座椅|车厢)[^，。；]{0,6}(夹层|内)|人体藏毒|(接取|接货|取货)[^"  \
    "，。；]{0,6}毒品|(入境|出境|过境|跨境)|制造|提炼|"                                                            \
    "合成|制取|制毒|反应釜|加工[^，。；]{0,10}(毒品|甲基苯丙胺)|走私|"                                       \
    "携带[^。；]{0,20}(乘坐|乘车|入境|前往|途经|过境)|驶往|越境|绕(开|过)[^，。；]{0,6}(检查站|"       \
    "边检)|"                                                                                                                      \
    "备胎|邮寄|寄给|买家"
#define CD_DRUG_PLACE                                                                                                          \
    "容留|提供[^，。；]{0,8}(场所|房间|包厢|住处)|(在|于)[^。；]{0,20}(家|住处|出租屋|房间|宾馆|" \
    "包厢|租住|卧室)[^。；]{0,20}(吸食|吸毒)|让[^。；]{0,10}(在|到)[^。；]{0,20}吸食|让[^，。；]{"    \
    "0,12}吸食|供[^，。；]{0,10}吸食"
// Using an employer's money and meaning to return it, against keeping it (平账, 不入账).
#define CD_USE "归还|借给|借与|转借|出借|周转|打算[^，。；]{0,10}(补|还)|暂用|超过三个月|营利活动"
#define CD_KEEP                                                                                                                      \
    "据为己有|侵吞|占为己有|假账|平账|篡改|隐瞒|骗取|侵占|不入账|未入账|伪造[^，。；]{0,8}(凭证|" \
    "单据|票据|发票|签名)|虚报|虚增|虚列|冒领|套取|截留"
#define CD_PRECURSOR                                                                               \
    "制毒物品|易制毒|麻黄碱|麻黄素|羟亚胺|邻酮|溴代苯丙酮|醋酸酐|胡椒醛|黄樟|苯基-2-丙酮|邻氯苯基"
#define CD_FORGING                                                                                 \
    "(制作|印制|伪造(?!的)|打印|印刷)[^，。；]{0,20}(假币|人民币|货币|纸币|钞)|彩色打印机|印刷机"
#define CD_COUNTERFEIT "(假币|假人民币|假钞|伪造的(人民币|货币|纸币))"
#define CD_FIRE_ORDER                                                                                                        \
    "消防[^。；]{0,20}(责令|通知|限期|整改|改正)|(责令|限期)[^。；]{0,20}(改正|整改)[^。；]{0,30}" \
    "拒不|"                                                                                                                \
    "拒不(改正|整改)"
#define CD_DRUGS "毒品|海洛因|甲基苯丙胺|冰毒|麻古|大麻|可卡因|氯胺酮|鸦片|吗啡"
#define CD_RARE_ANIMAL "象牙|犀角|犀牛角|穿山甲|珍贵动物|濒危|玳瑁|砗磲|虎骨|豹皮|熊胆|羚羊角"
// Facilities in use (正在使用) against idle ones: stock, scrap, disused lines.
#define CD_IN_USE                                                                                                                  \
    "正在使用|在用|运行中|正常运行|(通信|通讯|信号|供电|电力|网络|宽带|电话)[^，。；]{0,8}中断|" \
    "停电|断电|断网|中断"
#define CD_IDLE "闲置|废弃|堆放|库存|报废|未投入使用|停用|备用|仓库|在建|未通电"
// Negligence rather than intent (过失).
#define CD_NEGLIGENCE                                                                                                            \
    "过失|不慎|疏忽|大意|没有预见|未预见|未注意|没注意|未设置|未采取[^，。；]{0,6}(防护|安全|" \
    "警示)|意外|失手|推了[^，。；]{0,6}一下|轻推|疏于|误将|误认|误以为|未[^，。；]{0,6}设置|未("  \
    "加)?固定|未拴|未[^，。；]{0,8}拴系|推搡[^，。；]{0,6}一下|推[^，。；]{0,4}一把|私拉电网|"       \
    "私设电网|(设置|架设)[^，。；]{0,6}电网|(跌倒|摔倒|仰面倒地|绊倒)[^。；]{0,20}(头部|后脑)[^"    \
    "。；]{0,6}(撞|磕|着地)"
// Taking what the job put in the accused's hands (利用职务上的便利), not stealing or deceiving.
#define CD_OFFICE_MEANS                                                                                                         \
    "利用[^，。；]{0,30}(职务|职权|工作|保管|经手|管理|运输|押运|负责|岗位)[^，。；]{0,10}(便利|" \
    "之便)|"                                                                                                                  \
    "利用职务|利用[^，。；]{0,6}(出纳|会计|收银|仓管|保管员|管理员)[^，。；]{0,4}身份"
// Only those whose work lawfully handles controlled drugs can 非法提供 them (刑法第三百五十五条).
#define CD_DRUG_HANDLER "医院|医生|医师|药剂|药店|药房|制药|药品经营|诊所|护士|药企|卫生院|戒毒"
#define CD_MEDICAL "医生|医师|护士|麻醉|医务人员|主治|手术|诊疗|接诊|输液|用药"
// 帮助信息网络犯罪活动: cards, accounts, payment or technical help for others' crimes.
#define CD_NETWORK_HELP                                                                                                        \
    "(出售|出租|出借|提供|租给|卖给|收购)[^。；]{0,16}(银行卡|手机卡|电话卡|U盾|账户|收款码|"   \
    "支付宝|微信)|(银行卡|手机卡|电话卡|账户)[^。；]{0,16}(出售|出租|出借|提供给|卖给|租给)|"   \
    "支付结算|跑分|技术支持|服务器|搭建[^，。；]{0,6}(网站|平台|APP)|推广|引流|话务|语音转接|" \
    "手机口|GOIP|通讯传输|群呼|按流水|(银行卡|U盾|手机卡|电话卡|账户)[^。；]{0,20}(交给|借给)|"  \
    "可能[^，。；]{0,10}(用于|被用于|利用)[^，。；]{0,10}(犯罪|违法)"
#define CD_DECEIT "冒充|谎称|虚构|假扮|诱骗|诱导[^，。；]{0,10}(转账|汇款|下载)|骗取"
#define CD_PROCEEDS                                                                                                        \
    "明知[^。；]{0,20}(诈骗|盗窃|犯罪|抢劫)所得|赃款|赃物|(明知|知道)[^。；]{0,20}(偷来|盗来|" \
    "骗来|抢来|来路不正)|低价收购|(取现|取出)[^。；]{0,20}(交给|转交)|(诈骗|盗窃|犯罪)所得"  \
    "[^。；]{0,20}(取现|转账|转移|套现|取出)|(取现|转账|套现)[^。；]{0,20}(诈骗|盗窃|犯罪)所得"

struct RequirementRow
{
    const char* charge;
    const char* element;
    const char* what;
};
// The article cannot apply without these (their words from the article or its subject).
const RequirementRow kRequirements[] = {
    {"引诱幼女卖淫罪", "卖淫", "卖淫"},
    {"负有照护职责人员性侵罪", "性关系|奸|性行为|发生关系", "发生性关系"},
    {"签订、履行合同失职被骗罪", "严重不负责任|失职|疏于|未[^，。；]{0,6}(审查|核实|调查)|被骗",
     "严重不负责任被诈骗"},
    {"拒不执行判决、裁定罪",
     "判决|裁定|法院|执行(案件|程序|通知|标的|款)|被执行人|强制执行|申请执行", "判决、裁定"},
    {"出售、购买、运输假币罪", CD_COUNTERFEIT, "伪造的货币"},
    {"持有、使用假币罪", CD_COUNTERFEIT, "伪造的货币"},
    {"非法捕捞水产品罪", "捕捞|捕鱼|电鱼|炸鱼|毒鱼|渔|网", "捕捞水产品"},
    {"非法处置查封、扣押、冻结的财产罪", "查封|扣押|冻结", "查封、扣押、冻结的财产"},
    {"袭警罪", CD_POLICE_ATTACKED, "暴力袭击人民警察"},
    // The object the article names (野生动物, 林木, 警用装备 …): without it in the facts, a word
    // the article shares with them (收购 of a 废品收购站, 未取得…资格) is chance.
    {"非法猎捕、收购、运输、出售陆生野生动物罪",
     "野生|动物|鸟|蛇|蛙|猎|野兔|野猪|野鸡|刺猬|斑鸠|麻雀|獾|鹰|雀|鼠", "陆生野生动物"},
    {"危害珍贵、濒危野生动物罪",
     "野生|动物|珍贵|濒危|鸟|蛇|龟|穿山甲|猴|熊|鹰|隼|象|羚|鹦鹉|猎|鸮|蟒|豹|鹤|雀",
     "珍贵、濒危野生动物"},
    {"盗伐林木罪", "林|木|树|砍伐|采伐|盗伐", "森林或者其他林木"},
    {"滥伐林木罪", "林|木|树|砍伐|采伐|滥伐", "森林或者其他林木"},
    {"非法收购、运输盗伐、滥伐的林木罪", "林木|木材|树|盗伐|滥伐|砍伐|原木|木料|板材|松|杉|桉",
     "盗伐、滥伐的林木"},
    {"违法发放林木采伐许可证罪", "发放|核发|签发|审批|批准|批给|颁发", "发放林木采伐许可证"},
    {"金融工作人员购买假币、以假币换取货币罪", CD_COUNTERFEIT, "伪造的货币"},
    {"遗失武器装备罪", "武器|枪|弹|装备|军", "武器装备"},
    {"非法生产、买卖警用装备罪", "警服|警用|警灯|警械|警徽|警衔|警车|警棍|手铐|制式|标志服",
     "警用装备"},
    {"提供侵入、非法控制计算机信息系统程序、工具罪",
     "程序|软件|工具|木马|外挂|脚本|病毒|插件|"
     "代码|源码",
     "专门用于侵入、非法控制计算机信息系统的程序、工具"},
    {"非法行医罪", "医|诊|治疗|病|药|手术|注射|输液|针灸|接生|堕胎|牙|美容|整形|患者", "行医"},
    {"入境发展黑社会组织罪", "境外|入境|黑社会", "境外的黑社会组织"},
    {"妨害公务罪",
     "暴力|威胁|胁迫|殴打|推|撕|扯|抓|咬|踢|打|拽|拉扯|阻拦|阻挠|阻碍|拦住|辱骂|围攻|围堵|冲撞|撞|"
     "砸|"
     "掀|泼|持(刀|棍|械)|拒不(配合|停车)",
     "暴力、威胁方法"},
    {"交通肇事罪", "驾驶|驾车|车(?!间)|交通|行驶", "交通运输"},
    {"危险驾驶罪", "驾驶|驾车|车(?!间)|飙车|行驶", "驾驶机动车"},
    {"妨害安全驾驶罪", "驾驶|司机|方向盘|行驶|车", "行驶中的公共交通工具"},
    {"医疗事故罪", CD_MEDICAL "|患者|病人|医院|诊所", "医务人员"},
    {"保险诈骗罪", "保险|投保", "保险"},
    {"信用卡诈骗罪", "信用卡|银行卡|透支|卡", "信用卡"},
    {"贷款诈骗罪", "贷款|贷", "贷款"},
    {"骗取贷款、票据承兑、金融票证罪", "贷款|贷|票据|承兑|保函|信用证", "贷款、票据承兑"},
    {"重婚罪", "婚|夫妻|配偶|妻|丈夫", "配偶"},
    {"强奸罪", "性关系|奸|性行为", "奸淫"},
    {"受贿罪", "收受|索取|收取|好处|回扣|贿|财物|红包|礼金|感谢费", "收受财物"},
    {"非国家工作人员受贿罪", "收受|索取|收取|好处|回扣|贿|财物|红包|礼金|感谢费", "收受财物"},
    {"利用影响力受贿罪", "收受|索取|收取|好处|回扣|贿|财物|红包|礼金|感谢费", "收受财物"},
    {"组织他人偷越国（边）境罪", "组织|策划|指挥|纠集|招募|召集", "组织"},
    {"脱逃罪", "看守所|监狱|羁押|关押|服刑|押解|在押|拘留所|戒毒所", "依法被关押"},
    {"高空抛物罪", "楼|高空|窗|阳台|抛|扔|掷", "从建筑物或者其他高空抛掷"},
    {"故意杀人罪", "死|杀|致命|要害|未遂|抢救", "杀人"},
    {"过失致人死亡罪", "死|身亡", "致人死亡"},
    {"绑架罪", "赎金|勒索|人质|撕票|绑|挟持|索要", "勒索财物或者作为人质"},
    {"开设赌场罪", "赌", "赌博"},
    // Gambling itself is no crime: only gathering others to gamble or living on it
    // (刑法第三百零三条).
    {"非法提供麻醉药品、精神药品罪", CD_DRUG_HANDLER, "依法从事管理、使用麻醉药品、精神药品的人员"},
    {"虐待罪",
     "妻|丈夫|父|母|子女|儿|女儿|公婆|婆|媳|家庭|继|祖|孙|姐|妹|兄|弟|同居|前夫|亲生|家中|家里",
     "家庭成员"},
    {"拒不支付劳动报酬罪",
     "拒不|逃匿|逃避支付|转移财产|责令|限期|劳动(保障)?监察|人力资源|人社|讨薪|欠薪",
     "经政府有关部门责令支付仍不支付"},
    {"非法吸收公众存款罪",
     "不特定|社会公众|公众|向社会|群众|村民|集资|吸收|存款|投资人|储户|[0-"
     "9一二三四五六七八九十百千]+(余|多)?("
     "名|人|户)",
     "向社会公众吸收资金"},
    {"巨额财产来源不明罪",
     "差额|明显超过|超过[^，。；]{0,10}(合法)?收入|不能说明|拒不说明|来源不能",
     "财产、支出明显超过合法收入"},
    // 诽谤 harms a person's good name; false claims that sell, frighten or disturb are other
    // charges.
    {"诽谤罪",
     "名誉|人格|声誉|出轨|不正当|作风|婚外|嫖娼|小三|私生活|贬损|污蔑|诋毁|侮辱|谩骂|抹黑|"
     "(造谣|捏造)[^，。；]{0,12}(他|其|某|被害人|自诉人)|捏造[^，。；]{0,20}(事实|贪污|受贿|违法|"
     "犯罪|不雅|强奸|包养)|报复",
     "损害他人名誉"},
    {"赌博罪",
     "聚众|邀集|召集|纠集|组织|邀约|以赌博为业|为业|抽头|抽水|营利|牟利|赌博网站|境外赌场|"
     "出境赌博|参赌人员|赌局|设局|生活来源|主要收入|不务正业|输赢金额|赌资",
     "聚众赌博或者以赌博为业"},
    {"聚众斗殴罪",
     "纠集|聚集|召集|聚众|纠合|约架|一伙|团伙|[0-9二三四五六七八九十][^，。；]{0,2}(余|多)?人|多人|"
     "各自|双方[^，。；]{0,10}(人员|人马)",
     "聚众"},
    {"破坏交通工具罪", "破坏|毁坏|损坏|拆|割|剪", "破坏"},
};

struct ContrastRow
{
    const char* charge;       // the side with the element
    const char* rival;        // its sibling
    const char* element;      // the element that decides for charge
    const char* rivalElement; // the rival's own element; nullptr: the element's absence decides
    const char* what;         // the element in the statute's words
    bool others = false;      // the rival is the conduct of those the charge acts on: kWideReach
};
const ContrastRow kContrasts[] = {
    // 毒品: 贩卖、运输、制造 against mere holding; a place for others to use it.
    {"走私、贩卖、运输、制造毒品罪", "非法持有毒品罪", CD_DRUG_TRADE, nullptr,
     "贩卖、运输、制造毒品"},
    {"容留他人吸毒罪", "非法持有毒品罪", CD_DRUG_PLACE, nullptr, "容留他人吸毒"},
    {"容留他人吸毒罪", "走私、贩卖、运输、制造毒品罪", CD_DRUG_PLACE, CD_DRUG_TRADE,
     "容留他人吸毒"},
    {"引诱、教唆、欺骗他人吸毒罪", "走私、贩卖、运输、制造毒品罪",
     "引诱|教唆|欺骗[^，。；]{0,10}吸|掺入|掺进|偷偷[^，。；]{0,10}(加入|放入)|不知情|怂恿",
     CD_DRUG_TRADE, "引诱、教唆、欺骗他人吸毒"},
    // Fraud: the special frauds over 诈骗 only with their object; 以非法占有为目的 for 贷款诈骗.
    {"贷款诈骗罪", "骗取贷款、票据承兑、金融票证罪", CD_APPROPRIATION, CD_BUSINESS_USE,
     "以非法占有为目的"},
    {"集资诈骗罪", "非法吸收公众存款罪",
     CD_APPROPRIATION "|虚构[^，。；]{0,10}项目|项目[^，。；]{0,6}不存在|借新还旧", CD_BUSINESS_USE,
     "以非法占有为目的"},
    {"贷款诈骗罪", "合同诈骗罪", CD_BANK_LOAN, nullptr, "骗取银行或者其他金融机构的贷款"},
    {"骗取贷款、票据承兑、金融票证罪", "合同诈骗罪", CD_BANK_LOAN, nullptr,
     "取得银行或者其他金融机构贷款"},
    {"贷款诈骗罪", "诈骗罪", CD_BANK_LOAN, nullptr, "骗取银行或者其他金融机构的贷款"},
    {"合同诈骗罪", "诈骗罪",
     "(签订|签署|订立|伪造|利用|以|凭)[^，。；]{0,12}(合同|协议|订单|认购书)|购销|供货|"
     "先货后款|以[^，。；]{0,10}(公司|企业|厂|商行)[^，。；]{0,6}名义|(公司|企业|厂)[^，。；]{0,10}"
     "("
     "货款|预付款|定金)",
     nullptr, "在签订、履行合同过程中"},
    {"保险诈骗罪", "诈骗罪", "保险(金|公司|理赔|赔款|赔偿)|骗保|投保|出险|定损", nullptr,
     "骗取保险金"},
    {"集资诈骗罪", "诈骗罪", "集资|社会公众|不特定|向社会|投资人", nullptr, "非法集资"},
    {"票据诈骗罪", "诈骗罪", "汇票|本票|支票|承兑", nullptr, "金融票据"},
    {"招摇撞骗罪", "诈骗罪",
     "(冒充|自称|假冒|假扮|谎称|冒用)[^，。；]{0,12}(国家机关|工作人员|民警|警察|公安|法官|检察官|"
     "干部|官员|军人|局长|处长|"
     "科长|纪委|领导|刑警)",
     nullptr, "冒充国家机关工作人员"},
    {"帮助信息网络犯罪活动罪", "诈骗罪", CD_NETWORK_HELP, CD_DECEIT,
     "为他人利用信息网络实施犯罪提供帮助"},
    {"掩饰、隐瞒犯罪所得、犯罪所得收益罪", "帮助信息网络犯罪活动罪", CD_PROCEEDS,
     "可能[^，。；]{0,10}(用于|被用于|利用|实施)[^，。；]{0,10}(犯罪|违法)|技术支持|服务器|推广|"
     "引流",
     "明知是犯罪所得而转移、取现"},
    {"洗钱罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪",
     "(毒品|黑社会|恐怖活动|走私|贪污|受贿|贿赂|金融诈骗|集资|非法吸收公众存款|破坏金融管理)"
     "[^。；]{0,30}(所得|收益|赃款|钱款|资金)|洗钱",
     nullptr, "毒品、黑社会、贪污贿赂等犯罪的所得", true},
    // 破坏电力设备、公用电信设施 endanger public safety only while the facilities are in use; cut
    // from a stock or a disused line, the same cable is stolen property.
    {"破坏电力设备罪", "盗窃罪", CD_IN_USE, CD_IDLE, "正在使用的电力设备"},
    {"破坏广播电视设施、公用电信设施罪", "盗窃罪", CD_IN_USE, CD_IDLE, "正在使用的公用电信设施"},
    // Crossing the border with drugs or dutiable goods is smuggling them; 偷越 is what the
    // carrier did on the way.
    {"走私、贩卖、运输、制造毒品罪", "偷越国（边）境罪", CD_DRUGS, nullptr, "走私毒品", true},
    {"走私普通货物、物品罪", "偷越国（边）境罪",
     "偷逃[^，。；]{0,6}税|绕关|避税|(货物|冻品|香烟|卷烟|成品油|白糖)[^。；]{0,20}(入境|出境)",
     nullptr, "走私货物、物品", true},
    {"走私珍贵动物、珍贵动物制品罪", "走私普通货物、物品罪", CD_RARE_ANIMAL, nullptr,
     "珍贵动物及其制品"},
    // Siblings told apart by the object or the conduct their articles name.
    {"非法生产、买卖、运输制毒物品、走私制毒物品罪", "走私、贩卖、运输、制造毒品罪", CD_PRECURSOR,
     "(制取|制成|生产出|提炼出|合成出|查获[^。；]{0,20})(海洛因|甲基苯丙胺|冰毒|氯胺酮|成品)",
     "制毒物品", true},
    {"引诱、教唆、欺骗他人吸毒罪", "非法持有毒品罪",
     "引诱|教唆|欺骗[^，。；]{0,10}吸|劝说|怂恿|诱使|唆使|掺入|不知情", nullptr,
     "引诱、教唆、欺骗他人吸毒", true},
    {"强迫劳动罪", "拒不支付劳动报酬罪",
     "强迫|逼迫|限制[^，。；]{0,6}人身自由|不准[^，。；]{0,6}离开|专人看管|扣押[^，。；]{0,6}("
     "身份证|"
     "证件)",
     "拖欠|欠薪|讨薪|拒不支付|责令[^，。；]{0,6}支付", "强迫他人劳动"},
    {"走私珍贵动物、珍贵动物制品罪", "危害珍贵、濒危野生动物罪", "走私|海关|申报|口岸|(入境|出境)",
     nullptr, "走私"},
    {"协助组织卖淫罪", "引诱、容留、介绍卖淫罪",
     "受雇|受[^，。；]{0,6}雇佣|充当[^，。；]{0,10}(保安|打手|前台|收银|管账)|望风|管账", nullptr,
     "协助组织他人卖淫"},
    {"冒充军人招摇撞骗罪", "诈骗罪",
     "(冒充|假扮|自称|假冒|谎称)[^，。；]{0,20}(军人|军官|部队[^，。；]{0,4}(军官|干部|首长|军人)|"
     "现役|连长|排长|营长|团长|上校|少校|"
     "中校|大校|上尉|中尉|少尉)",
     nullptr, "冒充军人"},
    {"伪造货币罪", "持有、使用假币罪", CD_FORGING, nullptr, "伪造货币"},
    {"使用虚假身份证件、盗用身份证件罪", "拒不执行判决、裁定罪",
     "(使用|持|冒用|盗用)[^，。；]{0,20}(他人|虚假|伪造|购得)[^，。；]{0,12}身份证",
     "拒不(执行|履行)|转移[^，。；]{0,10}财产|隐匿[^，。；]{0,6}财产|有能力(执行|履行)",
     "使用虚假身份证件、盗用他人身份证件"},
    {"倒卖车票、船票罪", "盗窃罪",
     "(车票|船票|火车票)[^。；]{0,20}(加价|转卖|倒卖|出售)|(加价|转卖|倒卖)[^。；]{0,20}(车票|船票|"
     "火车票)",
     nullptr, "倒卖车票、船票"},
    {"危险作业罪", "重大责任事故罪",
     "现实危险|(责令|下达)[^，。；]{0,10}(整改|停产|停止)|拒不(整改|执行)|(尚未|未)[^，。；]{0,6}("
     "发生|造成)[^，。；]{0,6}(事故|伤亡)",
     "死亡|身亡|重伤|伤亡|遇难", "具有发生重大伤亡事故的现实危险"},
    {"妨害传染病防治罪", "拒不执行判决、裁定罪", "隔离|传染病|疫情|防疫|新冠|确诊|密切接触|甲类",
     "判决|裁定|法院", "拒绝执行卫生防疫机构的预防、控制措施"},
    {"非法持有毒品罪", "容留他人吸毒罪", "(自己|本人|自行)[^，。；]{0,6}吸食|自吸|供自己",
     "容留|(让|供|提供)[^，。；]{0,10}(他人|朋友|多人|[一二三四五六七八九十0-9]+人)[^，。；]{0,10}"
     "吸食",
     "非法持有毒品"},
    {"持有、使用假币罪", "伪造货币罪",
     "使用[^，。；]{0,20}" CD_COUNTERFEIT "|持有[^，。；]{0,10}" CD_COUNTERFEIT, CD_FORGING,
     "持有、使用伪造的货币"},
    // 刑法第一百三十九条: told by the fire authority to put it right, and refused.
    {"消防责任事故罪", "故意杀人罪", CD_FIRE_ORDER, "杀|砍|捅|刺|掐|勒|投毒",
     "经消防监督机构通知采取改正措施而拒绝执行"},
    {"消防责任事故罪", "失火罪", CD_FIRE_ORDER, nullptr,
     "经消防监督机构通知采取改正措施而拒绝执行"},
    {"消防责任事故罪", "过失致人死亡罪", CD_FIRE_ORDER, nullptr,
     "经消防监督机构通知采取改正措施而拒绝执行"},
    {"消防责任事故罪", "拒不执行判决、裁定罪", CD_FIRE_ORDER, "判决|裁定|法院",
     "经消防监督机构通知采取改正措施而拒绝执行"},
    {"生产、销售、提供假药罪", "诈骗罪",
     "假药|(压片|装瓶|分装|冒充)[^。；]{0,20}(药|胶囊)|(药品|药)[^，。；]{0,10}(销售|出售)给",
     nullptr, "假药"},
    // Violence: the officer on duty, the public duty, force in taking, negligence.
    {"袭警罪", "妨害公务罪", CD_POLICE, nullptr, "正在依法执行职务的人民警察"},
    {"袭警罪", "故意伤害罪", CD_POLICE_ATTACKED, "重伤|死亡", "暴力袭击人民警察"},
    {"妨害公务罪", "故意伤害罪",
     "执法|依法[^，。；]{0,10}(执行|检查|查处|查封|清理|处置)|执行职务|公务|(检查|查处|查封|"
     "拆除|征收)[^，。；]{0,10}(时|过程中|期间)",
     "重伤|死亡", "依法执行职务"},
    {"抢劫罪", "抢夺罪", CD_FORCE, nullptr, "暴力、胁迫"},
    {"抢劫罪", "盗窃罪", CD_FORCE, nullptr, "暴力、胁迫"},
    // 敲诈勒索 threatens a later harm (exposure, report, revenge) to get property; 抢劫 takes it
    // on the spot by force or its immediate threat.
    {"敲诈勒索罪", "抢劫罪",
     "相威胁|要挟|曝光|举报|公开|发给|发到|散布|告诉[^，。；]{0,8}(家人|妻子|丈夫|单位|领导)|不(交|"
     "给)"
     "[^，。；]{0,12}就|否则|保护费|报复|别想",
     "持[^，。；]{0,4}(刀|枪|棍|械|匕首)|(刀|匕首|枪|棍)[^，。；]{0,8}(威胁|相逼|抵|顶|架)|殴打|"
     "按倒|按在|捂|掐|"
     "捆绑|"
     "拳打脚踢|打倒|推倒|划伤|刺伤|砍伤|捅|强行[^，。；]{0,4}(搜|拿|夺|抢)|搜(身|走)|翻出",
     "以日后的损害相要挟"},
    // A death from a beating meant to hurt (教训, 随手, 送医后抢救无效) is 故意伤害致人死亡;
    // killing shows in the means and the target (砍数刀, 要害, 掐死, 灭口).
    {"故意伤害罪", "故意杀人罪",
     "教训|出气|随手|一(拳|脚)|拳打脚踢|扇|送医|抢救无效|经抢救|次日死亡|数日后死亡",
     "杀|砍|捅|刺|要害|颈部|胸部|心脏|掐|勒|捂|投毒|灭口|死地|多刀|数刀|焚|淹", "伤害的故意"},
    // 刑法第一百三十五条: the unit's safety facilities or conditions fall short; 第一百三十四条:
    // someone breaks the safety rules while working.
    {"重大劳动安全事故罪", "重大责任事故罪",
     "安全(防护|生产)?(设施|装置|设备|条件)[^。；]{0,10}(缺乏|不符合|未配备|没有|缺失|损坏|不全)|("
     "缺乏|"
     "未配备|没有|未安装|未设置|未配置)[^。；]{0,10}安全(防护|生产)?(设施|装置|设备)",
     "违章|违规操作|违反[^，。；]{0,10}(操作规程|规章|安全管理)|冒险作业|强令",
     "安全生产设施不符合国家规定"},
    // The accused who was careless in signing a contract and was cheated (刑法第一百六十七条) is
    // not the one who cheated: no deceit of his own shows.
    {"签订、履行合同失职被骗罪", "合同诈骗罪",
     "严重不负责任|失职|疏于(审查|管理|监管)|未[^，。；]{0,6}(审查|调查|核实|考察)",
     "以非法占有为目的|冒用|虚构|伪造|隐瞒真相|谎称|假冒|骗取", "失职被骗"},
    // Driving at an officer on duty is an attack on him, not a traffic accident.
    {"袭警罪", "交通肇事罪",
     CD_POLICE_ATTACKED "|(冲|撞)[^。；]{0,10}(执勤|检查)[^。；]{0,6}" CD_POLICE,
     "交通事故|事故认定|负[^，。；]{0,6}(全部|主要|同等)责任", "暴力袭击人民警察"},
    {"过失致人死亡罪", "故意杀人罪", CD_NEGLIGENCE, "杀|砍|捅|刺|连续|多刀|掐|勒|投毒|死地",
     "过失"},
    {"过失致人死亡罪", "故意伤害罪", CD_NEGLIGENCE,
     "殴打|持[^，。；]{0,6}(刀|棍|棒|铁|瓶)|拳打脚踢|砍|捅|刺|击打|踢|砸", "过失"},
    {"过失致人重伤罪", "故意伤害罪", CD_NEGLIGENCE,
     "殴打|持[^，。；]{0,6}(刀|棍|棒|铁|瓶)|拳打脚踢|砍|捅|刺|击打|踢", "过失"},
    {"交通肇事罪", "危险驾驶罪", "死亡|身亡|致死|重伤|抢救无效|丧生|遇难", nullptr,
     "致人重伤、死亡"},
    // 交通肇事 is an accident in public traffic; off the road it is negligence or intent.
    {"交通肇事罪", "故意杀人罪", "驾驶|驾车|行驶|机动车|货车|轿车|拖拉机|摩托车",
     "故意|杀|砍|捅|刺|掐|勒|蓄意", "交通运输中的事故"},
    {"过失致人死亡罪", "交通肇事罪", "田地|田间|院内|院子|工地|厂区|小区内|场院|作业",
     "道路|公路|国道|省道|县道|乡道|路口|街道|高速|马路|路段", "公共交通管理范围以外"},
    {"以危险方法危害公共安全罪", "过失致人死亡罪",
     "故意[^，。；]{0,10}(别车|逼停|冲撞|撞|急刹)|危害公共安全|不特定", CD_NEGLIGENCE,
     "以危险方法危害公共安全"},
    {"妨害安全驾驶罪", "抢夺罪", "方向盘|司机|驾驶员|驾驶人", "财物|手机|包|现金|项链|钱",
     "干扰公共交通工具正常行驶"},
    {"寻衅滋事罪", "故意伤害罪",
     "无故|随意|随便|借故|无事生非|强拿硬要|任意(损毁|毁坏)|逞强|耍威风|取乐|起哄",
     "琐事|纠纷|矛盾|口角|积怨", "随意殴打他人"},
    // The subject: 国家工作人员 or the employee of a private unit; the recipient of a bribe.
    {"受贿罪", "非国家工作人员受贿罪", CD_STATE_SUBJECT, CD_PRIVATE_SUBJECT, "国家工作人员"},
    {"贪污罪", "职务侵占罪", CD_STATE_SUBJECT, CD_PRIVATE_SUBJECT, "国家工作人员"},
    {"职务侵占罪", "盗窃罪", CD_OFFICE_MEANS, nullptr, "利用职务上的便利"},
    {"职务侵占罪", "诈骗罪", CD_OFFICE_MEANS, nullptr, "利用职务上的便利"},
    {"贪污罪", "盗窃罪", CD_OFFICE_MEANS, nullptr, "利用职务上的便利"},
    {"贪污罪", "诈骗罪", CD_OFFICE_MEANS, nullptr, "利用职务上的便利"},
    {"挪用公款罪", "挪用资金罪", CD_STATE_SUBJECT, CD_PRIVATE_SUBJECT, "国家工作人员"},
    {"行贿罪", "对非国家工作人员行贿罪",
     "(向|给|给予|送给)[^，。；]{0,20}" CD_STATE_UNIT "|(向|给|给予|送给)[^，。；]{0,20}(领导|"
     "官员|局长|处长|科长|书记|县长|市长|镇长)",
     "(向|给|给予|送给)[^，。；]{0,20}" CD_PRIVATE_UNIT "|(采购|经理|主管)[^，。；]{0,6}(好处费|"
     "回扣)|(向|给|给予|送给)[^，。；]{0,20}(经理|主管|采购|老板)",
     "给予国家工作人员"},
    {"利用影响力受贿罪", "受贿罪",
     "(其|的)(丈夫|妻子|父亲|母亲|儿子|女儿|亲属|近亲属|情人|好友)|之(妻|夫|子|女)|近亲属|"
     "关系密切|离职|退休|职务上的(行为|影响)|本人(不是|并非)国家工作人员",
     "利用(其|本人|自己)?职务(上的)?便利|利用职权|利用[^，。；]{0,16}担任[^，。；]{0,16}(职务|"
     "职权)",
     "国家工作人员的近亲属或者关系密切的人", true},
    {"行贿罪", "受贿罪", CD_GIVING, "收受|索取|收取", "给予国家工作人员财物"},
    {"单位行贿罪", "受贿罪", CD_GIVING, "收受|索取|收取", "给予国家工作人员财物"},
    {"对非国家工作人员行贿罪", "非国家工作人员受贿罪", CD_GIVING, "收受|索取|收取",
     "给予公司、企业的工作人员财物"},
    {"介绍贿赂罪", "行贿罪", "介绍|牵线|撮合|引荐|居间|搭桥", nullptr, "介绍贿赂"},
    {"介绍贿赂罪", "受贿罪", "介绍|牵线|撮合|引荐|居间|搭桥", nullptr, "介绍贿赂"},
    {"单位行贿罪", "行贿罪",
     "被告单位|单位[^，。；]{0,10}(决定|研究|集体)|以(公司|单位)名义|公司账户|经[^，。；]{0,6}("
     "董事会|股东会|领导班子|集体)研究",
     nullptr, "单位"},
    {"私分国有资产罪", "贪污罪",
     "集体(决定|研究|私分)|以单位名义|私分给|发放[^，。；]{0,6}(奖金|福利)|全体职工|职工[^，。；]{"
     "0,6}私分",
     nullptr, "以单位名义集体私分"},
    // Using an employer's money: to use and return it, or to keep it.
    {"挪用资金罪", "职务侵占罪", CD_USE, CD_KEEP, "挪用本单位资金归个人使用"},
    {"挪用公款罪", "贪污罪", CD_USE, CD_KEEP, "挪用公款归个人使用"},
    // Organising against taking part, selling against buying, the object of the harm.
    {"组织他人偷越国（边）境罪", "偷越国（边）境罪",
     "组织|策划|指挥|纠集|招募|召集|带领[^，。；]{0,10}(他人|多人|[0-9]+人|[一二三四五六七八九十]+"
     "人)",
     nullptr, "组织他人", true},
    {"运送他人偷越国（边）境罪", "偷越国（边）境罪",
     "运送|驾(驶|车|船)[^。；]{0,20}(偷渡|偷越|入境|出境|越境)", nullptr, "运送他人", true},
    {"组织卖淫罪", "引诱、容留、介绍卖淫罪",
     "招募|招收|雇佣|控制|制定[^，。；]{0,6}(价目|规则|制度)|安排[^，。；]{0,10}(接客|卖淫)|分成|"
     "抽成|[0-9三四五六七八九十]+名[^，。；]{0,6}(女|卖淫)",
     nullptr, "组织他人卖淫"},
    {"强迫卖淫罪", "引诱、容留、介绍卖淫罪",
     "强迫|逼迫|逼[^，。；]{0,6}卖淫|殴打|威胁|扣押[^，。；]{0,6}(身份证|证件)|暴力", nullptr,
     "强迫他人卖淫"},
    {"协助组织卖淫罪", "组织卖淫罪", "受雇|雇佣的|协助|招揽|望风|充当|保安|前台|管账|收银|打手",
     "(开设|经营|承包|租赁|成立)[^。；]{0,20}(洗浴|足浴|会所|宾馆|按摩|酒店|休闲)|老板|招募|制定",
     "协助组织他人卖淫"},
    {"制作、复制、出版、贩卖、传播淫秽物品牟利罪", "传播淫秽物品罪",
     "牟利|获利|营利|盈利|收费|出售|贩卖|售卖|会员费|打赏|广告|收取[^，。；]{0,8}(费|元|钱)",
     nullptr, "以牟利为目的"},
    {"收买被拐卖的妇女、儿童罪", "拐卖妇女、儿童罪",
     "(买下|买来|买回|收买|购得|从[^，。；]{0,20}(手中|处)[^，。；]{0,6}(买|购))",
     "卖给|出卖|卖与|出售|卖到|转卖", "收买", true},
    {"收买被拐卖的妇女、儿童罪", "非法拘禁罪",
     "(买下|买来|收买|购得|从[^，。；]{0,20}(手中|处)(买|购))", nullptr, "收买"},
    {"暴力干涉婚姻自由罪", "非法拘禁罪",
     "(干涉|阻止|阻挠|反对|不同意|逼迫|强迫)[^，。；]{0,20}(结婚|婚姻|离婚|恋爱|婚事|嫁|婚)",
     nullptr, "干涉他人婚姻自由"},
    {"强迫劳动罪", "非法拘禁罪", "劳动|干活|做工|砖厂|工厂|务工", nullptr, "强迫他人劳动"},
    {"绑架罪", "非法拘禁罪", "赎金|撕票|人质|勒索", "欠|债|讨要|索债|还钱|借款", "勒索财物"},
    {"抢劫罪", "非法拘禁罪",
     "劫取|抢走|抢得|(逼|迫|强行)[^。；]{0,10}(交出|转账|取款|取钱|说出密码)|搜走",
     "欠|债|讨要|"
     "索债|还钱|借款",
     "劫取财物"},
    {"负有照护职责人员性侵罪", "强奸罪",
     "继父|养父|继母|老师|教师|教练|监护人|照护|看护|收养|寄养|辅导员|保姆",
     "暴力|胁迫|强行|违背[^，。；]{0,4}意志|捂|按压|威胁|醉酒|昏迷|不能反抗|不知反抗|不满十四|"
     "未满十四",
     "负有监护、收养、看护、教育、医疗等特殊职责"},
    // 非法经营 is the catch-all of the market order; the specific charges take their objects.
    {"假冒注册商标罪", "非法经营罪", "商标|品牌|名牌", CD_LICENSED, "注册商标"},
    {"侵犯著作权罪", "非法经营罪", "著作权|盗版|影视|作品|软件|图书|复制发行", CD_LICENSED,
     "著作权"},
    {"非法收购、运输盗伐、滥伐的林木罪", "非法经营罪", "林木|木材|盗伐|滥伐|无证砍伐", CD_LICENSED,
     "盗伐、滥伐的林木"},
    {"生产、销售伪劣产品罪", "诈骗罪",
     "伪劣|不合格|冒充合格|以假充真|以次充好|掺杂|含量[^，。；]{0,6}不足", nullptr, "伪劣产品"},
    {"伪造公司、企业、事业单位、人民团体印章罪", "合同诈骗罪",
     "私刻|刻制|伪造[^，。；]{0,10}(印章|公章|专用章)",
     CD_APPROPRIATION "|骗取|骗得|收取[^，。；]{0,10}(款|钱|定金)", "伪造印章"},
    {"非法出售、提供试题、答案罪", "非法获取国家秘密罪", "考试|试题|答案", "国家秘密|机密|绝密",
     "法律规定的国家考试的试题、答案"},
    {"非法利用信息网络罪", "帮助信息网络犯罪活动罪",
     "发布[^，。；]{0,20}(信息|广告)|设立[^，。；]{0,10}(网站|通讯群组|群)|建立[^，。；]{0,10}(群|"
     "网站)|群聊",
     "支付结算|跑分|技术支持|服务器|话务|语音转接|手机口|GOIP|可能[^，。；]{0,10}(用于|被用于|"
     "利用)[^，。；]{0,10}(犯罪|违法)",
     "发布违法犯罪信息"},
    {"走私珍贵动物、珍贵动物制品罪", "走私普通货物、物品罪",
     "象牙|犀牛角|犀角|穿山甲|珍贵动物|濒危|玳瑁|虎骨|豹", nullptr, "珍贵动物及其制品"},
    {"走私珍贵动物、珍贵动物制品罪", "危害珍贵、濒危野生动物罪", "入境|出境|海关|走私|申报|边境",
     nullptr, "走私"},
    {"组织出卖人体器官罪", "医疗事故罪", "器官|肾|肝脏|角膜|供体", nullptr, "人体器官"},
    {"故意损毁文物罪", "故意毁坏财物罪", "文物|古建筑|古迹|古墓|石刻|碑刻|遗址", nullptr, "文物"},
    {"破坏生产经营罪", "故意毁坏财物罪",
     "(泄愤|报复|怀恨|不满|辞退|矛盾|纠纷)[^。；]{0,40}(机器|设备|耕畜|鱼|牲畜|猪|农作物|庄稼|"
     "生产|养殖)|(毁坏|破坏|损坏)[^。；]{0,10}(机器|设备|生产线|生产工具)|停产|停工|"
     "残害耕畜|破坏生产经营",
     nullptr, "泄愤报复破坏生产经营"},
    {"非法行医罪", "医疗事故罪",
     "(未|没有|无|不具有|不具备)(取得|获得)?[^，。；]{0,10}(医生|执业|医师|行医)(资格|证)|"
     "非法行医|黑诊所|无证行医",
     nullptr, "未取得医生执业资格"},
    {"医疗事故罪", "玩忽职守罪", CD_MEDICAL, nullptr, "医务人员"},
    {"医疗事故罪", "过失致人死亡罪", CD_MEDICAL, nullptr, "医务人员"},
    {"滥用职权罪", "玩忽职守罪",
     "违反规定|违规|擅自|超越职权|滥用职权|徇私|明知[^，。；]{0,10}不符合",
     "不履行|未履行|疏于|严重不负责任|失职|未认真|未依法|怠于|放任", "滥用职权"},
    // Selling what others made, not making it.
    {"销售假冒注册商标的商品罪", "假冒注册商标罪",
     "购进|购入|进货|批发市场|采购|从他人处|从[^，。；]{0,10}(购买|购得)",
     "生产|加工|制造|灌装|贴上|贴附|印制|组装|包装成|分装|制作", "销售他人假冒的商品"},
    // Technical or payment help to someone else's platform, not running it.
    {"帮助信息网络犯罪活动罪", "开设赌场罪",
     "(为|给|向)[^。；]{0,20}(平台|网站|他人|境外|上家)[^。；]{0,20}提供[^。；]{0,20}(技术支持|"
     "服务器|"
     "维护|域名|支付结算|推广|引流|银行卡|账户)|提供给?(他人|对方|上家)[^。；]{0,6}使用",
     "开设[^，。；]{0,6}(赌|网站|平台)|运营|经营[^，。；]{0,6}(赌|网站|平台|APP)|坐庄|抽头|招揽|"
     "发展[^，。；]{0,6}(会员|代理)|设置[^，。；]{0,10}(游戏|赌)",
     "为他人的网络犯罪提供帮助"},
    // A ward (被监护、看护的人) against a family member.
    {"虐待被监护、看护人罪", "虐待罪",
     "看护|幼儿园|保姆|护工|养老院|福利院|托育|托管|早教|护理|教师|老师|育婴",
     "夫妻|妻子|丈夫|父亲|母亲|父女|母女|父子|母子|子女|儿子|女儿|公婆|婆婆|儿媳|家庭成员|继父|"
     "继母",
     "被监护、看护的人"},
    {"开设赌场罪", "赌博罪",
     "开设|设立|设置|经营|架设|网站|平台|赌场|赌博机|赌档|(微信|QQ)群|代理|会员|台费|坐庄|放贷|"
     "望风|放哨",
     "参赌|以赌博为业|聚众赌博|斗地主|打麻将|炸金花", "开设赌场"},
    {"聚众扰乱社会秩序罪", "聚众扰乱公共场所秩序、交通秩序罪",
     "机关|政府|单位|学校|医院|企业|工作(无法|不能)|生产|营业|教学|科研|医疗",
     "车站|码头|机场|商场|公园|影剧院|展览会|运动场|公共场所|交通|道路|公路|路口|堵塞",
     "扰乱社会秩序"},
    // A crowd gathered (聚众) against one person's own trouble-making.
    {"聚众扰乱社会秩序罪", "寻衅滋事罪",
     "纠集|聚集|召集|组织|煽动|聚众|[十百数几二三四五六七八九][^，。；]{0,2}(余|多)?(人|名)|多人",
     nullptr, "聚众"},
    {"聚众扰乱公共场所秩序、交通秩序罪", "寻衅滋事罪",
     "纠集|聚集|召集|组织|煽动|聚众|[十百数几二三四五六七八九][^，。；]{0,2}(余|多)?(人|名)|多人",
     nullptr, "聚众"},
    {"编造、故意传播虚假信息罪", "聚众扰乱社会秩序罪",
     "编造|虚假[^，。；]{0,6}信息|谣言|散布[^，。；]{0,10}(虚假|不实)", "聚集|聚众|纠集|围堵|冲击",
     "编造虚假信息"},
    {"编造、故意传播虚假恐怖信息罪", "编造、故意传播虚假信息罪",
     "爆炸|炸弹|恐怖|投毒|放毒|劫机|生化", "险情|疫情|灾情|警情", "虚假恐怖信息"},
    {"使用虚假身份证件、盗用身份证件罪", "伪造、变造、买卖身份证件罪",
     "(使用|冒用|盗用|出示)[^，。；]{0,10}(身份证|护照|社会保障卡|驾驶证)",
     "(伪造|变造|制作|买卖|出售|购买|制假)[^，。；]{0,10}(身份证|护照|社会保障卡|驾驶证)|假证",
     "使用、盗用身份证件"},
    {"持有、使用假币罪", "出售、购买、运输假币罪",
     "使用[^，。；]{0,10}假币|(用|以)假币|持有[^，。；]{0,10}假币|假币[^，。；]{0,10}(购物|消费|"
     "找零)",
     "(购买|买入|购得|出售|卖给|运输|运送)[^，。；]{0,20}假币", "持有、使用假币"},
    {"伪造货币罪", "出售、购买、运输假币罪",
     CD_FORGING "|(复印|制造)[^，。；]{0,20}(假币|人民币|钞票|货币)|打印机|油墨|防伪纸",
     "(购买|买入|购得|出售|卖给|运输|运送|邮寄)[^，。；]{0,20}" CD_COUNTERFEIT, "伪造货币"},
    {"生产、销售不符合安全标准的食品罪", "生产、销售不符合安全标准的产品罪",
     "食品|食用|餐|馒头|肉|猪|牛|羊|鸡|鸭|油|酒|奶|饮料|蔬菜|水果|大米|面条|糕点|月饼|火锅",
     "电器|电线|电缆|插座|燃气|压力容器|医疗器械|安全帽|电梯|消防", "食品"},
};

#undef CD_STATE_UNIT
#undef CD_STATE_SUBJECT
#undef CD_PRIVATE_UNIT
#undef CD_PRIVATE_SUBJECT
#undef CD_APPROPRIATION
#undef CD_BUSINESS_USE
#undef CD_BANK_LOAN
#undef CD_FORCE
#undef CD_POLICE
#undef CD_VIOLENCE
#undef CD_POLICE_ATTACKED
#undef CD_DRUG_TRADE
#undef CD_DRUG_PLACE
#undef CD_NEGLIGENCE
#undef CD_MEDICAL
#undef CD_NETWORK_HELP
#undef CD_DECEIT
#undef CD_PROCEEDS
#undef CD_GIVING
#undef CD_LICENSED

QRegularExpression compiled(const char* pattern, const char* charge)
{
    QRegularExpression re(QString::fromUtf8(pattern));
    if (!re.isValid())
        qCWarning(lcIntel) << "bad contrast element for" << charge << re.errorString();
    return re;
}

} // namespace

ChargeContrasts::ChargeContrasts(const QStringList& names)
{
    QHash<QString, int> byName;
    for (int i = 0; i < names.size(); ++i) {
        byName.insert(names.at(i), i);
        QString stem = names.at(i);
        stem.chop(1); // 罪
        m_stems << stem;
    }
    for (const RequirementRow& r : kRequirements) {
        const int c = byName.value(QString::fromUtf8(r.charge), -1);
        if (c < 0)
            continue;
        m_requirements.push_back({c, compiled(r.element, r.charge), QString::fromUtf8(r.what)});
    }
    for (const ContrastRow& r : kContrasts) {
        const int a = byName.value(QString::fromUtf8(r.charge), -1);
        const int b = byName.value(QString::fromUtf8(r.rival), -1);
        if (a < 0 || b < 0)
            continue;
        Contrast c;
        c.charge = a;
        c.rival = b;
        c.element = compiled(r.element, r.charge);
        c.rivalByAbsence = r.rivalElement == nullptr;
        if (!c.rivalByAbsence)
            c.rivalElement = compiled(r.rivalElement, r.rival);
        c.what = QString::fromUtf8(r.what);
        c.reach = r.others ? kWideReach : kReach;
        m_contrasts.push_back(c);
    }
}

QString ChargeContrasts::withoutNegations(const QString& facts)
{
    static const QRegularExpression denied(QStringLiteral(
        "(未|没有|并未|从未|不曾|并无|无|不能|无法|未能)(证据)?(对[^，。；]{0,8}|"
        "从中|从)?(证实|证明|查明|"
        "使用|实施|采取|收取|索要|获利|牟利|谋利|贩卖|出售|查获|查实|认定)[^，。；]{0,12}"));
    QString s = facts;
    s.replace(denied, QStringLiteral(" "));
    return s;
}

QStringList ChargeContrasts::backgroundSpans(const QString& facts)
{
    // Another person's offence, a case the conduct was about, or an accusation.
    static const QRegularExpression others(QStringLiteral(
        "(他人|朋友|亲属|亲戚|丈夫|妻子|儿子|女儿|弟弟?|哥哥?|姐姐?|妹妹?|侄子|外甥|同事|邻居|表弟|"
        "表哥|其子|其女|其夫|其妻|上家)(?:[^，。；]{0,4}?)(的)?(涉嫌|因|犯有?|实施了?)([^，。；]{2,"
        "12})"));
    static const QRegularExpression theCase(QStringLiteral("在([^，。；]{2,16})(一案|案件|案)中"));
    static const QRegularExpression accusation(QStringLiteral(
        "(捏造|诬告|诬陷|诬称|虚假(举报|控告)|谎称[^，。；]{0,6}被)([^。；]{0,24})"));
    QStringList spans;
    for (auto it = others.globalMatch(facts); it.hasNext();)
        spans << it.next().captured(4);
    for (auto it = theCase.globalMatch(facts); it.hasNext();)
        spans << it.next().captured(1);
    for (auto it = accusation.globalMatch(facts); it.hasNext();)
        spans << it.next().captured(3);
    return spans;
}

void ChargeContrasts::apply(const QString& rawFacts, QVector<double>& scores,
                            QVector<QStringList>& why, const QVector<bool>& named) const
{
    const QString facts = withoutNegations(rawFacts);
    auto demotable = [&](int c) { return c >= 0 && c < scores.size() && !named.value(c); };
    for (const Requirement& r : m_requirements) {
        if (!demotable(r.charge) || scores.at(r.charge) <= 0 || r.element.match(facts).hasMatch())
            continue;
        scores[r.charge] *= kMissing;
        why[r.charge] << tr("required element absent: %1").arg(r.what);
    }
    const QStringList spans = backgroundSpans(facts);
    if (!spans.isEmpty()) {
        for (int c = 0; c < m_stems.size() && c < scores.size(); ++c) {
            const QString& stem = m_stems.at(c);
            if (stem.size() < 2 || scores.at(c) <= 0 || !demotable(c))
                continue;
            for (const QString& span : spans) {
                if (span.contains(stem)) {
                    scores[c] *= kBackground;
                    why[c] << tr("someone else's offence in the facts: %1").arg(span);
                    break;
                }
            }
        }
    }
    // Two passes: a charge lifted over one sibling may now stand above another it should yield to.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Contrast& k : m_contrasts) {
            if (k.charge >= scores.size() || k.rival >= scores.size())
                continue;
            const bool mine = k.element.match(facts).hasMatch();
            const bool theirs = k.rivalByAbsence ? !mine : k.rivalElement.match(facts).hasMatch();
            if (mine == theirs)
                continue;
            const int w = mine ? k.charge : k.rival;
            const int l = mine ? k.rival : k.charge;
            if (named.value(l) && !named.value(w))
                continue;
            if (scores.at(w) <= 0 || scores.at(w) >= scores.at(l) ||
                scores.at(w) < k.reach * scores.at(l))
                continue;
            scores[w] = scores.at(l) * 1.02;
            const QString element = mine ? tr("has %1").arg(k.what) : tr("lacks %1").arg(k.what);
            const QString reason = tr("rather than %1: the facts %2")
                                       .arg(m_stems.at(l) + QStringLiteral("罪"), element);
            if (!why.at(w).contains(reason))
                why[w] << reason;
        }
    }
}

} // namespace cd
