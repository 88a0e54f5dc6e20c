#include "batchsigndialog.h"

#include "appearanceform.h"
#include "common/messagebar.h"
#include "signdialog.h"
#include "storage/profile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

BatchSignDialog::BatchSignDialog(Profile& profile, QWidget* parent)
    : QDialog(parent), m_profile(profile), m_form(new AppearanceForm(profile.dir(), this)),
      m_filesLabel(new QLabel(this)), m_files(new QListWidget(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_folderLabel(new QLabel(this)),
      m_folder(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_passwordLabel(new QLabel(this)), m_password(new QLineEdit(this)),
      m_progress(new QProgressBar(this)), m_current(new QLabel(this)),
      m_results(new QTableWidget(0, 2, this)), m_summary(new QLabel(this)),
      m_messages(new MessageBar(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("batchSignDialog"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_results->setObjectName(QStringLiteral("batchResults"));
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->setVisible(false);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);
    m_messages->setVisible(false);
    m_startButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);

    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch(1);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_files, 1);
    fileRow->addLayout(fileButtons);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto* left = new QVBoxLayout;
    left->addWidget(m_filesLabel);
    left->addLayout(fileRow, 1);
    auto* form = new QFormLayout;
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_passwordLabel, m_password);
    left->addLayout(form);
    left->addWidget(m_progress);
    left->addWidget(m_current);
    left->addWidget(m_results, 1);
    left->addWidget(m_summary);

    auto* right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addStretch(1);
    right->addWidget(m_messages);
    right->addWidget(m_buttons);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_add, &QPushButton::clicked, this, &BatchSignDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this,
            [this] { qDeleteAll(m_files->selectedItems()); });
    connect(m_browse, &QPushButton::clicked, this, &BatchSignDialog::chooseFolder);
    connect(m_startButton, &QPushButton::clicked, this, &BatchSignDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancel();
        else
            reject();
    });
    setRunning(false);
    retranslateUi();
    resize(1000, 700);
}

BatchSignDialog::~BatchSignDialog() = default;

void BatchSignDialog::addFiles(const QStringList& files)
{
    for (const QString& f : files) {
        auto* item = new QListWidgetItem(QFileInfo(f).fileName(), m_files);
        item->setData(Qt::UserRole, QFileInfo(f).absoluteFilePath());
        item->setToolTip(f);
    }
}

QStringList BatchSignDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->data(Qt::UserRole).toString();
    return out;
}

void BatchSignDialog::setOutputFolder(const QString& dir)
{
    m_folder->setText(dir);
}

bool BatchSignDialog::isRunning() const
{
    return m_batch && m_batch->isRunning();
}

void BatchSignDialog::chooseFiles()
{
    const QStringList f = QFileDialog::getOpenFileNames(
        this, tr("Documents to Sign"), m_profile.documentsDir(), tr("PDF files (*.pdf)"));
    addFiles(f);
}

void BatchSignDialog::chooseFolder()
{
    const QString d = QFileDialog::getExistingDirectory(this, tr("Folder for the Signed Copies"),
                                                        m_profile.documentsDir());
    if (!d.isEmpty())
        m_folder->setText(d);
}

void BatchSignDialog::setRunning(bool running)
{
    m_form->setEnabled(!running);
    m_files->setEnabled(!running);
    m_add->setEnabled(!running);
    m_remove->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_password->setEnabled(!running);
    m_startButton->setEnabled(!running);
    m_progress->setVisible(running || m_progress->value() > 0);
}

