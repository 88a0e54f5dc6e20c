#pragma once

#include "signing/verificationreport.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace cd {
class SigningWorker;
struct VerifyJobResult;
} // namespace cd

namespace cd::ui {

// Lists every signature of a PDF with its signer, time and coverage, and explains its status
// in plain language. The check runs in the courtdesk-cli worker against the profile's trust
// anchors; the explanations are made here, in the UI's language.
class VerificationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VerificationPanel(const QString& nssDir, QWidget* parent = nullptr);

    void verifyFile(const QString& pdf);
    const VerificationReport& report() const { return m_report; }
    bool isBusy() const;
    QTreeWidget* signatureList() const { return m_list; }
    QLabel* summaryLabel() const { return m_summary; }
    QTextBrowser* details() const { return m_details; }

Q_SIGNALS:
    void verified(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseFile();
    void onVerified(const cd::VerifyJobResult& r);
    void showDetails();
    void fill();

    QString m_nssDir;
    QString m_file;
    QLabel* m_fileLabel;
    QPushButton* m_open;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QTextBrowser* m_details;
    SigningWorker* m_worker;
    VerificationReport m_report;
};

} // namespace cd::ui
