#include "statutedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace cd::ui {

StatuteDialog::StatuteDialog(const StatuteLibrary& library, const QDate& documentDate,
                             QWidget* parent)
    : QDialog(parent), m_library(library), m_date(documentDate), m_query(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_text(new QTextBrowser(this)), m_version(new QLabel(this)),
      m_withText(new QCheckBox(tr("Insert the article's text as a quotation"), this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("statuteDialog"));
    setWindowTitle(tr("Insert Statute"));
    m_query->setObjectName(QStringLiteral("statuteQuery"));
    m_query->setPlaceholderText(tr("Law and words or article, e.g. 民事诉讼法 第二百六十四条"));
    m_results->setObjectName(QStringLiteral("statuteResults"));
    m_version->setWordWrap(true);
    auto* intro = new QLabel(
        tr("Texts in force on %1.").arg(QLocale().toString(documentDate, QLocale::LongFormat)),
        this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_results);
    auto* right = new QWidget(split);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_version);
    rl->addWidget(m_text, 1);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Insert"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_query);
    layout->addWidget(split, 1);
    layout->addWidget(m_withText);
    layout->addWidget(buttons);
    resize(900, 560);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &StatuteDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this, &StatuteDialog::showSelected);
    connect(m_results, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_results->currentRow() >= 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void StatuteDialog::setQuery(const QString& query)
{
    m_query->setText(query);
    m_debounce->stop();
    search();
}

int StatuteDialog::resultCount() const
{
    return int(m_hits.size());
}

void StatuteDialog::selectResult(int row)
{
    m_results->setCurrentRow(row);
}

void StatuteDialog::search()
{
    m_hits = m_library.search(m_query->text(), m_date, 100);
    m_results->clear();
    for (const StatuteSearchHit& h : qAsConst(m_hits)) {
        QString preview = h.article.text.left(36);
        preview.replace(QLatin1Char('\n'), QLatin1Char(' '));
        m_results->addItem(
            QStringLiteral("《%1》%2  %3")
                .arg(statuteShortTitle(h.version.title), h.article.label(), preview));
    }
    if (!m_hits.isEmpty())
        m_results->setCurrentRow(0);
    else
        m_text->setPlainText(
            m_query->text().isEmpty() ? QString() : tr("Nothing in force on that date matches."));
}

void StatuteDialog::showSelected()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_hits.size())
        return;
    const StatuteSearchHit& h = m_hits.at(row);
    m_version->setText(
        tr("%1, text of %2, in force from %3%4.")
            .arg(h.version.title, h.version.versionDate.toString(Qt::ISODate),
                 h.version.effectiveFrom.toString(Qt::ISODate),
                 h.version.superseded()
                     ? tr(" to %1 (superseded)").arg(h.version.effectiveTo.toString(Qt::ISODate))
                     : QString()));
    m_text->setPlainText(h.article.label() + QChar(0x3000) + h.article.text);
}

QString StatuteDialog::citation() const
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_hits.size())
        return {};
    return QStringLiteral("《%1》%2")
        .arg(m_hits.at(row).version.title, m_hits.at(row).article.label());
}

bool StatuteDialog::withText() const
{
    return m_withText->isChecked();
}

QString StatuteDialog::articleText() const
{
    const int row = m_results->currentRow();
    if (!withText() || row < 0 || row >= m_hits.size())
        return {};
    QString t = m_hits.at(row).article.text;
    t.replace(QLatin1Char('\n'), QString());
    return m_hits.at(row).article.label() + QChar(0x3000) + t;
}

} // namespace cd::ui
