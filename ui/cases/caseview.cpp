#include "caseview.h"

#include "casefilesreader.h"
#include "caseoverview.h"
#include "cases/timelimits.h"
#include "common/clock.h"
#include "common/displayformat.h"
#include "common/recordtable.h"
#include "evidence/evidencerepository.h"
#include "timelimitdelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {

namespace {

QString partyKindLabel(const QString& kind)
{
    return kind == QLatin1String("organisation")
               ? QCoreApplication::translate("cd::ui::CaseView", "Organisation")
               : QCoreApplication::translate("cd::ui::CaseView", "Person");
}

} // namespace

CaseView::CaseView(Database& db, QWidget* parent)
    : QWidget(parent), m_files(std::make_unique<CaseFilesReader>(db)),
      // Only read here, so no actor is recorded.
      m_evidenceRepository(std::make_unique<EvidenceRepository>(db, QString())),
      m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(this)), m_page(new QWidget(this)),
      m_title(new QLabel(m_page)), m_subtitle(new QLabel(m_page)), m_badge(new QLabel(m_page)),
      m_tabs(new QTabWidget(m_page)), m_overview(new CaseOverview(m_tabs)),
      m_parties(new RecordTable(m_tabs)), m_timeline(new RecordTable(m_tabs)),
      m_documents(new RecordTable(m_tabs)), m_evidence(new RecordTable(m_tabs)),
      m_hearings(new RecordTable(m_tabs))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_page);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(32);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_badge, 0, Qt::AlignTop);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("caseSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_badge->setObjectName(QStringLiteral("caseBadge"));
    m_badge->setAlignment(Qt::AlignCenter);

    auto* pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(4, 0, 0, 0);
    pageLayout->setSpacing(10);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_tabs, 1);

    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->setDocumentMode(true);
    m_overview->setObjectName(QStringLiteral("overviewTab"));
    m_parties->setObjectName(QStringLiteral("partiesTab"));
    m_timeline->setObjectName(QStringLiteral("timelineTab"));
    m_documents->setObjectName(QStringLiteral("documentsTab"));
    m_evidence->setObjectName(QStringLiteral("evidenceTab"));
    m_hearings->setObjectName(QStringLiteral("hearingsTab"));
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_parties, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_documents, QString());
    m_tabs->addTab(m_evidence, QString());
    m_tabs->addTab(m_hearings, QString());

    retranslateUi();
    clear();
}

CaseView::~CaseView() = default;

void CaseView::setRecord(const CaseRecord& record)
{
    m_record = record;
    render();
    m_stack->setCurrentWidget(m_page);
}

void CaseView::clear()
{
    m_record = CaseRecord();
    m_stack->setCurrentWidget(m_placeholder);
}

void CaseView::setCurrentTab(int tab)
{
    if (tab >= 0 && tab < TabCount)
        m_tabs->setCurrentIndex(tab);
}

RecordTable* CaseView::table(Tab tab) const
{
    switch (tab) {
    case PartiesTab:
        return m_parties;
    case TimelineTab:
        return m_timeline;
    case DocumentsTab:
        return m_documents;
    case EvidenceTab:
        return m_evidence;
    case HearingsTab:
        return m_hearings;
    default:
        return nullptr;
    }
}

void CaseView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseView::retranslateUi()
{
    m_placeholder->setText(tr("Select a case in the list to open its file.\n\n"
                              "Ctrl+N files a new case, Ctrl+F searches."));
    m_parties->setHeaders({tr("Role"), tr("Name"), tr("Type"), tr("ID number"), tr("Address"),
                           tr("Phone"), tr("Agent")});
    m_parties->setEmptyText(tr("No parties have been entered for this case. Edit the case "
                               "(Ctrl+E) to add them."));
    m_timeline->setHeaders(
        {tr("Date"), tr("Event"), tr("Until"), tr("Extension"), tr("Approved by"), tr("Note")});
    m_timeline->setEmptyText(tr("Nothing has happened in this case yet."));
    m_documents->setHeaders({tr("Title"), tr("Kind"), tr("Pages"), tr("File"), tr("Added")});
    m_documents->setEmptyText(tr("No documents have been filed for this case yet."));
    m_evidence->setHeaders({tr("No."), tr("Title"), tr("Submitted by"), tr("Pages"),
                            tr("Purpose of proof"), tr("Text recognition"), tr("Added")});
    m_evidence->setEmptyText(tr("No evidence has been submitted in this case yet."));
    m_hearings->setHeaders({tr("Date"), tr("Note")});
    m_hearings->setEmptyText(tr("No hearing has been scheduled. Hearings added to the timeline "
                                "appear here."));
    if (hasRecord())
        render();
}

void CaseView::render()
{
    renderHeader();
    m_overview->setRecord(m_record);
    renderParties();
    renderTimeline();
    renderDocuments();
    renderEvidence();
    renderHearings();
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(PartiesTab, tr("Parties (%1)").arg(m_parties->rowCount()));
    m_tabs->setTabText(TimelineTab, tr("Timeline (%1)").arg(m_timeline->rowCount()));
    m_tabs->setTabText(DocumentsTab, tr("Documents (%1)").arg(m_documents->rowCount()));
    m_tabs->setTabText(EvidenceTab, tr("Evidence (%1)").arg(m_evidence->rowCount()));
    m_tabs->setTabText(HearingsTab, tr("Hearings (%1)").arg(m_hearings->rowCount()));
    for (int t = 0; t < TabCount; ++t)
        m_tabs->setTabToolTip(
            t, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + t)).toString(QKeySequence::NativeText));
}

