#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cd {

// The process's one NSS certificate database, shared by poppler and our pre-checks.
// NSS is initialised once per process (poppler opens it read-only), so a process serves one
// database; the GUI therefore signs and verifies through worker processes (courtdesk-cli).
class NssSession
{
    Q_DECLARE_TR_FUNCTIONS(cd::NssSession)
public:
    // Points poppler at dir (an NSS sql: database folder) and checks that NSS really opened it:
    // poppler silently falls back to an empty in-memory database for a wrong folder.
    static Result<void> open(const QString& dir);
    // The folder open() succeeded with, or empty.
    static QString currentDir();
    static bool isOpen();

    // Logs into the key database. Poppler 22.12 retries a wrong password forever inside NSS,
    // so the password is checked here first and poppler only ever sees a logged-in token.
    static Result<void> login(const QString& password);

    // DER of the certificate with this nickname, and whether its private key is in the database
    // (needs login when the database has a password).
    static Result<QByteArray> certificateDer(const QString& nickname);
    static bool hasPrivateKey(const QString& nickname);
};

} // namespace cd
