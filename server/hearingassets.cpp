#include "hearingassets.h"

#include <cstdlib>
#include <fstream>
#include <iterator>

namespace cd::server {

namespace {

std::string contentType(std::string_view name)
{
    auto ends = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
    };
    if (ends(".html"))
        return "text/html; charset=utf-8";
    if (ends(".js"))
        return "text/javascript; charset=utf-8";
    if (ends(".css"))
        return "text/css; charset=utf-8";
    return "application/octet-stream";
}

// Debian's libjs-janus-gateway and libjs-webrtc-adapter; the environment may point elsewhere
// (the same variables as the desk's HearingPage).
std::optional<std::string> systemScript(const char* env, const char* fallback)
{
    const char* over = std::getenv(env);
    std::ifstream in(over && *over ? over : fallback, std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

std::optional<PageFile> hearingPageFile(std::string_view name)
{
    if (name == "js/janus.js" || name == "janus.js") {
        auto s = systemScript("COURTDESK_JANUS_JS", "/usr/share/javascript/janus-gateway/janus.js");
        if (!s)
            return std::nullopt;
        return PageFile{std::move(*s), contentType(name)};
    }
    if (name == "js/adapter.js" || name == "adapter.js") {
        auto s =
            systemScript("COURTDESK_ADAPTER_JS", "/usr/share/javascript/webrtc-adapter/adapter.js");
        if (!s)
            return std::nullopt;
        return PageFile{std::move(*s), contentType(name)};
    }
    const std::string_view embedded = name == "party.html" ? "hearing.html" : name;
    if (embedded == "hearing.html" && name != "party.html")
        return std::nullopt; // one name for the page
    for (std::size_t i = 0; i < kHearingFileCount; ++i) {
        if (embedded == kHearingFiles[i].name)
            return PageFile{std::string(kHearingFiles[i].data, kHearingFiles[i].size),
                            contentType(name)};
    }
    return std::nullopt;
}

} // namespace cd::server
