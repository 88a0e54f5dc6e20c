#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QSharedPointer>
#include <QStringList>
#include <QVector>

#include <optional>

namespace cd {

class Database;

// One track of a hearing recorded by Janus (.mjr), converted to a playable file.
struct RecordedTrack
{
    QString source;       // the .mjr Janus wrote
    QString output;       // the converted file (.opus, .webm, ...)
    QString kind;         // "audio" or "video"
    QString codec;        // from the .mjr header: opus, vp8, vp9, h264, av1
    QString sourceSha256; // hex
    QString sha256;       // hex, of the converted file
    qint64 bytes = 0;     // of the converted file
    qint64 auditId = 0;   // the audit entry recording the hash
};

// What a .mjr header says about the track inside.
struct MjrInfo
{
    QString kind;  // audio / video / data
    QString codec; // lower case
};

// At the end of a hearing: finds the room's .mjr files in the recording folder, converts each
// with janus-pp-rec (one process at a time, off the GUI thread), hashes source and output with
// SHA-256 and appends one audit entry per file to the case's trail ("hearing.recording",
// entity "case"). A room with no recording, or a file that does not convert, is an error.
class HearingRecording : public QObject
{
    Q_OBJECT
public:
    HearingRecording(Database& db, QString actor, QObject* parent = nullptr);
    ~HearingRecording() override;

    // janus-pp-rec to run (default: the one on PATH); tests may point it elsewhere.
    void setConverter(const QString& program) { m_converter = program; }
    // Seconds one conversion may take before it is killed and fails (default 120).
    void setTimeoutSeconds(int s) { m_timeoutSeconds = s; }

    // The room's tracks in recDir, oldest first (Janus names them videoroom-ROOM-user-...mjr).
    static QStringList tracksFor(qint64 room, const QString& recDir);
    static Result<MjrInfo> readHeader(const QString& mjrPath);
    // The extension janus-pp-rec needs for a codec ("opus" → "opus", "vp8" → "webm"...).
    static QString extensionFor(const MjrInfo& info);
    static Result<QString> sha256File(const QString& path);

    // Starts the work; finished() follows exactly once (unless cancelled first).
    void finalize(qint64 room, const QString& recDir, const QString& outDir,
                  const QString& caseUuid, const QString& caseNumber);
    void cancel();
    // From finalize() until finished() (converting or hashing).
    bool isRunning() const { return m_running; }
    // The outcome of the last finalize(); an error until finished() was emitted.
    Result<QVector<RecordedTrack>> result() const;

Q_SIGNALS:
    void progress(int done, int total);
    // Read result() for the tracks or the error.
    void finished(bool ok);

private:
    void next();
    void converted(int exitCode, QProcess::ExitStatus status);
    void hashed(const QString& sourceHash, const QString& outputHash, const QString& error);
    void fail(const Error& e);
    void finish(Result<QVector<RecordedTrack>> r);

    Database& m_db;
    QString m_actor;
    QString m_converter = QStringLiteral("janus-pp-rec");
    int m_timeoutSeconds = 120;
    QStringList m_queue;
    QString m_outDir;
    QString m_caseUuid;
    QString m_caseNumber;
    qint64 m_room = 0;
    int m_total = 0;
    QVector<RecordedTrack> m_done;
    RecordedTrack m_current;
    QPointer<QProcess> m_process;
    std::optional<Result<QVector<RecordedTrack>>> m_result;
    bool m_running = false;
    QSharedPointer<bool> m_alive; // cleared on destruction, read by hashing threads
};

} // namespace cd
