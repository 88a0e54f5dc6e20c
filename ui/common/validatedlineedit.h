#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace cd::ui {

// A line edit that checks its text as the user types: a red border and the checker's message
// under the field while the text is invalid. The message comes from core (already translated);
// the widget never invents one.
class ValidatedLineEdit : public QWidget
{
    Q_OBJECT
public:
    // Returns an empty string when the text is acceptable, else the message to show.
    using Checker = std::function<QString(const QString&)>;

    explicit ValidatedLineEdit(QWidget* parent = nullptr);

    void setChecker(Checker checker);
    // An empty field is invalid with this message; by default an empty field is acceptable.
    void setRequiredMessage(const QString& message);
    // The message is shown for an empty required field only after the user has touched it.
    void setText(const QString& text);
    QString text() const;
    void setPlaceholderText(const QString& text);
    QLineEdit* lineEdit() const { return m_edit; }

    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    // Re-runs the checker (e.g. when another field changes what is acceptable here).
    void revalidate();

signals:
    void textChanged(const QString& text);
    void validityChanged(bool valid);

private:
    void updateAppearance();

    QLineEdit* m_edit;
    QLabel* m_message;
    Checker m_checker;
    QString m_requiredMessage;
    QString m_error;
    bool m_touched = false;
};

} // namespace cd::ui
