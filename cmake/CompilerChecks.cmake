# Warnings and hardening for every CourtDesk target, via an interface library.
add_library(courtdesk_flags INTERFACE)
target_compile_options(courtdesk_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wno-unused-parameter
  -fstack-protector-strong -fno-omit-frame-pointer)
# _FORTIFY_SOURCE needs optimisation; skip it in plain Debug builds.
target_compile_definitions(courtdesk_flags INTERFACE
  $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>
  QT_NO_FOREACH)
target_link_options(courtdesk_flags INTERFACE -Wl,-z,relro -Wl,-z,now)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(COURTDESK_SANITIZE)
  target_compile_options(courtdesk_flags INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined)
  target_link_options(courtdesk_flags INTERFACE -fsanitize=address,undefined)
endif()
