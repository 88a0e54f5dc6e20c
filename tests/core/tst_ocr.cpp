// OCR pipeline tests on a few small pages: languages, preprocessing, the CLI contract
// (text files, searchable PDF), bad input, and worker crashes, hangs and cancel.
#include "ocr/embeddedscan.h"
#include "ocr/languages.h"
#include "ocr/ocrbatch.h"
#include "ocr/ocrtypes.h"
#include "ocr/pagesource.h"
#include "ocr/preprocess.h"
#include "tst_ocr_util.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;
using namespace ocrtest;

namespace {

const QStringList kPage1{QStringLiteral("原告张建国诉被告李秀英借款合同纠纷一案，"),
                         QStringLiteral("本院于2023年5月8日立案后依法适用普通程序。"),
                         QStringLiteral("被告于2021年3月15日向原告借款人民币50000元。")};
const QStringList kPage2{QStringLiteral("人民法院应当依照法律规定对证据进行审查，"),
                         QStringLiteral("当事人对自己提出的主张有责任提供证据。"),
                         QStringLiteral("联系电话13912345678，住所地兰州市城关区。")};
const QStringList kPage3{QStringLiteral("第三页的内容用于测试工作进程的故障处理。"),
                         QStringLiteral("一页失败不能影响同一批次的其他页面。")};

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& args, const QProcessEnvironment& extra = {},
              int timeoutMs = 180000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("COURTDESK_CLI"), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                  QString::fromUtf8(p.readAllStandardOutput()),
                  QString::fromUtf8(p.readAllStandardError())};
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestOcr : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariable("COURTDESK_CLI").isEmpty());
        QVERIFY(writeFile(path(QStringLiteral("plain.jpg")), jpeg(renderPage(kPage1))));
        QVERIFY(writeFile(path(QStringLiteral("sealed.jpg")), jpeg(renderPage(kPage2, true))));
        QVERIFY(writeFile(
            path(QStringLiteral("scan.pdf")),
            scannedPdf({renderPage(kPage1), renderPage(kPage2, true), renderPage(kPage3)})));
    }

    void languagesAreOneModelEach()
    {
        QCOMPARE(ocr::OcrLanguages::resolve(QStringLiteral("zh")).value(),
                 QStringLiteral("chi_sim"));
        QCOMPARE(ocr::OcrLanguages::resolve(QStringLiteral("bod")).value(), QStringLiteral("bod"));
        QCOMPARE(ocr::OcrLanguages::resolve(QString()).value(), QStringLiteral("chi_sim"));
        QCOMPARE(ocr::OcrLanguages::resolve(QStringLiteral("auto")).value(),
                 QStringLiteral("auto"));
        const auto mixed = ocr::OcrLanguages::resolve(QStringLiteral("chi_sim+eng"));
        QVERIFY(!mixed.isOk());
        QVERIFY(mixed.errorMessage().contains(QStringLiteral("chi_sim+eng")));
        QVERIFY(!ocr::OcrLanguages::resolve(QStringLiteral("klingon")).isOk());
        QCOMPARE(ocr::OcrLanguages::verticalFor(QStringLiteral("chi_sim")),
                 QStringLiteral("chi_sim_vert"));
    }

    void cjkSpacesAreRemoved()
    {
        QCOMPARE(ocr::joinCjkSpacing(QStringLiteral("借 款 合 同 纠 纷")),
                 QStringLiteral("借款合同纠纷"));
        QCOMPARE(ocr::joinCjkSpacing(QStringLiteral("人民币 50000 元")),
                 QStringLiteral("人民币50000元"));
        QCOMPARE(ocr::joinCjkSpacing(QStringLiteral("pay the fee")), QStringLiteral("pay the fee"));
        QCOMPARE(ocr::normaliseChinesePunctuation(
                     QStringLiteral("借款合同纠纷一案.\n原告,被告;利率1.5%(月)")),
                 QStringLiteral("借款合同纠纷一案。\n原告，被告；利率1.5%（月）"));
        QCOMPARE(ocr::normaliseChinesePunctuation(QStringLiteral("at 10:30, ok.")),
                 QStringLiteral("at 10:30, ok."));
    }

    void redSealIsSuppressedByColour()
    {
        const QImage img = renderPage(kPage2, true).convertToFormat(QImage::Format_RGB32);
        ocr::PixPtr pix(pixCreate(img.width(), img.height(), 32));
        for (int y = 0; y < img.height(); ++y) {
            const QRgb* in = reinterpret_cast<const QRgb*>(img.constScanLine(y));
            l_uint32* line = pixGetData(pix.get()) + y * pixGetWpl(pix.get());
            for (int x = 0; x < img.width(); ++x)
                line[x] = l_uint32(in[x]) << 8;
        }
        QVERIFY(ocr::Preprocessor::redFraction(pix.get()) > ocr::Preprocessor::sealThreshold);
        ocr::PixPtr grey = ocr::Preprocessor::sealFreeGrey(pix.get());
        l_uint32 ring = 0;
        l_uint32 ink = 0;
        // A point on the seal ring away from text, and a point inside a text stroke under it.
        pixGetPixel(grey.get(), 500, img.height() / 2 + 170, &ring);
        QVERIFY2(ring > 150, qPrintable(QString::number(ring)));
        l_uint32 darkest = 255;
        for (int x = 80; x < 1300; ++x) {
            pixGetPixel(grey.get(), x, 120 - 15, &ink);
            darkest = qMin(darkest, ink);
        }
        QVERIFY2(darkest < 90, qPrintable(QString::number(darkest)));

        const ocr::PreprocessedPage pre = ocr::Preprocessor::run(pix.get(), 200);
        QVERIFY(pre.sealSuppressed);
        QCOMPARE(pixGetWidth(pre.ocr.get()), pixGetWidth(pre.display.get()));
    }

    void repaperingEqualsPreparingWithThatLevel()
    {
        // "auto" pages are prepared for Chinese first; once the language is known, only the
        // paper level changes, and the result must be exactly a fresh run at that level.
        const QImage img = renderPage(kPage1).convertToFormat(QImage::Format_Grayscale8);
        ocr::PixPtr pix(pixCreate(img.width(), img.height(), 8));
        for (int y = 0; y < img.height(); ++y) {
            l_uint32* line = pixGetData(pix.get()) + y * pixGetWpl(pix.get());
            for (int x = 0; x < img.width(); ++x)
                SET_DATA_BYTE(line, x, img.constScanLine(y)[x]);
        }
        ocr::PreprocessOptions first;
        first.paperLevel = 230;
        first.keepForRepaper = true;
        ocr::PreprocessedPage pre = ocr::Preprocessor::run(pix.get(), 200, first);
        ocr::PreprocessOptions direct;
        direct.paperLevel = 255;
        const ocr::PreprocessedPage fresh = ocr::Preprocessor::run(pix.get(), 200, direct);
        l_int32 same = 0;
        pixEqual(pre.ocr.get(), fresh.ocr.get(), &same);
        QVERIFY(!same); // the levels differ, so the pages do
        QVERIFY(ocr::Preprocessor::repaper(pre, 255));
        pixEqual(pre.ocr.get(), fresh.ocr.get(), &same);
        QVERIFY(same);
        ocr::PreprocessedPage plain = ocr::Preprocessor::run(pix.get(), 200, direct);
        QVERIFY(!ocr::Preprocessor::repaper(plain, 230)); // nothing kept to repaper with
    }

    void textDirForImagesAndPdf()
    {
        const QString out = path(QStringLiteral("text"));
        const CliRun r =
            runCli({QStringLiteral("ocr"), QStringLiteral("--lang"), QStringLiteral("chi_sim"),
                    QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--text-dir"),
                    out, path(QStringLiteral("plain.jpg")), path(QStringLiteral("sealed.jpg")),
                    path(QStringLiteral("scan.pdf"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString plain = readText(QDir(out).filePath(QStringLiteral("plain.txt")));
        const QString sealed = readText(QDir(out).filePath(QStringLiteral("sealed.txt")));
        QVERIFY2(cer(kPage1.join(QString()), plain) < 0.08, qPrintable(plain));
        QVERIFY2(cer(kPage2.join(QString()), sealed) < 0.10, qPrintable(sealed));
        QVERIFY(!plain.contains(QStringLiteral("借 款")));
        for (int p = 1; p <= 3; ++p)
            QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("scan-p00%1.txt").arg(p))));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("scan.txt"))));
    }

    void scannedPdfPagesAreTheirEmbeddedJpegOnlyWhenThatIsThePage()
    {
        struct Case
        {
            const char* name;
            QByteArray overlay;
            bool flipped;
            bool flate;
            bool expectEmbedded;
        };
        const QVector<Case> cases{
            {"plain scan", {}, false, false, true},
            {"lossless scan", {}, false, true, true},
            // A box drawn over the scan (a stamp, a redaction) must be in the page image.
            {"box over the scan", "0 0 0 rg 40 60 160 40 re f", false, false, false},
            {"scan placed upside down", {}, true, false, false},
        };
        const QImage page = renderPage(kPage1);
        for (const Case& c : cases) {
            const QString file = path(QStringLiteral("embedded-%1.pdf").arg(&c - cases.data()));
            QVERIFY(writeFile(file, scannedPdf({page}, -1, c.overlay, c.flipped, c.flate)));
            ocr::PageSource fast;
            QVERIFY(!fast.open(file, QString()));
            ocr::SourcePage a;
            QVERIFY(!fast.page(1, 200, &a));
            QVERIFY2(a.fromEmbeddedScan == c.expectEmbedded, c.name);
            ocr::PageSource slow;
            slow.setUseEmbeddedScans(false);
            QVERIFY(!slow.open(file, QString()));
            ocr::SourcePage b;
            QVERIFY(!slow.page(1, 200, &b));
            QVERIFY(!b.fromEmbeddedScan);
            // Whichever path was taken, the page looks like Poppler's rendering of it (which
            // resamples the scan bilinearly: a few levels apart on sharp edges).
            QCOMPARE(pixGetWidth(a.image.get()), pixGetWidth(b.image.get()));
            QCOMPARE(pixGetHeight(a.image.get()), pixGetHeight(b.image.get()));
            QCOMPARE(pixGetDepth(a.image.get()), 8); // a grey scan stays grey
            const auto d = ocr::EmbeddedScan::compare(a.image.get(), b.image.get(), 64);
            QVERIFY2(d.mean < 8.0,
                     qPrintable(QStringLiteral("%1: mean %2").arg(c.name).arg(d.mean)));
        }
    }

    void multiPageTiffGivesOneTextPerPage()
    {
        const QString tiff = path(QStringLiteral("scan.tif"));
        const QVector<QImage> pages{renderPage(kPage1), renderPage(kPage3)};
        for (int i = 0; i < pages.size(); ++i) {
            const QImage img = pages.at(i).convertToFormat(QImage::Format_Grayscale8);
            ocr::PixPtr pix(pixCreate(img.width(), img.height(), 8));
            for (int y = 0; y < img.height(); ++y) {
                l_uint32* line = pixGetData(pix.get()) + y * pixGetWpl(pix.get());
                for (int x = 0; x < img.width(); ++x)
                    SET_DATA_BYTE(line, x, img.constScanLine(y)[x]);
            }
            pixSetResolution(pix.get(), 200, 200);
            QVERIFY(pixWriteTiff(tiff.toLocal8Bit().constData(), pix.get(), IFF_TIFF_LZW,
                                 i == 0 ? "w" : "a") == 0);
        }
        const QString out = path(QStringLiteral("tiff"));
        const CliRun r = runCli({QStringLiteral("ocr"), QStringLiteral("--text-dir"), out, tiff});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(cer(kPage1.join(QString()),
                    readText(QDir(out).filePath(QStringLiteral("scan-p001.txt")))) < 0.08);
        QVERIFY(cer(kPage3.join(QString()),
                    readText(QDir(out).filePath(QStringLiteral("scan-p002.txt")))) < 0.08);
    }

    void searchablePdfKeepsPagesAndText()
    {
        const QString pdf = path(QStringLiteral("searchable.pdf"));
        const CliRun r = runCli({QStringLiteral("ocr"), QStringLiteral("--searchable-pdf"), pdf,
                                 path(QStringLiteral("scan.pdf"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished());
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+3"))));
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                    QStringLiteral("1"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString layer = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(cer(kPage1.join(QString()), layer) < 0.10, qPrintable(layer));
    }

    void verticalChineseIsReadWithTheVerticalModel()
    {
        const QStringList columns{QStringLiteral("人民法院依法独立行使审判权"),
                                  QStringLiteral("不受行政机关社会团体和个人的干涉"),
                                  QStringLiteral("当事人有权委托代理人进行诉讼")};
        const QString file = path(QStringLiteral("vertical.png"));
        QVERIFY(renderVerticalPage(columns).save(file));
        const QString out = path(QStringLiteral("vertical"));
        const CliRun r = runCli({QStringLiteral("ocr"), QStringLiteral("--text-dir"), out, file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = readText(QDir(out).filePath(QStringLiteral("vertical.txt")));
        QVERIFY2(cer(columns.join(QString()), text) < 0.15, qPrintable(text));
    }

    void autoLanguageFindsTibetan()
    {
        const QString file = path(QStringLiteral("tibetan.png"));
        QImage img(1400, 400, QImage::Format_RGB32);
        img.fill(Qt::white);
        {
            QPainter p(&img);
            QFont f(QStringLiteral("Noto Serif Tibetan"));
            f.setPixelSize(48);
            p.setFont(f);
            p.setPen(Qt::black);
            p.drawText(QPointF(60, 130),
                       QStringLiteral("ཁྲིམས་ཁང་གིས་ཉིན་རེ་བཞིན་མི་མང་གི་རྩོད་གཞི་ལ་ཞིབ་བཤེར་བྱེད་ཀྱི་ཡོད།"));
            p.drawText(QPointF(60, 260), QStringLiteral("སློབ་ཕྲུག་ཚོས་བོད་ཡིག་དང་རྒྱ་ཡིག་གཉིས་ཀ་སྦྱོང་གི་ཡོད།"));
        }
        img.setDotsPerMeterX(qRound(300 / 0.0254));
        img.setDotsPerMeterY(qRound(300 / 0.0254));
        QVERIFY(img.save(file));
        const QString out = path(QStringLiteral("auto"));
        const CliRun r =
            runCli({QStringLiteral("ocr"), QStringLiteral("--lang"), QStringLiteral("auto"),
                    QStringLiteral("--text-dir"), out, file, path(QStringLiteral("plain.jpg"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString bo = readText(QDir(out).filePath(QStringLiteral("tibetan.txt")));
        QVERIFY2(bo.contains(QStringLiteral("སློབ")), qPrintable(bo));
        QVERIFY(cer(kPage1.join(QString()),
                    readText(QDir(out).filePath(QStringLiteral("plain.txt")))) < 0.08);
    }

    void badInputGetsClearMessagesAndLosesNothingElse()
    {
        QDir().mkpath(path(QStringLiteral("bad")));
        const QString empty = path(QStringLiteral("bad/empty.pdf"));
        QVERIFY(writeFile(empty, QByteArray()));
        const QByteArray pdf = scannedPdf({renderPage(kPage1)});
        const QString truncated = path(QStringLiteral("bad/truncated.pdf"));
        QVERIFY(writeFile(truncated, pdf.left(pdf.size() / 3)));
        QByteArray jpg = jpeg(renderPage(kPage1));
        for (int i = 200; i < jpg.size(); i += 7)
            jpg[i] = char(jpg[i] ^ 0x5A);
        const QString corrupt = path(QStringLiteral("bad/corrupt.jpg"));
        QVERIFY(writeFile(corrupt, jpg.left(jpg.size() / 2)));
        const QString huge = path(QStringLiteral("bad/huge.png"));
        QVERIFY(writeFile(huge, hugePngHeader(20000, 20000)));
        const QString manyPages = path(QStringLiteral("bad/manypages.pdf"));
        QVERIFY(writeFile(manyPages, scannedPdf({renderPage(kPage3)}, 100000000)));
        const QString locked = QStringLiteral(COURTDESK_OCR_TEST_DATA "/protected.pdf");

        const QString out = path(QStringLiteral("badout"));
        const CliRun r =
            runCli({QStringLiteral("ocr"), QStringLiteral("--text-dir"), out, empty, truncated,
                    corrupt, huge, manyPages, locked, path(QStringLiteral("plain.jpg"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("empty.pdf is empty")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("huge.png is too large")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("protected.pdf is protected by a password")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--password")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("truncated.pdf")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("corrupt.jpg")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("manypages.pdf")), qPrintable(r.err));
        // The good file in the same batch is not lost.
        QVERIFY(cer(kPage1.join(QString()),
                    readText(QDir(out).filePath(QStringLiteral("plain.txt")))) < 0.08);

        const CliRun wrong =
            runCli({QStringLiteral("ocr"), QStringLiteral("--password"), QStringLiteral("nope"),
                    QStringLiteral("--text-dir"), out, locked});
        QVERIFY2(wrong.err.contains(QStringLiteral("password for protected.pdf is not correct")),
                 qPrintable(wrong.err));
        const CliRun right =
            runCli({QStringLiteral("ocr"), QStringLiteral("--lang"), QStringLiteral("eng"),
                    QStringLiteral("--password"), QStringLiteral("secret"),
                    QStringLiteral("--text-dir"), out, locked});
        QVERIFY2(right.code == 0, qPrintable(right.err));
        // A born-digital page keeps its own text.
        QVERIFY(readText(QDir(out).filePath(QStringLiteral("protected-p001.txt")))
                    .contains(QStringLiteral("password test page")));
    }

    void crashOnOnePageCostsOnlyThatPage()
    {
        const QString out = path(QStringLiteral("crash"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("COURTDESK_OCR_FAULT"), QStringLiteral("crash@2"));
        const CliRun r = runCli({QStringLiteral("ocr"), QStringLiteral("--text-dir"), out,
                                 path(QStringLiteral("scan.pdf"))},
                                env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Page 2 of scan.pdf")), qPrintable(r.err));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("scan-p001.txt"))));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("scan-p002.txt"))));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("scan-p003.txt"))));
    }

    void hangOnOnePageHitsTheTimeLimit()
    {
        const QString out = path(QStringLiteral("hang"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("COURTDESK_OCR_FAULT"), QStringLiteral("hang@1"));
        // Long enough for a fresh worker to load its model and read a small page on a loaded
        // two-core machine (3 s once failed page 2 there), short enough to keep the test quick.
        env.insert(QStringLiteral("COURTDESK_OCR_PAGE_TIMEOUT"), QStringLiteral("10"));
        QElapsedTimer t;
        t.start();
        const CliRun r =
            runCli({QStringLiteral("ocr"), QStringLiteral("--jobs"), QStringLiteral("1"),
                    QStringLiteral("--text-dir"), out, path(QStringLiteral("scan.pdf"))},
                   env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("took too long")), qPrintable(r.err));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("scan-p002.txt"))));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("scan-p003.txt"))));
        QVERIFY(t.elapsed() < 90000);
    }

    void cancelStopsTheBatch()
    {
        ocr::OcrDocument d;
        d.path = path(QStringLiteral("scan.pdf"));
        ocr::OcrBatch batch({d, d}, 2);
        QSignalSpy finished(&batch, &ocr::OcrBatch::finished);
        QSignalSpy failed(&batch, &ocr::OcrBatch::pageFailed);
        QSignalSpy done(&batch, &ocr::OcrBatch::pageDone);
        connect(&batch, &ocr::OcrBatch::pageStarted, &batch, [&batch] { batch.cancel(); });
        batch.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        // Probes may also be cancelled, so not every page is known; none may finish after cancel.
        QVERIFY(done.size() < 6);
        QVERIFY(!failed.isEmpty());
        QCOMPARE(failed.first().at(2).value<ocr::FailureCode>(), ocr::FailureCode::Cancelled);
    }
};

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"
