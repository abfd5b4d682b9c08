# `cpack -G DEB` in a build folder makes imsdesk_<version>-<revision>_amd64.deb from the install
# rules (executables, desktop entry, icon, metainfo, man pages, copyright, changelog).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME imsdesk)
set(CPACK_PACKAGE_CONTACT "imsdesk developers <imsdesk@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop manager for IMS and OpenStack Glance images")
# The extended description (CPack puts the summary above it): what apt show tells a user.
set(CPACK_PACKAGE_DESCRIPTION "imsdesk manages machine images on clouds that speak the Image Management
Service (IMS) API, such as Huawei Cloud, Open Telekom Cloud and G42 Cloud,
and on any OpenStack cloud through Glance and Keystone. It lists tens of
thousands of images quickly, creates, replicates, shares, edits, exports and
deletes them with the cloud's rules checked first, and follows every
asynchronous job to its end, also across restarts. Credentials are kept only
in the system keychain.
.
The package also contains imsctl, a command line over the same profiles,
keychain and jobs, and imsdesk-sandbox, a local emulator of the IAM, IMS, ECS
and Glance APIs for trying imsdesk and testing scripts.")
# The Debian revision: a change to the packaging alone raises it.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# Installed binaries carry no debug information (the build's stays in the build folder).
set(CPACK_STRIP_FILES ON)
# Files owned by root, directories 0755, as Debian wants them whatever the builder's umask.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
    GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# The libraries the executables link come from dpkg-shlibdeps. Loaded at run time, so invisible
# to it: the SVG image and icon plugins (libqt6svg6: the toolbar's icons and the window icon),
# libsecret, which QtKeychain dlopens, and a Secret Service for the secrets to live in; Qt's own
# strings in German and Chinese (qtbase_*.qm, loaded by Translations). Recommended: a Secret
# Service, and a font with Chinese glyphs, without which the zh_CN translation shows boxes.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libsecret-1-0, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, fonts-wqy-microhei | fonts-noto-cjk")
include(CPack)
