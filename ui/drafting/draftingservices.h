#pragma once

#include "drafting/templaterepository.h"

#include <QObject>

#include <functional>
#include <memory>

namespace cd {
class DraftStore;
class Profile;
class StatuteLibrary;
} // namespace cd

namespace cd::ui {

// What the drafting windows of one profile share, created on first use on the GUI thread:
// the templates, the draft store and the statute library. The statute library may need a
// first import from the corpus (seconds); that runs on a worker thread behind a progress
// dialog, then the library is opened here.
class DraftingServices : public QObject
{
    Q_OBJECT
public:
    DraftingServices(Profile& profile, QObject* parent = nullptr);
    ~DraftingServices() override;

    Profile& profile() { return m_profile; }
    const TemplateRepository& templates();
    DraftStore* store(QString* error = nullptr);
    // Null until ready; ready() is emitted once it is (or has failed, with a message).
    StatuteLibrary* statutes() const { return m_statutes.get(); }
    // Opens the library, importing on a worker thread first when needed; done(ok) is called on
    // the GUI thread. parent is the window the progress dialog belongs to.
    void ensureStatutes(QWidget* parent,
                        const std::function<void(bool ok, const QString& error)>& done);

private:
    Profile& m_profile;
    std::unique_ptr<TemplateRepository> m_templates;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<StatuteLibrary> m_statutes;
    bool m_importing = false;
};

} // namespace cd::ui
