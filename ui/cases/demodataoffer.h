#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace cd {
class Profile;
}

namespace cd::ui {

// First start on an empty profile: offers to fill it with realistic demo cases, once. The
// cases are written on a worker thread behind a progress dialog with Cancel.
class DemoDataOffer : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultCases = 200;

    DemoDataOffer(QWidget* window, Profile& profile, QObject* parent = nullptr);

    // Whether the offer is due: no cases in the store and never offered in this profile.
    bool isDue(int caseCount) const;
    // Asks (once per profile) and starts generating on yes. Returns whether it started.
    bool ask();
    // Generates cases without asking.
    void generate(int cases = defaultCases);

signals:
    // Done or cancelled: added cases; error is core's message, empty on success.
    void finished(int added, const QString& error);

private:
    QPointer<QWidget> m_window;
    Profile& m_profile;
};

} // namespace cd::ui
