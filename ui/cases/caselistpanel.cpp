#include "caselistpanel.h"

#include "caselistmodel.h"
#include "casetableview.h"
#include "common/displayformat.h"
#include "timelimitdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace cd::ui {

CaseListPanel::CaseListPanel(CaseRepository& repository, QWidget* parent)
    : QWidget(parent), m_model(new CaseListModel(repository, this)), m_search(new QLineEdit(this)),
      m_view(new CaseTableView(this)), m_searchTimer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);

    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(CaseListModel::TimeLimitColumn, new TimeLimitDelegate(m_view));
    m_view->installEventFilter(this);
    setDefaultColumnWidths();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListPanel::applySearchNow);
    connect(m_search, &QLineEdit::returnPressed, this, &CaseListPanel::applySearchNow);

    // Clicking a header re-queries the store in that order; it never sorts fetched rows only.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSortIndicatorShown(true);
    // The parties digest takes whatever width the other columns leave, so the list never
    // needs a horizontal scroll bar.
    header->setSectionResizeMode(CaseListModel::PartiesColumn, QHeaderView::Stretch);
    header->setSectionsClickable(true);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (!CaseListModel::sortColumnFor(column, nullptr)) {
                    // Not sortable: put the indicator back where the data is.
                    QSignalBlocker block(m_view->horizontalHeader());
                    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                                 m_model->sortOrder());
                    return;
                }
                m_model->sort(column, order);
            });

    connect(m_model, &CaseListModel::errorOccurred, this, &CaseListPanel::errorOccurred);
    connect(m_model, &CaseListModel::modelAboutToBeReset, this,
            [this] { m_lastCurrent = currentCaseId(); });
    connect(m_model, &CaseListModel::queryChanged, this, [this] {
        updateEmptyText();
        reselect(m_lastCurrent);
        emit countsChanged();
    });
    connect(m_model, &CaseListModel::rowsInserted, this, &CaseListPanel::countsChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const qint64 id = m_model->caseIdAt(current.row());
                if (id != m_lastCurrent || !current.isValid()) {
                    m_lastCurrent = id;
                    emit currentCaseChanged(id);
                }
            });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->caseIdAt(index.row()))
            emit caseActivated(id);
    });
    retranslateUi();
}

qint64 CaseListPanel::currentCaseId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->caseIdAt(current.row()) : 0;
}

bool CaseListPanel::selectCase(qint64 id)
{
    const int row = m_model->rowOfCase(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, CaseListModel::NumberColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void CaseListPanel::reselect(qint64 id)
{
    // The reset dropped the selection without a signal; restore it, or fall back to the first
    // row so the case view never shows a case the list no longer contains.
    if (id && selectCase(id)) {
        if (m_lastCurrent != id) {
            m_lastCurrent = id;
            emit currentCaseChanged(id);
        }
        return;
    }
    if (m_model->rowCount() > 0) {
        m_lastCurrent = 0;
        m_view->setCurrentIndex(m_model->index(0, CaseListModel::NumberColumn));
        return;
    }
    m_lastCurrent = 0;
    emit currentCaseChanged(0);
}

void CaseListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseListPanel::refresh()
{
    m_model->refresh();
}

void CaseListPanel::applySearchNow()
{
    m_searchTimer->stop();
    m_model->setSearch(m_search->text());
}

QByteArray CaseListPanel::headerState() const
{
    return m_view->horizontalHeader()->saveState();
}

void CaseListPanel::restoreHeaderState(const QByteArray& state)
{
    QHeaderView* header = m_view->horizontalHeader();
    if (!state.isEmpty() && !header->restoreState(state))
        setDefaultColumnWidths();
    // restoreState() brings back the saved sort indicator; query in that order.
    if (CaseListModel::sortColumnFor(header->sortIndicatorSection(), nullptr))
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_model->ensureLoaded();
}

void CaseListPanel::setDefaultColumnWidths()
{
    const QFontMetrics fm = m_view->fontMetrics();
    const auto width = [&fm](const QString& sample) { return fm.horizontalAdvance(sample) + 24; };
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(CaseListModel::NumberColumn,
                          width(QStringLiteral("（2024）甘0102民初12345号")));
    header->resizeSection(CaseListModel::CauseColumn, width(QStringLiteral("民间借贷纠纷民间借")));
    header->resizeSection(CaseListModel::PartiesColumn,
                          width(QStringLiteral("张三丰 诉 某某有限公司某")));
    header->resizeSection(CaseListModel::JudgeColumn, width(QStringLiteral("欧阳明远")));
    header->resizeSection(CaseListModel::FiledColumn, width(QStringLiteral("2024-12-31")));
    header->resizeSection(CaseListModel::StatusColumn, width(QStringLiteral("审理中中")));
    header->resizeSection(
        CaseListModel::TimeLimitColumn,
        qMax(width(DisplayFormat::daysLeft(-99)), width(DisplayFormat::daysLeft(99))) + 24);
}

void CaseListPanel::fitBadgeColumn()
{
    // Badges are longer in some languages ("21 days overdue"); widen, never narrow.
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics fm = m_view->fontMetrics();
    const int needed = qMax(fm.horizontalAdvance(DisplayFormat::daysLeft(-99)),
                            fm.horizontalAdvance(DisplayFormat::daysLeft(99))) +
                       28;
    if (header->sectionSize(CaseListModel::TimeLimitColumn) < needed)
        header->resizeSection(CaseListModel::TimeLimitColumn, needed);
}

void CaseListPanel::updateEmptyText()
{
    if (m_model->search().isEmpty())
        m_view->setEmptyText(tr("No cases yet. Press Ctrl+N to file a new case."));
    else
        m_view->setEmptyText(tr("No case matches “%1”.").arg(m_model->search()));
}

bool CaseListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            applySearchNow();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    } else if (watched == m_view && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier &&
               (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        if (const qint64 id = currentCaseId())
            emit caseActivated(id);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CaseListPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        fitBadgeColumn();
    } else if (event->type() == QEvent::FontChange) {
        fitBadgeColumn();
        // Row heights follow the font; keep the open case in sight once they have.
        QTimer::singleShot(0, this, [this] { m_view->scrollTo(m_view->currentIndex()); });
    }
    QWidget::changeEvent(event);
}

void CaseListPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search case numbers, parties, ID numbers, causes (Ctrl+F)"));
    m_search->setToolTip(tr("Type two characters of a name or any part of a case number. "
                            "Esc clears the search."));
    updateEmptyText();
}

} // namespace cd::ui
