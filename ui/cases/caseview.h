#pragma once

#include "cases/caserecord.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace cd {
class Database;
class EvidenceRepository;
enum class EvidenceOcrStatus;
} // namespace cd

namespace cd::ui {

class CaseFilesReader;
class CaseOverview;
class RecordTable;

// The right pane: one case file in tabs (overview, parties, timeline, documents, evidence,
// hearings) under a header with the case number and its time limit.
class CaseView : public QWidget
{
    Q_OBJECT
public:
    enum Tab {
        OverviewTab,
        PartiesTab,
        TimelineTab,
        DocumentsTab,
        EvidenceTab,
        HearingsTab,
        TabCount
    };

    explicit CaseView(Database& db, QWidget* parent = nullptr);
    ~CaseView() override;

    void setRecord(const CaseRecord& record);
    void clear();
    bool hasRecord() const { return m_record.id != 0; }
    const CaseRecord& record() const { return m_record; }

    void setCurrentTab(int tab);
    QTabWidget* tabs() const { return m_tabs; }
    RecordTable* table(Tab tab) const;

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void render();
    void renderHeader();
    void renderParties();
    void renderTimeline();
    void renderDocuments();
    void renderEvidence();
    void renderHearings();

    static QString ocrStatusLabel(EvidenceOcrStatus status);

    std::unique_ptr<CaseFilesReader> m_files;
    std::unique_ptr<EvidenceRepository> m_evidenceRepository;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QWidget* m_page;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_badge;
    QTabWidget* m_tabs;
    CaseOverview* m_overview;
    RecordTable* m_parties;
    RecordTable* m_timeline;
    RecordTable* m_documents;
    RecordTable* m_evidence;
    RecordTable* m_hearings;
    CaseRecord m_record;
};

} // namespace cd::ui
