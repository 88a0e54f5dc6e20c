#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QListWidget;

namespace cd {
class TemplateRepository;
}

namespace cd::ui {

// Choose a template and the document date for a new document of the current case.
class NewDraftDialog : public QDialog
{
    Q_OBJECT
public:
    NewDraftDialog(const TemplateRepository& templates, const QString& caseKind,
                   const QString& caseNumber, QWidget* parent = nullptr);

    QString templateId() const;
    QDate date() const;
    void selectTemplate(const QString& id);

private:
    QListWidget* m_list;
    QDateEdit* m_date;
};

} // namespace cd::ui
