#include "signdialog.h"

#include "appearanceform.h"
#include "cases/caserepository.h"
#include "common/messagebar.h"
#include "pdfpageview.h"
#include "signing/signingerror.h"
#include "signing/signingworker.h"
#include "storage/profile.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd::ui {

SignDialog::SignDialog(Profile& profile, const QString& pdf, QWidget* parent)
    : QDialog(parent), m_profile(profile), m_input(pdf), m_view(new PdfPageView(this)),
      m_form(new AppearanceForm(profile.dir(), this)), m_prev(new QToolButton(this)),
      m_next(new QToolButton(this)), m_pageLabel(new QLabel(this)),
      m_dateLine(new QPushButton(this)), m_hint(new QLabel(this)), m_caseLabel(new QLabel(this)),
      m_case(new QLineEdit(this)), m_outputLabel(new QLabel(this)), m_output(new QLineEdit(this)),
      m_browse(new QToolButton(this)), m_passwordLabel(new QLabel(this)),
      m_password(new QLineEdit(this)), m_busy(new QProgressBar(this)),
      m_messages(new MessageBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_worker(new SigningWorker(this))
{
    setObjectName(QStringLiteral("signDialog"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_output->setObjectName(QStringLiteral("outputFile"));
    m_output->setText(defaultOutputName(pdf));
    m_case->setObjectName(QStringLiteral("caseNumber"));
    CaseRepository repo(profile.database(), profile.actor());
    if (auto numbers = repo.caseNumbers(); numbers) {
        auto* completer = new QCompleter(numbers.value(), m_case);
        completer->setFilterMode(Qt::MatchContains);
        m_case->setCompleter(completer);
    }
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_messages->setVisible(false);
    m_hint->setWordWrap(true);
    m_prev->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_browse->setText(QStringLiteral("…"));
    m_signButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signButton->setObjectName(QStringLiteral("signButton"));
    m_signButton->setDefault(true);

    auto* nav = new QHBoxLayout;
    nav->addWidget(m_prev);
    nav->addWidget(m_pageLabel);
    nav->addWidget(m_next);
    nav->addStretch(1);
    nav->addWidget(m_dateLine);
    auto* left = new QVBoxLayout;
    left->addWidget(m_view, 1);
    left->addLayout(nav);
    left->addWidget(m_hint);

    auto* outRow = new QHBoxLayout;
    outRow->addWidget(m_output, 1);
    outRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_caseLabel, m_case);
    form->addRow(m_outputLabel, outRow);
    form->addRow(m_passwordLabel, m_password);
    auto* right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addLayout(form);
    right->addStretch(1);
    right->addWidget(m_messages);
    right->addWidget(m_busy);
    right->addWidget(m_buttons);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_prev, &QToolButton::clicked, this,
            [this] { m_view->setCurrentPage(m_view->currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this,
            [this] { m_view->setCurrentPage(m_view->currentPage() + 1); });
    connect(m_view, &PdfPageView::pageChanged, this, &SignDialog::updatePageLabel);
    connect(m_dateLine, &QPushButton::clicked, this, [this] {
        if (!m_view->placeAtDateLine(m_form->anchor()))
            m_messages->showMessage(MessageBar::Kind::Information,
                                    tr("This document has no date line in Chinese numerals; drag "
                                       "the seal into place instead."));
    });
    connect(m_form, &AppearanceForm::appearanceChanged, this, &SignDialog::updateStamp);
    connect(m_browse, &QToolButton::clicked, this, &SignDialog::chooseOutput);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignDialog::sign);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignDialog::reject);
    connect(m_worker, &SigningWorker::signFinished, this, &SignDialog::onSigned);

    retranslateUi();
    if (auto opened = m_view->openFile(pdf); !opened) {
        m_messages->showError(opened.errorMessage());
        m_signButton->setEnabled(false);
    }
    updateStamp();
    m_view->placeAtDateLine(m_form->anchor());
    updatePageLabel();
    resize(1100, 760);
}

SignDialog::~SignDialog() = default;

QString SignDialog::defaultOutputName(const QString& input)
{
    const QFileInfo fi(input);
    const QString base = tr("%1-signed", "file name of the signed copy").arg(fi.completeBaseName());
    QString candidate = fi.absoluteDir().filePath(base + QStringLiteral(".pdf"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = fi.absoluteDir().filePath(QStringLiteral("%1 (%2).pdf").arg(base).arg(n));
    return candidate;
}

void SignDialog::updatePageLabel()
{
    m_pageLabel->setText(
        tr("Page %1 of %2").arg(m_view->currentPage() + 1).arg(m_view->pageCount()));
    m_prev->setEnabled(m_view->currentPage() > 0);
    m_next->setEnabled(m_view->currentPage() + 1 < m_view->pageCount());
}

void SignDialog::updateStamp()
{
    m_view->setStamp(m_form->appearance(), m_form->widthPt());
    m_dateLine->setEnabled(m_view->hasStamp());
}

void SignDialog::chooseOutput()
{
    const QString f = QFileDialog::getSaveFileName(this, tr("Save the Signed Copy As"),
                                                   m_output->text(), tr("PDF files (*.pdf)"));
    if (!f.isEmpty())
        m_output->setText(f);
}

void SignDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_signButton->setEnabled(!busy);
    m_form->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_output->setEnabled(!busy);
    m_view->setEnabled(!busy);
}

void SignDialog::sign()
{
    if (m_worker->isBusy())
        return;
    if (!m_form->hasUsableCertificate()) {
        m_messages->showError(tr("Choose a certificate that can sign (see the note under it)."));
        return;
    }
    if (m_output->text().trimmed().isEmpty()) {
        m_messages->showError(tr("Choose where to save the signed copy."));
        return;
    }
    SignJob job;
    job.input = m_input;
    job.output = m_output->text().trimmed();
    job.profileDir = m_profile.dir();
    job.nssDir = m_form->nssDir();
    job.caseNumber = m_case->text().trimmed();
    job.nickname = m_form->nickname();
    job.reason = m_form->reason();
    job.location = m_form->location();
    job.page = m_view->currentPage();
    job.anchorAtDateLine = false;
    if (m_view->hasStamp()) {
        job.imagePath = m_tmp.filePath(QStringLiteral("appearance.png"));
        if (!m_form->appearance().save(job.imagePath, "PNG")) {
            m_messages->showError(tr("Cannot prepare the seal image."));
            return;
        }
        job.rect = m_view->stampRect();
    }
    m_messages->setVisible(false);
    setBusy(true);
    m_worker->sign(job, m_password->text());
}

void SignDialog::onSigned(const SignJobResult& r)
{
    setBusy(false);
    if (!r.ok) {
        m_messages->showError(r.error.message);
        if (signingFailureOf(r.error) == SigningFailure::WrongPassword) {
            m_password->clear();
            m_password->setFocus();
        }
        return;
    }
    m_password->clear();
    m_outcome = r.outcome;
    Q_EMIT documentSigned(m_outcome);
    accept();
}

void SignDialog::reject()
{
    m_worker->cancel();
    QDialog::reject();
}

void SignDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignDialog::retranslateUi()
{
    setWindowTitle(tr("Sign %1").arg(QFileInfo(m_input).fileName()));
    m_dateLine->setText(tr("Put on the &date line"));
    m_hint->setText(tr("Drag the seal to where it belongs, or click on the page to drop it "
                       "there. The original file is not changed; the signed copy is a new "
                       "file."));
    m_caseLabel->setText(tr("Ca&se:"));
    m_case->setPlaceholderText(tr("optional: recorded in the case's history"));
    m_outputLabel->setText(tr("Signed &copy:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setPlaceholderText(tr("password of your certificate database"));
    m_caseLabel->setBuddy(m_case);
    m_outputLabel->setBuddy(m_output);
    m_passwordLabel->setBuddy(m_password);
    m_signButton->setText(tr("&Sign"));
    m_browse->setToolTip(tr("Choose the file name"));
    updatePageLabel();
}

} // namespace cd::ui
