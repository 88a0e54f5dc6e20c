#pragma once

#include "signing/certificatedetails.h"

#include <QDialog>
#include <QVector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QWidget;

namespace cd::ui {

class MessageBar;

// The profile's certificate database: create it with a password, import the judge's PKCS#12
// and the court's CA certificates, see details in plain language, remove, and get warned
// before a certificate expires.
class CertificateManager : public QDialog
{
    Q_OBJECT
public:
    explicit CertificateManager(const QString& profileDir, QWidget* parent = nullptr);

    void reload();
    // Non-interactive steps (the buttons ask for files and passwords, then call these).
    bool createDatabase(const QString& password);
    bool importPkcs12(const QString& file, const QString& filePassword);
    bool importCa(const QString& file);
    bool removeSelected();

    QLineEdit* passwordEdit() const { return m_password; }
    QTableWidget* table() const { return m_table; }
    MessageBar* messageBar() const { return m_messages; }
    QTextBrowser* details() const { return m_details; }

Q_SIGNALS:
    void certificatesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showDetails();
    void askPkcs12();
    void askCa();
    void askCreate();
    void report(bool ok, const QString& message);

    QString m_dir;
    QVector<CertificateDetails> m_certs;
    MessageBar* m_messages;
    QTableWidget* m_table;
    QTextBrowser* m_details;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QPushButton* m_create;
    QPushButton* m_importP12;
    QPushButton* m_importCa;
    QPushButton* m_remove;
    QPushButton* m_close;
};

} // namespace cd::ui
