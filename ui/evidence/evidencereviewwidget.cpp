#include "evidencereviewwidget.h"

#include "evidence/evidenceimporter.h"
#include "evidence/evidencerepository.h"
#include "evidencepageview.h"
#include "ocr/languages.h"
#include "storage/profile.h"
#include "suggestionspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

constexpr int kThumbWidth = 96;

QImage loadScaled(const QString& path, int width)
{
    // JPEG decoders scale while decoding: a thumbnail costs a few milliseconds.
    QImageReader r(path);
    const QSize s = r.size();
    if (s.isValid() && width > 0)
        r.setScaledSize(s.scaled(width, width * 2, Qt::KeepAspectRatio));
    return r.read();
}

} // namespace

EvidenceReviewWidget::EvidenceReviewWidget(Profile& profile, QWidget* parent)
    : QWidget(parent), m_profile(profile),
      m_repo(std::make_unique<EvidenceRepository>(profile.database(), profile.actor())),
      m_importer(new EvidenceImporter(profile, this))
{
    setObjectName(QStringLiteral("evidenceReview"));
    setAcceptDrops(true);
    buildUi();
    retranslateUi();

    connect(m_importer, &EvidenceImporter::progress, this, [this](double done, int total) {
        m_progress->setVisible(true);
        m_cancel->setVisible(true);
        m_progress->setMaximum(qMax(1, total) * 100);
        m_progress->setValue(int(done * 100));
        m_progress->setFormat(tr("%1 of %2 pages").arg(int(done)).arg(total));
    });
    connect(m_importer, &EvidenceImporter::finished, this, [this](bool cancelled) {
        m_cancel->setVisible(false);
        m_progress->setVisible(false);
        setStatus(cancelled ? tr("Recognition cancelled. Pages already recognised are kept.")
                            : tr("Recognition finished."));
        reloadItems();
        if (m_item.id) {
            loadThumbnails();
            refreshSuggestions();
        }
    });
    connect(m_importer, &EvidenceImporter::itemAdded, this, [this](qint64 id) {
        reloadItems();
        if (m_item.id == 0)
            showItem(id);
    });
    connect(m_importer, &EvidenceImporter::duplicate, this, [this](const QString& file, qint64) {
        setStatus(tr("%1 is already in this case's evidence; it was not added again.").arg(file));
    });
    connect(m_importer, &EvidenceImporter::rejected, this,
            [this](const QString&, const QString& message) { setStatus(message); });
    connect(m_importer, &EvidenceImporter::pageFailed, this,
            [this](qint64, int, const QString& message) { setStatus(message); });
    connect(m_importer, &EvidenceImporter::passwordRequired, this,
            &EvidenceReviewWidget::askPassword);
    connect(m_importer, &EvidenceImporter::pageStored, this, [this](qint64 id, int page) {
        if (id != m_item.id)
            return;
        if (m_page == 0 || m_page == page)
            showPage(m_page == 0 ? page : m_page);
        // Thumbnails follow in batches: re-reading the page list after every page would be
        // quadratic on a 500-page file.
        if (!m_refreshTimer->isActive())
            m_refreshTimer->start();
    });
}

EvidenceReviewWidget::~EvidenceReviewWidget() = default;

