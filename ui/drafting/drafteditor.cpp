#include "drafteditor.h"

#include "cases/caserepository.h"
#include "common/clock.h"
#include "drafting/batchdrafter.h"
#include "drafting/drafter.h"
#include "drafting/draftexport.h"
#include "drafting/draftstore.h"
#include "draftingservices.h"
#include "editordocument.h"
#include "evidencedialog.h"
#include "findreplacebar.h"
#include "pagepreview.h"
#include "statutedialog.h"
#include "storage/profile.h"
#include "versionsdialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
// Labels of the document parts, in the order the style box lists them.
const QVector<QPair<DraftPart, const char*>>& partLabels()
{
    static const QVector<QPair<DraftPart, const char*>> labels{
        {DraftPart::Court, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Court name")},
        {DraftPart::Title, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Document title")},
        {DraftPart::CaseNo, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Case number")},
        {DraftPart::Addressee, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Addressee")},
        {DraftPart::Party, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Party")},
        {DraftPart::Heading, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Heading")},
        {DraftPart::Body, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Body text")},
        {DraftPart::Item, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Numbered item (一、)")},
        {DraftPart::SubItem, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Sub-item (（一）)")},
        {DraftPart::Quote, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Statute quotation")},
        {DraftPart::Signature, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Signature")},
        {DraftPart::Date, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Date")},
        {DraftPart::Note, QT_TRANSLATE_NOOP("cd::ui::DraftEditor", "Note")},
    };
    return labels;
}

// The block that holds paragraph index of extract(): empty blocks are not paragraphs.
QTextBlock blockOfParagraph(QTextDocument* doc, int index)
{
    int i = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.text().trimmed().isEmpty())
            continue;
        if (i++ == index)
            return b;
    }
    return {};
}
} // namespace

DraftEditor::DraftEditor(DraftingServices& services, qint64 draftId, QWidget* parent)
    : QMainWindow(parent), m_services(services), m_draftId(draftId), m_edit(new QTextEdit(this)),
      m_find(new FindReplaceBar(m_edit, this)), m_partBox(new QComboBox(this)),
      m_findingsList(new QListWidget(this)), m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("draftEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    buildUi();
    QString error;
    DraftStore* store = m_services.store(&error);
    auto latest =
        store ? store->drafts() : Result<QVector<DraftInfo>>(makeError(ErrorCode::Io, error));
    int number = 0;
    if (latest) {
        for (const DraftInfo& d : latest.value())
            if (d.id == draftId)
                number = d.latestVersion;
    }
    if (!latest || number == 0 || !loadVersion(number))
        m_loadError = latest ? tr("The draft could not be opened.") : latest.errorMessage();
    retranslateUi();
}

DraftEditor* DraftEditor::createForCase(DraftingServices& services, qint64 caseId,
                                        const QString& templateId, const QDate& date,
                                        QWidget* parent, QString* error)
{
    Profile& profile = services.profile();
    CaseRepository cases(profile.database(), profile.actor());
    auto record = cases.load(caseId);
    if (!record) {
        *error = record.errorMessage();
        return nullptr;
    }
    DraftOptions o;
    o.date = date;
    if (auto ev = Drafter::evidenceFor(profile.database(), caseId))
        o.evidence = ev.value();
    // Date-dependent citations need the statute library if it is open; without it the draft
    // still works and says which citations were not checked.
    const Drafter drafter(services.templates(), services.statutes());
    auto doc = drafter.draft(record.value(), templateId, o);
    if (!doc) {
        *error = doc.errorMessage();
        return nullptr;
    }
    return createFromDocument(services, doc.value(), parent, error);
}

DraftEditor* DraftEditor::createFromDocument(DraftingServices& services, const DraftDocument& doc,
                                             QWidget* parent, QString* error)
{
    DraftStore* store = services.store(error);
    if (!store)
        return nullptr;
    auto id = store->create(doc, services.profile().actor());
    if (!id) {
        *error = id.errorMessage();
        return nullptr;
    }
    auto* editor = new DraftEditor(services, id.value(), parent);
    if (!doc.warnings.isEmpty())
        editor->statusBar()->showMessage(doc.warnings.join(QLatin1Char(' ')));
    return editor;
}

void DraftEditor::buildUi()
{
    m_edit->setObjectName(QStringLiteral("draftText"));
    m_edit->setAcceptRichText(true);
    // A sheet as wide as the printed text area (A4 less the margins), centred on a grey desk,
    // so lines break where they will print.
    const int textWidth = qRound((210 - 28 - 26) / 25.4 * 96);
    const int margin = 48;
    m_edit->setLineWrapMode(QTextEdit::FixedPixelWidth);
    m_edit->setLineWrapColumnOrWidth(textWidth);
    m_edit->document()->setDocumentMargin(margin);
    m_edit->setFixedWidth(textWidth + 2 * margin + m_edit->verticalScrollBar()->sizeHint().width() +
                          4);
    auto* desk = new QWidget(this);
    desk->setObjectName(QStringLiteral("draftDesk"));
    desk->setAutoFillBackground(true);
    QPalette pal = desk->palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Mid));
    desk->setPalette(pal);
    auto* row = new QHBoxLayout(desk);
    row->setContentsMargins(0, 8, 0, 0);
    row->addStretch(1);
    row->addWidget(m_edit);
    row->addStretch(1);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(desk, 1);
    layout->addWidget(m_find);
    setCentralWidget(central);

    auto* tb = addToolBar(QString());
    tb->setObjectName(QStringLiteral("draftToolBar"));
    m_save = tb->addAction(QString(), this, &DraftEditor::save);
    m_save->setShortcut(QKeySequence::Save);
    m_undo = tb->addAction(QString(), m_edit, &QTextEdit::undo);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = tb->addAction(QString(), m_edit, &QTextEdit::redo);
    m_redo->setShortcut(QKeySequence::Redo);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(m_edit, &QTextEdit::undoAvailable, m_undo, &QAction::setEnabled);
    connect(m_edit, &QTextEdit::redoAvailable, m_redo, &QAction::setEnabled);
    tb->addSeparator();
    m_partBox->setObjectName(QStringLiteral("partStyle"));
    tb->addWidget(m_partBox);
    m_bold = tb->addAction(QString(), this, [this](bool on) {
        QTextCharFormat f;
        f.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_edit->mergeCurrentCharFormat(f);
    });
    m_bold->setCheckable(true);
    m_bold->setShortcut(QKeySequence::Bold);
    tb->addSeparator();
    m_findAction = tb->addAction(QString(), m_find, &FindReplaceBar::showFind);
    m_findAction->setShortcut(QKeySequence::Find);
    m_replaceAction = tb->addAction(QString(), m_find, &FindReplaceBar::showReplace);
    m_replaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_statute = tb->addAction(QString(), this, &DraftEditor::chooseStatute);
    m_evidence = tb->addAction(QString(), this, &DraftEditor::chooseEvidence);
    tb->addSeparator();
    m_proofread = tb->addAction(QString(), this, [this] { proofread(); });
    m_proofread->setShortcut(QKeySequence(Qt::Key_F7));
    m_preview = tb->addAction(QString(), this, &DraftEditor::showPreview);
    m_versions = tb->addAction(QString(), this, &DraftEditor::showVersions);
    m_export = tb->addAction(QString(), this, &DraftEditor::chooseExport);

    connect(m_partBox, qOverload<int>(&QComboBox::activated), this, [this](int i) {
        setPart(partLabels().at(i).first);
        m_edit->setFocus();
    });
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &DraftEditor::updatePartBox);
    connect(m_edit->document(), &QTextDocument::modificationChanged, this,
            &QWidget::setWindowModified);

    m_findingsDock = new QDockWidget(this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    auto* dockBody = new QWidget(m_findingsDock);
    auto* dl = new QVBoxLayout(dockBody);
    m_findingsList->setObjectName(QStringLiteral("findings"));
    m_findingsList->setWordWrap(true);
    auto* fix = new QPushButton(dockBody);
    fix->setObjectName(QStringLiteral("applyFix"));
    m_applyFix = new QAction(this);
    connect(fix, &QPushButton::clicked, m_applyFix, &QAction::trigger);
    connect(m_applyFix, &QAction::changed, fix, [fix, this] { fix->setText(m_applyFix->text()); });
    connect(m_applyFix, &QAction::triggered, this, &DraftEditor::applySuggestion);
    dl->addWidget(m_findingsList, 1);
    dl->addWidget(fix);
    m_findingsDock->setWidget(dockBody);
    addDockWidget(Qt::RightDockWidgetArea, m_findingsDock);
    connect(m_findingsList, &QListWidget::currentRowChanged, this, &DraftEditor::selectFinding);
    statusBar()->addPermanentWidget(m_statusLabel);
    resize(1180, 860);
}

void DraftEditor::retranslateUi()
{
    m_save->setText(tr("Save Version"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_bold->setText(tr("Bold"));
    m_findAction->setText(tr("Find"));
    m_replaceAction->setText(tr("Replace"));
    m_statute->setText(tr("Insert Statute…"));
    m_evidence->setText(tr("Insert Evidence…"));
    m_proofread->setText(tr("Proofread"));
    m_preview->setText(tr("Page Preview"));
    m_versions->setText(tr("Versions…"));
    m_export->setText(tr("Export…"));
    m_applyFix->setText(tr("Apply Suggestion"));
    m_findingsDock->setWindowTitle(tr("Proofreading"));
    const int current = m_partBox->currentIndex();
    m_partBox->clear();
    for (const auto& p : partLabels())
        m_partBox->addItem(tr(p.second));
    m_partBox->setCurrentIndex(current);
    updateTitle();
    updatePartBox();
}

void DraftEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void DraftEditor::updateTitle()
{
    setWindowTitle(tr("%1 %2 — version %3[*]").arg(m_meta.title, m_meta.caseNumber).arg(m_version));
    m_statusLabel->setText(
        tr("Document date: %1").arg(QLocale().toString(m_meta.date, QLocale::LongFormat)));
}

void DraftEditor::updatePartBox()
{
    const DraftPart part = EditorDocument::partOf(m_edit->textCursor().block());
    for (int i = 0; i < partLabels().size(); ++i) {
        if (partLabels().at(i).first == part)
            m_partBox->setCurrentIndex(i);
    }
    m_bold->setChecked(m_edit->currentCharFormat().fontWeight() >= QFont::Bold);
}

void DraftEditor::setPart(DraftPart part)
{
    QTextCursor c = m_edit->textCursor();
    EditorDocument::applyPart(c, part);
    updatePartBox();
}

bool DraftEditor::loadVersion(int number)
{
    DraftStore* store = m_services.store();
    auto v = store ? store->version(m_draftId, number)
                   : Result<DraftVersion>(makeError(ErrorCode::Io, QString()));
    if (!v)
        return false;
    m_meta = v->document;
    m_version = number;
    EditorDocument::load(m_edit->document(), v->document, v->richText);
    m_edit->moveCursor(QTextCursor::Start);
    m_edit->document()->clearUndoRedoStacks();
    m_edit->document()->setModified(false);
    updateTitle();
    return true;
}

DraftDocument DraftEditor::document() const
{
    return EditorDocument::extract(m_edit->document(), m_meta);
}

bool DraftEditor::save()
{
    DraftStore* store = m_services.store();
    if (!store)
        return false;
    EditorDocument::renumberItems(m_edit->document());
    auto n = store->save(m_draftId, document(), m_services.profile().actor(), m_edit->toHtml());
    if (!n) {
        QMessageBox::warning(this, windowTitle(), n.errorMessage());
        return false;
    }
    m_version = n.value();
    m_edit->document()->setModified(false);
    updateTitle();
    statusBar()->showMessage(tr("Saved as version %1.").arg(m_version), 5000);
    return true;
}

qint64 DraftEditor::caseId() const
{
    CaseRepository cases(m_services.profile().database(), m_services.profile().actor());
    auto id = cases.idForNumber(m_meta.caseNumber);
    return id ? id.value() : 0;
}

QVector<ProofFinding> DraftEditor::proofread()
{
    const DraftDocument doc = document();
    ProofInput in;
    in.paragraphs = doc.paragraphTexts();
    in.caseSnapshot = doc.caseSnapshot;
    in.documentDate = doc.date;
    m_findings = Proofreader(m_services.statutes(), m_services.templates()).check(in);
    m_findingsList->clear();
    for (const ProofFinding& f : qAsConst(m_findings))
        m_findingsList->addItem(
            tr("Paragraph %1: %2 → %3").arg(f.paragraph + 1).arg(f.message, f.suggestion));
    if (m_findings.isEmpty())
        m_findingsList->addItem(tr("No problems found."));
    m_findingsDock->show();
    statusBar()->showMessage(tr("%n finding(s).", nullptr, int(m_findings.size())), 5000);
    return m_findings;
}

void DraftEditor::selectFinding(int row)
{
    if (row < 0 || row >= m_findings.size())
        return;
    const ProofFinding& f = m_findings.at(row);
    const QTextBlock b = blockOfParagraph(m_edit->document(), f.paragraph);
    if (!b.isValid())
        return;
    QTextCursor c(b);
    c.setPosition(b.position() + qMin(f.offset, b.length() - 1));
    c.setPosition(b.position() + qMin(f.offset + f.length, b.length() - 1),
                  QTextCursor::KeepAnchor);
    m_edit->setTextCursor(c);
    m_edit->ensureCursorVisible();
}

void DraftEditor::applySuggestion()
{
    const int row = m_findingsList->currentRow();
    if (row < 0 || row >= m_findings.size() || m_findings.at(row).length == 0)
        return;
    selectFinding(row);
    // Only suggestions that are replacement text (not advice such as 核对…) can be applied.
    const QString s = m_findings.at(row).suggestion;
    if (s.startsWith(QStringLiteral("核对")) || s.startsWith(QStringLiteral("写明")) ||
        s.startsWith(QStringLiteral("人工")) || s.startsWith(QStringLiteral("按")))
        return;
    m_edit->textCursor().insertText(s);
    proofread();
}

bool DraftEditor::insertCitation(const QString& citation, const QString& articleText)
{
    if (citation.isEmpty())
        return false;
    QTextCursor c = m_edit->textCursor();
    c.beginEditBlock();
    c.insertText(citation);
    if (!articleText.isEmpty()) {
        // The quotation becomes its own paragraph after the current one.
        c.movePosition(QTextCursor::EndOfBlock);
        c.insertBlock();
        c.insertText(articleText);
        EditorDocument::applyPart(c, DraftPart::Quote);
    }
    c.endEditBlock();
    m_edit->setTextCursor(c);
    return true;
}

void DraftEditor::insertEvidenceReference(const QString& reference)
{
    m_edit->textCursor().insertText(reference);
}

void DraftEditor::chooseStatute()
{
    m_services.ensureStatutes(this, [this](bool ok, const QString& error) {
        if (!ok) {
            QMessageBox::warning(this, tr("Insert Statute"), error);
            return;
        }
        StatuteDialog d(*m_services.statutes(), m_meta.date, this);
        const QString sel = m_edit->textCursor().selectedText();
        if (!sel.isEmpty())
            d.setQuery(sel);
        if (d.exec() == QDialog::Accepted)
            insertCitation(d.citation(), d.articleText());
    });
}

void DraftEditor::chooseEvidence()
{
    QVector<EvidenceRef> evidence;
    if (const qint64 id = caseId()) {
        if (auto ev = Drafter::evidenceFor(m_services.profile().database(), id))
            evidence = ev.value();
    }
    EvidenceDialog d(evidence, this);
    if (d.exec() == QDialog::Accepted)
        insertEvidenceReference(d.reference());
}

void DraftEditor::showPreview()
{
    PagePreviewDialog d(document(), this);
    d.exec();
}

void DraftEditor::showVersions()
{
    DraftStore* store = m_services.store();
    if (!store)
        return;
    if (m_edit->document()->isModified())
        save();
    VersionsDialog d(*store, m_draftId, m_services.profile().actor(), this);
    connect(&d, &VersionsDialog::restored, this, [this](int n) { loadVersion(n); });
    d.exec();
}

bool DraftEditor::exportTo(const QString& path, QString* report)
{
    auto r = DraftExport::write(document(), path);
    if (!r) {
        if (report)
            *report = r.errorMessage();
        return false;
    }
    QString text =
        tr("Exported %1 (%2 KB).").arg(QDir::toNativeSeparators(path)).arg(r->bytes / 1024);
    if (!r->fonts.isEmpty())
        text += QLatin1Char(' ') + tr("Fonts: %1").arg(r->fonts);
    statusBar()->showMessage(text, 10000);
    if (report)
        *report = text;
    return true;
}

void DraftEditor::chooseExport()
{
    const QString dir = m_services.profile().documentsDir();
    QDir().mkpath(dir);
    const QString suggested = QDir(dir).filePath(
        BatchDrafter::fileNameFor(m_meta.caseNumber, m_meta.templateId, ExportFormat::Pdf));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Document"), suggested,
                                     tr("PDF (*.pdf);;OpenDocument text (*.odt);;Word (*.docx)"));
    if (path.isEmpty())
        return;
    QString report;
    if (!exportTo(path, &report))
        QMessageBox::warning(this, tr("Export Document"), report);
}

void DraftEditor::closeEvent(QCloseEvent* event)
{
    if (m_edit->document()->isModified()) {
        const auto answer =
            QMessageBox::question(this, windowTitle(), tr("Save the changes as a new version?"),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace cd::ui
