#pragma once

#include "signing/batchsigner.h"

#include <QDialog>
#include <QTemporaryDir>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cd {
class Profile;
}

namespace cd::ui {

class AppearanceForm;
class MessageBar;

// Signs many documents (a speedy-trial day) with one password entry: each gets the seal on its
// date line (or the bottom-right corner of the last page), progress shows as it goes, Cancel
// stops after the current document, and every failure is listed with its reason.
class BatchSignDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BatchSignDialog(Profile& profile, QWidget* parent = nullptr);
    ~BatchSignDialog() override;

    void addFiles(const QStringList& files);
    QStringList files() const;
    // Where the signed copies go; empty: next to each original.
    void setOutputFolder(const QString& dir);

    AppearanceForm* appearanceForm() const { return m_form; }
    QLineEdit* passwordEdit() const { return m_password; }
    QTableWidget* resultTable() const { return m_results; }
    QLabel* summaryLabel() const { return m_summary; }
    bool isRunning() const;

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void batchFinished(const cd::BatchSummary& summary);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void retranslateUi();
    void chooseFiles();
    void chooseFolder();
    void onProgress(int done, int total, const QString& current);
    void onItem(int index, bool ok, const QString& message);
    void onFinished(const cd::BatchSummary& s);
    void setRunning(bool running);

    Profile& m_profile;
    AppearanceForm* m_form;
    QLabel* m_filesLabel;
    QListWidget* m_files;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QProgressBar* m_progress;
    QLabel* m_current;
    QTableWidget* m_results;
    QLabel* m_summary;
    MessageBar* m_messages;
    QDialogButtonBox* m_buttons;
    QPushButton* m_startButton;
    QPushButton* m_cancelButton;
    std::unique_ptr<BatchSigner> m_batch;
    QVector<BatchItem> m_items;
    QTemporaryDir m_tmp;
};

} // namespace cd::ui
