#pragma once

// Shared by the signing tests and the signing benchmark: a throw-away PKI made with openssl, an
// NSS database built from it, and multi-page Chinese judgments made with QPdfWriter.

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cdtest {

struct ToolResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline ToolResult runTool(const QString& program, const QStringList& args,
                          const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                          const QByteArray& stdinData = {}, int timeoutMs = 60000)
{
    ToolResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted()) {
        r.err = p.errorString();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timeout");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Certificates: a court root CA, judges and a court seal certificate it issued, an expired one,
// one with documentSigning as its only EKU, and one from a CA nobody trusts. Keys are RSA-2048,
// made at test time in dir.
class TestPki
{
public:
    TestPki(const QString& dir, const QString& opensslConfig) : m_dir(dir), m_config(opensslConfig)
    {
    }

    QString dir() const { return m_dir; }
    QString path(const QString& name) const { return QDir(m_dir).filePath(name); }
    const QString& lastError() const { return m_error; }

    bool makeCa(const QString& name, const QString& subject)
    {
        return tool(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
             QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), path(name + QStringLiteral(".key")), QStringLiteral("-out"),
             path(name + QStringLiteral(".pem")), QStringLiteral("-days"), QStringLiteral("3650"),
             QStringLiteral("-subj"), subject, QStringLiteral("-utf8"), QStringLiteral("-config"),
             m_config, QStringLiteral("-extensions"), QStringLiteral("ca_ext")});
    }

    // A certificate from `issuer` with extensions `ext`, valid from..to (openssl ca dates,
    // YYYYMMDDHHMMSSZ), packed with its key and the issuer into name.p12 (password p12Password).
    bool makeSigner(const QString& name, const QString& subject, const QString& issuer,
                    const QString& ext, const QString& from, const QString& to)
    {
        QDir().mkpath(path(QStringLiteral("issued")));
        if (!QFile::exists(path(QStringLiteral("index.txt")))) {
            QFile idx(path(QStringLiteral("index.txt")));
            idx.open(QIODevice::WriteOnly);
            QFile serial(path(QStringLiteral("serial")));
            serial.open(QIODevice::WriteOnly);
            serial.write("1000\n");
        }
        if (!tool({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                   path(name + QStringLiteral(".csr")), QStringLiteral("-subj"), subject,
                   QStringLiteral("-utf8"), QStringLiteral("-config"), m_config}))
            return false;
        if (!tool({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                   m_config, QStringLiteral("-in"), path(name + QStringLiteral(".csr")),
                   QStringLiteral("-out"), path(name + QStringLiteral(".pem")),
                   QStringLiteral("-extensions"), ext, QStringLiteral("-startdate"), from,
                   QStringLiteral("-enddate"), to, QStringLiteral("-notext")},
                  issuer))
            return false;
        return tool({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                     path(name + QStringLiteral(".key")), QStringLiteral("-in"),
                     path(name + QStringLiteral(".pem")), QStringLiteral("-certfile"),
                     path(issuer + QStringLiteral(".pem")), QStringLiteral("-name"), name,
                     QStringLiteral("-out"), path(name + QStringLiteral(".p12")),
                     QStringLiteral("-passout"), QStringLiteral("pass:") + p12Password()});
    }

    static QString p12Password() { return QStringLiteral("p12-test-pass"); }

    // openssl ca date strings relative to now.
    static QString date(qint64 daysFromNow)
    {
        return QDateTime::currentDateTimeUtc()
                   .addDays(daysFromNow)
                   .toString(QStringLiteral("yyyyMMddHHmmss")) +
               QLatin1Char('Z');
    }

private:
    bool tool(const QStringList& args, const QString& issuer = QStringLiteral("ca"))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CD_PKI_DIR"), m_dir);
        env.insert(QStringLiteral("CD_ISSUER"), issuer);
        const ToolResult r = runTool(QStringLiteral("openssl"), args, env);
        if (r.exitCode != 0)
            m_error = args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
        return r.exitCode == 0;
    }

    QString m_dir;
    QString m_config;
    QString m_error;
};

