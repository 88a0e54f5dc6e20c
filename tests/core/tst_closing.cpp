// Closing check (结案检查): the checklist, and CaseRepository refusing to close a case until it
// passes, with each failing item saying what is missing.
#include "cases/caserepository.h"
#include "intel/closingcheck.h"
#include "storage/database.h"
#include "testutil_core.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

class TestClosing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("cases-%1.sqlite").arg(++m_n)));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void civilCaseClosesOnlyWhenChecklistPasses()
    {
        cdtest::ClockScope clock;
        CaseRepository repo(*m_db, QStringLiteral("书记员"));
        CaseRecord c = cdtest::makeCase(
            QStringLiteral("（2026）甘0102民初7号"), QStringLiteral("买卖合同纠纷"),
            {cdtest::party(QStringLiteral("plaintiff"), QStringLiteral("张三")),
             cdtest::party(QStringLiteral("defendant"), QStringLiteral("李四"))});
        c.kind = QStringLiteral("civil");
        auto id = repo.create(c);
        QVERIFY2(id, qPrintable(id.errorMessage()));

        ClosingCheck check(*m_db);
        auto report = check.check(c);
        QVERIFY(report);
        QCOMPARE(report.value().items.size(), 4);
        QVERIFY(!report.value().passed());

        c.status = QStringLiteral("closed");
        c.closedOn = QDate(2026, 3, 1);
        auto refused = repo.update(c);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        const QString msg = refused.errorMessage();
        QVERIFY2(msg.contains(QStringLiteral("张三")) && msg.contains(QStringLiteral("李四")),
                 qPrintable(msg));
        QVERIFY(msg.contains(QStringLiteral("signed")));
        QVERIFY(msg.contains(QStringLiteral("fee")));
        QVERIFY(msg.contains(QStringLiteral("archived")));
        // Refused means nothing was written.
        QCOMPARE(repo.load(c.id).value().status, QStringLiteral("open"));

        QVERIFY(check.record(c.id,
                             {0, QStringLiteral("judgment-signed"), {}, QDate(2026, 2, 20), {}, {}},
                             QStringLiteral("马建国")));
        QVERIFY(check.record(
            c.id, {0, QStringLiteral("served"), QStringLiteral("张三"), QDate(2026, 2, 22), {}, {}},
            {}));
        QVERIFY(check.record(
            c.id, {0, QStringLiteral("fees-settled"), {}, QDate(2026, 2, 23), {}, {}}, {}));
        QVERIFY(check.record(
            c.id, {0, QStringLiteral("archive-complete"), {}, QDate(2026, 2, 28), {}, {}}, {}));
        refused = repo.update(c);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("李四")),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!refused.errorMessage().contains(QStringLiteral("张三")));
        QVERIFY(!refused.errorMessage().contains(QStringLiteral("signed")));

        // Service recorded as a case event also counts.
        c.events << CaseEvent{0,  QStringLiteral("served"),          QDate(2026, 2, 24), {}, 0, 0,
                              {}, QStringLiteral("判决书已送达李四")};
        auto closed = repo.update(c);
        QVERIFY2(closed, qPrintable(closed.errorMessage()));
        QCOMPARE(repo.load(c.id).value().status, QStringLiteral("closed"));
        // Editing a closed case is not closing it again.
        c.summary = QStringLiteral("已结案。");
        QVERIFY(repo.update(c));
    }

    void criminalCaseNeedsNoFee()
    {
        cdtest::ClockScope clock;
        CaseRepository repo(*m_db, QStringLiteral("书记员"));
        CaseRecord c =
            cdtest::makeCase(QStringLiteral("（2026）甘0102刑初3号"), QStringLiteral("盗窃罪"),
                             {cdtest::party(QStringLiteral("accused"), QStringLiteral("王五"))});
        c.kind = QStringLiteral("criminal");
        QVERIFY(repo.create(c));
        ClosingCheck check(*m_db);
        const ClosingReport r = check.check(c).value();
        for (const ClosingCheckItem& i : r.items) {
            if (i.key == QLatin1String("fees"))
                QVERIFY(i.passed);
            else
                QVERIFY2(!i.passed && !i.missing.isEmpty(), qPrintable(i.key));
        }
    }

    void rejectsUnknownItems()
    {
        ClosingCheck check(*m_db);
        QVERIFY(!check.record(1, {0, QStringLiteral("bribed"), {}, {}, {}, {}}, {}));
        QVERIFY(
            !check.record(1, {0, QStringLiteral("served"), {}, {}, {}, {}}, {})); // which party?
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestClosing)
#include "tst_closing.moc"