void EvidenceReviewWidget::buildUi()
{
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importEvidence"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportSearchablePdf"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("ocrLanguage"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("ocrProgress"));
    m_progress->setVisible(false);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelOcr"));
    m_cancel->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("evidenceStatus"));
    m_status->setWordWrap(true);
    m_items = new QComboBox(this);
    m_items->setObjectName(QStringLiteral("evidenceItems"));
    m_thumbs = new QListWidget(this);
    m_thumbs->setObjectName(QStringLiteral("pageThumbnails"));
    m_thumbs->setViewMode(QListView::IconMode);
    m_thumbs->setFlow(QListView::TopToBottom);
    m_thumbs->setWrapping(false);
    m_thumbs->setIconSize(QSize(kThumbWidth, kThumbWidth * 3 / 2));
    m_thumbs->setMovement(QListView::Static);
    m_thumbs->setFixedWidth(kThumbWidth + 40);
    m_view = new EvidencePageView;
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_view);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_zoomIn = new QPushButton(QStringLiteral("+"), this);
    m_zoomOut = new QPushButton(QStringLiteral("−"), this);
    m_fit = new QPushButton(this);
    m_showText = new QCheckBox(this);
    m_showText->setObjectName(QStringLiteral("showRecognisedText"));
    m_pageLabel = new QLabel(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("correctionText"));
    // Proofreading Chinese needs a larger face than the UI default.
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.3);
    m_text->setFont(textFont);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveCorrection"));
    m_revision = new QLabel(this);
    m_revision->setWordWrap(true);
    m_suggestions = new SuggestionsPanel(this);
    m_thumbTimer = new QTimer(this);
    m_thumbTimer->setInterval(0);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(700);
    m_refreshTimer->setSingleShot(true);

    for (const ocr::OcrLanguage& l : ocr::OcrLanguages::all())
        m_language->addItem(QString(), QString::fromLatin1(l.tesseract));
    m_language->addItem(QString(), ocr::OcrLanguages::autoKey());

    auto* top = new QHBoxLayout;
    top->addWidget(m_import);
    top->addWidget(m_language);
    top->addWidget(m_items, 1);
    top->addWidget(m_export);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);

    auto* viewBar = new QHBoxLayout;
    viewBar->addWidget(m_pageLabel, 1);
    viewBar->addWidget(m_showText);
    viewBar->addWidget(m_zoomOut);
    viewBar->addWidget(m_zoomIn);
    viewBar->addWidget(m_fit);
    auto* viewBox = new QWidget(this);
    auto* viewLayout = new QVBoxLayout(viewBox);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->addLayout(viewBar);
    viewLayout->addWidget(m_scroll, 1);

    auto* textBox = new QWidget(this);
    auto* textLayout = new QVBoxLayout(textBox);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_text, 1);
    textLayout->addWidget(m_revision);
    textLayout->addWidget(m_save);
    auto* side = new QTabWidget(this);
    side->setObjectName(QStringLiteral("evidenceSideTabs"));
    side->addTab(textBox, QString());
    side->addTab(m_suggestions, QString());

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_thumbs);
    split->addWidget(viewBox);
    split->addWidget(side);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_import, &QPushButton::clicked, this, &EvidenceReviewWidget::openFileDialog);
    connect(m_cancel, &QPushButton::clicked, m_importer, &EvidenceImporter::cancel);
    connect(m_export, &QPushButton::clicked, this, &EvidenceReviewWidget::exportSearchablePdf);
    connect(m_items, &QComboBox::activated, this,
            [this](int index) { showItem(m_items->itemData(index).toLongLong()); });
    connect(m_thumbs, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row + 1 != m_page)
            showPage(row + 1);
    });
    connect(m_zoomIn, &QPushButton::clicked, m_view, &EvidencePageView::zoomIn);
    connect(m_zoomOut, &QPushButton::clicked, m_view, &EvidencePageView::zoomOut);
    connect(m_fit, &QPushButton::clicked, this,
            [this] { m_view->fitWidth(m_scroll->viewport()->width() - 4); });
    connect(m_showText, &QCheckBox::toggled, m_view, &EvidencePageView::setShowText);
    connect(m_save, &QPushButton::clicked, this, &EvidenceReviewWidget::saveCorrection);
    connect(m_thumbTimer, &QTimer::timeout, this, &EvidenceReviewWidget::loadSomeThumbnails);
    connect(m_refreshTimer, &QTimer::timeout, this, &EvidenceReviewWidget::loadThumbnails);
    connect(m_suggestions, &SuggestionsPanel::selected, this, [this](const Extraction& e) {
        if (e.page != m_page)
            showPage(e.page);
        m_view->setHighlight(Extractor::locate(m_view->page(), e.matched));
    });
    connect(m_suggestions, &SuggestionsPanel::accepted, this,
            &EvidenceReviewWidget::suggestionAccepted);

    // Page navigation from anywhere in the review except while typing a correction.
    auto nav = [this](const QKeySequence& key, int delta, bool absolute) {
        auto* s = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, delta, absolute] {
            if (m_text->hasFocus())
                return;
            showPage(absolute ? (delta < 0 ? 1 : pageCount()) : m_page + delta);
        });
    };
    nav(QKeySequence(Qt::Key_PageDown), 1, false);
    nav(QKeySequence(Qt::Key_PageUp), -1, false);
    nav(QKeySequence(Qt::ALT | Qt::Key_Right), 1, false);
    nav(QKeySequence(Qt::ALT | Qt::Key_Left), -1, false);
    nav(QKeySequence(Qt::CTRL | Qt::Key_Home), -1, true);
    nav(QKeySequence(Qt::CTRL | Qt::Key_End), 1, true);
    auto* zin =
        new QShortcut(QKeySequence::ZoomIn, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(zin, &QShortcut::activated, m_view, &EvidencePageView::zoomIn);
    auto* zout = new QShortcut(QKeySequence::ZoomOut, this, nullptr, nullptr,
                               Qt::WidgetWithChildrenShortcut);
    connect(zout, &QShortcut::activated, m_view, &EvidencePageView::zoomOut);
    auto* save =
        new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &EvidenceReviewWidget::saveCorrection);
}

