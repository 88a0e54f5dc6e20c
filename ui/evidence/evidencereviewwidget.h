#pragma once

#include "evidence/evidencetypes.h"
#include "evidence/extractor.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;

namespace cd {
class EvidenceImporter;
class EvidenceRepository;
class Profile;
} // namespace cd

namespace cd::ui {

class EvidencePageView;
class SuggestionsPanel;

// Review of a case's evidence: import (file dialog or drag and drop), batch OCR progress with
// cancel, page thumbnails, the page with its recognised words (low confidence highlighted),
// zoom, keyboard page navigation, a correction panel (each save is a new revision, the OCR
// result is kept) and extraction suggestions. OCR runs in worker processes, so the UI stays
// responsive; thumbnails load a few at a time.
class EvidenceReviewWidget : public QWidget
{
    Q_OBJECT
public:
    EvidenceReviewWidget(Profile& profile, QWidget* parent = nullptr);
    ~EvidenceReviewWidget() override;

    void setCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    // Imports files into the current case (what the dialog and a drop do).
    void importFiles(const QStringList& files);
    void showItem(qint64 evidenceId);
    void showPage(int page);
    int currentPage() const { return m_page; }
    qint64 currentItem() const { return m_item.id; }
    const EvidenceItem& currentItemRecord() const { return m_item; }
    int pageCount() const;
    EvidenceImporter* importer() const { return m_importer; }
    EvidencePageView* pageView() const { return m_view; }
    SuggestionsPanel* suggestions() const { return m_suggestions; }
    // Saves the text panel as a new revision of the current page.
    bool saveCorrection();

Q_SIGNALS:
    // A suggestion the user accepted for the case's fields (field, role and value inside).
    void suggestionAccepted(const cd::Extraction& suggestion);
    void errorOccurred(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void reloadItems();
    void loadThumbnails();
    void loadSomeThumbnails();
    void refreshSuggestions();
    void updatePageLabel();
    void askPassword(qint64 evidenceId, const QString& fileName, bool wrong);
    void openFileDialog();
    void exportSearchablePdf();
    void setStatus(const QString& message);

    Profile& m_profile;
    std::unique_ptr<EvidenceRepository> m_repo;
    EvidenceImporter* m_importer;
    qint64 m_caseId = 0;
    EvidenceItem m_item;
    int m_page = 0;
    QVector<EvidencePage> m_pages;
    int m_nextThumb = 0;

    QPushButton* m_import;
    QPushButton* m_export;
    QComboBox* m_language;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QComboBox* m_items;
    QListWidget* m_thumbs;
    QScrollArea* m_scroll;
    EvidencePageView* m_view;
    QPushButton* m_zoomIn;
    QPushButton* m_zoomOut;
    QPushButton* m_fit;
    QCheckBox* m_showText;
    QLabel* m_pageLabel;
    QPlainTextEdit* m_text;
    QPushButton* m_save;
    QLabel* m_revision;
    SuggestionsPanel* m_suggestions;
    QTimer* m_thumbTimer;
    QTimer* m_refreshTimer;
};

} // namespace cd::ui
