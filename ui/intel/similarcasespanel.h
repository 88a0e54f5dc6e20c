#pragma once

#include "cases/caserecord.h"

#include <QWidget>

class QTextBrowser;

namespace cd {
class Database;
}

namespace cd::ui {

class CaseView;

// 类案推送 in the case view: the most similar local cases with the phrases they share with the
// open case highlighted. A click on a case number asks to open that case.
class SimilarCasesPanel : public QWidget
{
    Q_OBJECT
public:
    SimilarCasesPanel(Database& db, QWidget* parent = nullptr);
    void setCase(const CaseRecord& record);
    QString html() const;

signals:
    void caseRequested(qint64 id);
    void errorOccurred(const QString& message);

private:
    Database& m_db;
    QTextBrowser* m_browser;
    qint64 m_caseId = -1;
    int m_version = -1;
};

// The one place the panel joins the case view: under the overview tab, kept on the case the
// view shows while the overview is visible.
SimilarCasesPanel* installSimilarCases(CaseView* view, Database& db);

} // namespace cd::ui
