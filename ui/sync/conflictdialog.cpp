#include "conflictdialog.h"

#include "cases/caserecord.h"
#include "cases/timelimits.h"
#include "drafting/money.h"
#include "sync/recordcodec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QString fieldLabel(const QString& f)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("case_number"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Case number")},
        {QStringLiteral("court_code"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Court code")},
        {QStringLiteral("court_name"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Court")},
        {QStringLiteral("cause"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Cause of action")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Kind")},
        {QStringLiteral("procedure"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Procedure")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Status")},
        {QStringLiteral("filed_on"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Filed on")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Closed on")},
        {QStringLiteral("judge"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Judge")},
        {QStringLiteral("panel"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Panel")},
        {QStringLiteral("claim_fen"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Claim")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Summary")},
        {QStringLiteral("parties"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Parties")},
        {QStringLiteral("events"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Timeline")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Title")},
        {QStringLiteral("submitted_by"),
         QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Submitted by")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("cd::ui::ConflictDialog", "Description")},
    };
    const char* l = labels.value(f);
    return l ? QCoreApplication::translate("cd::ui::ConflictDialog", l) : f;
}

} // namespace

QString ConflictDialog::displayValue(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isArray()) {
        // Parties and events as one line each, in the order a judge reads them.
        QStringList lines;
        for (const QJsonValue& item : v.toArray()) {
            const QJsonObject o = item.toObject();
            QStringList parts;
            if (o.contains(QStringLiteral("role"))) {
                parts << CaseVocabulary::label(CaseVocabulary::partyRoles(),
                                               o.value(QStringLiteral("role")).toString());
                for (const char* k : {"name", "id_number", "address", "phone", "agent"})
                    parts << o.value(QLatin1String(k)).toString();
            } else {
                parts << CaseVocabulary::label(CaseVocabulary::eventTypes(),
                                               o.value(QStringLiteral("type")).toString());
                QString span = o.value(QStringLiteral("starts_on")).toString();
                if (o.value(QStringLiteral("ends_on")).isString())
                    span += QStringLiteral("–") + o.value(QStringLiteral("ends_on")).toString();
                parts << span << o.value(QStringLiteral("note")).toString();
            }
            parts.removeAll(QString());
            lines << parts.join(QStringLiteral(" · "));
        }
        return lines.join(u'\n');
    }
    return v.toString();
}

ConflictDialog::ConflictDialog(const ConflictEntry& conflict, QWidget* parent)
    : QDialog(parent), m_conflict(conflict), m_table(new QTableWidget(this)),
      m_intro(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Resolve a sync conflict"));
    m_fields = conflict.type == QLatin1String("case") ? RecordCodec::caseFields()
                                                      : RecordCodec::evidenceFields();
    const QJsonObject mine = conflict.localBody;
    const QJsonObject theirs = conflict.serverBody;
    const QString number = (theirs.isEmpty() ? mine : theirs)
                               .value(QStringLiteral("case_number"))
                               .toString(theirs.value(QStringLiteral("title")).toString());
    QString intro =
        tr("<b>%1</b> was changed on this desk and on the server (version %2) at the same time. "
           "Choose for each field which version to keep; the result is sent to the server.")
            .arg(number.toHtmlEscaped())
            .arg(conflict.serverVersion);
    if (conflict.serverDeleted)
        intro += u' ' + tr("The server has <b>deleted</b> this record.");
    if (conflict.localDeleted)
        intro += u' ' + tr("You <b>deleted</b> this record on this desk.");
    m_intro->setText(intro);
    m_intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Mine (this desk)"), tr("Theirs (server)"), tr("Keep")});
    m_table->setRowCount(m_fields.size());
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    const QColor changed(255, 236, 179); // amber: the two versions differ here
    for (int row = 0; row < m_fields.size(); ++row) {
        const QString f = m_fields.at(row);
        const bool differs =
            mine.value(f) != theirs.value(f) && !conflict.serverDeleted && !conflict.localDeleted;
        auto* name = new QTableWidgetItem(fieldLabel(f));
        const auto show = [&f](const QJsonValue& v) {
            if (f == QLatin1String("status"))
                return CaseVocabulary::label(CaseVocabulary::caseStatuses(), v.toString());
            if (f == QLatin1String("kind"))
                return CaseVocabulary::label(CaseVocabulary::caseKinds(), v.toString());
            if (f == QLatin1String("procedure")) {
                const TimeLimitRule* rule = TimeLimits::find(v.toString());
                return rule ? rule->label() : v.toString();
            }
            if (f == QLatin1String("claim_fen") && v.isDouble())
                return Money::formatYuan(qint64(v.toDouble()));
            return displayValue(v);
        };
        auto* a = new QTableWidgetItem(show(mine.value(f)));
        auto* b = new QTableWidgetItem(show(theirs.value(f)));
        if (differs) {
            m_differing << f;
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            for (QTableWidgetItem* it : {name, a, b})
                it->setBackground(changed);
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, a);
        m_table->setItem(row, 2, b);
        if (!differs) {
            auto* same = new QTableWidgetItem(tr("same"));
            same->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, 3, same);
            continue;
        }
        auto* pick = new QComboBox(m_table);
        pick->addItem(tr("Mine"), true);
        pick->addItem(tr("Theirs"), false);
        // Where the versions differ, ours is preselected: the judge made that change.
        pick->setCurrentIndex(0);
        m_table->setCellWidget(row, 3, pick);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();

    auto* buttons = new QDialogButtonBox(this);
    auto* theirsBtn = buttons->addButton(tr("Take all theirs"), QDialogButtonBox::ActionRole);
    auto* mineBtn = buttons->addButton(tr("Keep all mine"), QDialogButtonBox::ActionRole);
    auto* apply = buttons->addButton(tr("Apply choice"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    theirsBtn->setObjectName(QStringLiteral("takeAllTheirs"));
    mineBtn->setObjectName(QStringLiteral("keepAllMine"));
    apply->setObjectName(QStringLiteral("applyChoice"));
    apply->setDefault(true);
    connect(theirsBtn, &QPushButton::clicked, this, &ConflictDialog::takeAllTheirs);
    connect(mineBtn, &QPushButton::clicked, this, &ConflictDialog::keepAllMine);
    connect(apply, &QPushButton::clicked, this, &ConflictDialog::applyChoice);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (conflict.serverDeleted || conflict.localDeleted) {
        // A deletion cannot be merged field by field: keep the server's state or ours whole.
        apply->setEnabled(false);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(960, 640);
}

int ConflictDialog::rowOf(const QString& field) const
{
    return int(m_fields.indexOf(field));
}

void ConflictDialog::setChoice(const QString& field, bool mine)
{
    const int row = rowOf(field);
    if (row < 0)
        return;
    if (auto* pick = qobject_cast<QComboBox*>(m_table->cellWidget(row, 3)))
        pick->setCurrentIndex(mine ? 0 : 1);
}

bool ConflictDialog::choice(const QString& field) const
{
    const int row = rowOf(field);
    if (row < 0)
        return false;
    auto* pick = qobject_cast<QComboBox*>(m_table->cellWidget(row, 3));
    return pick && pick->currentData().toBool();
}

QJsonObject ConflictDialog::mergedBody() const
{
    QJsonObject out = m_conflict.serverDeleted ? m_conflict.localBody : m_conflict.serverBody;
    for (const QString& f : m_differing) {
        if (choice(f))
            out[f] = m_conflict.localBody.value(f);
    }
    return out;
}

void ConflictDialog::takeAllTheirs()
{
    m_outcome = Outcome::TakeTheirs;
    accept();
}

void ConflictDialog::keepAllMine()
{
    for (const QString& f : m_differing)
        setChoice(f, true);
    m_outcome = Outcome::Merged;
    accept();
}

void ConflictDialog::applyChoice()
{
    m_outcome = Outcome::Merged;
    accept();
}

} // namespace cd::ui
