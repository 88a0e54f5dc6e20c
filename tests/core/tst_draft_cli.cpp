#include "drafting/templaterepository.h"
#include "tst_draft_testlib.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace cdt = cdtest::drafting;

// The CLI contract of issue 3, exactly as the issue writes the commands.
class TestDraftCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("COURTDESK_CLI");
        if (m_cli.isEmpty())
            QSKIP("COURTDESK_CLI is not set (run through ctest)");
        cdt::statuteLibrary(); // sets COURTDESK_STATUTES_DB for the child processes
    }

    void amountInWords_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("words");
        QTest::newRow("1409.50") << QStringLiteral("1409.50")
                                 << QStringLiteral("壹仟肆佰零玖元伍角");
        QTest::newRow("100") << QStringLiteral("100") << QStringLiteral("壹佰元整");
        QTest::newRow("6007.14") << QStringLiteral("6007.14")
                                 << QStringLiteral("陆仟零柒元壹角肆分");
        QTest::newRow("325.04") << QStringLiteral("325.04") << QStringLiteral("叁佰贰拾伍元零肆分");
    }
    void amountInWords()
    {
        QFETCH(QString, amount);
        QFETCH(QString, words);
        QCOMPARE(run({QStringLiteral("amount-in-words"), amount}), words + QLatin1Char('\n'));
        QCOMPARE(m_rc, 0);
    }

    void courtFee()
    {
        QCOMPARE(
            run({QStringLiteral("court-fee"), QStringLiteral("--claim"), QStringLiteral("150000")}),
            QStringLiteral("3300.00\n"));
        QCOMPARE(
            run({QStringLiteral("court-fee"), QStringLiteral("--claim"), QStringLiteral("150000"),
                 QStringLiteral("--procedure"), QStringLiteral("simplified")}),
            QStringLiteral("1650.00\n"));
        QCOMPARE(
            run({QStringLiteral("court-fee"), QStringLiteral("--claim"), QStringLiteral("150000"),
                 QStringLiteral("--procedure"), QStringLiteral("simplified"),
                 QStringLiteral("--mediated"), QStringLiteral("--withdrawn")}),
            QStringLiteral("1650.00\n"));
        QCOMPARE(
            run({QStringLiteral("court-fee"), QStringLiteral("--claim"), QStringLiteral("5000"),
                 QStringLiteral("--procedure"), QStringLiteral("ordinary")}),
            QStringLiteral("50.00\n"));
        run({QStringLiteral("court-fee"), QStringLiteral("--claim"), QStringLiteral("abc")});
        QCOMPARE(m_rc, 2);
        run({QStringLiteral("court-fee"), QStringLiteral("--claim"), QStringLiteral("1"),
             QStringLiteral("--procedure"), QStringLiteral("fast")});
        QCOMPARE(m_rc, 2);
    }

    void templates()
    {
        QCOMPARE(run({QStringLiteral("templates")}),
                 cd::TemplateRepository::standardIds().join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }

    void draftByExtension()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        run({QStringLiteral("demo"), QStringLiteral("--profile"), profile,
             QStringLiteral("--cases"), QStringLiteral("10")});
        QCOMPARE(m_rc, 0);
        const QStringList numbers = run({QStringLiteral("cases"), QStringLiteral("--profile"),
                                         profile, QStringLiteral("list")})
                                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString civil;
        for (const QString& n : numbers) {
            if (n.contains(QStringLiteral("民初")))
                civil = n;
        }
        QVERIFY(!civil.isEmpty());
        for (const QString& ext :
             {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("docx")}) {
            const QString out = dir.filePath(QStringLiteral("judgment.") + ext);
            run({QStringLiteral("draft"), QStringLiteral("--profile"), profile,
                 QStringLiteral("--case"), civil, QStringLiteral("--template"),
                 QStringLiteral("civil-judgment"), QStringLiteral("--date"),
                 QStringLiteral("2026-11-28"), QStringLiteral("--out"), out});
            QCOMPARE(m_rc, 0);
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(4);
            QCOMPARE(head, ext == QLatin1String("pdf") ? QByteArrayLiteral("%PDF")
                                                       : QByteArrayLiteral("PK\x03\x04"));
        }
        // What was drafted proofreads clean.
        run({QStringLiteral("proofread"), dir.filePath(QStringLiteral("judgment.odt"))});
        QCOMPARE(m_rc, 0);
        run({QStringLiteral("draft"), QStringLiteral("--profile"), profile,
             QStringLiteral("--case"), civil, QStringLiteral("--template"),
             QStringLiteral("civil-judgment"), QStringLiteral("--date"),
             QStringLiteral("2026-11-28"), QStringLiteral("--out"),
             dir.filePath(QStringLiteral("x.rtf"))});
        QCOMPARE(m_rc, 2);
        run({QStringLiteral("draft"), QStringLiteral("--profile"), profile,
             QStringLiteral("--case"), civil, QStringLiteral("--template"),
             QStringLiteral("no-such-template"), QStringLiteral("--date"),
             QStringLiteral("2026-11-28"), QStringLiteral("--out"),
             dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(m_rc, 1);
    }

private:
    QString run(const QStringList& args)
    {
        QProcess p;
        p.start(m_cli, args);
        if (!p.waitForFinished(120000))
            qWarning() << "timeout" << args;
        m_rc = p.exitCode();
        m_err = QString::fromUtf8(p.readAllStandardError());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QString m_cli;
    QString m_err;
    int m_rc = -1;
};

QTEST_GUILESS_MAIN(TestDraftCli)
#include "tst_draft_cli.moc"
