#include "cases/casenumber.h"
#include "cases/idvalidators.h"
#include "common/clock.h"

#include <QProcess>
#include <QSet>
#include <QtTest>

using namespace cd;

namespace {

// Independent of the production tables: ISO 7064 MOD 11-2 weights are 2^(17-i) mod 11, and the
// check value is (12 - sum mod 11) mod 11 with 10 written as X.
QChar residentCheck(const QString& first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        int w = 1;
        for (int k = 0; k < 17 - i; ++k)
            w = w * 2 % 11;
        sum += first17.at(i).digitValue() * w;
    }
    const int v = (12 - sum % 11) % 11;
    return v == 10 ? QLatin1Char('X') : QChar(u'0' + v);
}

QString residentId(const QString& first17)
{
    return first17 + residentCheck(first17);
}

// GB 32100-2015: weights 3^i mod 31, check = 31 - sum mod 31, 31 -> 0.
const QString creditAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

QString creditCode(const QString& first17)
{
    int sum = 0;
    int w = 1;
    for (int i = 0; i < 17; ++i) {
        sum += creditAlphabet.indexOf(first17.at(i)) * w;
        w = w * 3 % 31;
    }
    return first17 + creditAlphabet.at((31 - sum % 31) % 31);
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& args)
{
    CliRun r;
    QProcess p;
    p.start(qEnvironmentVariable("COURTDESK_CLI"), args);
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestValidators : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2025, 6, 1), QTime(10, 0), Qt::LocalTime)};

