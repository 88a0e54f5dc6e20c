#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace cd {
class Settings;
}

namespace cd::ui {

// Ctrl+, : the UI language (applied at once) and the name recorded in the audit log.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);

    QString language() const;
    void setLanguage(const QString& language);
    QString actorName() const;

public slots:
    // Writes the values to the settings registry.
    void accept() override;

private:
    Settings& m_settings;
    QComboBox* m_language;
    QLineEdit* m_actor;
};

} // namespace cd::ui
