#pragma once

#include "drafting/batchdrafter.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace cd::ui {

class DraftingServices;
class ProgressJob;

// Batch generation: one template for many cases (e.g. 50 speedy-trial cases), each exported to
// its own file, on a worker thread with progress and Cancel.
class BatchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BatchDialog(DraftingServices& services, QWidget* parent = nullptr);

    void setTemplate(const QString& id);
    void setOutputDir(const QString& dir);
    void setFormat(ExportFormat format);
    // Checks exactly these case numbers in the list.
    void checkCases(const QStringList& numbers);
    QStringList checkedCases() const;
    // Starts the batch; false when nothing is checked or one is running.
    bool start();
    ProgressJob* job() const { return m_job; }
    const DraftBatchResult& result() const { return m_result; }

signals:
    void batchFinished();

private:
    void loadCases();
    void filter(const QString& text);
    void showResult();

    DraftingServices& m_services;
    QComboBox* m_template;
    QDateEdit* m_date;
    QComboBox* m_format;
    QLineEdit* m_outDir;
    QLineEdit* m_filter;
    QListWidget* m_cases;
    QLabel* m_count;
    QTextBrowser* m_log;
    QPushButton* m_start;
    ProgressJob* m_job = nullptr;
    DraftBatchResult m_result;
    QString m_error;
};

} // namespace cd::ui
