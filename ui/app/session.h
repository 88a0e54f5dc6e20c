#pragma once

#include "app/commandline.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace cd {
class Profile;
}

namespace cd::ui {

class LanguageManager;
class MainWindow;

// One open profile and its main window. Owns the order of things that must not overlap:
// the window goes before the profile it uses, and a restore closes both, lets core swap the
// profile folder, then opens them again.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(LanguageManager& languages, StartupOptions options, QObject* parent = nullptr);
    ~Session() override;

    // Opens the profile and shows the main window. On failure reports the error (a message
    // box, or stderr when measuring startup) and returns false.
    bool start();
    MainWindow* window() const { return m_window.get(); }
    Profile* profile() const { return m_profile.get(); }

    // Offers demo data when the profile is empty (first start), unless switched off.
    void offerDemoData();

signals:
    void windowReplaced(MainWindow* window);

private:
    bool openProfile();
    void createWindow();
    void reportError(const QString& message);
    void restore(const QString& backupFile);
    void finishRestore(const QString& dir, const QString& message, bool failed);

    LanguageManager& m_languages;
    StartupOptions m_options;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace cd::ui
