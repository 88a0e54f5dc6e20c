#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace cd {
class DraftStore;
class Transcript;
struct TranscriptLine;
} // namespace cd

namespace cd::ui {

// The clerk's transcript pane beside the hearing video: pick the speaker (Ctrl+1..9), type,
// Enter appends the line stamped with the recording offset. Double-click edits a line's text,
// Delete removes it, Ctrl+Z undoes. Save (Ctrl+S) adds a version of the case document;
// Export… writes PDF/ODT/DOCX through the drafting export (sign the PDF from Signing).
class TranscriptEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptEditor(Transcript& transcript, QWidget* parent = nullptr);

    // Where Save stores the document; without a store, Save says so.
    void setStore(DraftStore* store, const QString& author);
    Transcript& transcript() { return m_transcript; }
    QUndoStack* undoStack() const { return m_undo; }
    void reloadSpeakers();
    bool save();
    QString statusText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void appendLine();
    void exportDocument();
    void refreshList();
    void refreshStatus();
    void itemEdited(QTreeWidgetItem* item, int column);

    Transcript& m_transcript;
    DraftStore* m_store = nullptr;
    QString m_author;
    QComboBox* m_speaker;
    QLineEdit* m_input;
    QTreeWidget* m_list;
    QLabel* m_status;
    QUndoStack* m_undo;
    bool m_filling = false;
    QString m_error;
};

} // namespace cd::ui
