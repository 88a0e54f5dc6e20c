#include "caseoverview.h"

#include "cases/timelimits.h"
#include "common/clock.h"
#include "common/displayformat.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace cd::ui {

namespace {

const char* const fieldNames[] = {
    "overviewNumber", "overviewCourt", "overviewCause",   "overviewKind",   "overviewProcedure",
    "overviewStatus", "overviewFiled", "overviewDue",     "overviewClosed", "overviewJudge",
    "overviewPanel",  "overviewClaim", "overviewSummary", "overviewUpdated"};

} // namespace

CaseOverview::CaseOverview(QWidget* parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(this);
    m_form = new QFormLayout(content);
    m_form->setContentsMargins(16, 12, 16, 12);
    m_form->setHorizontalSpacing(24);
    m_form->setVerticalSpacing(10);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (int f = 0; f < FieldCount; ++f) {
        m_labels[f] = new QLabel(content);
        m_labels[f]->setForegroundRole(QPalette::PlaceholderText);
        m_values[f] = new QLabel(content);
        m_values[f]->setObjectName(QLatin1String(fieldNames[f]));
        m_values[f]->setWordWrap(true);
        m_values[f]->setTextFormat(Qt::PlainText);
        m_values[f]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(m_labels[f], m_values[f]);
    }
    setWidget(content);
    retranslateUi();
}

void CaseOverview::setRecord(const CaseRecord& record)
{
    m_record = record;
    render();
}

QString CaseOverview::valueText(const QString& objectName) const
{
    for (QLabel* label : m_values) {
        if (label->objectName() == objectName)
            return label->text();
    }
    return {};
}

void CaseOverview::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QScrollArea::changeEvent(event);
}

void CaseOverview::retranslateUi()
{
    m_labels[Number]->setText(tr("Case number"));
    m_labels[Court]->setText(tr("Court"));
    m_labels[Cause]->setText(tr("Cause of action"));
    m_labels[Kind]->setText(tr("Kind"));
    m_labels[Procedure]->setText(tr("Procedure"));
    m_labels[Status]->setText(tr("Status"));
    m_labels[Filed]->setText(tr("Filed on"));
    m_labels[Due]->setText(tr("Time limit ends"));
    m_labels[Closed]->setText(tr("Closed on"));
    m_labels[Judge]->setText(tr("Presiding judge"));
    m_labels[Panel]->setText(tr("Panel members"));
    m_labels[Claim]->setText(tr("Amount claimed"));
    m_labels[Summary]->setText(tr("Summary"));
    m_labels[Updated]->setText(tr("Last saved"));
    render();
}

void CaseOverview::render()
{
    const CaseRecord& c = m_record;
    const QString none = QStringLiteral("\u2014");
    const auto orNone = [&none](const QString& s) { return s.isEmpty() ? none : s; };

    value(Number)->setText(orNone(c.caseNumber));
    QString court = c.courtName;
    if (!c.courtCode.isEmpty() && c.courtCode != c.courtName)
        court = court.isEmpty() ? c.courtCode : tr("%1 (%2)").arg(c.courtName, c.courtCode);
    value(Court)->setText(orNone(court));
    value(Cause)->setText(orNone(c.cause));
    value(Kind)->setText(orNone(CaseVocabulary::label(CaseVocabulary::caseKinds(), c.kind)));

    const TimeLimitRule* rule = TimeLimits::find(c.procedure);
    value(Procedure)->setText(rule ? rule->label() : orNone(c.procedure));
    value(Procedure)->setToolTip(rule ? rule->citation : QString());
    value(Status)->setText(CaseVocabulary::label(CaseVocabulary::caseStatuses(), c.status));
    value(Filed)->setText(orNone(DisplayFormat::date(c.filedOn)));

    QString due = none;
    if (c.dueOn.isValid()) {
        due = DisplayFormat::date(c.dueOn);
        if (!DisplayFormat::timeLimitStopped(c.status)) {
            const int days = TimeLimits::daysLeft(c.dueOn, Clock::instance().today());
            due = tr("%1 (%2)").arg(due, DisplayFormat::daysLeft(days));
        }
        if (rule)
            due += QLatin1Char('\n') + rule->citation;
    }
    value(Due)->setText(due);
    value(Closed)->setText(orNone(DisplayFormat::date(c.closedOn)));
    value(Judge)->setText(orNone(c.judge));
    value(Panel)->setText(orNone(c.panel));
    value(Claim)->setText(c.claimFen > 0 ? DisplayFormat::money(c.claimFen) : none);
    value(Summary)->setText(orNone(c.summary));
    value(Updated)->setText(orNone(DisplayFormat::dateTime(c.updatedAt)));
}

} // namespace cd::ui
