#include "session.h"

#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "cases/caselistmodel.h"
#include "cases/caselistpanel.h"
#include "cases/demodataoffer.h"
#include "common/logging.h"
#include "common/messagebar.h"
#include "storage/backupcontroller.h"
#include "storage/profile.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace cd::ui {

Session::Session(LanguageManager& languages, StartupOptions options, QObject* parent)
    : QObject(parent), m_languages(languages), m_options(std::move(options))
{
    if (m_options.profileDir.isEmpty())
        m_options.profileDir = Profile::defaultDir();
}

Session::~Session()
{
    m_window.reset();
    m_profile.reset();
}

bool Session::start()
{
    QElapsedTimer timer;
    timer.start();
    if (!openProfile())
        return false;
    qCDebug(lcUi) << "profile opened in" << timer.restart() << "ms";
    // The profile's language, unless --language chose one for this run.
    const QString language = m_options.language.isEmpty()
                                 ? m_profile->settings().value(SettingsKeys::language)
                                 : m_options.language;
    if (language != m_languages.current())
        m_languages.apply(language);
    createWindow();
    qCDebug(lcUi) << "main window created in" << timer.elapsed() << "ms";
    return true;
}

bool Session::openProfile()
{
    auto profile = Profile::open(m_options.profileDir);
    if (!profile) {
        qCDebug(lcUi) << "cannot open profile" << m_options.profileDir << profile.error().detail;
        reportError(
            tr("CourtDesk cannot open the profile %1.\n\n%2")
                .arg(QDir::toNativeSeparators(m_options.profileDir), profile.errorMessage()));
        return false;
    }
    m_profile = std::move(profile).value();
    qCDebug(lcUi) << "opened profile" << m_profile->dir();
    return true;
}

void Session::createWindow()
{
    m_window = std::make_unique<MainWindow>(*m_profile, &m_languages);
    m_window->setSaveStateOnClose(!m_options.quitAfterFirstPaint);
    connect(m_window.get(), &MainWindow::restoreRequested, this, &Session::restore,
            Qt::QueuedConnection);
    m_window->show();
    emit windowReplaced(m_window.get());
}

void Session::reportError(const QString& message)
{
    if (m_options.quitAfterFirstPaint) {
        std::fprintf(stderr, "courtdesk: %s\n", qPrintable(message));
        return;
    }
    QMessageBox::critical(m_window.get(), tr("CourtDesk"), message);
}

void Session::offerDemoData()
{
    if (m_options.noDemoPrompt || m_options.quitAfterFirstPaint || !m_window)
        return;
    auto* offer = new DemoDataOffer(m_window.get(), *m_profile, m_window.get());
    if (!offer->isDue(m_window->caseList()->model()->totalCount())) {
        offer->deleteLater();
        return;
    }
    MainWindow* window = m_window.get();
    connect(offer, &DemoDataOffer::finished, window,
            [window, offer](int added, const QString& error) {
                window->refresh();
                if (!error.isEmpty())
                    QMessageBox::warning(window, DemoDataOffer::tr("Demo data"), error);
                else
                    window->showStatusMessage(
                        DemoDataOffer::tr("Added %n demo case(s).", nullptr, added));
                offer->deleteLater();
            });
    if (!offer->ask())
        offer->deleteLater();
}

void Session::restore(const QString& backupFile)
{
    // The profile folder is about to be swapped: nothing may hold it open.
    const QString dir = m_profile->dir();
    m_window->saveWindowState();
    m_window.reset();
    m_profile.reset();
    QApplication::setQuitOnLastWindowClosed(false);
    BackupController::runRestore(
        nullptr, dir, backupFile, [this, dir](const Result<BackupSummary>& result) {
            QString message;
            if (result) {
                message = tr("Backup restored. The profile it replaced is kept in %1.")
                              .arg(QDir::toNativeSeparators(result->previousProfileMovedTo));
            } else if (result.error().code != ErrorCode::Cancelled) {
                qCWarning(lcUi) << "restore failed:" << result.error().detail;
                message = result.errorMessage();
            }
            finishRestore(dir, message, !result);
        });
}

void Session::finishRestore(const QString& dir, const QString& message, bool failed)
{
    m_options.profileDir = dir;
    QApplication::setQuitOnLastWindowClosed(true);
    if (!openProfile()) {
        QCoreApplication::exit(1);
        return;
    }
    createWindow();
    if (message.isEmpty())
        return;
    if (failed)
        QMessageBox::warning(m_window.get(), tr("Restore from Backup"), message);
    else
        m_window->messageBar()->showMessage(MessageBar::Kind::Information, message);
}

} // namespace cd::ui
