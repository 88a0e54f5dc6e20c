#include "hearingmenu.h"

#include "batchbookingdialog.h"
#include "bookingdialog.h"
#include "calendarview.h"
#include "courtroomsdialog.h"
#include "drafting/drafteditor.h"
#include "drafting/draftingservices.h"
#include "hearing/hearingnotice.h"
#include "hearing/hearingrepository.h"
#include "storage/profile.h"

#include <QDialog>
#include <QEvent>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QVBoxLayout>

namespace cd::ui {

HearingMenu::HearingMenu(Profile& profile, QMenuBar* bar, QWidget* window,
                         std::function<qint64()> currentCase, std::function<void(qint64)> openCase,
                         DraftingServices* drafting)
    : QMenu(bar), m_profile(profile), m_window(window), m_currentCase(std::move(currentCase)),
      m_openCase(std::move(openCase)), m_drafting(drafting), m_calendar(addAction(QString())),
      m_book(addAction(QString())), m_batch(addAction(QString())), m_rooms(nullptr),
      m_notice(nullptr)
{
    setObjectName(QStringLiteral("hearingMenu"));
    m_notice = addAction(QString());
    addSeparator();
    m_rooms = addAction(QString());
    m_calendar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_book->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), this);
    connect(m_calendar, &QAction::triggered, this, [this] { openCalendar(); });
    connect(m_book, &QAction::triggered, this, &HearingMenu::bookCurrentCase);
    connect(m_batch, &QAction::triggered, this, &HearingMenu::openBatch);
    connect(m_rooms, &QAction::triggered, this, &HearingMenu::openCourtrooms);
    connect(m_notice, &QAction::triggered, this, &HearingMenu::noticeForCurrentCase);
    connect(this, &QMenu::aboutToShow, this, [this] {
        const bool hasCase = m_currentCase && m_currentCase() != 0;
        m_book->setEnabled(hasCase);
        m_notice->setEnabled(hasCase && m_drafting);
    });
    retranslateUi();
}

CalendarView* HearingMenu::openCalendar()
{
    auto* d = new QDialog(m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Hearing Calendar"));
    d->resize(1100, 720);
    auto* view = new CalendarView(m_profile.database(), d);
    auto* layout = new QVBoxLayout(d);
    layout->addWidget(view);
    connect(view, &CalendarView::caseRequested, this, [this](qint64 id) {
        if (m_openCase)
            m_openCase(id);
    });
    connect(view, &CalendarView::bookingActivated, d, [this, view](const Booking& b) {
        BookingDialog dialog(m_profile.database(), m_profile.actor(), b, view);
        if (dialog.exec() == QDialog::Accepted)
            view->reload();
    });
    connect(view, &CalendarView::errorOccurred, d,
            [d](const QString& m) { QMessageBox::warning(d, tr("Hearing Calendar"), m); });
    d->show();
    return view;
}

void HearingMenu::bookCurrentCase()
{
    const qint64 id = m_currentCase ? m_currentCase() : 0;
    if (!id)
        return;
    Booking b;
    b.caseId = id;
    BookingDialog d(m_profile.database(), m_profile.actor(), b, m_window);
    d.exec();
}

void HearingMenu::openBatch()
{
    BatchBookingDialog d(m_profile.database(), m_profile.actor(), m_window);
    if (m_currentCase && m_currentCase())
        d.checkCases({m_currentCase()});
    d.exec();
}

void HearingMenu::openCourtrooms()
{
    CourtroomsDialog d(m_profile.database(), m_profile.actor(), m_window);
    d.exec();
}

void HearingMenu::noticeForCurrentCase()
{
    const qint64 id = m_currentCase ? m_currentCase() : 0;
    if (!id || !m_drafting)
        return;
    auto list = HearingRepository(m_profile.database(), m_profile.actor()).bookingsForCase(id);
    if (!list) {
        QMessageBox::warning(m_window, tr("Hearing Notice"), list.errorMessage());
        return;
    }
    QVector<Booking> upcoming;
    for (const Booking& b : list.value()) {
        if (b.status == QLatin1String("scheduled") && b.endsAt >= QDateTime::currentDateTime())
            upcoming << b;
    }
    if (upcoming.isEmpty()) {
        QMessageBox::information(
            m_window, tr("Hearing Notice"),
            tr("This case has no upcoming sitting. Book one first (Ctrl+Shift+B)."));
        return;
    }
    QStringList labels;
    for (const Booking& b : std::as_const(upcoming))
        labels << QStringLiteral("%1 %2 %3")
                      .arg(b.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), b.roomName,
                           HearingVocabulary::purposeLabel(b.purpose));
    const QStringList ids = HearingNotice::templateIds(m_drafting->templates());
    QStringList templates;
    for (const QString& t : ids) {
        const auto* tpl = m_drafting->templates().find(t);
        templates << (tpl ? tpl->meta.title : t);
    }
    bool ok = false;
    const QString sitting = labels.size() == 1
                                ? labels.first()
                                : QInputDialog::getItem(m_window, tr("Hearing Notice"),
                                                        tr("Sitting:"), labels, 0, false, &ok);
    if (labels.size() > 1 && !ok)
        return;
    const QString chosen = QInputDialog::getItem(m_window, tr("Hearing Notice"), tr("Document:"),
                                                 templates, 0, false, &ok);
    if (!ok)
        return;
    const Booking b = upcoming.at(labels.indexOf(sitting));
    const QString templateId = ids.at(templates.indexOf(chosen));
    auto doc = HearingNotice::draft(m_profile.database(), m_drafting->templates(),
                                    m_drafting->statutes(), b, templateId, QDate::currentDate());
    QString error;
    DraftEditor* editor =
        doc ? DraftEditor::createFromDocument(*m_drafting, doc.value(), m_window, &error) : nullptr;
    if (!editor) {
        QMessageBox::warning(m_window, tr("Hearing Notice"), doc ? error : doc.errorMessage());
        return;
    }
    editor->setWindowFlag(Qt::Window);
    editor->show();
}

void HearingMenu::retranslateUi()
{
    setTitle(tr("&Hearings"));
    m_calendar->setText(tr("Hearing &Calendar"));
    m_book->setText(tr("&Book a Sitting for This Case…"));
    m_batch->setText(tr("B&atch Booking…"));
    m_notice->setText(tr("Hearing &Notice for This Case…"));
    m_rooms->setText(tr("Court&rooms…"));
}

void HearingMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

} // namespace cd::ui
