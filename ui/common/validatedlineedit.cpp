#include "validatedlineedit.h"

#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
const char invalidProperty[] = "invalid";
}

ValidatedLineEdit::ValidatedLineEdit(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_message(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);

    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    setFocusProxy(m_edit);
    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"] { border: 1px solid #c62828;"
                                 " border-radius: 3px; padding: 2px; background: #fff6f6; }"
                                 "QLabel#validationMessage { color: #c62828; }"));

    connect(m_edit, &QLineEdit::textEdited, this, [this] { m_touched = true; });
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        revalidate();
        emit textChanged(text);
    });
    revalidate();
}

void ValidatedLineEdit::setChecker(Checker checker)
{
    m_checker = std::move(checker);
    revalidate();
}

void ValidatedLineEdit::setRequiredMessage(const QString& message)
{
    m_requiredMessage = message;
    revalidate();
}

void ValidatedLineEdit::setText(const QString& text)
{
    m_edit->setText(text);
}

QString ValidatedLineEdit::text() const
{
    return m_edit->text();
}

void ValidatedLineEdit::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void ValidatedLineEdit::revalidate()
{
    const QString text = m_edit->text();
    QString error;
    if (text.trimmed().isEmpty())
        error = m_requiredMessage;
    else if (m_checker)
        error = m_checker(text);
    const bool wasValid = isValid();
    m_error = error;
    updateAppearance();
    if (wasValid != isValid())
        emit validityChanged(isValid());
}

void ValidatedLineEdit::updateAppearance()
{
    // An empty required field is not shouted at before the user has typed into it.
    const bool show = !m_error.isEmpty() && (m_touched || !m_edit->text().trimmed().isEmpty());
    if (m_edit->property(invalidProperty).toBool() != show) {
        m_edit->setProperty(invalidProperty, show);
        m_edit->style()->unpolish(m_edit);
        m_edit->style()->polish(m_edit);
    }
    m_message->setText(show ? m_error : QString());
    m_message->setVisible(show);
}

} // namespace cd::ui
