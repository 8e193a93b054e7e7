# SPDX-License-Identifier: GPL-3.0-or-later
# CPack pre-build script (CPACK_PRE_BUILD_SCRIPTS): the staged tree made a Debian one before it
# becomes the package, as debhelper would: /usr/share/doc/airpane/copyright (DEP-5), changelog.gz
# (the package is native: no Debian revision), manual pages compressed with gzip -9n, and the
# .comment and .note sections gone from the binaries (CPACK_STRIP_FILES only strips symbols). Runs
# at packaging time, so `cpack -D CPACK_PACKAGE_VERSION=X` gets a changelog for X; plain
# `cmake --install` trees get none of this.
set(staged "${CPACK_TEMPORARY_INSTALL_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}")
if(NOT IS_DIRECTORY "${staged}/bin")
    message(FATAL_ERROR "debian-tree.cmake: no staged tree at ${staged}")
endif()
set(doc "${staged}/share/doc/${CPACK_PACKAGE_NAME}")
file(MAKE_DIRECTORY "${doc}")
file(COPY_FILE "${CPACK_AIRPANE_PACKAGE_FILES_DIR}/copyright" "${doc}/copyright")

# SOURCE_DATE_EPOCH, when set, makes the date (and so the package) reproducible.
string(TIMESTAMP date "%a, %d %b %Y %H:%M:%S +0000" UTC)
file(WRITE "${doc}/changelog" "${CPACK_PACKAGE_NAME} (${CPACK_PACKAGE_VERSION}) unstable; urgency=medium

  * Airpane ${CPACK_PACKAGE_VERSION}, packaged by CPack from the project's install rules.

 -- ${CPACK_PACKAGE_CONTACT}  ${date}
")

file(GLOB_RECURSE manpages "${staged}/share/man/*.[1-9]")
foreach(file IN LISTS manpages ITEMS "${doc}/changelog")
    execute_process(COMMAND gzip -9nf "${file}" RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "debian-tree.cmake: gzip ${file} failed")
    endif()
endforeach()
file(CHMOD "${doc}/copyright" "${doc}/changelog.gz" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

file(GLOB binaries "${staged}/bin/*" "${staged}/libexec/*")
foreach(file IN LISTS binaries)
    execute_process(COMMAND strip --remove-section=.comment --remove-section=.note "${file}" RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "debian-tree.cmake: strip ${file} failed")
    endif()
endforeach()
