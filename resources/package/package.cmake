# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package `airpane`, made by CPack's DEB generator from the install rules (no debian/
# folder): `tools/dev package`, or `cpack --config BUILD/CPackConfig.cmake` in a build tree.
# Binaries stripped; Depends from dpkg-shlibdeps plus the system services the helper lives with;
# maintainer scripts in this folder; copyright, changelog, compressed manual pages and the last of
# the stripping done on the staged tree by debian-tree.cmake (what debhelper's dh_installdocs,
# dh_installchangelogs, dh_compress and dh_strip would do). The version follows project();
# `cmake -D AIRPANE_PACKAGE_VERSION=X` overrides it, and so does `cpack -D CPACK_PACKAGE_VERSION=X`
# (the same build packaged as version X, as tests/package/make_debs.sh does for an upgrade).
if(NOT AIRPANE_PACKAGE_VERSION)
    set(AIRPANE_PACKAGE_VERSION "${PROJECT_VERSION}")
endif()
set(AIRPANE_PACKAGE_MAINTAINER "The Airpane developers <developers@airpane.org>" CACHE STRING
    "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME airpane)
set(CPACK_PACKAGE_VENDOR "The Airpane developers")
set(CPACK_PACKAGE_VERSION "${AIRPANE_PACKAGE_VERSION}")
set(CPACK_PACKAGE_CONTACT "${AIRPANE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/package")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for Wi-Fi radios, virtual interfaces and Wi-Fi Direct")
set(CPACK_PACKAGE_DESCRIPTION [=[
Airpane shows what the Linux kernel knows about the machine's Wi-Fi
hardware, live: radios and their interfaces, networks in range with every
element decoded, channel occupancy and recommendations, signal over time,
capabilities, Wi-Fi Direct peers and the kernel's Wi-Fi events. It creates,
changes and deletes virtual interfaces, checked first against the radio's
interface combinations, and runs Wi-Fi Direct discovery.

The Qt front end (airpane) and the command line (airpane-cli) run
unprivileged. The privileged helper is the system D-Bus service
org.airpane.Helper1, started on demand through systemd, and asks polkit for
every request.]=])
# The whole staged tree under /usr, absolute install destinations (the polkit policy) included.
set(CPACK_SET_DESTDIR ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/debian-tree.cmake")
set(CPACK_AIRPANE_PACKAGE_FILES_DIR "${CMAKE_CURRENT_LIST_DIR}")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Beyond the libraries: the system bus and polkitd the helper lives with (dbus-daemon or
# dbus-broker), and Qt's SVG plugins, without which the front end has no icons (they are all SVG).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "default-dbus-system-bus | dbus-system-bus, polkitd, qt6-svg-plugins")
# Vendor names of BSSIDs (/usr/share/ieee-data/oui.txt), a polkit agent for the actions that ask for
# a password, Qt's own strings in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ieee-data, polkit-1-auth-agent, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(AIRPANE_HELPER_PATH "${CMAKE_INSTALL_FULL_LIBEXECDIR}/airpane-helper")
foreach(script postinst prerm postrm)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/${script}.in ${CMAKE_BINARY_DIR}/package-scripts/${script}
        @ONLY FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
        WORLD_READ WORLD_EXECUTE)
    list(APPEND CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_BINARY_DIR}/package-scripts/${script})
endforeach()

set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/")

include(CPack)
