// The worker-process side of signing, as the GUI uses it: batches with one password, a failed
// document in the middle, a wrong password, cancel, and a worker that crashes.
#include "signing/batchsigner.h"
#include "signing/certificatestore.h"
#include "signing/signingerror.h"
#include "signing/signingworker.h"
#include "testutil_core.h"
#include "tst_signing_util.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;
using cdtest::SigningFixture;

class TestSigningBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    SigningFixture m_fx;
    QString m_nss;
    QString m_pdf;

    QString file(const QString& name) const { return m_tmp.filePath(name); }

    SignJob commonJob() const
    {
        SignJob j;
        j.nssDir = m_nss;
        j.nickname = QStringLiteral("judge");
        j.anchorAtDateLine = false;
        return j;
    }

    // count copies of the test PDF in folder `name`; copy `broken` (if >= 0) is not a PDF.
    QVector<BatchItem> makeBatch(const QString& name, int count, int broken)
    {
        const QString in = file(name + QStringLiteral("/in")),
                      out = file(name + QStringLiteral("/out"));
        QDir().mkpath(in);
        QDir().mkpath(out);
        QVector<BatchItem> items;
        for (int i = 0; i < count; ++i) {
            const QString src =
                QStringLiteral("%1/notice-%2.pdf").arg(in).arg(i + 1, 2, 10, QLatin1Char('0'));
            if (i == broken)
                cdtest::writeFile(src, "%PDF-1.7\nthis file was damaged in transfer\n");
            else
                QFile::copy(m_pdf, src);
            items.append({src, QStringLiteral("%1/notice-%2-signed.pdf")
                                   .arg(out)
                                   .arg(i + 1, 2, 10, QLatin1Char('0'))});
        }
        return items;
    }

    static BatchSummary run(BatchSigner& b, int timeoutMs = 120000)
    {
        QSignalSpy done(&b, &BatchSigner::finished);
        b.start();
        if (!done.wait(timeoutMs))
            return {};
        return b.summary();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo(cdtest::cliPath()).isExecutable(), "COURTDESK_CLI not set");
        QVERIFY2(m_fx.build(m_tmp.path(),
                            QStringLiteral(COURTDESK_SIGNING_TEST_DATA "/openssl-test.cnf")),
                 qPrintable(m_fx.error));
        m_nss = file(QStringLiteral("nss"));
        CertificateStore store(m_nss);
        QVERIFY(store.create(SigningFixture::dbPassword()));
        QVERIFY(store.importPkcs12(m_fx.pki(QStringLiteral("judge.p12")),
                                   cdtest::TestPki::p12Password(), SigningFixture::dbPassword()));
        QVERIFY(store.importCaCertificate(m_fx.pki(QStringLiteral("ca.pem")), QString(),
                                          SigningFixture::dbPassword()));
        m_pdf = file(QStringLiteral("notice.pdf"));
        QVERIFY(cdtest::makeJudgmentPdf(m_pdf, 2, QStringLiteral("（2026）甘01民初7号")));
    }

    void batchOfTwentyWithOneFailure()
    {
        const QVector<BatchItem> items = makeBatch(QStringLiteral("twenty"), 20, 9);
        BatchSigner batch(commonJob(), items, SigningFixture::dbPassword());
        batch.setParallelism(2);
        QSignalSpy progress(&batch, &BatchSigner::progress);
        QSignalSpy item(&batch, &BatchSigner::itemFinished);
        QElapsedTimer t;
        t.start();
        const BatchSummary s = run(batch);
        qInfo("batch of 20: %lld ms (%.1f documents/s)", t.elapsed(), 20000.0 / t.elapsed());
        QCOMPARE(s.total, 20);
        QCOMPARE(s.signedCount, 19);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.skipped, 0);
        QVERIFY(!s.cancelled);
        QCOMPARE(s.failures.size(), 1);
        QCOMPARE(s.failures.first().first, 9);
        QVERIFY(!s.failures.first().second.isEmpty());
        QCOMPARE(item.size(), 20);
        QVERIFY(progress.size() >= 20);
        for (int i = 0; i < items.size(); ++i)
            QCOMPARE(QFile::exists(items[i].output), i != 9);
        // Nothing half-written is left next to the outputs.
        QCOMPARE(QDir(QFileInfo(items[0].output).absolutePath())
                     .entryList(QDir::Hidden | QDir::Files)
                     .size(),
                 19);
        const auto v = cdtest::runCli(
            {QStringLiteral("verify"), QStringLiteral("--nss-dir"), m_nss, items[19].output});
        QCOMPARE(v.exitCode, 0);
    }

    void batchStopsOnWrongPassword()
    {
        const QVector<BatchItem> items = makeBatch(QStringLiteral("wrongpw"), 5, -1);
        BatchSigner batch(commonJob(), items, QStringLiteral("not-it"));
        batch.setParallelism(1);
        const BatchSummary s = run(batch);
        QVERIFY(s.wrongPassword);
        QCOMPARE(s.signedCount, 0);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.skipped, 4);
        for (const BatchItem& i : items)
            QVERIFY(!QFile::exists(i.output));
    }

    void batchCancelStopsAfterCurrentDocument()
    {
        const QVector<BatchItem> items = makeBatch(QStringLiteral("cancel"), 6, -1);
        BatchSigner batch(commonJob(), items, SigningFixture::dbPassword());
        batch.setParallelism(1); // deterministic: exactly the first two get signed
        connect(&batch, &BatchSigner::itemFinished, &batch, [&batch](int index) {
            if (index == 1)
                batch.cancel();
        });
        const BatchSummary s = run(batch);
        QVERIFY(s.cancelled);
        QCOMPARE(s.signedCount, 2);
        QCOMPARE(s.skipped, 4);
        QVERIFY(QFile::exists(items[1].output));
        QVERIFY(!QFile::exists(items[2].output));
    }

    void crashingWorkerIsReportedAndCleanedUp()
    {
        // A worker that starts writing its temporary output and then dies like a poppler crash.
        const QString script = file(QStringLiteral("crashing-cli.sh"));
        QVERIFY(cdtest::writeFile(script,
                                  "#!/bin/sh\n"
                                  "for last; do :; done\n"
                                  "out_dir=$(dirname \"$last\"); base=$(basename \"$last\")\n"
                                  "echo partial > \"$out_dir/.$base.AbC123.part\"\n"
                                  "kill -SEGV $$\n"));
        QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                          QFileDevice::WriteOwner);
        SigningWorker worker;
        worker.setCliPath(script);
        QSignalSpy done(&worker, &SigningWorker::signFinished);
        SignJob job = commonJob();
        job.input = m_pdf;
        job.output = file(QStringLiteral("crash/out.pdf"));
        QDir().mkpath(file(QStringLiteral("crash")));
        worker.sign(job, SigningFixture::dbPassword());
        QVERIFY(done.wait(20000));
        const auto r = done.first().first().value<SignJobResult>();
        QVERIFY(!r.ok);
        QCOMPARE(signingFailureOf(r.error), SigningFailure::WorkerFailed);
        QVERIFY(!r.error.message.isEmpty());
        QCOMPARE(QDir(file(QStringLiteral("crash"))).entryList(QDir::Hidden | QDir::Files).size(),
                 0);
        QVERIFY(!worker.isBusy());

        // A missing worker program is an error too, not a hang.
        worker.setCliPath(file(QStringLiteral("no-such-cli")));
        worker.sign(job, SigningFixture::dbPassword());
        QVERIFY(done.wait(20000));
        QVERIFY(!done.last().first().value<SignJobResult>().ok);
    }

    void verifyThroughWorker()
    {
        const QString signedPdf = file(QStringLiteral("worker-signed.pdf"));
        SigningWorker worker;
        QSignalSpy signedSpy(&worker, &SigningWorker::signFinished);
        SignJob job = commonJob();
        job.input = m_pdf;
        job.output = signedPdf;
        worker.sign(job, SigningFixture::dbPassword());
        QVERIFY(signedSpy.wait(30000));
        const auto s = signedSpy.first().first().value<SignJobResult>();
        QVERIFY2(s.ok, qPrintable(s.error.message));
        QCOMPARE(s.outcome.signerName, QStringLiteral("马建国"));
        QCOMPARE(s.outcome.page, 1);       // last page of two
        QVERIFY(s.outcome.rect.isEmpty()); // no image, no rect: an invisible signature

        QSignalSpy verified(&worker, &SigningWorker::verifyFinished);
        worker.verify(signedPdf, m_nss);
        QVERIFY(verified.wait(30000));
        const auto v = verified.first().first().value<VerifyJobResult>();
        QVERIFY(v.ok);
        QVERIFY(v.report.ok());
        QCOMPARE(v.report.signatures.size(), 1);
        QVERIFY(!v.report.signatures.first().explanations.isEmpty());
        QVERIFY(!v.report.summary.isEmpty());
    }
};

QTEST_MAIN(TestSigningBatch)
#include "tst_signing_batch.moc"
