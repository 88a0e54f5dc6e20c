#pragma once

#include <QMenu>

#include <functional>

class QMenuBar;

namespace cd {
class Profile;
}

namespace cd::ui {

class CalendarView;
class DraftingServices;

// 庭审 (Hearings): the calendar, booking a sitting of the current case, batch booking, the
// courtrooms, and notices for a booked sitting. Goes before Help.
class HearingMenu : public QMenu
{
    Q_OBJECT
public:
    HearingMenu(Profile& profile, QMenuBar* bar, QWidget* window,
                std::function<qint64()> currentCase, std::function<void(qint64)> openCase,
                DraftingServices* drafting);

    CalendarView* openCalendar();
    void bookCurrentCase();
    void openBatch();
    void openCourtrooms();
    void noticeForCurrentCase();
    // Opens the internet hearing window for the current case (a Janus from courtdesk-janus).
    void startInternetHearing();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Profile& m_profile;
    QWidget* m_window;
    std::function<qint64()> m_currentCase;
    std::function<void(qint64)> m_openCase;
    DraftingServices* m_drafting;
    QAction* m_calendar;
    QAction* m_book;
    QAction* m_batch;
    QAction* m_rooms;
    QAction* m_notice;
    QAction* m_internet;
};

} // namespace cd::ui
