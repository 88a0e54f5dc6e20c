#include "mainwindowactions.h"

#include "cases/caseview.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace cd::ui {

namespace {

QAction* makeAction(QObject* parent, const char* objectName, const QKeySequence& shortcut = {})
{
    auto* action = new QAction(parent);
    action->setObjectName(QLatin1String(objectName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

} // namespace

MainWindowActions::MainWindowActions(QMainWindow* window, QUndoStack* undoStack)
    : QObject(window), m_window(window), m_undoStack(undoStack)
{
    QStyle* style = window->style();
    newCase = makeAction(window, "actionNewCase", QKeySequence::New);
    newCase->setIcon(style->standardIcon(QStyle::SP_FileIcon));
    editCase = makeAction(window, "actionEditCase", QKeySequence(Qt::CTRL | Qt::Key_E));
    editCase->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    deleteCase = makeAction(window, "actionDeleteCase", QKeySequence::Delete);
    deleteCase->setIcon(style->standardIcon(QStyle::SP_TrashIcon));
    backup = makeAction(window, "actionBackup");
    backup->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    restore = makeAction(window, "actionRestore");
    quit = makeAction(window, "actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(window);
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    redo = undoStack->createRedoAction(window);
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(style->standardIcon(QStyle::SP_ArrowForward));

    find = makeAction(window, "actionFind", QKeySequence::Find);
    settings = makeAction(window, "actionSettings", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    refresh = makeAction(window, "actionRefresh", QKeySequence(Qt::Key_F5));
    refresh->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    about = makeAction(window, "actionAbout");
    about->setMenuRole(QAction::AboutRole);

    for (int t = 0; t < CaseView::TabCount; ++t) {
        QAction* tab =
            makeAction(window, "actionTab", QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + t)));
        tab->setObjectName(QStringLiteral("actionTab%1").arg(t + 1));
        tab->setData(t);
        tabs.append(tab);
    }
    buildMenus();
    retranslate();
}

void MainWindowActions::buildMenus()
{
    QMenuBar* bar = m_window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addAction(newCase);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(backup);
    m_fileMenu->addAction(restore);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    m_editMenu = bar->addMenu(QString());
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(editCase);
    m_editMenu->addAction(deleteCase);
    m_editMenu->addSeparator();
    m_editMenu->addAction(find);
    m_editMenu->addSeparator();
    m_editMenu->addAction(settings);

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->addAction(refresh);
    m_viewMenu->addSeparator();
    for (QAction* tab : tabs)
        m_viewMenu->addAction(tab);

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(about);

    m_toolBar = m_window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(newCase);
    m_toolBar->addAction(editCase);
    m_toolBar->addAction(deleteCase);
    m_toolBar->addSeparator();
    m_toolBar->addAction(undo);
    m_toolBar->addAction(refresh);
}

void MainWindowActions::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main tool bar"));

    newCase->setText(tr("&New Case…"));
    newCase->setIconText(tr("New Case"));
    newCase->setToolTip(tr("File a new case (Ctrl+N)"));
    editCase->setText(tr("&Edit Case…"));
    editCase->setIconText(tr("Edit"));
    editCase->setToolTip(tr("Edit the selected case (Ctrl+E or Enter)"));
    deleteCase->setText(tr("&Delete Case"));
    deleteCase->setIconText(tr("Delete"));
    deleteCase->setToolTip(tr("Delete the selected case; Ctrl+Z brings it back"));
    backup->setText(tr("&Back Up…"));
    restore->setText(tr("&Restore from Backup…"));
    quit->setText(tr("&Quit"));
    updateUndoTexts();
    find->setText(tr("&Find Cases"));
    settings->setText(tr("&Settings…"));
    refresh->setText(tr("&Refresh"));
    refresh->setIconText(tr("Refresh"));
    refresh->setToolTip(tr("Reload the case list (F5)"));
    about->setText(tr("&About CourtDesk"));

    const QStringList tabNames{tr("&Overview"),  tr("&Parties"),  tr("&Timeline"),
                               tr("&Documents"), tr("E&vidence"), tr("&Hearings")};
    for (int t = 0; t < tabs.size() && t < tabNames.size(); ++t)
        tabs[t]->setText(tabNames.at(t));
}

} // namespace cd::ui

namespace cd::ui {

void MainWindowActions::updateUndoTexts()
{
    const bool canUndo = m_undoStack->canUndo();
    const bool canRedo = m_undoStack->canRedo();
    undo->setEnabled(canUndo);
    redo->setEnabled(canRedo);
    undo->setText(canUndo ? tr("&Undo %1").arg(m_undoStack->undoText()) : tr("&Undo"));
    redo->setText(canRedo ? tr("&Redo %1").arg(m_undoStack->redoText()) : tr("&Redo"));
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    undo->setToolTip(canUndo ? tr("Undo: %1 (Ctrl+Z)").arg(m_undoStack->undoText())
                             : tr("Nothing to undo"));
    redo->setToolTip(canRedo ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(m_undoStack->redoText())
                             : tr("Nothing to redo"));
}

} // namespace cd::ui
