#include "findreplacebar.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QTextEdit>

namespace cd::ui {

FindReplaceBar::FindReplaceBar(QTextEdit* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_find(new QLineEdit(this)),
      m_replace(new QLineEdit(this)), m_caseSensitive(new QCheckBox(this)),
      m_status(new QLabel(this)), m_replaceRow(new QWidget(this)), m_next(new QPushButton(this)),
      m_prev(new QPushButton(this)), m_replaceOne(new QPushButton(this)),
      m_replaceAllButton(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    m_find->setObjectName(QStringLiteral("findText"));
    m_replace->setObjectName(QStringLiteral("replaceText"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(m_prev, 0, 1);
    grid->addWidget(m_next, 0, 2);
    grid->addWidget(m_caseSensitive, 0, 3);
    grid->addWidget(m_status, 0, 4);
    grid->addWidget(m_close, 0, 5);
    auto* row = new QHBoxLayout(m_replaceRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_replace, 1);
    row->addWidget(m_replaceOne);
    row->addWidget(m_replaceAllButton);
    grid->addWidget(m_replaceRow, 1, 0, 1, 6);
    grid->setColumnStretch(0, 1);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(m_prev, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(m_replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(m_close, &QPushButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    retranslateUi();
    hide();
}

void FindReplaceBar::retranslateUi()
{
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_next->setText(tr("Next"));
    m_prev->setText(tr("Previous"));
    m_caseSensitive->setText(tr("Match case"));
    m_replaceOne->setText(tr("Replace"));
    m_replaceAllButton->setText(tr("Replace All"));
    m_close->setText(tr("Close"));
}

void FindReplaceBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindReplaceBar::showFind()
{
    m_replaceRow->hide();
    show();
    const QString sel = m_editor->textCursor().selectedText();
    if (!sel.isEmpty())
        m_find->setText(sel);
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindReplaceBar::setSearchText(const QString& text)
{
    m_find->setText(text);
}

void FindReplaceBar::setReplaceText(const QString& text)
{
    m_replace->setText(text);
}

bool FindReplaceBar::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor found = m_editor->document()->find(text, m_editor->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around once.
        QTextCursor start(m_editor->document());
        if (backward)
            start.movePosition(QTextCursor::End);
        found = m_editor->document()->find(text, start, flags);
    }
    if (found.isNull()) {
        m_status->setText(tr("Not found"));
        return false;
    }
    m_status->clear();
    m_editor->setTextCursor(found);
    return true;
}

bool FindReplaceBar::replaceCurrent()
{
    QTextCursor c = m_editor->textCursor();
    const Qt::CaseSensitivity cs =
        m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (c.hasSelection() && c.selectedText().compare(m_find->text(), cs) == 0) {
        c.insertText(m_replace->text());
        m_editor->setTextCursor(c);
    }
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock();
    int n = 0;
    QTextCursor c(m_editor->document());
    while (true) {
        c = m_editor->document()->find(text, c, flags);
        if (c.isNull())
            break;
        c.insertText(m_replace->text());
        ++n;
    }
    edit.endEditBlock();
    m_status->setText(tr("%n replaced", nullptr, n));
    return n;
}

} // namespace cd::ui
