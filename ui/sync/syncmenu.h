#pragma once

#include <QMenu>

class QLabel;
class QMenuBar;
class QStatusBar;

namespace cd {
class Profile;
}

namespace cd::ui {

class SyncController;

// 同步: sync now, conflicts, server settings; and the sync status in the status bar.
class SyncMenu : public QMenu
{
    Q_OBJECT
public:
    SyncMenu(Profile& profile, QMenuBar* bar, QStatusBar* status, QWidget* window);

    SyncController& controller() { return *m_controller; }
    QLabel* statusLabel() const { return m_status; }
    void openSettings();
    void resolveConflicts();

signals:
    // Records changed under the window (pulled or resolved): reload views.
    void dataChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateStatus();

    Profile& m_profile;
    QWidget* m_window;
    SyncController* m_controller;
    QLabel* m_status;
    QAction* m_syncNow;
    QAction* m_conflicts;
    QAction* m_settings;
};

} // namespace cd::ui
