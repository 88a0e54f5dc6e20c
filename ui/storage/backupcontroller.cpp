#include "backupcontroller.h"

#include "common/clock.h"
#include "common/logging.h"
#include "common/progressjob.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

namespace cd::ui {

namespace {

using Done = std::function<void(const Result<BackupSummary>&)>;

ProgressJob* runJob(QWidget* parent, const QString& title, const QString& label,
                    std::function<Result<BackupSummary>(const Backup::Progress&)> work, Done done)
{
    auto* job = new ProgressJob(parent, title, label);
    auto result =
        std::make_shared<Result<BackupSummary>>(makeError(ErrorCode::Cancelled, QString()));
    QObject::connect(job, &ProgressJob::finished, job, [job, result, done = std::move(done)] {
        done(*result);
        job->deleteLater();
    });
    job->start([result, work = std::move(work)](const ProgressJob::Progress& progress) {
        *result = work(progress);
    });
    return job;
}

} // namespace

BackupController::BackupController(QWidget* window, QString profileDir, QObject* parent)
    : QObject(parent), m_window(window), m_profileDir(std::move(profileDir))
{
}

QString BackupController::fileFilter()
{
    return tr("CourtDesk backups (*.cdbackup);;All files (*)");
}

ProgressJob* BackupController::runBackup(QWidget* parent, const QString& profileDir,
                                         const QString& file, Done done)
{
    return runJob(
        parent, tr("Back Up"), tr("Backing up all cases, evidence and documents…"),
        [profileDir, file](const Backup::Progress& progress) {
            return Backup::create(profileDir, file, progress);
        },
        std::move(done));
}

ProgressJob* BackupController::runRestore(QWidget* parent, const QString& profileDir,
                                          const QString& file, Done done)
{
    return runJob(
        parent, tr("Restore"), tr("Checking and restoring the backup…"),
        [profileDir, file](const Backup::Progress& progress) {
            return Backup::restore(profileDir, file, progress);
        },
        std::move(done));
}

void BackupController::backUp()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("courtdesk-%1.cdbackup")
            .arg(Clock::instance().now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString file =
        QFileDialog::getSaveFileName(m_window, tr("Back Up"), suggested, fileFilter());
    if (file.isEmpty())
        return;
    runBackup(m_window, m_profileDir, file, [this, file](const Result<BackupSummary>& r) {
        if (!r) {
            if (r.error().code == ErrorCode::Cancelled) {
                emit message(tr("Backup cancelled; no file was written."));
                return;
            }
            qCWarning(lcUi) << "backup failed:" << r.error().detail;
            QMessageBox::warning(m_window, tr("Back Up"), r.errorMessage());
            return;
        }
        const QString size = QLocale().formattedDataSize(r->bytes);
        emit message(tr("Backed up %n file(s) (%1) to %2.", nullptr, r->files).arg(size, file));
    });
}

void BackupController::chooseRestore()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file =
        QFileDialog::getOpenFileName(m_window, tr("Restore from Backup"), folder, fileFilter());
    if (file.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Restore from Backup"),
        tr("Replace every case on this desk with the contents of %1?\n\n"
           "The backup is checked completely before anything is replaced, and the current "
           "profile is kept in a folder next to it.")
            .arg(QDir::toNativeSeparators(file)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        emit restoreRequested(file);
}

} // namespace cd::ui