void BatchSignDialog::start()
{
    if (isRunning())
        return;
    const QStringList inputs = files();
    if (inputs.isEmpty()) {
        m_messages->showError(tr("Add the documents to sign first."));
        return;
    }
    if (!m_form->hasUsableCertificate()) {
        m_messages->showError(tr("Choose a certificate that can sign (see the note under it)."));
        return;
    }
    SignJob common;
    common.nssDir = m_form->nssDir();
    common.profileDir = m_profile.dir();
    common.nickname = m_form->nickname();
    common.reason = m_form->reason();
    common.location = m_form->location();
    common.page = -1;
    common.anchorAtDateLine = true;
    if (!m_form->appearance().isNull()) {
        common.imagePath = m_tmp.filePath(QStringLiteral("appearance.png"));
        if (!m_form->appearance().save(common.imagePath, "PNG")) {
            m_messages->showError(tr("Cannot prepare the seal image."));
            return;
        }
    }
    m_items.clear();
    const QString folder = m_folder->text().trimmed();
    for (const QString& in : inputs) {
        QString out = SignDialog::defaultOutputName(in);
        if (!folder.isEmpty())
            out = QDir(folder).filePath(QFileInfo(out).fileName());
        m_items.append({in, out});
    }
    m_results->setRowCount(0);
    m_summary->clear();
    m_messages->setVisible(false);
    m_progress->setRange(0, int(m_items.size()));
    m_progress->setValue(0);
    m_batch = std::make_unique<BatchSigner>(common, m_items, m_password->text());
    m_password->clear();
    connect(m_batch.get(), &BatchSigner::progress, this, &BatchSignDialog::onProgress);
    connect(m_batch.get(), &BatchSigner::itemFinished, this, &BatchSignDialog::onItem);
    connect(m_batch.get(), &BatchSigner::finished, this, &BatchSignDialog::onFinished);
    setRunning(true);
    m_batch->start();
}

void BatchSignDialog::cancel()
{
    if (!isRunning())
        return;
    m_batch->cancel();
    m_current->setText(tr("Stopping after the current document…"));
}

void BatchSignDialog::onProgress(int done, int total, const QString& current)
{
    m_progress->setValue(done);
    if (!current.isEmpty())
        m_current->setText(tr("Signing %1 (%2 of %3)…").arg(current).arg(done + 1).arg(total));
}

void BatchSignDialog::onItem(int index, bool ok, const QString& message)
{
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    auto* doc = new QTableWidgetItem(QFileInfo(m_items[index].input).fileName());
    doc->setToolTip(m_items[index].input);
    auto* result = new QTableWidgetItem(
        ok ? tr("Signed: %1").arg(QFileInfo(m_items[index].output).fileName()) : message);
    result->setForeground(ok ? palette().color(QPalette::Text) : QColor(176, 0, 32));
    result->setToolTip(ok ? m_items[index].output : message);
    m_results->setItem(row, 0, doc);
    m_results->setItem(row, 1, result);
    m_results->scrollToBottom();
}

void BatchSignDialog::onFinished(const BatchSummary& s)
{
    setRunning(false);
    m_current->clear();
    QString text = tr("%1 of %2 documents signed in %3 s.")
                       .arg(s.signedCount)
                       .arg(s.total)
                       .arg(s.elapsedMs / 1000.0, 0, 'f', 1);
    if (s.failed > 0)
        text += QLatin1Char(' ') + tr("%n document(s) failed; see the list.", nullptr, s.failed);
    if (s.wrongPassword)
        text += QLatin1Char(' ') + tr("The password was wrong, so the rest were not attempted.");
    else if (s.cancelled)
        text +=
            QLatin1Char(' ') + tr("Cancelled: %n document(s) were not signed.", nullptr, s.skipped);
    m_summary->setText(text);
    Q_EMIT batchFinished(s);
}

void BatchSignDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void BatchSignDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BatchSignDialog::retranslateUi()
{
    setWindowTitle(tr("Batch Signing"));
    m_filesLabel->setText(tr("Documents (the seal goes on each one's date line, or the "
                             "bottom-right corner of its last page):"));
    m_add->setText(tr("&Add…"));
    m_remove->setText(tr("&Remove"));
    m_folderLabel->setText(tr("Signed copies &in:"));
    m_folder->setPlaceholderText(tr("next to each original"));
    m_browse->setText(tr("&Browse…"));
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);
    m_folderLabel->setBuddy(m_folder);
    m_password->setPlaceholderText(tr("asked once for the whole batch"));
    m_results->setHorizontalHeaderLabels({tr("Document"), tr("Result")});
    m_startButton->setText(tr("&Sign All"));
}

} // namespace cd::ui
