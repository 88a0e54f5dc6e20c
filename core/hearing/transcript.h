#pragma once

#include "common/result.h"
#include "drafting/draftdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QVector>

class QTimer;

namespace cd {

class Clock;
class DraftStore;
struct CaseRecord;

// Who speaks in a hearing: a stable key ("presiding", "judge-1", "clerk", "party-2",
// "agent-2") and the label the transcript writes (审判长, 原告张三 …; document language).
struct TranscriptSpeaker
{
    QString key;
    QString label;
};

// One line of the transcript: when it was said, counted from the recording's start, so the
// line can be found again in the video.
struct TranscriptLine
{
    qint64 offsetMs = 0;
    QString speakerKey;
    QString speakerLabel;
    QString text;

    bool operator==(const TranscriptLine& o) const
    {
        return offsetMs == o.offsetMs && speakerKey == o.speakerKey &&
               speakerLabel == o.speakerLabel && text == o.text;
    }
};

// What the heading of the transcript says about the hearing.
struct TranscriptHeader
{
    QString caseNumber;
    QString court;
    QString cause;
    QString place;       // 第三法庭 / 互联网法庭
    QDateTime startedAt; // also the recording start the offsets count from
};

// The hearing transcript (庭审笔录) the clerk types beside the video: speaker-tagged lines
// stamped against the recording. Every change has an exact inverse (insertLine / removeLine /
// replaceLine) so an editor can undo it. It is saved through DraftStore as a document of the
// case (a new version per save), so the drafting export and signing apply; between saves a
// journal file (written atomically on every change) keeps the lines through a crash.
class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject* parent = nullptr);
    ~Transcript() override;

    static constexpr const char* templateId = "hearing-transcript";

    // The panel and the parties of the case, in the order a hearing calls them.
    static QVector<TranscriptSpeaker> speakersFor(const CaseRecord& c, const QString& clerk = {});
    // 01:02:03 for 3,723,000 ms.
    static QString formatOffset(qint64 ms);

    // Time comes from this clock (default: Clock::instance()); tests pass a ManualClock.
    void setClock(const Clock* clock) { m_clock = clock; }
    void setHeader(const TranscriptHeader& header);
    const TranscriptHeader& header() const { return m_header; }
    void setSpeakers(const QVector<TranscriptSpeaker>& speakers) { m_speakers = speakers; }
    const QVector<TranscriptSpeaker>& speakers() const { return m_speakers; }
    QString speakerLabel(const QString& key) const;

    // Offsets count from here; before it is set, lines are stamped 0.
    void setRecordingStart(const QDateTime& start) { m_header.startedAt = start; }
    QDateTime recordingStart() const { return m_header.startedAt; }
    qint64 currentOffsetMs() const;

    const QVector<TranscriptLine>& lines() const { return m_lines; }
    // A line by the speaker stamped with the current offset; returns its row.
    int append(const QString& speakerKey, const QString& text);
    void insertLine(int row, const TranscriptLine& line);
    TranscriptLine removeLine(int row);
    // Returns the line it replaced.
    TranscriptLine replaceLine(int row, const TranscriptLine& line);

    // The document: title, case number, court, time and place, then "[hh:mm:ss] 审判长：…".
    DraftDocument toDraft() const;
    QJsonObject toJson() const;
    static Result<Transcript*> fromJson(const QJsonObject& o, QObject* parent = nullptr);

    // Saves a version of the case document (the first save creates it) and returns its number.
    Result<int> save(DraftStore& store, const QString& author);
    qint64 draftId() const { return m_draftId; }
    void setDraftId(qint64 id) { m_draftId = id; }
    bool isModified() const { return m_modified; }
    QDateTime lastSaved() const { return m_lastSaved; }
    int lastVersion() const { return m_lastVersion; }

    // Every change rewrites this file (QSaveFile); empty turns the journal off.
    void setJournalPath(const QString& path);
    QString journalPath() const { return m_journal; }
    // A transcript from a journal a crashed session left behind.
    static Result<Transcript*> loadJournal(const QString& path, QObject* parent = nullptr);
    // Takes over the lines, document and recording start of a journal a crashed session left
    // with unsaved changes (this transcript must have no lines yet) and returns how many lines
    // came back; a journal whose changes were all saved restores nothing (0).
    Result<int> restoreJournal(const QString& path);
    // Saves to store every intervalMs while modified (0 stops). Errors arrive as saveFailed.
    void setAutosave(DraftStore* store, const QString& author, int intervalMs);

Q_SIGNALS:
    void changed();
    void saved(int version);
    void saveFailed(const cd::Error& error);

private:
    void touch();
    void writeJournal();

    const Clock* m_clock = nullptr;
    TranscriptHeader m_header;
    QVector<TranscriptSpeaker> m_speakers;
    QVector<TranscriptLine> m_lines;
    qint64 m_draftId = 0;
    bool m_modified = false;
    QDateTime m_lastSaved;
    int m_lastVersion = 0;
    QString m_journal;
    QTimer* m_autosave = nullptr;
    DraftStore* m_autosaveStore = nullptr;
    QString m_autosaveAuthor;
};

} // namespace cd
