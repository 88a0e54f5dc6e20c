#pragma once

// The party page (resources/hearing/hearing.html, .js, .css), embedded at build time by
// server/embed.cmake, and Debian's janus.js and adapter.js read from /usr/share/javascript.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cd::server {

struct EmbeddedFile
{
    const char* name;
    const char* data;
    std::size_t size;
};
extern const EmbeddedFile kHearingFiles[];
extern const std::size_t kHearingFileCount;

struct PageFile
{
    std::string content;
    std::string contentType;
};

// The file served at /hearing/<name>: party.html (= hearing.html), hearing.js, hearing.css,
// js/janus.js, js/adapter.js (also janus.js, adapter.js). nullopt for anything else or when a
// Debian script is missing.
std::optional<PageFile> hearingPageFile(std::string_view name);

} // namespace cd::server
