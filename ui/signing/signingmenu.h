#pragma once

#include <QMenu>

class QMenuBar;

namespace cd {
class Profile;
}

namespace cd::ui {

class VerificationPanel;

// The 签章 (Signing) menu: sign, batch-sign and verify PDFs, manage certificates and seals.
// It is the signing module's one hook into the main window: construct it with the menu bar and
// it puts itself before the Help menu.
class SigningMenu : public QMenu
{
    Q_OBJECT
public:
    SigningMenu(Profile& profile, QMenuBar* bar, QWidget* window);

    QAction* signAction() const { return m_sign; }
    QAction* batchAction() const { return m_batch; }
    QAction* verifyAction() const { return m_verify; }
    QAction* certificatesAction() const { return m_certificates; }
    QAction* sealsAction() const { return m_seals; }

    // Opens the dialogs directly (tests, and other modules that have a file at hand).
    void signFile(const QString& pdf);
    void verifyFile(const QString& pdf);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseAndSign();
    void chooseAndVerify();
    void openBatch();
    void openCertificates();
    void openSeals();

    Profile& m_profile;
    QWidget* m_window;
    QAction* m_sign;
    QAction* m_batch;
    QAction* m_verify;
    QAction* m_certificates;
    QAction* m_seals;
};

} // namespace cd::ui
