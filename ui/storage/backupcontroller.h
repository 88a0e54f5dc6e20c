#pragma once

#include "common/result.h"
#include "storage/backup.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace cd::ui {

class ProgressJob;

// File > Back Up and File > Restore. Backing up runs while the desk stays open (core takes a
// consistent snapshot). Restoring replaces the profile, so it only picks and confirms the file
// here; the application closes the profile and calls runRestore().
class BackupController : public QObject
{
    Q_OBJECT
public:
    BackupController(QWidget* window, QString profileDir, QObject* parent = nullptr);

    void backUp();
    // Asks for a backup file and confirmation, then emits restoreRequested().
    void chooseRestore();

    // Writes a backup of the profile to file behind a progress dialog; done runs in the GUI
    // thread with core's result.
    static ProgressJob* runBackup(QWidget* parent, const QString& profileDir, const QString& file,
                                  std::function<void(const Result<BackupSummary>&)> done);
    // Restores file into profileDir, which must not be open.
    static ProgressJob* runRestore(QWidget* parent, const QString& profileDir, const QString& file,
                                   std::function<void(const Result<BackupSummary>&)> done);

    static QString fileFilter();

signals:
    void restoreRequested(const QString& backupFile);
    // Short outcome for the status bar.
    void message(const QString& text);

private:
    QPointer<QWidget> m_window;
    QString m_profileDir;
};

} // namespace cd::ui
