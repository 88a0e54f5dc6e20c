#pragma once

#include "evidence/extractor.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cd::ui {

// Extraction results (人、证、事、法) of one evidence item as suggestions for the case's fields:
// kind, value and page of each; selecting one shows where it was found, "Use" (or a double
// click) accepts it with one click.
class SuggestionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SuggestionsPanel(QWidget* parent = nullptr);

    void setSuggestions(const QVector<Extraction>& suggestions);
    const QVector<Extraction>& suggestions() const { return m_items; }
    int count() const { return m_items.size(); }
    // Accepts the suggestion at row (what the Use button and a double click do).
    void accept(int row);

Q_SIGNALS:
    void selected(const cd::Extraction& suggestion);
    void accepted(const cd::Extraction& suggestion);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QTreeWidget* m_tree;
    QPushButton* m_use;
    QLabel* m_hint;
    QVector<Extraction> m_items;
};

} // namespace cd::ui
