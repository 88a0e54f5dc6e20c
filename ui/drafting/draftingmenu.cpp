#include "draftingmenu.h"

#include "batchdialog.h"
#include "cases/caserepository.h"
#include "drafteditor.h"
#include "drafting/documentreader.h"
#include "drafting/draftstore.h"
#include "drafting/proofreader.h"
#include "draftingservices.h"
#include "newdraftdialog.h"
#include "storage/profile.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QVBoxLayout>

namespace cd::ui {

DraftingMenu::DraftingMenu(Profile& profile, QMenuBar* bar, QWidget* window,
                           std::function<qint64()> currentCase)
    : QMenu(bar), m_profile(profile), m_window(window), m_currentCase(std::move(currentCase)),
      m_services(new DraftingServices(profile, this)), m_new(addAction(QString())),
      m_open(addAction(QString())), m_batch(nullptr), m_proofread(nullptr)
{
    setObjectName(QStringLiteral("draftingMenu"));
    addSeparator();
    m_batch = addAction(QString());
    m_proofread = addAction(QString());
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    // Before Help, which stays last by convention.
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), this);
    connect(m_new, &QAction::triggered, this, &DraftingMenu::chooseNew);
    connect(m_open, &QAction::triggered, this, &DraftingMenu::chooseOpen);
    connect(m_batch, &QAction::triggered, this, &DraftingMenu::openBatch);
    connect(m_proofread, &QAction::triggered, this, &DraftingMenu::chooseProofread);
    connect(this, &QMenu::aboutToShow, this, [this] {
        const bool hasCase = m_currentCase && m_currentCase() != 0;
        m_new->setEnabled(hasCase);
        m_open->setEnabled(hasCase);
    });
    retranslateUi();
}

void DraftingMenu::retranslateUi()
{
    setTitle(tr("Doc&uments"));
    m_new->setText(tr("&New Document for This Case…"));
    m_open->setText(tr("&Open a Document of This Case…"));
    m_batch->setText(tr("&Batch Generation…"));
    m_proofread->setText(tr("&Proofread a File…"));
}

void DraftingMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

QString DraftingMenu::caseNumber(qint64 id, QString* kind) const
{
    CaseRepository cases(m_profile.database(), m_profile.actor());
    auto c = cases.load(id);
    if (!c)
        return {};
    if (kind)
        *kind = c->kind;
    return c->caseNumber;
}

DraftEditor* DraftingMenu::newDocument(qint64 caseId, const QString& templateId, const QDate& date,
                                       QString* error)
{
    DraftEditor* editor =
        DraftEditor::createForCase(*m_services, caseId, templateId, date, m_window, error);
    if (editor) {
        editor->setWindowFlag(Qt::Window);
        editor->show();
    }
    return editor;
}

void DraftingMenu::chooseNew()
{
    const qint64 id = m_currentCase ? m_currentCase() : 0;
    if (!id)
        return;
    QString kind;
    const QString number = caseNumber(id, &kind);
    NewDraftDialog d(m_services->templates(), kind, number, m_window);
    if (d.exec() != QDialog::Accepted || d.templateId().isEmpty())
        return;
    // Citations of the document date need the statute library: open (or first import) it,
    // then draft.
    const QString templateId = d.templateId();
    const QDate date = d.date();
    m_services->ensureStatutes(m_window, [this, id, templateId, date](bool, const QString&) {
        QString error;
        if (!newDocument(id, templateId, date, &error))
            QMessageBox::warning(m_window, tr("New Document"), error);
    });
}

void DraftingMenu::chooseOpen()
{
    const qint64 id = m_currentCase ? m_currentCase() : 0;
    QString error;
    DraftStore* store = m_services->store(&error);
    if (!id || !store) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Open a Document"), error);
        return;
    }
    const QString number = caseNumber(id);
    auto drafts = store->drafts(number);
    if (!drafts || drafts->isEmpty()) {
        QMessageBox::information(m_window, tr("Open a Document"),
                                 drafts
                                     ? tr("No documents have been drafted for %1 yet.").arg(number)
                                     : drafts.errorMessage());
        return;
    }
    QDialog d(m_window);
    d.setWindowTitle(tr("Documents of %1").arg(number));
    auto* list = new QListWidget(&d);
    for (const DraftInfo& i : drafts.value()) {
        auto* item = new QListWidgetItem(
            tr("%1 — version %2, %3")
                .arg(i.title)
                .arg(i.latestVersion)
                .arg(QLocale().toString(i.updatedAt.toLocalTime(), QLocale::ShortFormat)),
            list);
        item->setData(Qt::UserRole, i.id);
    }
    list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, &d);
    auto* layout = new QVBoxLayout(&d);
    layout->addWidget(list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(list, &QListWidget::itemDoubleClicked, &d, &QDialog::accept);
    d.resize(520, 360);
    if (d.exec() != QDialog::Accepted || !list->currentItem())
        return;
    auto* editor = new DraftEditor(*m_services,
                                   list->currentItem()->data(Qt::UserRole).toLongLong(), m_window);
    editor->setWindowFlag(Qt::Window);
    editor->show();
}

void DraftingMenu::openBatch()
{
    auto* d = new BatchDialog(*m_services, m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void DraftingMenu::chooseProofread()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Proofread a File"), m_profile.documentsDir(),
                                     tr("Documents (*.odt *.docx *.txt)"));
    if (path.isEmpty())
        return;
    auto input = DocumentReader::read(path);
    if (!input) {
        QMessageBox::warning(m_window, tr("Proofread a File"), input.errorMessage());
        return;
    }
    m_services->ensureStatutes(m_window, [this, in = input.value()](bool, const QString&) {
        const auto findings =
            Proofreader(m_services->statutes(), m_services->templates()).check(in);
        QStringList lines;
        for (const ProofFinding& f : findings)
            lines << tr("Paragraph %1: %2 → %3").arg(f.paragraph + 1).arg(f.message, f.suggestion);
        QMessageBox box(QMessageBox::Information, tr("Proofread a File"),
                        findings.isEmpty() ? tr("No problems found.")
                                           : tr("%n finding(s).", nullptr, int(findings.size())),
                        QMessageBox::Close, m_window);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
    });
}

} // namespace cd::ui
