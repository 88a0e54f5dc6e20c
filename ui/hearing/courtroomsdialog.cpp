#include "courtroomsdialog.h"

#include "hearing/hearingrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

CourtroomsDialog::CourtroomsDialog(Database& db, const QString& actor, QWidget* parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_table(new QTableWidget(0, 4)),
      m_name(new QLineEdit), m_kind(new QComboBox), m_location(new QLineEdit),
      m_active(new QCheckBox), m_message(new QLabel)
{
    setObjectName(QStringLiteral("courtroomsDialog"));
    setWindowTitle(tr("Courtrooms"));
    resize(640, 420);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Location"), tr("Open")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const QString& k : {QStringLiteral("physical"), QStringLiteral("virtual")})
        m_kind->addItem(HearingVocabulary::roomKindLabel(k), k);
    m_active->setText(tr("Open for bookings"));
    m_active->setChecked(true);
    m_message->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(QString(), m_active);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* add = buttons->addButton(tr("&Add"), QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(tr("&Save Changes"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addRoom(m_name->text(), m_kind->currentData().toString(), m_location->text()))
            m_name->clear();
    });
    connect(save, &QPushButton::clicked, this, &CourtroomsDialog::saveSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CourtroomsDialog::showSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void CourtroomsDialog::reload()
{
    m_table->setRowCount(0);
    auto rooms = HearingRepository(m_db, m_actor).rooms();
    if (!rooms) {
        m_message->setText(rooms.errorMessage());
        return;
    }
    for (const Courtroom& r : rooms.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(r.name);
        name->setData(Qt::UserRole, r.id);
        m_table->setItem(row, 0, name);
        auto* kind = new QTableWidgetItem(HearingVocabulary::roomKindLabel(r.kind));
        kind->setData(Qt::UserRole, r.kind);
        m_table->setItem(row, 1, kind);
        m_table->setItem(row, 2, new QTableWidgetItem(r.location));
        m_table->setItem(row, 3, new QTableWidgetItem(r.active ? tr("Yes") : tr("No")));
    }
    m_table->resizeColumnsToContents();
}

bool CourtroomsDialog::addRoom(const QString& name, const QString& kind, const QString& location)
{
    Courtroom r;
    r.name = name;
    r.kind = kind;
    r.location = location;
    auto id = HearingRepository(m_db, m_actor).saveRoom(r);
    m_message->setText(id ? tr("%1 added.").arg(r.name) : id.errorMessage());
    reload();
    return bool(id);
}

void CourtroomsDialog::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_name->setText(m_table->item(row, 0)->text());
    m_kind->setCurrentIndex(
        std::max(0, m_kind->findData(m_table->item(row, 1)->data(Qt::UserRole))));
    m_location->setText(m_table->item(row, 2)->text());
    m_active->setChecked(m_table->item(row, 3)->text() == tr("Yes"));
}

void CourtroomsDialog::saveSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_message->setText(tr("Select the courtroom to change."));
        return;
    }
    Courtroom r;
    r.id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    r.name = m_name->text();
    r.kind = m_kind->currentData().toString();
    r.location = m_location->text();
    r.active = m_active->isChecked();
    auto id = HearingRepository(m_db, m_actor).saveRoom(r);
    m_message->setText(id ? tr("%1 saved.").arg(r.name) : id.errorMessage());
    reload();
}

} // namespace cd::ui
