#pragma once

#include <QMenu>

#include <functional>

class QMenuBar;

namespace cd {
class Profile;
}

namespace cd::ui {

// 智能辅助: the statute library (browse, search, statute push) and the judge's dashboard. Goes
// before Help; also registers the profile's settings for the triage hints of the case list.
class IntelMenu : public QMenu
{
    Q_OBJECT
public:
    // openCase is called with a case id when the user picks a case behind a dashboard bar;
    // currentCase gives the case the closing check is for (0: none).
    IntelMenu(Profile& profile, QMenuBar* bar, QWidget* window,
              std::function<void(qint64)> openCase, std::function<qint64()> currentCase = {});
    ~IntelMenu() override;

    void openStatutes();
    void openDashboard();
    void openClosingCheck();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Profile& m_profile;
    QWidget* m_window;
    std::function<void(qint64)> m_openCase;
    std::function<qint64()> m_currentCase;
    QAction* m_statutes;
    QAction* m_dashboard;
    QAction* m_closing;
};

} // namespace cd::ui
