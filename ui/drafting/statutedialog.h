#pragma once

#include "statutes/statutelibrary.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QTimer;

namespace cd::ui {

// Insert statute: searches the texts in force on the document date and gives back a citation
// (《中华人民共和国民事诉讼法》第二百六十四条) and, if wanted, the article's text.
class StatuteDialog : public QDialog
{
    Q_OBJECT
public:
    StatuteDialog(const StatuteLibrary& library, const QDate& documentDate,
                  QWidget* parent = nullptr);

    void setQuery(const QString& query); // runs the search at once
    int resultCount() const;
    void selectResult(int row);

    QString citation() const;
    QString articleText() const; // 第二百六十四条　被执行人…; empty unless “with text” is checked
    bool withText() const;

private:
    void search();
    void showSelected();

    const StatuteLibrary& m_library;
    QDate m_date;
    QLineEdit* m_query;
    QListWidget* m_results;
    QTextBrowser* m_text;
    QLabel* m_version;
    QCheckBox* m_withText;
    QTimer* m_debounce;
    QVector<StatuteSearchHit> m_hits;
};

} // namespace cd::ui
