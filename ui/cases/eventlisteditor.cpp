#include "eventlisteditor.h"

#include "common/clock.h"
#include "common/displayformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

bool isExtension(const QString& type)
{
    return type == QLatin1String("extension");
}

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(Clock::instance().today());
    return edit;
}

} // namespace

EventListEditor::EventListEditor(QWidget* parent)
    : MasterDetailEditor(3, parent), m_type(new QComboBox(m_formBox)),
      m_start(makeDateEdit(m_formBox, QStringLiteral("eventStartEdit"))),
      m_endRow(new QWidget(m_formBox)),
      m_end(makeDateEdit(m_endRow, QStringLiteral("eventEndEdit"))),
      m_ongoing(new QCheckBox(m_endRow)), m_extensionRow(new QWidget(m_formBox)),
      m_months(new QSpinBox(m_extensionRow)), m_days(new QSpinBox(m_extensionRow)),
      m_approvedBy(new QLineEdit(m_formBox)), m_note(new QLineEdit(m_formBox)),
      m_error(new QLabel(m_formBox))
{
    setObjectName(QStringLiteral("eventEditor"));
    m_list->setObjectName(QStringLiteral("eventList"));
    m_add->setObjectName(QStringLiteral("addEventButton"));
    m_remove->setObjectName(QStringLiteral("removeEventButton"));
    m_type->setObjectName(QStringLiteral("eventTypeCombo"));
    m_ongoing->setObjectName(QStringLiteral("eventOngoingCheck"));
    m_months->setObjectName(QStringLiteral("eventMonthsSpin"));
    m_days->setObjectName(QStringLiteral("eventDaysSpin"));
    m_approvedBy->setObjectName(QStringLiteral("eventApprovedByEdit"));
    m_note->setObjectName(QStringLiteral("eventNoteEdit"));
    m_error->setObjectName(QStringLiteral("eventError"));

    buildForm();
    retranslateUi();
    refreshForm();

    connect(m_add, &QPushButton::clicked, this, &EventListEditor::addEvent);
}

void EventListEditor::buildForm()
{
    for (const LabelledKey& type : CaseVocabulary::eventTypes()) {
        m_type->addItem(
            CaseVocabulary::label(CaseVocabulary::eventTypes(), QLatin1String(type.key)),
            QString::fromLatin1(type.key));
    }
    auto* endLayout = new QHBoxLayout(m_endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_end, 1);
    endLayout->addWidget(m_ongoing);
    auto* extLayout = new QHBoxLayout(m_extensionRow);
    extLayout->setContentsMargins(0, 0, 0, 0);
    extLayout->addWidget(m_months, 1);
    extLayout->addWidget(m_days, 1);
    m_months->setRange(0, 36);
    m_days->setRange(0, 365);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));

    m_form->addRow(new QLabel(m_formBox), m_type);
    m_form->addRow(new QLabel(m_formBox), m_start);
    m_form->addRow(new QLabel(m_formBox), m_endRow);
    m_form->addRow(new QLabel(m_formBox), m_extensionRow);
    m_form->addRow(new QLabel(m_formBox), m_approvedBy);
    m_form->addRow(new QLabel(m_formBox), m_note);
    m_form->addRow(m_error);

    const auto edited = [this] {
        if (!m_loading)
            storeForm();
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, edited);
    connect(m_start, &QDateEdit::dateChanged, this, edited);
    connect(m_end, &QDateEdit::dateChanged, this, edited);
    connect(m_ongoing, &QCheckBox::toggled, this, edited);
    connect(m_months, &QSpinBox::valueChanged, this, edited);
    connect(m_days, &QSpinBox::valueChanged, this, edited);
    connect(m_approvedBy, &QLineEdit::textChanged, this, edited);
    connect(m_note, &QLineEdit::textChanged, this, edited);
}

void EventListEditor::retranslateUi()
{
    m_list->setHorizontalHeaderLabels({tr("Date"), tr("Event"), tr("Until")});
    m_add->setText(tr("Add &event"));
    m_remove->setText(tr("Re&move"));
    m_ongoing->setText(tr("Still running"));
    m_months->setSuffix(tr(" months"));
    m_days->setSuffix(tr(" days"));
    m_approvedBy->setPlaceholderText(tr("e.g. the court president"));
    const auto setLabel = [this](QWidget* field, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
            label->setText(text);
    };
    const bool period = CaseVocabulary::isExcludedPeriod(m_type->currentData().toString());
    setLabel(m_type, tr("Event"));
    setLabel(m_start, period ? tr("From") : tr("Date"));
    setLabel(m_endRow, tr("To"));
    setLabel(m_extensionRow, tr("Extended by"));
    setLabel(m_approvedBy, tr("Approved by"));
    setLabel(m_note, tr("Note"));
    m_emptyHint->setText(tr("The timeline is empty. Add hearings, service of documents and "
                            "anything that changes the time limit: an approved extension, or "
                            "a suspension, expert appraisal or public notice with its dates."));
}

