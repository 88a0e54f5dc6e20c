// Evidence intake without OCR workers: immutable originals, items and pages, corrections as
// revisions, the audit chain, page search for short and long terms, and extraction.
#include "audit/auditlog.h"
#include "cases/caserepository.h"
#include "evidence/evidencerepository.h"
#include "evidence/evidencesearch.h"
#include "evidence/extractionapplier.h"
#include "evidence/extractor.h"
#include "evidence/originalstore.h"
#include "storage/migrations.h"
#include "storage/profile.h"
#include "testutil_core.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

namespace {

ocr::OcrPage recognised(int page, const QString& text)
{
    ocr::OcrPage p;
    p.pageNumber = page;
    p.text = text;
    p.language = QStringLiteral("chi_sim");
    p.imageSize = QSize(1654, 2339);
    p.dpi = 200;
    p.meanConfidence = 88;
    int x = 100;
    for (const QString& w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        p.words.append(
            ocr::OcrWord{QRect(x, 200, 40 * w.size(), 40), w.size() > 3 ? 55.0f : 91.0f, w});
        x += 40 * w.size() + 10;
    }
    return p;
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    qint64 m_caseId = 0;

    qint64 addItem(const QString& name, const QByteArray& bytes)
    {
        const QString file = m_dir.filePath(name);
        cdtest::writeFile(file, bytes);
        auto stored = OriginalStore(m_profile->evidenceDir()).store(file);
        if (!stored)
            return -1;
        EvidenceItem item;
        item.caseId = m_caseId;
        item.title = name;
        item.fileName = name;
        item.source = file;
        item.sha256 = stored->sha256;
        item.sizeBytes = stored->size;
        EvidenceRepository repo(m_profile->database(), QStringLiteral("书记员甲"));
        auto id = repo.create(item);
        if (!id)
            qWarning() << id.errorMessage() << id.error().detail;
        return id ? id.value() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto p = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(p, qPrintable(p.errorMessage()));
        m_profile = std::move(p).value();
        CaseRepository cases(m_profile->database(), QStringLiteral("test"));
        CaseRecord c = cdtest::makeCase(
            QStringLiteral("（2026）甘0102民初17号"), QStringLiteral("民间借贷纠纷"),
            {cdtest::party(QStringLiteral("plaintiff"), QStringLiteral("张三"))});
        auto id = cases.create(c);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        m_caseId = id.value();
    }

    void originalsAreImmutableAndNamedByHash()
    {
        const QString file = m_dir.filePath(QStringLiteral("receipt.jpg"));
        QVERIFY(cdtest::writeFile(file, QByteArray("not really a jpeg, but bytes")));
        OriginalStore store(m_profile->evidenceDir());
        auto first = store.store(file);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(first->sha256, OriginalStore::sha256Of(file).value());
        QCOMPARE(QFileInfo(first->path).fileName(), first->sha256);
        QVERIFY(!first->alreadyStored);
        QVERIFY(!(QFileInfo(first->path).permissions() &
                  (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)));
        auto again = store.store(file);
        QVERIFY(again->alreadyStored);
        QCOMPARE(again->path, first->path);
        QVERIFY(store.verify(first->sha256));
        // No temporary copies are left behind.
        QCOMPARE(QDir(m_profile->evidenceDir())
                     .entryList({QStringLiteral("*.part")}, QDir::Files)
                     .size(),
                 0);

        const QString empty = m_dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(cdtest::writeFile(empty, QByteArray()));
        auto e = store.store(empty);
        QVERIFY(!e);
        QVERIFY(e.errorMessage().contains(QStringLiteral("empty.pdf")));
    }

    void reimportIsDetected()
    {
        const qint64 id =
            addItem(QStringLiteral("contract.pdf"), QByteArray("%PDF-1.4 contract bytes"));
        QVERIFY(id > 0);
        EvidenceRepository repo(m_profile->database(), QStringLiteral("书记员甲"));
        const QString sha = repo.load(id)->sha256;
        QCOMPARE(repo.findBySha(m_caseId, sha).value(), id);
        QCOMPARE(repo.findBySha(m_caseId, QStringLiteral("00")).value(), qint64(0));
        auto item = repo.load(id);
        QCOMPARE(item->importer, QStringLiteral("书记员甲"));
        QVERIFY(item->position >= 1);
    }

    void pagesRevisionsAuditAndSearch()
    {
        const qint64 id = addItem(QStringLiteral("loan.pdf"), QByteArray("%PDF-1.4 loan bytes"));
        EvidenceRepository repo(m_profile->database(), QStringLiteral("书记员甲"));
        QVERIFY(repo.savePage(
            id, recognised(1, QStringLiteral("借款合同 原告 张三 出借 人民币 伍万元整"))));
        QVERIFY(repo.savePageFailure(id, 2, QStringLiteral("timeout"), QStringLiteral("too long")));
        QVERIFY(repo.setOcrStatus(id, EvidenceOcrStatus::Partial, 1, 1));

        auto page = repo.page(id, 1);
        QVERIFY(page);
        QCOMPARE(page->ocr.words.size(), 6);
        QCOMPARE(page->revision, 0);
        QCOMPARE(page->currentText, page->ocr.text);
        QCOMPARE(repo.page(id, 2)->status, QStringLiteral("timeout"));

        // Search: the OCR spaces between Chinese characters are not in the index.
        EvidenceSearch search(m_profile->database());
        QCOMPARE(search.search(QStringLiteral("借款合同原告"), m_caseId).value().size(), 1);
        QCOMPARE(search.search(QStringLiteral("张三")).value().size(), 1);
        QCOMPARE(search.search(QStringLiteral("张")).value().size(), 1);
        QCOMPARE(search.search(QStringLiteral("李四")).value().size(), 0);

        // A correction is a new revision; the OCR text stays; the index follows the correction.
        auto rev = repo.correctPage(id, 1, QStringLiteral("借款合同：原告张三出借人民币伍万元整。"),
                                    QStringLiteral("typo"));
        QCOMPARE(rev.value(), 1);
        QCOMPARE(repo.correctPage(
                         id, 1, QStringLiteral("借款合同：原告张三出借人民币伍万元整，李四担保。"))
                     .value(),
                 2);
        page = repo.page(id, 1);
        QCOMPARE(page->revision, 2);
        QVERIFY(page->currentText.contains(QStringLiteral("李四")));
        QVERIFY(page->ocr.text.startsWith(QStringLiteral("借款合同 原告")));
        QCOMPARE(repo.revisions(id, 1).value().size(), 2);
        QCOMPARE(search.search(QStringLiteral("李四")).value().size(), 1);
        QCOMPARE(search.search(QStringLiteral("李四")).value().first().pageNumber, 1);
        // A later OCR run does not overwrite a page that was recognised.
        QVERIFY(repo.savePage(id, recognised(1, QStringLiteral("完全 不同"))));
        QVERIFY(repo.page(id, 1)->ocr.text.startsWith(QStringLiteral("借款合同")));

        QVERIFY(
            repo.recordExport(id, QStringLiteral("/tmp/x.pdf"), QStringLiteral("searchable-pdf")));
        AuditLog audit(m_profile->database());
        auto entries = audit.entriesFor(QStringLiteral("evidence"), QString::number(id));
        QStringList actions;
        for (const AuditEntry& e : entries.value())
            actions << e.action;
        QCOMPARE(
            actions,
            (QStringList{QStringLiteral("evidence.import"), QStringLiteral("evidence.ocr"),
                         QStringLiteral("evidence.correct"), QStringLiteral("evidence.correct"),
                         QStringLiteral("evidence.export")}));
        QVERIFY(audit.verify().value().ok);
    }

    void extractionFindsCaseData()
    {
        const QString id = cdtest::residentId(QStringLiteral("62010219850315123"));
        const QString code = cdtest::creditCode(QStringLiteral("91620100MA7XYW123"));
        const QString text =
            QStringLiteral(
                "（2023）甘0102民初1234号\n原告：张建国，男，身份证号码%1，联系电话13912345678。\n"
                "被告：兰州华泰商贸有限公司，统一社会信用代码%2。\n"
                "被告于2021年3月15日向原告借款人民币125,000元（大写：壹拾贰万伍仟元整），"
                "二〇二三年十一月二十七日。错误号码620102198503151230。")
                .arg(id, code);
        const QVector<Extraction> found = Extractor::extract(text, 3);
        auto has = [&](ExtractKind k, const QString& v) {
            for (const Extraction& e : found) {
                if (e.kind == k && e.value == v)
                    return e.page == 3;
            }
            return false;
        };
        QVERIFY(has(ExtractKind::CaseNumber, QStringLiteral("（2023）甘0102民初1234号")));
        QVERIFY(has(ExtractKind::ResidentId, id));
        QVERIFY(has(ExtractKind::CreditCode, code));
        QVERIFY(has(ExtractKind::Phone, QStringLiteral("13912345678")));
        QVERIFY(has(ExtractKind::Amount, QStringLiteral("12500000")));
        QVERIFY(has(ExtractKind::AmountInCapitals, QStringLiteral("12500000")));
        QVERIFY(has(ExtractKind::Date, QStringLiteral("2021-03-15")));
        QVERIFY(has(ExtractKind::Date, QStringLiteral("2023-11-27")));
        QVERIFY(has(ExtractKind::PartyName, QStringLiteral("张建国")));
        QVERIFY(has(ExtractKind::PartyName, QStringLiteral("兰州华泰商贸有限公司")));
        // A number with a wrong check digit is never offered as an ID.
        for (const Extraction& e : found)
            QVERIFY(e.value != QStringLiteral("620102198503151230") ||
                    id.endsWith(QLatin1Char('0')));
        for (const Extraction& e : found) {
            if (e.kind == ExtractKind::PartyName && e.value == QStringLiteral("张建国"))
                QCOMPARE(e.role, QStringLiteral("plaintiff"));
        }
        QCOMPARE(Extractor::parseCapitalAmount(QStringLiteral("陆仟零柒元壹角肆分")),
                 qint64(600714));
        QCOMPARE(Extractor::parseCapitalAmount(QStringLiteral("叁佰贰拾伍元零肆分")),
                 qint64(32504));
        QCOMPARE(Extractor::parseCapitalAmount(QStringLiteral("壹拾万元整")), qint64(10000000));
        // "原告提供证据" is not a name.
        for (const Extraction& e : Extractor::extract(QStringLiteral("原告提供证据足以证明。"), 1))
            QVERIFY(e.kind != ExtractKind::PartyName);
    }

    void extractionIsPlacedOnThePage()
    {
        const ocr::OcrPage page = recognised(2, QStringLiteral("联系电话 13912345678 住所地 兰州"));
        const QVector<Extraction> found = Extractor::extract(page, ocr::joinCjkSpacing(page.text));
        bool placed = false;
        for (const Extraction& e : found) {
            if (e.kind == ExtractKind::Phone) {
                QCOMPARE(e.box, page.words.at(1).box);
                placed = true;
            }
        }
        QVERIFY(placed);
    }

    // Accepting suggestions fills the case: parties with their role, the ID and phone of the
    // party named just before them, the claim, a date as the chosen event; the saved record
    // keeps them and repeating a suggestion changes nothing.
    void acceptedSuggestionsFillTheCase()
    {
        const QString id = cdtest::residentId(QStringLiteral("62010219850315123"));
        const QString id2 = cdtest::residentId(QStringLiteral("62010219900101567"));
        const QString code = cdtest::creditCode(QStringLiteral("91620100MA7XYW123"));
        const QString text =
            QStringLiteral("原告：张建国，男，身份证号码%1，联系电话13912345678。\n"
                           "被告：兰州华泰商贸有限公司，统一社会信用代码%2。\n"
                           "被告：李四，身份证号码%3。\n"
                           "被告于2021年3月15日向原告借款人民币125,000元。")
                .arg(id, code, id2);
        const QVector<Extraction> found = Extractor::extract(text, 2);
        auto take = [&](ExtractKind k, const QString& v) {
            for (const Extraction& e : found) {
                if (e.kind == k && e.value == v)
                    return e;
            }
            return Extraction{};
        };
        CaseRepository cases(m_profile->database(), QStringLiteral("test"));
        auto loaded = cases.load(m_caseId);
        QVERIFY(loaded);
        CaseRecord r = loaded.value();
        const int partiesBefore = r.parties.size();
        auto use = [&](const Extraction& e, const QString& eventType = {}) {
            ApplyTarget t;
            t.eventType = eventType;
            t.source = QStringLiteral("证据：借条 第2页");
            if (e.kind == ExtractKind::ResidentId || e.kind == ExtractKind::CreditCode ||
                e.kind == ExtractKind::Phone)
                t.partyName = ExtractionApplier::nearestPartyName(found, e);
            return ExtractionApplier::apply(r, e, t);
        };
        // The ID cannot go anywhere before its party is in the case.
        QVERIFY(!use(take(ExtractKind::ResidentId, id)));
        for (const QString& name :
             {QStringLiteral("张建国"), QStringLiteral("兰州华泰商贸有限公司"),
              QStringLiteral("李四")}) {
            auto added = use(take(ExtractKind::PartyName, name));
            QVERIFY2(added, qPrintable(added.errorMessage()));
        }
        QCOMPARE(r.parties.size(), partiesBefore + 3);
        for (auto [k, v] :
             {std::pair{ExtractKind::ResidentId, id}, std::pair{ExtractKind::ResidentId, id2},
              std::pair{ExtractKind::CreditCode, code},
              std::pair{ExtractKind::Phone, QStringLiteral("13912345678")},
              std::pair{ExtractKind::Amount, QStringLiteral("12500000")}}) {
            auto applied = use(take(k, v));
            QVERIFY2(applied, qPrintable(applied.errorMessage()));
        }
        QVERIFY(!use(take(ExtractKind::Date, QStringLiteral("2021-03-15")))); // no event type
        QVERIFY(use(take(ExtractKind::Date, QStringLiteral("2021-03-15")), QStringLiteral("note")));
        // The same suggestion again is reported, not applied twice.
        auto again = use(take(ExtractKind::Phone, QStringLiteral("13912345678")));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);

        QVERIFY2(cases.update(r), "saving the filled record");
        auto saved = cases.load(m_caseId);
        QVERIFY(saved);
        QHash<QString, Party> byName;
        for (const Party& p : saved->parties)
            byName.insert(p.name, p);
        QCOMPARE(byName.value(QStringLiteral("张建国")).role, QStringLiteral("plaintiff"));
        QCOMPARE(byName.value(QStringLiteral("张建国")).idNumber, id);
        QCOMPARE(byName.value(QStringLiteral("张建国")).phone, QStringLiteral("13912345678"));
        QCOMPARE(byName.value(QStringLiteral("李四")).role, QStringLiteral("defendant"));
        QCOMPARE(byName.value(QStringLiteral("李四")).idNumber, id2);
        QCOMPARE(byName.value(QStringLiteral("兰州华泰商贸有限公司")).kind,
                 QStringLiteral("organisation"));
        QCOMPARE(byName.value(QStringLiteral("兰州华泰商贸有限公司")).idNumber, code);
        QCOMPARE(saved->claimFen, qint64(12500000));
        bool event = false;
        for (const CaseEvent& e : saved->events)
            event =
                event || (e.type == QStringLiteral("note") && e.startsOn == QDate(2021, 3, 15) &&
                          e.note.contains(QStringLiteral("借条")));
        QVERIFY(event);
    }

    void upgradeFromSchemaFiveKeepsEvidenceRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = Database::openRaw(path);
            QVERIFY(db);
            QVERIFY(Migrations::migrateTo(*db.value(), 5));
            QVERIFY(cdtest::execSql(
                db.value()->sql(),
                QStringLiteral("INSERT INTO courts(code, name) VALUES('甘0102','x')")));
            QVERIFY(cdtest::execSql(
                db.value()->sql(),
                QStringLiteral(
                    "INSERT INTO cases(uuid, case_number, filed_on, created_at, updated_at) "
                    "VALUES('u','（2020）甘0102民初1号','2020-01-01','t','t')")));
            QVERIFY(cdtest::execSql(
                db.value()->sql(),
                QStringLiteral("INSERT INTO evidence(case_id, title, sha256, created_at) "
                               "VALUES(1, '旧证据', 'abc', 't')")));
        }
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        EvidenceRepository repo(*db.value(), QStringLiteral("t"));
        auto items = repo.listForCase(1);
        QCOMPARE(items.value().size(), 1);
        QCOMPARE(items.value().first().ocrStatus, EvidenceOcrStatus::None);
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
