#include "messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace cd::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    retranslateUi();
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString colours = QStringLiteral("background: #e8f0fe; border: 1px solid #9db7e8;");
    if (kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        colours = QStringLiteral("background: #fff4e0; border: 1px solid #e8b460;");
    } else if (kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        colours = QStringLiteral("background: #fdecea; border: 1px solid #e39b95;");
    }
    setStyleSheet(QStringLiteral("QFrame#messageBar { %1 border-radius: 4px; }"
                                 " QFrame#messageBar QLabel { color: #202020; }")
                      .arg(colours));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    show();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void MessageBar::retranslateUi()
{
    m_close->setToolTip(tr("Close this message"));
}

} // namespace cd::ui
