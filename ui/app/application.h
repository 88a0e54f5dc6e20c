#pragma once

namespace cd::ui {

// The whole `courtdesk` executable: options, translations, profile, main window, event loop.
// Options: --profile DIR, --language LANG, --no-demo-prompt, --quit-after-first-paint,
// --help, --version.
int runApplication(int argc, char** argv);

} // namespace cd::ui
