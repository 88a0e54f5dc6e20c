#pragma once

#include "drafting/draftdocument.h"
#include "drafting/proofreader.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QListWidget;
class QTextEdit;

namespace cd::ui {

class DraftingServices;
class FindReplaceBar;

// The editor of one drafted document: rich text with undo/redo and a style per document part,
// find/replace, insert statute (text in force on the document date) and evidence references,
// page preview as exported, proofreading, versions (every save is one) and export.
class DraftEditor : public QMainWindow
{
    Q_OBJECT
public:
    // Opens the latest version of a stored draft.
    DraftEditor(DraftingServices& services, qint64 draftId, QWidget* parent = nullptr);

    // Drafts templateId for the case, stores it as version 1 and opens it. Returns null and
    // sets *error when the case, the template or the store fails.
    static DraftEditor* createForCase(DraftingServices& services, qint64 caseId,
                                      const QString& templateId, const QDate& date, QWidget* parent,
                                      QString* error);

    // Stores a document drafted elsewhere (e.g. a hearing notice) as version 1 and opens it.
    static DraftEditor* createFromDocument(DraftingServices& services, const DraftDocument& doc,
                                           QWidget* parent, QString* error);

    qint64 draftId() const { return m_draftId; }
    int currentVersion() const { return m_version; }
    QTextEdit* editor() const { return m_edit; }
    FindReplaceBar* findBar() const { return m_find; }
    QComboBox* partBox() const { return m_partBox; }
    QListWidget* findingsList() const { return m_findingsList; }
    DraftDocument document() const; // what the editor holds now
    QString loadError() const { return m_loadError; }

    // Actions that tests and the menu drive directly.
    bool save();
    QVector<ProofFinding> proofread();
    bool insertCitation(const QString& citation, const QString& articleText);
    void insertEvidenceReference(const QString& reference);
    bool exportTo(const QString& path, QString* report = nullptr);
    void setPart(DraftPart part);
    bool loadVersion(int number);

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void updatePartBox();
    void updateTitle();
    void chooseStatute();
    void chooseEvidence();
    void showPreview();
    void showVersions();
    void chooseExport();
    void selectFinding(int row);
    void applySuggestion();
    qint64 caseId() const;

    DraftingServices& m_services;
    qint64 m_draftId;
    int m_version = 0;
    DraftDocument m_meta; // template, case, date and snapshot of the draft
    QString m_loadError;
    QVector<ProofFinding> m_findings;

    QTextEdit* m_edit;
    FindReplaceBar* m_find;
    QComboBox* m_partBox;
    QListWidget* m_findingsList;
    QDockWidget* m_findingsDock;
    QLabel* m_statusLabel;
    QAction* m_save;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_bold;
    QAction* m_findAction;
    QAction* m_replaceAction;
    QAction* m_statute;
    QAction* m_evidence;
    QAction* m_preview;
    QAction* m_versions;
    QAction* m_proofread;
    QAction* m_export;
    QAction* m_applyFix;
};

} // namespace cd::ui
