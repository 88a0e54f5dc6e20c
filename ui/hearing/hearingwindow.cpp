#include "hearingwindow.h"

#include "cases/caserecord.h"
#include "common/clock.h"
#include "hearing/hearinglog.h"
#include "hearing/hearingpage.h"
#include "hearing/hearingsession.h"
#include "hearing/transcript.h"
#include "transcripteditor.h"

#include <QBuffer>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace cd::ui {

HearingBridge::HearingBridge(HearingSession& session, QObject* parent)
    : QObject(parent), m_session(session)
{
    connect(&m_session, &HearingSession::waitingChanged, this,
            [this](const QVector<WaitingParty>& list) {
                QJsonArray a;
                for (const WaitingParty& w : list)
                    a.append(QJsonObject{{QStringLiteral("key"), w.key},
                                         {QStringLiteral("name"), w.name}});
                Q_EMIT waitingChanged(QString::fromUtf8(QJsonDocument(a).toJson()));
            });
    connect(&m_session, &HearingSession::moderated, this,
            [this](qint64 id, const QString& mid, bool muted) {
                Q_EMIT moderationChanged(QString::number(id), mid, muted);
            });
}

// The page's strings, translated here (the page itself has the English source only).
QString HearingBridge::stringsJson() const
{
    const QJsonObject s{
        {QStringLiteral("title"), tr("Internet hearing")},
        {QStringLiteral("connecting"), tr("Connecting…")},
        {QStringLiteral("waiting"), tr("Waiting for the judge to admit you…")},
        {QStringLiteral("inHearing"), tr("In the hearing")},
        {QStringLiteral("left"), tr("You left the hearing.")},
        {QStringLiteral("kicked"), tr("The judge removed you from the hearing.")},
        {QStringLiteral("failed"), tr("Connection failed: ")},
        {QStringLiteral("audioOnly"), tr("Audio only")},
        {QStringLiteral("videoOn"), tr("Video on")},
        {QStringLiteral("leave"), tr("Leave")},
        {QStringLiteral("rejoin"), tr("Rejoin")},
        {QStringLiteral("admit"), tr("Admit")},
        {QStringLiteral("mute"), tr("Mute")},
        {QStringLiteral("unmute"), tr("Unmute")},
        {QStringLiteral("remove"), tr("Remove")},
        {QStringLiteral("waitingRoom"), tr("Waiting room")},
        {QStringLiteral("participants"), tr("In the hearing")},
        {QStringLiteral("nobody"), tr("Nobody")},
        {QStringLiteral("good"), tr("Good connection")},
        {QStringLiteral("fair"), tr("Unstable connection")},
        {QStringLiteral("poor"), tr("Poor connection")},
        {QStringLiteral("fallback"), tr("Poor connection: switched to audio only.")},
        {QStringLiteral("you"), tr("You")},
    };
    return QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact));
}

void HearingBridge::admit(const QString& key)
{
    m_session.admit(key);
}

void HearingBridge::mute(const QString& feed, const QString& mid, bool mute)
{
    m_session.mute(feed.toLongLong(), mid, mute);
}

void HearingBridge::kick(const QString& feed)
{
    m_session.kick(feed.toLongLong());
}

void HearingBridge::report(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (!o.isEmpty())
        Q_EMIT statusReported(o);
}

namespace {

// Grants the camera, microphone and screen to our own page only; anything else is refused.
class HearingPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message,
                                  int line, const QString& source) override
    {
        if (level == ErrorMessageLevel)
            qCWarning(lcHearing).noquote() << "page:" << message << source << line;
        else
            qCDebug(lcHearing).noquote() << "page:" << message;
    }
};

} // namespace

