#include "mainwindow.h"

#include "app/languagemanager.h"
#include "app/mainwindowactions.h"
#include "cases/casecontroller.h"
#include "cases/caseeditdialog.h"
#include "cases/caselistmodel.h"
#include "cases/caselistpanel.h"
#include "cases/caserepository.h"
#include "cases/casetableview.h"
#include "cases/caseview.h"
#include "common/logging.h"
#include "common/messagebar.h"
#include "drafting/draftingmenu.h"
#include "evidence/evidencereviewwidget.h"
#include "evidence/evidencetabhook.h"
#include "evidence/suggestionapply.h"
#include "evidence/suggestionspanel.h"
#include "hearing/hearingmenu.h"
#include "intel/intelmenu.h"
#include "intel/similarcasespanel.h"
#include "settings/settingsdialog.h"
#include "signing/signingmenu.h"
#include "storage/backupcontroller.h"
#include "storage/profile.h"
#include "sync/syncmenu.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
constexpr int statusMessageMs = 6000;
}

MainWindow::MainWindow(Profile& profile, LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent), m_profile(profile), m_languages(languages),
      m_repository(std::make_unique<CaseRepository>(profile.database(), profile.actor())),
      m_cases(std::make_unique<CaseController>(*m_repository)), m_messages(new MessageBar(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_list(new CaseListPanel(*m_repository, m_splitter)),
      m_view(new CaseView(profile.database(), m_splitter)),
      m_actions(new MainWindowActions(this, m_cases->undoStack())),
      m_backup(new BackupController(this, profile.dir(), this)), m_countLabel(new QLabel(this)),
      m_profileLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_messages);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_list->setMinimumWidth(360);
    m_view->setMinimumWidth(320);

    m_countLabel->setObjectName(QStringLiteral("caseCountLabel"));
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_profileLabel);

    // Right-click on a case offers edit and delete; Delete only acts on the list, never on
    // text being edited elsewhere.
    m_list->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->view()->addAction(m_actions->editCase);
    m_list->view()->addAction(m_actions->deleteCase);
    m_actions->deleteCase->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connectActions();
    // Signing (签章) hooks in here only: its menu goes before Help and owns its dialogs.
    new SigningMenu(profile, menuBar(), this);
    // Case intelligence (statute library, dashboard) hooks in here only; before Help.
    new IntelMenu(
        profile, menuBar(), this, [this](qint64 id) { m_list->selectCase(id); },
        [this] { return m_view->hasRecord() ? m_view->record().id : m_list->currentCaseId(); });
    // Drafting (文书) hooks in here only: its menu goes before Help and opens the editors.
    auto* drafting = new DraftingMenu(profile, menuBar(), this, [this] {
        return m_view->hasRecord() ? m_view->record().id : m_list->currentCaseId();
    });
    // Hearings (庭审排期): calendar, booking, batch booking, courtrooms, notices; before Help.
    new HearingMenu(
        profile, menuBar(), this,
        [this] { return m_view->hasRecord() ? m_view->record().id : m_list->currentCaseId(); },
        [this](qint64 id) { m_list->selectCase(id); }, &drafting->services());
    // Sync (同步) hooks in here only: its menu, its status-bar label and background rounds.
    auto* sync = new SyncMenu(profile, menuBar(), statusBar(), this);
    connect(sync, &SyncMenu::dataChanged, this, &MainWindow::refresh);
    retranslateUi();
    restoreWindowState();
    updateCounts();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Widgets refer to the repository; delete them before it goes.
    delete m_splitter;
}

void MainWindow::connectActions()
{
    connect(m_actions->newCase, &QAction::triggered, this, &MainWindow::newCase);
    connect(m_actions->editCase, &QAction::triggered, this, &MainWindow::editCase);
    connect(m_actions->deleteCase, &QAction::triggered, this, &MainWindow::deleteCase);
    connect(m_actions->backup, &QAction::triggered, m_backup, &BackupController::backUp);
    connect(m_actions->restore, &QAction::triggered, m_backup, &BackupController::chooseRestore);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->find, &QAction::triggered, m_list, &CaseListPanel::focusSearch);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_actions->refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    for (QAction* tab : m_actions->tabs) {
        connect(tab, &QAction::triggered, this,
                [this, tab] { m_view->setCurrentTab(tab->data().toInt()); });
    }

    connect(m_backup, &BackupController::message, this, &MainWindow::showStatusMessage);
    connect(m_backup, &BackupController::restoreRequested, this, &MainWindow::restoreRequested);
    connect(m_list, &CaseListPanel::currentCaseChanged, this, [this](qint64 id) {
        showCase(id);
        updateActions();
    });
    connect(m_list, &CaseListPanel::caseActivated, this, &MainWindow::editCase);
    connect(m_list, &CaseListPanel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_list, &CaseListPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_view, &CaseView::errorOccurred, this, &MainWindow::showError);
    // Evidence review (import, OCR, corrections) inside the case view's evidence tab.
    EvidenceReviewWidget* review = installEvidenceReview(m_view, m_profile);
    // An accepted suggestion goes into the case through the controller: validated, audited and
    // undoable like a hand edit.
    connect(review, &EvidenceReviewWidget::suggestionAccepted, this,
            [this, review](const Extraction& e) {
                const EvidenceItem& item = review->currentItemRecord();
                const QString source = tr("From evidence %1, page %2").arg(item.title).arg(e.page);
                auto r = applySuggestion(this, *m_cases, review->caseId(), e,
                                         review->suggestions()->suggestions(), source);
                if (r)
                    showStatusMessage(r.value());
                else if (r.error().code != ErrorCode::Cancelled)
                    showError(r.errorMessage());
            });
    // Similar cases (类案推送) in a tab of the case view.
    connect(installSimilarCases(m_view, m_profile.database()), &SimilarCasesPanel::caseRequested,
            this, [this](qint64 id) { m_list->selectCase(id); });
    connect(m_cases.get(), &CaseController::errorOccurred, this, &MainWindow::showError);
    connect(m_cases.get(), &CaseController::caseChanged, this, [this](qint64 id) {
        m_list->refresh();
        m_list->selectCase(id);
        // Always reload: the row may have been selected already, or lie outside the fetched
        // rows or the current search; the saved case opens either way.
        showCase(id);
    });
    connect(m_cases.get(), &CaseController::caseRemoved, this, [this] { m_list->refresh(); });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("CourtDesk"));
    m_actions->retranslate();
    m_profileLabel->setText(tr("Profile: %1").arg(QDir::toNativeSeparators(m_profile.dir())));
    m_profileLabel->setToolTip(tr("All cases, evidence and settings of this desk are kept in "
                                  "this folder."));
    updateCounts();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showCase(qint64 id)
{
    if (id == 0) {
        m_view->clear();
        return;
    }
    auto record = m_cases->load(id);
    if (!record) {
        m_view->clear();
        showError(record.errorMessage());
        return;
    }
    m_view->setRecord(record.value());
}