void CaseView::renderHeader()
{
    m_title->setText(m_record.caseNumber);
    QStringList names;
    for (const Party& p : m_record.parties)
        names << p.name;
    QString subtitle = m_record.cause;
    if (!names.isEmpty())
        subtitle = tr("%1 · %2").arg(subtitle, names.join(QStringLiteral("\u3001")));
    m_subtitle->setText(subtitle);

    Urgency urgency = Urgency::None;
    QString badge;
    if (DisplayFormat::timeLimitStopped(m_record.status)) {
        badge = CaseVocabulary::label(CaseVocabulary::caseStatuses(), m_record.status);
    } else if (m_record.dueOn.isValid()) {
        const int days = TimeLimits::daysLeft(m_record.dueOn, Clock::instance().today());
        urgency = DisplayFormat::urgency(days);
        badge = DisplayFormat::daysLeft(days);
    }
    m_badge->setText(badge);
    m_badge->setVisible(!badge.isEmpty());
    const QColor bg = urgency == Urgency::None ? palette().color(QPalette::AlternateBase)
                                               : TimeLimitDelegate::background(urgency);
    const QColor fg = urgency == Urgency::None ? palette().color(QPalette::Text)
                                               : TimeLimitDelegate::foreground(urgency);
    m_badge->setStyleSheet(QStringLiteral("QLabel#caseBadge { background: %1; color: %2;"
                                          " border-radius: 10px; padding: 3px 12px; }")
                               .arg(bg.name(), fg.name()));
}

void CaseView::renderParties()
{
    QVector<QStringList> rows;
    for (const Party& p : m_record.parties) {
        rows.append({CaseVocabulary::label(CaseVocabulary::partyRoles(), p.role), p.name,
                     partyKindLabel(p.kind), p.idNumber, p.address, p.phone, p.agent});
    }
    m_parties->setRows(rows);
}

void CaseView::renderTimeline()
{
    QVector<CaseEvent> events = m_record.events;
    std::stable_sort(events.begin(), events.end(), [](const CaseEvent& a, const CaseEvent& b) {
        return a.startsOn < b.startsOn;
    });
    QVector<QStringList> rows;
    for (const CaseEvent& e : events) {
        QString until;
        if (CaseVocabulary::isExcludedPeriod(e.type))
            until = e.endsOn.isValid() ? DisplayFormat::date(e.endsOn) : tr("still running");
        QStringList extension;
        if (e.extensionMonths > 0)
            extension << tr("%n month(s)", nullptr, e.extensionMonths);
        if (e.extensionDays > 0)
            extension << tr("%n day(s)", nullptr, e.extensionDays);
        rows.append({DisplayFormat::date(e.startsOn),
                     CaseVocabulary::label(CaseVocabulary::eventTypes(), e.type), until,
                     extension.join(QLatin1Char(' ')), e.approvedBy, e.note});
    }
    m_timeline->setRows(rows);
}

void CaseView::renderDocuments()
{
    QVector<QStringList> rows;
    auto documents = m_files->documents(m_record.id);
    if (!documents) {
        emit errorOccurred(documents.errorMessage());
    } else {
        for (const DocumentRow& d : documents.value()) {
            rows.append({d.title, d.kind, d.pages > 0 ? QString::number(d.pages) : QString(),
                         d.fileName, DisplayFormat::dateTime(d.createdAt)});
        }
    }
    m_documents->setRows(rows);
}

QString CaseView::ocrStatusLabel(EvidenceOcrStatus status)
{
    switch (status) {
    case EvidenceOcrStatus::None:
        return tr("Not recognised");
    case EvidenceOcrStatus::Running:
        return tr("Recognising…");
    case EvidenceOcrStatus::Done:
        return tr("Recognised");
    case EvidenceOcrStatus::Partial:
        return tr("Partly recognised");
    case EvidenceOcrStatus::Failed:
        return tr("Recognition failed");
    case EvidenceOcrStatus::NeedsPassword:
        return tr("Needs a password");
    }
    return {};
}

void CaseView::renderEvidence()
{
    QVector<QStringList> rows;
    auto evidence = m_evidenceRepository->listForCase(m_record.id);
    if (!evidence) {
        emit errorOccurred(evidence.errorMessage());
    } else {
        for (const EvidenceItem& e : evidence.value()) {
            rows.append({QString::number(e.position), e.title, e.submittedBy,
                         e.pages > 0 ? QString::number(e.pages) : QString(), e.description,
                         ocrStatusLabel(e.ocrStatus), DisplayFormat::dateTime(e.importedAt)});
        }
    }
    m_evidence->setRows(rows);
}

void CaseView::renderHearings()
{
    QVector<QStringList> rows;
    for (const CaseEvent& e : m_record.events) {
        if (e.type == QLatin1String("hearing"))
            rows.append({DisplayFormat::date(e.startsOn), e.note});
    }
    m_hearings->setRows(rows);
}

} // namespace cd::ui
