# Debian's hardening flags, as dpkg-buildflags gives them to every Debian package
# (DEB_BUILD_MAINT_OPTIONS=hardening=+all: stack protector, _FORTIFY_SOURCE, format checks,
# RELRO and BIND_NOW), for the builds that are packaged (the ci and release presets).
# The optimisation and debug flags stay the build type's; the file-prefix map is dropped as it
# would make ccache miss between checkouts.
option(IMSDESK_HARDENING "Build with Debian's hardening flags (dpkg-buildflags)" OFF)
if(NOT IMSDESK_HARDENING OR IMSDESK_SANITIZE OR IMSDESK_FUZZ)
  return()
endif()

find_program(DPKG_BUILDFLAGS dpkg-buildflags REQUIRED)
function(imsdesk_buildflags variable out)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env DEB_BUILD_MAINT_OPTIONS=hardening=+all
                          ${DPKG_BUILDFLAGS} --get ${variable}
                  OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
  separate_arguments(flags UNIX_COMMAND "${flags}")
  list(FILTER flags EXCLUDE REGEX "^(-g|-O[0-9s]?|-ffile-prefix-map=.*)$")
  set(${out} ${flags} PARENT_SCOPE)
endfunction()
imsdesk_buildflags(CPPFLAGS cppflags)
imsdesk_buildflags(CXXFLAGS cxxflags)
imsdesk_buildflags(LDFLAGS ldflags)
add_compile_options(${cppflags} ${cxxflags})
add_link_options(${ldflags})
# Position-independent executables (Debian's gcc makes them by default; said here so that the
# build does not depend on it).
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()
message(STATUS "Hardening: ${cppflags} ${cxxflags} ${ldflags} PIE")