HearingWindow::HearingWindow(HearingSession& session, const QUrl& janusApi, QWidget* parent)
    : QWidget(parent, Qt::Window), m_session(session), m_janus(janusApi),
      m_profile(new QWebEngineProfile(this)), // off the record: no cookies or cache on disk
      m_view(new QWebEngineView(this)), m_channel(new QWebChannel(this)),
      m_bridge(new HearingBridge(session, this)), m_message(new QLabel(this)),
      m_share(new QPushButton(tr("Share Evidence Page…"), this)),
      m_end(new QPushButton(tr("End Hearing"), this)), m_transcript(new Transcript(this)),
      m_transcriptEditor(new TranscriptEditor(*m_transcript, this))
{
    setObjectName(QStringLiteral("hearingWindow"));
    setWindowTitle(tr("Internet Hearing"));
    resize(1200, 760);
    m_message->setWordWrap(true);
    m_message->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(m_message, 1);
    top->addStretch(1);
    top->addWidget(m_share);
    top->addWidget(m_end);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_transcriptEditor);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto* page = new HearingPage(m_profile, m_view);
    QWebEngineSettings* s = page->settings();
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true); // the Janus API
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, true);
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);
    connect(page, &QWebEnginePage::featurePermissionRequested, this,
            [this, page](const QUrl& origin, QWebEnginePage::Feature feature) {
                const bool ours = origin.scheme() == QLatin1String("file") ||
                                  origin.isParentOf(page->url()) ||
                                  origin.host() == page->url().host();
                const bool media = feature == QWebEnginePage::MediaAudioCapture ||
                                   feature == QWebEnginePage::MediaVideoCapture ||
                                   feature == QWebEnginePage::MediaAudioVideoCapture ||
                                   feature == QWebEnginePage::DesktopVideoCapture ||
                                   feature == QWebEnginePage::DesktopAudioVideoCapture;
                page->setFeaturePermission(origin, feature,
                                           ours && media ? QWebEnginePage::PermissionGrantedByUser
                                                         : QWebEnginePage::PermissionDeniedByUser);
                qCInfo(lcHearing) << "permission" << feature << origin << (ours && media);
            });
    // qwebchannel.js before the page's own scripts run.
    QFile channelJs(QStringLiteral(":/qtwebchannel/qwebchannel.js"));
    if (channelJs.open(QIODevice::ReadOnly)) {
        QWebEngineScript script;
        script.setName(QStringLiteral("qwebchannel"));
        script.setSourceCode(QString::fromUtf8(channelJs.readAll()));
        script.setInjectionPoint(QWebEngineScript::DocumentCreation);
        script.setWorldId(QWebEngineScript::MainWorld);
        page->scripts().insert(script);
    }
    m_channel->registerObject(QStringLiteral("hearingBridge"), m_bridge);
    page->setWebChannel(m_channel);
    m_view->setPage(page);

    connect(m_bridge, &HearingBridge::statusReported, this, [this](const QJsonObject& o) {
        m_status = o;
        Q_EMIT statusReported(o);
    });
    connect(&m_session, &HearingSession::failed, this,
            [this](const Error& e) { showMessage(e.message, true); });
    connect(&m_session, &HearingSession::ended, this, &HearingWindow::startRecordingWork);
    // Transcript lines count from when the session (and Janus's recording) started.
    connect(&m_session, &HearingSession::started, m_transcript, [this] {
        if (!m_transcript->recordingStart().isValid())
            m_transcript->setRecordingStart(Clock::instance().now());
    });
    connect(m_end, &QPushButton::clicked, this, &HearingWindow::endHearing);
    connect(m_share, &QPushButton::clicked, this, &HearingWindow::toggleSharing);
}

HearingWindow::~HearingWindow()
{
    // The page must go before its profile.
    delete m_view;
}

QWebEnginePage* HearingWindow::page() const
{
    return m_view->page();
}

void HearingWindow::setRecording(Database& db, const QString& actor, const QString& caseUuid,
                                 const QString& caseNumber, const QString& recDir,
                                 const QString& outDir)
{
    m_db = &db;
    m_actor = actor;
    m_caseUuid = caseUuid;
    m_caseNumber = caseNumber;
    m_recDir = recDir;
    m_outDir = outDir;
}

void HearingWindow::setTranscriptCase(const CaseRecord& c, DraftStore* store, const QString& author)
{
    TranscriptHeader h = m_transcript->header();
    h.caseNumber = c.caseNumber;
    h.court = c.courtName;
    h.cause = c.cause;
    h.place = QStringLiteral("互联网法庭"); // document text: the internet courtroom
    m_transcript->setHeader(h);
    m_transcript->setSpeakers(Transcript::speakersFor(c));
    m_transcriptEditor->reloadSpeakers();
    m_transcriptEditor->setStore(store, author);
    m_transcript->setAutosave(store, author, 60 * 1000);
    if (m_outDir.isEmpty() || !QDir().mkpath(m_outDir))
        return;
    // A journal left by a session that did not end cleanly: its lines come back first.
    const QString journal = QDir(m_outDir).filePath(QStringLiteral("transcript.json"));
    if (QFile::exists(journal)) {
        if (auto r = m_transcript->restoreJournal(journal); r && r.value() > 0) {
            showMessage(
                tr("%n transcript line(s) restored from the last session.", nullptr, r.value()),
                false);
        } else if (!r) {
            showMessage(r.errorMessage(), true);
            // Kept aside for a look, not overwritten.
            QFile::rename(journal, journal + QStringLiteral(".damaged"));
        }
    }
    m_transcript->setJournalPath(journal);
}

