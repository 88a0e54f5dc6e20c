#include "evidencetabhook.h"

#include "cases/caseview.h"
#include "evidencereviewwidget.h"

#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

namespace cd::ui {

EvidenceReviewWidget* installEvidenceReview(CaseView* view, Profile& profile)
{
    QTabWidget* tabs = view->tabs();
    const int index = CaseView::EvidenceTab;
    QWidget* list = tabs->widget(index);
    const QString label = tabs->tabText(index);
    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("evidenceTabSplitter"));
    auto* review = new EvidenceReviewWidget(profile, split);
    tabs->removeTab(index);
    split->addWidget(list);
    list->show(); // the tab widget hid it when it stopped being the current page
    split->addWidget(review);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    tabs->insertTab(index, split, label);

    // The case view has no "record changed" signal; following the visible tab is enough:
    // the review only needs the case when it is on screen.
    auto follow = [view, tabs, review, index] {
        if (tabs->currentIndex() == index)
            review->setCase(view->hasRecord() ? view->record().id : 0);
    };
    QObject::connect(tabs, &QTabWidget::currentChanged, review, follow);
    auto* poll = new QTimer(review);
    poll->setInterval(500);
    QObject::connect(poll, &QTimer::timeout, review, follow);
    poll->start();
    QObject::connect(review, &EvidenceReviewWidget::errorOccurred, view, &CaseView::errorOccurred);
    return review;
}

} // namespace cd::ui
