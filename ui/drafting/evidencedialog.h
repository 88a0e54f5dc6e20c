#pragma once

#include "drafting/draftcontext.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace cd::ui {

// Insert an evidence reference: one of the case's evidence items (or one typed in), written
// the way judgments cite it: （证据3：借款合同）.
class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    EvidenceDialog(const QVector<EvidenceRef>& evidence, QWidget* parent = nullptr);

    void select(int row);
    void setManual(int index, const QString& title);
    QString reference() const;
    static QString referenceText(int index, const QString& title);

private:
    QVector<EvidenceRef> m_evidence;
    QListWidget* m_list;
    QLineEdit* m_number;
    QLineEdit* m_title;
};

} // namespace cd::ui
