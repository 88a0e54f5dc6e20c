#include "syncmenu.h"

#include "cases/caserepository.h"
#include "conflictdialog.h"
#include "storage/profile.h"
#include "sync/syncapply.h"
#include "synccontroller.h"
#include "syncsettingsdialog.h"

#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSqlQuery>
#include <QStatusBar>

namespace cd::ui {

SyncMenu::SyncMenu(Profile& profile, QMenuBar* bar, QStatusBar* status, QWidget* window)
    : QMenu(bar), m_profile(profile), m_window(window),
      m_controller(new SyncController(profile, this)), m_status(new QLabel(window)),
      m_syncNow(addAction(QString())), m_conflicts(addAction(QString())),
      m_settings(addAction(QString()))
{
    setObjectName(QStringLiteral("syncMenu"));
    m_syncNow->setObjectName(QStringLiteral("actionSyncNow"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    m_conflicts->setObjectName(QStringLiteral("actionSyncConflicts"));
    m_settings->setObjectName(QStringLiteral("actionSyncSettings"));
    m_status->setObjectName(QStringLiteral("syncStatusLabel"));
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), this);
    status->addPermanentWidget(m_status);
    connect(m_syncNow, &QAction::triggered, m_controller, &SyncController::syncNow);
    connect(m_conflicts, &QAction::triggered, this, &SyncMenu::resolveConflicts);
    connect(m_settings, &QAction::triggered, this, &SyncMenu::openSettings);
    connect(m_controller, &SyncController::statusChanged, this, &SyncMenu::updateStatus);
    connect(m_controller, &SyncController::dataChanged, this, &SyncMenu::dataChanged);
    retranslateUi();
}

void SyncMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void SyncMenu::retranslateUi()
{
    setTitle(tr("S&ync"));
    m_syncNow->setText(tr("Sync &now"));
    m_conflicts->setText(tr("Resolve &conflicts…"));
    m_settings->setText(tr("&Server settings…"));
    updateStatus();
}

void SyncMenu::updateStatus()
{
    const auto s = m_controller->status();
    m_status->setText(m_controller->statusText());
    QString tip = m_controller->lastError();
    if (!m_controller->canPush())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) +
               tr("This account may read the court's records but not change them.");
    m_status->setToolTip(tip);
    m_syncNow->setEnabled(!m_controller->running());
    m_conflicts->setEnabled(m_controller->openConflicts() > 0 && m_controller->canPush());
    m_status->setStyleSheet(s == SyncController::Status::Conflicts ||
                                    s == SyncController::Status::LoginNeeded
                                ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                : QString());
}

void SyncMenu::openSettings()
{
    auto* d = new SyncSettingsDialog(m_profile.settings(), QString(), m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d]() {
        m_controller->setPassword(d->save());
        m_controller->refresh();
        m_controller->syncNow();
    });
    d->open();
}

void SyncMenu::resolveConflicts()
{
    auto open = SyncStore(m_profile.database()).openConflicts();
    if (!open) {
        QMessageBox::warning(m_window, tr("Sync"), open.errorMessage());
        return;
    }
    if (open->isEmpty()) {
        m_controller->refresh();
        return;
    }
    // One dialog at a time (no nested event loop); the next opens when this one closes.
    auto* d = new ConflictDialog(open->first(), m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    const ConflictEntry c = open->first();
    connect(d, &QDialog::accepted, this, [this, d, c]() {
        SyncApplier applier(m_profile.database(), m_profile.actor());
        Result<void> r;
        if (d->outcome() == ConflictDialog::Outcome::TakeTheirs) {
            r = applier.takeTheirs(c.id);
        } else if (c.localDeleted) {
            // Keeping our deletion: take the server's record, then delete it again on top.
            r = applier.takeTheirs(c.id);
            QSqlQuery q(m_profile.database().sql());
            q.prepare(QStringLiteral("SELECT id FROM cases WHERE uuid=?"));
            q.addBindValue(c.uuid);
            if (r && q.exec() && q.next())
                r = CaseRepository(m_profile.database(), m_profile.actor())
                        .remove(q.value(0).toLongLong());
        } else {
            r = applier.resolveWith(c.id, d->mergedBody());
        }
        if (!r) {
            QMessageBox::warning(m_window, tr("Sync"), r.errorMessage());
            return;
        }
        emit dataChanged();
        m_controller->refresh();
        resolveConflicts();
    });
    d->open();
}

} // namespace cd::ui
