#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;

namespace cd {
class CaseRepository;
class Profile;
} // namespace cd

namespace cd::ui {

class BackupController;
class CaseController;
class CaseEditDialog;
class CaseListPanel;
class CaseView;
class LanguageManager;
class MainWindowActions;
class MessageBar;

// The desk: the case list on the left, the open case on the right, menus, tool bar and a
// status bar with the case count, the profile folder and messages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // languages may be null (tests); then the settings dialog stores the language only.
    MainWindow(Profile& profile, LanguageManager* languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    CaseListPanel* caseList() const { return m_list; }
    CaseView* caseView() const { return m_view; }
    CaseController* cases() const { return m_cases.get(); }
    MessageBar* messageBar() const { return m_messages; }
    MainWindowActions* actions() const { return m_actions; }
    Profile& profile() { return m_profile; }

    // Window geometry, dock/tool bar state, splitter and list header through cd::Settings.
    void saveWindowState();
    void restoreWindowState();
    // When false, closing does not write the window state (startup measurements).
    void setSaveStateOnClose(bool save) { m_saveStateOnClose = save; }

    void showStatusMessage(const QString& text);

public slots:
    void newCase();
    void editCase();
    void deleteCase();
    void refresh();
    void openSettings();

signals:
    // File > Restore was confirmed; the application must close this window and the profile.
    void restoreRequested(const QString& backupFile);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void connectActions();
    void retranslateUi();
    void showCase(qint64 id);
    void updateCounts();
    void updateActions();
    void showError(const QString& message);
    void showAbout();
    CaseEditDialog* createCaseDialog();

    Profile& m_profile;
    LanguageManager* m_languages;
    std::unique_ptr<CaseRepository> m_repository;
    std::unique_ptr<CaseController> m_cases;
    MessageBar* m_messages;
    QSplitter* m_splitter;
    CaseListPanel* m_list;
    CaseView* m_view;
    MainWindowActions* m_actions;
    BackupController* m_backup;
    QLabel* m_countLabel;
    QLabel* m_profileLabel;
    bool m_saveStateOnClose = true;
};

} // namespace cd::ui
