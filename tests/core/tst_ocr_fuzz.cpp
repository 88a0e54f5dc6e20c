// Bounded mutation fuzzing of the import parsers (Poppler, Leptonica) as the OCR worker runs
// them: seeded mutations of sample PDFs and images, each probed and its first page decoded in
// a worker. A crash or hang costs only that request; the test checks that every request is
// answered and the pool keeps working, prints the tally, and keeps crashing inputs for triage
// in $COURTDESK_TEST_OUTPUT/ocr-fuzz. Time budget: $COURTDESK_FUZZ_SECONDS (default 60).
#include "ocr/workerpool.h"
#include "tst_ocr_util.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace cd;

namespace {

QByteArray mutate(QByteArray data, QRandomGenerator& rng)
{
    static const QList<QByteArray> tokens{"/Count 999999999",
                                          "/Width 65535",
                                          "/Height 0",
                                          "/Length -1",
                                          "obj",
                                          "endstream",
                                          "/Filter /FlateDecode",
                                          "<<",
                                          ">>",
                                          "\xFF\xD8\xFF\xC0\x00\x11\x08\xFF\xFF\xFF\xFF",
                                          "IHDR",
                                          "9999999999"};
    const int ops = 1 + rng.bounded(6);
    for (int i = 0; i < ops && !data.isEmpty(); ++i) {
        const int at = rng.bounded(data.size());
        switch (rng.bounded(6)) {
        case 0: // flip bits
            data[at] = char(data[at] ^ (1 << rng.bounded(8)));
            break;
        case 1: // random bytes
            for (int k = 0; k < 1 + rng.bounded(16) && at + k < data.size(); ++k)
                data[at + k] = char(rng.bounded(256));
            break;
        case 2: // delete a range
            data.remove(at, 1 + rng.bounded(qMax(1, qMin(4096, data.size() - at))));
            break;
        case 3: // duplicate a range
            data.insert(at, data.mid(rng.bounded(data.size()), 1 + rng.bounded(512)));
            break;
        case 4: // interesting token
            data.insert(at, tokens.at(rng.bounded(tokens.size())));
            break;
        default: // truncate
            data.truncate(qMax(1, at));
            break;
        }
    }
    return data;
}

} // namespace

class TestOcrFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mutatedInputsNeverTakeDownThePool()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QImage page = ocrtest::renderPage(
            {QStringLiteral("证据材料第一页"), QStringLiteral("借款合同 人民币5000元")}, true);
        QVector<QByteArray> seeds;
        seeds << ocrtest::scannedPdf({page});
        seeds << ocrtest::jpeg(page);
        {
            QByteArray png;
            QBuffer b(&png);
            b.open(QIODevice::WriteOnly);
            page.scaled(page.size() / 3).save(&b, "PNG");
            seeds << png;
        }
        QFile locked(QStringLiteral(COURTDESK_OCR_TEST_DATA "/protected.pdf"));
        QVERIFY(locked.open(QIODevice::ReadOnly));
        seeds << locked.readAll();

        bool ok = false;
        int seconds = qEnvironmentVariableIntValue("COURTDESK_FUZZ_SECONDS", &ok);
        if (!ok || seconds <= 0)
            seconds = 60;
        const quint32 seed = quint32(qEnvironmentVariableIntValue("COURTDESK_FUZZ_SEED", &ok));
        QRandomGenerator rng(ok ? seed : 20261128u);
        const QString crashDir = QDir(qEnvironmentVariable("COURTDESK_TEST_OUTPUT", dir.path()))
                                     .filePath(QStringLiteral("ocr-fuzz"));

        ocr::WorkerPool pool(2);
        pool.setTimeLimitMs(15000);
        QHash<qint64, QString> inFlight;
        QHash<QString, int> tally;
        int submitted = 0;
        int answered = 0;
        auto record = [&](qint64 id, const QString& what) {
            if (!inFlight.contains(id))
                return;
            ++answered;
            ++tally[what];
            if (what == QLatin1String("crashed") || what == QLatin1String("timeout")) {
                QDir().mkpath(crashDir);
                QFile::copy(inFlight.value(id),
                            QDir(crashDir).filePath(QStringLiteral("%1-%2").arg(what).arg(id)));
            }
            inFlight.remove(id);
        };
        connect(&pool, &ocr::WorkerPool::finished, this, [&](qint64 id, const QJsonObject& r) {
            record(id, r.value(QStringLiteral("ok")).toBool()
                           ? QStringLiteral("ok")
                           : r.value(QStringLiteral("code")).toString());
        });
        connect(&pool, &ocr::WorkerPool::failed, this,
                [&](qint64 id, ocr::FailureCode code, const QString&) {
                    record(id, ocr::failureKey(code));
                });

        QElapsedTimer clock;
        clock.start();
        int fileNo = 0;
        QEventLoop loop;
        QTimer pump;
        pump.setInterval(5);
        connect(&pump, &QTimer::timeout, this, [&] {
            if (clock.elapsed() < seconds * 1000) {
                while (inFlight.size() < 6) {
                    const QString file = dir.filePath(QStringLiteral("m%1").arg(fileNo++));
                    QVERIFY(
                        ocrtest::writeFile(file, mutate(seeds.at(rng.bounded(seeds.size())), rng)));
                    const QJsonObject base{{QStringLiteral("file"), file}};
                    QJsonObject probe = base;
                    probe.insert(QStringLiteral("op"), QStringLiteral("probe"));
                    QJsonObject decode = base;
                    decode.insert(QStringLiteral("op"), QStringLiteral("page"));
                    decode.insert(QStringLiteral("page"), 1);
                    decode.insert(QStringLiteral("decodeOnly"), true);
                    decode.insert(QStringLiteral("dpi"), 100);
                    inFlight.insert(pool.submit(probe), file);
                    inFlight.insert(pool.submit(decode), file);
                    submitted += 2;
                }
            } else if (inFlight.isEmpty()) {
                loop.quit();
            } else if (clock.elapsed() > (seconds + 120) * 1000) {
                loop.quit(); // answers missing: fails below
            }
        });
        pump.start();
        loop.exec();
        qInfo() << "fuzz:" << fileNo << "inputs," << submitted << "requests in"
                << clock.elapsed() / 1000 << "s:" << tally;
        QCOMPARE(answered, submitted);
        QVERIFY(fileNo >= 20);
        QVERIFY(tally.value(QStringLiteral("ok")) > 0);
    }
};

QTEST_MAIN(TestOcrFuzz)
#include "tst_ocr_fuzz.moc"
