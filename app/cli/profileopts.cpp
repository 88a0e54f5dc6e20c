#include "profileopts.h"

namespace cd::cli {

bool parseArgs(QCommandLineParser& parser, const QString& command, const QStringList& args, Io& io)
{
    if (!parser.parse(QStringList{QStringLiteral("courtdesk-cli ") + command} + args)) {
        io.err << "courtdesk-cli " << command << ": " << parser.errorText() << "\n";
        return false;
    }
    return true;
}

void printError(Io& io, const Error& e)
{
    io.err << e.message << "\n";
    if (!e.detail.isEmpty())
        io.err << "  (" << e.detail << ")\n";
}

std::unique_ptr<Profile> openProfile(const QString& dir, Io& io)
{
    if (dir.isEmpty()) {
        io.err << QCoreApplication::translate("cd::cli", "--profile DIR is required.") << "\n";
        return nullptr;
    }
    auto p = Profile::open(dir);
    if (!p) {
        printError(io, p.error());
        return nullptr;
    }
    return std::move(p).value();
}

} // namespace cd::cli
