#pragma once

#include "common/result.h"
#include "pdfsigner.h"
#include "verificationreport.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QRectF>
#include <QString>

namespace cd {

// One signing order for the worker process (courtdesk-cli sign --json).
struct SignJob
{
    QString input;
    QString output;
    QString nssDir;     // or empty with profileDir set: PROFILE/nss
    QString profileDir; // records the signing in this profile's audit log
    QString caseNumber; // ... in this case's history
    QString nickname;
    QString imagePath;
    int page = -1; // 0-based; -1 = last
    QRectF rect;   // page fractions; empty: date line or bottom-right
    bool anchorAtDateLine = true;
    QString reason;
    QString location;

    QStringList arguments() const;
};

struct SignJobResult
{
    bool ok = false;
    SignOutcome outcome;
    Error error;
};

struct VerifyJobResult
{
    bool ok = false; // the worker produced a report (report.ok() says whether it is good)
    VerificationReport report;
    Error error;
};

// Runs courtdesk-cli as a worker process for PDF signing and verification. PDF parsing and NSS
// run there, so a malformed file or a crash in poppler costs one job, not the judge's window.
// The password goes to the worker on its standard input, never on the command line or on disk.
class SigningWorker : public QObject
{
    Q_OBJECT
public:
    explicit SigningWorker(QObject* parent = nullptr);
    ~SigningWorker() override;

    // COURTDESK_CLI from the environment, else courtdesk-cli next to the running program.
    static QString defaultCliPath();
    void setCliPath(const QString& path) { m_cli = path; }
    QString cliPath() const { return m_cli; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    bool isBusy() const;
    void sign(const SignJob& job, const QString& password);
    void verify(const QString& file, const QString& nssDir);
    // Kills the running worker; a half-written signed copy is removed.
    void cancel();

Q_SIGNALS:
    void signFinished(const cd::SignJobResult& result);
    void verifyFinished(const cd::VerifyJobResult& result);

private:
    void start(const QStringList& args, const QByteArray& input);
    void finish();
    Error workerError(const QString& what) const;
    void removePartialOutput() const;

    QString m_cli;
    int m_timeoutMs = 120000;
    QPointer<QProcess> m_process;
    enum class Kind { None, Sign, Verify } m_kind = Kind::None;
    QString m_output; // of the running sign job
    bool m_cancelled = false;
};

} // namespace cd
