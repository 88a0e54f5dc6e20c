#pragma once

#include <QWidget>

class QLineEdit;
class QTimer;

namespace cd {
class CaseRepository;
}

namespace cd::ui {

class CaseListModel;
class CaseTableView;

// The left pane: a search box over the case table. Typing searches the full-text index after a
// short pause; the table fetches rows page by page as it scrolls.
class CaseListPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int searchDelayMs = 150;

    explicit CaseListPanel(CaseRepository& repository, QWidget* parent = nullptr);

    CaseListModel* model() const { return m_model; }
    CaseTableView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }

    qint64 currentCaseId() const;
    // Selects the case if it is among the fetched rows; returns whether it was found.
    bool selectCase(qint64 id);
    void focusSearch();
    // Re-queries the store and keeps the current case selected if it is still listed.
    void refresh();
    // Runs the search typed so far at once instead of after the pause.
    void applySearchNow();

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void currentCaseChanged(qint64 id);
    // Enter or double-click on a case.
    void caseActivated(qint64 id);
    void errorOccurred(const QString& message);
    // The rows shown changed: new search, sort, refresh or more rows fetched.
    void countsChanged();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void updateEmptyText();
    void setDefaultColumnWidths();
    void fitBadgeColumn();
    void reselect(qint64 id);

    CaseListModel* m_model;
    QLineEdit* m_search;
    CaseTableView* m_view;
    QTimer* m_searchTimer;
    qint64 m_lastCurrent = 0;
};

} // namespace cd::ui