void EventListEditor::setEvents(const QVector<CaseEvent>& events)
{
    m_events = events;
    resetRows();
}

void EventListEditor::addEvent()
{
    CaseEvent event;
    event.type = QStringLiteral("hearing");
    event.startsOn = Clock::instance().today();
    m_events.append(event);
    appendedRow(m_type);
}

QString EventListEditor::eventError(const CaseEvent& event)
{
    if (CaseVocabulary::isExcludedPeriod(event.type) && event.endsOn.isValid() &&
        event.endsOn < event.startsOn)
        return tr("The period ends before it starts.");
    if (isExtension(event.type)) {
        if (event.extensionMonths <= 0 && event.extensionDays <= 0)
            return tr("Enter how long the time limit was extended.");
        if (event.approvedBy.trimmed().isEmpty())
            return tr("Enter who approved the extension.");
    }
    return {};
}

QString EventListEditor::firstError() const
{
    for (int i = 0; i < m_events.size(); ++i) {
        const QString error = eventError(m_events.at(i));
        if (!error.isEmpty())
            return tr("Event %1: %2").arg(i + 1).arg(error);
    }
    return {};
}

void EventListEditor::loadForm()
{
    m_loading = true;
    const bool has = m_current >= 0 && m_current < m_events.size();
    const CaseEvent event = has ? m_events.at(m_current) : CaseEvent();
    m_type->setCurrentIndex(qMax(0, m_type->findData(event.type)));
    m_start->setDate(event.startsOn.isValid() ? event.startsOn : Clock::instance().today());
    m_ongoing->setChecked(!event.endsOn.isValid());
    m_end->setDate(event.endsOn.isValid() ? event.endsOn : m_start->date());
    m_months->setValue(event.extensionMonths);
    m_days->setValue(event.extensionDays);
    m_approvedBy->setText(event.approvedBy);
    m_note->setText(event.note);
    m_loading = false;
    refreshForm();
}

void EventListEditor::storeForm()
{
    if (m_current < 0 || m_current >= m_events.size())
        return;
    CaseEvent& event = m_events[m_current];
    event.type = m_type->currentData().toString();
    event.startsOn = m_start->date();
    const bool period = CaseVocabulary::isExcludedPeriod(event.type);
    event.endsOn = period && !m_ongoing->isChecked() ? m_end->date() : QDate();
    const bool extension = isExtension(event.type);
    event.extensionMonths = extension ? m_months->value() : 0;
    event.extensionDays = extension ? m_days->value() : 0;
    event.approvedBy = m_approvedBy->text();
    event.note = m_note->text();
    updateRow(m_current);
    refreshForm();
    emit changed();
}

void EventListEditor::updateRow(int row)
{
    const CaseEvent& event = m_events.at(row);
    const QString error = eventError(event);
    QString until;
    if (CaseVocabulary::isExcludedPeriod(event.type))
        until = event.endsOn.isValid() ? DisplayFormat::date(event.endsOn) : tr("still running");
    const QStringList cells{DisplayFormat::date(event.startsOn),
                            CaseVocabulary::label(CaseVocabulary::eventTypes(), event.type), until};
    setRowCells(row, cells, error);
}

void EventListEditor::refreshForm()
{
    MasterDetailEditor::refreshForm();
    const bool has = m_current >= 0 && m_current < m_events.size();
    const QString type = m_type->currentData().toString();
    const bool period = CaseVocabulary::isExcludedPeriod(type);
    const bool extension = isExtension(type);
    m_form->setRowVisible(m_endRow, period);
    m_form->setRowVisible(m_extensionRow, extension);
    m_form->setRowVisible(m_approvedBy, extension || period);
    m_end->setEnabled(!m_ongoing->isChecked());
    const QString error = has ? eventError(m_events.at(m_current)) : QString();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    retranslateUi();
}

} // namespace cd::ui
