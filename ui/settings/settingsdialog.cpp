#include "settingsdialog.h"

#include "app/languagemanager.h"
#include "common/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cd::ui {

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)),
      m_actor(new QLineEdit(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_actor->setObjectName(QStringLiteral("actorNameEdit"));
    for (const QString& language : LanguageManager::languages())
        m_language->addItem(LanguageManager::nativeName(language), language);
    setLanguage(settings.value(SettingsKeys::language));
    m_actor->setText(settings.value(SettingsKeys::actorName));
    m_actor->setPlaceholderText(qEnvironmentVariable("USER"));

    auto* actorHint = new QLabel(tr("Recorded in the audit log with every change. A new name "
                                    "takes effect the next time CourtDesk starts."),
                                 this);
    actorHint->setWordWrap(true);
    actorHint->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("Your &name"), m_actor);
    form->addRow(QString(), actorHint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setLanguage(const QString& language)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
}

QString SettingsDialog::actorName() const
{
    return m_actor->text().trimmed();
}

void SettingsDialog::accept()
{
    m_settings.setValue(SettingsKeys::language, language());
    m_settings.setValue(SettingsKeys::actorName, actorName());
    m_settings.sync();
    QDialog::accept();
}

} // namespace cd::ui
