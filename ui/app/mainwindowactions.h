#pragma once

#include <QObject>
#include <QVector>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;

namespace cd::ui {

// The main window's actions, menus and tool bar, with their shortcuts and translated texts.
// Owns no behaviour: MainWindow connects the actions.
class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    MainWindowActions(QMainWindow* window, QUndoStack* undoStack);

    void retranslate();

    QAction* newCase;
    QAction* editCase;
    QAction* deleteCase;
    QAction* backup;
    QAction* restore;
    QAction* quit;
    QAction* undo;
    QAction* redo;
    QAction* find;
    QAction* settings;
    QAction* refresh;
    QAction* about;
    // Ctrl+1..6: the case view's tabs, in CaseView::Tab order.
    QVector<QAction*> tabs;

private:
    void buildMenus();
    void updateUndoTexts();

    QMainWindow* m_window;
    QUndoStack* m_undoStack;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
};

} // namespace cd::ui
