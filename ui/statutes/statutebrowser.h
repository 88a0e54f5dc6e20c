#pragma once

#include <QDialog>

#include <memory>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd {
class StatuteLibrary;
class StatutePush;
} // namespace cd

namespace cd::ui {

// The statute library: laws by category with their 编/章/节 outline, full-text search over the
// versions in force on a date, the article text with its version, and statute push from facts.
class StatuteBrowser : public QDialog
{
    Q_OBJECT
public:
    explicit StatuteBrowser(QWidget* parent = nullptr);
    ~StatuteBrowser() override;

    // Opens the library (importing the corpus on first use, a few seconds); false on failure,
    // with the reason shown in the dialog.
    bool load();
    void search(const QString& query);
    void suggest(const QString& facts);
    QTreeWidget* tree() const { return m_tree; }
    QTextBrowser* text() const { return m_text; }

private:
    void fillLaws();
    void expandLaw(QTreeWidgetItem* item);
    void showArticle(QTreeWidgetItem* item);

    std::unique_ptr<StatuteLibrary> m_lib;
    std::unique_ptr<StatutePush> m_push;
    QLineEdit* m_query;
    QDateEdit* m_date;
    QTreeWidget* m_tree;
    QTextBrowser* m_text;
    QPlainTextEdit* m_facts;
};

} // namespace cd::ui
