#include "seallibrarydialog.h"

#include "common/messagebar.h"
#include "signing/seallibrary.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

SealLibraryDialog::SealLibraryDialog(const QString& profileDir, QWidget* parent)
    : QDialog(parent), m_profileDir(profileDir), m_messages(new MessageBar(this)),
      m_list(new QListWidget(this)), m_courtLabel(new QLabel(this)), m_court(new QLineEdit(this)),
      m_generate(new QPushButton(this)), m_importSeal(new QPushButton(this)),
      m_importSignature(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("sealLibraryDialog"));
    m_list->setObjectName(QStringLiteral("sealList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(160, 160));
    m_list->setGridSize(QSize(200, 210));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_court->setObjectName(QStringLiteral("courtName"));
    m_messages->setVisible(false);

    auto* gen = new QHBoxLayout;
    gen->addWidget(m_courtLabel);
    gen->addWidget(m_court, 1);
    gen->addWidget(m_generate);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_importSeal);
    buttons->addWidget(m_importSignature);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_list, 1);
    layout->addLayout(gen);
    layout->addLayout(buttons);

    connect(m_generate, &QPushButton::clicked, this, [this] { generate(m_court->text()); });
    connect(m_importSeal, &QPushButton::clicked, this, [this] { askImport(true); });
    connect(m_importSignature, &QPushButton::clicked, this, [this] { askImport(false); });
    connect(m_remove, &QPushButton::clicked, this, &SealLibraryDialog::removeSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    reload();
    resize(760, 520);
}

void SealLibraryDialog::reload()
{
    m_list->clear();
    SealLibrary lib(m_profileDir);
    auto entries = lib.list();
    if (!entries) {
        m_messages->showError(entries.errorMessage());
        return;
    }
    for (const SealEntry& e : entries.value()) {
        const QString kind =
            e.kind == SealEntry::Kind::CourtSeal ? tr("Court seal") : tr("Signature");
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(QImage(lib.imagePath(e)))),
                                         QStringLiteral("%1\n%2").arg(e.name, kind), m_list);
        item->setData(Qt::UserRole, e.id);
        if (e.kind == SealEntry::Kind::CourtSeal && m_court->text().isEmpty())
            m_court->setText(e.name);
    }
}

void SealLibraryDialog::report(bool ok, const QString& message)
{
    m_messages->showMessage(ok ? MessageBar::Kind::Information : MessageBar::Kind::Error, message);
    if (ok)
        Q_EMIT libraryChanged();
}

bool SealLibraryDialog::generate(const QString& courtName)
{
    auto r = SealLibrary(m_profileDir).generateCourtSeal(courtName);
    reload();
    report(bool(r), r ? tr("A seal for %1 was added.").arg(r->name) : r.errorMessage());
    return bool(r);
}

bool SealLibraryDialog::importImage(bool courtSeal, const QString& name, const QString& file)
{
    auto r = SealLibrary(m_profileDir)
                 .importImage(courtSeal ? SealEntry::Kind::CourtSeal
                                        : SealEntry::Kind::PersonalSignature,
                              name, file);
    reload();
    report(bool(r), r ? tr("%1 was added.").arg(QFileInfo(file).fileName()) : r.errorMessage());
    return bool(r);
}

bool SealLibraryDialog::removeSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    auto r = SealLibrary(m_profileDir).remove(item->data(Qt::UserRole).toString());
    reload();
    report(bool(r), r ? tr("Removed.") : r.errorMessage());
    return bool(r);
}

void SealLibraryDialog::askImport(bool courtSeal)
{
    const QString file = QFileDialog::getOpenFileName(
        this, courtSeal ? tr("Import a Scanned Seal") : tr("Import a Handwritten Signature"),
        QString(), tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"));
    if (file.isEmpty())
        return;
    const QString name = courtSeal && !m_court->text().trimmed().isEmpty()
                             ? m_court->text().trimmed()
                             : QFileInfo(file).completeBaseName();
    importImage(courtSeal, name, file);
}

void SealLibraryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void SealLibraryDialog::retranslateUi()
{
    setWindowTitle(tr("Seals and Signatures"));
    m_courtLabel->setText(tr("Court's &name:"));
    m_courtLabel->setBuddy(m_court);
    m_court->setPlaceholderText(tr("e.g. 甘肃省兰州市中级人民法院"));
    m_generate->setText(tr("&Draw Default Seal"));
    m_importSeal->setText(tr("Import &Seal Image…"));
    m_importSignature->setText(tr("Import Si&gnature Image…"));
    m_remove->setText(tr("&Remove"));
    m_close->setText(tr("Close"));
}

} // namespace cd::ui
