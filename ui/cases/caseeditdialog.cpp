#include "caseeditdialog.h"

#include "cases/casenumber.h"
#include "cases/timelimits.h"
#include "common/clock.h"
#include "common/displayformat.h"
#include "common/messagebar.h"
#include "common/validatedlineedit.h"
#include "eventlisteditor.h"
#include "partylisteditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cd::ui {

namespace {

bool stopsTimeLimit(const QString& status)
{
    return status == QLatin1String("closed") || status == QLatin1String("archived");
}

} // namespace

CaseEditDialog::CaseEditDialog(QWidget* parent)
    : QDialog(parent), m_messages(new MessageBar(this)), m_tabs(new QTabWidget(this)),
      m_parties(new PartyListEditor(this)), m_events(new EventListEditor(this)),
      m_problem(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("caseEditDialog"));
    m_tabs->setObjectName(QStringLiteral("caseEditTabs"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_messages->setObjectName(QStringLiteral("saveMessage"));

    m_tabs->addTab(buildDetailsPage(), QString());
    m_tabs->addTab(m_parties, QString());
    m_tabs->addTab(m_events, QString());

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    // A button of our own: a standard Ok would get Qt's own text back on a language change.
    m_saveButton = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CaseEditDialog::reject);
    connect(m_parties, &PartyListEditor::changed, this, &CaseEditDialog::updateValidity);
    connect(m_events, &EventListEditor::changed, this, &CaseEditDialog::updateValidity);

    resize(900, 620);
    setRecord(CaseRecord());
}

QWidget* CaseEditDialog::buildDetailsPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_number = new ValidatedLineEdit(page);
    m_number->setObjectName(QStringLiteral("caseNumberEdit"));
    m_number->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("（2024）甘0102民初123号")));
    m_number->setRequiredMessage(tr("Enter the case number."));
    m_number->setChecker(
        [](const QString& text) { return CaseNumberParser::parse(text).errorMessage(); });
    m_court = new QLabel(page);
    m_court->setObjectName(QStringLiteral("courtCodeLabel"));
    m_court->setForegroundRole(QPalette::PlaceholderText);
    m_courtName = new QLineEdit(page);
    m_courtName->setObjectName(QStringLiteral("courtNameEdit"));
    m_courtName->setPlaceholderText(tr("Full name of the court"));
    m_cause = new ValidatedLineEdit(page);
    m_cause->setObjectName(QStringLiteral("causeEdit"));
    m_cause->setRequiredMessage(tr("Enter the cause of action."));
    m_cause->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("民间借贷纠纷")));
    m_procedure = new QComboBox(page);
    m_procedure->setObjectName(QStringLiteral("procedureCombo"));
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const LabelledKey& s : CaseVocabulary::caseStatuses()) {
        m_status->addItem(
            CaseVocabulary::label(CaseVocabulary::caseStatuses(), QLatin1String(s.key)),
            QString::fromLatin1(s.key));
    }
    m_filed = new QDateEdit(page);
    m_filed->setObjectName(QStringLiteral("filedOnEdit"));
    m_closed = new QDateEdit(page);
    m_closed->setObjectName(QStringLiteral("closedOnEdit"));
    for (QDateEdit* d : {m_filed, m_closed}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setMaximumDate(Clock::instance().today());
    }
    m_due = new QLabel(page);
    m_due->setObjectName(QStringLiteral("dueLabel"));
    m_due->setWordWrap(true);
    m_judge = new QLineEdit(page);
    m_judge->setObjectName(QStringLiteral("judgeEdit"));
    m_panel = new QLineEdit(page);
    m_panel->setObjectName(QStringLiteral("panelEdit"));
    m_panel->setPlaceholderText(tr("Names separated by %1").arg(QStringLiteral("、")));
    m_claim = new QDoubleSpinBox(page);
    m_claim->setObjectName(QStringLiteral("claimEdit"));
    m_claim->setRange(0, 1e12);
    m_claim->setDecimals(2);
    m_claim->setGroupSeparatorShown(true);
    m_claim->setSuffix(tr(" yuan"));
    m_summary = new QPlainTextEdit(page);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(80);

    form->addRow(tr("Case &number"), m_number);
    form->addRow(tr("Court code"), m_court);
    form->addRow(tr("Court &name"), m_courtName);
    form->addRow(tr("&Cause of action"), m_cause);
    form->addRow(tr("&Procedure"), m_procedure);
    form->addRow(tr("&Filed on"), m_filed);
    form->addRow(tr("Time limit ends"), m_due);
    form->addRow(tr("S&tatus"), m_status);
    form->addRow(tr("Closed on"), m_closed);
    form->addRow(tr("Presiding &judge"), m_judge);
    form->addRow(tr("Panel &members"), m_panel);
    form->addRow(tr("Amount c&laimed"), m_claim);
    form->addRow(tr("Su&mmary"), m_summary);

    connect(m_number, &ValidatedLineEdit::textChanged, this, &CaseEditDialog::onCaseNumberChanged);
    connect(m_cause, &ValidatedLineEdit::textChanged, this, &CaseEditDialog::updateValidity);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseEditDialog::updateClosedDate);
    connect(m_procedure, &QComboBox::currentIndexChanged, this, [this] {
        m_procedure->setToolTip(m_procedure->currentData(Qt::ToolTipRole).toString());
        updateValidity();
    });
    connect(m_filed, &QDateEdit::dateChanged, this, &CaseEditDialog::updateValidity);
    connect(m_closed, &QDateEdit::dateChanged, this, &CaseEditDialog::updateValidity);
    return page;
}

