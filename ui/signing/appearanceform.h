#pragma once

#include "common/result.h"
#include "signing/certificatedetails.h"

#include <QImage>
#include <QPointF>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace cd::ui {

// Who signs and how the signature looks: the certificate, the seal and signature image from the
// profile's library, the signer's name, role and date. Shared by the sign and batch-sign dialogs.
class AppearanceForm : public QWidget
{
    Q_OBJECT
public:
    AppearanceForm(const QString& profileDir, QWidget* parent = nullptr);

    // Re-reads the certificate database and the seal library.
    void reload();

    QString nssDir() const;
    QString nickname() const;
    bool hasUsableCertificate() const;
    QString reason() const;
    QString location() const;

    // The composed appearance (null when there is nothing to show), with its anchor and width.
    QImage appearance() const { return m_appearance; }
    QPointF anchor() const { return m_anchor; }
    double widthPt() const { return m_widthPt; }
    QString appearanceError() const { return m_error; }

Q_SIGNALS:
    void appearanceChanged();
    void certificateChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onCertificateChanged();
    void recompose();

    QString m_profileDir;
    QVector<CertificateDetails> m_certs;
    QComboBox* m_cert;
    QLabel* m_certNote;
    QComboBox* m_seal;
    QComboBox* m_handSignature;
    QLineEdit* m_name;
    QComboBox* m_role;
    QDateEdit* m_date;
    QCheckBox* m_withText;
    QLineEdit* m_reason;
    QLineEdit* m_location;
    QLabel* m_labels[8];
    QImage m_appearance;
    QPointF m_anchor{0.5, 0.5};
    double m_widthPt = 0;
    QString m_error;
    bool m_nameEdited = false;
};

} // namespace cd::ui
