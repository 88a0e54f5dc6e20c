#include "draftingservices.h"

#include "common/progressjob.h"
#include "drafting/draftinglog.h"
#include "drafting/draftstore.h"
#include "statutes/statutelibrary.h"
#include "storage/profile.h"

#include <QPointer>

namespace cd::ui {

DraftingServices::DraftingServices(Profile& profile, QObject* parent)
    : QObject(parent), m_profile(profile)
{
}

DraftingServices::~DraftingServices() = default;

const TemplateRepository& DraftingServices::templates()
{
    if (!m_templates) {
        auto repo = TemplateRepository::load(m_profile.dir());
        // The built-in set is compiled in; failing to load it is a build error the tests catch.
        m_templates = std::make_unique<TemplateRepository>(repo ? std::move(repo).value()
                                                                : TemplateRepository());
        if (!repo)
            qCWarning(lcDrafting) << repo.errorMessage();
    }
    return *m_templates;
}

DraftStore* DraftingServices::store(QString* error)
{
    if (!m_store) {
        auto s =
            DraftStore::open(DraftStore::pathForProfile(m_profile.dir()), &m_profile.database());
        if (!s) {
            if (error)
                *error = s.errorMessage();
            return nullptr;
        }
        m_store = std::move(s).value();
    }
    return m_store.get();
}

void DraftingServices::ensureStatutes(QWidget* parent,
                                      const std::function<void(bool, const QString&)>& done)
{
    if (m_statutes) {
        done(true, {});
        return;
    }
    // Fast path: a current library opens at once, no import needed.
    auto* job = new ProgressJob(parent, tr("Statute Library"),
                                tr("Preparing the statute library (first use only)…"));
    auto error = std::make_shared<QString>();
    QPointer<DraftingServices> self(this);
    connect(job, &ProgressJob::finished, this, [self, job, error, done] {
        job->deleteLater();
        if (!self)
            return;
        if (error->isEmpty()) {
            // Opened again here: a database connection belongs to the thread that opened it.
            auto lib = StatuteLibrary::openDefault();
            if (lib)
                self->m_statutes = std::move(lib).value();
            else
                *error = lib.errorMessage();
        }
        done(self->m_statutes != nullptr, *error);
    });
    job->start([error](const ProgressJob::Progress& progress) {
        auto lib = StatuteLibrary::openDefault([&](int d, int t) { return progress(d, t); });
        if (!lib)
            *error = lib.errorMessage();
    });
}

} // namespace cd::ui