void MainWindow::updateCounts()
{
    const CaseListModel* model = m_list->model();
    const int total = model->totalCount();
    if (total < 0)
        m_countLabel->clear();
    else if (model->search().isEmpty())
        m_countLabel->setText(tr("%n case(s)", nullptr, total));
    else
        m_countLabel->setText(tr("%n case(s) found", nullptr, total));
}

void MainWindow::updateActions()
{
    const bool hasCase = m_list->currentCaseId() != 0 || m_view->hasRecord();
    m_actions->editCase->setEnabled(hasCase);
    m_actions->deleteCase->setEnabled(hasCase);
}

void MainWindow::showError(const QString& message)
{
    qCInfo(lcUi) << "showing error:" << message;
    m_messages->showError(message);
}

void MainWindow::showStatusMessage(const QString& text)
{
    statusBar()->showMessage(text, statusMessageMs);
}

CaseEditDialog* MainWindow::createCaseDialog()
{
    auto* dialog = new CaseEditDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    CaseRepository* repository = m_repository.get();
    dialog->setCheckFunction(
        [repository](CaseRecord& record) { return repository->validate(record); });
    return dialog;
}

void MainWindow::newCase()
{
    auto* dialog = createCaseDialog();
    dialog->setSaveFunction([this](CaseRecord& record) -> Result<void> {
        auto created = m_cases->createCase(record);
        if (!created)
            return created.error();
        showStatusMessage(tr("Case %1 filed.").arg(record.caseNumber));
        return {};
    });
    dialog->open();
}

void MainWindow::editCase()
{
    const qint64 id = m_view->hasRecord() ? m_view->record().id : m_list->currentCaseId();
    if (id == 0)
        return;
    auto record = m_cases->load(id);
    if (!record) {
        showError(record.errorMessage());
        return;
    }
    auto* dialog = createCaseDialog();
    dialog->setRecord(record.value());
    dialog->setSaveFunction([this](CaseRecord& r) -> Result<void> {
        if (auto saved = m_cases->updateCase(r); !saved)
            return saved;
        showStatusMessage(tr("Case %1 saved. Ctrl+Z undoes the change.").arg(r.caseNumber));
        return {};
    });
    dialog->open();
}

void MainWindow::deleteCase()
{
    if (!m_view->hasRecord())
        return;
    const CaseRecord& record = m_view->record();
    const qint64 id = record.id;
    const QString number = record.caseNumber;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Case"),
                                tr("Delete case %1 with its parties, timeline, documents and "
                                   "evidence records?\n\nCtrl+Z brings it back.")
                                    .arg(number),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id, number] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        if (auto removed = m_cases->removeCase(id); !removed) {
            showError(removed.errorMessage());
            return;
        }
        showStatusMessage(tr("Case %1 deleted. Ctrl+Z brings it back.").arg(number));
    });
    box->open();
}

void MainWindow::refresh()
{
    m_messages->hide();
    const qint64 open = m_view->hasRecord() ? m_view->record().id : 0;
    m_list->refresh();
    // The open case may have changed on disk (another window, the CLI, an import).
    if (open && m_view->record().id == open)
        showCase(open);
    showStatusMessage(tr("Case list reloaded."));
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_profile.settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString before = m_profile.settings().value(SettingsKeys::language);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const QString language = dialog->language();
        if (language != before && m_languages)
            m_languages->apply(language);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CourtDesk"),
                       tr("<h3>CourtDesk %1</h3><p>The workstation for judges and court clerks: "
                          "case files, time limits, evidence and documents on one desk, "
                          "working offline.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_saveStateOnClose)
        saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState()
{
    Settings& settings = m_profile.settings();
    settings.setValue(SettingsKeys::mainWindowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::mainWindowState, saveState());
    settings.setValue(SettingsKeys::mainWindowSplitter, m_splitter->saveState());
    settings.setValue(SettingsKeys::caseListHeader, m_list->headerState());
    settings.sync();
}

void MainWindow::restoreWindowState()
{
    Settings& settings = m_profile.settings();
    if (!restoreGeometry(settings.value(SettingsKeys::mainWindowGeometry)))
        resize(1360, 820);
    restoreState(settings.value(SettingsKeys::mainWindowState));
    if (!m_splitter->restoreState(settings.value(SettingsKeys::mainWindowSplitter)))
        m_splitter->setSizes({width() * 3 / 5, width() * 2 / 5});
    m_list->restoreHeaderState(settings.value(SettingsKeys::caseListHeader));
}

} // namespace cd::ui
