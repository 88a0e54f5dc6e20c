#include "syncsettingsdialog.h"

#include "common/settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace cd::ui {

SyncSettingsDialog::SyncSettingsDialog(Settings& settings, const QString& password, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_url(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_ca(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Remember the password on this computer"), this))
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(tr("Server settings"));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://court.example:8443"));
    m_url->setText(settings.value(SettingsKeys::syncServerUrl));
    m_user->setText(settings.value(SettingsKeys::syncUser));
    m_ca->setText(settings.value(SettingsKeys::syncCaFile));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setText(password);
    m_remember->setChecked(settings.value(SettingsKeys::syncRememberPassword));

    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString f = QFileDialog::getOpenFileName(
            this, tr("Court CA certificate"), m_ca->text(), tr("Certificates (*.pem *.crt)"));
        if (!f.isEmpty())
            m_ca->setText(f);
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Server address:"), m_url);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Court CA file:"), caRow);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString SyncSettingsDialog::save()
{
    m_settings.setValue(SettingsKeys::syncServerUrl, m_url->text().trimmed());
    m_settings.setValue(SettingsKeys::syncUser, m_user->text().trimmed());
    m_settings.setValue(SettingsKeys::syncCaFile, m_ca->text().trimmed());
    m_settings.setValue(SettingsKeys::syncRememberPassword, m_remember->isChecked());
    m_settings.setValue(SettingsKeys::syncPassword,
                        m_remember->isChecked() ? m_password->text() : QString());
    m_settings.sync();
    return m_password->text();
}

} // namespace cd::ui
