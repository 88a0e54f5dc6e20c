#pragma once

#include "signing/pdfsigner.h"

#include <QDialog>
#include <QTemporaryDir>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace cd {
class Profile;
class SigningWorker;
struct SignJobResult;
} // namespace cd

namespace cd::ui {

class AppearanceForm;
class MessageBar;
class PdfPageView;

// Signs one PDF: the page with the appearance to drag into place, who signs and how it looks,
// the database password, and a new file for the signed copy. The signing itself runs in the
// courtdesk-cli worker; a wrong password keeps the dialog open and writes nothing.
class SignDialog : public QDialog
{
    Q_OBJECT
public:
    SignDialog(Profile& profile, const QString& pdf, QWidget* parent = nullptr);
    ~SignDialog() override;

    // "judgment.pdf" -> "judgment-signed.pdf" (translated suffix), never an existing file.
    static QString defaultOutputName(const QString& input);

    PdfPageView* view() const { return m_view; }
    AppearanceForm* appearanceForm() const { return m_form; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* outputEdit() const { return m_output; }
    QLineEdit* caseEdit() const { return m_case; }
    MessageBar* messageBar() const { return m_messages; }
    const SignOutcome& outcome() const { return m_outcome; }

public Q_SLOTS:
    void sign();

Q_SIGNALS:
    void documentSigned(const cd::SignOutcome& outcome);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void retranslateUi();
    void updatePageLabel();
    void updateStamp();
    void setBusy(bool busy);
    void onSigned(const cd::SignJobResult& r);
    void chooseOutput();

    Profile& m_profile;
    QString m_input;
    PdfPageView* m_view;
    AppearanceForm* m_form;
    QToolButton* m_prev;
    QToolButton* m_next;
    QLabel* m_pageLabel;
    QPushButton* m_dateLine;
    QLabel* m_hint;
    QLabel* m_caseLabel;
    QLineEdit* m_case;
    QLabel* m_outputLabel;
    QLineEdit* m_output;
    QToolButton* m_browse;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QProgressBar* m_busy;
    MessageBar* m_messages;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signButton;
    SigningWorker* m_worker;
    QTemporaryDir m_tmp;
    SignOutcome m_outcome;
};

} // namespace cd::ui
