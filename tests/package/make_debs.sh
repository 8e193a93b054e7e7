#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The two packages package_lifecycle.sh needs, from this build tree: OUT/current.deb (the project's
# version) and OUT/previous.deb (the same build as version VERSION~previous, which sorts before it).
#
#   make_debs.sh CPACK_COMMAND BUILD_DIR OUT_DIR
set -eu
cpack=$1 build=$2 out=$3
rm -rf "$out"
mkdir -p "$out"
"$cpack" --config "$build/CPackConfig.cmake" -B "$out/current" >"$out/cpack-current.log" 2>&1 ||
    { cat "$out/cpack-current.log"; exit 1; }
mv "$out"/current/airpane_*_amd64.deb "$out/current.deb"
version=$(dpkg-deb -f "$out/current.deb" Version)
"$cpack" --config "$build/CPackConfig.cmake" -B "$out/previous" -D "CPACK_PACKAGE_VERSION=$version~previous" \
    >"$out/cpack-previous.log" 2>&1 || { cat "$out/cpack-previous.log"; exit 1; }
mv "$out"/previous/airpane_*_amd64.deb "$out/previous.deb"
rm -rf "$out/current" "$out/previous"
echo "make_debs: $(dpkg-deb -f "$out/previous.deb" Version) and $version in $out"
