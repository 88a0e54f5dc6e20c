#pragma once

#include "cli.h"
#include "storage/profile.h"

#include <QCommandLineParser>

#include <memory>

namespace cd::cli {

// Parses args (without the program name) for one command; prints the error and returns false
// on bad usage.
bool parseArgs(QCommandLineParser& parser, const QString& command, const QStringList& args, Io& io);

// Prints a translated error, with its technical detail in parentheses.
void printError(Io& io, const Error& e);

// Opens the profile named by --profile, printing the translated error on failure.
std::unique_ptr<Profile> openProfile(const QString& dir, Io& io);

} // namespace cd::cli
