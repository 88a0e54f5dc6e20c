<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>cd::AmountInWords</name>
        <message>
            <source>An amount in capitals is empty.</source>
            <translation>大写金额为空。</translation>
        </message>
        <message>
            <source>“%1” is not an amount in capitals.</source>
            <translation>“%1”不是大写金额。</translation>
        </message>
    </context>
    <context>
        <name>cd::AuditLog</name>
        <message>
            <source>reading the audit log</source>
            <translation>读取审计日志</translation>
        </message>
        <message>
            <source>writing the audit log</source>
            <translation>写入审计日志</translation>
        </message>
        <message>
            <source>Audit entry %1 is missing: it was deleted.</source>
            <translation>审计记录 %1 缺失：已被删除。</translation>
        </message>
        <message>
            <source>Audit entry %1 does not follow entry %2: the log was altered.</source>
            <translation>审计记录 %1 未接续记录 %2：日志已被改动。</translation>
        </message>
        <message>
            <source>Audit entry %1 was edited after it was written.</source>
            <translation>审计记录 %1 在写入后被修改过。</translation>
        </message>
        <message>
            <source>Audit entries %1 to %2 are missing: they were deleted.</source>
            <translation>审计记录 %1 至 %2 缺失：已被删除。</translation>
        </message>
        <message numerus="yes">
            <source>The audit log is intact (%n entries).</source>
            <translation>
                <numerusform>审计日志完整（共 %n 条记录）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cd::Backup</name>
        <message>
            <source>Cannot read the case store %1.</source>
            <translation>无法读取案件库 %1。</translation>
        </message>
        <message>
            <source>Cannot write the snapshot %1.</source>
            <translation>无法写入快照 %1。</translation>
        </message>
        <message>
            <source>Cannot start the case store snapshot.</source>
            <translation>无法开始案件库快照。</translation>
        </message>
        <message>
            <source>The case store snapshot failed.</source>
            <translation>案件库快照失败。</translation>
        </message>
        <message>
            <source>The case store in the backup cannot be opened.</source>
            <translation>无法打开备份中的案件库。</translation>
        </message>
        <message>
            <source>The case store in the backup is damaged (integrity check: %1).</source>
            <translation>备份中的案件库已损坏（完整性检查：%1）。</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>无结果</translation>
        </message>
        <message>
            <source>The backup was made by a newer version of CourtDesk (schema %1).</source>
            <translation>该备份由更新版本的法官工作台创建（数据结构版本 %1）。</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <source>Cannot write the backup file.</source>
            <translation>无法写入备份文件。</translation>
        </message>
        <message>
            <source>The backup was cancelled.</source>
            <translation>备份已取消。</translation>
        </message>
        <message>
            <source>Cannot open the backup %1.</source>
            <translation>无法打开备份 %1。</translation>
        </message>
        <message>
            <source>The file %1 is not a complete CourtDesk backup. Nothing was changed.</source>
            <translation>文件 %1 不是完整的法官工作台备份。未做任何更改。</translation>
        </message>
        <message>
            <source>This backup format (version %1) is not supported.</source>
            <translation>不支持此备份格式（版本 %1）。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>The restore was cancelled.</source>
            <translation>恢复已取消。</translation>
        </message>
        <message>
            <source>The backup entry %1 is damaged (SHA-256 mismatch). Nothing was changed.</source>
            <translation>备份条目 %1 已损坏（SHA-256 校验不符）。未做任何更改。</translation>
        </message>
        <message>
            <source>There is no case store in %1 to back up.</source>
            <translation>%1 中没有可备份的案件库。</translation>
        </message>
        <message>
            <source>Cannot create a temporary folder for the backup.</source>
            <translation>无法为备份创建临时文件夹。</translation>
        </message>
        <message>
            <source>Cannot write the backup %1.</source>
            <translation>无法写入备份 %1。</translation>
        </message>
        <message>
            <source>Cannot create a temporary folder.</source>
            <translation>无法创建临时文件夹。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot create a temporary folder beside %1.</source>
            <translation>无法在 %1 旁创建临时文件夹。</translation>
        </message>
        <message>
            <source>Cannot move the current profile %1 aside. Is CourtDesk still running on it?</source>
            <translation>无法移走当前配置文件夹 %1。法官工作台是否仍在使用它？</translation>
        </message>
        <message>
            <source>Cannot move the restored profile into %1.</source>
            <translation>无法将恢复的配置移入 %1。</translation>
        </message>
    </context>
    <context>
        <name>cd::BatchDrafter</name>
        <message>
            <source>There is no template “%1”.</source>
            <translation>没有模板“%1”。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
    </context>
    <context>
        <name>cd::BatchScheduler</name>
        <message>
            <source>No slot is left in the afternoon.</source>
            <translation>下午已没有空余时段。</translation>
        </message>
    </context>
    <context>
        <name>cd::CaseNumberParser</name>
        <message>
            <source>Civil</source>
            <translation>民事</translation>
        </message>
        <message>
            <source>Criminal</source>
            <translation>刑事</translation>
        </message>
        <message>
            <source>Administrative</source>
            <translation>行政</translation>
        </message>
        <message>
            <source>Enforcement</source>
            <translation>执行</translation>
        </message>
        <message>
            <source>State compensation</source>
            <translation>国家赔偿</translation>
        </message>
        <message>
            <source>Bankruptcy</source>
            <translation>破产</translation>
        </message>
        <message>
            <source>Judicial aid</source>
            <translation>司法救助</translation>
        </message>
        <message>
            <source>First instance</source>
            <translation>第一审</translation>
        </message>
        <message>
            <source>Second instance</source>
            <translation>第二审</translation>
        </message>
        <message>
            <source>Review of an application for retrial</source>
            <translation>申请再审审查</translation>
        </message>
        <message>
            <source>Retrial</source>
            <translation>再审</translation>
        </message>
        <message>
            <source>Trial supervision</source>
            <translation>审判监督</translation>
        </message>
        <message>
            <source>Special procedure</source>
            <translation>特别程序</translation>
        </message>
        <message>
            <source>Public summons for exhortation</source>
            <translation>公示催告</translation>
        </message>
        <message>
            <source>Payment order</source>
            <translation>督促程序</translation>
        </message>
        <message>
            <source>Third-party action to set aside a judgment</source>
            <translation>第三人撤销之诉</translation>
        </message>
        <message>
            <source>Jurisdiction dispute</source>
            <translation>管辖争议</translation>
        </message>
        <message>
            <source>Appeal on jurisdiction</source>
            <translation>管辖上诉</translation>
        </message>
        <message>
            <source>Review for approval of a sentence</source>
            <translation>刑罚核准</translation>
        </message>
        <message>
            <source>Review of a petition</source>
            <translation>申诉审查</translation>
        </message>
        <message>
            <source>Commutation and parole</source>
            <translation>减刑、假释</translation>
        </message>
        <message>
            <source>Compulsory medical treatment</source>
            <translation>强制医疗</translation>
        </message>
        <message>
            <source>Confiscation of illegal gains</source>
            <translation>违法所得没收</translation>
        </message>
        <message>
            <source>Review of an application to enforce an administrative decision</source>
            <translation>非诉行政行为申请执行审查</translation>
        </message>
        <message>
            <source>Resumed enforcement</source>
            <translation>恢复执行</translation>
        </message>
        <message>
            <source>Enforcement of preservation</source>
            <translation>财产保全执行</translation>
        </message>
        <message>
            <source>Objection to enforcement</source>
            <translation>执行异议</translation>
        </message>
        <message>
            <source>Reconsideration in enforcement</source>
            <translation>执行复议</translation>
        </message>
        <message>
            <source>Enforcement supervision</source>
            <translation>执行监督</translation>
        </message>
        <message>
            <source>Enforcement coordination</source>
            <translation>执行协调</translation>
        </message>
        <message>
            <source>Review of a bankruptcy application</source>
            <translation>破产申请审查</translation>
        </message>
        <message>
            <source>Bankruptcy proceedings</source>
            <translation>破产案件</translation>
        </message>
        <message>
            <source>Compulsory liquidation</source>
            <translation>强制清算</translation>
        </message>
        <message>
            <source>State compensation owed by a court</source>
            <translation>法院作为赔偿义务机关的赔偿</translation>
        </message>
        <message>
            <source>Compensation committee</source>
            <translation>赔偿委员会</translation>
        </message>
        <message>
            <source>The case number is empty.</source>
            <translation>案号为空。</translation>
        </message>
        <message>
            <source>A case number starts with the year in parentheses, e.g. （2020）甘01民初123号.</source>
            <translation>案号以括号中的收案年度开头，例如（2020）甘01民初123号。</translation>
        </message>
        <message>
            <source>The year in parentheses must have four digits.</source>
            <translation>括号中的年度须为四位数字。</translation>
        </message>
        <message>
            <source>The closing parenthesis after the year is missing.</source>
            <translation>年度后缺少右括号。</translation>
        </message>
        <message>
            <source>The year %1 is not plausible (expected %2 to %3).</source>
            <translation>年度 %1 不合理（应在 %2 至 %3 之间）。</translation>
        </message>
        <message>
            <source>The court code must start with a province abbreviation such as 甘, or be 最高法; found “%1”.</source>
            <translation>法院代字须以省级简称（如“甘”）开头，或为“最高法”；现为“%1”。</translation>
        </message>
        <message>
            <source>The court code “%1” must have 2 digits (intermediate court) or 4 digits (basic court) after the province.</source>
            <translation>法院代字“%1”在省级简称后须有 2 位数字（中级法院）或 4 位数字（基层法院）。</translation>
        </message>
        <message>
            <source>The case type code (e.g. 民初) is missing.</source>
            <translation>缺少类型代字（如“民初”）。</translation>
        </message>
        <message>
            <source>The case sequence number is missing.</source>
            <translation>缺少案件编号。</translation>
        </message>
        <message>
            <source>Unknown case type code “%1”.</source>
            <translation>未知的类型代字“%1”。</translation>
        </message>
        <message>
            <source>The sequence number “%1” must not start with 0.</source>
            <translation>案件编号“%1”不能以 0 开头。</translation>
        </message>
        <message>
            <source>The sequence number “%1” is too long.</source>
            <translation>案件编号“%1”过长。</translation>
        </message>
        <message>
            <source>A case number ends with 号 right after the sequence number.</source>
            <translation>案号须在案件编号后紧接“号”字结尾。</translation>
        </message>
        <message>
            <source>Unexpected text “%1” after 号.</source>
            <translation>“号”字后有多余内容“%1”。</translation>
        </message>
    </context>
    <context>
        <name>cd::CaseRepository</name>
        <message>
            <source>Unknown procedure "%1".</source>
            <translation>未知的审理程序“%1”。</translation>
        </message>
        <message>
            <source>The filing date is missing.</source>
            <translation>缺少立案日期。</translation>
        </message>
        <message>
            <source>The filing date lies in the future.</source>
            <translation>立案日期晚于今天。</translation>
        </message>
        <message>
            <source>Unknown case status "%1".</source>
            <translation>未知的案件状态“%1”。</translation>
        </message>
        <message>
            <source>The claim amount cannot be negative.</source>
            <translation>标的额不能为负数。</translation>
        </message>
        <message>
            <source>A party has no name.</source>
            <translation>有当事人未填写姓名或名称。</translation>
        </message>
        <message>
            <source>Party %1 has an unknown role "%2".</source>
            <translation>当事人 %1 的诉讼地位“%2”无法识别。</translation>
        </message>
        <message>
            <source>Party %1: %2</source>
            <translation>当事人 %1：%2</translation>
        </message>
        <message>
            <source>Unknown event type "%1".</source>
            <translation>未知的事件类型“%1”。</translation>
        </message>
        <message>
            <source>An event has no date.</source>
            <translation>有事件未填写日期。</translation>
        </message>
        <message>
            <source>An event ends (%1) before it starts (%2).</source>
            <translation>有事件的结束日期（%1）早于开始日期（%2）。</translation>
        </message>
        <message>
            <source>reading courts</source>
            <translation>读取法院</translation>
        </message>
        <message>
            <source>saving the court</source>
            <translation>保存法院</translation>
        </message>
        <message>
            <source>saving the case</source>
            <translation>保存案件</translation>
        </message>
        <message>
            <source>saving the parties</source>
            <translation>保存当事人</translation>
        </message>
        <message>
            <source>saving the timeline</source>
            <translation>保存时间线</translation>
        </message>
        <message>
            <source>checking the case number</source>
            <translation>核对案号</translation>
        </message>
        <message>
            <source>A case with number %1 already exists.</source>
            <translation>案号为 %1 的案件已存在。</translation>
        </message>
        <message>
            <source>Case %1 was changed by someone else after you opened it. Reload it and apply your changes again.</source>
            <translation>您打开案件 %1 后，他人已修改该案件。请重新加载后再次修改。</translation>
        </message>
        <message>
            <source>deleting the case</source>
            <translation>删除案件</translation>
        </message>
        <message>
            <source>reading the case</source>
            <translation>读取案件</translation>
        </message>
        <message>
            <source>The case no longer exists.</source>
            <translation>该案件已不存在。</translation>
        </message>
        <message>
            <source>reading the parties</source>
            <translation>读取当事人</translation>
        </message>
        <message>
            <source>reading the timeline</source>
            <translation>读取时间线</translation>
        </message>
        <message>
            <source>finding the case</source>
            <translation>查找案件</translation>
        </message>
        <message>
            <source>There is no case %1.</source>
            <translation>没有案件 %1。</translation>
        </message>
        <message>
            <source>listing cases</source>
            <translation>列出案件</translation>
        </message>
        <message>
            <source>counting cases</source>
            <translation>统计案件</translation>
        </message>
        <message>
            <source>sorting the case list</source>
            <translation>排序案件列表</translation>
        </message>
    </context>
    <context>
        <name>cd::CaseVocabulary</name>
        <message>
            <source>Plaintiff</source>
            <translation>原告</translation>
        </message>
        <message>
            <source>Defendant</source>
            <translation>被告</translation>
        </message>
        <message>
            <source>Third party</source>
            <translation>第三人</translation>
        </message>
        <message>
            <source>Appellant</source>
            <translation>上诉人</translation>
        </message>
        <message>
            <source>Appellee</source>
            <translation>被上诉人</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Respondent</source>
            <translation>被申请人</translation>
        </message>
        <message>
            <source>Public prosecution organ</source>
            <translation>公诉机关</translation>
        </message>
        <message>
            <source>Defendant (criminal)</source>
            <translation>被告人</translation>
        </message>
        <message>
            <source>Victim</source>
            <translation>被害人</translation>
        </message>
        <message>
            <source>Applicant for enforcement</source>
            <translation>申请执行人</translation>
        </message>
        <message>
            <source>Person subject to enforcement</source>
            <translation>被执行人</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>审理中</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>中止</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Case filed</source>
            <translation>立案</translation>
        </message>
        <message>
            <source>Documents served</source>
            <translation>送达</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>开庭</translation>
        </message>
        <message>
            <source>Service by public notice</source>
            <translation>公告送达</translation>
        </message>
        <message>
            <source>Expert appraisal</source>
            <translation>鉴定</translation>
        </message>
        <message>
            <source>Jurisdiction objection</source>
            <translation>管辖权异议</translation>
        </message>
        <message>
            <source>Suspension</source>
            <translation>中止诉讼</translation>
        </message>
        <message>
            <source>Time limit extended</source>
            <translation>延长审限</translation>
        </message>
        <message>
            <source>Time limit extended by a higher court</source>
            <translation>上级法院批准延长审限</translation>
        </message>
        <message>
            <source>Mediation</source>
            <translation>调解</translation>
        </message>
        <message>
            <source>Judgment pronounced</source>
            <translation>宣判</translation>
        </message>
        <message>
            <source>Case closed</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Civil</source>
            <translation>民事</translation>
        </message>
        <message>
            <source>Criminal</source>
            <translation>刑事</translation>
        </message>
        <message>
            <source>Administrative</source>
            <translation>行政</translation>
        </message>
        <message>
            <source>Enforcement</source>
            <translation>执行</translation>
        </message>
    </context>
    <context>
        <name>cd::CertificateAdvisor</name>
        <message>
            <source>The certificate cannot be read.</source>
            <translation>无法读取该证书。</translation>
        </message>
        <message>
            <source>The certificate can be used for signing.</source>
            <translation>该证书可用于签名。</translation>
        </message>
        <message>
            <source>The certificate expired on %1. Ask the certificate authority for a new one.</source>
            <translation>该证书已于 %1 过期。请向证书颁发机构申请新证书。</translation>
        </message>
        <message>
            <source>The certificate is not valid before %1.</source>
            <translation>该证书在 %1 之前无效。</translation>
        </message>
        <message>
            <source>The certificate's only extended key usage is "document signing" (documentSigning). The signing library used here (NSS) accepts a signing certificate only if it allows "e-mail protection" or has no extended key usage, so signatures made with it would be reported as having a certificate error. Ask the certificate authority for a certificate that includes e-mail protection.</source>
            <translation>该证书的扩展密钥用法只有“文档签名”（documentSigning）。本程序使用的签名库（NSS）只接受允许“电子邮件保护”或没有扩展密钥用法的签名证书，因此用它生成的签名会被报告为证书错误。请向证书颁发机构申请包含电子邮件保护用法的证书。</translation>
        </message>
        <message>
            <source>The certificate's extended key usage (%1) does not allow signing documents. Ask the certificate authority for a certificate that includes e-mail protection.</source>
            <translation>该证书的扩展密钥用法（%1）不允许签署文书。请向证书颁发机构申请包含电子邮件保护用法的证书。</translation>
        </message>
        <message>
            <source>The certificate's key usage (%1) does not include digital signatures.</source>
            <translation>该证书的密钥用法（%1）不包含数字签名。</translation>
        </message>
        <message>
            <source>This is a certificate authority's certificate, not a personal signing certificate.</source>
            <translation>这是证书颁发机构的证书，不是个人签名证书。</translation>
        </message>
        <message>
            <source>The certificate "%1" expired on %2.</source>
            <translation>证书“%1”已于 %2 过期。</translation>
        </message>
        <message numerus="yes">
            <source>The certificate "%1" expires in %n day(s), on %2.</source>
            <translation>
                <numerusform>证书“%1”将在 %n 天后（%2）过期。</numerusform>
            </translation>
        </message>
        <message>
            <source>Holder: %1</source>
            <translation>持有人：%1</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>单位：%1</translation>
        </message>
        <message>
            <source>Issued by: %1</source>
            <translation>颁发者：%1</translation>
        </message>
        <message>
            <source>Valid from %1 to %2</source>
            <translation>有效期 %1 至 %2</translation>
        </message>
        <message>
            <source>Key usage: %1</source>
            <translation>密钥用法：%1</translation>
        </message>
        <message>
            <source>Extended key usage: %1</source>
            <translation>扩展密钥用法：%1</translation>
        </message>
        <message>
            <source>Certificate authority certificate</source>
            <translation>证书颁发机构证书</translation>
        </message>
        <message>
            <source>Serial number: %1</source>
            <translation>序列号：%1</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint: %1</source>
            <translation>SHA-256 指纹：%1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
    </context>
    <context>
        <name>cd::CertificateStore</name>
        <message>
            <source>The certificate database %1 does not exist yet.</source>
            <translation>证书库 %1 尚不存在。</translation>
        </message>
        <message>
            <source>The certificate database %1 already exists.</source>
            <translation>证书库 %1 已存在。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot hand the password to the NSS tools.</source>
            <translation>无法将密码传递给 NSS 工具。</translation>
        </message>
        <message>
            <source>Cannot create the certificate database in %1.</source>
            <translation>无法在 %1 中创建证书库。</translation>
        </message>
        <message>
            <source>The password of the certificate database is wrong.</source>
            <translation>证书库密码错误。</translation>
        </message>
        <message>
            <source>Cannot read the certificate database.</source>
            <translation>无法读取证书库。</translation>
        </message>
        <message>
            <source>Cannot read the file %1.</source>
            <translation>无法读取文件 %1。</translation>
        </message>
        <message>
            <source>The password of the certificate file is wrong, or the file is not a PKCS#12 certificate.</source>
            <translation>证书文件密码错误，或该文件不是 PKCS#12 证书。</translation>
        </message>
        <message>
            <source>The certificate file could not be imported.</source>
            <translation>无法导入证书文件。</translation>
        </message>
        <message>
            <source>%1 does not contain a certificate.</source>
            <translation>%1 中不含证书。</translation>
        </message>
        <message>
            <source>"%1" is not a certificate authority's certificate.</source>
            <translation>“%1”不是证书颁发机构的证书。</translation>
        </message>
        <message>
            <source>The CA certificate could not be imported.</source>
            <translation>无法导入 CA 证书。</translation>
        </message>
        <message>
            <source>There is no certificate named "%1" in the certificate database.</source>
            <translation>证书库中没有名为“%1”的证书。</translation>
        </message>
        <message>
            <source>The certificate "%1" could not be removed.</source>
            <translation>无法删除证书“%1”。</translation>
        </message>
    </context>
    <context>
        <name>cd::ChargeCatalog</name>
        <message>
            <source>Cannot read the statute file %1.</source>
            <translation>无法读取法规文件 %1。</translation>
        </message>
        <message>
            <source>No charge names (罪名) were found in the statute corpus %1.</source>
            <translation>在法规语料 %1 中未找到罪名。</translation>
        </message>
        <message>
            <source>writing the charge table</source>
            <translation>写入罪名表</translation>
        </message>
        <message>
            <source>reading the charge table</source>
            <translation>读取罪名表</translation>
        </message>
    </context>
    <context>
        <name>cd::ChargeContrasts</name>
        <message>
            <source>required element absent: %1</source>
            <translation>缺少必备要件：%1</translation>
        </message>
        <message>
            <source>someone else's offence in the facts: %1</source>
            <translation>事实中提到的是他人的犯罪：%1</translation>
        </message>
        <message>
            <source>has %1</source>
            <translation>具有%1</translation>
        </message>
        <message>
            <source>lacks %1</source>
            <translation>缺少%1</translation>
        </message>
        <message>
            <source>rather than %1: the facts %2</source>
            <translation>而非%1：事实%2</translation>
        </message>
    </context>
    <context>
        <name>cd::ClosingCheck</name>
        <message>
            <source>“%1” is not a closing checklist item.</source>
            <translation>“%1”不是结案检查项目。</translation>
        </message>
        <message>
            <source>Say which party the documents were served on.</source>
            <translation>请指明向哪一方当事人送达了文书。</translation>
        </message>
        <message>
            <source>recording a closing checklist item</source>
            <translation>登记结案检查项目</translation>
        </message>
        <message>
            <source>reading the closing checklist</source>
            <translation>读取结案检查清单</translation>
        </message>
        <message>
            <source>Judgment signed</source>
            <translation>裁判文书已签发</translation>
        </message>
        <message>
            <source>The judgment (or ruling, mediation document) has not been signed.</source>
            <translation>判决书（或裁定书、调解书）尚未签发。</translation>
        </message>
        <message>
            <source>Served on every party</source>
            <translation>已向全部当事人送达</translation>
        </message>
        <message>
            <source>The case has no parties to serve.</source>
            <translation>本案没有可送达的当事人。</translation>
        </message>
        <message>
            <source>Not yet served on: %1.</source>
            <translation>尚未送达：%1。</translation>
        </message>
        <message>
            <source>Court fee settled</source>
            <translation>诉讼费已结清</translation>
        </message>
        <message>
            <source>The court fee has not been settled (paid, refunded or waived).</source>
            <translation>诉讼费尚未结清（缴纳、退费或免交）。</translation>
        </message>
        <message>
            <source>Archive complete</source>
            <translation>归档完成</translation>
        </message>
        <message>
            <source>The case file has not been archived (electronic archive incomplete).</source>
            <translation>案卷尚未归档（电子归档未完成）。</translation>
        </message>
        <message>
            <source>reading the case status</source>
            <translation>读取案件状态</translation>
        </message>
        <message>
            <source>Case %1 cannot be closed yet:
