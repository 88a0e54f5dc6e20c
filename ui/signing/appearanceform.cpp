#include "appearanceform.h"

#include "common/clock.h"
#include "signing/certificatestore.h"
#include "signing/sealimages.h"
#include "signing/seallibrary.h"
#include "signing/signatureplacement.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace cd::ui {

namespace {

// Roles as they are written on court documents; this is document text, always Chinese.
const char* const kRoles[] = {"审判长", "审判员", "人民陪审员", "法官助理", "书记员"};

} // namespace

AppearanceForm::AppearanceForm(const QString& profileDir, QWidget* parent)
    : QWidget(parent), m_profileDir(profileDir), m_cert(new QComboBox(this)),
      m_certNote(new QLabel(this)), m_seal(new QComboBox(this)),
      m_handSignature(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_date(new QDateEdit(this)), m_withText(new QCheckBox(this)),
      m_reason(new QLineEdit(this)), m_location(new QLineEdit(this))
{
    setObjectName(QStringLiteral("appearanceForm"));
    m_cert->setObjectName(QStringLiteral("certificateCombo"));
    m_seal->setObjectName(QStringLiteral("sealCombo"));
    m_handSignature->setObjectName(QStringLiteral("handSignatureCombo"));
    m_name->setObjectName(QStringLiteral("signerName"));
    m_role->setObjectName(QStringLiteral("signerRole"));
    m_certNote->setWordWrap(true);
    m_certNote->setObjectName(QStringLiteral("certificateNote"));
    m_role->setEditable(true);
    for (const char* r : kRoles)
        m_role->addItem(QString::fromUtf8(r));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(Clock::instance().today());
    m_withText->setChecked(true);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (QLabel*& l : m_labels)
        l = new QLabel(this);
    form->addRow(m_labels[0], m_cert);
    form->addRow(QString(), m_certNote);
    form->addRow(m_labels[1], m_seal);
    form->addRow(m_labels[2], m_handSignature);
    form->addRow(m_labels[3], m_name);
    form->addRow(m_labels[4], m_role);
    form->addRow(m_labels[5], m_date);
    form->addRow(QString(), m_withText);
    form->addRow(m_labels[6], m_reason);
    form->addRow(m_labels[7], m_location);

    connect(m_cert, &QComboBox::currentIndexChanged, this, &AppearanceForm::onCertificateChanged);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    for (QComboBox* c : {m_seal, m_handSignature, m_role})
        connect(c, &QComboBox::currentIndexChanged, this, &AppearanceForm::recompose);
    connect(m_role, &QComboBox::editTextChanged, this, &AppearanceForm::recompose);
    connect(m_name, &QLineEdit::textChanged, this, &AppearanceForm::recompose);
    connect(m_date, &QDateEdit::dateChanged, this, &AppearanceForm::recompose);
    connect(m_withText, &QCheckBox::toggled, this, &AppearanceForm::recompose);
    retranslateUi();
    reload();
}

QString AppearanceForm::nssDir() const
{
    return CertificateStore::profileStoreDir(m_profileDir);
}

void AppearanceForm::reload()
{
    const QString nick = nickname();
    m_cert->blockSignals(true);
    m_cert->clear();
    m_certs.clear();
    CertificateStore store(nssDir());
    if (store.exists()) {
        if (auto list = store.list(); list) {
            for (const CertificateDetails& c : list.value()) {
                if (!c.hasPrivateKey())
                    continue;
                m_certs << c;
                m_cert->addItem(tr("%1 (valid until %2)")
                                    .arg(c.subjectName, c.notAfter.toLocalTime().toString(
                                                            QStringLiteral("yyyy-MM-dd"))),
                                c.nickname);
            }
        }
    }
    const int keep = m_cert->findData(nick);
    m_cert->setCurrentIndex(keep >= 0 ? keep : 0);
    m_cert->blockSignals(false);

    const QString seal = m_seal->currentData().toString();
    const QString sig = m_handSignature->currentData().toString();
    for (QComboBox* c : {m_seal, m_handSignature}) {
        c->blockSignals(true);
        c->clear();
        c->addItem(tr("(none)"), QString());
    }
    SealLibrary lib(m_profileDir);
    if (auto entries = lib.list(); entries) {
        for (const SealEntry& e : entries.value()) {
            QComboBox* c = e.kind == SealEntry::Kind::CourtSeal ? m_seal : m_handSignature;
            c->addItem(QIcon(QPixmap::fromImage(QImage(lib.imagePath(e)))), e.name,
                       lib.imagePath(e));
        }
    }
    // A court seal is the usual case; pick the first one unless the user chose otherwise.
    const int sealIndex = seal.isEmpty() ? -1 : m_seal->findData(seal);
    m_seal->setCurrentIndex(sealIndex >= 0 ? sealIndex : (m_seal->count() > 1 ? 1 : 0));
    const int sigIndex = sig.isEmpty() ? 0 : m_handSignature->findData(sig);
    m_handSignature->setCurrentIndex(sigIndex >= 0 ? sigIndex : 0);
    for (QComboBox* c : {m_seal, m_handSignature})
        c->blockSignals(false);
    if (m_location->text().isEmpty() && m_seal->currentIndex() > 0)
        m_location->setText(m_seal->currentText());
    onCertificateChanged();
}

QString AppearanceForm::nickname() const
{
    return m_cert->currentData().toString();
}

bool AppearanceForm::hasUsableCertificate() const
{
    const int i = m_cert->currentIndex();
    if (i < 0 || i >= m_certs.size())
        return false;
    return CertificateAdvisor::forSigning(m_certs[i], Clock::instance().now()) ==
           CertificateAdvisor::Suitability::Ok;
}

QString AppearanceForm::reason() const
{
    return m_reason->text().trimmed();
}

QString AppearanceForm::location() const
{
    return m_location->text().trimmed();
}

void AppearanceForm::onCertificateChanged()
{
    const int i = m_cert->currentIndex();
    QString note;
    if (i < 0 || i >= m_certs.size()) {
        note = tr("No signing certificate yet: import your PKCS#12 file under Signing > "
                  "Certificates.");
    } else {
        const CertificateDetails& c = m_certs[i];
        const auto s = CertificateAdvisor::forSigning(c, Clock::instance().now());
        if (s != CertificateAdvisor::Suitability::Ok)
            note = CertificateAdvisor::explain(s, c);
        else
            note = CertificateAdvisor::expiryWarning(c, Clock::instance().now());
        if (!m_nameEdited)
            m_name->setText(c.subjectName);
    }
    m_certNote->setText(note);
    m_certNote->setVisible(!note.isEmpty());
    Q_EMIT certificateChanged();
    recompose();
}

void AppearanceForm::recompose()
{
    SealImages::Appearance a;
    const QString seal = m_seal->currentData().toString();
    const QString hand = m_handSignature->currentData().toString();
    if (!seal.isEmpty())
        a.seal = QImage(seal);
    if (!hand.isEmpty())
        a.handSignature = QImage(hand);
    a.signerName = m_name->text().trimmed();
    a.role = m_role->currentText().trimmed();
    a.date = m_date->date();
    a.withText = m_withText->isChecked();
    auto img = SealImages::composeAppearance(a);
    if (img) {
        m_appearance = img.value();
        m_error.clear();
        const AppearanceMetrics m = AppearanceMetrics::fromImage(m_appearance);
        m_anchor = m.anchor;
        m_widthPt = m.widthPt;
    } else {
        m_appearance = QImage();
        m_error = img.errorMessage();
    }
    Q_EMIT appearanceChanged();
}

void AppearanceForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AppearanceForm::retranslateUi()
{
    m_labels[0]->setText(tr("&Certificate:"));
    m_labels[1]->setText(tr("Court &seal:"));
    m_labels[2]->setText(tr("Signature &image:"));
    m_labels[3]->setText(tr("Signer's &name:"));
    m_labels[4]->setText(tr("&Role:"));
    m_labels[5]->setText(tr("&Date:"));
    m_labels[6]->setText(tr("Rea&son:"));
    m_labels[7]->setText(tr("&Location:"));
    m_labels[0]->setBuddy(m_cert);
    m_labels[1]->setBuddy(m_seal);
    m_labels[2]->setBuddy(m_handSignature);
    m_labels[3]->setBuddy(m_name);
    m_labels[4]->setBuddy(m_role);
    m_labels[5]->setBuddy(m_date);
    m_labels[6]->setBuddy(m_reason);
    m_labels[7]->setBuddy(m_location);
    m_withText->setText(tr("Show name, role and date next to the seal"));
    m_reason->setPlaceholderText(tr("e.g. judgment issued"));
    if (m_seal->count() > 0)
        m_seal->setItemText(0, tr("(none)"));
    if (m_handSignature->count() > 0)
        m_handSignature->setItemText(0, tr("(none)"));
}

} // namespace cd::ui
