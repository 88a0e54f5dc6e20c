#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace cd {
class Settings;
}

namespace cd::ui {

// 服务器设置: the court server's address, the account, the court CA file and the password
// (kept in memory unless "remember" is ticked).
class SyncSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SyncSettingsDialog(Settings& settings, const QString& password, QWidget* parent = nullptr);

    // Saves the fields into the settings registry; returns the password for this session.
    QString save();

private:
    Settings& m_settings;
    QLineEdit* m_url;
    QLineEdit* m_user;
    QLineEdit* m_ca;
    QLineEdit* m_password;
    QCheckBox* m_remember;
};

} // namespace cd::ui
