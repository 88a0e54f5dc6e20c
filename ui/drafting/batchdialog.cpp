#include "batchdialog.h"

#include "cases/caserepository.h"
#include "common/clock.h"
#include "common/progressjob.h"
#include "drafting/documentfonts.h"
#include "draftingservices.h"
#include "storage/profile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::ui {

BatchDialog::BatchDialog(DraftingServices& services, QWidget* parent)
    : QDialog(parent), m_services(services), m_template(new QComboBox(this)),
      m_date(new QDateEdit(Clock::instance().today(), this)), m_format(new QComboBox(this)),
      m_outDir(new QLineEdit(this)), m_filter(new QLineEdit(this)), m_cases(new QListWidget(this)),
      m_count(new QLabel(this)), m_log(new QTextBrowser(this)),
      m_start(new QPushButton(tr("Start"), this))
{
    setObjectName(QStringLiteral("batchDialog"));
    setWindowTitle(tr("Batch Generation"));
    for (const QString& id : services.templates().ids())
        m_template->addItem(
            QStringLiteral("%1 (%2)").arg(services.templates().find(id)->meta.title, id), id);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_format->addItem(QStringLiteral("PDF"), int(ExportFormat::Pdf));
    m_format->addItem(QStringLiteral("ODT"), int(ExportFormat::Odt));
    m_format->addItem(QStringLiteral("DOCX"), int(ExportFormat::Docx));
    m_outDir->setText(QDir(services.profile().documentsDir()).filePath(QStringLiteral("batch")));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* outRow = new QHBoxLayout;
    outRow->addWidget(m_outDir, 1);
    outRow->addWidget(browse);
    m_filter->setPlaceholderText(tr("Filter case numbers, e.g. 民初"));
    auto* all = new QPushButton(tr("Check All Shown"), this);
    auto* none = new QPushButton(tr("Uncheck All"), this);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_filter, 1);
    listButtons->addWidget(all);
    listButtons->addWidget(none);
    auto* form = new QFormLayout;
    form->addRow(tr("Template:"), m_template);
    form->addRow(tr("Document date:"), m_date);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Output folder:"), outRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(listButtons);
    layout->addWidget(m_cases, 2);
    layout->addWidget(m_count);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &BatchDialog::start);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString d =
            QFileDialog::getExistingDirectory(this, tr("Output Folder"), m_outDir->text());
        if (!d.isEmpty())
            m_outDir->setText(d);
    });
    connect(m_filter, &QLineEdit::textChanged, this, &BatchDialog::filter);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_cases->count(); ++i)
            if (!m_cases->item(i)->isHidden())
                m_cases->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_cases->count(); ++i)
            m_cases->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(m_cases, &QListWidget::itemChanged, this, [this] {
        m_count->setText(tr("%n case(s) checked.", nullptr, int(checkedCases().size())));
    });
    loadCases();
    resize(720, 720);
}

void BatchDialog::loadCases()
{
    CaseRepository repo(m_services.profile().database(), m_services.profile().actor());
    auto numbers = repo.caseNumbers();
    if (!numbers) {
        m_log->setPlainText(numbers.errorMessage());
        return;
    }
    for (const QString& n : numbers.value()) {
        auto* item = new QListWidgetItem(n, m_cases);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void BatchDialog::filter(const QString& text)
{
    for (int i = 0; i < m_cases->count(); ++i)
        m_cases->item(i)->setHidden(!m_cases->item(i)->text().contains(text));
}

void BatchDialog::setTemplate(const QString& id)
{
    m_template->setCurrentIndex(m_template->findData(id));
}

void BatchDialog::setOutputDir(const QString& dir)
{
    m_outDir->setText(dir);
}

void BatchDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void BatchDialog::checkCases(const QStringList& numbers)
{
    for (int i = 0; i < m_cases->count(); ++i)
        m_cases->item(i)->setCheckState(numbers.contains(m_cases->item(i)->text()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
}

QStringList BatchDialog::checkedCases() const
{
    QStringList out;
    for (int i = 0; i < m_cases->count(); ++i)
        if (m_cases->item(i)->checkState() == Qt::Checked)
            out << m_cases->item(i)->text();
    return out;
}

bool BatchDialog::start()
{
    if ((m_job && m_job->isRunning()) || checkedCases().isEmpty())
        return false;
    DraftBatchRequest req;
    req.profileDir = m_services.profile().dir();
    req.caseNumbers = checkedCases();
    req.templateId = m_template->currentData().toString();
    req.date = m_date->date();
    req.outputDir = m_outDir->text();
    req.format = ExportFormat(m_format->currentData().toInt());
    DocumentFonts::instance(); // font registration belongs to the GUI thread
    m_start->setEnabled(false);
    m_log->clear();
    delete m_job;
    m_job = new ProgressJob(this, windowTitle(),
                            tr("Drafting %n document(s)…", nullptr, int(req.caseNumbers.size())));
    connect(m_job, &ProgressJob::finished, this, &BatchDialog::showResult);
    m_result = {};
    m_error.clear();
    m_job->start([this, req](const ProgressJob::Progress& progress) {
        auto r = BatchDrafter::run(req, [&](int done, int total) { return progress(done, total); });
        if (r)
            m_result = r.value();
        else
            m_error = r.errorMessage();
    });
    return true;
}

void BatchDialog::showResult()
{
    m_start->setEnabled(true);
    QString html;
    if (!m_error.isEmpty())
        html = m_error.toHtmlEscaped();
    else
        html = tr("%1 of %2 document(s) written to %3 in %4 s%5.")
                   .arg(m_result.succeeded())
                   .arg(m_result.items.size())
                   .arg(QDir::toNativeSeparators(m_outDir->text()).toHtmlEscaped())
                   .arg(m_result.millis / 1000.0, 0, 'f', 1)
                   .arg(m_result.cancelled ? tr(" (cancelled)") : QString());
    for (const DraftBatchItem& i : m_result.items) {
        if (!i.error.isEmpty())
            html += QStringLiteral("<br>%1: %2")
                        .arg(i.caseNumber.toHtmlEscaped(), i.error.toHtmlEscaped());
    }
    m_log->setHtml(html);
    emit batchFinished();
}

} // namespace cd::ui
