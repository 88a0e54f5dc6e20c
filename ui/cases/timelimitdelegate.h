#pragma once

#include "common/displayformat.h"

#include <QStyledItemDelegate>

namespace cd::ui {

// Paints the time-limit column as a badge: red once overdue, orange within
// DisplayFormat::soonDays, quiet otherwise. Reads CaseListModel::UrgencyRole.
class TimeLimitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Badge colours (background, text) for an urgency; shared with the case view header.
    static QColor background(Urgency urgency);
    static QColor foreground(Urgency urgency);
};

} // namespace cd::ui
