// Internet hearing end to end on a real Janus: the judge is the app's hearing window
// (QtWebEngine, offscreen, fake camera and microphone), the party is headless Chromium opening
// the party page from a local HTTP server with its token. The party waits in the lobby until
// the judge clicks "Admit"; then both see each other's video with advancing frames; the judge
// mutes the party (the judge stops receiving its audio) and removes it; at the end the
// recording is converted with janus-pp-rec, hashed and entered in the case's audit trail.
// Each test gets fresh rooms; Janus, the page server and Chromium are always stopped.
#include "audit/auditlog.h"
#include "cases/caserepository.h"
#include "common/settings.h"
#include "hearing/hearingmenu.h"
#include "hearing/hearingrecording.h"
#include "hearing/hearingsession.h"
#include "hearing/hearingwindow.h"
#include "hearingharness.h"
#include "storage/profile.h"

#include <QApplication>
#include <QJsonArray>
#include <QMainWindow>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QWebEnginePage>
#include <QtTest>

using namespace cd;
using namespace cd::test;

class TestHearingCall : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    CaseRecord m_case;
    JanusHarness m_janus;
    PageServer m_server;
    std::unique_ptr<JanusControl> m_control;
    std::unique_ptr<HearingSession> m_session;
    std::unique_ptr<ui::HearingWindow> m_window;
    std::unique_ptr<ChromiumParty> m_party;
    std::unique_ptr<FirefoxParty> m_firefox;
    QElapsedTimer m_clock;

    QJsonObject judge() const { return m_window ? m_window->lastStatus() : QJsonObject(); }
    QJsonObject party() const { return m_server.reports.value(QStringLiteral("p1")); }
    // The remote entry (one other participant) of a status, with its feed id.
    static QJsonObject remoteOf(const QJsonObject& status, QString* feed = nullptr)
    {
        const QJsonObject r = status.value(QStringLiteral("remote")).toObject();
        if (r.isEmpty())
            return {};
        if (feed)
            *feed = r.keys().first();
        return r.value(r.keys().first()).toObject();
    }
    QByteArray dump() const
    {
        return "\njudge: " + QJsonDocument(judge()).toJson(QJsonDocument::Compact) +
               "\nparty: " + QJsonDocument(party()).toJson(QJsonDocument::Compact);
    }
    static double num(const QJsonObject& o, const char* k)
    {
        return o.value(QLatin1String(k)).toDouble();
    }
    void js(const QString& code) { m_window->page()->runJavaScript(code); }
    QStringList roomDisplays(qint64 room)
    {
        auto out = std::make_shared<std::optional<QStringList>>();
        m_control->listParticipants(room, [out](Result<QVector<JanusParticipant>> r) {
            QStringList names;
            if (r)
                for (const auto& p : r.value())
                    names << p.display;
            *out = names;
        });
        (void)QTest::qWaitFor([out] { return out->has_value(); }, 5000);
        return out->value_or(QStringList{QStringLiteral("(no answer)")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        if (mediaAddress().isEmpty())
            QSKIP("This machine has no non-loopback IPv4 interface; WebRTC media cannot flow "
                  "over loopback, so a hearing cannot be tested here.");
        // Missing packages are a broken setup, not a reason to skip.
        QVERIFY2(!ChromiumParty::binary().isEmpty() &&
                     !QStandardPaths::findExecutable(QStringLiteral("janus")).isEmpty() &&
                     !QStandardPaths::findExecutable(QStringLiteral("janus-pp-rec")).isEmpty(),
                 "janus, janus-tools or chromium is missing: run packaging/install-deps.sh");
        auto p = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(p, qPrintable(p.errorMessage()));
        m_profile = std::move(p).value();
        m_case.caseNumber = QStringLiteral("（2026）甘0102民初900号");
        m_case.cause = QStringLiteral("民间借贷纠纷");
        m_case.filedOn = QDate(2026, 11, 1);
        m_case.judge = QStringLiteral("马建国");
        auto id = CaseRepository(m_profile->database(), QStringLiteral("t")).create(m_case);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        QVERIFY2(m_janus.start(QStringLiteral(COURTDESK_JANUS_LAUNCHER)),
                 qPrintable(m_janus.error));
        QVERIFY(m_server.start());
        m_control = std::make_unique<JanusControl>(m_janus.api, m_janus.adminKey);
        qInfo("janus up after %lld ms at %s, media on %s", m_clock.elapsed(),
              qPrintable(m_janus.api.toString()), qPrintable(mediaAddress()));
    }

    void launcherWritesAHardenedConfig()
    {
        const QDir conf(m_janus.dir.filePath(QStringLiteral("conf")));
        auto read = [&](const char* name) {
            QFile f(conf.filePath(QLatin1String(name)));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const QString core = read("janus.jcfg"), http = read("janus.transport.http.jcfg"),
                      room = read("janus.plugin.videoroom.jcfg");
        QVERIFY(!core.isEmpty() && !http.isEmpty() && !room.isEmpty());
        // No Debian default secret, no placeholder left; fresh 48-hex-digit values.
        for (const QString& t : {core, http, room}) {
            QVERIFY(!t.contains(QLatin1String("janusoverlord")));
            QVERIFY(!t.contains(QLatin1String("supersecret")));
            QVERIFY(!t.contains(QLatin1Char('@')));
        }
        QVERIFY(QRegularExpression(QStringLiteral("admin_secret = \"[0-9a-f]{48}\""))
                    .match(core)
                    .hasMatch());
        QVERIFY(room.contains(QStringLiteral("admin_key = \"%1\"").arg(m_janus.adminKey)));
        QCOMPARE(m_janus.adminKey.size(), 48);
        // Every plugin but the VideoRoom and every transport but HTTP is disabled.
        const QDir lib(QStringLiteral("/usr/lib/x86_64-linux-gnu/janus"));
        for (const QString& so :
             QDir(lib.filePath(QStringLiteral("plugins"))).entryList({QStringLiteral("*.so")}))
            QCOMPARE(core.contains(so), so != QLatin1String("libjanus_videoroom.so"));
        for (const QString& so :
             QDir(lib.filePath(QStringLiteral("transports"))).entryList({QStringLiteral("*.so")}))
            QCOMPARE(core.contains(so), so != QLatin1String("libjanus_http.so"));
        // HTTP on loopback only, with an ACL; no admin API; media not on loopback.
        QVERIFY(http.contains(QLatin1String("ip = \"127.0.0.1\"")));
        QVERIFY(http.contains(QLatin1String("acl = \"127.\"")));
        QVERIFY(http.contains(QLatin1String("admin_http = false")));
        QVERIFY(core.contains(QStringLiteral("ice_enforce_list = \"%1\"").arg(mediaAddress())));
        QCOMPARE(QFileInfo(conf.filePath(QStringLiteral("secrets.env"))).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        // A recording folder Janus would refuse, and loopback media, are refused up front.
        QProcess p;
        p.start(QStringLiteral(COURTDESK_JANUS_LAUNCHER),
                {QStringLiteral("--dir"), m_dir.filePath(QStringLiteral("c2")),
                 QStringLiteral("--rec-dir"), QStringLiteral("/var/tmp/courtdesk-rec"),
                 QStringLiteral("--config-only")});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardError().contains("refuses"));
        p.start(QStringLiteral(COURTDESK_JANUS_LAUNCHER),
                {QStringLiteral("--dir"), m_dir.filePath(QStringLiteral("c3")),
                 QStringLiteral("--rec-dir"), m_dir.filePath(QStringLiteral("r3")),
                 QStringLiteral("--media-iface"), QStringLiteral("lo"),
                 QStringLiteral("--config-only")});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.exitCode() != 0);
    }

    void controlErrorsAreTyped()
    {
        // A wrong admin key is refused, a missing room is NotFound, a dead server Unreachable.
        JanusControl wrong(m_janus.api, QStringLiteral("not-the-key"));
        JanusRoomSpec spec;
        spec.room = 77;
        spec.secret = QStringLiteral("s");
        spec.record = false;
        std::optional<Result<void>> r;
        wrong.createRoom(spec, [&](Result<void> x) { r = x; });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 10000);
        QVERIFY(!*r);
        QCOMPARE(JanusControl::failureOf(r->error()), JanusFailure::Unauthorized);
        QVERIFY(!r->errorMessage().isEmpty());
        r.reset();
        m_control->moderate(123456, QStringLiteral("x"), 1, QStringLiteral("0"), true,
                            [&](Result<void> x) { r = x; });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 10000);
        QCOMPARE(JanusControl::failureOf(r->error()), JanusFailure::NoSuchRoom);
        r.reset();
        JanusControl dead(QUrl(QStringLiteral("http://127.0.0.1:%1/janus").arg(freePort())),
                          m_janus.adminKey);
        dead.createRoom(spec, [&](Result<void> x) { r = x; });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 15000);
        QCOMPARE(JanusControl::failureOf(r->error()), JanusFailure::Unreachable);
    }

    void partyWaitsUntilAdmittedThenBothSeeVideo()
    {
        m_session = std::make_unique<HearingSession>(*m_control);
        QSignalSpy started(m_session.get(), &HearingSession::started);
        QSignalSpy failed(m_session.get(), &HearingSession::failed);
        HearingParty plaintiff;
        plaintiff.key = QStringLiteral("p1");
        plaintiff.name = QStringLiteral("原告 张三");
        HearingParty defendant; // joins later, from Firefox
        defendant.key = QStringLiteral("p2");
        defendant.name = QStringLiteral("被告 李四");
        m_session->start(m_case.caseNumber, QStringLiteral("马建国"), {plaintiff, defendant},
                         m_janus.recDir);
        QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() > 0, 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().detail));

        m_window = std::make_unique<ui::HearingWindow>(*m_session, m_janus.api);
        m_window->setRecording(m_profile->database(), QStringLiteral("马建国"), m_case.uuid,
                               m_case.caseNumber, m_janus.recDir,
                               m_dir.filePath(QStringLiteral("recordings")));
        m_window->show();
        const qint64 judgeLoad = m_clock.elapsed();
        QVERIFY(m_window->open());
        QTRY_VERIFY_WITH_TIMEOUT(judge().value(QStringLiteral("joined")).toBool(), 20000);
        qInfo("judge joined %lld ms after page load", m_clock.elapsed() - judgeLoad);

        HearingPageParams pp;
        pp.janus = m_janus.api;
        pp.room = m_session->room();
        pp.lobby = m_session->lobby();
        pp.token = m_session->parties().first().token;
        pp.name = plaintiff.name;
        pp.key = plaintiff.key;
        pp.report = QUrl(m_server.base().toString() + QStringLiteral("/report/p1"));
        m_party = std::make_unique<ChromiumParty>();
        QVERIFY(m_party->start(
            HearingPage::url(QUrl(m_server.base().toString() + "/hearing/hearing.html"), pp)));

        // The party shows up in the judge's waiting room, and is not in the hearing room.
        QTRY_VERIFY_WITH_TIMEOUT(m_session->waiting().size() == 1, 30000);
        QCOMPARE(m_session->waiting().first().key, QStringLiteral("p1"));
        QTRY_VERIFY_WITH_TIMEOUT(party().value(QStringLiteral("attempts")).toInt() >= 2, 10000);
        QCOMPARE(party().value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
        QVERIFY(!party().value(QStringLiteral("joined")).toBool());
        const QStringList before = roomDisplays(m_session->room());
        QCOMPARE(before.size(), 1); // the judge only
        QVERIFY(before.first().startsWith(QLatin1String("judge:")));
        // The judge's page lists the party with an Admit button; the judge clicks it.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastStatus().value(QStringLiteral("state")).toString() ==
                                     QLatin1String("joined"),
                                 5000);
        std::optional<bool> listed;
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_window->page()->runJavaScript(
                 QStringLiteral("!!document.querySelector('#waiting button.admit')"),
                 [&](const QVariant& v) { listed = v.toBool(); }),
             listed.value_or(false)),
            10000);
        QSignalSpy admitted(m_session.get(), &HearingSession::admitted);
        const qint64 admittedAt = m_clock.elapsed();
        js(QStringLiteral("document.querySelector('#waiting button.admit').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(admitted.count(), 1, 5000);

        // Both receive the other's video within 10 s, and the frames keep coming.
        QTRY_VERIFY2_WITH_TIMEOUT(num(remoteOf(judge()), "framesDecoded") > 0 &&
                                      num(remoteOf(party()), "framesDecoded") > 0,
                                  dump().constData(), 10000);
        qInfo("first remote frames %lld ms after admission; judge page first frame %.0f ms, "
              "party page first frame %.0f ms after load",
              m_clock.elapsed() - admittedAt, num(judge(), "firstRemoteFrameMs"),
              num(party(), "firstRemoteFrameMs"));
        const double j0 = num(remoteOf(judge()), "framesDecoded");
        const double p0 = num(remoteOf(party()), "framesDecoded");
        // Still within the 10 s after admission: the frames keep advancing on both sides.
        const int left = int(qMax<qint64>(1500, 10000 - (m_clock.elapsed() - admittedAt)));
        QTRY_VERIFY2_WITH_TIMEOUT(num(remoteOf(judge()), "framesDecoded") > j0 + 5 &&
                                      num(remoteOf(party()), "framesDecoded") > p0 + 5,
                                  dump().constData(), left);
        qInfo("frames advancing on both sides %lld ms after admission",
              m_clock.elapsed() - admittedAt);
        QCOMPARE(roomDisplays(m_session->room()).size(), 2);
        QVERIFY(m_session->waiting().isEmpty());
        // A screenshot of the judge's window for reviewers.
        const QString out = QDir(qEnvironmentVariable("COURTDESK_TEST_OUTPUT", m_dir.path()))
                                .filePath(QStringLiteral("screenshots"));
        QDir().mkpath(out);
        QTest::qWait(500);
        m_window->grab().save(QDir(out).filePath(QStringLiteral("hearing-call.png")));
    }

    void judgeMutesTheParty()
    {
        QVERIFY(m_window && m_party);
        QString feed;
        QTRY_VERIFY_WITH_TIMEOUT(num(remoteOf(judge(), &feed), "audioPackets") > 0, 10000);
        // Audio flows from the party before the mute.
        const double a0 = num(remoteOf(judge()), "audioPackets");
        QTRY_VERIFY_WITH_TIMEOUT(num(remoteOf(judge()), "audioPackets") > a0 + 20, 5000);
        QSignalSpy moderated(m_session.get(), &HearingSession::moderated);
        js(QStringLiteral("document.querySelector('#participants button.mute').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(moderated.count(), 1, 5000);
        QCOMPARE(moderated.first().at(0).toLongLong(), feed.toLongLong());
        QVERIFY(moderated.first().at(2).toBool());
        // Janus stops relaying the party's audio: the judge's packet count stands still.
        QTest::qWait(1500);
        const double m0 = num(remoteOf(judge()), "audioPackets");
        QTest::qWait(2500);
        const double m1 = num(remoteOf(judge()), "audioPackets");
        qInfo("judge's inbound audio from the party while muted: %.0f packets in 2.5 s", m1 - m0);
        QVERIFY2(m1 - m0 < 10, qPrintable(QStringLiteral("%1 packets").arg(m1 - m0)));
        // ...and the page shows "Unmute"; unmuting brings the audio back.
        js(QStringLiteral("document.querySelector('#participants button.mute').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(moderated.count(), 2, 5000);
        QVERIFY(!moderated.last().at(2).toBool());
        const double u0 = num(remoteOf(judge()), "audioPackets");
        QTRY_VERIFY_WITH_TIMEOUT(num(remoteOf(judge()), "audioPackets") > u0 + 20, 5000);
    }

    void badLinkFallsBackToAudioOnly()
    {
        QVERIFY(m_window);
        js(QStringLiteral("hearing.forceQuality('poor')"));
        QTRY_VERIFY_WITH_TIMEOUT(judge().value(QStringLiteral("audioOnly")).toBool(), 8000);
        QCOMPARE(judge().value(QStringLiteral("quality")).toString(), QStringLiteral("poor"));
        js(QStringLiteral("hearing.forceQuality(null); hearing.setAudioOnly(false)"));
        QTRY_VERIFY_WITH_TIMEOUT(!judge().value(QStringLiteral("audioOnly")).toBool(), 5000);
    }

    void judgeLeavesAndRejoins()
    {
        QVERIFY(m_window);
        js(QStringLiteral("hearing.leave()"));
        QTRY_COMPARE_WITH_TIMEOUT(judge().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("left"), 5000);
        js(QStringLiteral("hearing.rejoin()"));
        QTRY_VERIFY_WITH_TIMEOUT(num(remoteOf(judge()), "framesDecoded") > 5, 15000);
    }

    void judgeSharesAnEvidencePage()
    {
        QVERIFY(m_window && m_party);
        // A page image replaces the judge's camera (320x240) with a 1280x720 canvas track.
        QImage page(1240, 1754, QImage::Format_RGB32);
        page.fill(Qt::white);
        m_window->shareImage(page);
        QTRY_VERIFY_WITH_TIMEOUT(judge().value(QStringLiteral("sharing")).toBool(), 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(num(remoteOf(party()), "frameWidth") > 320, dump().constData(),
                                  15000);
        const double f0 = num(remoteOf(party()), "framesDecoded");
        QTRY_VERIFY_WITH_TIMEOUT(num(remoteOf(party()), "framesDecoded") > f0 + 3, 10000);
        m_window->stopSharing();
        QTRY_VERIFY_WITH_TIMEOUT(!judge().value(QStringLiteral("sharing")).toBool(), 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(num(remoteOf(party()), "frameWidth") == 320, dump().constData(),
                                  15000);
    }

    void judgeRemovesTheParty()
    {
        QVERIFY(m_window && m_party);
        QSignalSpy kicked(m_session.get(), &HearingSession::kicked);
        js(QStringLiteral("document.querySelector('#participants button.kick').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(kicked.count(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(party().value(QStringLiteral("kicked")).toBool(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(roomDisplays(m_session->room()).size(), 1, 5000);
    }

    void partyJoinsFromFirefox()
    {
        QVERIFY(m_window);
        QVERIFY2(!FirefoxParty::binary().isEmpty(),
                 "firefox-esr is missing: run packaging/install-deps.sh");
        HearingPageParams pp;
        pp.janus = m_janus.api;
        pp.room = m_session->room();
        pp.lobby = m_session->lobby();
        pp.token = m_session->parties().at(1).token;
        pp.key = QStringLiteral("p2");
        pp.name = m_session->parties().at(1).name;
        pp.report = QUrl(m_server.base().toString() + QStringLiteral("/report/p2"));
        m_firefox = std::make_unique<FirefoxParty>();
        QVERIFY(m_firefox->start(
            HearingPage::url(QUrl(m_server.base().toString() + "/hearing/hearing.html"), pp)));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->waiting().size() == 1, 30000);
        QCOMPARE(m_session->waiting().first().key, QStringLiteral("p2"));
        const QJsonObject waiting = m_server.reports.value(QStringLiteral("p2"));
        QVERIFY(!waiting.value(QStringLiteral("joined")).toBool());
        QSignalSpy admitted(m_session.get(), &HearingSession::admitted);
        js(QStringLiteral("document.querySelector('#waiting button.admit').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(admitted.count(), 1, 5000);
        auto ff = [this] { return m_server.reports.value(QStringLiteral("p2")); };
        QTRY_VERIFY2_WITH_TIMEOUT(
            num(remoteOf(ff()), "framesDecoded") > 5 && num(remoteOf(judge()), "framesDecoded") > 5,
            QJsonDocument(ff()).toJson(QJsonDocument::Compact).constData(), 15000);
        const double f0 = num(remoteOf(ff()), "framesDecoded");
        QTRY_VERIFY_WITH_TIMEOUT(num(remoteOf(ff()), "framesDecoded") > f0 + 5, 10000);
        m_firefox->stop();
    }

    void recordingIsConvertedHashedAndAudited()
    {
        QVERIFY(m_window);
        QSignalSpy done(m_window.get(), &ui::HearingWindow::recordingFinished);
        // Closing the window ends the hearing; it stays open until the recording is audited.
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QVERIFY2(done.first().first().toBool(),
                 qPrintable(m_window->recordingResult().errorMessage()));
        QTRY_VERIFY(!m_window->isVisible());
        const auto result = m_window->recordingResult();
        QVERIFY2(result, qPrintable(result.errorMessage() + " " + result.error().detail));
        const QVector<RecordedTrack> tracks = result.value();
        // Judge and party, audio and video each (the judge rejoined: a second pair).
        QVERIFY2(tracks.size() >= 4, qPrintable(QString::number(tracks.size())));
        auto trail =
            AuditLog(m_profile->database()).entriesFor(QStringLiteral("case"), m_case.uuid);
        QVERIFY(trail);
        int audited = 0;
        for (const RecordedTrack& t : tracks) {
            QVERIFY(QFileInfo::exists(t.output));
            QVERIFY(t.bytes > 0);
            QCOMPARE(HearingRecording::sha256File(t.output).value(), t.sha256);
            for (const AuditEntry& e : trail.value())
                if (e.action == QLatin1String("hearing.recording") && e.details.contains(t.sha256))
                    ++audited;
        }
        QCOMPARE(audited, tracks.size());
        QVERIFY(AuditLog(m_profile->database()).verify().value().ok);
        qInfo("%d tracks converted and audited", int(tracks.size()));
    }

    void missingRecordingIsAnError()
    {
        HearingRecording rec(m_profile->database(), QStringLiteral("t"));
        QSignalSpy done(&rec, &HearingRecording::finished);
        rec.finalize(424242, m_janus.recDir, m_dir.filePath(QStringLiteral("none")), m_case.uuid,
                     m_case.caseNumber);
        QTRY_COMPARE(done.count(), 1);
        const auto r = rec.result();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        // A broken file is a typed error too.
        QFile bad(
            QDir(m_janus.recDir).filePath(QStringLiteral("videoroom-535353-user-1-1-audio-0.mjr")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a recording");
        bad.close();
        rec.finalize(535353, m_janus.recDir, m_dir.filePath(QStringLiteral("none")), m_case.uuid,
                     m_case.caseNumber);
        QTRY_COMPARE(done.count(), 2);
        QCOMPARE(rec.result().error().code, ErrorCode::Corrupt);
    }

    void hearingsMenuStartsAnInternetHearing()
    {
        // The production path: the Hearings menu reads secrets.env from the courtdesk-janus
        // folder in the settings, creates the rooms and opens the judge's window; closing it
        // ends the hearing and audits the judge's recording.
        m_profile->settings().setValue(SettingsKeys::hearingJanusDir,
                                       m_janus.dir.filePath(QStringLiteral("conf")));
        QMainWindow main;
        ui::HearingMenu menu(
            *m_profile, main.menuBar(), &main, [this] { return m_case.id; }, {}, nullptr);
        menu.startInternetHearing();
        ui::HearingWindow* w = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((w = main.findChild<ui::HearingWindow*>()) != nullptr, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(w->lastStatus().value(QStringLiteral("joined")).toBool(), 20000);
        QTest::qWait(1500); // some media into the recording
        QSignalSpy done(w, &ui::HearingWindow::recordingFinished);
        QPointer<ui::HearingWindow> alive(w);
        QVERIFY(!w->close());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        QVERIFY2(done.first().first().toBool(), qPrintable(w->recordingResult().errorMessage()));
        QTRY_VERIFY(alive.isNull()); // WA_DeleteOnClose
        const QDir out(QDir(m_profile->dir()).filePath(QStringLiteral("hearings/") + m_case.uuid));
        QVERIFY(out.entryList({QStringLiteral("*.opus")}).size() == 1);
        QVERIFY(out.entryList({QStringLiteral("*.webm")}).size() == 1);
    }

    void deadJanusIsReported()
    {
        // Fault injection: the media server goes away; the judge's next action fails with a
        // typed, translated error instead of hanging.
        QVERIFY(m_session);
        m_janus.stop();
        QSignalSpy failed(m_session.get(), &HearingSession::failed);
        m_session->mute(1, QStringLiteral("0"), true);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(JanusControl::failureOf(e), JanusFailure::Unreachable);
        QVERIFY(!e.message.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_party)
            m_party->stop();
        if (m_firefox)
            m_firefox->stop();
        m_window.reset();
        if (m_session)
            m_session->end();
        m_session.reset();
        m_control.reset();
        m_janus.stop();
        qInfo("whole hearing test: %lld ms", m_clock.elapsed());
    }
};

int main(int argc, char** argv)
{
    prepareWebEngineForTests();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    qRegisterMetaType<cd::Error>();
    TestHearingCall t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_hearing_call.moc"
