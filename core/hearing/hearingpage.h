#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cd {

// What the hearing page (resources/hearing) needs in its query string.
struct HearingPageParams
{
    QString mode = QStringLiteral("party"); // "judge" or "party"
    QUrl janus;                             // the Janus API, e.g. http://127.0.0.1:8088/janus
    qint64 room = 0;
    qint64 lobby = 0; // the waiting room; parties only
    QString token;
    QString name;
    QString key; // the party's key in the hearing (shown to the judge in the waiting room)
    QUrl report; // optional: the page POSTs its status (JSON) there every second
    bool video = true;
};

// The hearing page files: hearing.html/.js/.css are compiled in (:/courtdesk/hearing), and
// js/janus.js and js/adapter.js are Debian's (libjs-janus-gateway, libjs-webrtc-adapter),
// never downloaded. The app installs them into a folder and opens it as a file: URL; a web
// server (the tests', later courtdesk-server) serves the same files by the same names.
class HearingPage
{
    Q_DECLARE_TR_FUNCTIONS(cd::HearingPage)
public:
    static QStringList files(); // relative names: hearing.html, js/janus.js...
    // Where a relative name's content comes from; empty when it is not a page file.
    static QString sourceFor(const QString& relativePath);
    static QString contentType(const QString& relativePath);
    // Copies every file into dir (created); returns the absolute path of hearing.html.
    static Result<QString> install(const QString& dir);
    static QUrl url(const QUrl& page, const HearingPageParams& p);
};

} // namespace cd