void CaseEditDialog::setRecord(const CaseRecord& record)
{
    m_original = record;
    const bool isNew = record.id == 0;
    setWindowTitle(isNew ? tr("New case") : tr("Edit case %1").arg(record.caseNumber));
    m_kind = record.kind;
    m_number->setText(record.caseNumber);
    m_courtName->setText(record.courtName);
    m_cause->setText(record.cause);
    fillProcedures(m_kind, record.procedure);
    m_status->setCurrentIndex(qMax(0, m_status->findData(record.status)));
    m_filed->setDate(record.filedOn.isValid() ? record.filedOn : Clock::instance().today());
    m_closed->setDate(record.closedOn.isValid() ? record.closedOn : Clock::instance().today());
    m_judge->setText(record.judge);
    m_panel->setText(record.panel);
    m_claim->setValue(double(record.claimFen) / 100.0);
    m_summary->setPlainText(record.summary);
    m_parties->setParties(record.parties);
    m_events->setEvents(record.events);
    m_messages->hide();
    m_tabs->setCurrentIndex(0);
    m_number->setFocus(Qt::OtherFocusReason);
    onCaseNumberChanged();
    updateClosedDate();
}

CaseRecord CaseEditDialog::record() const
{
    CaseRecord r = m_original;
    r.caseNumber = m_number->text().trimmed();
    if (auto number = CaseNumberParser::parse(r.caseNumber))
        r.courtCode = number->courtCode;
    r.courtName = m_courtName->text().trimmed();
    r.cause = m_cause->text().trimmed();
    r.kind = m_kind;
    r.procedure = m_procedure->currentData().toString();
    r.status = m_status->currentData().toString();
    r.filedOn = m_filed->date();
    r.closedOn = stopsTimeLimit(r.status) ? m_closed->date() : QDate();
    r.judge = m_judge->text().trimmed();
    r.panel = m_panel->text().trimmed();
    r.claimFen = qint64(std::llround(m_claim->value() * 100.0));
    r.summary = m_summary->toPlainText().trimmed();
    r.parties = m_parties->parties();
    r.events = m_events->events();
    return r;
}

void CaseEditDialog::setCheckFunction(SaveFunction check)
{
    m_check = std::move(check);
    updateValidity();
}

QString CaseEditDialog::firstError() const
{
    const QString error = inputError();
    return error.isEmpty() ? checkError(nullptr) : error;
}

