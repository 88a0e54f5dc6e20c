#include "transcripteditor.h"

#include "drafting/draftexport.h"
#include "hearing/transcript.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

// Inserting and removing are each other's inverse; redo of an insert is the insert.
class LineCommand : public QUndoCommand
{
public:
    enum Kind { Insert, Remove, Replace };
    LineCommand(Transcript& t, Kind kind, int row, TranscriptLine line, const QString& text)
        : QUndoCommand(text), m_t(t), m_kind(kind), m_row(row), m_line(std::move(line))
    {
    }
    void redo() override { apply(false); }
    void undo() override { apply(true); }

private:
    void apply(bool inverse)
    {
        if (m_kind == Replace) {
            m_line = m_t.replaceLine(m_row, m_line);
            return;
        }
        if ((m_kind == Insert) != inverse)
            m_t.insertLine(m_row, m_line);
        else
            m_line = m_t.removeLine(m_row);
    }

    Transcript& m_t;
    Kind m_kind;
    int m_row;
    TranscriptLine m_line;
};

} // namespace

TranscriptEditor::TranscriptEditor(Transcript& transcript, QWidget* parent)
    : QWidget(parent), m_transcript(transcript), m_speaker(new QComboBox(this)),
      m_input(new QLineEdit(this)), m_list(new QTreeWidget(this)), m_status(new QLabel(this)),
      m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("transcriptEditor"));
    m_speaker->setObjectName(QStringLiteral("transcriptSpeaker"));
    m_input->setObjectName(QStringLiteral("transcriptInput"));
    m_list->setObjectName(QStringLiteral("transcriptLines"));
    m_status->setObjectName(QStringLiteral("transcriptStatus"));
    m_input->setPlaceholderText(tr("Type what is said, Enter adds the line"));
    m_list->setHeaderLabels({tr("Time"), tr("Speaker"), tr("Text")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto* save = new QPushButton(tr("Save"), this);
    save->setToolTip(tr("Save a version of the transcript (Ctrl+S)"));
    auto* exportButton = new QPushButton(tr("Export…"), this);
    auto* title = new QLabel(tr("<b>Transcript</b>"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(save);
    top->addWidget(exportButton);
    auto* entry = new QHBoxLayout;
    entry->addWidget(m_speaker);
    entry->addWidget(m_input, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(entry);
    layout->addWidget(m_status);

    for (int i = 1; i <= 9; ++i) {
        auto* sc = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)), this);
        sc->setContext(Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, this, [this, i] {
            if (i <= m_speaker->count())
                m_speaker->setCurrentIndex(i - 1);
        });
    }
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &TranscriptEditor::save);
    auto* undoKey = new QShortcut(QKeySequence::Undo, this);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, m_undo, &QUndoStack::undo);
    auto* redoKey = new QShortcut(QKeySequence::Redo, this);
    redoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(redoKey, &QShortcut::activated, m_undo, &QUndoStack::redo);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_list);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row >= 0)
            m_undo->push(
                new LineCommand(m_transcript, LineCommand::Remove, row, {}, tr("Remove line")));
    });

    connect(m_input, &QLineEdit::returnPressed, this, &TranscriptEditor::appendLine);
    connect(save, &QPushButton::clicked, this, &TranscriptEditor::save);
    connect(exportButton, &QPushButton::clicked, this, &TranscriptEditor::exportDocument);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { m_list->editItem(item, 2); });
    connect(m_list, &QTreeWidget::itemChanged, this, &TranscriptEditor::itemEdited);
    connect(&m_transcript, &Transcript::changed, this, [this] {
        refreshList();
        refreshStatus();
    });
    connect(&m_transcript, &Transcript::saved, this, [this] {
        m_error.clear();
        refreshStatus();
    });
    connect(&m_transcript, &Transcript::saveFailed, this, [this](const Error& e) {
        m_error = e.message;
        refreshStatus();
    });
    reloadSpeakers();
    refreshList();
    refreshStatus();
    setFocusProxy(m_input);
    m_input->installEventFilter(this);
}

