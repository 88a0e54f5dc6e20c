#include "certificatemanager.h"

#include "common/clock.h"
#include "common/messagebar.h"
#include "signing/certificatestore.h"
#include "signing/signingerror.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::ui {

CertificateManager::CertificateManager(const QString& profileDir, QWidget* parent)
    : QDialog(parent), m_dir(CertificateStore::profileStoreDir(profileDir)),
      m_messages(new MessageBar(this)), m_table(new QTableWidget(0, 5, this)),
      m_details(new QTextBrowser(this)), m_passwordLabel(new QLabel(this)),
      m_password(new QLineEdit(this)), m_confirm(new QLineEdit(this)),
      m_create(new QPushButton(this)), m_importP12(new QPushButton(this)),
      m_importCa(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("certificateManager"));
    m_table->setObjectName(QStringLiteral("certificateTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("databasePassword"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_messages->setVisible(false);

    auto* pwRow = new QHBoxLayout;
    pwRow->addWidget(m_passwordLabel);
    pwRow->addWidget(m_password, 1);
    pwRow->addWidget(m_confirm, 1);
    pwRow->addWidget(m_create);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_importP12);
    buttons->addWidget(m_importCa);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_details, 1);
    layout->addLayout(pwRow);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CertificateManager::showDetails);
    connect(m_create, &QPushButton::clicked, this, &CertificateManager::askCreate);
    connect(m_importP12, &QPushButton::clicked, this, &CertificateManager::askPkcs12);
    connect(m_importCa, &QPushButton::clicked, this, &CertificateManager::askCa);
    connect(m_remove, &QPushButton::clicked, this, &CertificateManager::removeSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    reload();
    resize(900, 620);
}

void CertificateManager::reload()
{
    CertificateStore store(m_dir);
    const bool exists = store.exists();
    m_confirm->setVisible(!exists);
    m_create->setVisible(!exists);
    m_importP12->setEnabled(exists);
    m_importCa->setEnabled(exists);
    m_remove->setEnabled(exists);
    m_certs.clear();
    m_table->setRowCount(0);
    if (!exists) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("This desk has no certificate database yet. Choose a password "
                                   "for it (you will give it each time you sign) and create it."));
        return;
    }
    auto list = store.list();
    if (!list) {
        m_messages->showError(list.errorMessage());
        return;
    }
    m_certs = list.value();
    QStringList warnings;
    const QDateTime now = Clock::instance().now();
    for (const CertificateDetails& c : m_certs) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString note;
        if (c.hasPrivateKey()) {
            const auto s = CertificateAdvisor::forSigning(c, now);
            note = s == CertificateAdvisor::Suitability::Ok
                       ? CertificateAdvisor::expiryWarning(c, now)
                       : CertificateAdvisor::explain(s, c);
            if (!note.isEmpty())
                warnings << note;
        }
        const QStringList cells{c.subjectName.isEmpty() ? c.nickname : c.subjectName,
                                c.hasPrivateKey()
                                    ? tr("Personal (can sign)")
                                    : (c.isCa ? tr("Certificate authority") : tr("Other person")),
                                c.issuerName, CertificateAdvisor::formatTime(c.notAfter), note};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!warnings.isEmpty())
        m_messages->showMessage(MessageBar::Kind::Warning, warnings.join(QLatin1Char('\n')));
    else
        m_messages->setVisible(false);
}

void CertificateManager::report(bool ok, const QString& message)
{
    m_messages->showMessage(ok ? MessageBar::Kind::Information : MessageBar::Kind::Error, message);
    if (ok)
        Q_EMIT certificatesChanged();
}

bool CertificateManager::createDatabase(const QString& password)
{
    auto r = CertificateStore(m_dir).create(password);
    reload();
    report(bool(r), r ? tr("The certificate database was created.") : r.errorMessage());
    return bool(r);
}

bool CertificateManager::importPkcs12(const QString& file, const QString& filePassword)
{
    auto r = CertificateStore(m_dir).importPkcs12(file, filePassword, m_password->text());
    reload();
    report(bool(r), r ? tr("Imported: %1").arg(r->join(QStringLiteral(", "))) : r.errorMessage());
    return bool(r);
}

bool CertificateManager::importCa(const QString& file)
{
    auto r = CertificateStore(m_dir).importCaCertificate(file, QString(), m_password->text());
    reload();
    report(bool(r), r ? tr("The CA certificate is now trusted for signatures.") : r.errorMessage());
    return bool(r);
}

bool CertificateManager::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_certs.size())
        return false;
    const QString nick = m_certs[row].nickname;
    auto r = CertificateStore(m_dir).remove(nick, m_password->text());
    reload();
    report(bool(r), r ? tr("Removed \"%1\".").arg(nick) : r.errorMessage());
    return bool(r);
}

void CertificateManager::askCreate()
{
    if (m_password->text() != m_confirm->text()) {
        m_messages->showError(tr("The two passwords differ."));
        return;
    }
    if (m_password->text().size() < 6) {
        m_messages->showError(tr("Choose a password of at least 6 characters."));
        return;
    }
    createDatabase(m_password->text());
}

void CertificateManager::askPkcs12()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import Personal Certificate"), QString(),
                                     tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"));
    if (file.isEmpty())
        return;
    auto* ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Import Personal Certificate"));
    ask->setLabelText(tr("Password of the certificate file %1:").arg(file));
    ask->setTextEchoMode(QLineEdit::Password);
    connect(ask, &QInputDialog::textValueSelected, this,
            [this, file](const QString& pw) { importPkcs12(file, pw); });
    ask->open();
}

void CertificateManager::askCa()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import CA Certificate"), QString(),
                                     tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!file.isEmpty())
        importCa(file);
}

void CertificateManager::showDetails()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_certs.size()) {
        m_details->clear();
        return;
    }
    const CertificateDetails& c = m_certs[row];
    QStringList lines = CertificateAdvisor::describe(c);
    if (c.hasPrivateKey())
        lines << CertificateAdvisor::explain(
            CertificateAdvisor::forSigning(c, Clock::instance().now()), c);
    for (QString& l : lines)
        l = l.toHtmlEscaped();
    m_details->setHtml(lines.join(QStringLiteral("<br>")));
}

void CertificateManager::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void CertificateManager::retranslateUi()
{
    setWindowTitle(tr("Certificates"));
    m_table->setHorizontalHeaderLabels(
        {tr("Holder"), tr("Kind"), tr("Issued by"), tr("Valid until"), tr("Note")});
    m_passwordLabel->setText(tr("Database &password:"));
    m_passwordLabel->setBuddy(m_password);
    m_password->setPlaceholderText(tr("needed to import and remove"));
    m_confirm->setPlaceholderText(tr("repeat the new password"));
    m_create->setText(tr("&Create Database"));
    m_importP12->setText(tr("Import &Personal Certificate…"));
    m_importCa->setText(tr("Import C&A Certificate…"));
    m_remove->setText(tr("&Remove"));
    m_close->setText(tr("Close"));
}

} // namespace cd::ui
