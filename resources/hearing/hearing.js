// CourtDesk internet hearing page: one page for the judge (in the app's QtWebEngine window,
// mode=judge, actions go to the app through QWebChannel) and for parties (any browser,
// mode=party, with the token the court gave them). Query parameters:
//   mode=judge|party  janus=<Janus API URL>  room=<id>  lobby=<waiting room id>
//   token=<join token>  name=<display name>  key=<party key>  report=<URL to POST status to>
//   video=0 (audio only from the start)
"use strict";

(function () {
  const params = new URLSearchParams(location.search);
  const cfg = {
    mode: params.get("mode") === "judge" ? "judge" : "party",
    janus: params.get("janus") || (location.origin + "/janus"),
    room: Number(params.get("room")),
    lobby: Number(params.get("lobby") || 0),
    token: params.get("token") || "",
    name: params.get("name") || "",
    key: params.get("key") || "",
    report: params.get("report") || "",
    video: params.get("video") !== "0",
  };

  // English source strings; the app replaces them with its translations (setStrings).
  let S = {
    title: "Internet hearing", connecting: "Connecting…", waiting: "Waiting for the judge to admit you…",
    inHearing: "In the hearing", left: "You left the hearing.", kicked: "The judge removed you from the hearing.",
    failed: "Connection failed: ", audioOnly: "Audio only", videoOn: "Video on", leave: "Leave",
    rejoin: "Rejoin", admit: "Admit", mute: "Mute", unmute: "Unmute", remove: "Remove",
    waitingRoom: "Waiting room", participants: "In the hearing", nobody: "Nobody",
    good: "Good connection", fair: "Unstable connection", poor: "Poor connection",
    fallback: "Poor connection: switched to audio only.", you: "You", mutedByJudge: "muted",
  };

  // Parties open the page in their own browser, without the app: Chinese built in for them
  // (lang=zh or a Chinese browser), English otherwise. The judge's app sends its own strings.
  const ZH = {
    title: "互联网庭审", connecting: "正在连接…", waiting: "请稍候，等待法官准许您进入庭审…",
    inHearing: "庭审中", left: "您已离开庭审。", kicked: "法官已将您移出庭审。",
    failed: "连接失败：", audioOnly: "仅语音", videoOn: "开启视频", leave: "离开", rejoin: "重新加入",
    admit: "准许进入", mute: "静音", unmute: "取消静音", remove: "移出", waitingRoom: "等候室",
    participants: "庭审参与人", nobody: "无", good: "连接良好", fair: "连接不稳定", poor: "连接较差",
    fallback: "网络较差，已切换为仅语音。", you: "本人", mutedByJudge: "已静音",
  };
  const lang = params.get("lang") || navigator.language || "";
  if (cfg.mode === "party" && lang.toLowerCase().startsWith("zh")) S = Object.assign({}, S, ZH);

  const status = {
    mode: cfg.mode, state: "connecting", joined: false, admitted: false, myId: 0,
    kicked: false, audioOnly: false, quality: "unknown", rttMs: null, loss: null,
    sendKbps: 0, recvKbps: 0, firstRemoteFrameMs: null, loadedAt: Date.now(),
    remote: {}, myMids: {}, errors: [], attempts: 0,
  };

  let janus = null, pub = null, sub = null, lobbyHandle = null, bridge = null;
  let subMids = {};        // subscriber mid -> { feed, feedMid, type, display }
  let feeds = {};          // feed id -> { display, streams: [{mid,type}], moderated: {mid:bool} }
  let subscribed = {};     // "feed/mid" -> true
  let subJoining = false, pendingSubs = [];
  let localStream = null, cameraTrack = null, shareTimer = null;
  let poorSamples = 0, lastStats = {};
  let admitTimer = null;

  const $ = (id) => document.getElementById(id);
  function log() { console.log.apply(console, ["[hearing]"].concat([].slice.call(arguments))); }
  function setState(s, text) { status.state = s; $("state").textContent = text; }
  function notice(text) { const n = $("notice"); n.textContent = text; n.hidden = !text; }
  function error(text) { status.errors.push(String(text)); log("error", text); notice(S.failed + text); }

  function applyStrings() {
    document.title = S.title; $("title").textContent = S.title;
    $("audioOnly").textContent = status.audioOnly ? S.videoOn : S.audioOnly;
    $("leave").textContent = S.leave; $("rejoin").textContent = S.rejoin;
    $("waitingTitle").textContent = S.waitingRoom; $("participantsTitle").textContent = S.participants;
    renderParticipants();
  }

  // ---- tiles -------------------------------------------------------------------------------
  function tile(id, label) {
    let t = document.getElementById("tile-" + id);
    if (!t) {
      t = document.createElement("div"); t.className = "tile"; t.id = "tile-" + id;
      const v = document.createElement("video"); v.autoplay = true; v.playsInline = true; v.muted = (id === "local");
      const l = document.createElement("div"); l.className = "label";
      t.appendChild(v); t.appendChild(l); $("grid").appendChild(t);
      v.srcObject = new MediaStream();
    }
    t.querySelector(".label").textContent = label;
    return t;
  }
  function removeTile(id) { const t = document.getElementById("tile-" + id); if (t) t.remove(); }
  function displayName(d) { const i = (d || "").indexOf(":"); return i >= 0 ? d.slice(i + 1) : (d || "?"); }

  // ---- judge panel -------------------------------------------------------------------------
  function renderParticipants() {
    if (cfg.mode !== "judge") return;
    const ul = $("participants"); ul.innerHTML = "";
    const ids = Object.keys(feeds);
    if (!ids.length) { const li = document.createElement("li"); li.textContent = S.nobody; ul.appendChild(li); }
    for (const id of ids) {
      const f = feeds[id];
      const li = document.createElement("li");
      const name = document.createElement("span"); name.textContent = displayName(f.display); li.appendChild(name);
      const audio = f.streams.find((s) => s.type === "audio");
      if (audio) {
        const muted = !!f.moderated[audio.mid];
        const b = document.createElement("button"); b.textContent = muted ? S.unmute : S.mute;
        b.className = "mute"; b.dataset.feed = id;
        b.onclick = () => moderate(Number(id), audio.mid, !muted);
        li.appendChild(b);
      }
      const k = document.createElement("button"); k.textContent = S.remove; k.className = "danger kick";
      k.onclick = () => kick(Number(id)); li.appendChild(k);
      ul.appendChild(li);
    }
  }
  function renderWaiting(list) {
    const ul = $("waiting"); ul.innerHTML = "";
    if (!list.length) { const li = document.createElement("li"); li.textContent = S.nobody; ul.appendChild(li); }
    for (const w of list) {
      const li = document.createElement("li");
      const name = document.createElement("span"); name.textContent = w.name || w.key; li.appendChild(name);
      const b = document.createElement("button"); b.textContent = S.admit; b.className = "admit";
      b.onclick = () => { b.disabled = true; bridgeCall("admit", w.key); };
      li.appendChild(b); ul.appendChild(li);
    }
  }
  function bridgeCall(name) {
    const args = [].slice.call(arguments, 1);
    if (!bridge || !bridge[name]) { error("no bridge for " + name); return; }
    bridge[name].apply(bridge, args);
  }
  function moderate(feed, mid, mute) { bridgeCall("mute", String(feed), String(mid), !!mute); }
  function kick(feed) { bridgeCall("kick", String(feed)); }

  // ---- Janus -------------------------------------------------------------------------------
  function start() {
    setState("connecting", S.connecting);
    Janus.init({ debug: false, dependencies: Janus.useDefaultDependencies(), callback: () => {
      janus = new Janus({
        server: cfg.janus, iceServers: [], // no public STUN: media stays inside the court's network
        success: () => (cfg.mode === "party" && cfg.lobby ? enterLobby() : joinRoom()),
        error: (e) => { setState("failed", S.failed + e); error(e); },
        destroyed: () => log("janus destroyed"),
      });
    }});
  }

  // A party first waits in the lobby room (the judge sees it there) and asks to join the
  // hearing room every 1.5 s: the join succeeds once the judge has added its token.
  function enterLobby() {
    setState("waiting", S.waiting);
    janus.attach({ plugin: "janus.plugin.videoroom",
      success: (h) => { lobbyHandle = h; h.send({ message: { request: "join", ptype: "publisher",
        room: cfg.lobby, token: cfg.token, display: cfg.key + ":" + cfg.name } }); joinRoom(); },
      error: error,
      onmessage: (msg) => { if (msg.error) error("lobby: " + msg.error); },
    });
  }

  function joinRoom() {
    janus.attach({ plugin: "janus.plugin.videoroom",
      success: (h) => { pub = h; tryJoin(); },
      error: error,
      onmessage: onPublisherMessage,
      onlocaltrack: (track, on) => {
        if (!on || track.kind !== "video") return;
        const v = tile("local", S.you).querySelector("video");
        v.srcObject.getVideoTracks().forEach((t) => v.srcObject.removeTrack(t));
        v.srcObject.addTrack(track);
      },
      webrtcState: (on) => log("publisher webrtc", on),
      slowLink: (uplink, lost) => log("slow link", uplink, lost),
    });
  }
  function tryJoin() {
    status.attempts++;
    pub.send({ message: { request: "join", ptype: "publisher", room: cfg.room, token: cfg.token,
      display: (cfg.mode === "judge" ? "judge:" : cfg.key + ":") + cfg.name } });
  }

  function onPublisherMessage(msg, jsep) {
    const ev = msg.videoroom;
    if (msg.error_code === 433 && !status.joined) {   // not admitted yet: ask again
      clearTimeout(admitTimer); admitTimer = setTimeout(tryJoin, 1500); return;
    }
    if (msg.error) { error(msg.error); }
    if (ev === "joined") {
      status.joined = true; status.admitted = true; status.myId = msg.id;
      if (lobbyHandle) { lobbyHandle.send({ message: { request: "leave" } }); lobbyHandle.detach(); lobbyHandle = null; }
      setState("joined", S.inHearing); notice("");
      publish();
      addPublishers(msg.publishers || []);
    } else if (ev === "event") {
      if (msg.publishers) addPublishers(msg.publishers);
      if (msg.leaving === "ok" && msg.reason === "kicked") return kicked();
      const gone = msg.leaving || msg.unpublished;
      if (gone && gone !== "ok") removeFeed(gone);
      if (msg.unpublished === "ok" || msg.leaving === "ok") { /* our own */ }
      if (msg.moderation === "muted" || msg.moderation === "unmuted") log("moderation", msg);
      if (msg.configured === "ok" && msg.streams) for (const s of msg.streams) status.myMids[s.type] = s.mid;
    } else if (ev === "talking" || ev === "stopped-talking") {
      // audio levels, unused
    }
    if (jsep) pub.handleRemoteJsep({ jsep: jsep });
    // Janus tells the others `kicked: <id>`; the one removed gets `leaving: ok, reason: kicked`.
    if (msg.kicked && msg.kicked !== status.myId) removeFeed(msg.kicked);
    else if (msg.kicked === status.myId) kicked();
  }

  function publish() {
    const tracks = [{ type: "audio", capture: true, recv: false }];
    tracks.push({ type: "video", capture: cfg.video ? { width: 320, height: 240 } : false, recv: false });
    pub.createOffer({ tracks: tracks,
      success: (jsep) => pub.send({ message: { request: "configure", audio: true, video: true }, jsep: jsep }),
      error: (e) => error("publish: " + (e && e.message ? e.message : e)),
    });
  }

  function addPublishers(list) {
    const streams = [];
    for (const p of list) {
      if (p.id === status.myId || p.dummy) continue;
      const f = feeds[p.id] || (feeds[p.id] = { display: p.display, streams: [], moderated: {} });
      f.display = p.display;
      f.streams = (p.streams || []).filter((s) => !s.disabled).map((s) => ({ mid: s.mid, type: s.type }));
      for (const s of p.streams || []) {
        f.moderated[s.mid] = !!s.moderated;
        if (s.disabled || subscribed[p.id + "/" + s.mid]) continue;
        subscribed[p.id + "/" + s.mid] = true;
        streams.push({ feed: p.id, mid: s.mid });
      }
      tile(p.id, displayName(p.display));
      status.remote[p.id] = status.remote[p.id] || { display: p.display, framesDecoded: 0,
        audioPackets: 0, audioEnergy: 0, audioLevel: 0 };
    }
    renderParticipants();
    if (streams.length) subscribe(streams);
  }

  function removeFeed(id) {
    delete feeds[id]; delete status.remote[id];
    for (const k of Object.keys(subscribed)) if (k.startsWith(id + "/")) delete subscribed[k];
    removeTile(id); renderParticipants();
  }

  function subscribe(streams) {
    if (sub && !subJoining) { sub.send({ message: { request: "subscribe", streams: streams } }); return; }
    pendingSubs = pendingSubs.concat(streams);
    if (subJoining) return;
    subJoining = true;
    janus.attach({ plugin: "janus.plugin.videoroom",
      success: (h) => { sub = h; const s = pendingSubs; pendingSubs = [];
        h.send({ message: { request: "join", room: cfg.room, ptype: "subscriber", streams: s,
          token: cfg.token } }); },
      error: error,
      onmessage: (msg, jsep) => {
        if (msg.error) error("subscriber: " + msg.error);
        if (msg.streams) for (const s of msg.streams) {
          if (s.active === false) { delete subMids[s.mid]; continue; }
          subMids[s.mid] = { feed: s.feed_id, feedMid: s.feed_mid, type: s.type, display: s.feed_display };
        }
        if (msg.videoroom === "attached") { subJoining = false;
          if (pendingSubs.length) { const p = pendingSubs; pendingSubs = []; subscribe(p); } }
        if (jsep) sub.createAnswer({ jsep: jsep, tracks: [{ type: "data" }],
          success: (ans) => sub.send({ message: { request: "start", room: cfg.room }, jsep: ans }),
          error: (e) => error("answer: " + e) });
      },
      onremotetrack: (track, mid, on) => {
        const m = subMids[mid]; if (!m) return;
        const t = document.getElementById("tile-" + m.feed) || tile(m.feed, displayName(m.display));
        const v = t.querySelector("video"), ms = v.srcObject;
        for (const x of ms.getTracks())
          if (x.id === track.id || (on && x.kind === track.kind)) ms.removeTrack(x);
        if (on) { ms.addTrack(track); v.play().catch(() => {}); }
      },
      oncleanup: () => log("subscriber cleanup"),
    });
  }

  function kicked() {
    status.kicked = true; status.joined = false;
    setState("kicked", S.kicked); notice(S.kicked); teardown(false);
  }

  // ---- audio only, quality -----------------------------------------------------------------
  function setAudioOnly(on, reason) {
    status.audioOnly = on;
    $("audioOnly").textContent = on ? S.videoOn : S.audioOnly;
    if (pub && pub.webrtcStuff && pub.webrtcStuff.pc) {
      for (const s of pub.webrtcStuff.pc.getSenders()) if (s.track && s.track.kind === "video") s.track.enabled = !on;
      if (status.myMids.video !== undefined)
        pub.send({ message: { request: "configure", streams: [{ mid: status.myMids.video, send: !on }] } });
    }
    if (sub) {
      const streams = Object.keys(subMids).filter((m) => subMids[m].type === "video").map((m) => ({ mid: m, send: !on }));
      if (streams.length) sub.send({ message: { request: "configure", streams: streams } });
    }
    if (reason) notice(reason);
  }

  let forcedQuality = null;
  function classify(rttMs, loss) {
    if (forcedQuality) return forcedQuality;
    if (rttMs === null && loss === null) return "unknown";
    if ((loss || 0) > 0.08 || (rttMs || 0) > 600) return "poor";
    if ((loss || 0) > 0.02 || (rttMs || 0) > 250) return "fair";
    return "good";
  }

  async function pollStats() {
    const now = Date.now();
    let rtt = null, loss = null, sent = 0, recv = 0;
    try {
      if (pub && pub.webrtcStuff && pub.webrtcStuff.pc) {
        (await pub.webrtcStuff.pc.getStats()).forEach((r) => {
          if (r.type === "remote-inbound-rtp") {
            if (r.roundTripTime !== undefined) rtt = Math.max(rtt || 0, r.roundTripTime * 1000);
            if (r.fractionLost !== undefined) loss = Math.max(loss || 0, r.fractionLost);
          }
          if (r.type === "outbound-rtp") sent += r.bytesSent || 0;
        });
      }
      const perFeed = {};
      if (sub && sub.webrtcStuff && sub.webrtcStuff.pc) {
        // Per transceiver: inbound-rtp has no `mid` in older Chromium (QtWebEngine 6.4 is 102).
        for (const t of sub.webrtcStuff.pc.getTransceivers()) {
          const m = t.mid !== null ? subMids[t.mid] : null;
          if (!m || !t.receiver) continue;
          (await t.receiver.getStats()).forEach((r) => {
            if (r.type !== "inbound-rtp") return;
            recv += r.bytesReceived || 0;
            const f = perFeed[m.feed] || (perFeed[m.feed] = {});
            if (r.kind === "video") { f.framesDecoded = r.framesDecoded || 0; f.frameWidth = r.frameWidth || 0; }
            if (r.kind === "audio") { f.audioPackets = r.packetsReceived || 0; f.audioEnergy = r.totalAudioEnergy || 0;
              f.audioLevel = r.audioLevel || 0; f.audioMid = m.feedMid; }
            if (r.packetsLost !== undefined && r.packetsReceived)
              loss = Math.max(loss || 0, r.packetsLost / (r.packetsLost + r.packetsReceived));
          });
        }
      }
      for (const id of Object.keys(perFeed)) if (status.remote[id]) Object.assign(status.remote[id], perFeed[id],
        { moderated: feeds[id] ? feeds[id].moderated : {} });
      for (const id of Object.keys(status.remote))
        if (status.firstRemoteFrameMs === null && status.remote[id].framesDecoded > 0)
          status.firstRemoteFrameMs = now - status.loadedAt;
    } catch (e) { log("stats", e); }
    if (lastStats.at) {
      const dt = (now - lastStats.at) / 1000;
      status.sendKbps = Math.round(Math.max(0, sent - lastStats.sent) * 8 / 1000 / dt);
      status.recvKbps = Math.round(Math.max(0, recv - lastStats.recv) * 8 / 1000 / dt);
    }
    lastStats = { at: now, sent: sent, recv: recv };
    status.rttMs = rtt === null ? null : Math.round(rtt);
    status.loss = loss;
    status.quality = classify(status.rttMs, loss);
    const q = $("quality"); q.className = "quality " + status.quality;
    $("qualityText").textContent = (status.rttMs !== null ? status.rttMs + " ms · " : "") +
      (loss !== null ? (loss * 100).toFixed(1) + "% · " : "") + status.sendKbps + "/" + status.recvKbps + " kbit/s";
    q.title = S[status.quality] || "";
    // Automatic fallback: three poor samples in a row switch to audio only (the user may
    // switch video back on).
    poorSamples = status.quality === "poor" ? poorSamples + 1 : 0;
    if (poorSamples === 3 && !status.audioOnly && status.joined) setAudioOnly(true, S.fallback);
    report();
  }

  function report() {
    const body = JSON.stringify(status);
    if (bridge && bridge.report) bridge.report(body);
    if (cfg.report) fetch(cfg.report, { method: "POST", body: body, headers: { "Content-Type": "application/json" } }).catch(() => {});
  }

  // ---- leave, rejoin -----------------------------------------------------------------------
  function teardown(sendLeave) {
    clearTimeout(admitTimer);
    if (pub) { if (sendLeave) pub.send({ message: { request: "leave" } }); pub.hangup(); pub.detach(); pub = null; }
    if (sub) { sub.hangup(); sub.detach(); sub = null; }
    if (lobbyHandle) { lobbyHandle.detach(); lobbyHandle = null; }
    for (const id of Object.keys(feeds)) removeTile(id);
    removeTile("local");
    feeds = {}; subscribed = {}; subMids = {}; subJoining = false; pendingSubs = [];
    status.remote = {}; status.joined = false;
    renderParticipants();
    $("leave").hidden = true; $("rejoin").hidden = status.kicked;
  }
  function leave() { teardown(true); setState("left", S.left); }
  function rejoin() {
    $("leave").hidden = false; $("rejoin").hidden = true;
    if (!janus || !janus.isConnected()) return start();
    joinRoom();   // the token stays allowed: no second wait
  }

  // ---- evidence sharing (judge): an image drawn on a canvas replaces the camera track ------
  function shareImage(dataUrl) {
    const img = new Image();
    img.onload = () => {
      const c = document.createElement("canvas"); c.width = 1280; c.height = 720;
      const g = c.getContext("2d");
      const draw = () => { g.fillStyle = "#fff"; g.fillRect(0, 0, c.width, c.height);
        const s = Math.min(c.width / img.width, c.height / img.height);
        g.drawImage(img, (c.width - img.width * s) / 2, (c.height - img.height * s) / 2, img.width * s, img.height * s); };
      draw(); clearInterval(shareTimer); shareTimer = setInterval(draw, 500);
      const track = c.captureStream(5).getVideoTracks()[0];
      const sender = pub && pub.webrtcStuff.pc.getSenders().find((s) => s.track && s.track.kind === "video");
      if (!sender) return error("no video sender to share on");
      if (!cameraTrack) cameraTrack = sender.track;
      sender.replaceTrack(track);
      status.sharing = true;
    };
    img.src = dataUrl;
  }
  function stopSharing() {
    clearInterval(shareTimer);
    const sender = pub && pub.webrtcStuff.pc.getSenders().find((s) => s.track && s.track.kind === "video");
    if (sender && cameraTrack) sender.replaceTrack(cameraTrack);
    cameraTrack = null; status.sharing = false;
  }

  // ---- API for the host app and tests ------------------------------------------------------
  window.hearing = {
    status: () => JSON.parse(JSON.stringify(status)),
    setStrings: (obj) => { S = Object.assign({}, S, obj || {}); applyStrings(); },
    setWaiting: (list) => renderWaiting(list || []),
    setModerated: (feed, mid, muted) => { if (feeds[feed]) { feeds[feed].moderated[mid] = muted; renderParticipants(); } },
    setAudioOnly: (on) => setAudioOnly(!!on), forceQuality: (q) => { forcedQuality = q || null; },
    leave: leave, rejoin: rejoin, shareImage: shareImage, stopSharing: stopSharing,
  };

  function connectBridge(done) {
    if (cfg.mode !== "judge" || typeof QWebChannel === "undefined" || !window.qt) return done();
    new QWebChannel(qt.webChannelTransport, (channel) => {
      bridge = channel.objects.hearingBridge;
      if (bridge.waitingChanged) bridge.waitingChanged.connect((json) => renderWaiting(JSON.parse(json)));
      if (bridge.moderationChanged) bridge.moderationChanged.connect((feed, mid, muted) => window.hearing.setModerated(feed, mid, muted));
      if (bridge.stringsJson) S = Object.assign({}, S, JSON.parse(bridge.stringsJson));
      done();
    });
  }

  window.addEventListener("load", () => {
    $("judgePanel").hidden = cfg.mode !== "judge";
    $("audioOnly").onclick = () => setAudioOnly(!status.audioOnly);
    $("leave").onclick = leave; $("rejoin").onclick = rejoin;
    connectBridge(() => { applyStrings(); renderWaiting([]); start(); setInterval(pollStats, 1000); });
  });
  window.addEventListener("beforeunload", () => { if (janus) janus.destroy({ unload: true }); });
})();
