#include "suggestionspanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

SuggestionsPanel::SuggestionsPanel(QWidget* parent)
    : QWidget(parent), m_tree(new QTreeWidget(this)), m_use(new QPushButton(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("evidenceSuggestions"));
    m_tree->setObjectName(QStringLiteral("suggestionTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(3);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_hint->setWordWrap(true);
    m_use->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_use);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const int row = item ? m_tree->indexOfTopLevelItem(item) : -1;
        m_use->setEnabled(row >= 0);
        if (row >= 0)
            Q_EMIT selected(m_items.at(row));
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { accept(m_tree->indexOfTopLevelItem(item)); });
    connect(m_use, &QPushButton::clicked, this,
            [this] { accept(m_tree->indexOfTopLevelItem(m_tree->currentItem())); });
    retranslateUi();
}

void SuggestionsPanel::setSuggestions(const QVector<Extraction>& suggestions)
{
    m_items = suggestions;
    m_tree->clear();
    for (const Extraction& e : m_items) {
        QString value = e.display;
        if (e.kind == ExtractKind::PartyName && !e.role.isEmpty())
            value = QStringLiteral("%1 (%2)").arg(
                e.display, e.matched.left(e.matched.size() - e.display.size()));
        auto* item = new QTreeWidgetItem(
            m_tree, {Extractor::kindLabel(e.kind), value, QString::number(e.page)});
        item->setToolTip(1, e.matched);
    }
    m_use->setEnabled(false);
}

void SuggestionsPanel::accept(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    QTreeWidgetItem* item = m_tree->topLevelItem(row);
    item->setText(1, QStringLiteral("✓ ") + item->text(1).remove(QStringLiteral("✓ ")));
    Q_EMIT accepted(m_items.at(row));
}

void SuggestionsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SuggestionsPanel::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Kind"), tr("Value"), tr("Page")});
    m_use->setText(tr("Use for the case"));
    m_hint->setText(tr("Found in the recognised text. Select one to see where it is; use it with "
                       "one click."));
}

} // namespace cd::ui
