#include "timelimitdelegate.h"

#include "caselistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cd::ui {

namespace {
constexpr int badgeHPadding = 8;
constexpr int badgeVMargin = 3;
} // namespace

QColor TimeLimitDelegate::background(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case Urgency::Soon:
        return QColor(0xef, 0x6c, 0x00);
    case Urgency::Normal:
        return QColor(0xe3, 0xec, 0xe6);
    case Urgency::None:
        break;
    }
    return {};
}

QColor TimeLimitDelegate::foreground(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
    case Urgency::Soon:
        return Qt::white;
    case Urgency::Normal:
        return QColor(0x1e, 0x4d, 0x2b);
    case Urgency::None:
        break;
    }
    return {};
}

void TimeLimitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const auto urgency = Urgency(index.data(CaseListModel::UrgencyRole).toInt());
    const QString text = index.data(Qt::DisplayRole).toString();
    if (urgency == Urgency::None || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // Selection and focus background first, then the badge without the item text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics fm(option.font);
    const int width = qMin(fm.horizontalAdvance(text) + 2 * badgeHPadding, option.rect.width() - 4);
    const int height = qMin(fm.height() + 2, option.rect.height() - 2 * badgeVMargin);
    QRect badge(0, 0, width, height);
    badge.moveCenter(option.rect.center());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, background(urgency));
    painter->setPen(foreground(urgency));
    painter->setFont(option.font);
    painter->drawText(badge, Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, badge.width() - badgeHPadding));
    painter->restore();
}

QSize TimeLimitDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * badgeHPadding;
    return size;
}

} // namespace cd::ui
