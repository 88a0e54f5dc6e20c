#pragma once

#include <QMenu>

#include <functional>

class QMenuBar;

namespace cd {
class Profile;
}

namespace cd::ui {

class DraftEditor;
class DraftingServices;

// The 文书 (Documents) menu: new document from a template for the current case, the case's
// drafts, batch generation and proofreading a file. It is drafting's one hook into the main
// window: construct it with the menu bar and a function giving the current case (0 for none);
// it puts itself before the Help menu.
class DraftingMenu : public QMenu
{
    Q_OBJECT
public:
    DraftingMenu(Profile& profile, QMenuBar* bar, QWidget* window,
                 std::function<qint64()> currentCase);

    DraftingServices& services() { return *m_services; }
    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* batchAction() const { return m_batch; }
    QAction* proofreadAction() const { return m_proofread; }

    // Opens an editor on a new document (tests and other modules); null with *error on failure.
    DraftEditor* newDocument(qint64 caseId, const QString& templateId, const QDate& date,
                             QString* error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseNew();
    void chooseOpen();
    void openBatch();
    void chooseProofread();
    QString caseNumber(qint64 id, QString* kind = nullptr) const;

    Profile& m_profile;
    QWidget* m_window;
    std::function<qint64()> m_currentCase;
    DraftingServices* m_services;
    QAction* m_new;
    QAction* m_open;
    QAction* m_batch;
    QAction* m_proofread;
};

} // namespace cd::ui
