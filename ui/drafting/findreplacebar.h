#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;

namespace cd::ui {

// Find and replace inside the editor, as a bar under the text (Ctrl+F / Ctrl+H). Searching
// wraps around; Replace all is one undo step.
class FindReplaceBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplaceBar(QTextEdit* editor, QWidget* parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool backward = false);
    bool replaceCurrent();
    int replaceAll();
    void setSearchText(const QString& text);
    void setReplaceText(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QTextEdit* m_editor;
    QLineEdit* m_find;
    QLineEdit* m_replace;
    QCheckBox* m_caseSensitive;
    QLabel* m_status;
    QWidget* m_replaceRow;
    QPushButton* m_next;
    QPushButton* m_prev;
    QPushButton* m_replaceOne;
    QPushButton* m_replaceAllButton;
    QPushButton* m_close;
};

} // namespace cd::ui