bool TranscriptEditor::eventFilter(QObject* watched, QEvent* event)
{
    // The line edit claims Ctrl+Z even with nothing to undo; then it undoes transcript lines.
    if (watched == m_input && event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->matches(QKeySequence::Undo) && !m_input->isUndoAvailable()) ||
            (key->matches(QKeySequence::Redo) && !m_input->isRedoAvailable())) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TranscriptEditor::setStore(DraftStore* store, const QString& author)
{
    m_store = store;
    m_author = author;
}

void TranscriptEditor::reloadSpeakers()
{
    const QString current = m_speaker->currentData().toString();
    m_speaker->clear();
    const auto& speakers = m_transcript.speakers();
    for (int i = 0; i < speakers.size(); ++i) {
        m_speaker->addItem(i < 9 ? QStringLiteral("%1  %2").arg(i + 1).arg(speakers[i].label)
                                 : speakers[i].label,
                           speakers[i].key);
    }
    const int keep = m_speaker->findData(current);
    m_speaker->setCurrentIndex(keep >= 0 ? keep : 0);
}

void TranscriptEditor::appendLine()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty())
        return;
    const QString key = m_speaker->currentData().toString();
    const TranscriptLine line{m_transcript.currentOffsetMs(), key, m_transcript.speakerLabel(key),
                              text};
    m_undo->push(new LineCommand(m_transcript, LineCommand::Insert,
                                 int(m_transcript.lines().size()), line, tr("Add line")));
    m_input->setText(QString()); // unlike clear(), leaves no line-edit undo for Ctrl+Z
    m_list->scrollToBottom();
}

void TranscriptEditor::itemEdited(QTreeWidgetItem* item, int column)
{
    if (m_filling || column != 2)
        return;
    const int row = m_list->indexOfTopLevelItem(item);
    if (row < 0 || row >= m_transcript.lines().size())
        return;
    TranscriptLine line = m_transcript.lines().at(row);
    const QString text = item->text(2).trimmed();
    if (text == line.text || text.isEmpty()) {
        QMetaObject::invokeMethod(this, &TranscriptEditor::refreshList, Qt::QueuedConnection);
        return;
    }
    line.text = text;
    m_undo->push(new LineCommand(m_transcript, LineCommand::Replace, row, line, tr("Edit line")));
}

bool TranscriptEditor::save()
{
    if (!m_store) {
        m_error = tr("No document store: the transcript is kept in its journal only.");
        refreshStatus();
        return false;
    }
    auto r = m_transcript.save(*m_store, m_author);
    if (!r) {
        m_error = r.errorMessage();
        refreshStatus();
        return false;
    }
    return true;
}

void TranscriptEditor::exportDocument()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Transcript"), QStringLiteral("庭审笔录.pdf"),
        tr("PDF (*.pdf);;OpenDocument text (*.odt);;Word document (*.docx)"));
    if (path.isEmpty())
        return;
    auto r = DraftExport::write(m_transcript.toDraft(), path);
    if (!r) {
        QMessageBox::warning(this, tr("Export Transcript"), r.errorMessage());
        return;
    }
    m_status->setText(tr("Exported to %1. Sign the PDF from the Signing menu.").arg(path));
}

void TranscriptEditor::refreshList()
{
    m_filling = true;
    const auto& lines = m_transcript.lines();
    while (m_list->topLevelItemCount() > lines.size())
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    for (int i = 0; i < lines.size(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (!item) {
            item = new QTreeWidgetItem(m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        item->setText(0, Transcript::formatOffset(lines[i].offsetMs));
        item->setText(1, lines[i].speakerLabel);
        item->setText(2, lines[i].text);
    }
    m_filling = false;
}

QString TranscriptEditor::statusText() const
{
    return m_status->text();
}

void TranscriptEditor::refreshStatus()
{
    QString text;
    if (!m_error.isEmpty())
        text = m_error;
    else if (m_transcript.lastSaved().isValid())
        text = tr("Saved version %1 at %2")
                   .arg(m_transcript.lastVersion())
                   .arg(QLocale().toString(m_transcript.lastSaved().toLocalTime().time(),
                                           QLocale::ShortFormat));
    else
        text = tr("Not saved yet");
    if (m_transcript.isModified() && m_error.isEmpty() && m_transcript.lastSaved().isValid())
        text += tr(" (changed since)");
    m_status->setText(text);
    m_status->setStyleSheet(m_error.isEmpty() ? QString() : QStringLiteral("color:#a94442"));
}

} // namespace cd::ui