private Q_SLOTS:
    void initTestCase() { Clock::setInstance(&m_clock); }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    // --- 案号 ---

    void caseNumberValid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("court");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("sequence");

        QTest::newRow("canonical") << "（2020）甘01民初123号"
                                   << "（2020）甘01民初123号" << 2020 << "甘01"
                                   << "民初" << 123;
        QTest::newRow("half-width parens") << "(2020)甘01民初123号"
                                           << "（2020）甘01民初123号" << 2020 << "甘01"
                                           << "民初" << 123;
        QTest::newRow("stray spaces") << "  ( 2020 ) 甘0102 民初 5 号 "
                                      << "（2020）甘0102民初5号" << 2020 << "甘0102"
                                      << "民初" << 5;
        QTest::newRow("full-width digits and space") << "（２０２１）甘０１民终７号　"
                                                     << "（2021）甘01民终7号" << 2021 << "甘01"
                                                     << "民终" << 7;
        QTest::newRow("supreme court") << "（2019）最高法民申1号"
                                       << "（2019）最高法民申1号" << 2019 << "最高法"
                                       << "民申" << 1;
        QTest::newRow("high court") << "（2022）甘执恢12号"
                                    << "（2022）甘执恢12号" << 2022 << "甘"
                                    << "执恢" << 12;
        QTest::newRow("bingtuan basic") << "（2021）兵0102执异3号"
                                        << "（2021）兵0102执异3号" << 2021 << "兵0102"
                                        << "执异" << 3;
        QTest::newRow("ip court") << "（2023）京73民终1000号"
                                  << "（2023）京73民终1000号" << 2023 << "京73"
                                  << "民终" << 1000;
        QTest::newRow("bankruptcy") << "（2022）沪0115破2号"
                                    << "（2022）沪0115破2号" << 2022 << "沪0115"
                                    << "破" << 2;
        QTest::newRow("criminal retrial") << "（2018）新刑再9号"
                                          << "（2018）新刑再9号" << 2018 << "新"
                                          << "刑再" << 9;
        QTest::newRow("judicial aid") << "（2024）甘01司救4号"
                                      << "（2024）甘01司救4号" << 2024 << "甘01"
                                      << "司救" << 4;
        QTest::newRow("state compensation") << "（2024）甘赔1号"
                                            << "（2024）甘赔1号" << 2024 << "甘"
                                            << "赔" << 1;
        QTest::newRow("third-party revocation") << "（2024）甘0102民撤8号"
                                                << "（2024）甘0102民撤8号" << 2024 << "甘0102"
                                                << "民撤" << 8;
        QTest::newRow("year 1949") << "（1949）京01民初1号"
                                   << "（1949）京01民初1号" << 1949 << "京01"
                                   << "民初" << 1;
        QTest::newRow("year 2100") << "(2100)藏01行初1号"
                                   << "（2100）藏01行初1号" << 2100 << "藏01"
                                   << "行初" << 1;
        QTest::newRow("sequence with zeros inside") << "（2020）甘01民初100200号"
                                                    << "（2020）甘01民初100200号" << 2020 << "甘01"
                                                    << "民初" << 100200;
    }

    void caseNumberValid()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        const auto r = CaseNumberParser::parse(input);
        QVERIFY2(r.isOk(), qPrintable(r.errorMessage()));
        QCOMPARE(r.value().toString(), normalised);
        QTEST(r.value().year, "year");
        QTEST(r.value().courtCode, "court");
        QTEST(r.value().typeCode, "type");
        QTEST(r.value().sequence, "sequence");
        QVERIFY(r.value().type() != nullptr);
        QCOMPARE(CaseNumberParser::normalise(input), normalised);
        // Normalising is idempotent.
        QCOMPARE(CaseNumberParser::normalise(normalised), normalised);
    }

    void caseNumberInvalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("blank") << "   "
                               << "empty";
        QTest::newRow("leading zero") << "（2020）甘01民初0123号"
                                      << "0123";
        QTest::newRow("zero sequence") << "（2020）甘01民初0号"
                                       << "must not start with 0";
        QTest::newRow("unknown province") << "（2020）港01民初1号"
                                          << "港";
        QTest::newRow("latin province") << "（2020）G01民初1号"
                                        << "province";
        QTest::newRow("unknown type code") << "（2020）甘01民X1号"
                                           << "民X";
        QTest::newRow("unknown type code 2") << "（2020）甘01刑执1号"
                                             << "刑执";
        QTest::newRow("missing 号") << "（2020）甘01民初123"
                                    << "号";
        QTest::newRow("wrong trailer") << "（2020）甘01民初123号之一"
                                       << "之一";
        QTest::newRow("no parentheses") << "2020甘01民初123号"
                                        << "parentheses";
        QTest::newRow("old style brackets") << "〔2015〕甘01民初123号"
                                            << "parentheses";
        QTest::newRow("unclosed") << "（2020甘01民初123号"
                                  << "closing";
        QTest::newRow("two-digit year") << "（20）甘01民初123号"
                                        << "four digits";
        QTest::newRow("five-digit year") << "（20201）甘01民初123号"
                                         << "four digits";
        QTest::newRow("year 1948") << "（1948）甘01民初123号"
                                   << "1948";
        QTest::newRow("year 2101") << "（2101）甘01民初123号"
                                   << "2101";
        QTest::newRow("three-digit court") << "（2020）甘012民初123号"
                                           << "甘012";
        QTest::newRow("one-digit court") << "（2020）甘1民初123号"
                                         << "甘1";
        QTest::newRow("missing type") << "（2020）甘01号"
                                      << "sequence";
        QTest::newRow("missing sequence") << "（2020）甘01民初号"
                                          << "sequence";
        QTest::newRow("old style 字第") << "（2015）甘民初字第123号"
                                        << "民初字第";
        QTest::newRow("sequence too long") << "（2020）甘01民初1234567890号"
                                           << "too long";
        QTest::newRow("court only") << "（2020）甘01"
                                    << "type";
    }

    void caseNumberInvalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, messagePart);
        const auto r = CaseNumberParser::parse(input);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.errorMessage().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(r.errorMessage()));
        QVERIFY(CaseNumberParser::normalise(input).isEmpty());
    }

    void caseTypeTableIsComplete()
    {
        const QStringList required{
            QStringLiteral("民初"), QStringLiteral("民终"), QStringLiteral("民申"),
            QStringLiteral("民再"), QStringLiteral("民特"), QStringLiteral("民督"),
            QStringLiteral("民撤"), QStringLiteral("刑初"), QStringLiteral("刑终"),
            QStringLiteral("刑申"), QStringLiteral("刑再"), QStringLiteral("行初"),
            QStringLiteral("行终"), QStringLiteral("行申"), QStringLiteral("行再"),
            QStringLiteral("执"),   QStringLiteral("执恢"), QStringLiteral("执异"),
            QStringLiteral("执复"), QStringLiteral("执监"), QStringLiteral("破"),
            QStringLiteral("赔"),   QStringLiteral("司救")};
        for (const QString& code : required)
            QVERIFY2(CaseNumberParser::findTypeCode(code), qPrintable(code));
        QSet<QString> seen;
        for (const CaseTypeCode& t : CaseNumberParser::typeCodes()) {
            QVERIFY2(!seen.contains(t.code), qPrintable(t.code));
            seen.insert(t.code);
            QVERIFY(!t.stage().isEmpty());
            QVERIFY(!caseKindKey(t.kind).isEmpty());
            QVERIFY(!caseKindName(t.kind).isEmpty());
        }
        QCOMPARE(CaseNumberParser::findTypeCode(QStringLiteral("刑初"))->kind, CaseKind::Criminal);
        QCOMPARE(CaseNumberParser::findTypeCode(QStringLiteral("执恢"))->kind,
                 CaseKind::Enforcement);
        QCOMPARE(CaseNumberParser::provinceAbbreviations().size(), 32);
    }

    // --- 居民身份证号码 ---

    void residentIdValid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("male");

        QTest::newRow("public sample") << "11010519491231002X"
                                       << "11010519491231002X" << QDate(1949, 12, 31) << false;
        QTest::newRow("lower-case x") << "11010519491231002x"
                                      << "11010519491231002X" << QDate(1949, 12, 31) << false;
        QTest::newRow("spaces") << " 110105 19491231 002X "
                                << "11010519491231002X" << QDate(1949, 12, 31) << false;
        const QString leap = residentId(QStringLiteral("62010219800229123"));
        QTest::newRow("leap day, male") << leap << leap << QDate(1980, 2, 29) << true;
        const QString y2k = residentId(QStringLiteral("44030520000101002"));
        QTest::newRow("2000-01-01, female") << y2k << y2k << QDate(2000, 1, 1) << false;
        const QString gansu = residentId(QStringLiteral("62010319751015315"));
        QTest::newRow("gansu") << gansu << gansu << QDate(1975, 10, 15) << true;
        const QString today = residentId(QStringLiteral("51010420250601998"));
        QTest::newRow("born today") << today << today << QDate(2025, 6, 1) << false;
        const QString old = residentId(QStringLiteral("37010219000101001"));
        QTest::newRow("1900") << old << old << QDate(1900, 1, 1) << true;
        QString fullWidth = gansu;
        for (QChar& c : fullWidth)
            c = QChar(char16_t(c.unicode() - u'0' + 0xFF10));
        QTest::newRow("full-width digits") << fullWidth << gansu << QDate(1975, 10, 15) << true;
    }

    void residentIdValid()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        const auto r = IdValidators::parseResidentId(input);
        QVERIFY2(r.isOk(), qPrintable(r.errorMessage()));
        QCOMPARE(r.value().number, normalised);
        QTEST(r.value().birthDate, "birth");
        QTEST(r.value().male, "male");
        QCOMPARE(IdValidators::residentIdCheckChar(normalised.left(17)), normalised.at(17));
    }

    void residentIdInvalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("messagePart");

        // Every wrong check character for two valid numbers.
        const QString checks = QStringLiteral("0123456789X");
        for (const QString& valid : {QStringLiteral("11010519491231002X"),
                                     residentId(QStringLiteral("62010319751015315"))}) {
            for (QChar c : checks) {
                if (c == valid.at(17))
                    continue;
                QTest::addRow("check %s->%c", qPrintable(valid), char(c.unicode()))
                    << valid.left(17) + c << QStringLiteral("expected “%1”").arg(valid.at(17));
            }
        }
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("17 chars") << "11010519491231002"
                                  << "has 17";
        QTest::newRow("19 chars") << "11010519491231002X1"
                                  << "has 19";
        QTest::newRow("old 15-digit") << "110105491231002"
                                      << "has 15";
        QTest::newRow("letter inside") << "1101051949123A002X"
                                       << "position 14";
        QTest::newRow("X not last") << "X10105194912310021"
                                    << "position 1";
        QTest::newRow("region starts 0")
            << residentId(QStringLiteral("01010519491231002")) << "region";
        QTest::newRow("feb 30") << residentId(QStringLiteral("62010219990230123")) << "19990230";
        QTest::newRow("feb 29 non-leap")
            << residentId(QStringLiteral("62010219990229123")) << "19990229";
        QTest::newRow("feb 29 1900")
            << residentId(QStringLiteral("62010219000229123")) << "19000229";
        QTest::newRow("month 13") << residentId(QStringLiteral("62010219991301123")) << "19991301";
        QTest::newRow("month 0") << residentId(QStringLiteral("62010219990001123")) << "19990001";
        QTest::newRow("day 0") << residentId(QStringLiteral("62010219990100123")) << "19990100";
        QTest::newRow("day 32") << residentId(QStringLiteral("62010219990132123")) << "19990132";
        QTest::newRow("tomorrow") << residentId(QStringLiteral("62010220250602123")) << "future";
        QTest::newRow("next century")
            << residentId(QStringLiteral("62010221000101123")) << "future";
    }

    void residentIdInvalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, messagePart);
        const auto r = IdValidators::parseResidentId(input);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.errorMessage().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(r.errorMessage()));
        // Personal data stays out of the technical detail.
        if (input.size() >= 6)
            QVERIFY(!r.error().detail.contains(input));
    }

    void residentIdFollowsClock()
    {
        const QString born = residentId(QStringLiteral("62010220250602123"));
        QVERIFY(!IdValidators::parseResidentId(born).isOk());
        m_clock.advanceDays(1);
        QVERIFY(IdValidators::parseResidentId(born).isOk());
        m_clock.advanceDays(-1);
    }

    // --- 统一社会信用代码 ---

    void creditCodeValid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");

        QTest::newRow("public sample") << "91350100M000100Y43"
                                       << "91350100M000100Y43";
        QTest::newRow("lower case") << "91350100m000100y43"
                                    << "91350100M000100Y43";
        QTest::newRow("spaces") << " 9135 0100 M000 100Y 43 "
                                << "91350100M000100Y43";
        const QStringList bodies{
            QStringLiteral("91620102MA71XXXX0"), QStringLiteral("11100000000013127"),
            QStringLiteral("52100000500018920"), QStringLiteral("91440300MA5F0Y8X0"),
            QStringLiteral("Y1620000000000000"), QStringLiteral("12100000400000009")};
        for (const QString& body : bodies) {
            const QString code = creditCode(body);
            QTest::newRow(qPrintable(code)) << code << code;
        }
        // Find bodies whose check value is 0 (the 31 -> 0 case) and 30 (Y).
        bool have0 = false;
        bool haveY = false;
        for (int n = 0; n < 2000 && !(have0 && haveY); ++n) {
            const QString code =
                creditCode(QStringLiteral("916201020000%1").arg(n, 5, 10, QLatin1Char('0')));
            if (!have0 && code.endsWith(QLatin1Char('0'))) {
                QTest::newRow("check 0") << code << code;
                have0 = true;
            }
            if (!haveY && code.endsWith(QLatin1Char('Y'))) {
                QTest::newRow("check Y") << code << code;
                haveY = true;
            }
        }
        QVERIFY(have0 && haveY);
    }

    void creditCodeValid()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        const auto r = IdValidators::parseCreditCode(input);
        QVERIFY2(r.isOk(), qPrintable(r.errorMessage()));
        QCOMPARE(r.value(), normalised);
        QCOMPARE(IdValidators::creditCodeCheckChar(normalised.left(17)), normalised.at(17));
    }

    void creditCodeInvalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("messagePart");

        const QString valid = QStringLiteral("91350100M000100Y43");
        for (QChar c : creditAlphabet) {
            if (c == valid.at(17))
                continue;
            QTest::addRow("check %c", char(c.unicode()))
                << valid.left(17) + c << QStringLiteral("expected “3”");
        }
        for (const char* letter : {"I", "O", "Z", "S", "V"}) {
            QString bad = valid;
            bad[8] = QLatin1Char(letter[0]);
            QTest::addRow("letter %s", letter) << bad << "position 9";
        }
        QTest::newRow("lower-case o") << "91350100o000100Y43"
                                      << "position 9";
        QTest::newRow("bad check char") << "91350100M000100Y4I"
                                        << "position 18";
        QTest::newRow("punctuation") << "91350100-000100Y43"
                                     << "position 9";
        QTest::newRow("chinese") << "91350100中000100Y43"
                                 << "position 9";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("17 chars") << "91350100M000100Y4"
                                  << "has 17";
        QTest::newRow("19 chars") << "91350100M000100Y433"
                                  << "has 19";
        QTest::newRow("old org code") << "M000100Y4"
                                      << "has 9";
        QTest::newRow("swapped digits") << "93150100M000100Y43"
                                        << "expected";
    }

    void creditCodeInvalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, messagePart);
        const auto r = IdValidators::parseCreditCode(input);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.errorMessage().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(r.errorMessage()));
    }

    void checkCharsRejectMalformedInput()
    {
        QVERIFY(IdValidators::residentIdCheckChar(QStringLiteral("1234")).isNull());
        QVERIFY(IdValidators::residentIdCheckChar(QStringLiteral("1101051949123100A")).isNull());
        QVERIFY(IdValidators::creditCodeCheckChar(QStringLiteral("91350100M000100YI")).isNull());
        QCOMPARE(IdValidators::creditCodeAlphabet().size(), 31);
    }

    // --- courtdesk-cli check ---

    void cliCheck_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutLine");

        QTest::newRow("case number") << QStringList{"check", "case-number", "(2020)甘01民初123号"}
                                     << 0 << "（2020）甘01民初123号";
        QTest::newRow("case number split by shell")
            << QStringList{"check", "case-number", "(2020)", "甘01民初123号"} << 0
            << "（2020）甘01民初123号";
        QTest::newRow("bad case number")
            << QStringList{"check", "case-number", "（2020）甘01民初0123号"} << 1 << "";
        QTest::newRow("id lower x")
            << QStringList{"check", "id", "11010519491231002x"} << 0 << "11010519491231002X";
        QTest::newRow("bad id") << QStringList{"check", "id", "110105194912310021"} << 1 << "";
        QTest::newRow("credit code") << QStringList{"check", "credit-code", "91350100m000100y43"}
                                     << 0 << "91350100M000100Y43";
        QTest::newRow("bad credit code")
            << QStringList{"check", "credit-code", "91350100M000100Y44"} << 1 << "";
        QTest::newRow("no kind") << QStringList{"check"} << 2 << "";
        QTest::newRow("no value") << QStringList{"check", "id"} << 2 << "";
        QTest::newRow("unknown kind") << QStringList{"check", "passport", "E123"} << 2 << "";
    }

    void cliCheck()
    {
        if (qEnvironmentVariableIsEmpty("COURTDESK_CLI"))
            QSKIP("COURTDESK_CLI is not set (run through ctest)");
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutLine);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 0) {
            QCOMPARE(r.out, stdoutLine + QLatin1Char('\n'));
            QVERIFY(r.err.isEmpty());
        } else {
            QVERIFY(r.out.isEmpty());
            QVERIFY(!r.err.trimmed().isEmpty());
        }
    }

    void cliCheckExplainsRejection()
    {
        if (qEnvironmentVariableIsEmpty("COURTDESK_CLI"))
            QSKIP("COURTDESK_CLI is not set (run through ctest)");
        const CliRun r = runCli(
            {QStringLiteral("check"), QStringLiteral("id"), QStringLiteral("110105194912310021")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("expected “X”")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