void EvidenceReviewWidget::retranslateUi()
{
    m_import->setText(tr("Import evidence…"));
    m_import->setToolTip(tr("PDF, PNG, JPEG or TIFF files; you can also drop files here."));
    m_cancel->setText(tr("Cancel"));
    m_export->setText(tr("Export searchable PDF…"));
    m_export->setToolTip(tr("The page images with the recognised text as an invisible layer."));
    m_fit->setText(tr("Fit width"));
    m_showText->setText(tr("Show recognised text"));
    m_save->setText(tr("Save correction"));
    m_language->setToolTip(tr("OCR language for new files"));
    for (int i = 0; i < m_language->count(); ++i) {
        const QString key = m_language->itemData(i).toString();
        m_language->setItemText(i, key == ocr::OcrLanguages::autoKey()
                                       ? tr("Detect language")
                                       : ocr::OcrLanguages::label(key));
    }
    if (auto* side = findChild<QTabWidget*>(QStringLiteral("evidenceSideTabs"))) {
        side->setTabText(0, tr("Text"));
        side->setTabText(1, tr("Suggestions"));
    }
    if (m_status->text().isEmpty())
        m_status->setText(tr("Drop scanned evidence here, or use Import."));
    updatePageLabel();
}

void EvidenceReviewWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EvidenceReviewWidget::setStatus(const QString& message)
{
    m_status->setText(message);
}

void EvidenceReviewWidget::setCase(qint64 caseId)
{
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    m_item = EvidenceItem();
    m_page = 0;
    m_pages.clear();
    m_thumbs->clear();
    m_view->clear();
    m_text->clear();
    m_suggestions->setSuggestions({});
    reloadItems();
    if (m_items->count() > 0)
        showItem(m_items->itemData(0).toLongLong());
}

void EvidenceReviewWidget::reloadItems()
{
    const qint64 current = m_item.id;
    m_items->clear();
    if (m_caseId <= 0)
        return;
    auto items = m_repo->listForCase(m_caseId);
    if (!items) {
        Q_EMIT errorOccurred(items.errorMessage());
        return;
    }
    for (const EvidenceItem& e : items.value())
        m_items->addItem(tr("%1. %2 (%n page(s))", nullptr, e.pages).arg(e.position).arg(e.title),
                         e.id);
    const int index = m_items->findData(current);
    if (index >= 0)
        m_items->setCurrentIndex(index);
}

void EvidenceReviewWidget::importFiles(const QStringList& files)
{
    if (m_caseId <= 0) {
        setStatus(tr("Open a case first; evidence always belongs to a case."));
        return;
    }
    const QVector<qint64> ids =
        m_importer->importFiles(m_caseId, files, m_language->currentData().toString());
    if (!ids.isEmpty())
        setStatus(tr("%n file(s) imported; recognising the pages…", nullptr, ids.size()));
}

