// The signing widgets under the offscreen platform, in Chinese: certificate manager, seal
// library, sign dialog (including a wrong password), batch dialog with a broken document, the
// verification panel and the menu hook. Screenshots go to COURTDESK_TEST_OUTPUT.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "common/messagebar.h"
#include "signing/appearanceform.h"
#include "signing/batchsigndialog.h"
#include "signing/certificatemanager.h"
#include "signing/pdfpageview.h"
#include "signing/seallibrarydialog.h"
#include "signing/signdialog.h"
#include "signing/signingmenu.h"
#include "signing/verificationpanel.h"
#include "testutil_core.h"
#include "tst_signing_util.h"

#include "cases/caserepository.h"
#include "signing/certificatestore.h"
#include "signing/seallibrary.h"
#include "storage/profile.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace cd;
using namespace cd::ui;
using cdtest::SigningFixture;

class TestSigningUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    SigningFixture m_fx;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<Profile> m_profile;
    QString m_pdf;
    QString m_signed;

    static void shoot(QWidget* w, const QString& name)
    {
        const QString dir = cdtest::outputDir();
        if (dir.isEmpty())
            return;
        w->grab().save(QStringLiteral("%1/signing-ui-%2.png").arg(dir, name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo(cdtest::cliPath()).isExecutable(), "COURTDESK_CLI not set");
        m_languages = std::make_unique<LanguageManager>();
        m_languages->apply(QStringLiteral("zh_CN"));
        QVERIFY2(m_fx.build(m_tmp.filePath(QStringLiteral("fixture")),
                            QStringLiteral(COURTDESK_SIGNING_TEST_DATA "/openssl-test.cnf")),
                 qPrintable(m_fx.error));
        auto p = Profile::open(m_tmp.filePath(QStringLiteral("profile")));
        QVERIFY(p);
        m_profile = std::move(p).value();
        m_pdf = m_profile->documentsDir() + QStringLiteral("/民事判决书（2026）甘01民初123号.pdf");
        QVERIFY(cdtest::makeJudgmentPdf(m_pdf, 3, QStringLiteral("（2026）甘01民初123号")));
        CaseRepository repo(m_profile->database(), QStringLiteral("tester"));
        CaseRecord c = cdtest::makeCase(
            QStringLiteral("（2026）甘01民初123号"), QStringLiteral("买卖合同纠纷"),
            {cdtest::party(QStringLiteral("plaintiff"), QStringLiteral("张三"))});
        QVERIFY(repo.create(c));
    }

    void certificateManager()
    {
        CertificateManager m(m_profile->dir());
        m.show();
        QVERIFY(m.messageBar()->isVisible()); // "no database yet"
        shoot(&m, QStringLiteral("certificates-empty"));
        m.passwordEdit()->setText(SigningFixture::dbPassword());
        QVERIFY(m.createDatabase(SigningFixture::dbPassword()));
        QVERIFY(
            m.importPkcs12(m_fx.pki(QStringLiteral("judge.p12")), cdtest::TestPki::p12Password()));
        QVERIFY(!m.importPkcs12(m_fx.pki(QStringLiteral("court.p12")), QStringLiteral("wrong")));
        QCOMPARE(m.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(m.importPkcs12(m_fx.pki(QStringLiteral("expired.p12")),
                               cdtest::TestPki::p12Password()));
        QVERIFY(m.importCa(m_fx.pki(QStringLiteral("ca.pem"))));
        m.reload();
        QVERIFY(m.table()->rowCount() >= 3);
        // The expired certificate is called out.
        QCOMPARE(m.messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY(m.messageBar()->text().contains(QStringLiteral("2021")));
        m.table()->selectRow(0);
        QVERIFY(!m.details()->toPlainText().isEmpty());
        shoot(&m, QStringLiteral("certificates"));
    }

    void sealLibrary()
    {
        SealLibraryDialog d(m_profile->dir());
        d.show();
        QVERIFY(d.generate(QStringLiteral("甘肃省兰州市中级人民法院")));
        QImage scan(500, 220, QImage::Format_RGB32);
        scan.fill(QColor(250, 248, 240));
        QPainter p(&scan);
        p.setPen(QPen(QColor(20, 20, 60), 7, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(40, 160, 200, 50);
        p.drawLine(200, 50, 260, 170);
        p.drawLine(260, 170, 460, 70);
        p.end();
        const QString scanPath = m_tmp.filePath(QStringLiteral("signature-scan.png"));
        QVERIFY(scan.save(scanPath));
        QVERIFY(d.importImage(false, QStringLiteral("马建国"), scanPath));
        QCOMPARE(d.list()->count(), 2);
        shoot(&d, QStringLiteral("seals"));
    }

    void signDialogWrongPasswordThenSign()
    {
        SignDialog d(*m_profile, m_pdf);
        d.show();
        QCOMPARE(d.view()->pageCount(), 3);
        QCOMPARE(d.view()->currentPage(), 2); // placed on the date line of the last page
        QVERIFY(d.view()->hasStamp());
        QVERIFY(d.appearanceForm()->hasUsableCertificate());
        QVERIFY(d.view()->stampRect().y() > 0.3);
        shoot(&d, QStringLiteral("sign-dialog"));

        QSignalSpy signedSpy(&d, &SignDialog::documentSigned);
        d.passwordEdit()->setText(QStringLiteral("wrong password"));
        d.sign();
        QTRY_VERIFY_WITH_TIMEOUT(d.messageBar()->isVisible() && d.passwordEdit()->isEnabled(),
                                 30000);
        QCOMPARE(d.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(d.passwordEdit()->text().isEmpty());
        QVERIFY(!QFile::exists(d.outputEdit()->text()));
        QVERIFY(d.isVisible());
        shoot(&d, QStringLiteral("sign-dialog-wrong-password"));

        // Click to drop the stamp high on the page, then drag it a little; then sign for real.
        PdfPageView* v = d.view();
        const QRectF before = v->stampRect();
        const QPoint drop(int(v->width() * 0.4), int(v->height() * 0.25));
        QTest::mouseClick(v, Qt::LeftButton, {}, drop);
        const QRectF dropped = v->stampRect();
        QVERIFY(dropped != before);
        QVERIFY(dropped.y() < before.y());
        QTest::mousePress(v, Qt::LeftButton, {}, drop);
        QTest::mouseMove(v, drop + QPoint(30, 40));
        QTest::mouseRelease(v, Qt::LeftButton, {}, drop + QPoint(30, 40));
        QVERIFY(v->stampRect().y() > dropped.y());
        shoot(&d, QStringLiteral("sign-dialog-moved"));
        d.caseEdit()->setText(QStringLiteral("（2026）甘01民初123号"));
        d.passwordEdit()->setText(SigningFixture::dbPassword());
        d.sign();
        QVERIFY2(signedSpy.wait(30000) || signedSpy.size() == 1,
                 qPrintable(d.messageBar()->text()));
        m_signed = d.outcome().output;
        QVERIFY(QFile::exists(m_signed));
        QVERIFY(m_signed.endsWith(QStringLiteral(".pdf")));
    }

    void verificationPanel()
    {
        QVERIFY(!m_signed.isEmpty());
        VerificationPanel panel(CertificateStore::profileStoreDir(m_profile->dir()));
        panel.resize(760, 520);
        panel.show();
        QSignalSpy done(&panel, &VerificationPanel::verified);
        panel.verifyFile(m_signed);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(panel.signatureList()->topLevelItemCount(), 1);
        QVERIFY(panel.details()->toPlainText().contains(QStringLiteral("马建国")));
        QVERIFY(!panel.summaryLabel()->text().isEmpty());
        shoot(&panel, QStringLiteral("verify-ok"));

        QByteArray bytes = cdtest::readFile(m_signed);
        const int at = bytes.indexOf('\n') + 2;
        bytes[at] = char(bytes[at] ^ 1);
        const QString tampered = m_tmp.filePath(QStringLiteral("tampered.pdf"));
        QVERIFY(cdtest::writeFile(tampered, bytes));
        panel.verifyFile(tampered);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.last().first().toBool(), false);
        QCOMPARE(panel.report().signatures.first().signature,
                 SignatureReport::SignatureState::DigestMismatch);
        QVERIFY(panel.details()->toPlainText().contains(SignatureExplainer::signatureStateText(
            SignatureReport::SignatureState::DigestMismatch)));
        shoot(&panel, QStringLiteral("verify-tampered"));
    }

    void batchDialog()
    {
        BatchSignDialog d(*m_profile);
        d.show();
        QStringList files;
        const QString dir = m_tmp.filePath(QStringLiteral("batch"));
        QDir().mkpath(dir);
        for (int i = 1; i <= 5; ++i) {
            const QString f = QStringLiteral("%1/传票-%2.pdf").arg(dir).arg(i);
            if (i == 3)
                QVERIFY(cdtest::writeFile(f, "not a pdf"));
            else
                QVERIFY(QFile::copy(m_pdf, f));
            files << f;
        }
        d.addFiles(files);
        d.setOutputFolder(m_tmp.filePath(QStringLiteral("batch-out")));
        QDir().mkpath(m_tmp.filePath(QStringLiteral("batch-out")));
        d.passwordEdit()->setText(SigningFixture::dbPassword());
        QSignalSpy done(&d, &BatchSignDialog::batchFinished);
        d.start();
        QVERIFY(d.isRunning());
        QVERIFY(done.wait(60000));
        QCOMPARE(d.resultTable()->rowCount(), 5);
        const auto s = done.first().first().value<BatchSummary>();
        QStringList why;
        for (const auto& [index, message] : s.failures)
            why << QStringLiteral("%1: %2").arg(index).arg(message);
        QVERIFY2(s.signedCount == 4, qPrintable(why.join(QLatin1Char('\n'))));
        QCOMPARE(s.failed, 1);
        QVERIFY(!d.summaryLabel()->text().isEmpty());
        QVERIFY(d.passwordEdit()->text().isEmpty());
        shoot(&d, QStringLiteral("batch"));
    }

    void menuHook()
    {
        QMainWindow w;
        w.menuBar()->addMenu(QStringLiteral("File"));
        QMenu* help = w.menuBar()->addMenu(QStringLiteral("Help"));
        auto* menu = new SigningMenu(*m_profile, w.menuBar(), &w);
        const QList<QAction*> menus = w.menuBar()->actions();
        QCOMPARE(menus.size(), 3);
        QCOMPARE(menus.at(1), menu->menuAction());
        QCOMPARE(menus.at(2), help->menuAction());
        QCOMPARE(menu->title(), QCoreApplication::translate("cd::ui::SigningMenu", "Si&gning"));
        QCOMPARE(menu->actions().size(), 6); // 3 actions, separator, 2 actions
    }

    void mainWindowHasSigningMenu()
    {
        MainWindow w(*m_profile, m_languages.get());
        w.setSaveStateOnClose(false);
        w.resize(1200, 800);
        w.show();
        auto* menu = w.findChild<SigningMenu*>();
        QVERIFY(menu);
        const QList<QAction*> menus = w.menuBar()->actions();
        QVERIFY(menus.size() >= 2);
        // Before Help, which stays last (other modules' menus may sit in between).
        const int at = int(menus.indexOf(menu->menuAction()));
        QVERIFY(at > 0 && at < menus.size() - 1);
        menu->popup(w.mapToGlobal(QPoint(300, 30)));
        QTRY_VERIFY(menu->isVisible());
        shoot(menu, QStringLiteral("menu"));
        menu->hide();
    }
};

QTEST_MAIN(TestSigningUi)
#include "tst_signing_ui.moc"
