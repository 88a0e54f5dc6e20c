#pragma once

#include "common/result.h"
#include "hearing/hearingrecording.h"

#include <QImage>
#include <QJsonObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QWebChannel;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;

namespace cd {
class Database;
class DraftStore;
class HearingSession;
class Transcript;
struct CaseRecord;
struct WaitingParty;
} // namespace cd

namespace cd::ui {

class TranscriptEditor;

// What the hearing page calls in the app (QWebChannel object "hearingBridge"): the judge's
// actions go to the HearingSession, the page's status comes back every second.
class HearingBridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString stringsJson READ stringsJson CONSTANT)
public:
    explicit HearingBridge(HearingSession& session, QObject* parent = nullptr);
    QString stringsJson() const;

public Q_SLOTS:
    void admit(const QString& key);
    void mute(const QString& feed, const QString& mid, bool mute);
    void kick(const QString& feed);
    void report(const QString& json);

Q_SIGNALS:
    void waitingChanged(const QString& json);
    void moderationChanged(const QString& feed, const QString& mid, bool muted);
    void statusReported(const QJsonObject& status);

private:
    HearingSession& m_session;
};

// The judge's internet hearing (互联网庭审) window: the hearing page in QtWebEngine with the
// camera and microphone granted to it alone, the judge's controls bridged to Janus, evidence
// pages shared into the call, and at the end the recording converted, hashed and audited.
class HearingWindow : public QWidget
{
    Q_OBJECT
public:
    HearingWindow(HearingSession& session, const QUrl& janusApi, QWidget* parent = nullptr);
    ~HearingWindow() override;

    // Where the recording is and whose trail it joins; without this, end() records nothing.
    void setRecording(Database& db, const QString& actor, const QString& caseUuid,
                      const QString& caseNumber, const QString& recDir, const QString& outDir);

    // The transcript pane beside the video: the case's speakers, the store its versions go to
    // (autosaved every minute) and a journal next to the recording output; call after
    // setRecording.
    void setTranscriptCase(const CaseRecord& c, DraftStore* store, const QString& author);
    TranscriptEditor* transcriptEditor() const { return m_transcriptEditor; }

    // Installs the page and opens it once the session's rooms exist.
    Result<void> open();
    QWebEnginePage* page() const;
    QJsonObject lastStatus() const { return m_status; }
    // Shows an image (an evidence page) in the call instead of the judge's camera.
    void shareImage(const QImage& image);
    void stopSharing();
    // Leaves the call, destroys the rooms, then converts and audits the recording.
    void endHearing();
    Result<QVector<RecordedTrack>> recordingResult() const;

Q_SIGNALS:
    void statusReported(const QJsonObject& status);
    // recordingResult() has the tracks or the error shown to the judge.
    void recordingFinished(bool ok);
    void hearingEnded();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showMessage(const QString& text, bool error);
    void startRecordingWork();
    void toggleSharing();

    HearingSession& m_session;
    QUrl m_janus;
    QTemporaryDir m_pageDir;
    QWebEngineProfile* m_profile;
    QWebEngineView* m_view;
    QWebChannel* m_channel;
    HearingBridge* m_bridge;
    QLabel* m_message;
    QPushButton* m_share;
    QPushButton* m_end;
    Transcript* m_transcript;
    TranscriptEditor* m_transcriptEditor;
    QJsonObject m_status;
    Database* m_db = nullptr;
    QString m_actor, m_caseUuid, m_caseNumber, m_recDir, m_outDir;
    QPointer<HearingRecording> m_recording;
    bool m_ending = false;
    bool m_sharing = false;
    bool m_closeWhenDone = false; // closed during the hearing: close once the recording is in
};

} // namespace cd::ui
