#include "partylisteditor.h"

#include "cases/idvalidators.h"
#include "common/validatedlineedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

bool isOrganisation(const QString& kind)
{
    return kind == QLatin1String("organisation");
}

QString idError(const QString& kind, const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    if (isOrganisation(kind))
        return IdValidators::parseCreditCode(text).errorMessage();
    return IdValidators::parseResidentId(text).errorMessage();
}

} // namespace

PartyListEditor::PartyListEditor(QWidget* parent)
    : MasterDetailEditor(3, parent), m_role(new QComboBox(m_formBox)),
      m_kind(new QComboBox(m_formBox)), m_name(new ValidatedLineEdit(m_formBox)),
      m_idNumber(new ValidatedLineEdit(m_formBox)), m_address(new QLineEdit(m_formBox)),
      m_phone(new QLineEdit(m_formBox)), m_agent(new QLineEdit(m_formBox))
{
    setObjectName(QStringLiteral("partyEditor"));
    m_list->setObjectName(QStringLiteral("partyList"));
    m_add->setObjectName(QStringLiteral("addPartyButton"));
    m_remove->setObjectName(QStringLiteral("removePartyButton"));
    m_role->setObjectName(QStringLiteral("partyRoleCombo"));
    m_kind->setObjectName(QStringLiteral("partyKindCombo"));
    m_name->setObjectName(QStringLiteral("partyNameEdit"));
    m_idNumber->setObjectName(QStringLiteral("partyIdEdit"));
    m_address->setObjectName(QStringLiteral("partyAddressEdit"));
    m_phone->setObjectName(QStringLiteral("partyPhoneEdit"));
    m_agent->setObjectName(QStringLiteral("partyAgentEdit"));

    buildForm();
    retranslateUi();
    refreshForm();

    connect(m_add, &QPushButton::clicked, this, &PartyListEditor::addParty);
}

void PartyListEditor::buildForm()
{
    for (const LabelledKey& role : CaseVocabulary::partyRoles())
        m_role->addItem(
            CaseVocabulary::label(CaseVocabulary::partyRoles(), QLatin1String(role.key)),
            QString::fromLatin1(role.key));
    m_kind->addItem(QString(), QStringLiteral("person"));
    m_kind->addItem(QString(), QStringLiteral("organisation"));
    m_form->addRow(new QLabel(m_formBox), m_role);
    m_form->addRow(new QLabel(m_formBox), m_kind);
    m_form->addRow(new QLabel(m_formBox), m_name);
    m_form->addRow(new QLabel(m_formBox), m_idNumber);
    m_form->addRow(new QLabel(m_formBox), m_address);
    m_form->addRow(new QLabel(m_formBox), m_phone);
    m_form->addRow(new QLabel(m_formBox), m_agent);

    m_idNumber->setChecker(
        [this](const QString& text) { return idError(m_kind->currentData().toString(), text); });

    const auto edited = [this] {
        if (!m_loading)
            storeForm();
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, edited] {
        m_idNumber->revalidate();
        retranslateUi();
        edited();
    });
    connect(m_name, &ValidatedLineEdit::textChanged, this, edited);
    connect(m_idNumber, &ValidatedLineEdit::textChanged, this, edited);
    connect(m_address, &QLineEdit::textChanged, this, edited);
    connect(m_phone, &QLineEdit::textChanged, this, edited);
    connect(m_agent, &QLineEdit::textChanged, this, edited);
}

void PartyListEditor::retranslateUi()
{
    const bool organisation = isOrganisation(m_kind->currentData().toString());
    m_list->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("ID number")});
    m_add->setText(tr("&Add party"));
    m_remove->setText(tr("&Remove"));
    m_kind->setItemText(0, tr("Person"));
    m_kind->setItemText(1, tr("Organisation"));
    m_name->setRequiredMessage(tr("Enter the party's name."));
    m_idNumber->setPlaceholderText(organisation ? tr("18-character unified social credit code")
                                                : tr("18-digit resident ID number"));
    const auto setLabel = [this](QWidget* field, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
            label->setText(text);
    };
    setLabel(m_role, tr("Role"));
    setLabel(m_kind, tr("Type"));
    setLabel(m_name, organisation ? tr("Name of the organisation") : tr("Name"));
    setLabel(m_idNumber, organisation ? tr("Credit code") : tr("Resident ID"));
    setLabel(m_address, tr("Address"));
    setLabel(m_phone, tr("Phone"));
    setLabel(m_agent, organisation ? tr("Legal representative") : tr("Agent ad litem"));
    m_emptyHint->setText(tr("This case has no parties yet. Use “Add party” to enter "
                            "the plaintiff, the defendant and any third party."));
}

void PartyListEditor::setParties(const QVector<Party>& parties)
{
    m_parties = parties;
    resetRows();
}

void PartyListEditor::addParty()
{
    Party party;
    // The usual order of a civil complaint: plaintiff first, then defendant.
    party.role = m_parties.isEmpty() ? QStringLiteral("plaintiff") : QStringLiteral("defendant");
    m_parties.append(party);
    appendedRow(m_name);
}

QString PartyListEditor::partyError(const Party& party)
{
    if (party.name.trimmed().isEmpty())
        return tr("Enter the party's name.");
    return idError(party.kind, party.idNumber);
}

QString PartyListEditor::firstError() const
{
    for (int i = 0; i < m_parties.size(); ++i) {
        const QString error = partyError(m_parties.at(i));
        if (!error.isEmpty())
            return tr("Party %1: %2").arg(i + 1).arg(error);
    }
    return {};
}

void PartyListEditor::loadForm()
{
    m_loading = true;
    const bool has = m_current >= 0 && m_current < m_parties.size();
    const Party party = has ? m_parties.at(m_current) : Party();
    m_role->setCurrentIndex(qMax(0, m_role->findData(party.role)));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(party.kind)));
    m_name->setText(party.name);
    m_idNumber->setText(party.idNumber);
    m_address->setText(party.address);
    m_phone->setText(party.phone);
    m_agent->setText(party.agent);
    m_loading = false;
    refreshForm();
}

void PartyListEditor::storeForm()
{
    if (m_current < 0 || m_current >= m_parties.size())
        return;
    Party& party = m_parties[m_current];
    party.role = m_role->currentData().toString();
    party.kind = m_kind->currentData().toString();
    party.name = m_name->text();
    party.idNumber = m_idNumber->text();
    party.address = m_address->text();
    party.phone = m_phone->text();
    party.agent = m_agent->text();
    updateRow(m_current);
    emit changed();
}

void PartyListEditor::updateRow(int row)
{
    const Party& party = m_parties.at(row);
    const QString error = partyError(party);
    const QStringList cells{CaseVocabulary::label(CaseVocabulary::partyRoles(), party.role),
                            party.name, party.idNumber};
    setRowCells(row, cells, error);
}

} // namespace cd::ui