// A judgment of `pages` A4 pages in Chinese; the last page ends with the signature block and the
// date line in Chinese numerals, where the court seal goes.
inline bool makeJudgmentPdf(const QString& path, int pages, const QString& caseNumber,
                            const QDate& date = QDate(2026, 3, 1))
{
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setResolution(144);
    w.setTitle(QStringLiteral("民事判决书"));
    w.setCreator(QStringLiteral("CourtDesk tests"));
    QPainter p;
    if (!p.begin(&w))
        return false;
    QFont body;
    body.setFamilies({QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")});
    body.setPointSizeF(14);
    QFont title = body;
    title.setPointSizeF(20);
    title.setBold(true);
    const QString paragraph = QStringLiteral(
        "本院认为，当事人应当按照约定全面履行自己的义务。被告未按合同约定支付货款，应当承担继续"
        "履行及赔偿损失的违约责任。原告主张的货款金额有送货单、对账单为证，本院予以确认。");
    const int width = w.width(), height = w.height();
    const int margin = width / 8;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            w.newPage();
        int y = margin;
        if (page == 0) {
            p.setFont(title);
            p.drawText(QRect(0, y, width, 80), Qt::AlignHCenter,
                       QStringLiteral("甘肃省兰州市中级人民法院"));
            y += 80;
            p.drawText(QRect(0, y, width, 80), Qt::AlignHCenter, QStringLiteral("民 事 判 决 书"));
            y += 90;
            p.setFont(body);
            p.drawText(QRect(0, y, width - margin, 40), Qt::AlignRight, caseNumber);
            y += 70;
        }
        p.setFont(body);
        const int blocks = page + 1 == pages ? 3 : 8;
        for (int b = 0; b < blocks; ++b) {
            QRect r(margin, y, width - 2 * margin, height);
            QRect used = p.boundingRect(r, Qt::TextWordWrap, paragraph);
            p.drawText(r, Qt::TextWordWrap, paragraph);
            y += used.height() + 30;
        }
        if (page + 1 == pages) {
            y += 60;
            const QStringList block{QStringLiteral("审  判  长    马建国"),
                                    QStringLiteral("审  判  员    李  静"),
                                    QStringLiteral("审  判  员    王  强")};
            for (const QString& l : block) {
                p.drawText(QRect(margin, y, width - 2 * margin, 40), Qt::AlignRight, l);
                y += 50;
            }
            static const QString digits = QStringLiteral("〇一二三四五六七八九");
            auto small = [&](int n) {
                QString s = n >= 20 ? QString(digits[n / 10]) : QString();
                if (n >= 10)
                    s += QStringLiteral("十");
                if (n % 10 || n < 10)
                    s += digits[n % 10];
                return s;
            };
            QString year;
            for (QChar c : QString::number(date.year()))
                year += digits[c.digitValue()];
            const QString dateLine = year + QStringLiteral("年") + small(date.month()) +
                                     QStringLiteral("月") + small(date.day()) +
                                     QStringLiteral("日");
            y += 30;
            p.drawText(QRect(margin, y, width - 2 * margin, 40), Qt::AlignRight, dateLine);
            y += 80;
            p.drawText(QRect(margin, y, width - 2 * margin, 40), Qt::AlignRight,
                       QStringLiteral("书  记  员    赵  敏"));
        }
        p.drawText(QRect(0, height - margin / 2, width, 40), Qt::AlignHCenter,
                   QStringLiteral("第 %1 页 共 %2 页").arg(page + 1).arg(pages));
    }
    return p.end();
}

// Everything a signing test needs, made once per test binary in a temporary folder: the PKI,
// a password-protected NSS database with the judge ("judge"), the court seal certificate
// ("court"), an expired one ("expired"), a documentSigning-only one ("docsign") and one from an
// untrusted CA ("untrusted"); the court root is trusted, the rogue root is not imported.
struct SigningFixture
{
    QString root;
    QString nssDir;
    QString error;
    static QString dbPassword() { return QStringLiteral("judge-db-pass"); }

    bool build(const QString& dir, const QString& opensslConfig)
    {
        root = dir;
        TestPki pki(QDir(dir).filePath(QStringLiteral("pki")), opensslConfig);
        QDir().mkpath(pki.dir());
        const QString now = TestPki::date(-1), later = TestPki::date(365);
        const QString o = QStringLiteral("/O=甘肃省兰州市中级人民法院");
        const bool ok =
            pki.makeCa(QStringLiteral("ca"),
                       QStringLiteral("/CN=CourtDesk Test Root CA/O=CourtDesk Test")) &&
            pki.makeCa(QStringLiteral("rogue"), QStringLiteral("/CN=Rogue CA")) &&
            pki.makeSigner(QStringLiteral("judge"), QStringLiteral("/CN=马建国") + o,
                           QStringLiteral("ca"), QStringLiteral("signer_ext"), now, later) &&
            pki.makeSigner(QStringLiteral("court"),
                           QStringLiteral("/CN=甘肃省兰州市中级人民法院") + o, QStringLiteral("ca"),
                           QStringLiteral("signer_ext"), now, later) &&
            pki.makeSigner(QStringLiteral("expired"), QStringLiteral("/CN=过期法官") + o,
                           QStringLiteral("ca"), QStringLiteral("signer_ext"),
                           QStringLiteral("20200101000000Z"), QStringLiteral("20210101000000Z")) &&
            pki.makeSigner(QStringLiteral("docsign"), QStringLiteral("/CN=文档签名证书") + o,
                           QStringLiteral("ca"), QStringLiteral("docsign_ext"), now, later) &&
            pki.makeSigner(QStringLiteral("untrusted"), QStringLiteral("/CN=不明签名人"),
                           QStringLiteral("rogue"), QStringLiteral("signer_ext"), now, later);
        if (!ok)
            error = pki.lastError();
        return ok;
    }

    QString pki(const QString& name) const
    {
        return QDir(root).filePath(QStringLiteral("pki/") + name);
    }
};

} // namespace cdtest
