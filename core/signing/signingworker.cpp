#include "signingworker.h"

#include "signingerror.h"
#include "signinglog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

namespace cd {

QStringList SignJob::arguments() const
{
    QStringList a{QStringLiteral("sign"),
                  QStringLiteral("--json"),
                  QStringLiteral("--nick"),
                  nickname,
                  QStringLiteral("--password-file"),
                  QStringLiteral("-")};
    if (!nssDir.isEmpty())
        a << QStringLiteral("--nss-dir") << nssDir;
    if (!profileDir.isEmpty())
        a << QStringLiteral("--profile") << profileDir;
    if (!caseNumber.isEmpty())
        a << QStringLiteral("--case") << caseNumber;
    if (!imagePath.isEmpty())
        a << QStringLiteral("--seal") << imagePath;
    a << QStringLiteral("--page")
      << (page < 0 ? QStringLiteral("last") : QString::number(page + 1));
    if (!rect.isEmpty()) {
        a << QStringLiteral("--rect")
          << QStringLiteral("%1,%2,%3,%4")
                 .arg(rect.x(), 0, 'f', 5)
                 .arg(rect.y(), 0, 'f', 5)
                 .arg(rect.width(), 0, 'f', 5)
                 .arg(rect.height(), 0, 'f', 5);
    } else if (anchorAtDateLine) {
        a << QStringLiteral("--anchor") << QStringLiteral("date-line");
    }
    if (!reason.isEmpty())
        a << QStringLiteral("--reason") << reason;
    if (!location.isEmpty())
        a << QStringLiteral("--location") << location;
    a << input << output;
    return a;
}

SigningWorker::SigningWorker(QObject* parent) : QObject(parent), m_cli(defaultCliPath()) {}

SigningWorker::~SigningWorker()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
        if (m_kind == Kind::Sign)
            removePartialOutput();
    }
}

QString SigningWorker::defaultCliPath()
{
    const QString env = qEnvironmentVariable("COURTDESK_CLI");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("courtdesk-cli"));
}

bool SigningWorker::isBusy() const
{
    return m_process != nullptr;
}

void SigningWorker::sign(const SignJob& job, const QString& password)
{
    m_kind = Kind::Sign;
    m_output = job.output;
    start(job.arguments(), password.toUtf8() + '\n');
}

void SigningWorker::verify(const QString& file, const QString& nssDir)
{
    m_kind = Kind::Verify;
    QStringList a{QStringLiteral("verify"), QStringLiteral("--json")};
    if (!nssDir.isEmpty())
        a << QStringLiteral("--nss-dir") << nssDir;
    a << file;
    start(a, {});
}

void SigningWorker::start(const QStringList& args, const QByteArray& input)
{
    Q_ASSERT(!m_process);
    m_cancelled = false;
    m_process = new QProcess(this);
    m_process->setProgram(m_cli);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COURTDESK_LANGUAGE"), QLocale().name());
    m_process->setProcessEnvironment(env);
    m_process->setArguments(args);
    connect(m_process, &QProcess::finished, this, &SigningWorker::finish);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish();
    });
    QTimer::singleShot(m_timeoutMs, m_process, [p = m_process] { p->kill(); });
    m_process->start();
    if (!input.isEmpty()) {
        m_process->write(input);
        m_process->closeWriteChannel();
    }
}

Error SigningWorker::workerError(const QString& what) const
{
    return signingError(SigningFailure::WorkerFailed, what,
                        m_process ? QString::fromUtf8(m_process->readAllStandardError())
                                  : QString());
}

void SigningWorker::removePartialOutput() const
{
    // The worker signs into ".OUT.XXXXXX.part" next to OUT; a killed worker leaves it behind.
    const QFileInfo out(m_output);
    QDir dir = out.absoluteDir();
    const QStringList parts = dir.entryList({QStringLiteral(".%1.*.part").arg(out.fileName())},
                                            QDir::Files | QDir::Hidden);
    for (const QString& p : parts)
        dir.remove(p);
}

void SigningWorker::finish()
{
    if (!m_process)
        return;
    QProcess* p = m_process;
    const Kind kind = m_kind;
    const bool crashed =
        p->exitStatus() != QProcess::NormalExit || p->error() == QProcess::FailedToStart;
    const QJsonObject json = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
    Error error;
    if (m_cancelled) {
        error = signingError(SigningFailure::Cancelled, tr("Cancelled."));
    } else if (p->error() == QProcess::FailedToStart) {
        error = signingError(SigningFailure::WorkerFailed,
                             tr("The signing program %1 could not be started.").arg(m_cli),
                             p->errorString());
    } else if (crashed) {
        error = workerError(tr("The signing process stopped unexpectedly; the document was not "
                               "changed."));
    } else if (json.isEmpty()) {
        error = workerError(tr("The signing process gave no answer."));
    } else if (json.contains(QStringLiteral("error"))) {
        SigningFailure f = signingFailureFromKey(json.value(QStringLiteral("error")).toString());
        if (f == SigningFailure::None)
            f = SigningFailure::WorkerFailed; // an error outside signing (files, profile)
        error = signingError(
            f, json.value(QStringLiteral("message")).toString(),
            json.value(QStringLiteral("detail")).toString().section(QLatin1Char(':'), 1).trimmed());
    }
    if ((crashed || m_cancelled) && kind == Kind::Sign)
        removePartialOutput();
    m_process = nullptr;
    m_kind = Kind::None;
    p->deleteLater();

    const bool ok = error.code == ErrorCode::None;
    if (kind == Kind::Sign) {
        SignJobResult r;
        r.ok = ok;
        r.error = error;
        if (ok)
            r.outcome = SignOutcome::fromJson(json);
        Q_EMIT signFinished(r);
    } else if (kind == Kind::Verify) {
        VerifyJobResult r;
        r.ok = ok;
        r.error = error;
        if (ok) {
            r.report = VerificationReport::fromJson(json);
            // Explain in this process's language: the worker has no translator installed.
            for (SignatureReport& s : r.report.signatures)
                s.explanations = SignatureExplainer::explain(s);
            r.report.summary = SignatureExplainer::summarize(r.report);
        }
        Q_EMIT verifyFinished(r);
    }
}

void SigningWorker::cancel()
{
    if (!m_process)
        return;
    m_cancelled = true;
    m_process->kill();
}

} // namespace cd
