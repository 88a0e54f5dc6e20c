#include "statutebrowser.h"

#include "intel/statutepush.h"
#include "statutes/statutelibrary.h"
#include "statutes/statuteoutline.h"

#include <QApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
constexpr int VersionRole = Qt::UserRole + 1; // law item: version id
constexpr int TextRole = Qt::UserRole + 2;    // article item: text to show
constexpr int LoadedRole = Qt::UserRole + 3;

QTreeWidgetItem* addOutline(QTreeWidgetItem* parent, const StatuteOutline::Node& node,
                            const QVector<StatuteArticle>& articles, const QString& header)
{
    auto* item = new QTreeWidgetItem(parent, {node.label});
    if (node.article >= 0) {
        const StatuteArticle& a = articles.at(node.article);
        item->setData(0, TextRole,
                      header + QStringLiteral("\n\n") + a.label() + QStringLiteral("　") + a.text);
    }
    for (const StatuteOutline::Node& child : node.children)
        addOutline(item, child, articles, header);
    return item;
}
} // namespace

StatuteBrowser::StatuteBrowser(QWidget* parent)
    : QDialog(parent), m_query(new QLineEdit(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)), m_tree(new QTreeWidget(this)),
      m_text(new QTextBrowser(this)), m_facts(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("statuteBrowser"));
    setWindowTitle(tr("Statute library"));
    resize(1100, 720);
    m_query->setPlaceholderText(
        tr("Search the laws in force, e.g. 迟延履行 or 民事诉讼法 第二百六十四条"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(new QLabel(tr("In force on"), this));
    top->addWidget(m_date);
    auto* reset = new QPushButton(tr("All laws"), this);
    top->addWidget(reset);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_facts->setPlaceholderText(tr("Paste the facts of a case here and press Suggest articles."));
    m_facts->setMaximumHeight(120);
    auto* suggestButton = new QPushButton(tr("Suggest articles"), this);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_text, 1);
    rightLayout->addWidget(m_facts);
    rightLayout->addWidget(suggestButton, 0, Qt::AlignRight);
    auto* split = new QSplitter(this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_query->clear();
        fillLaws();
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this, &StatuteBrowser::expandLaw);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { showArticle(item); });
    connect(suggestButton, &QPushButton::clicked, this,
            [this] { suggest(m_facts->toPlainText()); });
}

StatuteBrowser::~StatuteBrowser() = default;

bool StatuteBrowser::load()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto lib = StatuteLibrary::openDefault();
    QApplication::restoreOverrideCursor();
    if (!lib) {
        m_text->setPlainText(lib.errorMessage());
        return false;
    }
    m_lib = std::move(lib).value();
    fillLaws();
    return true;
}

void StatuteBrowser::fillLaws()
{
    m_tree->clear();
    if (!m_lib)
        return;
    QMap<QString, QTreeWidgetItem*> categories;
    for (const QString& title : m_lib->titles()) {
        const auto v = m_lib->versionInForce(title, m_date->date());
        if (!v)
            continue;
        QTreeWidgetItem*& cat = categories[v->category];
        if (!cat)
            cat = new QTreeWidgetItem(m_tree, {v->category});
        auto* law = new QTreeWidgetItem(cat, {title});
        law->setData(0, VersionRole, v->id);
        law->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    }
}

void StatuteBrowser::expandLaw(QTreeWidgetItem* item)
{
    if (!m_lib || !item->data(0, VersionRole).isValid() || item->data(0, LoadedRole).toBool())
        return;
    item->setData(0, LoadedRole, true);
    const auto v = m_lib->version(item->data(0, VersionRole).toLongLong());
    auto arts = StatuteOutline::articles(m_lib->path(), item->data(0, VersionRole).toLongLong());
    if (!v || !arts)
        return;
    const QString header = tr("%1 (text of %2, in force from %3)")
                               .arg(v->title, v->versionDate.toString(Qt::ISODate),
                                    v->effectiveFrom.toString(Qt::ISODate));
    const StatuteOutline::Node root = StatuteOutline::tree(arts.value());
    for (const StatuteOutline::Node& child : root.children)
        addOutline(item, child, arts.value(), header);
}

void StatuteBrowser::showArticle(QTreeWidgetItem* item)
{
    if (item && item->data(0, TextRole).isValid())
        m_text->setPlainText(item->data(0, TextRole).toString());
}

void StatuteBrowser::search(const QString& query)
{
    if (!m_lib)
        return;
    m_tree->clear();
    const auto hits = m_lib->search(query, m_date->date(), 200);
    auto* root = new QTreeWidgetItem(
        m_tree, {tr("%n result(s) for “%1”", nullptr, int(hits.size())).arg(query)});
    for (const StatuteSearchHit& h : hits) {
        auto* item = new QTreeWidgetItem(
            root, {statuteShortTitle(h.version.title) + QStringLiteral(" ") + h.article.label()});
        item->setData(0, TextRole,
                      h.version.title + QStringLiteral("\n") + h.article.heading +
                          QStringLiteral("\n\n") + h.article.label() + QStringLiteral("　") +
                          h.article.text);
    }
    root->setExpanded(true);
}

void StatuteBrowser::suggest(const QString& facts)
{
    if (!m_lib)
        return;
    if (!m_push) {
        auto push = StatutePush::create(*m_lib, m_date->date());
        if (!push) {
            m_text->setPlainText(push.errorMessage());
            return;
        }
        m_push = std::move(push).value();
    }
    m_tree->clear();
    auto* root = new QTreeWidgetItem(m_tree, {tr("Suggested articles")});
    for (const StatuteSuggestion& s : m_push->suggest(facts, 10)) {
        auto* item = new QTreeWidgetItem(
            root, {QStringLiteral("%1 %2 第%3条 (%4)")
                       .arg(s.charge.isEmpty() ? QString() : s.charge, statuteShortTitle(s.law),
                            s.article, QString::number(s.score, 'f', 1))
                       .trimmed()});
        item->setData(0, TextRole,
                      s.law + QStringLiteral(" 第") + s.article + QStringLiteral("条\n\n") +
                          s.text + QStringLiteral("\n\n") + tr("Why: %1").arg(s.why));
    }
    root->setExpanded(true);
    if (root->childCount() > 0)
        m_tree->setCurrentItem(root->child(0));
}

} // namespace cd::ui