QString CaseEditDialog::checkError(CaseRecord* checked) const
{
    if (!m_check)
        return {};
    CaseRecord r = record();
    auto result = m_check(r);
    if (!result)
        return result.errorMessage();
    if (checked)
        *checked = r;
    return {};
}

QString CaseEditDialog::inputError() const
{
    if (!m_number->isValid())
        return tr("Case number: %1").arg(m_number->errorMessage());
    if (!m_cause->isValid())
        return m_cause->errorMessage();
    if (!m_parties->isValid())
        return m_parties->firstError();
    return m_events->firstError();
}

void CaseEditDialog::accept()
{
    if (!isInputValid())
        return;
    CaseRecord r = record();
    if (m_save) {
        if (auto saved = m_save(r); !saved) {
            m_messages->showError(saved.errorMessage());
            return;
        }
    }
    m_original = r;
    QDialog::accept();
}

void CaseEditDialog::fillProcedures(const QString& kind, const QString& selected)
{
    QSignalBlocker block(m_procedure);
    m_procedure->clear();
    m_procedure->addItem(tr("Automatic (from the case type)"), QString());
    for (const TimeLimitRule& rule : TimeLimits::rules()) {
        if (!kind.isEmpty() && caseKindKey(rule.kind) != kind && rule.key != selected)
            continue;
        m_procedure->addItem(rule.label(), rule.key);
        m_procedure->setItemData(m_procedure->count() - 1, rule.citation, Qt::ToolTipRole);
    }
    m_procedure->setCurrentIndex(qMax(0, m_procedure->findData(selected)));
    m_procedure->setToolTip(m_procedure->currentData(Qt::ToolTipRole).toString());
}

void CaseEditDialog::onCaseNumberChanged()
{
    auto number = CaseNumberParser::parse(m_number->text());
    if (number) {
        const QString kind = caseKindKey(number->type()->kind);
        m_court->setText(tr("%1 · %2 · %3")
                             .arg(number->courtCode, caseKindName(number->type()->kind),
                                  number->type()->stage()));
        if (kind != m_kind) {
            m_kind = kind;
            fillProcedures(m_kind, m_procedure->currentData().toString());
        }
    } else {
        m_court->setText(tr("Taken from the case number"));
    }
    updateValidity();
}

void CaseEditDialog::updateClosedDate()
{
    m_closed->setEnabled(stopsTimeLimit(m_status->currentData().toString()));
    updateValidity();
}

void CaseEditDialog::updateValidity()
{
    CaseRecord checked;
    QString problem = inputError();
    if (problem.isEmpty())
        problem = checkError(&checked);
    m_problem->setText(problem);
    if (!problem.isEmpty() || !m_check)
        m_due->setText(tr("Computed once the case number and dates are complete"));
    else if (!checked.dueOn.isValid())
        m_due->setText(tr("No time limit for this procedure"));
    else
        m_due->setText(tr("%1 (%2)").arg(DisplayFormat::date(checked.dueOn),
                                         DisplayFormat::daysLeft(TimeLimits::daysLeft(
                                             checked.dueOn, Clock::instance().today()))));
    m_saveButton->setEnabled(problem.isEmpty());

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // Warnings only for what the user has typed; a fresh form is not shouted at.
    const bool detailsOk = (m_number->isValid() || m_number->text().trimmed().isEmpty()) &&
                           (m_cause->isValid() || m_cause->text().trimmed().isEmpty());
    m_tabs->setTabText(0, tr("Case"));
    m_tabs->setTabIcon(0, detailsOk ? QIcon() : warning);
    m_tabs->setTabText(1, tr("Parties (%1)").arg(m_parties->parties().size()));
    m_tabs->setTabIcon(1, m_parties->isValid() ? QIcon() : warning);
    m_tabs->setTabText(2, tr("Timeline (%1)").arg(m_events->events().size()));
    m_tabs->setTabIcon(2, m_events->isValid() ? QIcon() : warning);
}

} // namespace cd::ui
