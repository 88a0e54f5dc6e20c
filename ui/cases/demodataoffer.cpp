#include "demodataoffer.h"

#include "cases/demodata.h"
#include "common/logging.h"
#include "common/progressjob.h"
#include "storage/profile.h"

#include <QMessageBox>

#include <memory>

namespace cd::ui {

namespace {

// Cases per DemoData::generate call: small enough for a moving bar and a prompt Cancel.
constexpr int chunkSize = 20;

struct DemoOutcome
{
    int added = 0;
    QString error;
};

} // namespace

DemoDataOffer::DemoDataOffer(QWidget* window, Profile& profile, QObject* parent)
    : QObject(parent), m_window(window), m_profile(profile)
{
}

bool DemoDataOffer::isDue(int caseCount) const
{
    return caseCount == 0 && !m_profile.settings().value(SettingsKeys::demoOffered);
}

bool DemoDataOffer::ask()
{
    m_profile.settings().setValue(SettingsKeys::demoOffered, true);
    m_profile.settings().sync();
    const auto answer = QMessageBox::question(
        m_window, tr("Demo data"),
        tr("This desk has no cases yet.\n\nFill it with %n realistic demo case(s) to try "
           "CourtDesk out? Demo cases use invented names and can be deleted later.",
           nullptr, defaultCases),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    generate(defaultCases);
    return true;
}

void DemoDataOffer::generate(int cases)
{
    auto* job =
        new ProgressJob(m_window, tr("Demo data"), tr("Creating %n demo case(s)…", nullptr, cases));
    auto outcome = std::make_shared<DemoOutcome>();
    const QString path = m_profile.databasePath();
    connect(job, &ProgressJob::finished, this, [this, job, outcome] {
        emit finished(outcome->added, outcome->error);
        job->deleteLater();
    });
    job->start([outcome, path, cases](const ProgressJob::Progress& progress) {
        // A connection of this thread's own; SQLite's WAL lets the list keep reading meanwhile.
        auto db = Database::open(path);
        if (!db) {
            outcome->error = db.errorMessage();
            return;
        }
        progress(0, cases);
        for (int start = 0; start < cases; start += chunkSize) {
            DemoOptions options;
            options.cases = qMin(chunkSize, cases - start);
            options.seed = quint32(1 + start / chunkSize);
            auto made = DemoData::generate(*db.value(), options);
            if (!made) {
                qCWarning(lcUi) << "demo data failed:" << made.error().detail;
                outcome->error = made.errorMessage();
                return;
            }
            outcome->added += made.value();
            if (!progress(outcome->added, cases))
                return;
        }
    });
}

} // namespace cd::ui
