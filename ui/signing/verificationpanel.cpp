#include "verificationpanel.h"

#include "signing/certificatedetails.h"
#include "signing/signingworker.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QString statusText(const SignatureReport& s)
{
    if (s.ok())
        return VerificationPanel::tr("Valid");
    if (s.signature != SignatureReport::SignatureState::Valid)
        return VerificationPanel::tr("Invalid");
    if (s.later == SignatureReport::LaterChanges::Modified ||
        s.later == SignatureReport::LaterChanges::UnsignedAppend)
        return VerificationPanel::tr("Changed after signing");
    return VerificationPanel::tr("Not trusted");
}

} // namespace

VerificationPanel::VerificationPanel(const QString& nssDir, QWidget* parent)
    : QWidget(parent), m_nssDir(nssDir), m_fileLabel(new QLabel(this)),
      m_open(new QPushButton(this)), m_summary(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_details(new QTextBrowser(this)), m_worker(new SigningWorker(this))
{
    setObjectName(QStringLiteral("verificationPanel"));
    m_summary->setObjectName(QStringLiteral("verificationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setMargin(8);
    m_summary->setAutoFillBackground(true);
    m_list->setObjectName(QStringLiteral("signatureList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_fileLabel, 1);
    top->addWidget(m_open);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_details);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_open, &QPushButton::clicked, this, &VerificationPanel::chooseFile);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &VerificationPanel::showDetails);
    connect(m_worker, &SigningWorker::verifyFinished, this, &VerificationPanel::onVerified);
    retranslateUi();
}

bool VerificationPanel::isBusy() const
{
    return m_worker->isBusy();
}

void VerificationPanel::chooseFile()
{
    const QString f = QFileDialog::getOpenFileName(
        this, tr("Verify Signatures"), QFileInfo(m_file).absolutePath(), tr("PDF files (*.pdf)"));
    if (!f.isEmpty())
        verifyFile(f);
}

void VerificationPanel::verifyFile(const QString& pdf)
{
    if (m_worker->isBusy())
        return;
    m_file = pdf;
    m_report = VerificationReport{};
    m_list->clear();
    m_details->clear();
    m_summary->setText(tr("Checking the signatures of %1…").arg(QFileInfo(pdf).fileName()));
    m_summary->setPalette(palette());
    retranslateUi();
    m_worker->verify(pdf, m_nssDir);
}

void VerificationPanel::onVerified(const VerifyJobResult& r)
{
    if (!r.ok) {
        m_summary->setText(r.error.message);
        QPalette p = palette();
        p.setColor(QPalette::Window, QColor(253, 236, 234));
        m_summary->setPalette(p);
        Q_EMIT verified(false);
        return;
    }
    m_report = r.report;
    fill();
    Q_EMIT verified(m_report.ok());
}

void VerificationPanel::fill()
{
    m_list->clear();
    QPalette p = palette();
    p.setColor(QPalette::Window, m_report.ok() ? QColor(230, 244, 234) : QColor(253, 236, 234));
    m_summary->setPalette(p);
    m_summary->setText(m_report.summary);
    for (const SignatureReport& s : m_report.signatures) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(s.number));
        item->setText(1, s.signerName);
        item->setText(2, CertificateAdvisor::formatTime(s.signingTime));
        item->setText(3, statusText(s));
        item->setIcon(3, style()->standardIcon(s.ok() ? QStyle::SP_DialogApplyButton
                                                      : QStyle::SP_MessageBoxWarning));
    }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void VerificationPanel::showDetails()
{
    const int i = m_list->currentIndex().row();
    if (i < 0 || i >= m_report.signatures.size()) {
        m_details->clear();
        return;
    }
    const SignatureReport& s = m_report.signatures[i];
    QString html = QStringLiteral("<h3>%1</h3><ul>")
                       .arg(tr("Signature %1: %2").arg(s.number).arg(s.signerName.toHtmlEscaped()));
    for (const QString& e : s.explanations)
        html += QStringLiteral("<li>%1</li>").arg(e.toHtmlEscaped());
    html += QStringLiteral("</ul><p>");
    html += tr("Signed at %1 (the time the signer's computer recorded).")
                .arg(CertificateAdvisor::formatTime(s.signingTime))
                .toHtmlEscaped();
    if (!s.reason.isEmpty())
        html += QStringLiteral("<br>") + tr("Reason: %1").arg(s.reason).toHtmlEscaped();
    if (!s.location.isEmpty())
        html += QStringLiteral("<br>") + tr("Location: %1").arg(s.location).toHtmlEscaped();
    html += QStringLiteral("<br>") + tr("Hash algorithm: %1").arg(s.hashAlgorithm).toHtmlEscaped();
    if (!s.changeDetail.isEmpty())
        html += QStringLiteral("<br>") + tr("What changed: %1").arg(s.changeDetail).toHtmlEscaped();
    html += QStringLiteral("</p>");
    if (!s.signerCertificate.isNull()) {
        html += QStringLiteral("<h4>%1</h4><p>").arg(tr("Signer's certificate"));
        html += CertificateAdvisor::describe(s.signerCertificate).join(QStringLiteral("<br>"));
        html += QStringLiteral("</p>");
    }
    m_details->setHtml(html);
}

void VerificationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (SignatureReport& s : m_report.signatures)
            s.explanations = SignatureExplainer::explain(s);
        if (!m_report.signatures.isEmpty()) {
            m_report.summary = SignatureExplainer::summarize(m_report);
            fill();
        }
    }
    QWidget::changeEvent(event);
}

void VerificationPanel::retranslateUi()
{
    m_fileLabel->setText(m_file.isEmpty() ? tr("No document chosen.") : m_file);
    m_open->setText(tr("&Open…"));
    m_list->setHeaderLabels({tr("#"), tr("Signer"), tr("Signed at"), tr("Status")});
}

} // namespace cd::ui
