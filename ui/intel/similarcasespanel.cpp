#include "similarcasespanel.h"

#include "cases/caseview.h"
#include "intel/similarcases.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace cd::ui {

SimilarCasesPanel::SimilarCasesPanel(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("similarCases"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title =
        new QLabel(tr("<b>Similar cases</b> (类案推送): shared facts are highlighted"), this);
    layout->addWidget(title);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("case"))
            emit caseRequested(url.path().toLongLong());
    });
}

QString SimilarCasesPanel::html() const
{
    return m_browser->toHtml();
}

void SimilarCasesPanel::setCase(const CaseRecord& record)
{
    if (record.id == m_caseId && record.version == m_version)
        return;
    m_caseId = record.id;
    m_version = record.version;
    if (record.id == 0) {
        m_browser->clear();
        return;
    }
    auto found = SimilarCases::find(m_db, record, 10);
    if (!found) {
        emit errorOccurred(found.errorMessage());
        return;
    }
    QString html = QStringLiteral("<style>mark{background:#fde68a;}</style>");
    if (found.value().isEmpty())
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr(
                    "No similar cases in this case store. Add facts to the summary to find some."));
    for (const SimilarCase& s : found.value()) {
        html +=
            QStringLiteral("<p><a href=\"case:%1\"><b>%2</b></a> %3 · %4 %5<br/>%6<br/>"
                           "<small>%7</small></p>")
                .arg(s.id)
                .arg(s.caseNumber.toHtmlEscaped(), s.cause.toHtmlEscaped(), tr("similarity"),
                     QString::number(s.score, 'f', 1), SimilarCases::highlight(s.summary, s.shared),
                     tr("Shared: %1")
                         .arg(QStringList(s.shared.mid(0, 8))
                                  .join(QStringLiteral("、"))
                                  .toHtmlEscaped()));
    }
    m_browser->setHtml(html);
}

SimilarCasesPanel* installSimilarCases(CaseView* view, Database& db)
{
    // Below the overview, in the same tab (a splitter between them): the tab count and order
    // stay the case view's own.
    QTabWidget* tabs = view->tabs();
    const int index = CaseView::OverviewTab;
    QWidget* overview = tabs->widget(index);
    const QString label = tabs->tabText(index);
    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("overviewTabSplitter"));
    auto* panel = new SimilarCasesPanel(db, split);
    tabs->removeTab(index);
    split->addWidget(overview);
    overview->show(); // the tab widget hid it when it stopped being the current page
    split->addWidget(panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The overview's own size hint is small (a form in a scroll area), and the splitter would
    // give it no height at all: start at 3:2 and never collapse it.
    split->setChildrenCollapsible(false);
    split->setSizes({3000, 2000});
    tabs->insertTab(index, split, label);
    tabs->setCurrentIndex(index);
    // Like the evidence tab: the case view has no "record changed" signal, and the search only
    // matters while the overview is on screen.
    auto follow = [view, tabs, panel, index] {
        if (tabs->currentIndex() == index && panel->isVisible())
            panel->setCase(view->hasRecord() ? view->record() : CaseRecord());
    };
    QObject::connect(tabs, &QTabWidget::currentChanged, panel, follow);
    auto* poll = new QTimer(panel);
    poll->setInterval(500);
    QObject::connect(poll, &QTimer::timeout, panel, follow);
    poll->start();
    QObject::connect(panel, &SimilarCasesPanel::errorOccurred, view, &CaseView::errorOccurred);
    return panel;
}

} // namespace cd::ui
