#include "transcript.h"

#include "cases/caserecord.h"
#include "common/clock.h"
#include "drafting/chinesedate.h"
#include "drafting/draftcontext.h"
#include "drafting/draftstore.h"
#include "hearinglog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include <memory>

namespace cd {

namespace {
QString key(const char* k)
{
    return QString::fromLatin1(k);
}

DraftParagraph para(DraftPart part, const QString& text)
{
    return DraftParagraph{part, text, {}};
}
} // namespace

Transcript::Transcript(QObject* parent) : QObject(parent) {}

Transcript::~Transcript() = default;

QVector<TranscriptSpeaker> Transcript::speakersFor(const CaseRecord& c, const QString& clerk)
{
    // Labels are document text (the transcript is a Chinese court record), not UI strings.
    QVector<TranscriptSpeaker> v;
    v.append({key("presiding"), QStringLiteral("审判长")});
    const QStringList panel =
        c.panel.split(QRegularExpression(QStringLiteral("[、,，\\s]+")), Qt::SkipEmptyParts);
    for (int i = 0; i < panel.size(); ++i)
        v.append({QStringLiteral("judge-%1").arg(i + 1), QStringLiteral("审判员") + panel[i]});
    v.append({key("clerk"),
              clerk.isEmpty() ? QStringLiteral("书记员") : QStringLiteral("书记员") + clerk});
    for (int i = 0; i < c.parties.size(); ++i) {
        const Party& p = c.parties[i];
        const QString role = DraftContext::roleName(p.role);
        v.append({QStringLiteral("party-%1").arg(i + 1), role + p.name});
        if (!p.agent.trimmed().isEmpty())
            v.append({QStringLiteral("agent-%1").arg(i + 1),
                      role + QStringLiteral("代理人") + p.agent.trimmed()});
    }
    return v;
}

QString Transcript::formatOffset(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

void Transcript::setHeader(const TranscriptHeader& header)
{
    m_header = header;
    touch();
}

QString Transcript::speakerLabel(const QString& k) const
{
    for (const TranscriptSpeaker& s : m_speakers) {
        if (s.key == k)
            return s.label;
    }
    return k;
}

qint64 Transcript::currentOffsetMs() const
{
    if (!m_header.startedAt.isValid())
        return 0;
    const Clock& clock = m_clock ? *m_clock : Clock::instance();
    return qMax<qint64>(0, m_header.startedAt.msecsTo(clock.now()));
}

int Transcript::append(const QString& speakerKey, const QString& text)
{
    const int row = int(m_lines.size());
    insertLine(row, {currentOffsetMs(), speakerKey, speakerLabel(speakerKey), text});
    return row;
}

void Transcript::insertLine(int row, const TranscriptLine& line)
{
    m_lines.insert(qBound(0, row, int(m_lines.size())), line);
    touch();
}

TranscriptLine Transcript::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return {};
    const TranscriptLine old = m_lines.takeAt(row);
    touch();
    return old;
}

TranscriptLine Transcript::replaceLine(int row, const TranscriptLine& line)
{
    if (row < 0 || row >= m_lines.size())
        return {};
    const TranscriptLine old = m_lines[row];
    m_lines[row] = line;
    touch();
    return old;
}

DraftDocument Transcript::toDraft() const
{
    DraftDocument d;
    d.templateId = QLatin1String(templateId);
    d.title = QStringLiteral("庭审笔录");
    d.caseNumber = m_header.caseNumber;
    const QDateTime local = m_header.startedAt.toLocalTime();
    d.date = local.date();
    if (!m_header.court.isEmpty())
        d.paragraphs.append(para(DraftPart::Court, m_header.court));
    d.paragraphs.append(para(DraftPart::Title, d.title));
    if (!m_header.caseNumber.isEmpty())
        d.paragraphs.append(para(DraftPart::CaseNo, m_header.caseNumber));
    if (local.isValid())
        d.paragraphs.append(para(DraftPart::Party, QStringLiteral("时间：") +
                                                       ChineseDate::formatArabic(local.date()) +
                                                       ChineseDate::formatTimeOfDay(local.time())));
    if (!m_header.place.isEmpty())
        d.paragraphs.append(para(DraftPart::Party, QStringLiteral("地点：") + m_header.place));
    if (!m_header.cause.isEmpty())
        d.paragraphs.append(para(DraftPart::Party, QStringLiteral("案由：") + m_header.cause));
    d.paragraphs.append(para(DraftPart::Heading, QStringLiteral("记录如下：")));
    for (const TranscriptLine& l : m_lines)
        d.paragraphs.append(para(
            DraftPart::Body,
            QStringLiteral("[%1] %2：%3").arg(formatOffset(l.offsetMs), l.speakerLabel, l.text)));
    // The structured lines travel with every version, so a stored transcript can be reopened.
    d.caseSnapshot = QJsonObject{{QStringLiteral("transcript"), toJson()}};
    return d;
}

QJsonObject Transcript::toJson() const
{
    QJsonArray speakers;
    for (const TranscriptSpeaker& s : m_speakers)
        speakers.append(
            QJsonObject{{QStringLiteral("key"), s.key}, {QStringLiteral("label"), s.label}});
    QJsonArray lines;
    for (const TranscriptLine& l : m_lines)
        lines.append(QJsonObject{{QStringLiteral("ms"), double(l.offsetMs)},
                                 {QStringLiteral("speaker"), l.speakerKey},
                                 {QStringLiteral("label"), l.speakerLabel},
                                 {QStringLiteral("text"), l.text}});
    return {{QStringLiteral("caseNumber"), m_header.caseNumber},
            {QStringLiteral("court"), m_header.court},
            {QStringLiteral("cause"), m_header.cause},
            {QStringLiteral("place"), m_header.place},
            {QStringLiteral("startedAt"), m_header.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("draftId"), double(m_draftId)},
            {QStringLiteral("speakers"), speakers},
            {QStringLiteral("lines"), lines}};
}

Result<Transcript*> Transcript::fromJson(const QJsonObject& o, QObject* parent)
{
    if (!o.value(QStringLiteral("lines")).isArray())
        return makeError(ErrorCode::Corrupt, tr("This is not a hearing transcript."));
    auto* t = new Transcript(parent);
    t->m_header.caseNumber = o.value(QStringLiteral("caseNumber")).toString();
    t->m_header.court = o.value(QStringLiteral("court")).toString();
    t->m_header.cause = o.value(QStringLiteral("cause")).toString();
    t->m_header.place = o.value(QStringLiteral("place")).toString();
    t->m_header.startedAt =
        QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    t->m_draftId = qint64(o.value(QStringLiteral("draftId")).toDouble());
    for (const QJsonValue& v : o.value(QStringLiteral("speakers")).toArray()) {
        const QJsonObject s = v.toObject();
        t->m_speakers.append({s.value(QStringLiteral("key")).toString(),
                              s.value(QStringLiteral("label")).toString()});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        t->m_lines.append({qint64(l.value(QStringLiteral("ms")).toDouble()),
                           l.value(QStringLiteral("speaker")).toString(),
                           l.value(QStringLiteral("label")).toString(),
                           l.value(QStringLiteral("text")).toString()});
    }
    return t;
}

Result<int> Transcript::save(DraftStore& store, const QString& author)
{
    const DraftDocument doc = toDraft();
    Result<int> version = 1;
    if (m_draftId == 0) {
        auto id = store.create(doc, author);
        if (!id)
            return id.error();
        m_draftId = id.value();
    } else {
        version = store.save(m_draftId, doc, author);
        if (!version)
            return version.error();
    }
    m_modified = false;
    writeJournal(); // the journal now says everything is in the store
    m_lastVersion = version.value();
    m_lastSaved = (m_clock ? *m_clock : Clock::instance()).now();
    qCInfo(lcHearing) << "transcript saved" << m_draftId << "version" << m_lastVersion
                      << m_lines.size() << "lines";
    Q_EMIT saved(m_lastVersion);
    return version;
}

void Transcript::setJournalPath(const QString& path)
{
    m_journal = path;
    writeJournal();
}

Result<Transcript*> Transcript::loadJournal(const QString& path, QObject* parent)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("Cannot read the transcript journal %1.").arg(path), f.errorString());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Corrupt, tr("The transcript journal %1 is damaged.").arg(path),
                         err.errorString());
    auto t = fromJson(doc.object(), parent);
    if (t) // a journal without the flag predates saving: treat it as unsaved
        t.value()->m_modified = doc.object().value(QStringLiteral("unsaved")).toBool(true);
    return t;
}

