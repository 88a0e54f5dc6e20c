#include "intelmenu.h"

#include "cases/caserepository.h"
#include "closingdialog.h"
#include "common/settings.h"
#include "dashboardwidget.h"
#include "statutes/statutebrowser.h"
#include "storage/profile.h"
#include "triagehint.h"

#include <QDialog>
#include <QEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QVBoxLayout>

namespace cd::ui {

IntelMenu::IntelMenu(Profile& profile, QMenuBar* bar, QWidget* window,
                     std::function<void(qint64)> openCase, std::function<qint64()> currentCase)
    : QMenu(bar), m_profile(profile), m_window(window), m_openCase(std::move(openCase)),
      m_currentCase(std::move(currentCase)), m_statutes(addAction(QString())),
      m_dashboard(addAction(QString())), m_closing(addAction(QString()))
{
    setObjectName(QStringLiteral("intelMenu"));
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), this);
    connect(m_statutes, &QAction::triggered, this, &IntelMenu::openStatutes);
    connect(m_dashboard, &QAction::triggered, this, &IntelMenu::openDashboard);
    connect(m_closing, &QAction::triggered, this, &IntelMenu::openClosingCheck);
    setTriageSources(&profile.settings(), &profile.database());
    retranslateUi();
}

IntelMenu::~IntelMenu()
{
    // The profile may close after this window; the case list must not reach it through us.
    clearTriageSources(&m_profile.settings());
}

void IntelMenu::openStatutes()
{
    auto* d = new StatuteBrowser(m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    d->load();
}

void IntelMenu::openDashboard()
{
    auto* d = new QDialog(m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Dashboard"));
    d->resize(980, 720);
    auto* dash = new DashboardWidget(m_profile.database(), d);
    auto* layout = new QVBoxLayout(d);
    layout->addWidget(dash);
    // Every case of the store: a profile is one judge's desk (the actor may be a clerk).
    dash->reload(QString(), QDate::currentDate());
    connect(dash, &DashboardWidget::casesRequested, d,
            [this, d](const QString& title, const QVector<qint64>& ids) {
                // The cases behind a bar; double-click opens one in the main window.
                auto* list = new QDialog(d);
                list->setAttribute(Qt::WA_DeleteOnClose);
                list->setWindowTitle(title);
                auto* w = new QListWidget(list);
                CaseRepository repo(m_profile.database(), QString());
                for (qint64 id : ids) {
                    auto c = repo.load(id);
                    auto* item = new QListWidgetItem(c ? c.value().caseNumber +
                                                             QStringLiteral("  ") + c.value().cause
                                                       : QString::number(id),
                                                     w);
                    item->setData(Qt::UserRole, id);
                }
                connect(w, &QListWidget::itemActivated, list, [this](QListWidgetItem* item) {
                    if (m_openCase)
                        m_openCase(item->data(Qt::UserRole).toLongLong());
                });
                auto* l = new QVBoxLayout(list);
                l->addWidget(w);
                list->resize(480, 400);
                list->show();
            });
    d->show();
}

void IntelMenu::openClosingCheck()
{
    const qint64 id = m_currentCase ? m_currentCase() : 0;
    CaseRepository repo(m_profile.database(), QString());
    auto c = id > 0 ? repo.load(id) : Result<CaseRecord>(makeError(ErrorCode::NotFound, {}));
    if (!c) {
        QMessageBox::information(m_window, tr("Closing check"), tr("Select a case first."));
        return;
    }
    auto* d = new ClosingDialog(m_profile.database(), c.value(),
                                m_profile.settings().value(SettingsKeys::actorName), m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

void IntelMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void IntelMenu::retranslateUi()
{
    setTitle(tr("&Intelligence"));
    m_statutes->setText(tr("&Statute library…"));
    m_dashboard->setText(tr("&Dashboard…"));
    m_closing->setText(tr("&Closing check…"));
}

} // namespace cd::ui
