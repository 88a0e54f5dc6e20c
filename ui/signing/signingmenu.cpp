#include "signingmenu.h"

#include "batchsigndialog.h"
#include "certificatemanager.h"
#include "seallibrarydialog.h"
#include "signdialog.h"
#include "signing/certificatestore.h"
#include "storage/profile.h"
#include "verificationpanel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QVBoxLayout>

namespace cd::ui {

SigningMenu::SigningMenu(Profile& profile, QMenuBar* bar, QWidget* window)
    : QMenu(bar), m_profile(profile), m_window(window), m_sign(addAction(QString())),
      m_batch(addAction(QString())), m_verify(addAction(QString()))
{
    setObjectName(QStringLiteral("signingMenu"));
    addSeparator();
    m_certificates = addAction(QString());
    m_seals = addAction(QString());
    // Before Help, which stays last by convention.
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), this);
    connect(m_sign, &QAction::triggered, this, &SigningMenu::chooseAndSign);
    connect(m_batch, &QAction::triggered, this, &SigningMenu::openBatch);
    connect(m_verify, &QAction::triggered, this, &SigningMenu::chooseAndVerify);
    connect(m_certificates, &QAction::triggered, this, &SigningMenu::openCertificates);
    connect(m_seals, &QAction::triggered, this, &SigningMenu::openSeals);
    retranslateUi();
}

void SigningMenu::chooseAndSign()
{
    const QString f = QFileDialog::getOpenFileName(
        m_window, tr("Sign a PDF"), m_profile.documentsDir(), tr("PDF files (*.pdf)"));
    if (!f.isEmpty())
        signFile(f);
}

void SigningMenu::signFile(const QString& pdf)
{
    auto* d = new SignDialog(m_profile, pdf, m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    // After signing, show the result of an independent check of the new file.
    connect(d, &SignDialog::documentSigned, this,
            [this](const SignOutcome& o) { verifyFile(o.output); });
    d->open();
}

void SigningMenu::chooseAndVerify()
{
    const QString f = QFileDialog::getOpenFileName(
        m_window, tr("Verify Signatures"), m_profile.documentsDir(), tr("PDF files (*.pdf)"));
    if (!f.isEmpty())
        verifyFile(f);
}

void SigningMenu::verifyFile(const QString& pdf)
{
    auto* d = new QDialog(m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setObjectName(QStringLiteral("verificationDialog"));
    d->setWindowTitle(tr("Signatures of %1").arg(QFileInfo(pdf).fileName()));
    auto* panel = new VerificationPanel(CertificateStore::profileStoreDir(m_profile.dir()), d);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    auto* layout = new QVBoxLayout(d);
    layout->addWidget(panel, 1);
    layout->addWidget(buttons);
    d->resize(760, 560);
    panel->verifyFile(pdf);
    d->open();
}

void SigningMenu::openBatch()
{
    auto* d = new BatchSignDialog(m_profile, m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void SigningMenu::openCertificates()
{
    auto* d = new CertificateManager(m_profile.dir(), m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void SigningMenu::openSeals()
{
    auto* d = new SealLibraryDialog(m_profile.dir(), m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

void SigningMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void SigningMenu::retranslateUi()
{
    setTitle(tr("Si&gning"));
    m_sign->setText(tr("&Sign PDF…"));
    m_sign->setStatusTip(tr("Sign a PDF with your certificate and the court seal into a new file"));
    m_batch->setText(tr("&Batch Sign…"));
    m_batch->setStatusTip(tr("Sign many documents with one password"));
    m_verify->setText(tr("&Verify Signatures…"));
    m_verify->setStatusTip(tr("Check who signed a PDF and whether it changed since"));
    m_certificates->setText(tr("&Certificates…"));
    m_seals->setText(tr("S&eals and Signatures…"));
}

} // namespace cd::ui