Result<int> Transcript::restoreJournal(const QString& path)
{
    if (!m_lines.isEmpty())
        return makeError(ErrorCode::Conflict, tr("The transcript already has lines."));
    auto old = loadJournal(path);
    if (!old)
        return old.error();
    std::unique_ptr<Transcript> t(old.value());
    if (!t->m_modified)
        return 0;
    m_lines = t->m_lines;
    if (!m_draftId)
        m_draftId = t->m_draftId;
    if (t->m_header.startedAt.isValid())
        m_header.startedAt = t->m_header.startedAt;
    touch();
    return int(m_lines.size());
}

void Transcript::setAutosave(DraftStore* store, const QString& author, int intervalMs)
{
    m_autosaveStore = store;
    m_autosaveAuthor = author;
    if (!m_autosave) {
        m_autosave = new QTimer(this);
        connect(m_autosave, &QTimer::timeout, this, [this] {
            if (!m_modified || !m_autosaveStore)
                return;
            if (auto r = save(*m_autosaveStore, m_autosaveAuthor); !r)
                Q_EMIT saveFailed(r.error());
        });
    }
    if (store && intervalMs > 0)
        m_autosave->start(intervalMs);
    else
        m_autosave->stop();
}

void Transcript::touch()
{
    m_modified = true;
    writeJournal();
    Q_EMIT changed();
}

void Transcript::writeJournal()
{
    if (m_journal.isEmpty())
        return;
    QJsonObject o = toJson();
    o.insert(QStringLiteral("unsaved"), m_modified); // journal only: not part of the document
    QSaveFile f(m_journal);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !f.commit()) {
        qCWarning(lcHearing) << "transcript journal not written:" << m_journal << f.errorString();
        Q_EMIT saveFailed(makeError(
            ErrorCode::Io, tr("The transcript journal %1 cannot be written.").arg(m_journal),
            f.errorString()));
    }
}

} // namespace cd