%2</source>
            <translation>案件 %1 尚不能结案：
%2</translation>
        </message>
    </context>
    <context>
        <name>cd::ConflictDetector</name>
        <message>
            <source>another case</source>
            <translation>其他案件</translation>
        </message>
        <message>
            <source>%1 is booked for %2 at %3.</source>
            <translation>%1 在 %3 已安排 %2 开庭。</translation>
        </message>
        <message>
            <source>The room</source>
            <translation>该法庭</translation>
        </message>
        <message>
            <source>Judge %1 presides over %2 at %3.</source>
            <translation>法官 %1 在 %3 须主持 %2 的开庭。</translation>
        </message>
        <message>
            <source>Counsel %1 appears in %2 at %3.</source>
            <translation>委托诉讼代理人 %1 在 %3 须出庭参加 %2。</translation>
        </message>
    </context>
    <context>
        <name>cd::CorrectedPagePdf</name>
        <message>
            <source>The page image is missing or unreadable.</source>
            <translation>页面图像缺失或无法读取。</translation>
        </message>
        <message>
            <source>The PDF page could not be started.</source>
            <translation>无法开始生成 PDF 页面。</translation>
        </message>
        <message>
            <source>No temporary folder for the page image.</source>
            <translation>无法为页面图像创建临时文件夹。</translation>
        </message>
        <message>
            <source>The page image could not be taken from the PDF.</source>
            <translation>无法从 PDF 中提取页面图像。</translation>
        </message>
        <message>
            <source>The page PDF holds no image.</source>
            <translation>该页 PDF 中没有图像。</translation>
        </message>
        <message>
            <source>The page image could not be read.</source>
            <translation>无法读取页面图像。</translation>
        </message>
    </context>
    <context>
        <name>cd::CourtFee</name>
        <message>
            <source>The claim amount cannot be negative.</source>
            <translation>标的额不能为负数。</translation>
        </message>
    </context>
    <context>
        <name>cd::DashboardStats</name>
        <message>
            <source>computing the dashboard</source>
            <translation>统计数据看板</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超审限</translation>
        </message>
        <message>
            <source>Due within 7 days</source>
            <translation>7 日内届满</translation>
        </message>
    </context>
    <context>
        <name>cd::Database</name>
        <message>
            <source>Database error while %1.</source>
            <translation>%1时发生数据库错误。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot open the case store %1.</source>
            <translation>无法打开案件库 %1。</translation>
        </message>
        <message>
            <source>The case store %1 is damaged. Restore it from a backup.</source>
            <translation>案件库 %1 已损坏。请从备份恢复。</translation>
        </message>
        <message>
            <source>opening the case store</source>
            <translation>打开案件库</translation>
        </message>
        <message>
            <source>writing to the case store</source>
            <translation>写入案件库</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>保存</translation>
        </message>
    </context>
    <context>
        <name>cd::DemoData</name>
        <message>
            <source>saving demo documents</source>
            <translation>保存演示文书</translation>
        </message>
        <message>
            <source>The number of demo cases must be positive.</source>
            <translation>演示案件数量必须为正数。</translation>
        </message>
    </context>
    <context>
        <name>cd::DirectHearingBackend</name>
        <message>
            <source>%1 is not a party of this hearing.</source>
            <translation>%1 不是本次庭审的参加人。</translation>
        </message>
    </context>
    <context>
        <name>cd::DocumentReader</name>
        <message>
            <source>The document's XML is damaged.</source>
            <translation>该文书的 XML 已损坏。</translation>
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <source>Cannot proofread “%1”: use a .txt, .odt or .docx file (export the PDF's document as .odt or .docx).</source>
            <translation>无法校对“%1”：请使用 .txt、.odt 或 .docx 文件（可将 PDF 对应的文书导出为 .odt 或 .docx）。</translation>
        </message>
    </context>
    <context>
        <name>cd::DocumentTemplate</name>
        <message>
            <source>%1, line %2: “{{” is not closed by “}}”.</source>
            <translation>%1 第 %2 行：“{{”没有用“}}”闭合。</translation>
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1 第 %2 行：%3</translation>
        </message>
        <message>
            <source>{{%1}} is not closed.</source>
            <translation>{{%1}} 没有闭合。</translation>
        </message>
        <message>
            <source>write {{#each LIST as NAME}}.</source>
            <translation>请写作 {{#each 列表 as 名称}}。</translation>
        </message>
        <message>
            <source>unexpected {{%1}}.</source>
            <translation>多余的 {{%1}}。</translation>
        </message>
        <message>
            <source>empty {{ }} field.</source>
            <translation>{{ }} 字段为空。</translation>
        </message>
        <message>
            <source>%1: the header line “%2” is not “key: value”.</source>
            <translation>%1：文件头行“%2”不是“键: 值”的形式。</translation>
        </message>
    </context>
    <context>
        <name>cd::DraftContext</name>
        <message>
            <source>The court %1 has no name in the court table; add it to templates/data/courts.tsv in the profile.</source>
            <translation>法院表中没有法院 %1 的名称；请在配置文件夹的 templates/data/courts.tsv 中添加。</translation>
        </message>
    </context>
    <context>
        <name>cd::DraftExport</name>
        <message>
            <source>Cannot write “%1”: use a .pdf, .odt, .docx or .txt file name.</source>
            <translation>无法写入“%1”：请使用 .pdf、.odt、.docx 或 .txt 文件名。</translation>
        </message>
        <message>
            <source>The PDF could not be started.</source>
            <translation>无法开始生成 PDF。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>cd::DraftStore</name>
        <message>
            <source>opening the draft store</source>
            <translation>打开文书草稿库</translation>
        </message>
        <message>
            <source>reading the draft store version</source>
            <translation>读取文书草稿库版本</translation>
        </message>
        <message>
            <source>The draft store was written by a newer CourtDesk (version %1).</source>
            <translation>文书草稿库由更新版本的法官工作台写入（版本 %1）。</translation>
        </message>
        <message>
            <source>creating the draft store</source>
            <translation>创建文书草稿库</translation>
        </message>
        <message>
            <source>creating a draft</source>
            <translation>创建草稿</translation>
        </message>
        <message>
            <source>saving a draft</source>
            <translation>保存草稿</translation>
        </message>
        <message>
            <source>reading drafts</source>
            <translation>读取草稿</translation>
        </message>
        <message>
            <source>reading draft versions</source>
            <translation>读取草稿的各个版本</translation>
        </message>
        <message>
            <source>reading a draft version</source>
            <translation>读取草稿版本</translation>
        </message>
        <message>
            <source>The draft has no version %1.</source>
            <translation>该草稿没有第 %1 版。</translation>
        </message>
    </context>
    <context>
        <name>cd::Drafter</name>
        <message>
            <source>There is no template “%1”. Known templates: %2.</source>
            <translation>没有模板“%1”。现有模板：%2。</translation>
        </message>
        <message>
            <source>reading the evidence list</source>
            <translation>读取证据目录</translation>
        </message>
    </context>
    <context>
        <name>cd::EvidenceImporter</name>
        <message>
            <source>Page %1 has not been recognised yet; run OCR for it first.</source>
            <translation>第 %1 页尚未识别；请先对其进行文字识别。</translation>
        </message>
        <message>
            <source>No temporary folder for the corrected pages.</source>
            <translation>无法为校对后的页面创建临时文件夹。</translation>
        </message>
        <message>
            <source>The corrected page %1 could not be written.</source>
            <translation>无法写入校对后的第 %1 页。</translation>
        </message>
    </context>
    <context>
        <name>cd::EvidenceRepository</name>
        <message>
            <source>reading the evidence list</source>
            <translation>读取证据目录</translation>
        </message>
        <message>
            <source>Evidence must belong to a case.</source>
            <translation>证据必须属于某个案件。</translation>
        </message>
        <message>
            <source>adding evidence</source>
            <translation>添加证据</translation>
        </message>
        <message>
            <source>reading evidence</source>
            <translation>读取证据</translation>
        </message>
        <message>
            <source>The evidence item no longer exists.</source>
            <translation>该证据已不存在。</translation>
        </message>
        <message>
            <source>saving the evidence list</source>
            <translation>保存证据目录</translation>
        </message>
        <message>
            <source>saving evidence</source>
            <translation>保存证据</translation>
        </message>
        <message>
            <source>reading evidence pages</source>
            <translation>读取证据页面</translation>
        </message>
        <message>
            <source>saving recognised text</source>
            <translation>保存识别文字</translation>
        </message>
        <message>
            <source>Page %1 has not been recognised yet.</source>
            <translation>第 %1 页尚未识别。</translation>
        </message>
        <message>
            <source>saving the correction</source>
            <translation>保存校对修改</translation>
        </message>
        <message>
            <source>reading corrections</source>
            <translation>读取校对修改</translation>
        </message>
    </context>
    <context>
        <name>cd::EvidenceSearch</name>
        <message>
            <source>updating the evidence search index</source>
            <translation>更新证据检索索引</translation>
        </message>
        <message>
            <source>searching the evidence</source>
            <translation>检索证据</translation>
        </message>
    </context>
    <context>
        <name>cd::ExtractionApplier</name>
        <message>
            <source>%1 is not a party of this case yet. Add the party first, then use the %2.</source>
            <translation>%1 还不是本案当事人。请先添加该当事人，再使用此%2。</translation>
        </message>
        <message>
            <source>No party of this case lacks a %1.</source>
            <translation>本案没有缺少%1的当事人。</translation>
        </message>
        <message>
            <source>Several parties lack a %1; the page does not say whose it is. Enter it in the party's form.</source>
            <translation>有多名当事人缺少%1，页面上没有写明是谁的。请在当事人信息中填写。</translation>
        </message>
        <message>
            <source>The case number is already %1.</source>
            <translation>案号已是 %1。</translation>
        </message>
        <message>
            <source>Case number set to %1</source>
            <translation>案号已设为 %1</translation>
        </message>
        <message>
            <source>The amount %1 is not usable.</source>
            <translation>金额 %1 无法使用。</translation>
        </message>
        <message>
            <source>The claim amount is already %1.</source>
            <translation>标的额已是 %1。</translation>
        </message>
        <message>
            <source>Claim amount set to %1</source>
            <translation>标的额已设为 %1</translation>
        </message>
        <message>
            <source>%1 is already a party of this case.</source>
            <translation>%1 已是本案当事人。</translation>
        </message>
        <message>
            <source>Role of %1 set to %2</source>
            <translation>%1 的诉讼地位已设为%2</translation>
        </message>
        <message>
            <source>Party added: %1 %2</source>
            <translation>已添加当事人：%1 %2</translation>
        </message>
        <message>
            <source>%1 already has this ID number.</source>
            <translation>%1 已登记此证件号码。</translation>
        </message>
        <message>
            <source>unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>resident ID number</source>
            <translation>居民身份证号码</translation>
        </message>
        <message>
            <source>%1 already has another ID number (%2). Change it in the party's form if the new one is right.</source>
            <translation>%1 已登记其他证件号码（%2）。如新号码正确，请在当事人信息中修改。</translation>
        </message>
        <message>
            <source>ID number of %1 set</source>
            <translation>已设置 %1 的证件号码</translation>
        </message>
        <message>
            <source>%1 already has this phone number.</source>
            <translation>%1 已登记此电话号码。</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>电话号码</translation>
        </message>
        <message>
            <source>Phone number of %1 set to %2</source>
            <translation>%1 的电话号码已设为 %2</translation>
        </message>
        <message>
            <source>%1 is not a valid date.</source>
            <translation>%1 不是有效日期。</translation>
        </message>
        <message>
            <source>The filing date is already %1.</source>
            <translation>立案日期已是 %1。</translation>
        </message>
        <message>
            <source>Filing date set to %1</source>
            <translation>立案日期已设为 %1</translation>
        </message>
        <message>
            <source>Choose what the date %1 is.</source>
            <translation>请选择日期 %1 对应的事件。</translation>
        </message>
        <message>
            <source>The case already has the event %1 on %2.</source>
            <translation>本案在 %2 已有“%1”事件。</translation>
        </message>
        <message>
            <source>Event added: %1 on %2</source>
            <translation>已添加事件：%2 %1</translation>
        </message>
        <message>
            <source>This suggestion cannot be used for the case.</source>
            <translation>此项建议无法用于本案。</translation>
        </message>
    </context>
    <context>
        <name>cd::Extractor</name>
        <message>
            <source>Resident ID</source>
            <translation>居民身份证号码</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Amount in capitals</source>
            <translation>大写金额</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>案号</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>当事人</translation>
        </message>
    </context>
    <context>
        <name>cd::HearingNotice</name>
        <message>
            <source>There is no hearing notice template “%1”.</source>
            <translation>没有开庭通知模板“%1”。</translation>
        </message>
    </context>
    <context>
        <name>cd::HearingPage</name>
        <message>
            <source>The hearing page file %1 is missing. Install the libjs-janus-gateway and libjs-webrtc-adapter packages.</source>
            <translation>缺少庭审页面文件 %1。请安装 libjs-janus-gateway 和 libjs-webrtc-adapter 软件包。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>cd::HearingRecording</name>
        <message>
            <source>Cannot open the recording %1.</source>
            <translation>无法打开录像 %1。</translation>
        </message>
        <message>
            <source>The recording %1 is empty or not a Janus recording.</source>
            <translation>录像 %1 为空，或不是 Janus 录像文件。</translation>
        </message>
        <message>
            <source>The recording %1 does not say which codec it holds.</source>
            <translation>录像 %1 未注明所用的编码格式。</translation>
        </message>
        <message>
            <source>Cannot read %1 to hash it.</source>
            <translation>无法读取 %1，不能计算其哈希值。</translation>
        </message>
        <message>
            <source>No recording of this hearing was found. The media server wrote no files for room %1 in %2.</source>
            <translation>未找到本次庭审的录像。媒体服务器没有在 %2 中为庭审房间 %1 写入任何文件。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1 for the recordings.</source>
            <translation>无法创建录像文件夹 %1。</translation>
        </message>
        <message>
            <source>The recording has not been processed yet.</source>
            <translation>录像尚未处理。</translation>
        </message>
        <message>
            <source>%1 exists already; it is not overwritten.</source>
            <translation>%1 已存在，不会被覆盖。</translation>
        </message>
        <message>
            <source>The recording converter %1 could not be started. Install the janus-tools package.</source>
            <translation>无法启动录像转换程序 %1。请安装 janus-tools 软件包。</translation>
        </message>
        <message>
            <source>Converting %1 took too long and was stopped.</source>
            <translation>转换 %1 耗时过长，已停止。</translation>
        </message>
        <message>
            <source>The recording %1 could not be converted.</source>
            <translation>录像 %1 无法转换。</translation>
        </message>
    </context>
    <context>
        <name>cd::HearingRepository</name>
        <message>
            <source>The case store could not be updated (%1).</source>
            <translation>无法更新案件库（%1时出错）。</translation>
        </message>
        <message>
            <source>reading the courtrooms</source>
            <translation>读取法庭</translation>
        </message>
        <message>
            <source>Give the courtroom a name.</source>
            <translation>请填写法庭名称。</translation>
        </message>
        <message>
            <source>A courtroom is physical or virtual.</source>
            <translation>法庭类型只能是审判庭或互联网法庭。</translation>
        </message>
        <message>
            <source>There is already a courtroom named %1.</source>
            <translation>已有名为 %1 的法庭。</translation>
        </message>
        <message>
            <source>saving the courtroom</source>
            <translation>保存法庭</translation>
        </message>
        <message>
            <source>reading the bookings</source>
            <translation>读取排期</translation>
        </message>
        <message>
            <source>reading the booking</source>
            <translation>读取排期</translation>
        </message>
        <message>
            <source>The booking no longer exists.</source>
            <translation>该排期已不存在。</translation>
        </message>
        <message>
            <source>reading the case</source>
            <translation>读取案件</translation>
        </message>
        <message>
            <source>The case no longer exists.</source>
            <translation>该案件已不存在。</translation>
        </message>
        <message>
            <source>reading the courtroom</source>
            <translation>读取法庭</translation>
        </message>
        <message>
            <source>The courtroom no longer exists.</source>
            <translation>该法庭已不存在。</translation>
        </message>
        <message>
            <source>%1 is closed for bookings.</source>
            <translation>%1 已停止排期。</translation>
        </message>
        <message>
            <source>Choose the case to book.</source>
            <translation>请选择要排期的案件。</translation>
        </message>
        <message>
            <source>Choose a courtroom.</source>
            <translation>请选择法庭。</translation>
        </message>
        <message>
            <source>The end must come after the start.</source>
            <translation>结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <source>A sitting starts and ends on the same day.</source>
            <translation>一次开庭必须在同一天内开始和结束。</translation>
        </message>
        <message>
            <source>Unknown kind of sitting: %1.</source>
            <translation>未知的开庭类型：%1。</translation>
        </message>
        <message>
            <source>booking the courtroom</source>
            <translation>安排法庭</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>moving the booking</source>
            <translation>调整排期</translation>
        </message>
        <message>
            <source>The booking is no longer scheduled.</source>
            <translation>该排期已不再有效。</translation>
        </message>
        <message>
            <source>cancelling the booking</source>
            <translation>取消排期</translation>
        </message>
    </context>
    <context>
        <name>cd::HearingSession</name>
        <message>
            <source>%1 is not a party of this hearing.</source>
            <translation>%1 不是本次庭审的参加人。</translation>
        </message>
    </context>
    <context>
        <name>cd::HearingVocabulary</name>
        <message>
            <source>Hearing</source>
            <translation>开庭</translation>
        </message>
        <message>
            <source>Evidence exchange</source>
            <translation>证据交换</translation>
        </message>
        <message>
            <source>Mediation</source>
            <translation>调解</translation>
        </message>
        <message>
            <source>Pronouncement</source>
            <translation>宣判</translation>
        </message>
        <message>
            <source>Virtual (internet hearing)</source>
            <translation>互联网法庭（在线庭审）</translation>
        </message>
        <message>
            <source>Courtroom</source>
            <translation>审判庭</translation>
        </message>
    </context>
    <context>
        <name>cd::IdValidators</name>
        <message>
            <source>The ID number is empty.</source>
            <translation>身份证号码为空。</translation>
        </message>
        <message>
            <source>An ID number has 18 characters; this one has %1.</source>
            <translation>身份证号码应为 18 位，此号码为 %1 位。</translation>
        </message>
        <message>
            <source>Invalid character “%1” at position %2 of the ID number.</source>
            <translation>身份证号码第 %2 位的字符“%1”无效。</translation>
        </message>
        <message>
            <source>The region code (first 6 digits) of the ID number cannot start with 0.</source>
            <translation>身份证号码的地址码（前 6 位）不能以 0 开头。</translation>
        </message>
        <message>
            <source>The birth date “%1” (characters 7–14) is not a valid date.</source>
            <translation>出生日期“%1”（第 7–14 位）不是有效日期。</translation>
        </message>
        <message>
            <source>The birth date %1 is in the future.</source>
            <translation>出生日期 %1 晚于今天。</translation>
        </message>
        <message>
            <source>Wrong check character “%1”: expected “%2”. Check the number for typing mistakes.</source>
            <translation>校验码“%1”错误，应为“%2”。请检查号码是否输错。</translation>
        </message>
        <message>
            <source>The unified social credit code is empty.</source>
            <translation>统一社会信用代码为空。</translation>
        </message>
        <message>
            <source>A unified social credit code has 18 characters; this one has %1.</source>
            <translation>统一社会信用代码应为 18 位，此代码为 %1 位。</translation>
        </message>
        <message>
            <source>Invalid character “%1” at position %2 of the unified social credit code (the letters I, O, Z, S and V are never used).</source>
            <translation>统一社会信用代码第 %2 位的字符“%1”无效（不使用字母 I、O、Z、S、V）。</translation>
        </message>
        <message>
            <source>Wrong check character “%1”: expected “%2”. Check the code for typing mistakes.</source>
            <translation>校验码“%1”错误，应为“%2”。请检查代码是否输错。</translation>
        </message>
    </context>
    <context>
        <name>cd::JanusMessages</name>
        <message>
            <source>The hearing media server does not answer.</source>
            <translation>庭审媒体服务器没有响应。</translation>
        </message>
        <message>
            <source>The hearing media server sent an answer that could not be understood.</source>
            <translation>庭审媒体服务器返回的应答无法识别。</translation>
        </message>
        <message>
            <source>The hearing media server refused the request (wrong key, secret or token).</source>
            <translation>庭审媒体服务器拒绝了请求（密钥、口令或令牌错误）。</translation>
        </message>
        <message>
            <source>The hearing room does not exist on the media server.</source>
            <translation>媒体服务器上不存在该庭审房间。</translation>
        </message>
        <message>
            <source>That participant is no longer in the hearing room.</source>
            <translation>该参加人已不在庭审房间中。</translation>
        </message>
        <message>
            <source>A hearing room with this number already exists on the media server.</source>
            <translation>媒体服务器上已有相同编号的庭审房间。</translation>
        </message>
        <message>
            <source>The hearing media server rejected the request.</source>
            <translation>庭审媒体服务器拒绝了该请求。</translation>
        </message>
    </context>
    <context>
        <name>cd::Migrations</name>
        <message>
            <source>upgrading the case store</source>
            <translation>升级案件库</translation>
        </message>
        <message>
            <source>reading the schema version</source>
            <translation>读取数据结构版本</translation>
        </message>
        <message>
            <source>This case store was created by a newer version of CourtDesk (schema %1). Please update CourtDesk.</source>
            <translation>此案件库由更新版本的法官工作台创建（数据结构版本 %1）。请升级法官工作台。</translation>
        </message>
    </context>
    <context>
        <name>cd::Money</name>
        <message>
            <source>“%1” is not an amount in yuan such as 1409.50.</source>
            <translation>“%1”不是形如 1409.50 的人民币金额。</translation>
        </message>
    </context>
    <context>
        <name>cd::NssSession</name>
        <message>
            <source>This process already uses the certificate database %1.</source>
            <translation>本进程已在使用证书库 %1。</translation>
        </message>
        <message>
            <source>%1 is not a certificate database (cert9.db and key4.db are missing).</source>
            <translation>%1 不是证书库（缺少 cert9.db 和 key4.db）。</translation>
        </message>
        <message>
            <source>The certificate database cannot be opened: NSS is already in use.</source>
            <translation>无法打开证书库：NSS 已被占用。</translation>
        </message>
        <message>
            <source>The certificate database %1 could not be opened.</source>
            <translation>无法打开证书库 %1。</translation>
        </message>
        <message>
            <source>No certificate database is open.</source>
            <translation>未打开证书库。</translation>
        </message>
        <message>
            <source>The password of the certificate database is wrong. Nothing was signed.</source>
            <translation>证书库密码错误。未签署任何文书。</translation>
        </message>
        <message>
            <source>Cannot unlock the certificate database.</source>
            <translation>无法解锁证书库。</translation>
        </message>
        <message>
            <source>There is no certificate named "%1" in the certificate database.</source>
            <translation>证书库中没有名为“%1”的证书。</translation>
        </message>
        <message>
            <source>The certificate database is protected by a password; enter it to sign. Nothing was signed.</source>
            <translation>证书库受密码保护，请输入密码后再签名。未签署任何文书。</translation>
        </message>
    </context>
    <context>
        <name>cd::NssTools</name>
        <message>
            <source>The NSS tool %1 is not installed (package libnss3-tools).</source>
            <translation>未安装 NSS 工具 %1（软件包 libnss3-tools）。</translation>
        </message>
        <message>
            <source>The NSS tool %1 did not finish.</source>
            <translation>NSS 工具 %1 未能完成。</translation>
        </message>
    </context>
    <context>
        <name>cd::OriginalStore</name>
        <message>
            <source>Cannot read %1.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <source>%1 is empty (0 bytes). Nothing was imported from it.</source>
            <translation>%1 为空（0 字节）。未从中导入任何内容。</translation>
        </message>
        <message>
            <source>Cannot create the evidence folder %1.</source>
            <translation>无法创建证据文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot write to the evidence folder %1.</source>
            <translation>无法写入证据文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot store the original of %1.</source>
            <translation>无法保存 %1 的原件。</translation>
        </message>
        <message>
            <source>The stored original %1 has changed since it was imported.</source>
            <translation>已保存的原件 %1 在导入后被改动过。</translation>
        </message>
    </context>
    <context>
        <name>cd::PdfPostProcessor</name>
        <message>
            <source>The PDF writer produced a file that cannot be finished.</source>
            <translation>PDF 生成器产生的文件无法完成处理。</translation>
        </message>
    </context>
    <context>
        <name>cd::PdfSigner</name>
        <message>
            <source>The certificate "%1" has no private key in the certificate database, so it cannot sign. Import the PKCS#12 file that contains it.</source>
            <translation>证书库中没有证书“%1”的私钥，无法签名。请导入包含私钥的 PKCS#12 文件。</translation>
        </message>
        <message>
            <source>Cannot sign with "%1": %2</source>
            <translation>无法使用“%1”签名：%2</translation>
        </message>
        <message>
            <source>Cannot read the file %1.</source>
            <translation>无法读取文件 %1。</translation>
        </message>
        <message>
            <source>The signed copy must be a new file; the original %1 is never overwritten.</source>
            <translation>签名件必须另存为新文件；原文件 %1 不会被覆盖。</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another name for the signed copy.</source>
            <translation>%1 已存在。请为签名件另取文件名。</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>文件夹 %1 不存在。</translation>
        </message>
        <message>
            <source>The seal image %1 must be a PNG or JPEG file.</source>
            <translation>印章图片 %1 必须是 PNG 或 JPEG 文件。</translation>
        </message>
        <message numerus="yes">
            <source>The document has %n page(s); there is no page %1.</source>
            <translation>
                <numerusform>该文书共 %n 页，没有第 %1 页。</numerusform>
            </translation>
        </message>
        <message>
            <source>The signature rectangle must lie inside the page (fractions between 0 and 1).</source>
            <translation>签名区域必须位于页面之内（取值在 0 到 1 之间）。</translation>
        </message>
        <message>
            <source>The signed file cannot be opened again.</source>
            <translation>无法重新打开已签名的文件。</translation>
        </message>
        <message>
            <source>The signed file does not contain the new signature.</source>
            <translation>已签名的文件中没有新签名。</translation>
        </message>
        <message>
            <source>The new signature does not check out; the signed copy was discarded.</source>
            <translation>新签名校验未通过，签名件已丢弃。</translation>
        </message>
        <message>
            <source>No certificate database is open.</source>
            <translation>未打开证书库。</translation>
        </message>
        <message>
            <source>%1 is not a readable PDF file.</source>
            <translation>%1 不是可读取的 PDF 文件。</translation>
        </message>
        <message>
            <source>%1 is password-protected and cannot be signed.</source>
            <translation>%1 受密码保护，无法签名。</translation>
        </message>
        <message>
            <source>Cannot write into the folder %1.</source>
            <translation>无法写入文件夹 %1。</translation>
        </message>
        <message>
            <source>Poppler could not sign %1.</source>
            <translation>Poppler 无法签署 %1。</translation>
        </message>
        <message>
            <source>Cannot read the seal image %1.</source>
            <translation>无法读取印章图片 %1。</translation>
        </message>
        <message>
            <source>Cannot prepare the seal image %1.</source>
            <translation>无法处理印章图片 %1。</translation>
        </message>
    </context>
    <context>
        <name>cd::Profile</name>
        <message>
            <source>Cannot create the profile folder %1.</source>
            <translation>无法创建配置文件夹 %1。</translation>
        </message>
    </context>
    <context>
        <name>cd::ProvisionTable</name>
        <message>
            <source>No text of the provision “%1” is known for %2; cite it by hand.</source>
            <translation>没有 %2 时“%1”条文的文本；请手工引用。</translation>
        </message>
        <message>
            <source>The text of 《%1》 in force on %2 (%3) is not in the statute library; %4 could not be checked against it.</source>
            <translation>法规库中没有 %2 施行的《%1》（%3）文本；无法据此核对 %4。</translation>
        </message>
        <message>
            <source>The provision table says %1 for %2, but that article of the text in force does not contain “%3”.</source>
            <translation>条文表中 %2 对应 %1，但施行文本的该条不含“%3”。</translation>
        </message>
    </context>
    <context>
        <name>cd::RecordCodec</name>
        <message>
            <source>The server sent a case without a number.</source>
            <translation>服务器发来的案件没有案号。</translation>
        </message>
    </context>
    <context>
        <name>cd::SealImages</name>
        <message>
            <source>Drawing seals needs the graphical application; pass a finished image instead.</source>
            <translation>绘制印章需要图形界面程序；请改为提供已制作好的图片。</translation>
        </message>
        <message>
            <source>The court's name is empty.</source>
            <translation>法院名称为空。</translation>
        </message>
        <message>
            <source>The image is empty or cannot be read.</source>
            <translation>图片为空或无法读取。</translation>
        </message>
        <message>
            <source>The image contains no seal or signature.</source>
            <translation>图片中没有印章或签名。</translation>
        </message>
        <message>
            <source>The appearance needs a seal, a signature image or the signer's name.</source>
            <translation>签章外观需要印章、签名图片或签名人姓名。</translation>
        </message>
    </context>
    <context>
        <name>cd::SealLibrary</name>
        <message>
            <source>Cannot read the seal library %1.</source>
            <translation>无法读取印章库 %1。</translation>
        </message>
        <message>
            <source>The seal library index is damaged.</source>
            <translation>印章库索引已损坏。</translation>
        </message>
        <message>
            <source>Cannot save the seal library %1.</source>
            <translation>无法保存印章库 %1。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot save the image %1.</source>
            <translation>无法保存图片 %1。</translation>
        </message>
        <message>
            <source>Cannot read the image %1.</source>
            <translation>无法读取图片 %1。</translation>
        </message>
        <message>
            <source>The seal is not in the library.</source>
            <translation>印章库中没有该印章。</translation>
        </message>
        <message>
            <source>The seal library has no court seal yet.</source>
            <translation>印章库中还没有院章。</translation>
        </message>
    </context>
    <context>
        <name>cd::SearchIndex</name>
        <message>
            <source>updating the search index</source>
            <translation>更新检索索引</translation>
        </message>
        <message>
            <source>rebuilding the search index</source>
            <translation>重建检索索引</translation>
        </message>
        <message>
            <source>searching</source>
            <translation>检索</translation>
        </message>
    </context>
    <context>
        <name>cd::SignatureAnchor</name>
        <message>
            <source>The document has no date line in Chinese numerals.</source>
            <translation>该文书中没有以汉字数字书写的日期行。</translation>
        </message>
    </context>
    <context>
        <name>cd::SignatureVerifier</name>
        <message>
            <source>The signature is intact: the signed content has not changed since signing.</source>
            <translation>签名完好：签名后所签内容未被改动。</translation>
        </message>
        <message>
            <source>The signature is invalid: it does not match the signer's certificate.</source>
            <translation>签名无效：与签名人证书不符。</translation>
        </message>
        <message>
            <source>The signed content was changed after signing (the digest does not match). Do not rely on this document.</source>
            <translation>所签内容在签名后被改动（摘要不符）。请勿采信此文书。</translation>
        </message>
        <message>
            <source>The signature data is damaged and cannot be read.</source>
            <translation>签名数据已损坏，无法读取。</translation>
        </message>
        <message>
            <source>The signature could not be checked.</source>
            <translation>无法校验该签名。</translation>
        </message>
        <message>
            <source>The signer's certificate was issued by a certificate authority this computer trusts.</source>
            <translation>签名人证书由本机信任的证书颁发机构签发。</translation>
        </message>
        <message>
            <source>The issuer of the signer's certificate has been marked as untrusted.</source>
            <translation>签名人证书的颁发者已被标记为不受信任。</translation>
        </message>
        <message>
            <source>The signer's certificate was not issued by a certificate authority this computer trusts. If the document is genuine, import the court's root certificate first.</source>
            <translation>签名人证书并非由本机信任的证书颁发机构签发。如文书属实，请先导入法院的根证书。</translation>
        </message>
        <message>
            <source>The signer's certificate has been revoked by its certificate authority.</source>
            <translation>签名人证书已被其颁发机构吊销。</translation>
        </message>
        <message>
            <source>The signer's certificate has expired.</source>
            <translation>签名人证书已过期。</translation>
        </message>
        <message>
            <source>The signer's certificate could not be checked.</source>
            <translation>无法校验签名人证书。</translation>
        </message>
        <message>
            <source>The signer's certificate was not checked.</source>
            <translation>未校验签名人证书。</translation>
        </message>
        <message>
            <source>It was valid until %1.</source>
            <translation>其有效期至 %1。</translation>
        </message>
        <message>
            <source>The signing time the signer's computer recorded (%1) lies within that period, but without a trusted timestamp that time cannot be proven.</source>
            <translation>签名人计算机记录的签名时间（%1）在此期间内，但没有可信时间戳，无法证明该时间。</translation>
        </message>
        <message>
            <source>The signature covers the whole document.</source>
            <translation>该签名覆盖整份文书。</translation>
        </message>
        <message>
            <source>It covers the document as it was when signed; since then only further signatures were added, and the content it signed is unchanged.</source>
            <translation>该签名覆盖签名时的文书；此后仅添加了其他签名，所签内容未变。</translation>
        </message>
        <message>
            <source>After this signature the document was changed by more than adding signatures. The signed version is intact, but the current content differs from what was signed.</source>
            <translation>此签名之后，文书除添加签名外还有其他改动。签名版本完好，但当前内容与所签内容不同。</translation>
        </message>
        <message>
            <source>After signing, content that no signature covers was added to the file. The signed part is intact, but the document was modified after signing.</source>
            <translation>签名后文件中添加了未被任何签名覆盖的内容。已签部分完好，但文书在签名后被修改过。</translation>
        </message>
        <message>
            <source>The document has no signatures.</source>
            <translation>该文书没有签名。</translation>
        </message>
        <message numerus="yes">
            <source>%n signature(s), all valid, trusted and unchanged since signing.</source>
            <translation>
                <numerusform>共 %n 个签名，全部有效、可信，且签名后未被改动。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n signature(s) have problems; see the details.</source>
            <translation>
                <numerusform>%n 个签名中有 %1 个存在问题，请查看详情。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot read the file %1.</source>
            <translation>无法读取文件 %1。</translation>
        </message>
        <message>
            <source>%1 is not a readable PDF file.</source>
            <translation>%1 不是可读取的 PDF 文件。</translation>
        </message>
        <message>
            <source>%1 is password-protected.</source>
            <translation>%1 受密码保护。</translation>
        </message>
    </context>
    <context>
        <name>cd::SigningFonts</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot write the file %1.</source>
            <translation>无法写入文件 %1。</translation>
        </message>
    </context>
    <context>
        <name>cd::SigningWorker</name>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>The signing program %1 could not be started.</source>
            <translation>无法启动签名程序 %1。</translation>
        </message>
        <message>
            <source>The signing process stopped unexpectedly; the document was not changed.</source>
            <translation>签名进程意外停止；文书未被改动。</translation>
        </message>
        <message>
            <source>The signing process gave no answer.</source>
            <translation>签名进程没有响应。</translation>
        </message>
    </context>
    <context>
        <name>cd::SimilarCases</name>
        <message>
            <source>finding similar cases</source>
            <translation>查找类案</translation>
        </message>
    </context>
    <context>
        <name>cd::StatuteImporter</name>
        <message>
            <source>creating the statute library</source>
            <translation>创建法规库</translation>
        </message>
        <message>
            <source>No statute files were found in %1.</source>
            <translation>在 %1 中未找到法规文件。</translation>
        </message>
        <message>
            <source>Cannot read the statute file %1.</source>
            <translation>无法读取法规文件 %1。</translation>
        </message>
        <message>
            <source>The statute import was cancelled.</source>
            <translation>法规导入已取消。</translation>
        </message>
        <message>
            <source>writing the statute library</source>
            <translation>写入法规库</translation>
        </message>
        <message>
            <source>Cannot write the statute library %1.</source>
            <translation>无法写入法规库 %1。</translation>
        </message>
    </context>
    <context>
        <name>cd::StatuteLibrary</name>
        <message>
            <source>The statute library %1 does not exist.</source>
            <translation>法规库 %1 不存在。</translation>
        </message>
        <message>
            <source>opening the statute library</source>
            <translation>打开法规库</translation>
        </message>
        <message>
            <source>The statute library %1 is from another version of CourtDesk.</source>
            <translation>法规库 %1 来自其他版本的法官工作台。</translation>
        </message>
        <message>
            <source>No statute library was found and the statute corpus folder is not available.</source>
            <translation>未找到法规库，法规语料文件夹也不可用。</translation>
        </message>
        <message>
            <source>《%1》 is not in the statute library.</source>
            <translation>法规库中没有《%1》。</translation>
        </message>
        <message>
            <source>The text of 《%1》 in force on %2 is not in the statute library; the library holds versions in force from %3.</source>
            <translation>法规库中没有 %2 施行的《%1》文本；库中收录的是自 %3 起施行的版本。</translation>
        </message>
        <message>
            <source>《%1》 in force on %2 (text of %3) has no %4.</source>
            <translation>%2 施行的《%1》（%3 文本）没有%4。</translation>
        </message>
        <message>
            <source>“%1” is not a citation such as 《民事诉讼法》第二百六十四条.</source>
            <translation>“%1”不是形如《民事诉讼法》第二百六十四条的引用。</translation>
        </message>
    </context>
    <context>
        <name>cd::StatuteOutline</name>
        <message>
            <source>reading the statute library</source>
            <translation>读取法规库</translation>
        </message>
    </context>
    <context>
        <name>cd::StatutePush</name>
        <message>
            <source>The Criminal Law in force on %1 is not in the statute library.</source>
            <translation>法规库中没有 %1 施行的刑法。</translation>
        </message>
        <message>
            <source>charge named in the facts: %1</source>
            <translation>事实中提及的罪名：%1</translation>
        </message>
        <message>
            <source>elements: %1</source>
            <translation>构成要件：%1</translation>
        </message>
        <message>
            <source>words of the charge: %1</source>
            <translation>罪状用语：%1</translation>
        </message>
        <message>
            <source>text similar to the article: %1</source>
            <translation>与条文相近的表述：%1</translation>
        </message>
        <message>
            <source>absorbed by %1</source>
            <translation>为%1所吸收</translation>
        </message>
        <message>
            <source>%1 is defined here (%2). </source>
            <translation>本条规定了%1（%2）。</translation>
        </message>
        <message>
            <source>shares with its elements (罪状): %1</source>
            <translation>与罪状相同的表述：%1</translation>
        </message>
        <message>
            <source>shares with an interpretation of it: %1</source>
            <translation>与司法解释相同的表述：%1</translation>
        </message>
        <message>
            <source>its article needs a subject the facts do not mention</source>
            <translation>本条要求的犯罪主体未见于事实</translation>
        </message>
        <message>
            <source>a common charge in basic-level courts</source>
            <translation>基层法院常见罪名</translation>
        </message>
    </context>
    <context>
        <name>cd::SyncApplier</name>
        <message>
            <source>applying changes from the server</source>
            <translation>应用来自服务器的更改</translation>
        </message>
        <message>
            <source>Evidence arrived for a case this desk does not have.</source>
            <translation>收到的证据所属的案件不在本工作台上。</translation>
        </message>
        <message>
            <source>Resolve the conflict of the case this evidence belongs to first.</source>
            <translation>请先解决该证据所属案件的冲突。</translation>
        </message>
        <message>
            <source>Only conflicts of cases and evidence can be resolved here.</source>
            <translation>此处只能解决案件和证据的冲突。</translation>
        </message>
    </context>
    <context>
        <name>cd::SyncClient</name>
        <message>
            <source>The server did not accept the user name, password or login session.</source>
            <translation>服务器未接受该用户名、密码或登录会话。请核对后重新登录。</translation>
        </message>
        <message>
            <source>Your account is not allowed to make this change.</source>
            <translation>您的账户无权进行此项更改。</translation>
        </message>
        <message>
            <source>The server does not know this record or file.</source>
            <translation>服务器上没有此记录或文件。</translation>
        </message>
        <message>
            <source>The change is too large for the server.</source>
            <translation>此项更改过大，服务器无法接收。</translation>
        </message>
        <message>
            <source>The upload went out of step with the server.</source>
            <translation>上传进度与服务器不一致，请重新同步。</translation>
        </message>
        <message>
            <source>The uploaded file did not arrive intact.</source>
            <translation>上传的文件未能完整送达服务器。</translation>
        </message>
        <message>
            <source>The server speaks another version of the sync protocol. Update CourtDesk.</source>
            <translation>服务器使用的同步协议版本与本程序不同。请升级法官工作台。</translation>
        </message>
        <message>
            <source>The server refused a request as malformed.</source>
            <translation>服务器认为请求格式有误，已拒绝。</translation>
        </message>
        <message>
            <source>The server reported an internal error.</source>
            <translation>服务器报告发生内部错误。</translation>
        </message>
        <message>
            <source>"%1" is not a server address.</source>
            <translation>“%1”不是有效的服务器地址。</translation>
        </message>
        <message>
            <source>Plain http:// is only allowed to this computer. Use https:// for the court's server.</source>
            <translation>只有连接本机时才允许使用未加密的 http://。连接法院服务器请使用 https://。</translation>
        </message>
        <message>
            <source>An https:// server needs the court's CA certificate file.</source>
            <translation>连接 https:// 服务器需要法院的 CA 证书文件。</translation>
        </message>
        <message>
            <source>No CA certificate could be read from %1.</source>
            <translation>无法从 %1 读取 CA 证书。</translation>
        </message>
        <message>
            <source>"%1" is not an http:// or https:// address.</source>
            <translation>“%1”不是 http:// 或 https:// 地址。</translation>
        </message>
        <message>
            <source>Cannot write a downloaded file.</source>
            <translation>无法写入下载的文件。</translation>
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation>服务器未能及时响应。</translation>
        </message>
        <message>
            <source>The server's certificate is not signed by the court's CA.</source>
            <translation>服务器的证书不是由法院的 CA 签发的。</translation>
        </message>
        <message>
            <source>The server cannot be reached.</source>
            <translation>无法连接到服务器。</translation>
        </message>
        <message>
            <source>The connection to the server was cut.</source>
            <translation>与服务器的连接已中断。</translation>
        </message>
        <message>
            <source>The server sent an answer CourtDesk cannot read.</source>
            <translation>服务器返回的应答法官工作台无法读取。</translation>
        </message>
        <message>
            <source>The server is unavailable (HTTP %1).</source>
            <translation>服务器暂时无法使用（HTTP %1）。</translation>
        </message>
        <message>
            <source>The server refuses logins for a while after too many failed attempts.</source>
            <translation>登录失败次数过多，服务器暂时拒绝登录。</translation>
        </message>
    </context>
    <context>
        <name>cd::SyncEngine</name>
        <message>
            <source>The server sent an answer CourtDesk cannot read.</source>
            <translation>服务器返回的应答法官工作台无法读取。</translation>
        </message>
        <message>
            <source>Sync was stopped.</source>
            <translation>同步已停止。</translation>
        </message>
        <message>
            <source>Log in to the court's server: the session has expired.</source>
            <translation>登录会话已过期，请重新登录法院服务器。</translation>
        </message>
        <message>
            <source>The server refused the user name or password.</source>
            <translation>服务器拒绝了该用户名或密码。</translation>
        </message>
        <message>
            <source>preparing the sync</source>
            <translation>准备同步</translation>
        </message>
        <message>
            <source>Cannot read the original %1.</source>
            <translation>无法读取原件 %1。</translation>
        </message>
        <message>
            <source>A change from the server could not be stored: %1</source>
            <translation>无法保存来自服务器的更改：%1</translation>
        </message>
        <message>
            <source>reading evidence</source>
            <translation>读取证据</translation>
        </message>
        <message>
            <source>Cannot create the evidence folder %1.</source>
            <translation>无法创建证据文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot write to the evidence folder %1.</source>
            <translation>无法写入证据文件夹 %1。</translation>
        </message>
        <message>
            <source>The server cannot be reached.</source>
            <translation>无法连接到服务器。</translation>
        </message>
        <message>
            <source>A file downloaded from the server is damaged (its SHA-256 does not match). It was not stored.</source>
            <translation>从服务器下载的文件已损坏（SHA-256 校验不符），未予保存。</translation>
        </message>
        <message>
            <source>Cannot store the original %1.</source>
            <translation>无法保存原件 %1。</translation>
        </message>
        <message>
            <source>The server is unavailable (HTTP %1).</source>
            <translation>服务器暂时无法使用（HTTP %1）。</translation>
        </message>
        <message numerus="yes">
            <source>Too many failed logins from this computer: the server refuses logins for %n minute(s). Check the password, then try again.</source>
            <translation>
                <numerusform>本机登录失败次数过多，服务器在 %n 分钟内拒绝登录。请核对密码后再试。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cd::SyncStore</name>
        <message>
            <source>recording the change for sync</source>
            <translation>记录待同步的更改</translation>
        </message>
        <message>
            <source>reading the sync outbox</source>
            <translation>读取待上传队列</translation>
        </message>
        <message>
            <source>updating the sync outbox</source>
            <translation>更新待上传队列</translation>
        </message>
        <message>
            <source>saving a sync conflict</source>
            <translation>保存同步冲突</translation>
        </message>
        <message>
            <source>reading sync conflicts</source>
            <translation>读取同步冲突</translation>
        </message>
        <message>
            <source>The sync conflict no longer exists.</source>
            <translation>该同步冲突已不存在。</translation>
        </message>
        <message>
            <source>Unknown record type "%1".</source>
            <translation>未知的记录类型“%1”。</translation>
        </message>
        <message>
            <source>reading the sync state</source>
            <translation>读取同步状态</translation>
        </message>
        <message>
            <source>saving the sync state</source>
            <translation>保存同步状态</translation>
        </message>
    </context>
    <context>
        <name>cd::TemplateRenderer</name>
        <message>
            <source>Line %1: the field “%2” has no value.</source>
            <translation>第 %1 行：字段“%2”没有值。</translation>
        </message>
        <message>
            <source>Line %1: clauses include each other too deeply (at “%2”).</source>
            <translation>第 %1 行：条款相互引用层级过深（在“%2”处）。</translation>
        </message>
        <message>
            <source>Line %1: there is no clause “%2”.</source>
            <translation>第 %1 行：没有条款“%2”。</translation>
        </message>
    </context>
    <context>
        <name>cd::TemplateRepository</name>
        <message>
            <source>Cannot read %1.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <source>The built-in document templates are missing.</source>
            <translation>内置文书模板缺失。</translation>
        </message>
    </context>
    <context>
        <name>cd::TimeLimits</name>
        <message>
            <source>1 month</source>
            <translation>1个月</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1个月</translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1日</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1日</translation>
        </message>
        <message>
            <source>Civil first instance, ordinary procedure</source>
            <translation>民事一审普通程序</translation>
        </message>
        <message>
            <source>Civil first instance, simplified procedure</source>
            <translation>民事一审简易程序</translation>
        </message>
        <message>
            <source>Civil small claims procedure</source>
            <translation>民事小额诉讼程序</translation>
        </message>
        <message>
            <source>Civil special procedure</source>
            <translation>民事特别程序</translation>
        </message>
        <message>
            <source>Civil appeal against a judgment</source>
            <translation>民事二审（不服判决上诉）</translation>
        </message>
        <message>
            <source>Civil appeal against a ruling</source>
            <translation>民事二审（不服裁定上诉）</translation>
        </message>
        <message>
            <source>Criminal first instance, public prosecution</source>
            <translation>刑事一审公诉案件</translation>
        </message>
        <message>
            <source>Criminal simplified procedure</source>
            <translation>刑事简易程序</translation>
        </message>
        <message>
            <source>Criminal simplified procedure, possible sentence over 3 years</source>
            <translation>刑事简易程序（可能判处三年以上有期徒刑）</translation>
        </message>
        <message>
            <source>Criminal fast-track procedure</source>
            <translation>刑事速裁程序</translation>
        </message>
        <message>
            <source>Criminal fast-track procedure, possible sentence over 1 year</source>
            <translation>刑事速裁程序（可能判处一年以上有期徒刑）</translation>
        </message>
        <message>
            <source>Criminal appeal or protest</source>
            <translation>刑事二审（上诉、抗诉）</translation>
        </message>
        <message>
            <source>Administrative first instance</source>
            <translation>行政一审</translation>
        </message>
        <message>
            <source>Administrative simplified procedure</source>
            <translation>行政简易程序</translation>
        </message>
        <message>
            <source>Administrative appeal</source>
            <translation>行政二审</translation>
        </message>
        <message>
            <source>Enforcement</source>
            <translation>执行</translation>
        </message>
        <message>
            <source>Enforcement of a non-litigation decision</source>
            <translation>非诉执行</translation>
        </message>
        <message>
            <source>Unknown procedure “%1”.</source>
            <translation>未知的审理程序“%1”。</translation>
        </message>
        <message>
            <source>The filing date is missing or invalid.</source>
            <translation>立案日期缺失或无效。</translation>
        </message>
        <message>
            <source>An extension cannot be negative.</source>
            <translation>延长期限不能为负数。</translation>
        </message>
        <message>
            <source>The time limit for “%1” cannot be extended (%2).</source>
            <translation>“%1”的审限不得延长（%2）。</translation>
        </message>
        <message>
            <source>“%1” can only be extended with the approval of a higher court or the Supreme People's Court (%2).</source>
            <translation>“%1”只能经上级人民法院或最高人民法院批准延长（%2）。</translation>
        </message>
        <message>
            <source>An extension of %1 exceeds the %2 allowed for “%3”; a longer one needs the approval of a higher court or the Supreme People's Court (%4).</source>
            <translation>延长 %1 超过了“%3”允许的 %2；更长的延长须经上级人民法院或最高人民法院批准（%4）。</translation>
        </message>
        <message>
            <source>An extension of %1 exceeds the maximum of %2 for “%3” (%4).</source>
            <translation>延长 %1 超过了“%3”的最长期限 %2（%4）。</translation>
        </message>
        <message>
            <source>An excluded period has a missing or invalid date.</source>
            <translation>有扣除期间的日期缺失或无效。</translation>
        </message>
        <message>
            <source>The excluded period %1 to %2 ends before it starts.</source>
            <translation>扣除期间 %1 至 %2 的结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>The excluded period %1 to %2 begins before the filing date %3.</source>
            <translation>扣除期间 %1 至 %2 开始于立案日期 %3 之前。</translation>
        </message>
        <message>
            <source>%1; extension up to %2, longer with a higher court's approval</source>
            <translation>%1；可延长 %2，经上级法院批准可再延长</translation>
        </message>
        <message>
            <source>%1; extension up to %2</source>
            <translation>%1；可延长 %2</translation>
        </message>
        <message>
            <source>%1; extension only with a higher court's approval</source>
            <translation>%1；经上级法院批准方可延长</translation>
        </message>
        <message>
            <source>%1; no extension</source>
            <translation>%1；不得延长</translation>
        </message>
    </context>
    <context>
        <name>cd::Transcript</name>
        <message>
            <source>This is not a hearing transcript.</source>
            <translation>这不是庭审笔录。</translation>
        </message>
        <message>
            <source>Cannot read the transcript journal %1.</source>
            <translation>无法读取庭审笔录日志 %1。</translation>
        </message>
        <message>
            <source>The transcript journal %1 is damaged.</source>
            <translation>庭审笔录日志 %1 已损坏。</translation>
        </message>
        <message>
            <source>The transcript already has lines.</source>
            <translation>庭审笔录中已有记录。</translation>
        </message>
        <message>
            <source>The transcript journal %1 cannot be written.</source>
            <translation>无法写入庭审笔录日志 %1。</translation>
        </message>
    </context>
    <context>
        <name>cd::Triage</name>
        <message>
            <source>Simple track (简案快审)</source>
            <translation>简案快审</translation>
        </message>
        <message>
            <source>Ordinary track (繁案精审)</source>
            <translation>繁案精审</translation>
        </message>
        <message>
            <source>%1: score %2 (simple at or below %3)</source>
            <translation>%1：得分 %2（%3 分及以下为简案）</translation>
        </message>
        <message>
            <source>%1 parties: each party beyond two adds service and hearing work</source>
            <translation>当事人 %1 名：超过两名的，每多一名当事人都会增加送达和庭审工作量</translation>
        </message>
        <message>
            <source>claim of %1 yuan is within the small-claims line of %2 yuan (民事诉讼法第一百六十五条)</source>
            <translation>标的额 %1 元，未超过小额诉讼标准 %2 元（民事诉讼法第一百六十五条）</translation>
        </message>
        <message>
            <source>claim of %1 yuan is above 10 million</source>
            <translation>标的额 %1 元，超过一千万元</translation>
        </message>
        <message>
            <source>claim of %1 yuan is above 1 million</source>
            <translation>标的额 %1 元，超过一百万元</translation>
        </message>
        <message>
            <source>criminal case</source>
            <translation>刑事案件</translation>
        </message>
        <message>
            <source>administrative case</source>
            <translation>行政案件</translation>
        </message>
        <message>
            <source>cause %1 is usually complex</source>
            <translation>案由“%1”通常较为复杂</translation>
        </message>
        <message>
            <source>cause %1 is usually simple</source>
            <translation>案由“%1”通常较为简单</translation>
        </message>
        <message>
            <source>evidence volume not counted</source>
            <translation>未统计证据数量</translation>
        </message>
        <message>
            <source>large evidence volume: %1 items, %2 pages</source>
            <translation>证据量大：%1 份，%2 页</translation>
        </message>
        <message>
            <source>evidence volume: %1 items, %2 pages</source>
            <translation>证据量：%1 份，%2 页</translation>
        </message>
        <message>
            <source>contested facts in the summary: %1</source>
            <translation>案情摘要中的争议事实：%1</translation>
        </message>
        <message>
            <source>expert appraisal</source>
            <translation>鉴定</translation>
        </message>
        <message>
            <source>jurisdiction objection</source>
            <translation>管辖权异议</translation>
        </message>
        <message>
            <source>service by public notice</source>
            <translation>公告送达</translation>
        </message>
        <message>
            <source>procedural events: %1</source>
            <translation>程序事项：%1</translation>
        </message>
    </context>
    <context>
        <name>cd::ZipReader</name>
        <message>
            <source>The file is not a valid ZIP package.</source>
            <translation>该文件不是有效的 ZIP 包。</translation>
        </message>
        <message>
            <source>The ZIP entry %1 is damaged.</source>
            <translation>ZIP 条目 %1 已损坏。</translation>
        </message>
        <message>
            <source>The ZIP entry %1 uses an unsupported compression.</source>
            <translation>ZIP 条目 %1 使用了不支持的压缩方式。</translation>
        </message>
        <message>
            <source>The package has no %1.</source>
            <translation>该文件包中没有 %1。</translation>
        </message>
    </context>
    <context>
        <name>cd::cli</name>
        <message>
            <source>Backed up %1 files (%2 bytes) to %3.</source>
            <translation>已将 %1 个文件（%2 字节）备份到 %3。</translation>
        </message>
        <message>
            <source>Restored %1 files into %2.</source>
            <translation>已将 %1 个文件恢复到 %2。</translation>
        </message>
        <message>
            <source>The previous profile was kept in %1.</source>
            <translation>原配置已保留在 %1。</translation>
        </message>
        <message numerus="yes">
            <source>Created %n demo case(s).</source>
            <translation>
                <numerusform>已创建 %n 件演示案件。</numerusform>
            </translation>
        </message>
        <message>
            <source>--profile DIR is required.</source>
            <translation>必须指定 --profile DIR。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>Cannot create a temporary folder.</source>
            <translation>无法创建临时文件夹。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Give the password with --password PW.</source>
            <translation>请用 --password PW 提供密码。</translation>
        </message>
        <message>
            <source>Page %1 is included without a text layer.</source>
            <translation>第 %1 页已收入，但没有文字层。</translation>
        </message>
        <message>
            <source>Cannot read the password file %1.</source>
            <translation>无法读取密码文件 %1。</translation>
        </message>
        <message>
            <source>Signed %1, but the audit log could not record it.</source>
            <translation>已签署 %1，但审计日志未能记录。</translation>
        </message>
        <message>
            <source>Signed %1 as %2 (%3 → %4 bytes, page %5).</source>
            <translation>已将 %1 签署为 %2（%3 → %4 字节，第 %5 页）。</translation>
        </message>
        <message>
            <source>Signature %1: %2</source>
            <translation>签名 %1：%2</translation>
        </message>
        <message>
            <source>Signed at: %1</source>
            <translation>签署时间：%1</translation>
        </message>
        <message>
            <source>Status: signature %1, certificate %2</source>
            <translation>状态：签名 %1，证书 %2</translation>
        </message>
        <message>
            <source>warning: </source>
            <translation>警告：</translation>
        </message>
        <message>
            <source>Wrote %1 (%2 bytes</source>
            <translation>已写入 %1（%2 字节</translation>
        </message>
        <message>
            <source>, %n page(s)</source>
            <translation>，%n 页</translation>
        </message>
        <message>
            <source>, fonts: </source>
            <translation>，字体：</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n statute version(s) in %1 ms.</source>
            <translation>
                <numerusform>已在 %1 毫秒内导入 %n 个法规版本。</numerusform>
            </translation>
        </message>
        <message>
            <source>Pushed %1, pulled %2, new conflicts %3, rejected %4; sent %5 bytes, received %6 bytes; files up %7, down %8.</source>
            <translation>上传更改 %1 项，下载更改 %2 项，新冲突 %3 处，被拒绝 %4 项；发送 %5 字节，接收 %6 字节；上传文件 %7 个，下载文件 %8 个。</translation>
        </message>
        <message>
            <source>%1 conflicts wait for a decision in the desk's conflict dialog.</source>
            <translation>%1 处冲突有待在工作台的“解决冲突”对话框中处理。</translation>
        </message>
        <message>
            <source>%1 changes are not on the server yet.</source>
            <translation>%1 项更改尚未同步到服务器。</translation>
        </message>
        <message>
            <source>The desk and the server do not agree yet (digest %1 vs %2).</source>
            <translation>工作台与服务器的数据尚不一致（摘要 %1 与 %2）。</translation>
        </message>
    </context>
    <context>
        <name>cd::ocr::OcrLanguages</name>
        <message>
            <source>Chinese (simplified)</source>
            <translation>简体中文</translation>
        </message>
        <message>
            <source>Chinese, vertical</source>
            <translation>中文（竖排）</translation>
        </message>
        <message>
            <source>Tibetan</source>
            <translation>藏文</translation>
        </message>
        <message>
            <source>English / Latin script</source>
            <translation>英文 / 拉丁字母</translation>
        </message>
        <message>
            <source>Choose one OCR language per document (for example chi_sim); mixed lists such as %1 garble Chinese text.</source>
            <translation>每份文件请只选一种识别语言（例如 chi_sim）；%1 这样的混合列表会使中文识别出错。</translation>
        </message>
        <message>
            <source>Unknown OCR language %1. Use one of: %2, auto.</source>
            <translation>未知的识别语言 %1。请使用以下之一：%2、auto。</translation>
        </message>
    </context>
    <context>
        <name>cd::ocr::OcrMessages</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>%1 is empty (0 bytes). Nothing was imported from it.</source>
            <translation>%1 为空（0 字节）。未从中导入任何内容。</translation>
        </message>
        <message>
            <source>%1 is damaged or truncated and cannot be read. Scan or export it again.</source>
            <translation>%1 已损坏或不完整，无法读取。请重新扫描或导出。</translation>
        </message>
        <message>
            <source>%1 is not a PDF, PNG, JPEG or TIFF file.</source>
            <translation>%1 不是 PDF、PNG、JPEG 或 TIFF 文件。</translation>
        </message>
        <message>
            <source>%1 is too large to process (more than %2 million pixels per page). Scan it at a lower resolution.</source>
            <translation>%1 过大，无法处理（每页超过 %2 百万像素）。请以较低分辨率扫描。</translation>
        </message>
        <message>
            <source>%1 declares more pages than it contains or more than %2 pages. It looks damaged; export it again.</source>
            <translation>%1 声明的页数多于实际页数或超过 %2 页，文件似乎已损坏；请重新导出。</translation>
        </message>
        <message>
            <source>%1 is protected by a password. Enter the password to open it.</source>
            <translation>%1 受密码保护。请输入密码打开。</translation>
        </message>
        <message>
            <source>The password for %1 is not correct.</source>
            <translation>%1 的密码不正确。</translation>
        </message>
        <message>
            <source>%1 took too long to recognise and was skipped. The other pages are not affected.</source>
            <translation>%1 识别时间过长，已跳过。其他页面不受影响。</translation>
        </message>
        <message>
            <source>Recognition of %1 failed unexpectedly and was skipped. The other pages are not affected.</source>
            <translation>%1 识别意外失败，已跳过。其他页面不受影响。</translation>
        </message>
        <message>
            <source>Recognition of %1 was cancelled.</source>
            <translation>%1 的识别已取消。</translation>
        </message>
        <message>
            <source>%1 cannot be read or written.</source>
            <translation>无法读写 %1。</translation>
        </message>
        <message>
            <source>The OCR engine could not process %1.</source>
            <translation>文字识别引擎无法处理 %1。</translation>
        </message>
    </context>
    <context>
        <name>cd::ocr::SearchablePdf</name>
        <message>
            <source>%1 is not installed (package poppler-utils).</source>
            <translation>未安装 %1（软件包 poppler-utils）。</translation>
        </message>
        <message>
            <source>%1 did not finish in time.</source>
            <translation>%1 未能按时完成。</translation>
        </message>
        <message>
            <source>Cannot write the searchable PDF.</source>
            <translation>无法写入可检索的 PDF。</translation>
        </message>
        <message>
            <source>There are no pages to write.</source>
            <translation>没有可写入的页面。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>cd::ocr::TessEngine</name>
        <message>
            <source>The OCR language data for %1 is not installed.</source>
            <translation>未安装 %1 的文字识别语言数据。</translation>
        </message>
        <message>
            <source>Recognition was cancelled.</source>
            <translation>识别已取消。</translation>
        </message>
        <message>
            <source>The OCR engine could not recognise the page.</source>
            <translation>文字识别引擎无法识别该页。</translation>
        </message>
        <message>
            <source>The page took too long to recognise.</source>
            <translation>该页识别时间过长。</translation>
        </message>
        <message>
            <source>Cannot write the searchable PDF page.</source>
            <translation>无法写入可检索的 PDF 页面。</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::AppearanceForm</name>
        <message>
            <source>%1 (valid until %2)</source>
            <translation>%1（有效期至 %2）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>No signing certificate yet: import your PKCS#12 file under Signing &gt; Certificates.</source>
            <translation>还没有签名证书：请在“签章 &gt; 证书”中导入您的 PKCS#12 文件。</translation>
        </message>
        <message>
            <source>&amp;Certificate:</source>
            <translation>证书(&amp;C)：</translation>
        </message>
        <message>
            <source>Court &amp;seal:</source>
            <translation>院章(&amp;S)：</translation>
        </message>
        <message>
            <source>Signature &amp;image:</source>
            <translation>签名图片(&amp;I)：</translation>
        </message>
        <message>
            <source>Signer's &amp;name:</source>
            <translation>签名人姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>职务(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>事由(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>地点(&amp;L)：</translation>
        </message>
        <message>
            <source>Show name, role and date next to the seal</source>
            <translation>在印章旁显示姓名、职务和日期</translation>
        </message>
        <message>
            <source>e.g. judgment issued</source>
            <translation>例如：判决书签发</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::BackupController</name>
        <message>
            <source>CourtDesk backups (*.cdbackup);;All files (*)</source>
            <translation>法官工作台备份 (*.cdbackup);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Back Up</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Backing up all cases, evidence and documents…</source>
            <translation>正在备份全部案件、证据和文书…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Checking and restoring the backup…</source>
            <translation>正在检查并恢复备份…</translation>
        </message>
        <message>
            <source>Backup cancelled; no file was written.</source>
            <translation>备份已取消，未写入任何文件。</translation>
        </message>
        <message numerus="yes">
            <source>Backed up %n file(s) (%1) to %2.</source>
            <translation>
                <numerusform>已将 %n 个文件（%1）备份到 %2。</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore from Backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Replace every case on this desk with the contents of %1?

The backup is checked completely before anything is replaced, and the current profile is kept in a folder next to it.</source>
            <translation>用 %1 的内容替换本工作台上的全部案件吗？

替换前会完整检查备份，当前配置将保留在旁边的文件夹中。</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::BatchBookingDialog</name>
        <message>
            <source>Batch Booking</source>
            <translation>批量排期</translation>
        </message>
        <message>
            <source>Filter cases (number, cause, party)…</source>
            <translation>筛选案件（案号、案由、当事人）…</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>预排(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Book All</source>
            <translation>全部排期(&amp;B)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>案号</translation>
        </message>
        <message>
            <source>Judge</source>
            <translation>承办法官</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;Courtroom:</source>
            <translation>法庭(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>起始时间(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>截止时间(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Slot length:</source>
            <translation>每场时长(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Gap:</source>
            <translation>间隔(&amp;G)：</translation>
        </message>
        <message>
            <source>Cases to book:</source>
            <translation>待排期案件：</translation>
        </message>
        <message>
            <source>Add a courtroom first.</source>
            <translation>请先添加法庭。</translation>
        </message>
        <message>
            <source>Tick the cases to book.</source>
            <translation>请勾选要排期的案件。</translation>
        </message>
        <message>
            <source>not placed</source>
            <translation>未能排入</translation>
        </message>
        <message>
            <source>%1 of %2 cases fit into %3, %4–%5.</source>
            <translation>%2 件案件中有 %1 件可排入 %3（%4–%5）。</translation>
        </message>
        <message>
            <source>%1 sittings booked.</source>
            <translation>已安排 %1 场开庭。</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::BatchDialog</name>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Batch Generation</source>
            <translation>批量生成文书</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Filter case numbers, e.g. 民初</source>
            <translation>按案号筛选，例如：民初</translation>
        </message>
        <message>
            <source>Check All Shown</source>
            <translation>勾选全部显示的案件</translation>
        </message>
        <message>
            <source>Uncheck All</source>
            <translation>全部取消勾选</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>模板：</translation>
        </message>
        <message>
            <source>Document date:</source>
            <translation>文书日期：</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <source>Output folder:</source>
            <translation>输出文件夹：</translation>
        </message>
        <message>
            <source>Output Folder</source>
            <translation>输出文件夹</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) checked.</source>
            <translation>
                <numerusform>已勾选 %n 件案件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Drafting %n document(s)…</source>
            <translation>
                <numerusform>正在生成 %n 份文书…</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 document(s) written to %3 in %4 s%5.</source>
            <translation>%4 秒内已将 %1 份文书（共 %2 份）写入 %3%5。</translation>
        </message>
        <message>
            <source> (cancelled)</source>
            <translation>（已取消）</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::BatchSignDialog</name>
        <message>
            <source>Documents to Sign</source>
            <translation>待签章文书</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Folder for the Signed Copies</source>
            <translation>签章件保存文件夹</translation>
        </message>
        <message>
            <source>Add the documents to sign first.</source>
            <translation>请先添加待签章的文书。</translation>
        </message>
        <message>
            <source>Choose a certificate that can sign (see the note under it).</source>
            <translation>请选择可用于签名的证书（见其下方说明）。</translation>
        </message>
        <message>
            <source>Cannot prepare the seal image.</source>
            <translation>无法处理印章图片。</translation>
        </message>
        <message>
            <source>Stopping after the current document…</source>
            <translation>当前文书完成后停止…</translation>
        </message>
        <message>
            <source>Signing %1 (%2 of %3)…</source>
            <translation>正在签章 %1（第 %2 份，共 %3 份）…</translation>
        </message>
        <message>
            <source>Signed: %1</source>
            <translation>已签章：%1</translation>
        </message>
        <message>
            <source>%1 of %2 documents signed in %3 s.</source>
            <translation>%3 秒内签章 %1 份，共 %2 份。</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) failed; see the list.</source>
            <translation>
                <numerusform>%n 份文书签章失败，请查看列表。</numerusform>
            </translation>
        </message>
        <message>
            <source>The password was wrong, so the rest were not attempted.</source>
            <translation>密码错误，其余文书未再尝试。</translation>
        </message>
        <message numerus="yes">
            <source>Cancelled: %n document(s) were not signed.</source>
            <translation>
                <numerusform>已取消：%n 份文书未签章。</numerusform>
            </translation>
        </message>
        <message>
            <source>Batch Signing</source>
            <translation>批量签章</translation>
        </message>
        <message>
            <source>Documents (the seal goes on each one's date line, or the bottom-right corner of its last page):</source>
            <translation>文书（印章盖在各文书的落款日期上，或最后一页右下角）：</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>Signed copies &amp;in:</source>
            <translation>签章件保存到(&amp;I)：</translation>
        </message>
        <message>
            <source>next to each original</source>
            <translation>各原件旁</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>asked once for the whole batch</source>
            <translation>整批只询问一次</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>&amp;Sign All</source>
            <translation>全部签章(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::BookingDialog</name>
        <message>
            <source>Move Sitting — %1</source>
            <translation>调整开庭 — %1</translation>
        </message>
        <message>
            <source>Book a Sitting — %1</source>
            <translation>排期开庭 — %1</translation>
        </message>
        <message>
            <source> (internet)</source>
            <translation>（在线）</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Book anyway: the counsel will send a colleague or has agreed</source>
            <translation>仍然排期：委托诉讼代理人将另派他人出庭或已同意</translation>
        </message>
        <message>
            <source>Case:</source>
            <translation>案件：</translation>
        </message>
        <message>
            <source>&amp;Courtroom:</source>
            <translation>法庭(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>开始时间(&amp;S)：</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>时长(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Judge:</source>
            <translation>承办法官(&amp;J)：</translation>
        </message>
        <message>
            <source>C&amp;lerk:</source>
            <translation>书记员(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <source>Conflicts:</source>
            <translation>冲突：</translation>
        </message>
        <message>
            <source>There is no courtroom yet. Add one under Hearings → Courtrooms.</source>
            <translation>还没有法庭。请在“庭审 → 法庭管理”中添加。</translation>
        </message>
        <message>
            <source>None: the room, the judge and the counsel are free.</source>
            <translation>无：法庭、法官和委托诉讼代理人均无冲突。</translation>
        </message>
        <message>
            <source>Note: the sitting is outside office hours (08:00–18:00).</source>
            <translation>注意：开庭时间不在工作时间（08:00–18:00）内。</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CalendarView</name>
        <message>
            <source>All judges</source>
            <translation>全部法官</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>%1 起的一周</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>Earlier (Ctrl+PgUp)</source>
            <translation>向前（Ctrl+PgUp）</translation>
        </message>
        <message>
            <source>Later (Ctrl+PgDown)</source>
            <translation>向后（Ctrl+PgDown）</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CaseCommand</name>
        <message>
            <source>New case %1</source>
            <translation>新建案件 %1</translation>
        </message>
        <message>
            <source>Edit case %1</source>
            <translation>编辑案件 %1</translation>
        </message>
        <message>
            <source>Delete case %1</source>
            <translation>删除案件 %1</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CaseEditDialog</name>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>例如：%1</translation>
        </message>
        <message>
            <source>Enter the case number.</source>
            <translation>请填写案号。</translation>
        </message>
        <message>
            <source>Full name of the court</source>
            <translation>法院全称</translation>
        </message>
        <message>
            <source>Enter the cause of action.</source>
            <translation>请填写案由。</translation>
        </message>
        <message>
            <source>Names separated by %1</source>
            <translation>姓名之间用“%1”分隔</translation>
        </message>
        <message>
            <source> yuan</source>
            <translation> 元</translation>
        </message>
        <message>
            <source>Case &amp;number</source>
            <translation>案号(&amp;N)</translation>
        </message>
        <message>
            <source>Court code</source>
            <translation>法院代字</translation>
        </message>
        <message>
            <source>Court &amp;name</source>
            <translation>法院名称(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Cause of action</source>
            <translation>案由(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Procedure</source>
            <translation>审理程序(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Filed on</source>
            <translation>立案日期(&amp;F)</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>状态(&amp;T)</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>结案日期</translation>
        </message>
        <message>
            <source>Presiding &amp;judge</source>
            <translation>承办法官(&amp;J)</translation>
        </message>
        <message>
            <source>Panel &amp;members</source>
            <translation>合议庭成员(&amp;M)</translation>
        </message>
        <message>
            <source>Amount c&amp;laimed</source>
            <translation>标的额(&amp;L)</translation>
        </message>
        <message>
            <source>Su&amp;mmary</source>
            <translation>案情摘要(&amp;U)</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>新建案件</translation>
        </message>
        <message>
            <source>Edit case %1</source>
            <translation>编辑案件 %1</translation>
        </message>
        <message>
            <source>Case number: %1</source>
            <translation>案号：%1</translation>
        </message>
        <message>
            <source>Automatic (from the case type)</source>
            <translation>自动（按案件类型）</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>Taken from the case number</source>
            <translation>由案号自动得出</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案件信息</translation>
        </message>
        <message>
            <source>Parties (%1)</source>
            <translation>当事人（%1）</translation>
        </message>
        <message>
            <source>Timeline (%1)</source>
            <translation>时间线（%1）</translation>
        </message>
        <message>
            <source>Time limit ends</source>
            <translation>审限届满日</translation>
        </message>
        <message>
            <source>Computed once the case number and dates are complete</source>
            <translation>填好案号和日期后自动计算</translation>
        </message>
        <message>
            <source>No time limit for this procedure</source>
            <translation>该程序无审限</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CaseFilesReader</name>
        <message>
            <source>reading the documents of a case</source>
            <translation>读取案件文书</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CaseListModel</name>
        <message>
            <source>Due on %1</source>
            <translation>审限届满日：%1</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>案号</translation>
        </message>
        <message>
            <source>Cause of action</source>
            <translation>案由</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>当事人</translation>
        </message>
        <message>
            <source>Judge</source>
            <translation>承办法官</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>立案日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>审限</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CaseListPanel</name>
        <message>
            <source>No cases yet. Press Ctrl+N to file a new case.</source>
            <translation>还没有案件。按 Ctrl+N 新建案件。</translation>
        </message>
        <message>
            <source>No case matches “%1”.</source>
            <translation>没有与“%1”匹配的案件。</translation>
        </message>
        <message>
            <source>Search case numbers, parties, ID numbers, causes (Ctrl+F)</source>
            <translation>搜索案号、当事人、身份证号、案由（Ctrl+F）</translation>
        </message>
        <message>
            <source>Type two characters of a name or any part of a case number. Esc clears the search.</source>
            <translation>输入姓名中的两个字或案号的任意部分即可。按 Esc 清除搜索。</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CaseOverview</name>
        <message>
            <source>Case number</source>
            <translation>案号</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>法院</translation>
        </message>
        <message>
            <source>Cause of action</source>
            <translation>案由</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>案件类别</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>审理程序</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Filed on</source>
            <translation>立案日期</translation>
        </message>
        <message>
            <source>Time limit ends</source>
            <translation>审限届满日</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>结案日期</translation>
        </message>
        <message>
            <source>Presiding judge</source>
            <translation>承办法官</translation>
        </message>
        <message>
            <source>Panel members</source>
            <translation>合议庭成员</translation>
        </message>
        <message>
            <source>Amount claimed</source>
            <translation>标的额</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>案情摘要</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>最后保存</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CaseView</name>
        <message>
            <source>Organisation</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>自然人</translation>
        </message>
        <message>
            <source>Select a case in the list to open its file.

Ctrl+N files a new case, Ctrl+F searches.</source>
            <translation>在列表中选择一个案件以查看案卷。

Ctrl+N 新建案件，Ctrl+F 搜索。</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>诉讼地位</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名/名称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住所地</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>代理人</translation>
        </message>
        <message>
            <source>No parties have been entered for this case. Edit the case (Ctrl+E) to add them.</source>
            <translation>本案尚未录入当事人。编辑案件（Ctrl+E）即可添加。</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>延长</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Nothing has happened in this case yet.</source>
            <translation>本案尚无任何事件。</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <source>No documents have been filed for this case yet.</source>
            <translation>本案尚无文书。</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>提交人</translation>
        </message>
        <message>
            <source>No evidence has been submitted in this case yet.</source>
            <translation>本案尚未提交证据。</translation>
        </message>
        <message>
            <source>No hearing has been scheduled. Hearings added to the timeline appear here.</source>
            <translation>尚未安排开庭。添加到时间线的开庭会显示在这里。</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Parties (%1)</source>
            <translation>当事人（%1）</translation>
        </message>
        <message>
            <source>Timeline (%1)</source>
            <translation>时间线（%1）</translation>
        </message>
        <message>
            <source>Documents (%1)</source>
            <translation>文书（%1）</translation>
        </message>
        <message>
            <source>Evidence (%1)</source>
            <translation>证据（%1）</translation>
        </message>
        <message>
            <source>Hearings (%1)</source>
            <translation>庭审（%1）</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>still running</source>
            <translation>尚未结束</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n 个月</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 日</numerusform>
            </translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Purpose of proof</source>
            <translation>证明目的</translation>
        </message>
        <message>
            <source>Text recognition</source>
            <translation>文字识别</translation>
        </message>
        <message>
            <source>Not recognised</source>
            <translation>未识别</translation>
        </message>
        <message>
            <source>Recognising…</source>
            <translation>识别中…</translation>
        </message>
        <message>
            <source>Recognised</source>
            <translation>已识别</translation>
        </message>
        <message>
            <source>Partly recognised</source>
            <translation>部分识别</translation>
        </message>
        <message>
            <source>Recognition failed</source>
            <translation>识别失败</translation>
        </message>
        <message>
            <source>Needs a password</source>
            <translation>需要密码</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CertificateManager</name>
        <message>
            <source>This desk has no certificate database yet. Choose a password for it (you will give it each time you sign) and create it.</source>
            <translation>本工作台还没有证书库。请为其设置密码（每次签章时需输入）并创建。</translation>
        </message>
        <message>
            <source>Personal (can sign)</source>
            <translation>个人（可签名）</translation>
        </message>
        <message>
            <source>Certificate authority</source>
            <translation>证书颁发机构</translation>
        </message>
        <message>
            <source>Other person</source>
            <translation>他人</translation>
        </message>
        <message>
            <source>The certificate database was created.</source>
            <translation>证书库已创建。</translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>已导入：%1</translation>
        </message>
        <message>
            <source>The CA certificate is now trusted for signatures.</source>
            <translation>该 CA 证书现已被信任用于签名。</translation>
        </message>
        <message>
            <source>Removed "%1".</source>
            <translation>已删除“%1”。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>Choose a password of at least 6 characters.</source>
            <translation>请设置至少 6 个字符的密码。</translation>
        </message>
        <message>
            <source>Import Personal Certificate</source>
            <translation>导入个人证书</translation>
        </message>
        <message>
            <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
            <translation>PKCS#12 证书 (*.p12 *.pfx);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Password of the certificate file %1:</source>
            <translation>证书文件 %1 的密码：</translation>
        </message>
        <message>
            <source>Import CA Certificate</source>
            <translation>导入 CA 证书</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>证书</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>持有人</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>案件类别</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>颁发者</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Database &amp;password:</source>
            <translation>证书库密码(&amp;P)：</translation>
        </message>
        <message>
            <source>needed to import and remove</source>
            <translation>导入和删除时需要</translation>
        </message>
        <message>
            <source>repeat the new password</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <source>&amp;Create Database</source>
            <translation>创建证书库(&amp;C)</translation>
        </message>
        <message>
            <source>Import &amp;Personal Certificate…</source>
            <translation>导入个人证书(&amp;P)…</translation>
        </message>
        <message>
            <source>Import C&amp;A Certificate…</source>
            <translation>导入 CA 证书(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::ClosingDialog</name>
        <message>
            <source>Closing check — %1</source>
            <translation>结案检查 — %1</translation>
        </message>
        <message>
            <source>Judgment signed</source>
            <translation>裁判文书已签发</translation>
        </message>
        <message>
            <source>Served on</source>
            <translation>已送达</translation>
        </message>
        <message>
            <source>Fee settled</source>
            <translation>诉讼费已结清</translation>
        </message>
        <message>
            <source>Fee waived</source>
            <translation>诉讼费已免交</translation>
        </message>
        <message>
            <source>Archive complete</source>
            <translation>归档完成</translation>
        </message>
        <message>
            <source>Record what has been done:</source>
            <translation>登记已完成的事项：</translation>
        </message>
        <message>
            <source>The checklist passes: the case can be closed.</source>
            <translation>检查全部通过：可以结案。</translation>
        </message>
        <message>
            <source>The case cannot be closed until every item passes.</source>
            <translation>全部项目通过后方可结案。</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CommandLine</name>
        <message>
            <source>CourtDesk, the workstation for judges and court clerks.</source>
            <translation>法官工作台：供法官和书记员使用的桌面工作站。</translation>
        </message>
        <message>
            <source>Open the profile folder DIR instead of the default one.</source>
            <translation>打开配置文件夹 DIR，而不是默认文件夹。</translation>
        </message>
        <message>
            <source>Use the UI language LANG (%1) for this run only.</source>
            <translation>仅本次运行使用界面语言 LANG（%1）。</translation>
        </message>
        <message>
            <source>Do not offer demo data for an empty profile.</source>
            <translation>配置为空时不提示生成演示数据。</translation>
        </message>
        <message>
            <source>Print "first-paint-ms N" once the case list has painted, then quit.</source>
            <translation>案件列表首次绘制后输出“first-paint-ms N”并退出。</translation>
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation>多余的参数：%1</translation>
        </message>
        <message>
            <source>Unknown language "%1"; use one of %2.</source>
            <translation>未知语言“%1”；请使用 %2 之一。</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::ConflictDialog</name>
        <message>
            <source>Case number</source>
            <translation>案号</translation>
        </message>
        <message>
            <source>Court code</source>
            <translation>法院代字</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>法院</translation>
        </message>
        <message>
            <source>Cause of action</source>
            <translation>案由</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>案件类别</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>审理程序</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Filed on</source>
            <translation>立案日期</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>结案日期</translation>
        </message>
        <message>
            <source>Judge</source>
            <translation>承办法官</translation>
        </message>
        <message>
            <source>Panel</source>
            <translation>合议庭</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>案情摘要</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>当事人</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>提交人</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Resolve a sync conflict</source>
            <translation>解决同步冲突</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; was changed on this desk and on the server (version %2) at the same time. Choose for each field which version to keep; the result is sent to the server.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; 在本工作台和服务器上（第 %2 版）同时被修改。请逐项选择要保留的版本，结果将发送到服务器。</translation>
        </message>
        <message>
            <source>The server has &lt;b&gt;deleted&lt;/b&gt; this record.</source>
            <translation>服务器已&lt;b&gt;删除&lt;/b&gt;此记录。</translation>
        </message>
        <message>
            <source>You &lt;b&gt;deleted&lt;/b&gt; this record on this desk.</source>
            <translation>您已在本工作台&lt;b&gt;删除&lt;/b&gt;此记录。</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Mine (this desk)</source>
            <translation>我的版本（本工作台）</translation>
        </message>
        <message>
            <source>Theirs (server)</source>
            <translation>服务器版本</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>same</source>
            <translation>相同</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>我的版本</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>服务器版本</translation>
        </message>
        <message>
            <source>Take all theirs</source>
            <translation>全部采用服务器版本</translation>
        </message>
        <message>
            <source>Keep all mine</source>
            <translation>全部保留我的版本</translation>
        </message>
        <message>
            <source>Apply choice</source>
            <translation>应用所选</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>标的额</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CourtroomsDialog</name>
        <message>
            <source>Courtrooms</source>
            <translation>法庭管理</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>开放排期</translation>
        </message>
        <message>
            <source>Open for bookings</source>
            <translation>开放排期</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>地点(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Save Changes</source>
            <translation>保存修改(&amp;S)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>%1 added.</source>
            <translation>已添加 %1。</translation>
        </message>
        <message>
            <source>Select the courtroom to change.</source>
            <translation>请选择要修改的法庭。</translation>
        </message>
        <message>
            <source>%1 saved.</source>
            <translation>%1 已保存。</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::DashboardWidget</name>
        <message>
            <source>Caseload by status</source>
            <translation>各状态案件数</translation>
        </message>
        <message>
            <source>Time limits</source>
            <translation>审限情况</translation>
        </message>
        <message>
            <source>Closed per month</source>
            <translation>每月结案数</translation>
        </message>
        <message>
            <source>%1 — %2 pending, %3 overdue, %4 due within 7 days (as of %5). Click a bar to open its cases.</source>
            <translation>%1 — 未结 %2 件，超审限 %3 件，7 日内审限届满 %4 件（截至 %5）。点击柱形可查看对应案件。</translation>
        </message>
        <message>
            <source>All judges</source>
            <translation>全部法官</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::DemoDataOffer</name>
        <message>
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message numerus="yes">
            <source>Added %n demo case(s).</source>
            <translation>
                <numerusform>已添加 %n 件演示案件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This desk has no cases yet.

Fill it with %n realistic demo case(s) to try CourtDesk out? Demo cases use invented names and can be deleted later.</source>
            <translation>
                <numerusform>本工作台还没有案件。

要生成 %n 件仿真演示案件来试用法官工作台吗？演示案件使用虚构姓名，之后可以删除。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Creating %n demo case(s)…</source>
            <translation>
                <numerusform>正在生成 %n 件演示案件…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cd::ui::DisplayFormat</name>
        <message>
            <source>%1 yuan</source>
            <translation>%1 元</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>剩 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今日届满</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>超期 %n 天</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cd::ui::DraftEditor</name>
        <message>
            <source>Court name</source>
            <translation>法院名称</translation>
        </message>
        <message>
            <source>Document title</source>
            <translation>文书名称</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>案号</translation>
        </message>
        <message>
            <source>Addressee</source>
            <translation>抬头（受文人）</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>当事人</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>小标题</translation>
        </message>
        <message>
            <source>Body text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Numbered item (一、)</source>
            <translation>一级条目（一、）</translation>
        </message>
        <message>
            <source>Sub-item (（一）)</source>
            <translation>二级条目（（一））</translation>
        </message>
        <message>
            <source>Statute quotation</source>
            <translation>法条引文</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>The draft could not be opened.</source>
            <translation>无法打开该草稿。</translation>
        </message>
        <message>
            <source>Save Version</source>
            <translation>保存版本</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>加粗</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <source>Insert Statute…</source>
            <translation>插入法条…</translation>
        </message>
        <message>
            <source>Insert Evidence…</source>
            <translation>插入证据…</translation>
        </message>
        <message>
            <source>Proofread</source>
            <translation>校对</translation>
        </message>
        <message>
            <source>Page Preview</source>
            <translation>页面预览</translation>
        </message>
        <message>
            <source>Versions…</source>
            <translation>版本…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Apply Suggestion</source>
            <translation>采纳建议</translation>
        </message>
        <message>
            <source>Proofreading</source>
            <translation>校对结果</translation>
        </message>
        <message>
            <source>%1 %2 — version %3[*]</source>
            <translation>%1 %2 — 第 %3 版[*]</translation>
        </message>
        <message>
            <source>Document date: %1</source>
            <translation>文书日期：%1</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>已保存为第 %1 版。</translation>
        </message>
        <message>
            <source>Paragraph %1: %2 → %3</source>
            <translation>第 %1 段：%2 → %3</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>未发现问题。</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s).</source>
            <translation>
                <numerusform>发现 %n 处问题。</numerusform>
            </translation>
        </message>
        <message>
            <source>Insert Statute</source>
            <translation>插入法条</translation>
        </message>
        <message>
            <source>Exported %1 (%2 KB).</source>
            <translation>已导出 %1（%2 KB）。</translation>
        </message>
        <message>
            <source>Fonts: %1</source>
            <translation>字体：%1</translation>
        </message>
        <message>
            <source>Export Document</source>
            <translation>导出文书</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;OpenDocument text (*.odt);;Word (*.docx)</source>
            <translation>PDF (*.pdf);;OpenDocument 文本 (*.odt);;Word (*.docx)</translation>
        </message>
        <message>
            <source>Save the changes as a new version?</source>
            <translation>将修改保存为新版本吗？</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::DraftingMenu</name>
        <message>
            <source>Doc&amp;uments</source>
            <translation>文书(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;New Document for This Case…</source>
            <translation>为本案新建文书(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open a Document of This Case…</source>
            <translation>打开本案文书(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Batch Generation…</source>
            <translation>批量生成文书(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Proofread a File…</source>
            <translation>校对文件(&amp;P)…</translation>
        </message>
        <message>
            <source>New Document</source>
            <translation>新建文书</translation>
        </message>
        <message>
            <source>Open a Document</source>
            <translation>打开文书</translation>
        </message>
        <message>
            <source>No documents have been drafted for %1 yet.</source>
            <translation>尚未为 %1 制作任何文书。</translation>
        </message>
        <message>
            <source>Documents of %1</source>
            <translation>%1 的文书</translation>
        </message>
        <message>
            <source>%1 — version %2, %3</source>
            <translation>%1 — 第 %2 版，%3</translation>
        </message>
        <message>
            <source>Proofread a File</source>
            <translation>校对文件</translation>
        </message>
        <message>
            <source>Documents (*.odt *.docx *.txt)</source>
            <translation>文书 (*.odt *.docx *.txt)</translation>
        </message>
        <message>
            <source>Paragraph %1: %2 → %3</source>
            <translation>第 %1 段：%2 → %3</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>未发现问题。</translation>
        </message>
        <message numerus="yes">
            <source>%n finding(s).</source>
            <translation>
                <numerusform>发现 %n 处问题。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cd::ui::DraftingServices</name>
        <message>
            <source>Statute Library</source>
            <translation>法规库</translation>
        </message>
        <message>
            <source>Preparing the statute library (first use only)…</source>
            <translation>正在准备法规库（仅首次使用时）…</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::EventListEditor</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Add &amp;event</source>
            <translation>添加事件(&amp;E)</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>删除(&amp;M)</translation>
        </message>
        <message>
            <source>Still running</source>
            <translation>尚未结束</translation>
        </message>
        <message>
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <source>e.g. the court president</source>
            <translation>例如：院长</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Extended by</source>
            <translation>延长期限</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>The timeline is empty. Add hearings, service of documents and anything that changes the time limit: an approved extension, or a suspension, expert appraisal or public notice with its dates.</source>
            <translation>时间线为空。请添加开庭、送达，以及影响审限的事项：经批准的延长审限，或中止、鉴定、公告送达及其起止日期。</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>该期间的结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>Enter how long the time limit was extended.</source>
            <translation>请填写审限延长了多久。</translation>
        </message>
        <message>
            <source>Enter who approved the extension.</source>
            <translation>请填写延长审限的批准人。</translation>
        </message>
        <message>
            <source>Event %1: %2</source>
            <translation>事件 %1：%2</translation>
        </message>
        <message>
            <source>still running</source>
            <translation>尚未结束</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::EvidenceDialog</name>
        <message>
            <source>Insert Evidence Reference</source>
            <translation>插入证据引用</translation>
        </message>
        <message>
            <source>Number:</source>
            <translation>编号：</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>This case has no evidence list yet; type the reference.</source>
            <translation>本案还没有证据目录，请手动输入引用。</translation>
        </message>
        <message>
            <source>Evidence of the case:</source>
            <translation>本案证据：</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::EvidenceReviewWidget</name>
        <message>
            <source>%1 of %2 pages</source>
            <translation>%1 / %2 页</translation>
        </message>
        <message>
            <source>Recognition cancelled. Pages already recognised are kept.</source>
            <translation>识别已取消。已识别的页面予以保留。</translation>
        </message>
        <message>
            <source>Recognition finished.</source>
            <translation>识别完成。</translation>
        </message>
        <message>
            <source>%1 is already in this case's evidence; it was not added again.</source>
            <translation>%1 已在本案证据中，未重复添加。</translation>
        </message>
        <message>
            <source>Import evidence…</source>
            <translation>导入证据…</translation>
        </message>
        <message>
            <source>PDF, PNG, JPEG or TIFF files; you can also drop files here.</source>
            <translation>PDF、PNG、JPEG 或 TIFF 文件；也可以将文件拖放到这里。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Export searchable PDF…</source>
            <translation>导出可检索 PDF…</translation>
        </message>
        <message>
            <source>The page images with the recognised text as an invisible layer.</source>
            <translation>页面图像，识别出的文字作为不可见的文字层。</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>Show recognised text</source>
            <translation>显示识别文字</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation>保存校对</translation>
        </message>
        <message>
            <source>OCR language for new files</source>
            <translation>新文件的文字识别语言</translation>
        </message>
        <message>
            <source>Detect language</source>
            <translation>自动检测语言</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>提取建议</translation>
        </message>
        <message>
            <source>Drop scanned evidence here, or use Import.</source>
            <translation>将扫描的证据拖放到这里，或使用“导入证据”。</translation>
        </message>
        <message numerus="yes">
            <source>%1. %2 (%n page(s))</source>
            <translation>
                <numerusform>%1. %2（%n 页）</numerusform>
            </translation>
        </message>
        <message>
            <source>Open a case first; evidence always belongs to a case.</source>
            <translation>请先打开一个案件；证据必须属于某个案件。</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) imported; recognising the pages…</source>
            <translation>
                <numerusform>已导入 %n 个文件，正在识别页面…</numerusform>
            </translation>
        </message>
        <message>
            <source>Import evidence</source>
            <translation>导入证据</translation>
        </message>
        <message>
            <source>Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
            <translation>扫描件和 PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Export searchable PDF</source>
            <translation>导出可检索 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Exported %1.</source>
            <translation>已导出 %1。</translation>
        </message>
        <message>
            <source>Password required</source>
            <translation>需要密码</translation>
        </message>
        <message>
            <source>The password for %1 is not correct. Try again:</source>
            <translation>%1 的密码不正确。请重新输入：</translation>
        </message>
        <message>
            <source>%1 is protected by a password. Enter the password to open it:</source>
            <translation>%1 受密码保护。请输入密码打开：</translation>
        </message>
        <message>
            <source>%1 ⚠</source>
            <translation>%1 ⚠</translation>
        </message>
        <message>
            <source>Page %1, mean confidence %2%</source>
            <translation>第 %1 页，平均置信度 %2%</translation>
        </message>
        <message>
            <source>Revision %1; the original OCR text is kept.</source>
            <translation>第 %1 次校对修改；原始识别文字仍予保留。</translation>
        </message>
        <message numerus="yes">
            <source>Original OCR text (mean confidence %1%, %n word(s) to check).</source>
            <translation>
                <numerusform>原始识别文字（平均置信度 %1%，%n 处待核对）。</numerusform>
            </translation>
        </message>
        <message>
            <source>This page has not been recognised yet.</source>
            <translation>该页尚未识别。</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::FindReplaceBar</name>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>替换为</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一个</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>上一个</translation>
        </message>
        <message>
            <source>Match case</source>
            <translation>区分大小写</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <source>Replace All</source>
            <translation>全部替换</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message numerus="yes">
            <source>%n replaced</source>
            <translation>
                <numerusform>已替换 %n 处</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cd::ui::HearingBridge</name>
        <message>
            <source>Internet hearing</source>
            <translation>互联网庭审</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <source>Waiting for the judge to admit you…</source>
            <translation>正在等待法官准许入庭…</translation>
        </message>
        <message>
            <source>In the hearing</source>
            <translation>已入庭</translation>
        </message>
        <message>
            <source>You left the hearing.</source>
            <translation>您已退出庭审。</translation>
        </message>
        <message>
            <source>The judge removed you from the hearing.</source>
            <translation>法官已将您移出庭审。</translation>
        </message>
        <message>
            <source>Connection failed: </source>
            <translation>连接失败：</translation>
        </message>
        <message>
            <source>Audio only</source>
            <translation>仅音频</translation>
        </message>
        <message>
            <source>Video on</source>
            <translation>开启视频</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>退出庭审</translation>
        </message>
        <message>
            <source>Rejoin</source>
            <translation>重新入庭</translation>
        </message>
        <message>
            <source>Admit</source>
            <translation>准许入庭</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>静音</translation>
        </message>
        <message>
            <source>Unmute</source>
            <translation>取消静音</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移出</translation>
        </message>
        <message>
            <source>Waiting room</source>
            <translation>候审室</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>无人</translation>
        </message>
        <message>
            <source>Good connection</source>
            <translation>网络良好</translation>
        </message>
        <message>
            <source>Unstable connection</source>
            <translation>网络不稳定</translation>
        </message>
        <message>
            <source>Poor connection</source>
            <translation>网络较差</translation>
        </message>
        <message>
            <source>Poor connection: switched to audio only.</source>
            <translation>网络较差，已切换为仅音频。</translation>
        </message>
        <message>
            <source>You</source>
            <translation>我</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::HearingMenu</name>
        <message>
            <source>Hearing Calendar</source>
            <translation>开庭日历</translation>
        </message>
        <message>
            <source>Hearing Notice</source>
            <translation>开庭通知</translation>
        </message>
        <message>
            <source>This case has no upcoming sitting. Book one first (Ctrl+Shift+B).</source>
            <translation>本案没有待开庭的排期。请先排期开庭（Ctrl+Shift+B）。</translation>
        </message>
        <message>
            <source>Sitting:</source>
            <translation>开庭场次：</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>文书：</translation>
        </message>
        <message>
            <source>Internet Hearing</source>
            <translation>互联网庭审</translation>
        </message>
        <message>
            <source>No hearing media server is configured: %1 does not exist. Start one with courtdesk-janus --dir %2 --rec-dir FOLDER (see docs/hearings.md).</source>
            <translation>尚未配置庭审媒体服务器：%1 不存在。请用 courtdesk-janus --dir %2 --rec-dir 录像文件夹 启动（参见 docs/hearings.md）。</translation>
        </message>
        <message>
            <source>Hearing &amp;Calendar</source>
            <translation>开庭日历(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Book a Sitting for This Case…</source>
            <translation>为本案排期开庭(&amp;B)…</translation>
        </message>
        <message>
            <source>B&amp;atch Booking…</source>
            <translation>批量排期(&amp;A)…</translation>
        </message>
        <message>
            <source>Hearing &amp;Notice for This Case…</source>
            <translation>本案开庭通知(&amp;N)…</translation>
        </message>
        <message>
            <source>Court&amp;rooms…</source>
            <translation>法庭管理(&amp;R)…</translation>
        </message>
        <message>
            <source>Start &amp;Internet Hearing for This Case…</source>
            <translation>为本案开始互联网庭审(&amp;I)…</translation>
        </message>
        <message>
            <source>Hea&amp;rings</source>
            <translation>庭审(&amp;R)</translation>
        </message>
        <message>
            <source>Hearing Invitations</source>
            <translation>庭审邀请</translation>
        </message>
        <message>
            <source>Copy All</source>
            <translation>全部复制</translation>
        </message>
        <message>
            <source>Send each party its own address:</source>
            <translation>请将各自的地址分别发送给各方当事人：</translation>
        </message>
        <message>
            <source>Password of %1 on the court's server:</source>
            <translation>%1 在本院服务器上的密码：</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::HearingWindow</name>
        <message>
            <source>Share Evidence Page…</source>
            <translation>展示证据页面…</translation>
        </message>
        <message>
            <source>End Hearing</source>
            <translation>结束庭审</translation>
        </message>
        <message>
            <source>Internet Hearing</source>
            <translation>互联网庭审</translation>
        </message>
        <message>
            <source>Cannot create a folder for the hearing page.</source>
            <translation>无法为庭审页面创建文件夹。</translation>
        </message>
        <message>
            <source>Stop Sharing</source>
            <translation>停止展示</translation>
        </message>
        <message>
            <source>Share Evidence Page</source>
            <translation>展示证据页面</translation>
        </message>
        <message>
            <source>Page images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
            <translation>页面图片 (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
        </message>
        <message>
            <source>%1 is not an image that can be shown.</source>
            <translation>%1 不是可以显示的图片。</translation>
        </message>
        <message>
            <source>Ending the hearing…</source>
            <translation>正在结束庭审…</translation>
        </message>
        <message>
            <source>The hearing has ended.</source>
            <translation>庭审已结束。</translation>
        </message>
        <message>
            <source>Converting and hashing the recording…</source>
            <translation>正在转换录像并计算哈希值…</translation>
        </message>
        <message numerus="yes">
            <source>The hearing has ended. %n recorded track(s) were converted, hashed and entered in the case's audit trail.</source>
            <translation>
                <numerusform>庭审已结束。%n 条录像轨道已转换、计算哈希值并记入本案的审计日志。</numerusform>
            </translation>
        </message>
        <message>
            <source>The hearing has not ended yet.</source>
            <translation>庭审尚未结束。</translation>
        </message>
        <message numerus="yes">
            <source>%n transcript line(s) restored from the last session.</source>
            <translation>
                <numerusform>已从上次会话恢复 %n 条笔录。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cd::ui::IntelMenu</name>
        <message>
            <source>Dashboard</source>
            <translation>数据看板</translation>
        </message>
        <message>
            <source>Closing check</source>
            <translation>结案检查</translation>
        </message>
        <message>
            <source>Select a case first.</source>
            <translation>请先选择一个案件。</translation>
        </message>
        <message>
            <source>&amp;Intelligence</source>
            <translation>智能辅助(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Statute library…</source>
            <translation>法规库(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Dashboard…</source>
            <translation>数据看板(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Closing check…</source>
            <translation>结案检查(&amp;C)…</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::MainWindow</name>
        <message>
            <source>CourtDesk</source>
            <translation>法官工作台</translation>
        </message>
        <message>
            <source>Profile: %1</source>
            <translation>配置：%1</translation>
        </message>
        <message>
            <source>All cases, evidence and settings of this desk are kept in this folder.</source>
            <translation>本工作台的全部案件、证据和设置都保存在此文件夹中。</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>共 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) found</source>
            <translation>
                <numerusform>找到 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Case %1 filed.</source>
            <translation>案件 %1 已立案。</translation>
        </message>
        <message>
            <source>Case %1 saved. Ctrl+Z undoes the change.</source>
            <translation>案件 %1 已保存。按 Ctrl+Z 可撤销。</translation>
        </message>
        <message>
            <source>Delete Case</source>
            <translation>删除案件</translation>
        </message>
        <message>
            <source>Delete case %1 with its parties, timeline, documents and evidence records?

Ctrl+Z brings it back.</source>
            <translation>删除案件 %1 及其当事人、时间线、文书和证据记录吗？

按 Ctrl+Z 可恢复。</translation>
        </message>
        <message>
            <source>Case %1 deleted. Ctrl+Z brings it back.</source>
            <translation>案件 %1 已删除。按 Ctrl+Z 可恢复。</translation>
        </message>
        <message>
            <source>Case list reloaded.</source>
            <translation>案件列表已刷新。</translation>
        </message>
        <message>
            <source>About CourtDesk</source>
            <translation>关于法官工作台</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CourtDesk %1&lt;/h3&gt;&lt;p&gt;The workstation for judges and court clerks: case files, time limits, evidence and documents on one desk, working offline.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;法官工作台 %1&lt;/h3&gt;&lt;p&gt;供法官和书记员使用的工作站：案卷、审限、证据和文书集于一台，离线也能工作。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>From evidence %1, page %2</source>
            <translation>来自证据“%1”第 %2 页</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::MainWindowActions</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Main tool bar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>&amp;New Case…</source>
            <translation>新建案件(&amp;N)…</translation>
        </message>
        <message>
            <source>File a new case (Ctrl+N)</source>
            <translation>新建立案（Ctrl+N）</translation>
        </message>
        <message>
            <source>&amp;Edit Case…</source>
            <translation>编辑案件(&amp;E)…</translation>
        </message>
        <message>
            <source>Edit the selected case (Ctrl+E or Enter)</source>
            <translation>编辑所选案件（Ctrl+E 或回车）</translation>
        </message>
        <message>
            <source>&amp;Delete Case</source>
            <translation>删除案件(&amp;D)</translation>
        </message>
        <message>
            <source>Delete the selected case; Ctrl+Z brings it back</source>
            <translation>删除所选案件；按 Ctrl+Z 可恢复</translation>
        </message>
        <message>
            <source>&amp;Back Up…</source>
            <translation>备份(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>&amp;Find Cases</source>
            <translation>查找案件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>Reload the case list (F5)</source>
            <translation>重新加载案件列表（F5）</translation>
        </message>
        <message>
            <source>&amp;About CourtDesk</source>
            <translation>关于法官工作台(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>概览(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Parties</source>
            <translation>当事人(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>时间线(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Documents</source>
            <translation>文书(&amp;D)</translation>
        </message>
        <message>
            <source>E&amp;vidence</source>
            <translation>证据(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Hearings</source>
            <translation>庭审(&amp;H)</translation>
        </message>
        <message>
            <source>New Case</source>
            <translation>新建案件</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>撤销“%1”(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做“%1”(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Undo: %1 (Ctrl+Z)</source>
            <translation>撤销：%1（Ctrl+Z）</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>没有可撤销的操作</translation>
        </message>
        <message>
            <source>Redo: %1 (Ctrl+Shift+Z)</source>
            <translation>重做：%1（Ctrl+Shift+Z）</translation>
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>没有可重做的操作</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::MessageBar</name>
        <message>
            <source>Close this message</source>
            <translation>关闭此消息</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::NewDraftDialog</name>
        <message>
            <source>New Document — %1</source>
            <translation>新建文书 — %1</translation>
        </message>
        <message>
            <source>Document date:</source>
            <translation>文书日期：</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>模板：</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::PagePreviewDialog</name>
        <message>
            <source>Page Preview — %1 %2</source>
            <translation>页面预览 — %1 %2</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), A4. Fonts: %1</source>
            <translation>
                <numerusform>共 %n 页，A4。字体：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Zoom:</source>
            <translation>缩放：</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::PartyListEditor</name>
        <message>
            <source>Role</source>
            <translation>诉讼地位</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名/名称</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <source>&amp;Add party</source>
            <translation>添加当事人(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>自然人</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Enter the party's name.</source>
            <translation>请填写当事人的姓名或名称。</translation>
        </message>
        <message>
            <source>18-character unified social credit code</source>
            <translation>18 位统一社会信用代码</translation>
        </message>
        <message>
            <source>18-digit resident ID number</source>
            <translation>18 位居民身份证号码</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Name of the organisation</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Resident ID</source>
            <translation>居民身份证号码</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住所地</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>Agent ad litem</source>
            <translation>委托诉讼代理人</translation>
        </message>
        <message>
            <source>Party %1: %2</source>
            <translation>当事人 %1：%2</translation>
        </message>
        <message>
            <source>This case has no parties yet. Use “Add party” to enter the plaintiff, the defendant and any third party.</source>
            <translation>本案还没有当事人。点击“添加当事人”录入原告、被告及第三人。</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::PdfPageView</name>
        <message>
            <source>%1 cannot be shown: it is not a readable PDF file.</source>
            <translation>无法显示 %1：它不是可读取的 PDF 文件。</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::ProgressJob</name>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SealLibraryDialog</name>
        <message>
            <source>Court seal</source>
            <translation>院章</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>A seal for %1 was added.</source>
            <translation>已添加 %1 的印章。</translation>
        </message>
        <message>
            <source>%1 was added.</source>
            <translation>已添加 %1。</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>已删除。</translation>
        </message>
        <message>
            <source>Import a Scanned Seal</source>
            <translation>导入扫描的印章</translation>
        </message>
        <message>
            <source>Import a Handwritten Signature</source>
            <translation>导入手写签名</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Seals and Signatures</source>
            <translation>印章与签名</translation>
        </message>
        <message>
            <source>Court's &amp;name:</source>
            <translation>法院名称(&amp;N)：</translation>
        </message>
        <message>
            <source>e.g. 甘肃省兰州市中级人民法院</source>
            <translation>例如：甘肃省兰州市中级人民法院</translation>
        </message>
        <message>
            <source>&amp;Draw Default Seal</source>
            <translation>绘制默认印章(&amp;D)</translation>
        </message>
        <message>
            <source>Import &amp;Seal Image…</source>
            <translation>导入印章图片(&amp;S)…</translation>
        </message>
        <message>
            <source>Import Si&amp;gnature Image…</source>
            <translation>导入签名图片(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>删除(&amp;R)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::Session</name>
        <message>
            <source>CourtDesk cannot open the profile %1.

%2</source>
            <translation>法官工作台无法打开配置文件夹 %1。

%2</translation>
        </message>
        <message>
            <source>CourtDesk</source>
            <translation>法官工作台</translation>
        </message>
        <message>
            <source>Backup restored. The profile it replaced is kept in %1.</source>
            <translation>备份已恢复。被替换的配置保留在 %1。</translation>
        </message>
        <message>
            <source>Restore from Backup</source>
            <translation>从备份恢复</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Recorded in the audit log with every change. A new name takes effect the next time CourtDesk starts.</source>
            <translation>每次修改都会记入审计日志。新姓名在下次启动法官工作台时生效。</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>界面语言(&amp;L)</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>您的姓名(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SignDialog</name>
        <message>
            <source>This document has no date line in Chinese numerals; drag the seal into place instead.</source>
            <translation>该文书中没有以汉字数字书写的日期行；请把印章拖到合适位置。</translation>
        </message>
        <message>
            <source>%1-signed</source>
            <comment>file name of the signed copy</comment>
            <translation>%1-已签章</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>Save the Signed Copy As</source>
            <translation>签章件另存为</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a certificate that can sign (see the note under it).</source>
            <translation>请选择可用于签名的证书（见其下方说明）。</translation>
        </message>
        <message>
            <source>Choose where to save the signed copy.</source>
            <translation>请选择签章件的保存位置。</translation>
        </message>
        <message>
            <source>Cannot prepare the seal image.</source>
            <translation>无法处理印章图片。</translation>
        </message>
        <message>
            <source>Sign %1</source>
            <translation>签章 %1</translation>
        </message>
        <message>
            <source>Put on the &amp;date line</source>
            <translation>盖在落款日期上(&amp;D)</translation>
        </message>
        <message>
            <source>Drag the seal to where it belongs, or click on the page to drop it there. The original file is not changed; the signed copy is a new file.</source>
            <translation>把印章拖到应盖的位置，或在页面上单击放置。原文件不会改动，签章件另存为新文件。</translation>
        </message>
        <message>
            <source>Ca&amp;se:</source>
            <translation>案件(&amp;S)：</translation>
        </message>
        <message>
            <source>optional: recorded in the case's history</source>
            <translation>可选：记入该案件的历史</translation>
        </message>
        <message>
            <source>Signed &amp;copy:</source>
            <translation>签章件(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>password of your certificate database</source>
            <translation>您的证书库密码</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>签章(&amp;S)</translation>
        </message>
        <message>
            <source>Choose the file name</source>
            <translation>选择文件名</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SigningMenu</name>
        <message>
            <source>Sign a PDF</source>
            <translation>签章 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Verify Signatures</source>
            <translation>验证签名</translation>
        </message>
        <message>
            <source>Signatures of %1</source>
            <translation>%1 的签名</translation>
        </message>
        <message>
            <source>Si&amp;gning</source>
            <translation>签章(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Sign PDF…</source>
            <translation>签章 PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>Sign a PDF with your certificate and the court seal into a new file</source>
            <translation>用您的证书和院章签署 PDF，另存为新文件</translation>
        </message>
        <message>
            <source>&amp;Batch Sign…</source>
            <translation>批量签章(&amp;B)…</translation>
        </message>
        <message>
            <source>Sign many documents with one password</source>
            <translation>输入一次密码签署多份文书</translation>
        </message>
        <message>
            <source>&amp;Verify Signatures…</source>
            <translation>验证签名(&amp;V)…</translation>
        </message>
        <message>
            <source>Check who signed a PDF and whether it changed since</source>
            <translation>查看 PDF 由谁签署以及签署后是否被改动</translation>
        </message>
        <message>
            <source>&amp;Certificates…</source>
            <translation>证书(&amp;C)…</translation>
        </message>
        <message>
            <source>S&amp;eals and Signatures…</source>
            <translation>印章与签名(&amp;E)…</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SimilarCasesPanel</name>
        <message>
            <source>&lt;b&gt;Similar cases&lt;/b&gt; (类案推送): shared facts are highlighted</source>
            <translation>&lt;b&gt;类案推送&lt;/b&gt;：相同事实已高亮显示</translation>
        </message>
        <message>
            <source>No similar cases in this case store. Add facts to the summary to find some.</source>
            <translation>案件库中没有类似案件。在案情摘要中补充事实后即可查找类案。</translation>
        </message>
        <message>
            <source>similarity</source>
            <translation>相似度</translation>
        </message>
        <message>
            <source>Shared: %1</source>
            <translation>共同要素：%1</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::StatuteBrowser</name>
        <message>
            <source>Statute library</source>
            <translation>法规库</translation>
        </message>
        <message>
            <source>Search the laws in force, e.g. 迟延履行 or 民事诉讼法 第二百六十四条</source>
            <translation>检索施行中的法律，例如：迟延履行 或 民事诉讼法 第二百六十四条</translation>
        </message>
        <message>
            <source>In force on</source>
            <translation>施行于</translation>
        </message>
        <message>
            <source>All laws</source>
            <translation>全部法律</translation>
        </message>
        <message>
            <source>Paste the facts of a case here and press Suggest articles.</source>
            <translation>在此粘贴案件事实，然后点击“推送法条”。</translation>
        </message>
        <message>
            <source>Suggest articles</source>
            <translation>推送法条</translation>
        </message>
        <message>
            <source>%1 (text of %2, in force from %3)</source>
            <translation>%1（%2 文本，自 %3 起施行）</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) for “%1”</source>
            <translation>
                <numerusform>“%1”的检索结果：%n 条</numerusform>
            </translation>
        </message>
        <message>
            <source>Suggested articles</source>
            <translation>推送的法条</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>推送理由：%1</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::StatuteDialog</name>
        <message>
            <source>Insert the article's text as a quotation</source>
            <translation>将条文内容作为引文插入</translation>
        </message>
        <message>
            <source>Insert Statute</source>
            <translation>插入法条</translation>
        </message>
        <message>
            <source>Law and words or article, e.g. 民事诉讼法 第二百六十四条</source>
            <translation>法律名称加关键词或条号，例如：民事诉讼法 第二百六十四条</translation>
        </message>
        <message>
            <source>Texts in force on %1.</source>
            <translation>%1 施行的文本。</translation>
        </message>
        <message>
            <source>Insert</source>
            <translation>插入</translation>
        </message>
        <message>
            <source>Nothing in force on that date matches.</source>
            <translation>该日期施行的文本中没有匹配项。</translation>
        </message>
        <message>
            <source>%1, text of %2, in force from %3%4.</source>
            <translation>%1，%2 文本，自 %3 起施行%4。</translation>
        </message>
        <message>
            <source> to %1 (superseded)</source>
            <translation>，至 %1 止（已失效）</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SuggestionsPanel</name>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>页码</translation>
        </message>
        <message>
            <source>Use for the case</source>
            <translation>用于本案</translation>
        </message>
        <message>
            <source>Found in the recognised text. Select one to see where it is; use it with one click.</source>
            <translation>从识别文字中找到。选中一项可查看其所在位置，点击一下即可采用。</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SyncController</name>
        <message>
            <source>Sync not set up</source>
            <translation>未设置同步</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>已是最新</translation>
        </message>
        <message>
            <source>Changes waiting</source>
            <translation>有更改待同步</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n 处冲突</numerusform>
            </translation>
        </message>
        <message>
            <source>Login needed</source>
            <translation>需要登录</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SyncMenu</name>
        <message>
            <source>S&amp;ync</source>
            <translation>同步(&amp;Y)</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>立即同步(&amp;N)</translation>
        </message>
        <message>
            <source>Resolve &amp;conflicts…</source>
            <translation>解决冲突(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Server settings…</source>
            <translation>服务器设置(&amp;S)…</translation>
        </message>
        <message>
            <source>This account may read the court's records but not change them.</source>
            <translation>此账户只能查阅法院的记录，不能修改。</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SyncSettingsDialog</name>
        <message>
            <source>Remember the password on this computer</source>
            <translation>在本机上记住密码</translation>
        </message>
        <message>
            <source>Server settings</source>
            <translation>服务器设置</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Court CA certificate</source>
            <translation>法院 CA 证书</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt)</source>
            <translation>证书 (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>服务器地址：</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Court CA file:</source>
            <translation>法院 CA 证书文件：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::TranscriptEditor</name>
        <message>
            <source>Type what is said, Enter adds the line</source>
            <translation>输入发言内容，按回车添加一条</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>发言人</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save a version of the transcript (Ctrl+S)</source>
            <translation>保存笔录的一个版本（Ctrl+S）</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
            <translation>&lt;b&gt;庭审笔录&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>删除此条</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加一条</translation>
        </message>
        <message>
            <source>Edit line</source>
            <translation>修改此条</translation>
        </message>
        <message>
            <source>No document store: the transcript is kept in its journal only.</source>
            <translation>没有文书存储：笔录仅保存在日志文件中。</translation>
        </message>
        <message>
            <source>Export Transcript</source>
            <translation>导出庭审笔录</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;OpenDocument text (*.odt);;Word document (*.docx)</source>
            <translation>PDF (*.pdf);;OpenDocument 文本 (*.odt);;Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>Exported to %1. Sign the PDF from the Signing menu.</source>
            <translation>已导出到 %1。可在“签章”菜单中对该 PDF 签章。</translation>
        </message>
        <message>
            <source>Saved version %1 at %2</source>
            <translation>已于 %2 保存第 %1 版</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>尚未保存</translation>
        </message>
        <message>
            <source> (changed since)</source>
            <translation>（此后有改动）</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::VerificationPanel</name>
        <message>
            <source>Valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>Changed after signing</source>
            <translation>签署后被改动</translation>
        </message>
        <message>
            <source>Not trusted</source>
            <translation>不受信任</translation>
        </message>
        <message>
            <source>Verify Signatures</source>
            <translation>验证签名</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Checking the signatures of %1…</source>
            <translation>正在检查 %1 的签名…</translation>
        </message>
        <message>
            <source>Signature %1: %2</source>
            <translation>签名 %1：%2</translation>
        </message>
        <message>
            <source>Signed at %1 (the time the signer's computer recorded).</source>
            <translation>签署于 %1（签名人计算机记录的时间）。</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>事由：%1</translation>
        </message>
        <message>
            <source>Location: %1</source>
            <translation>地点：%1</translation>
        </message>
        <message>
            <source>Hash algorithm: %1</source>
            <translation>摘要算法：%1</translation>
        </message>
        <message>
            <source>What changed: %1</source>
            <translation>改动内容：%1</translation>
        </message>
        <message>
            <source>Signer's certificate</source>
            <translation>签名人证书</translation>
        </message>
        <message>
            <source>No document chosen.</source>
            <translation>未选择文书。</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>#</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>签名人</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>签署时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::VersionsDialog</name>
        <message>
            <source>restored from version %1</source>
            <translation>由第 %1 版恢复</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Restore This Version</source>
            <translation>恢复此版本</translation>
        </message>
        <message>
            <source>Select one version to compare it with the one before, or two to compare them.</source>
            <translation>选择一个版本可与前一版比较，选择两个版本可相互比较。</translation>
        </message>
        <message>
            <source>Version %1 — %2, %3</source>
            <translation>第 %1 版 — %2，%3</translation>
        </message>
        <message>
            <source>Version %1 → %2: %3 changed, %4 added, %5 removed paragraph(s).</source>
            <translation>第 %1 版 → 第 %2 版：修改 %3 段，新增 %4 段，删除 %5 段。</translation>
        </message>
    </context>
</TS>
