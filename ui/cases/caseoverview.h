#pragma once

#include "cases/caserecord.h"

#include <QScrollArea>

class QFormLayout;
class QLabel;

namespace cd::ui {

// The 概览 tab: the case's fields at a glance, with the time limit and where it comes from.
class CaseOverview : public QScrollArea
{
    Q_OBJECT
public:
    explicit CaseOverview(QWidget* parent = nullptr);

    void setRecord(const CaseRecord& record);
    // The value shown for a field, by the value label's object name (tests).
    QString valueText(const QString& objectName) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Field {
        Number,
        Court,
        Cause,
        Kind,
        Procedure,
        Status,
        Filed,
        Due,
        Closed,
        Judge,
        Panel,
        Claim,
        Summary,
        Updated,
        FieldCount
    };
    void retranslateUi();
    void render();
    QLabel* value(Field field) const { return m_values[field]; }

    QFormLayout* m_form;
    QLabel* m_labels[FieldCount] = {};
    QLabel* m_values[FieldCount] = {};
    CaseRecord m_record;
};

} // namespace cd::ui
