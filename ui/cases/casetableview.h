#pragma once

#include <QTableView>

namespace cd::ui {

// The case table. When there are no rows it says why (no cases yet, or nothing matches the
// search) instead of showing a blank pane.
class CaseTableView : public QTableView
{
    Q_OBJECT
public:
    explicit CaseTableView(QWidget* parent = nullptr);

    void setEmptyText(const QString& text);
    QString emptyText() const { return m_emptyText; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateRowHeight();

    QString m_emptyText;
};

} // namespace cd::ui
