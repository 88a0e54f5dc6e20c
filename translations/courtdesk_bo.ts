<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo">
    <context>
        <name>cd::AmountInWords</name>
        <message>
            <source>An amount in capitals is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an amount in capitals.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::AuditLog</name>
        <message>
            <source>reading the audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>writing the audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit entry %1 is missing: it was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit entry %1 does not follow entry %2: the log was altered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit entry %1 was edited after it was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit entries %1 to %2 are missing: they were deleted.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The audit log is intact (%n entries).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>cd::Backup</name>
        <message>
            <source>Cannot read the case store %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the snapshot %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot start the case store snapshot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case store snapshot failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case store in the backup cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case store in the backup is damaged (integrity check: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was made by a newer version of CourtDesk (schema %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the backup file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the backup %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is not a complete CourtDesk backup. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup format (version %1) is not supported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The restore was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup entry %1 is damaged (SHA-256 mismatch). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no case store in %1 to back up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create a temporary folder for the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the backup %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create a temporary folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create a temporary folder beside %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot move the current profile %1 aside. Is CourtDesk still running on it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot move the restored profile into %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::BatchDrafter</name>
        <message>
            <source>There is no template “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::BatchScheduler</name>
        <message>
            <source>No slot is left in the afternoon.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::CaseNumberParser</name>
        <message>
            <source>Civil</source>
            <translation>དམངས་སྲིད།</translation>
        </message>
        <message>
            <source>Criminal</source>
            <translation>ཉེས་ཁྲིམས།</translation>
        </message>
        <message>
            <source>Administrative</source>
            <translation>སྲིད་འཛིན།</translation>
        </message>
        <message>
            <source>Enforcement</source>
            <translation>ལག་བསྟར།</translation>
        </message>
        <message>
            <source>State compensation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bankruptcy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Judicial aid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review of an application for retrial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retrial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trial supervision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Special procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public summons for exhortation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Payment order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Third-party action to set aside a judgment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jurisdiction dispute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appeal on jurisdiction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review for approval of a sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review of a petition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commutation and parole</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compulsory medical treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confiscation of illegal gains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review of an application to enforce an administrative decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resumed enforcement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enforcement of preservation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objection to enforcement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reconsideration in enforcement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enforcement supervision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enforcement coordination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review of a bankruptcy application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bankruptcy proceedings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compulsory liquidation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State compensation owed by a court</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compensation committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case number is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A case number starts with the year in parentheses, e.g. （2020）甘01民初123号.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The year in parentheses must have four digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The closing parenthesis after the year is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The year %1 is not plausible (expected %2 to %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The court code must start with a province abbreviation such as 甘, or be 最高法; found “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The court code “%1” must have 2 digits (intermediate court) or 4 digits (basic court) after the province.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case type code (e.g. 民初) is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case sequence number is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown case type code “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sequence number “%1” must not start with 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sequence number “%1” is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A case number ends with 号 right after the sequence number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected text “%1” after 号.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::CaseRepository</name>
        <message>
            <source>Unknown procedure "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The filing date is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The filing date lies in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown case status "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The claim amount cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A party has no name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Party %1 has an unknown role "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Party %1: %2</source>
            <translation>ཁྲིམས་རྩོད་པ་ %1: %2</translation>
        </message>
        <message>
            <source>Unknown event type "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An event has no date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An event ends (%1) before it starts (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading courts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving the court</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving the parties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checking the case number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A case with number %1 already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case %1 was changed by someone else after you opened it. Reload it and apply your changes again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleting the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the parties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>finding the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no case %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>listing cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counting cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sorting the case list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::CaseVocabulary</name>
        <message>
            <source>Plaintiff</source>
            <translation>ཁ་ཞུ་བ།</translation>
        </message>
        <message>
            <source>Defendant</source>
            <translation>ཁ་ཞུ་ཐེབས་མཁན།</translation>
        </message>
        <message>
            <source>Third party</source>
            <translation>ཕྱོགས་གསུམ་པ།</translation>
        </message>
        <message>
            <source>Appellant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appellee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Respondent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public prosecution organ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Defendant (criminal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Victim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant for enforcement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person subject to enforcement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending</source>
            <translation>ཞིབ་བཞིན་པ།</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>མཚམས་འཇོག</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>མཇུག་སྒྲིལ་ཟིན།</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>ཡིག་ཚགས་སུ་བཅུག་ཟིན།</translation>
        </message>
        <message>
            <source>Case filed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents served</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearing</source>
            <translation>ཁྲིམས་ཞིབ།</translation>
        </message>
        <message>
            <source>Service by public notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expert appraisal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jurisdiction objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspension</source>
            <translation>ཁྲིམས་རྩོད་མཚམས་འཇོག</translation>
        </message>
        <message>
            <source>Time limit extended</source>
            <translation>ཞིབ་དཔྱད་དུས་ཚོད་འགྱངས་པ།</translation>
        </message>
        <message>
            <source>Time limit extended by a higher court</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mediation</source>
            <translation>བར་འདུམ།</translation>
        </message>
        <message>
            <source>Judgment pronounced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <source>Civil</source>
            <translation>དམངས་སྲིད།</translation>
        </message>
        <message>
            <source>Criminal</source>
            <translation>ཉེས་ཁྲིམས།</translation>
        </message>
        <message>
            <source>Administrative</source>
            <translation>སྲིད་འཛིན།</translation>
        </message>
        <message>
            <source>Enforcement</source>
            <translation>ལག་བསྟར།</translation>
        </message>
    </context>
    <context>
        <name>cd::CertificateAdvisor</name>
        <message>
            <source>The certificate cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate can be used for signing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate expired on %1. Ask the certificate authority for a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate is not valid before %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate's only extended key usage is "document signing" (documentSigning). The signing library used here (NSS) accepts a signing certificate only if it allows "e-mail protection" or has no extended key usage, so signatures made with it would be reported as having a certificate error. Ask the certificate authority for a certificate that includes e-mail protection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate's extended key usage (%1) does not allow signing documents. Ask the certificate authority for a certificate that includes e-mail protection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate's key usage (%1) does not include digital signatures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a certificate authority's certificate, not a personal signing certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate "%1" expired on %2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The certificate "%1" expires in %n day(s), on %2.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Holder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued by: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key usage: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extended key usage: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate authority certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serial number: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256 fingerprint: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::CertificateStore</name>
        <message>
            <source>The certificate database %1 does not exist yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate database %1 already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot hand the password to the NSS tools.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the certificate database in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password of the certificate database is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the certificate database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the file %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password of the certificate file is wrong, or the file is not a PKCS#12 certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate file could not be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not contain a certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a certificate authority's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CA certificate could not be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no certificate named "%1" in the certificate database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate "%1" could not be removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ChargeCatalog</name>
        <message>
            <source>Cannot read the statute file %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No charge names (罪名) were found in the statute corpus %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>writing the charge table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the charge table</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ChargeContrasts</name>
        <message>
            <source>required element absent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>someone else's offence in the facts: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lacks %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rather than %1: the facts %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ClosingCheck</name>
        <message>
            <source>“%1” is not a closing checklist item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which party the documents were served on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recording a closing checklist item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the closing checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Judgment signed</source>
            <translation>ཁྲིམས་ཐག་ཡིག་ཆར་མིང་རྟགས་བཀོད་ཟིན།</translation>
        </message>
        <message>
            <source>The judgment (or ruling, mediation document) has not been signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Served on every party</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case has no parties to serve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet served on: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Court fee settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The court fee has not been settled (paid, refunded or waived).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive complete</source>
            <translation>ཡིག་ཚགས་སུ་བཅུག་ཚར།</translation>
        </message>
        <message>
            <source>The case file has not been archived (electronic archive incomplete).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the case status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case %1 cannot be closed yet:
%2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ConflictDetector</name>
        <message>
            <source>another case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is booked for %2 at %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Judge %1 presides over %2 at %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counsel %1 appears in %2 at %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::CorrectedPagePdf</name>
        <message>
            <source>The page image is missing or unreadable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF page could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No temporary folder for the page image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page image could not be taken from the PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page PDF holds no image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page image could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::CourtFee</name>
        <message>
            <source>The claim amount cannot be negative.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::DashboardStats</name>
        <message>
            <source>computing the dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation>དུས་ཡོལ།</translation>
        </message>
        <message>
            <source>Due within 7 days</source>
            <translation>ཉིན་ 7 ནང་དུས་ཚོད་ཚང་བ།</translation>
        </message>
    </context>
    <context>
        <name>cd::Database</name>
        <message>
            <source>Database error while %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the case store %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case store %1 is damaged. Restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opening the case store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>writing to the case store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::DemoData</name>
        <message>
            <source>saving demo documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number of demo cases must be positive.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::DirectHearingBackend</name>
        <message>
            <source>%1 is not a party of this hearing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::DocumentReader</name>
        <message>
            <source>The document's XML is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot proofread “%1”: use a .txt, .odt or .docx file (export the PDF's document as .odt or .docx).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::DocumentTemplate</name>
        <message>
            <source>%1, line %2: “{{” is not closed by “}}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{{%1}} is not closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write {{#each LIST as NAME}}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected {{%1}}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty {{ }} field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the header line “%2” is not “key: value”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::DraftContext</name>
        <message>
            <source>The court %1 has no name in the court table; add it to templates/data/courts.tsv in the profile.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::DraftExport</name>
        <message>
            <source>Cannot write “%1”: use a .pdf, .odt, .docx or .txt file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::DraftStore</name>
        <message>
            <source>opening the draft store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the draft store version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The draft store was written by a newer CourtDesk (version %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>creating the draft store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>creating a draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving a draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading drafts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading draft versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading a draft version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The draft has no version %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::Drafter</name>
        <message>
            <source>There is no template “%1”. Known templates: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the evidence list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::EvidenceImporter</name>
        <message>
            <source>Page %1 has not been recognised yet; run OCR for it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No temporary folder for the corrected pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The corrected page %1 could not be written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::EvidenceRepository</name>
        <message>
            <source>reading the evidence list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence must belong to a case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>adding evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evidence item no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving the evidence list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading evidence pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving recognised text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1 has not been recognised yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving the correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading corrections</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::EvidenceSearch</name>
        <message>
            <source>updating the evidence search index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>searching the evidence</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ExtractionApplier</name>
        <message>
            <source>%1 is not a party of this case yet. Add the party first, then use the %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No party of this case lacks a %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several parties lack a %1; the page does not say whose it is. Enter it in the party's form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case number is already %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case number set to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount %1 is not usable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The claim amount is already %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Claim amount set to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is already a party of this case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role of %1 set to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Party added: %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already has this ID number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unified social credit code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resident ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already has another ID number (%2). Change it in the party's form if the new one is right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID number of %1 set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already has this phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone number of %1 set to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a valid date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The filing date is already %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filing date set to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose what the date %1 is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case already has the event %1 on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event added: %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This suggestion cannot be used for the case.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::Extractor</name>
        <message>
            <source>Resident ID</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation>ཁ་པར།</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount in capitals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation>ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>ཁྲིམས་གཞིའི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <source>Party</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::HearingNotice</name>
        <message>
            <source>There is no hearing notice template “%1”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::HearingPage</name>
        <message>
            <source>The hearing page file %1 is missing. Install the libjs-janus-gateway and libjs-webrtc-adapter packages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::HearingRecording</name>
        <message>
            <source>Cannot open the recording %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recording %1 is empty or not a Janus recording.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recording %1 does not say which codec it holds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read %1 to hash it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recording of this hearing was found. The media server wrote no files for room %1 in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1 for the recordings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recording has not been processed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 exists already; it is not overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recording converter %1 could not be started. Install the janus-tools package.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Converting %1 took too long and was stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recording %1 could not be converted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::HearingRepository</name>
        <message>
            <source>The case store could not be updated (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the courtrooms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the courtroom a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A courtroom is physical or virtual.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a courtroom named %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving the courtroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the bookings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The booking no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the courtroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The courtroom no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is closed for bookings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the case to book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a courtroom.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end must come after the start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A sitting starts and ends on the same day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown kind of sitting: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>booking the courtroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moving the booking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The booking is no longer scheduled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelling the booking</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::HearingSession</name>
        <message>
            <source>%1 is not a party of this hearing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::HearingVocabulary</name>
        <message>
            <source>Hearing</source>
            <translation>ཁྲིམས་ཞིབ།</translation>
        </message>
        <message>
            <source>Evidence exchange</source>
            <translation>དཔང་རྟགས་བརྗེ་རེས།</translation>
        </message>
        <message>
            <source>Mediation</source>
            <translation>བར་འདུམ།</translation>
        </message>
        <message>
            <source>Pronouncement</source>
            <translation>ཁྲིམས་ཐག་ཁྱབ་བསྒྲགས།</translation>
        </message>
        <message>
            <source>Virtual (internet hearing)</source>
            <translation>དྲ་རྒྱའི་ཁྲིམས་ཞིབ་ཁང་།</translation>
        </message>
        <message>
            <source>Courtroom</source>
            <translation>ཁྲིམས་ཞིབ་ཁང་།</translation>
        </message>
    </context>
    <context>
        <name>cd::IdValidators</name>
        <message>
            <source>The ID number is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An ID number has 18 characters; this one has %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid character “%1” at position %2 of the ID number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The region code (first 6 digits) of the ID number cannot start with 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The birth date “%1” (characters 7–14) is not a valid date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The birth date %1 is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong check character “%1”: expected “%2”. Check the number for typing mistakes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unified social credit code is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A unified social credit code has 18 characters; this one has %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid character “%1” at position %2 of the unified social credit code (the letters I, O, Z, S and V are never used).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong check character “%1”: expected “%2”. Check the code for typing mistakes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::JanusMessages</name>
        <message>
            <source>The hearing media server does not answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hearing media server sent an answer that could not be understood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hearing media server refused the request (wrong key, secret or token).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hearing room does not exist on the media server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That participant is no longer in the hearing room.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A hearing room with this number already exists on the media server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hearing media server rejected the request.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::Migrations</name>
        <message>
            <source>upgrading the case store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the schema version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case store was created by a newer version of CourtDesk (schema %1). Please update CourtDesk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::Money</name>
        <message>
            <source>“%1” is not an amount in yuan such as 1409.50.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::NssSession</name>
        <message>
            <source>This process already uses the certificate database %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a certificate database (cert9.db and key4.db are missing).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate database cannot be opened: NSS is already in use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate database %1 could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No certificate database is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password of the certificate database is wrong. Nothing was signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot unlock the certificate database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no certificate named "%1" in the certificate database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate database is protected by a password; enter it to sign. Nothing was signed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::NssTools</name>
        <message>
            <source>The NSS tool %1 is not installed (package libnss3-tools).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The NSS tool %1 did not finish.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::OriginalStore</name>
        <message>
            <source>Cannot read %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is empty (0 bytes). Nothing was imported from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the evidence folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write to the evidence folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot store the original of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stored original %1 has changed since it was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::PdfPostProcessor</name>
        <message>
            <source>The PDF writer produced a file that cannot be finished.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::PdfSigner</name>
        <message>
            <source>The certificate "%1" has no private key in the certificate database, so it cannot sign. Import the PKCS#12 file that contains it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot sign with "%1": %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the file %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signed copy must be a new file; the original %1 is never overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already exists. Choose another name for the signed copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The seal image %1 must be a PNG or JPEG file.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The document has %n page(s); there is no page %1.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The signature rectangle must lie inside the page (fractions between 0 and 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signed file cannot be opened again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signed file does not contain the new signature.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new signature does not check out; the signed copy was discarded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No certificate database is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a readable PDF file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is password-protected and cannot be signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write into the folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poppler could not sign %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the seal image %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot prepare the seal image %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::Profile</name>
        <message>
            <source>Cannot create the profile folder %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ProvisionTable</name>
        <message>
            <source>No text of the provision “%1” is known for %2; cite it by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text of 《%1》 in force on %2 (%3) is not in the statute library; %4 could not be checked against it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The provision table says %1 for %2, but that article of the text in force does not contain “%3”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::RecordCodec</name>
        <message>
            <source>The server sent a case without a number.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::SealImages</name>
        <message>
            <source>Drawing seals needs the graphical application; pass a finished image instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The court's name is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image is empty or cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image contains no seal or signature.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The appearance needs a seal, a signature image or the signer's name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::SealLibrary</name>
        <message>
            <source>Cannot read the seal library %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The seal library index is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save the seal library %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save the image %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the image %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The seal is not in the library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The seal library has no court seal yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::SearchIndex</name>
        <message>
            <source>updating the search index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rebuilding the search index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>searching</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::SignatureAnchor</name>
        <message>
            <source>The document has no date line in Chinese numerals.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::SignatureVerifier</name>
        <message>
            <source>The signature is intact: the signed content has not changed since signing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature is invalid: it does not match the signer's certificate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signed content was changed after signing (the digest does not match). Do not rely on this document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature data is damaged and cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signer's certificate was issued by a certificate authority this computer trusts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The issuer of the signer's certificate has been marked as untrusted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signer's certificate was not issued by a certificate authority this computer trusts. If the document is genuine, import the court's root certificate first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signer's certificate has been revoked by its certificate authority.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signer's certificate has expired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signer's certificate could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signer's certificate was not checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It was valid until %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signing time the signer's computer recorded (%1) lies within that period, but without a trusted timestamp that time cannot be proven.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature covers the whole document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It covers the document as it was when signed; since then only further signatures were added, and the content it signed is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After this signature the document was changed by more than adding signatures. The signed version is intact, but the current content differs from what was signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After signing, content that no signature covers was added to the file. The signed part is intact, but the document was modified after signing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document has no signatures.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n signature(s), all valid, trusted and unchanged since signing.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n signature(s) have problems; see the details.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Cannot read the file %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a readable PDF file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is password-protected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::SigningFonts</name>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the file %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::SigningWorker</name>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signing program %1 could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signing process stopped unexpectedly; the document was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signing process gave no answer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::SimilarCases</name>
        <message>
            <source>finding similar cases</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::StatuteImporter</name>
        <message>
            <source>creating the statute library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No statute files were found in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the statute file %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The statute import was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>writing the statute library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the statute library %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::StatuteLibrary</name>
        <message>
            <source>The statute library %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opening the statute library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The statute library %1 is from another version of CourtDesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No statute library was found and the statute corpus folder is not available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>《%1》 is not in the statute library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text of 《%1》 in force on %2 is not in the statute library; the library holds versions in force from %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>《%1》 in force on %2 (text of %3) has no %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a citation such as 《民事诉讼法》第二百六十四条.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::StatuteOutline</name>
        <message>
            <source>reading the statute library</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::StatutePush</name>
        <message>
            <source>The Criminal Law in force on %1 is not in the statute library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>charge named in the facts: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>elements: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>words of the charge: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text similar to the article: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>absorbed by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is defined here (%2). </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shares with its elements (罪状): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shares with an interpretation of it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its article needs a subject the facts do not mention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a common charge in basic-level courts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::SyncApplier</name>
        <message>
            <source>applying changes from the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence arrived for a case this desk does not have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve the conflict of the case this evidence belongs to first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only conflicts of cases and evidence can be resolved here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::SyncClient</name>
        <message>
            <source>The server did not accept the user name, password or login session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your account is not allowed to make this change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server does not know this record or file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change is too large for the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The upload went out of step with the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The uploaded file did not arrive intact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server speaks another version of the sync protocol. Update CourtDesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused a request as malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server reported an internal error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a server address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plain http:// is only allowed to this computer. Use https:// for the court's server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An https:// server needs the court's CA certificate file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No CA certificate could be read from %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not an http:// or https:// address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write a downloaded file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's certificate is not signed by the court's CA.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server cannot be reached.</source>
            <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་མཐུད་བྱེད་མ་ཐུབ།</translation>
        </message>
        <message>
            <source>The connection to the server was cut.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent an answer CourtDesk cannot read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server is unavailable (HTTP %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refuses logins for a while after too many failed attempts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::SyncEngine</name>
        <message>
            <source>The server sent an answer CourtDesk cannot read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync was stopped.</source>
            <translation>མཉམ་སྒྲིག་མཚམས་བཅད་ཟིན།</translation>
        </message>
        <message>
            <source>Log in to the court's server: the session has expired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the user name or password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>preparing the sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the original %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change from the server could not be stored: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the evidence folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write to the evidence folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server cannot be reached.</source>
            <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་དང་འབྲེལ་མཐུད་བྱེད་མ་ཐུབ།</translation>
        </message>
        <message>
            <source>A file downloaded from the server is damaged (its SHA-256 does not match). It was not stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot store the original %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server is unavailable (HTTP %1).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Too many failed logins from this computer: the server refuses logins for %n minute(s). Check the password, then try again.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>cd::SyncStore</name>
        <message>
            <source>recording the change for sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the sync outbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>updating the sync outbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving a sync conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading sync conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sync conflict no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown record type "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reading the sync state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving the sync state</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::TemplateRenderer</name>
        <message>
            <source>Line %1: the field “%2” has no value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: clauses include each other too deeply (at “%2”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: there is no clause “%2”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::TemplateRepository</name>
        <message>
            <source>Cannot read %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The built-in document templates are missing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::TimeLimits</name>
        <message>
            <source>1 month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Civil first instance, ordinary procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Civil first instance, simplified procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Civil small claims procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Civil special procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Civil appeal against a judgment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Civil appeal against a ruling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criminal first instance, public prosecution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criminal simplified procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criminal simplified procedure, possible sentence over 3 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criminal fast-track procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criminal fast-track procedure, possible sentence over 1 year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criminal appeal or protest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrative first instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrative simplified procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrative appeal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enforcement</source>
            <translation>ལག་བསྟར།</translation>
        </message>
        <message>
            <source>Enforcement of a non-litigation decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown procedure “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The filing date is missing or invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An extension cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time limit for “%1” cannot be extended (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” can only be extended with the approval of a higher court or the Supreme People's Court (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An extension of %1 exceeds the %2 allowed for “%3”; a longer one needs the approval of a higher court or the Supreme People's Court (%4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An extension of %1 exceeds the maximum of %2 for “%3” (%4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An excluded period has a missing or invalid date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The excluded period %1 to %2 ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The excluded period %1 to %2 begins before the filing date %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1; extension up to %2, longer with a higher court's approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1; extension up to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1; extension only with a higher court's approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1; no extension</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::Transcript</name>
        <message>
            <source>This is not a hearing transcript.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the transcript journal %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The transcript journal %1 is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The transcript already has lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The transcript journal %1 cannot be written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::Triage</name>
        <message>
            <source>Simple track (简案快审)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordinary track (繁案精审)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: score %2 (simple at or below %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 parties: each party beyond two adds service and hearing work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>claim of %1 yuan is within the small-claims line of %2 yuan (民事诉讼法第一百六十五条)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>claim of %1 yuan is above 10 million</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>claim of %1 yuan is above 1 million</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>criminal case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>administrative case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cause %1 is usually complex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cause %1 is usually simple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evidence volume not counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>large evidence volume: %1 items, %2 pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>evidence volume: %1 items, %2 pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contested facts in the summary: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expert appraisal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>jurisdiction objection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>service by public notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>procedural events: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ZipReader</name>
        <message>
            <source>The file is not a valid ZIP package.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ZIP entry %1 is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ZIP entry %1 uses an unsupported compression.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The package has no %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::cli</name>
        <message>
            <source>Backed up %1 files (%2 bytes) to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored %1 files into %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The previous profile was kept in %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Created %n demo case(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>--profile DIR is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create a temporary folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the password with --password PW.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1 is included without a text layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the password file %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed %1, but the audit log could not record it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed %1 as %2 (%3 → %4 bytes, page %5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed at: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: signature %1, certificate %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote %1 (%2 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, %n page(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, fonts: </source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Imported %n statute version(s) in %1 ms.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Pushed %1, pulled %2, new conflicts %3, rejected %4; sent %5 bytes, received %6 bytes; files up %7, down %8.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 conflicts wait for a decision in the desk's conflict dialog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 changes are not on the server yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The desk and the server do not agree yet (digest %1 vs %2).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ocr::OcrLanguages</name>
        <message>
            <source>Chinese (simplified)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chinese, vertical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tibetan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English / Latin script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one OCR language per document (for example chi_sim); mixed lists such as %1 garble Chinese text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown OCR language %1. Use one of: %2, auto.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ocr::OcrMessages</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>ཤོག་ལྷེ་ %1 / %2</translation>
        </message>
        <message>
            <source>%1 is empty (0 bytes). Nothing was imported from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is damaged or truncated and cannot be read. Scan or export it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a PDF, PNG, JPEG or TIFF file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is too large to process (more than %2 million pixels per page). Scan it at a lower resolution.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 declares more pages than it contains or more than %2 pages. It looks damaged; export it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is protected by a password. Enter the password to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password for %1 is not correct.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 took too long to recognise and was skipped. The other pages are not affected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recognition of %1 failed unexpectedly and was skipped. The other pages are not affected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recognition of %1 was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be read or written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The OCR engine could not process %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ocr::SearchablePdf</name>
        <message>
            <source>%1 is not installed (package poppler-utils).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 did not finish in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the searchable PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no pages to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ocr::TessEngine</name>
        <message>
            <source>The OCR language data for %1 is not installed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recognition was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The OCR engine could not recognise the page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The page took too long to recognise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the searchable PDF page.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::AppearanceForm</name>
        <message>
            <source>%1 (valid until %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No signing certificate yet: import your PKCS#12 file under Signing &gt; Certificates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Certificate:</source>
            <translation>ལག་ཁྱེར། (&amp;C)</translation>
        </message>
        <message>
            <source>Court &amp;seal:</source>
            <translation>ཁྲིམས་ཁང་གི་ཐམ་ག (&amp;S)</translation>
        </message>
        <message>
            <source>Signature &amp;image:</source>
            <translation>མིང་རྟགས་ཀྱི་པར་རིས། (&amp;I)</translation>
        </message>
        <message>
            <source>Signer's &amp;name:</source>
            <translation>མིང་རྟགས་འགོད་མཁན་གྱི་མིང་། (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>ལས་གནས། (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>ཚེས་གྲངས། (&amp;D)</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>རྒྱུ་མཚན། (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>ས་གནས། (&amp;L)</translation>
        </message>
        <message>
            <source>Show name, role and date next to the seal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. judgment issued</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::BackupController</name>
        <message>
            <source>CourtDesk backups (*.cdbackup);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back Up</source>
            <translation>གྲབས་ཉར།</translation>
        </message>
        <message>
            <source>Backing up all cases, evidence and documents…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation>སླར་གསོ།</translation>
        </message>
        <message>
            <source>Checking and restoring the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup cancelled; no file was written.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Backed up %n file(s) (%1) to %2.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Restore from Backup</source>
            <translation>གྲབས་ཉར་ནས་སླར་གསོ།</translation>
        </message>
        <message>
            <source>Replace every case on this desk with the contents of %1?

The backup is checked completely before anything is replaced, and the current profile is kept in a folder next to it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::BatchBookingDialog</name>
        <message>
            <source>Batch Booking</source>
            <translation>གཅིག་ཆར་དུས་ཚོད་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <source>Filter cases (number, cause, party)…</source>
            <translation>ཁྲིམས་གཞི་གདམ་གསེས། (ཨང་རྟགས། རྒྱུ་རྐྱེན། ཁྲིམས་རྩོད་པ།)…</translation>
        </message>
        <message>
            <source> min</source>
            <translation> སྐར་མ།</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>འཆར་གཞི། (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Book All</source>
            <translation>ཚང་མའི་དུས་ཚོད་གཏན་འཁེལ། (&amp;B)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>དུས་ཚོད།</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>ཁྲིམས་གཞིའི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <source>Judge</source>
            <translation>ཁྲིམས་དཔོན།</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <source>&amp;Courtroom:</source>
            <translation>ཁྲིམས་ཞིབ་ཁང་། (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>ཚེས་གྲངས། (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>འགོ་འཛུགས། (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>མཇུག་རྫོགས། (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Slot length:</source>
            <translation>ཐེངས་རེའི་དུས་ཡུན། (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Gap:</source>
            <translation>བར་མཚམས། (&amp;G)</translation>
        </message>
        <message>
            <source>Cases to book:</source>
            <translation>དུས་ཚོད་གཏན་འཁེལ་དགོས་པའི་ཁྲིམས་གཞི།</translation>
        </message>
        <message>
            <source>Add a courtroom first.</source>
            <translation>སྔོན་ལ་ཁྲིམས་ཞིབ་ཁང་ཞིག་སྣོན་རོགས།</translation>
        </message>
        <message>
            <source>Tick the cases to book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not placed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 cases fit into %3, %4–%5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 sittings booked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::BatchDialog</name>
        <message>
            <source>Start</source>
            <translation>འགོ་འཛུགས།</translation>
        </message>
        <message>
            <source>Batch Generation</source>
            <translation>ཡིག་ཆ་གཅིག་ཆར་བཟོ་བ།</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>བཤར་ལྟ།…</translation>
        </message>
        <message>
            <source>Filter case numbers, e.g. 民初</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check All Shown</source>
            <translation>མངོན་པ་ཚང་མ་འདེམས།</translation>
        </message>
        <message>
            <source>Uncheck All</source>
            <translation>འདེམས་པ་ཚང་མ་ཕྱིར་འཐེན།</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>དཔེ་གཞི།</translation>
        </message>
        <message>
            <source>Document date:</source>
            <translation>ཡིག་ཆའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>རྣམ་གཞག</translation>
        </message>
        <message>
            <source>Output folder:</source>
            <translation>ཕྱིར་འདོན་ཡིག་སྣོད།</translation>
        </message>
        <message>
            <source>Output Folder</source>
            <translation>ཕྱིར་འདོན་ཡིག་སྣོད།</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) checked.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Drafting %n document(s)…</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 of %2 document(s) written to %3 in %4 s%5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (cancelled)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::BatchSignDialog</name>
        <message>
            <source>Documents to Sign</source>
            <translation>མིང་རྟགས་འགོད་དགོས་པའི་ཡིག་ཆ།</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ཡིག་ཆ། (*.pdf)</translation>
        </message>
        <message>
            <source>Folder for the Signed Copies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the documents to sign first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a certificate that can sign (see the note under it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot prepare the seal image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopping after the current document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing %1 (%2 of %3)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 documents signed in %3 s.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n document(s) failed; see the list.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The password was wrong, so the rest were not attempted.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Cancelled: %n document(s) were not signed.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Batch Signing</source>
            <translation>གཅིག་ཆར་མིང་རྟགས་འགོད་པ།</translation>
        </message>
        <message>
            <source>Documents (the seal goes on each one's date line, or the bottom-right corner of its last page):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>སྣོན་པ། (&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>སུབ་པ། (&amp;R)</translation>
        </message>
        <message>
            <source>Signed copies &amp;in:</source>
            <translation>མིང་རྟགས་འདྲ་བཤུས་ཉར་ས། (&amp;I)</translation>
        </message>
        <message>
            <source>next to each original</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>བཤར་ལྟ། (&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>གསང་ཨང་། (&amp;P)</translation>
        </message>
        <message>
            <source>asked once for the whole batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation>ཡིག་ཆ།</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>མཇུག་འབྲས།</translation>
        </message>
        <message>
            <source>&amp;Sign All</source>
            <translation>ཚང་མར་མིང་རྟགས་འགོད། (&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::BookingDialog</name>
        <message>
            <source>Move Sitting — %1</source>
            <translation>ཁྲིམས་ཞིབ་དུས་ཚོད་སྤོ་བ། — %1</translation>
        </message>
        <message>
            <source>Book a Sitting — %1</source>
            <translation>ཁྲིམས་ཞིབ་དུས་ཚོད་གཏན་འཁེལ། — %1</translation>
        </message>
        <message>
            <source> (internet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation> སྐར་མ།</translation>
        </message>
        <message>
            <source>Book anyway: the counsel will send a colleague or has agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case:</source>
            <translation>ཁྲིམས་གཞི།</translation>
        </message>
        <message>
            <source>&amp;Courtroom:</source>
            <translation>ཁྲིམས་ཞིབ་ཁང་། (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>རིགས། (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>ཚེས་གྲངས། (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Starts at:</source>
            <translation>འགོ་འཛུགས་དུས་ཚོད། (&amp;S)</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>དུས་ཡུན། (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Judge:</source>
            <translation>ཁྲིམས་དཔོན། (&amp;J)</translation>
        </message>
        <message>
            <source>C&amp;lerk:</source>
            <translation>ཡི་གེ་བ། (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>མཆན། (&amp;N)</translation>
        </message>
        <message>
            <source>Conflicts:</source>
            <translation>འགལ་ཟླ།</translation>
        </message>
        <message>
            <source>There is no courtroom yet. Add one under Hearings → Courtrooms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: the room, the judge and the counsel are free.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note: the sitting is outside office hours (08:00–18:00).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::CalendarView</name>
        <message>
            <source>All judges</source>
            <translation>ཁྲིམས་དཔོན་ཚང་མ།</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>%1 ནས་འགོ་འཛུགས་པའི་གཟའ་འཁོར།</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>དེ་རིང་།</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>ཉིན།</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>གཟའ་འཁོར།</translation>
        </message>
        <message>
            <source>Earlier (Ctrl+PgUp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later (Ctrl+PgDown)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::CaseCommand</name>
        <message>
            <source>New case %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit case %1</source>
            <translation>ཁྲིམས་གཞི་ %1 རྩོམ་སྒྲིག</translation>
        </message>
        <message>
            <source>Delete case %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::CaseEditDialog</name>
        <message>
            <source>&amp;Save</source>
            <translation>ཉར་ཚགས། (&amp;S)</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>དཔེར་ན། %1</translation>
        </message>
        <message>
            <source>Enter the case number.</source>
            <translation>ཁྲིམས་གཞིའི་ཨང་རྟགས་འབྲི་རོགས།</translation>
        </message>
        <message>
            <source>Full name of the court</source>
            <translation>ཁྲིམས་ཁང་གི་མིང་ཆ་ཚང་།</translation>
        </message>
        <message>
            <source>Enter the cause of action.</source>
            <translation>ཁྲིམས་གཞིའི་རྒྱུ་རྐྱེན་འབྲི་རོགས།</translation>
        </message>
        <message>
            <source>Names separated by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> yuan</source>
            <translation> སྒོར།</translation>
        </message>
        <message>
            <source>Case &amp;number</source>
            <translation>ཁྲིམས་གཞིའི་ཨང་རྟགས། (&amp;N)</translation>
        </message>
        <message>
            <source>Court code</source>
            <translation>ཁྲིམས་ཁང་གི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <source>Court &amp;name</source>
            <translation>ཁྲིམས་ཁང་གི་མིང་། (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Cause of action</source>
            <translation>ཁྲིམས་གཞིའི་རྒྱུ་རྐྱེན། (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Procedure</source>
            <translation>བྱ་རིམ། (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Filed on</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས། (&amp;F)</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>གནས་སྟངས། (&amp;T)</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>མཇུག་སྒྲིལ་བའི་ཚེས།</translation>
        </message>
        <message>
            <source>Presiding &amp;judge</source>
            <translation>འགན་འཁུར་ཁྲིམས་དཔོན། (&amp;J)</translation>
        </message>
        <message>
            <source>Panel &amp;members</source>
            <translation>ཚོགས་ཆུང་གི་ཚོགས་མི། (&amp;M)</translation>
        </message>
        <message>
            <source>Amount c&amp;laimed</source>
            <translation>རྩོད་གཞིའི་དངུལ་གྲངས། (&amp;L)</translation>
        </message>
        <message>
            <source>Su&amp;mmary</source>
            <translation>གནད་བསྡུས། (&amp;U)</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>ཁྲིམས་གཞི་གསར་པ།</translation>
        </message>
        <message>
            <source>Edit case %1</source>
            <translation>ཁྲིམས་གཞི་ %1 རྩོམ་སྒྲིག</translation>
        </message>
        <message>
            <source>Case number: %1</source>
            <translation>ཁྲིམས་གཞིའི་ཨང་རྟགས། %1</translation>
        </message>
        <message>
            <source>Automatic (from the case type)</source>
            <translation>རང་འགུལ། (ཁྲིམས་གཞིའི་རིགས་ལྟར)</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken from the case number</source>
            <translation>ཁྲིམས་གཞིའི་ཨང་རྟགས་ལས་བླངས།</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>ཁྲིམས་གཞི།</translation>
        </message>
        <message>
            <source>Parties (%1)</source>
            <translation>ཁྲིམས་རྩོད་པ། (%1)</translation>
        </message>
        <message>
            <source>Timeline (%1)</source>
            <translation>དུས་རིམ། (%1)</translation>
        </message>
        <message>
            <source>Time limit ends</source>
            <translation>ཞིབ་དཔྱད་དུས་ཚོད་ཚང་བའི་ཚེས།</translation>
        </message>
        <message>
            <source>Computed once the case number and dates are complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No time limit for this procedure</source>
            <translation>བྱ་རིམ་འདིར་ཞིབ་དཔྱད་དུས་ཚོད་མེད།</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CaseFilesReader</name>
        <message>
            <source>reading the documents of a case</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::CaseListModel</name>
        <message>
            <source>Due on %1</source>
            <translation>དུས་ཚོད་ཚང་བའི་ཚེས། %1</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>ཁྲིམས་གཞིའི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <source>Cause of action</source>
            <translation>ཁྲིམས་གཞིའི་རྒྱུ་རྐྱེན།</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>ཁྲིམས་རྩོད་པ།</translation>
        </message>
        <message>
            <source>Judge</source>
            <translation>ཁྲིམས་དཔོན།</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>གནས་སྟངས།</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>ཞིབ་དཔྱད་དུས་ཚོད།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CaseListPanel</name>
        <message>
            <source>No cases yet. Press Ctrl+N to file a new case.</source>
            <translation>ད་དུང་ཁྲིམས་གཞི་མེད། Ctrl+N མནན་ནས་ཁྲིམས་གཞི་གསར་པ་ཐོ་འགོད་གནང་།</translation>
        </message>
        <message>
            <source>No case matches “%1”.</source>
            <translation>“%1” དང་མཐུན་པའི་ཁྲིམས་གཞི་མི་འདུག</translation>
        </message>
        <message>
            <source>Search case numbers, parties, ID numbers, causes (Ctrl+F)</source>
            <translation>ཁྲིམས་གཞིའི་ཨང་རྟགས། ཁྲིམས་རྩོད་པ། ཐོབ་ཐང་ལག་ཁྱེར་ཨང་། རྒྱུ་རྐྱེན་འཚོལ། (Ctrl+F)</translation>
        </message>
        <message>
            <source>Type two characters of a name or any part of a case number. Esc clears the search.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::CaseOverview</name>
        <message>
            <source>Case number</source>
            <translation>ཁྲིམས་གཞིའི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>ཁྲིམས་ཁང་།</translation>
        </message>
        <message>
            <source>Cause of action</source>
            <translation>ཁྲིམས་གཞིའི་རྒྱུ་རྐྱེན།</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>རིགས།</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>བྱ་རིམ།</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>གནས་སྟངས།</translation>
        </message>
        <message>
            <source>Filed on</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Time limit ends</source>
            <translation>ཞིབ་དཔྱད་དུས་ཚོད་ཚང་བའི་ཚེས།</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>མཇུག་སྒྲིལ་བའི་ཚེས།</translation>
        </message>
        <message>
            <source>Presiding judge</source>
            <translation>འགན་འཁུར་ཁྲིམས་དཔོན།</translation>
        </message>
        <message>
            <source>Panel members</source>
            <translation>ཞིབ་དཔྱད་ཚོགས་ཆུང་གི་ཚོགས་མི།</translation>
        </message>
        <message>
            <source>Amount claimed</source>
            <translation>རྩོད་གཞིའི་དངུལ་གྲངས།</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>གནད་བསྡུས།</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>མཐའ་མཇུག་ཉར་ཚགས།</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CaseView</name>
        <message>
            <source>Organisation</source>
            <translation>ལས་ཁུངས།</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>མི་སྒེར།</translation>
        </message>
        <message>
            <source>Select a case in the list to open its file.

Ctrl+N files a new case, Ctrl+F searches.</source>
            <translation>ཐོ་གཞུང་ནང་ནས་ཁྲིམས་གཞི་ཞིག་འདེམས་ནས་དེའི་ཡིག་ཚགས་ཁ་ཕྱེ།

Ctrl+N ཁྲིམས་གཞི་གསར་པ། Ctrl+F འཚོལ་བ།</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>ཁྲིམས་རྩོད་གོ་གནས།</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>མིང་།</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>རིགས།</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ལག་ཁྱེར་ཨང་།</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>གནས་ཡུལ།</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ཁ་པར།</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>ཚབ་བྱེད་པ།</translation>
        </message>
        <message>
            <source>No parties have been entered for this case. Edit the case (Ctrl+E) to add them.</source>
            <translation>ཁྲིམས་གཞི་འདིར་ཁྲིམས་རྩོད་པ་ཐོ་འགོད་བྱས་མེད། ཁྲིམས་གཞི་རྩོམ་སྒྲིག (Ctrl+E) བྱས་ནས་སྣོན།</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>བྱུང་བ།</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>བར་དུ།</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>དུས་འགྱངས།</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>ཆོག་མཆན་སྤྲོད་མཁན།</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <source>Nothing has happened in this case yet.</source>
            <translation>ཁྲིམས་གཞི་འདིར་ད་དུང་བྱུང་བ་གང་ཡང་མེད།</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ཁ་བྱང་།</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>རིགས།</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>ཤོག་གྲངས།</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ཡིག་ཆ།</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>ཁ་སྣོན་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>No documents have been filed for this case yet.</source>
            <translation>ཁྲིམས་གཞི་འདིར་ད་དུང་ཡིག་ཆ་མེད།</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>སྤྲོད་མཁན།</translation>
        </message>
        <message>
            <source>No evidence has been submitted in this case yet.</source>
            <translation>ཁྲིམས་གཞི་འདིར་ད་དུང་དཔང་རྟགས་སྤྲོད་མེད།</translation>
        </message>
        <message>
            <source>No hearing has been scheduled. Hearings added to the timeline appear here.</source>
            <translation>ད་དུང་ཁྲིམས་ཞིབ་ཀྱི་དུས་ཚོད་གཏན་འཁེལ་མེད། དུས་རིམ་ནང་བསྣན་པའི་ཁྲིམས་ཞིབ་འདིར་མངོན།</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>སྤྱི་མཐོང་།</translation>
        </message>
        <message>
            <source>Parties (%1)</source>
            <translation>ཁྲིམས་རྩོད་པ། (%1)</translation>
        </message>
        <message>
            <source>Timeline (%1)</source>
            <translation>དུས་རིམ། (%1)</translation>
        </message>
        <message>
            <source>Documents (%1)</source>
            <translation>ཡིག་ཆ། (%1)</translation>
        </message>
        <message>
            <source>Evidence (%1)</source>
            <translation>དཔང་རྟགས། (%1)</translation>
        </message>
        <message>
            <source>Hearings (%1)</source>
            <translation>ཁྲིམས་ཞིབ། (%1)</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still running</source>
            <translation>མཇུག་མ་རྫོགས།</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>ཟླ་བ་ %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>ཉིན་ %n</numerusform>
            </translation>
        </message>
        <message>
            <source>No.</source>
            <translation>ཨང་།</translation>
        </message>
        <message>
            <source>Purpose of proof</source>
            <translation>ར་སྤྲོད་ཀྱི་དམིགས་ཡུལ།</translation>
        </message>
        <message>
            <source>Text recognition</source>
            <translation>ཡི་གེ་ངོས་འཛིན།</translation>
        </message>
        <message>
            <source>Not recognised</source>
            <translation>ངོས་འཛིན་བྱས་མེད།</translation>
        </message>
        <message>
            <source>Recognising…</source>
            <translation>ངོས་འཛིན་བྱེད་བཞིན་པ…</translation>
        </message>
        <message>
            <source>Recognised</source>
            <translation>ངོས་འཛིན་བྱས་ཟིན།</translation>
        </message>
        <message>
            <source>Partly recognised</source>
            <translation>ཆ་ཤས་ངོས་འཛིན་བྱས་ཟིན།</translation>
        </message>
        <message>
            <source>Recognition failed</source>
            <translation>ངོས་འཛིན་ཕམ།</translation>
        </message>
        <message>
            <source>Needs a password</source>
            <translation>གསང་ཨང་དགོས།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CertificateManager</name>
        <message>
            <source>This desk has no certificate database yet. Choose a password for it (you will give it each time you sign) and create it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal (can sign)</source>
            <translation>སྒེར་གྱི། (མིང་རྟགས་འགོད་ཆོག)</translation>
        </message>
        <message>
            <source>Certificate authority</source>
            <translation>ལག་ཁྱེར་སྤྲོད་པའི་ལས་ཁུངས།</translation>
        </message>
        <message>
            <source>Other person</source>
            <translation>མི་གཞན།</translation>
        </message>
        <message>
            <source>The certificate database was created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CA certificate is now trusted for signatures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a password of at least 6 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Personal Certificate</source>
            <translation>སྒེར་གྱི་ལག་ཁྱེར་ནང་འདྲེན།</translation>
        </message>
        <message>
            <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password of the certificate file %1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import CA Certificate</source>
            <translation>CA ལག་ཁྱེར་ནང་འདྲེན།</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificates</source>
            <translation>ལག་ཁྱེར།</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>འཛིན་མཁན།</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>རིགས།</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>ལག་ཁྱེར་སྤྲོད་མཁན།</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>ནུས་ལྡན་དུས་མཚམས།</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <source>Database &amp;password:</source>
            <translation>ལག་ཁྱེར་མཛོད་ཀྱི་གསང་ཨང་། (&amp;P)</translation>
        </message>
        <message>
            <source>needed to import and remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>repeat the new password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Create Database</source>
            <translation>ལག་ཁྱེར་མཛོད་གསར་བཟོ། (&amp;C)</translation>
        </message>
        <message>
            <source>Import &amp;Personal Certificate…</source>
            <translation>སྒེར་གྱི་ལག་ཁྱེར་ནང་འདྲེན། (&amp;P)…</translation>
        </message>
        <message>
            <source>Import C&amp;A Certificate…</source>
            <translation>CA ལག་ཁྱེར་ནང་འདྲེན། (&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>སུབ་པ། (&amp;R)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>སྒོ་རྒྱག</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::ClosingDialog</name>
        <message>
            <source>Closing check — %1</source>
            <translation>མཇུག་སྒྲིལ་ཞིབ་བཤེར། — %1</translation>
        </message>
        <message>
            <source>Judgment signed</source>
            <translation>ཁྲིམས་ཐག་ཡིག་ཆར་མིང་རྟགས་བཀོད་ཟིན།</translation>
        </message>
        <message>
            <source>Served on</source>
            <translation>ཡིག་ཆ་སྐྱེལ་ཟིན།</translation>
        </message>
        <message>
            <source>Fee settled</source>
            <translation>ཁྲིམས་རྩོད་འགྲོ་གྲོན་གཙང་སེལ་བྱས་ཟིན།</translation>
        </message>
        <message>
            <source>Fee waived</source>
            <translation>ཁྲིམས་རྩོད་འགྲོ་གྲོན་ཆག་ཡང་བྱས་ཟིན།</translation>
        </message>
        <message>
            <source>Archive complete</source>
            <translation>ཡིག་ཚགས་སུ་བཅུག་ཚར།</translation>
        </message>
        <message>
            <source>Record what has been done:</source>
            <translation>གྲུབ་ཟིན་པའི་བྱ་བ་ཐོ་འགོད།</translation>
        </message>
        <message>
            <source>The checklist passes: the case can be closed.</source>
            <translation>ཞིབ་བཤེར་ཚང་མ་འཐུས་སོང་། ཁྲིམས་གཞི་མཇུག་སྒྲིལ་ཆོག</translation>
        </message>
        <message>
            <source>The case cannot be closed until every item passes.</source>
            <translation>རྣམ་གྲངས་ཚང་མ་འཐུས་མ་སོང་བར་དུ་ཁྲིམས་གཞི་མཇུག་སྒྲིལ་མི་ཆོག</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CommandLine</name>
        <message>
            <source>CourtDesk, the workstation for judges and court clerks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the profile folder DIR instead of the default one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the UI language LANG (%1) for this run only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not offer demo data for an empty profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print "first-paint-ms N" once the case list has painted, then quit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected argument: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown language "%1"; use one of %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::ConflictDialog</name>
        <message>
            <source>Case number</source>
            <translation>ཁྲིམས་གཞིའི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <source>Court code</source>
            <translation>ཁྲིམས་ཁང་གི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>ཁྲིམས་ཁང་།</translation>
        </message>
        <message>
            <source>Cause of action</source>
            <translation>ཁྲིམས་གཞིའི་རྒྱུ་རྐྱེན།</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>རིགས།</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>བྱ་རིམ།</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>གནས་སྟངས།</translation>
        </message>
        <message>
            <source>Filed on</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>མཇུག་སྒྲིལ་བའི་ཚེས།</translation>
        </message>
        <message>
            <source>Judge</source>
            <translation>ཁྲིམས་དཔོན།</translation>
        </message>
        <message>
            <source>Panel</source>
            <translation>ཞིབ་དཔྱད་ཚོགས་ཆུང་།</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>གནད་བསྡུས།</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>ཁྲིམས་རྩོད་པ།</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>དུས་རིམ།</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ཁ་བྱང་།</translation>
        </message>
        <message>
            <source>Submitted by</source>
            <translation>སྤྲོད་མཁན།</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>འགྲེལ་བཤད།</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ཡིན།</translation>
        </message>
        <message>
            <source>no</source>
            <translation>མིན།</translation>
        </message>
        <message>
            <source>Resolve a sync conflict</source>
            <translation>མཉམ་སྒྲིག་གི་འགལ་ཟླ་སེལ་བ།</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; was changed on this desk and on the server (version %2) at the same time. Choose for each field which version to keep; the result is sent to the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server has &lt;b&gt;deleted&lt;/b&gt; this record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You &lt;b&gt;deleted&lt;/b&gt; this record on this desk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation>དོན་ཚན།</translation>
        </message>
        <message>
            <source>Mine (this desk)</source>
            <translation>ངའི་པར་གཞི། (ལས་སྟེགས་འདི།)</translation>
        </message>
        <message>
            <source>Theirs (server)</source>
            <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་པར་གཞི།</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>ཉར་བ།</translation>
        </message>
        <message>
            <source>same</source>
            <translation>མཚུངས།</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>ངའི་པར་གཞི།</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་པར་གཞི།</translation>
        </message>
        <message>
            <source>Take all theirs</source>
            <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་པར་གཞི་ཚང་མ་ལེན།</translation>
        </message>
        <message>
            <source>Keep all mine</source>
            <translation>ངའི་པར་གཞི་ཚང་མ་ཉར།</translation>
        </message>
        <message>
            <source>Apply choice</source>
            <translation>འདེམས་པ་ལག་ལེན།</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>རྩོད་གཞིའི་དངུལ་གྲངས།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::CourtroomsDialog</name>
        <message>
            <source>Courtrooms</source>
            <translation>ཁྲིམས་ཞིབ་ཁང་།</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>མིང་།</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>རིགས།</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>ས་གནས།</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>དུས་ཚོད་གཏན་འཁེལ་ཆོག</translation>
        </message>
        <message>
            <source>Open for bookings</source>
            <translation>དུས་ཚོད་གཏན་འཁེལ་ཆོག</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>མིང་། (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>རིགས། (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>ས་གནས། (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>སྣོན་པ། (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Save Changes</source>
            <translation>བཟོ་བཅོས་ཉར་ཚགས། (&amp;S)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ཡིན།</translation>
        </message>
        <message>
            <source>No</source>
            <translation>མིན།</translation>
        </message>
        <message>
            <source>%1 added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the courtroom to change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::DashboardWidget</name>
        <message>
            <source>Caseload by status</source>
            <translation>གནས་སྟངས་ལྟར་ཁྲིམས་གཞིའི་གྲངས།</translation>
        </message>
        <message>
            <source>Time limits</source>
            <translation>ཞིབ་དཔྱད་དུས་ཚོད།</translation>
        </message>
        <message>
            <source>Closed per month</source>
            <translation>ཟླ་རེར་མཇུག་སྒྲིལ་བའི་གྲངས།</translation>
        </message>
        <message>
            <source>%1 — %2 pending, %3 overdue, %4 due within 7 days (as of %5). Click a bar to open its cases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All judges</source>
            <translation>ཁྲིམས་དཔོན་ཚང་མ།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::DemoDataOffer</name>
        <message>
            <source>Demo data</source>
            <translation>དཔེ་སྟོན་གཞི་གྲངས།</translation>
        </message>
        <message numerus="yes">
            <source>Added %n demo case(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>This desk has no cases yet.

Fill it with %n realistic demo case(s) to try CourtDesk out? Demo cases use invented names and can be deleted later.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Creating %n demo case(s)…</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>cd::ui::DisplayFormat</name>
        <message>
            <source>%1 yuan</source>
            <translation>སྒོར་ %1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>ཉིན་ %n ལྷག</numerusform>
            </translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>དེ་རིང་དུས་ཚོད་ཚང་།</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>དུས་ཡོལ་ཉིན་ %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cd::ui::DraftEditor</name>
        <message>
            <source>Court name</source>
            <translation>ཁྲིམས་ཁང་གི་མིང་།</translation>
        </message>
        <message>
            <source>Document title</source>
            <translation>ཡིག་ཆའི་ཁ་བྱང་།</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>ཁྲིམས་གཞིའི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <source>Addressee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Party</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading</source>
            <translation>ཁ་བྱང་ཆུང་བ།</translation>
        </message>
        <message>
            <source>Body text</source>
            <translation>གཞུང་དོན།</translation>
        </message>
        <message>
            <source>Numbered item (一、)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sub-item (（一）)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statute quotation</source>
            <translation>ཁྲིམས་ཡིག་ལུང་འདྲེན།</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>མིང་རྟགས།</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <source>The draft could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Version</source>
            <translation>པར་གཞི་ཉར་ཚགས།</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>ཕྱིར་ལྡོག</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>བསྐྱར་བཟོ།</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>ཡིག་གཟུགས་སྦོམ་པོ།</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>འཚོལ་བ།</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>ཚབ་བརྗེ།</translation>
        </message>
        <message>
            <source>Insert Statute…</source>
            <translation>ཁྲིམས་ཡིག་བསྒར་བ།…</translation>
        </message>
        <message>
            <source>Insert Evidence…</source>
            <translation>དཔང་རྟགས་བསྒར་བ།…</translation>
        </message>
        <message>
            <source>Proofread</source>
            <translation>ཞུ་དག</translation>
        </message>
        <message>
            <source>Page Preview</source>
            <translation>ཤོག་ངོས་སྔོན་ལྟ།</translation>
        </message>
        <message>
            <source>Versions…</source>
            <translation>པར་གཞི།…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>ཕྱིར་འདྲེན།…</translation>
        </message>
        <message>
            <source>Apply Suggestion</source>
            <translation>གྲོས་འགོ་ལག་ལེན།</translation>
        </message>
        <message>
            <source>Proofreading</source>
            <translation>ཞུ་དག</translation>
        </message>
        <message>
            <source>%1 %2 — version %3[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document date: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paragraph %1: %2 → %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No problems found.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n finding(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Insert Statute</source>
            <translation>ཁྲིམས་ཡིག་བསྒར་བ།</translation>
        </message>
        <message>
            <source>Exported %1 (%2 KB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fonts: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Document</source>
            <translation>ཡིག་ཆ་ཕྱིར་འདྲེན།</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;OpenDocument text (*.odt);;Word (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the changes as a new version?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::DraftingMenu</name>
        <message>
            <source>Doc&amp;uments</source>
            <translation>ཡིག་ཆ། (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;New Document for This Case…</source>
            <translation>ཁྲིམས་གཞི་འདིའི་ཡིག་ཆ་གསར་པ། (&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open a Document of This Case…</source>
            <translation>ཁྲིམས་གཞི་འདིའི་ཡིག་ཆ་ཁ་ཕྱེ། (&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Batch Generation…</source>
            <translation>ཡིག་ཆ་གཅིག་ཆར་བཟོ་བ། (&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Proofread a File…</source>
            <translation>ཡིག་ཆ་ཞུ་དག (&amp;P)…</translation>
        </message>
        <message>
            <source>New Document</source>
            <translation>ཡིག་ཆ་གསར་པ།</translation>
        </message>
        <message>
            <source>Open a Document</source>
            <translation>ཡིག་ཆ་ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <source>No documents have been drafted for %1 yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents of %1</source>
            <translation>%1 ཡི་ཡིག་ཆ།</translation>
        </message>
        <message>
            <source>%1 — version %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proofread a File</source>
            <translation>ཡིག་ཆ་ཞུ་དག</translation>
        </message>
        <message>
            <source>Documents (*.odt *.docx *.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paragraph %1: %2 → %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No problems found.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n finding(s).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>cd::ui::DraftingServices</name>
        <message>
            <source>Statute Library</source>
            <translation>ཁྲིམས་ཡིག་མཛོད།</translation>
        </message>
        <message>
            <source>Preparing the statute library (first use only)…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::EventListEditor</name>
        <message>
            <source>Date</source>
            <translation>ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>བྱུང་བ།</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>བར་དུ།</translation>
        </message>
        <message>
            <source>Add &amp;event</source>
            <translation>བྱུང་བ་སྣོན་པ། (&amp;E)</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>སུབ་པ། (&amp;M)</translation>
        </message>
        <message>
            <source>Still running</source>
            <translation>མཇུག་མ་རྫོགས།</translation>
        </message>
        <message>
            <source> months</source>
            <translation> ཟླ་བ།</translation>
        </message>
        <message>
            <source> days</source>
            <translation> ཉིན།</translation>
        </message>
        <message>
            <source>e.g. the court president</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation>འགོ་འཛུགས་ཚེས།</translation>
        </message>
        <message>
            <source>To</source>
            <translation>མཇུག་རྫོགས་ཚེས།</translation>
        </message>
        <message>
            <source>Extended by</source>
            <translation>འགྱངས་པའི་དུས་ཡུན།</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>ཆོག་མཆན་སྤྲོད་མཁན།</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <source>The timeline is empty. Add hearings, service of documents and anything that changes the time limit: an approved extension, or a suspension, expert appraisal or public notice with its dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter how long the time limit was extended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter who approved the extension.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event %1: %2</source>
            <translation>བྱུང་བ་ %1: %2</translation>
        </message>
        <message>
            <source>still running</source>
            <translation>མཇུག་མ་རྫོགས།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::EvidenceDialog</name>
        <message>
            <source>Insert Evidence Reference</source>
            <translation>དཔང་རྟགས་ཀྱི་ལུང་འདྲེན་བསྒར་བ།</translation>
        </message>
        <message>
            <source>Number:</source>
            <translation>ཨང་།</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>ཁ་བྱང་།</translation>
        </message>
        <message>
            <source>This case has no evidence list yet; type the reference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence of the case:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::EvidenceReviewWidget</name>
        <message>
            <source>%1 of %2 pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recognition cancelled. Pages already recognised are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recognition finished.</source>
            <translation>ངོས་འཛིན་ལེགས་གྲུབ་བྱུང་།</translation>
        </message>
        <message>
            <source>%1 is already in this case's evidence; it was not added again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import evidence…</source>
            <translation>དཔང་རྟགས་ནང་འདྲེན།…</translation>
        </message>
        <message>
            <source>PDF, PNG, JPEG or TIFF files; you can also drop files here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation>ཕྱིར་འཐེན།</translation>
        </message>
        <message>
            <source>Export searchable PDF…</source>
            <translation>འཚོལ་ཐུབ་པའི་ PDF ཕྱིར་འདྲེན།…</translation>
        </message>
        <message>
            <source>The page images with the recognised text as an invisible layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit width</source>
            <translation>ཞེང་ཚད་དང་མཐུན་པ།</translation>
        </message>
        <message>
            <source>Show recognised text</source>
            <translation>ངོས་འཛིན་བྱས་པའི་ཡི་གེ་སྟོན།</translation>
        </message>
        <message>
            <source>Save correction</source>
            <translation>བཅོས་སྒྲིག་ཉར་ཚགས།</translation>
        </message>
        <message>
            <source>OCR language for new files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detect language</source>
            <translation>སྐད་ཡིག་རང་འགུལ་ངོས་འཛིན།</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>ཡི་གེ།</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>གྲོས་འགོ།</translation>
        </message>
        <message>
            <source>Drop scanned evidence here, or use Import.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1. %2 (%n page(s))</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Open a case first; evidence always belongs to a case.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s) imported; recognising the pages…</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Import evidence</source>
            <translation>དཔང་རྟགས་ནང་འདྲེན།</translation>
        </message>
        <message>
            <source>Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export searchable PDF</source>
            <translation>འཚོལ་ཐུབ་པའི་ PDF ཕྱིར་འདྲེན།</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ཡིག་ཆ། (*.pdf)</translation>
        </message>
        <message>
            <source>Exported %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password required</source>
            <translation>གསང་ཨང་དགོས།</translation>
        </message>
        <message>
            <source>The password for %1 is not correct. Try again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is protected by a password. Enter the password to open it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ⚠</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1, mean confidence %2%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision %1; the original OCR text is kept.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Original OCR text (mean confidence %1%, %n word(s) to check).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This page has not been recognised yet.</source>
            <translation>ཤོག་ལྷེ་འདི་ད་དུང་ངོས་འཛིན་བྱས་མེད།</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>ཤོག་ལྷེ་ %1 / %2</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::FindReplaceBar</name>
        <message>
            <source>Find</source>
            <translation>འཚོལ་བ།</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>ཚབ་ཏུ་འཇུག་རྒྱུ།</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>རྗེས་མ།</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>སྔོན་མ།</translation>
        </message>
        <message>
            <source>Match case</source>
            <translation>ཡིག་འབྲུ་ཆེ་ཆུང་ཁྱད་འབྱེད།</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>ཚབ་བརྗེ།</translation>
        </message>
        <message>
            <source>Replace All</source>
            <translation>ཚང་མ་ཚབ་བརྗེ།</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>སྒོ་རྒྱག</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>རྙེད་མ་སོང་།</translation>
        </message>
        <message numerus="yes">
            <source>%n replaced</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>cd::ui::HearingBridge</name>
        <message>
            <source>Internet hearing</source>
            <translation>དྲ་རྒྱའི་ཁྲིམས་ཞིབ།</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>འབྲེལ་མཐུད་བྱེད་བཞིན་པ…</translation>
        </message>
        <message>
            <source>Waiting for the judge to admit you…</source>
            <translation>ཁྲིམས་དཔོན་གྱིས་ནང་འཛུལ་ཆོག་མཆན་སྤྲོད་པར་སྒུག་བཞིན་པ…</translation>
        </message>
        <message>
            <source>In the hearing</source>
            <translation>ཁྲིམས་ཞིབ་ཁང་ནང་།</translation>
        </message>
        <message>
            <source>You left the hearing.</source>
            <translation>ཁྱེད་ཁྲིམས་ཞིབ་ནས་ཕྱིར་ཐོན་ཟིན།</translation>
        </message>
        <message>
            <source>The judge removed you from the hearing.</source>
            <translation>ཁྲིམས་དཔོན་གྱིས་ཁྱེད་ཁྲིམས་ཞིབ་ནས་ཕྱིར་བཏོན་ཟིན།</translation>
        </message>
        <message>
            <source>Connection failed: </source>
            <translation>འབྲེལ་མཐུད་བྱེད་མ་ཐུབ། </translation>
        </message>
        <message>
            <source>Audio only</source>
            <translation>སྒྲ་ཁོ་ན།</translation>
        </message>
        <message>
            <source>Video on</source>
            <translation>བརྙན་ཟློས་ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>ཕྱིར་ཐོན།</translation>
        </message>
        <message>
            <source>Rejoin</source>
            <translation>བསྐྱར་དུ་ཞུགས།</translation>
        </message>
        <message>
            <source>Admit</source>
            <translation>ནང་འཛུལ་ཆོག</translation>
        </message>
        <message>
            <source>Mute</source>
            <translation>སྒྲ་སྦེད།</translation>
        </message>
        <message>
            <source>Unmute</source>
            <translation>སྒྲ་ཕྱེ།</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ཕྱིར་འབུད།</translation>
        </message>
        <message>
            <source>Waiting room</source>
            <translation>སྒུག་ཁང་།</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>སུ་ཡང་མེད།</translation>
        </message>
        <message>
            <source>Good connection</source>
            <translation>འབྲེལ་མཐུད་ལེགས་པོ།</translation>
        </message>
        <message>
            <source>Unstable connection</source>
            <translation>འབྲེལ་མཐུད་བརྟན་པོ་མེད།</translation>
        </message>
        <message>
            <source>Poor connection</source>
            <translation>འབྲེལ་མཐུད་ཞན་པོ།</translation>
        </message>
        <message>
            <source>Poor connection: switched to audio only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You</source>
            <translation>ཁྱེད།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::HearingMenu</name>
        <message>
            <source>Hearing Calendar</source>
            <translation>ཁྲིམས་ཞིབ་ལོ་ཐོ།</translation>
        </message>
        <message>
            <source>Hearing Notice</source>
            <translation>ཁྲིམས་ཞིབ་བརྡ་ཐོ།</translation>
        </message>
        <message>
            <source>This case has no upcoming sitting. Book one first (Ctrl+Shift+B).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sitting:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document:</source>
            <translation>ཡིག་ཆ།</translation>
        </message>
        <message>
            <source>Internet Hearing</source>
            <translation>དྲ་རྒྱའི་ཁྲིམས་ཞིབ།</translation>
        </message>
        <message>
            <source>No hearing media server is configured: %1 does not exist. Start one with courtdesk-janus --dir %2 --rec-dir FOLDER (see docs/hearings.md).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearing &amp;Calendar</source>
            <translation>ཁྲིམས་ཞིབ་ལོ་ཐོ། (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Book a Sitting for This Case…</source>
            <translation>ཁྲིམས་གཞི་འདིའི་ཁྲིམས་ཞིབ་དུས་ཚོད་གཏན་འཁེལ། (&amp;B)…</translation>
        </message>
        <message>
            <source>B&amp;atch Booking…</source>
            <translation>གཅིག་ཆར་དུས་ཚོད་གཏན་འཁེལ། (&amp;A)…</translation>
        </message>
        <message>
            <source>Hearing &amp;Notice for This Case…</source>
            <translation>ཁྲིམས་གཞི་འདིའི་ཁྲིམས་ཞིབ་བརྡ་ཐོ། (&amp;N)…</translation>
        </message>
        <message>
            <source>Court&amp;rooms…</source>
            <translation>ཁྲིམས་ཞིབ་ཁང་། (&amp;R)…</translation>
        </message>
        <message>
            <source>Start &amp;Internet Hearing for This Case…</source>
            <translation>ཁྲིམས་གཞི་འདིའི་དྲ་རྒྱའི་ཁྲིམས་ཞིབ་འགོ་འཛུགས། (&amp;I)…</translation>
        </message>
        <message>
            <source>Hea&amp;rings</source>
            <translation>ཁྲིམས་ཞིབ། (&amp;R)</translation>
        </message>
        <message>
            <source>Hearing Invitations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send each party its own address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password of %1 on the court's server:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::HearingWindow</name>
        <message>
            <source>Share Evidence Page…</source>
            <translation>དཔང་རྟགས་ཀྱི་ཤོག་ལྷེ་སྟོན་པ།…</translation>
        </message>
        <message>
            <source>End Hearing</source>
            <translation>ཁྲིམས་ཞིབ་མཇུག་སྒྲིལ།</translation>
        </message>
        <message>
            <source>Internet Hearing</source>
            <translation>དྲ་རྒྱའི་ཁྲིམས་ཞིབ།</translation>
        </message>
        <message>
            <source>Cannot create a folder for the hearing page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop Sharing</source>
            <translation>སྟོན་པ་མཚམས་འཇོག</translation>
        </message>
        <message>
            <source>Share Evidence Page</source>
            <translation>དཔང་རྟགས་ཀྱི་ཤོག་ལྷེ་སྟོན་པ།</translation>
        </message>
        <message>
            <source>Page images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not an image that can be shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ending the hearing…</source>
            <translation>ཁྲིམས་ཞིབ་མཇུག་སྒྲིལ་བཞིན་པ…</translation>
        </message>
        <message>
            <source>The hearing has ended.</source>
            <translation>ཁྲིམས་ཞིབ་མཇུག་སྒྲིལ་ཟིན།</translation>
        </message>
        <message>
            <source>Converting and hashing the recording…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The hearing has ended. %n recorded track(s) were converted, hashed and entered in the case's audit trail.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The hearing has not ended yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n transcript line(s) restored from the last session.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>cd::ui::IntelMenu</name>
        <message>
            <source>Dashboard</source>
            <translation>གཞི་གྲངས་ངོས་སྟོན།</translation>
        </message>
        <message>
            <source>Closing check</source>
            <translation>མཇུག་སྒྲིལ་ཞིབ་བཤེར།</translation>
        </message>
        <message>
            <source>Select a case first.</source>
            <translation>སྔོན་ལ་ཁྲིམས་གཞི་ཞིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <source>&amp;Intelligence</source>
            <translation>རིག་ནུས་རོགས་རམ། (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Statute library…</source>
            <translation>ཁྲིམས་ཡིག་མཛོད། (&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Dashboard…</source>
            <translation>གཞི་གྲངས་ངོས་སྟོན། (&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Closing check…</source>
            <translation>མཇུག་སྒྲིལ་ཞིབ་བཤེར། (&amp;C)…</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::MainWindow</name>
        <message>
            <source>CourtDesk</source>
            <translation>ཁྲིམས་དཔོན་ལས་སྟེགས།</translation>
        </message>
        <message>
            <source>Profile: %1</source>
            <translation>ཡིག་ཚགས་སྒམ། %1</translation>
        </message>
        <message>
            <source>All cases, evidence and settings of this desk are kept in this folder.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>ཁྲིམས་གཞི་ %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) found</source>
            <translation>
                <numerusform>ཁྲིམས་གཞི་ %n རྙེད།</numerusform>
            </translation>
        </message>
        <message>
            <source>Case %1 filed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case %1 saved. Ctrl+Z undoes the change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Case</source>
            <translation>ཁྲིམས་གཞི་སུབ་པ།</translation>
        </message>
        <message>
            <source>Delete case %1 with its parties, timeline, documents and evidence records?

Ctrl+Z brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case %1 deleted. Ctrl+Z brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case list reloaded.</source>
            <translation>ཁྲིམས་གཞིའི་ཐོ་གཞུང་གསར་བསྒྱུར་བྱས་ཟིན།</translation>
        </message>
        <message>
            <source>About CourtDesk</source>
            <translation>ཁྲིམས་དཔོན་ལས་སྟེགས་ཀྱི་སྐོར།</translation>
        </message>
        <message>
            <source>&lt;h3&gt;CourtDesk %1&lt;/h3&gt;&lt;p&gt;The workstation for judges and court clerks: case files, time limits, evidence and documents on one desk, working offline.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From evidence %1, page %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::MainWindowActions</name>
        <message>
            <source>&amp;File</source>
            <translation>ཡིག་ཚགས། (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>རྩོམ་སྒྲིག (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>ལྟ་ཚུལ། (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>རོགས་རམ། (&amp;H)</translation>
        </message>
        <message>
            <source>Main tool bar</source>
            <translation>ལག་ཆའི་སྒྲོམ།</translation>
        </message>
        <message>
            <source>&amp;New Case…</source>
            <translation>ཁྲིམས་གཞི་གསར་པ། (&amp;N)…</translation>
        </message>
        <message>
            <source>File a new case (Ctrl+N)</source>
            <translation>ཁྲིམས་གཞི་གསར་པ་ཐོ་འགོད། (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Edit Case…</source>
            <translation>ཁྲིམས་གཞི་རྩོམ་སྒྲིག (&amp;E)…</translation>
        </message>
        <message>
            <source>Edit the selected case (Ctrl+E or Enter)</source>
            <translation>འདེམས་པའི་ཁྲིམས་གཞི་རྩོམ་སྒྲིག (Ctrl+E)</translation>
        </message>
        <message>
            <source>&amp;Delete Case</source>
            <translation>ཁྲིམས་གཞི་སུབ་པ། (&amp;D)</translation>
        </message>
        <message>
            <source>Delete the selected case; Ctrl+Z brings it back</source>
            <translation>འདེམས་པའི་ཁྲིམས་གཞི་སུབ་པ། Ctrl+Z ཡིས་སླར་གསོ།</translation>
        </message>
        <message>
            <source>&amp;Back Up…</source>
            <translation>གྲབས་ཉར། (&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Restore from Backup…</source>
            <translation>གྲབས་ཉར་ནས་སླར་གསོ། (&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>ཕྱིར་ཐོན། (&amp;Q)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>བསྐྱར་བཟོ།</translation>
        </message>
        <message>
            <source>&amp;Find Cases</source>
            <translation>ཁྲིམས་གཞི་འཚོལ་བ། (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>སྒྲིག་འགོད། (&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>གསར་བསྒྱུར། (&amp;R)</translation>
        </message>
        <message>
            <source>Reload the case list (F5)</source>
            <translation>ཁྲིམས་གཞིའི་ཐོ་གཞུང་གསར་བསྒྱུར། (F5)</translation>
        </message>
        <message>
            <source>&amp;About CourtDesk</source>
            <translation>ཁྲིམས་དཔོན་ལས་སྟེགས་ཀྱི་སྐོར། (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>སྤྱི་མཐོང་། (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Parties</source>
            <translation>ཁྲིམས་རྩོད་པ། (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>དུས་རིམ། (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Documents</source>
            <translation>ཡིག་ཆ། (&amp;D)</translation>
        </message>
        <message>
            <source>E&amp;vidence</source>
            <translation>དཔང་རྟགས། (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Hearings</source>
            <translation>ཁྲིམས་ཞིབ། (&amp;H)</translation>
        </message>
        <message>
            <source>New Case</source>
            <translation>ཁྲིམས་གཞི་གསར་པ།</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>རྩོམ་སྒྲིག</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>སུབ་པ།</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>གསར་བསྒྱུར།</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>ཕྱིར་ལྡོག %1 (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>ཕྱིར་ལྡོག (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>བསྐྱར་བཟོ། %1 (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>བསྐྱར་བཟོ། (&amp;R)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>ཕྱིར་ལྡོག</translation>
        </message>
        <message>
            <source>Undo: %1 (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>ཕྱིར་ལྡོག་བྱ་རྒྱུ་མེད།</translation>
        </message>
        <message>
            <source>Redo: %1 (Ctrl+Shift+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to redo</source>
            <translation>བསྐྱར་བཟོ་བྱ་རྒྱུ་མེད།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::MessageBar</name>
        <message>
            <source>Close this message</source>
            <translation>བརྡ་འཕྲིན་འདི་སྒོ་རྒྱག</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::NewDraftDialog</name>
        <message>
            <source>New Document — %1</source>
            <translation>ཡིག་ཆ་གསར་པ། — %1</translation>
        </message>
        <message>
            <source>Document date:</source>
            <translation>ཡིག་ཆའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>དཔེ་གཞི།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::PagePreviewDialog</name>
        <message>
            <source>Page Preview — %1 %2</source>
            <translation>ཤོག་ངོས་སྔོན་ལྟ། — %1 %2</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), A4. Fonts: %1</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Zoom:</source>
            <translation>ཆེ་ཆུང་སྒྱུར་བ།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::PartyListEditor</name>
        <message>
            <source>Role</source>
            <translation>ཁྲིམས་རྩོད་གོ་གནས།</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>མིང་།</translation>
        </message>
        <message>
            <source>ID number</source>
            <translation>ལག་ཁྱེར་ཨང་།</translation>
        </message>
        <message>
            <source>&amp;Add party</source>
            <translation>ཁྲིམས་རྩོད་པ་སྣོན་པ། (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>སུབ་པ། (&amp;R)</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>མི་སྒེར།</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>ལས་ཁུངས།</translation>
        </message>
        <message>
            <source>Enter the party's name.</source>
            <translation>ཁྲིམས་རྩོད་པའི་མིང་འབྲི་རོགས།</translation>
        </message>
        <message>
            <source>18-character unified social credit code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>18-digit resident ID number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation>རིགས།</translation>
        </message>
        <message>
            <source>Name of the organisation</source>
            <translation>ལས་ཁུངས་ཀྱི་མིང་།</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>སྤྱི་ཚོགས་ཡིད་རྟོན་ཨང་རྟགས།</translation>
        </message>
        <message>
            <source>Resident ID</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>གནས་ཡུལ།</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ཁ་པར།</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>ཁྲིམས་ལུགས་ཀྱི་ངོ་ཚབ།</translation>
        </message>
        <message>
            <source>Agent ad litem</source>
            <translation>ཁྲིམས་རྩོད་ཚབ་བྱེད་པ།</translation>
        </message>
        <message>
            <source>Party %1: %2</source>
            <translation>ཁྲིམས་རྩོད་པ་ %1: %2</translation>
        </message>
        <message>
            <source>This case has no parties yet. Use “Add party” to enter the plaintiff, the defendant and any third party.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::PdfPageView</name>
        <message>
            <source>%1 cannot be shown: it is not a readable PDF file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::ProgressJob</name>
        <message>
            <source>Stopping…</source>
            <translation>མཚམས་འཇོག་བཞིན་པ…</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SealLibraryDialog</name>
        <message>
            <source>Court seal</source>
            <translation>ཁྲིམས་ཁང་གི་ཐམ་ག</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>མིང་རྟགས།</translation>
        </message>
        <message>
            <source>A seal for %1 was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a Scanned Seal</source>
            <translation>བཤར་འབེབས་བྱས་པའི་ཐམ་ག་ནང་འདྲེན།</translation>
        </message>
        <message>
            <source>Import a Handwritten Signature</source>
            <translation>ལག་བྲིས་མིང་རྟགས་ནང་འདྲེན།</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seals and Signatures</source>
            <translation>ཐམ་ག་དང་མིང་རྟགས།</translation>
        </message>
        <message>
            <source>Court's &amp;name:</source>
            <translation>ཁྲིམས་ཁང་གི་མིང་། (&amp;N)</translation>
        </message>
        <message>
            <source>e.g. 甘肃省兰州市中级人民法院</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Draw Default Seal</source>
            <translation>སྔོན་སྒྲིག་ཐམ་ག་འབྲི། (&amp;D)</translation>
        </message>
        <message>
            <source>Import &amp;Seal Image…</source>
            <translation>ཐམ་གའི་པར་རིས་ནང་འདྲེན། (&amp;S)…</translation>
        </message>
        <message>
            <source>Import Si&amp;gnature Image…</source>
            <translation>མིང་རྟགས་ཀྱི་པར་རིས་ནང་འདྲེན། (&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>སུབ་པ། (&amp;R)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>སྒོ་རྒྱག</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::Session</name>
        <message>
            <source>CourtDesk cannot open the profile %1.

%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CourtDesk</source>
            <translation>ཁྲིམས་དཔོན་ལས་སྟེགས།</translation>
        </message>
        <message>
            <source>Backup restored. The profile it replaced is kept in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from Backup</source>
            <translation>གྲབས་ཉར་ནས་སླར་གསོ།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>སྒྲིག་འགོད།</translation>
        </message>
        <message>
            <source>Recorded in the audit log with every change. A new name takes effect the next time CourtDesk starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>སྐད་ཡིག (&amp;L)</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>ཁྱེད་ཀྱི་མིང་། (&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SignDialog</name>
        <message>
            <source>This document has no date line in Chinese numerals; drag the seal into place instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1-signed</source>
            <comment>file name of the signed copy</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>ཤོག་ལྷེ་ %1 / %2</translation>
        </message>
        <message>
            <source>Save the Signed Copy As</source>
            <translation>མིང་རྟགས་བཀོད་པའི་འདྲ་བཤུས་ཉར་ཚགས།</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ཡིག་ཆ། (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a certificate that can sign (see the note under it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the signed copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot prepare the seal image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign %1</source>
            <translation>%1 ལ་མིང་རྟགས་འགོད།</translation>
        </message>
        <message>
            <source>Put on the &amp;date line</source>
            <translation>ཚེས་གྲངས་ཀྱི་ཕྲེང་སྟེང་དུ་འཇོག (&amp;D)</translation>
        </message>
        <message>
            <source>Drag the seal to where it belongs, or click on the page to drop it there. The original file is not changed; the signed copy is a new file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ca&amp;se:</source>
            <translation>ཁྲིམས་གཞི། (&amp;S)</translation>
        </message>
        <message>
            <source>optional: recorded in the case's history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed &amp;copy:</source>
            <translation>མིང་རྟགས་བཀོད་པའི་འདྲ་བཤུས། (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>གསང་ཨང་། (&amp;P)</translation>
        </message>
        <message>
            <source>password of your certificate database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>མིང་རྟགས་འགོད། (&amp;S)</translation>
        </message>
        <message>
            <source>Choose the file name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::SigningMenu</name>
        <message>
            <source>Sign a PDF</source>
            <translation>PDF ལ་མིང་རྟགས་འགོད་པ།</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ཡིག་ཆ། (*.pdf)</translation>
        </message>
        <message>
            <source>Verify Signatures</source>
            <translation>མིང་རྟགས་ར་སྤྲོད།</translation>
        </message>
        <message>
            <source>Signatures of %1</source>
            <translation>%1 ཡི་མིང་རྟགས།</translation>
        </message>
        <message>
            <source>Si&amp;gning</source>
            <translation>མིང་རྟགས། (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Sign PDF…</source>
            <translation>PDF ལ་མིང་རྟགས་འགོད། (&amp;S)…</translation>
        </message>
        <message>
            <source>Sign a PDF with your certificate and the court seal into a new file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Batch Sign…</source>
            <translation>གཅིག་ཆར་མིང་རྟགས་འགོད། (&amp;B)…</translation>
        </message>
        <message>
            <source>Sign many documents with one password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Verify Signatures…</source>
            <translation>མིང་རྟགས་ར་སྤྲོད། (&amp;V)…</translation>
        </message>
        <message>
            <source>Check who signed a PDF and whether it changed since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Certificates…</source>
            <translation>ལག་ཁྱེར། (&amp;C)…</translation>
        </message>
        <message>
            <source>S&amp;eals and Signatures…</source>
            <translation>ཐམ་ག་དང་མིང་རྟགས། (&amp;E)…</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SimilarCasesPanel</name>
        <message>
            <source>&lt;b&gt;Similar cases&lt;/b&gt; (类案推送): shared facts are highlighted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No similar cases in this case store. Add facts to the summary to find some.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>similarity</source>
            <translation>འདྲ་མཚུངས་ཚད།</translation>
        </message>
        <message>
            <source>Shared: %1</source>
            <translation>མཚུངས་ཆ། %1</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::StatuteBrowser</name>
        <message>
            <source>Statute library</source>
            <translation>ཁྲིམས་ཡིག་མཛོད།</translation>
        </message>
        <message>
            <source>Search the laws in force, e.g. 迟延履行 or 民事诉讼法 第二百六十四条</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In force on</source>
            <translation>ལག་བསྟར་ཚེས།</translation>
        </message>
        <message>
            <source>All laws</source>
            <translation>ཁྲིམས་ཡིག་ཚང་མ།</translation>
        </message>
        <message>
            <source>Paste the facts of a case here and press Suggest articles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggest articles</source>
            <translation>ཆ་ཚན་འོས་སྦྱོར།</translation>
        </message>
        <message>
            <source>%1 (text of %2, in force from %3)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n result(s) for “%1”</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Suggested articles</source>
            <translation>འོས་སྦྱོར་བྱས་པའི་ཆ་ཚན།</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>རྒྱུ་མཚན། %1</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::StatuteDialog</name>
        <message>
            <source>Insert the article's text as a quotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert Statute</source>
            <translation>ཁྲིམས་ཡིག་བསྒར་བ།</translation>
        </message>
        <message>
            <source>Law and words or article, e.g. 民事诉讼法 第二百六十四条</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Texts in force on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert</source>
            <translation>བསྒར་བ།</translation>
        </message>
        <message>
            <source>Nothing in force on that date matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, text of %2, in force from %3%4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> to %1 (superseded)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::SuggestionsPanel</name>
        <message>
            <source>Kind</source>
            <translation>རིགས།</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>ནང་དོན།</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>ཤོག་ལྷེ།</translation>
        </message>
        <message>
            <source>Use for the case</source>
            <translation>ཁྲིམས་གཞིར་བེད་སྤྱོད།</translation>
        </message>
        <message>
            <source>Found in the recognised text. Select one to see where it is; use it with one click.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::SyncController</name>
        <message>
            <source>Sync not set up</source>
            <translation>མཉམ་སྒྲིག་སྒྲིག་འགོད་བྱས་མེད།</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>དྲ་རྒྱ་དང་མ་འབྲེལ།</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>མཉམ་སྒྲིག་བྱེད་བཞིན་པ…</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>གསར་ཤོས་ཡིན།</translation>
        </message>
        <message>
            <source>Changes waiting</source>
            <translation>བཟོ་བཅོས་མཉམ་སྒྲིག་ལ་སྒུག་བཞིན་པ།</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>འགལ་ཟླ་ %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Login needed</source>
            <translation>ནང་འཛུལ་དགོས།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SyncMenu</name>
        <message>
            <source>S&amp;ync</source>
            <translation>མཉམ་སྒྲིག (&amp;Y)</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>ད་ལྟ་མཉམ་སྒྲིག (&amp;N)</translation>
        </message>
        <message>
            <source>Resolve &amp;conflicts…</source>
            <translation>འགལ་ཟླ་སེལ་བ། (&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Server settings…</source>
            <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་སྒྲིག་འགོད། (&amp;S)…</translation>
        </message>
        <message>
            <source>This account may read the court's records but not change them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation>མཉམ་སྒྲིག</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::SyncSettingsDialog</name>
        <message>
            <source>Remember the password on this computer</source>
            <translation>རྩིས་འཁོར་འདིར་གསང་ཨང་ཉར་ཚགས།</translation>
        </message>
        <message>
            <source>Server settings</source>
            <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་སྒྲིག་འགོད།</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>བཤར་ལྟ།…</translation>
        </message>
        <message>
            <source>Court CA certificate</source>
            <translation>ཁྲིམས་ཁང་གི་ CA ལག་ཁྱེར།</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt)</source>
            <translation>ལག་ཁྱེར། (*.pem *.crt)</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་དྲ་གནས།</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>སྤྱོད་མཁན་གྱི་མིང་།</translation>
        </message>
        <message>
            <source>Court CA file:</source>
            <translation>ཁྲིམས་ཁང་གི་ CA ལག་ཁྱེར་ཡིག་ཆ།</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>གསང་ཨང་།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::TranscriptEditor</name>
        <message>
            <source>Type what is said, Enter adds the line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation>དུས་ཚོད།</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation>ཡི་གེ།</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a version of the transcript (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation>ཕྱིར་འདྲེན།…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No document store: the transcript is kept in its journal only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Transcript</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf);;OpenDocument text (*.odt);;Word document (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to %1. Sign the PDF from the Signing menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved version %1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (changed since)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cd::ui::VerificationPanel</name>
        <message>
            <source>Valid</source>
            <translation>ནུས་ལྡན།</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>ནུས་མེད།</translation>
        </message>
        <message>
            <source>Changed after signing</source>
            <translation>མིང་རྟགས་བཀོད་རྗེས་བཟོ་བཅོས་བྱས་འདུག</translation>
        </message>
        <message>
            <source>Not trusted</source>
            <translation>ཡིད་རྟོན་མེད།</translation>
        </message>
        <message>
            <source>Verify Signatures</source>
            <translation>མིང་རྟགས་ར་སྤྲོད།</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ཡིག་ཆ། (*.pdf)</translation>
        </message>
        <message>
            <source>Checking the signatures of %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed at %1 (the time the signer's computer recorded).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hash algorithm: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signer's certificate</source>
            <translation>མིང་རྟགས་འགོད་མཁན་གྱི་ལག་ཁྱེར།</translation>
        </message>
        <message>
            <source>No document chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>ཁ་ཕྱེ། (&amp;O)…</translation>
        </message>
        <message>
            <source>#</source>
            <translation>ཨང་།</translation>
        </message>
        <message>
            <source>Signer</source>
            <translation>མིང་རྟགས་འགོད་མཁན།</translation>
        </message>
        <message>
            <source>Signed at</source>
            <translation>མིང་རྟགས་བཀོད་དུས།</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>གནས་སྟངས།</translation>
        </message>
    </context>
    <context>
        <name>cd::ui::VersionsDialog</name>
        <message>
            <source>restored from version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Versions</source>
            <translation>པར་གཞི།</translation>
        </message>
        <message>
            <source>Restore This Version</source>
            <translation>པར་གཞི་འདི་སླར་གསོ།</translation>
        </message>
        <message>
            <source>Select one version to compare it with the one before, or two to compare them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1 — %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1 → %2: %3 changed, %4 added, %5 removed paragraph(s).</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