Result<void> HearingWindow::open()
{
    if (!m_pageDir.isValid())
        return makeError(ErrorCode::Io, tr("Cannot create a folder for the hearing page."));
    auto html = cd::HearingPage::install(m_pageDir.path());
    if (!html)
        return html.error();
    HearingPageParams p;
    p.mode = QStringLiteral("judge");
    // The backend's answer (the server's Janus URL), else the one the window was given.
    p.janus = m_session.janusUrl().isValid() ? m_session.janusUrl() : m_janus;
    p.room = m_session.room();
    p.token = m_session.judgeToken();
    p.name = m_session.judgeName();
    m_view->load(cd::HearingPage::url(QUrl::fromLocalFile(html.value()), p));
    return {};
}

void HearingWindow::shareImage(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString url =
        QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    page()->runJavaScript(QStringLiteral("hearing.shareImage('%1')").arg(url));
    m_sharing = true;
    m_share->setText(tr("Stop Sharing"));
}

void HearingWindow::stopSharing()
{
    page()->runJavaScript(QStringLiteral("hearing.stopSharing()"));
    m_sharing = false;
    m_share->setText(tr("Share Evidence Page…"));
}

void HearingWindow::toggleSharing()
{
    if (m_sharing)
        return stopSharing();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Share Evidence Page"), QString(),
                                     tr("Page images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)"));
    if (file.isEmpty())
        return;
    const QImage image(file);
    if (image.isNull()) {
        showMessage(tr("%1 is not an image that can be shown.").arg(file), true);
        return;
    }
    shareImage(image);
}

void HearingWindow::endHearing()
{
    if (m_ending)
        return;
    m_ending = true;
    m_end->setEnabled(false);
    showMessage(tr("Ending the hearing…"), false);
    page()->runJavaScript(QStringLiteral("hearing.leave()"));
    // Janus closes the recordings when the room goes.
    m_session.end();
}

void HearingWindow::startRecordingWork()
{
    Q_EMIT hearingEnded();
    if (!m_db) {
        showMessage(tr("The hearing has ended."), false);
        if (m_closeWhenDone)
            close();
        return;
    }
    showMessage(tr("Converting and hashing the recording…"), false);
    m_recording = new HearingRecording(*m_db, m_actor, this);
    connect(m_recording, &HearingRecording::finished, this, [this](bool ok) {
        const auto r = m_recording->result();
        if (r)
            showMessage(tr("The hearing has ended. %n recorded track(s) were converted, "
                           "hashed and entered in the case's audit trail.",
                           nullptr, int(r.value().size())),
                        false);
        else
            showMessage(r.errorMessage(), true);
        Q_EMIT recordingFinished(ok);
        if (ok && m_closeWhenDone)
            close();
    });
    m_recording->finalize(m_session.room(), m_recDir, m_outDir, m_caseUuid, m_caseNumber);
}

Result<QVector<RecordedTrack>> HearingWindow::recordingResult() const
{
    if (!m_recording)
        return makeError(ErrorCode::Cancelled, tr("The hearing has not ended yet."));
    return m_recording->result();
}

void HearingWindow::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("background:#f8d7da;color:#721c24;padding:6px")
                                   : QStringLiteral("background:#e2e3e5;padding:6px"));
    m_message->show();
}

void HearingWindow::closeEvent(QCloseEvent* event)
{
    // Closing ends the hearing first; the window stays until the recording is converted,
    // hashed and audited (or shows why it was not). A second close then closes it.
    const bool busy = (m_recording && m_recording->isRunning()) || (m_ending && !m_recording);
    if ((!m_ending && m_session.isStarted()) || (busy && !m_closeWhenDone)) {
        m_closeWhenDone = true;
        endHearing();
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace cd::ui