void EvidenceReviewWidget::openFileDialog()
{
    // Non-modal: the review stays usable (and OCR progress visible) while the dialog is open.
    auto* dialog = new QFileDialog(this, tr("Import evidence"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilter(tr("Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &EvidenceReviewWidget::importFiles);
    dialog->open();
}

void EvidenceReviewWidget::exportSearchablePdf()
{
    if (m_item.id == 0)
        return;
    auto* dialog = new QFileDialog(this, tr("Export searchable PDF"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setNameFilter(tr("PDF files (*.pdf)"));
    dialog->selectFile(m_item.title + QStringLiteral(".pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_item.id;
    connect(dialog, &QFileDialog::fileSelected, this, [this, id](const QString& file) {
        // pdfunite runs as its own process; a few hundred pages take a moment at most.
        auto r = m_importer->exportSearchablePdf(id, file);
        setStatus(r ? tr("Exported %1.").arg(QDir::toNativeSeparators(file)) : r.errorMessage());
    });
    dialog->open();
}

void EvidenceReviewWidget::askPassword(qint64 evidenceId, const QString& fileName, bool wrong)
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("pdfPasswordDialog"));
    dialog->setWindowTitle(tr("Password required"));
    dialog->setLabelText(
        wrong ? tr("The password for %1 is not correct. Try again:").arg(fileName)
              : tr("%1 is protected by a password. Enter the password to open it:").arg(fileName));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, evidenceId](const QString& password) {
                m_importer->recognise(evidenceId, password);
            });
    dialog->open();
}

void EvidenceReviewWidget::showItem(qint64 evidenceId)
{
    auto item = m_repo->load(evidenceId);
    if (!item)
        return;
    m_item = item.value();
    const int index = m_items->findData(evidenceId);
    if (index >= 0)
        m_items->setCurrentIndex(index);
    m_page = 0;
    m_thumbs->clear();
    loadThumbnails();
    refreshSuggestions();
    if (pageCount() > 0)
        showPage(1);
    else
        updatePageLabel();
}

int EvidenceReviewWidget::pageCount() const
{
    return qMax(m_item.pages, int(m_pages.size()));
}

void EvidenceReviewWidget::loadThumbnails()
{
    if (m_item.id == 0)
        return;
    if (auto item = m_repo->load(m_item.id); item)
        m_item = item.value();
    auto pages = m_repo->pageSummaries(m_item.id);
    if (pages)
        m_pages = pages.value();
    const int total = pageCount();
    while (m_thumbs->count() < total) {
        auto* it = new QListWidgetItem(QString::number(m_thumbs->count() + 1), m_thumbs);
        it->setSizeHint(QSize(kThumbWidth + 24, kThumbWidth * 3 / 2 + 28));
        it->setTextAlignment(Qt::AlignHCenter);
    }
    m_nextThumb = 0;
    m_thumbTimer->start();
}

void EvidenceReviewWidget::loadSomeThumbnails()
{
    // A few per event-loop turn, so 500 pages never freeze the window.
    for (int n = 0; n < 6 && m_nextThumb < m_thumbs->count(); ++m_nextThumb) {
        QListWidgetItem* it = m_thumbs->item(m_nextThumb);
        const int page = m_nextThumb + 1;
        const EvidencePage* summary = nullptr;
        for (const EvidencePage& p : std::as_const(m_pages)) {
            if (p.pageNumber == page)
                summary = &p;
        }
        if (summary && summary->status != QLatin1String("ok")) {
            it->setText(tr("%1 ⚠").arg(page));
            it->setToolTip(summary->error);
        } else if (summary) {
            it->setToolTip(tr("Page %1, mean confidence %2%")
                               .arg(page)
                               .arg(qRound(summary->ocr.meanConfidence)));
        }
        if (!it->icon().isNull() || !summary || summary->status != QLatin1String("ok"))
            continue;
        const QImage thumb = loadScaled(m_importer->reviewImagePath(m_item, page), kThumbWidth);
        if (!thumb.isNull())
            it->setIcon(QIcon(QPixmap::fromImage(thumb)));
        ++n;
    }
    if (m_nextThumb >= m_thumbs->count())
        m_thumbTimer->stop();
}

void EvidenceReviewWidget::showPage(int page)
{
    if (m_item.id == 0 || page < 1 || page > qMax(1, pageCount()))
        return;
    m_page = page;
    m_thumbs->blockSignals(true);
    m_thumbs->setCurrentRow(page - 1);
    m_thumbs->blockSignals(false);
    auto p = m_repo->page(m_item.id, page);
    const QImage image(m_importer->reviewImagePath(m_item, page));
    if (p && p->status == QLatin1String("ok")) {
        m_view->setPage(image, p->ocr);
        m_text->setPlainText(p->currentText);
        m_text->setReadOnly(false);
        m_save->setEnabled(true);
        m_revision->setText(
            p->revision > 0 ? tr("Revision %1; the original OCR text is kept.").arg(p->revision)
                            : tr("Original OCR text (mean confidence %1%, %n word(s) to check).",
                                 nullptr, m_view->lowConfidenceWords())
                                  .arg(qRound(p->ocr.meanConfidence)));
    } else {
        m_view->setPage(image, ocr::OcrPage());
        m_text->setPlainText(p ? p->error : tr("This page has not been recognised yet."));
        m_text->setReadOnly(true);
        m_save->setEnabled(false);
        m_revision->clear();
    }
    if (m_view->zoom() == 0.5 && !image.isNull())
        m_view->fitWidth(m_scroll->viewport()->width() - 4);
    updatePageLabel();
}

void EvidenceReviewWidget::updatePageLabel()
{
    m_pageLabel->setText(m_item.id ? tr("Page %1 of %2").arg(m_page).arg(pageCount()) : QString());
}

bool EvidenceReviewWidget::saveCorrection()
{
    if (m_item.id == 0 || m_page == 0 || m_text->isReadOnly())
        return false;
    auto r = m_repo->correctPage(m_item.id, m_page, m_text->toPlainText());
    if (!r) {
        Q_EMIT errorOccurred(r.errorMessage());
        return false;
    }
    m_revision->setText(tr("Revision %1; the original OCR text is kept.").arg(r.value()));
    refreshSuggestions();
    return true;
}

void EvidenceReviewWidget::refreshSuggestions()
{
    QVector<Extraction> all;
    auto pages = m_repo->pageSummaries(m_item.id);
    if (pages) {
        for (const EvidencePage& p : pages.value()) {
            if (p.status == QLatin1String("ok"))
                all += Extractor::extract(p.currentText, p.pageNumber);
        }
    }
    m_suggestions->setSuggestions(all);
}

void EvidenceReviewWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidenceReviewWidget::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

} // namespace cd::ui
