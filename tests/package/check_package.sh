#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, built by cpack from this build tree, checked without installing it:
#   - lintian reports no error, and no warning other than the ones README.md ("Package") explains
#   - every file is at its Debian path (dpkg-deb -c), binaries stripped
#   - the control fields: Depends from dpkg-shlibdeps plus the system bus and polkitd, maintainer
#     scripts present and valid sh
#   - the D-Bus activation file and systemd unit start the packaged helper, through systemd
#   - the translations compiled into the packaged front end answer in German, French, Spanish, Japanese
#
#   check_package.sh CPACK_COMMAND BUILD_DIR OUT_DIR
set -uo pipefail

cpack=${1:?usage: check_package.sh CPACK_COMMAND BUILD_DIR OUT_DIR}
build=${2:?}
out=${3:?}
failures=0

say() { printf 'package: %s\n' "$*"; }
fail() { printf 'package: FAIL: %s\n' "$*"; failures=$((failures + 1)); }
die() { printf 'package: FAIL: %s\n' "$*"; exit 1; }

rm -rf "$out"
mkdir -p "$out"
started=$SECONDS
"$cpack" --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 ||
    { cat "$out/cpack.log"; die "cpack failed"; }
debs=("$out"/airpane_*_amd64.deb)
[ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || { ls -l "$out"; die "cpack made no single airpane_*_amd64.deb"; }
deb=${debs[0]}
say "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $((SECONDS - started)) s"

# --- lintian: no error; every warning one README.md names (its "Package" section says why each stays).
allowed_warnings=(
)
command -v lintian >/dev/null || die "lintian is missing (tools/packages)"
started=$SECONDS
lintian_status=0
lintian --display-info --tag-display-limit 0 "$deb" >"$out/lintian.txt" 2>&1 || lintian_status=$?
say "lintian ($((SECONDS - started)) s, exit $lintian_status):"
sed 's/^/    /' "$out/lintian.txt"
# 1: errors (its default --fail-on); anything above: lintian itself failed, so it checked nothing.
[ $lintian_status -le 1 ] || fail "lintian did not run through"
if grep -q '^E: ' "$out/lintian.txt"; then
    fail "lintian reports errors"
fi
while read -r tag; do
    [ -n "$tag" ] || continue
    known=0
    for allowed in "${allowed_warnings[@]}"; do [ "$tag" = "$allowed" ] && known=1; done
    [ $known = 1 ] || fail "lintian warning $tag is new: fix it, or explain it in README.md and allow it here"
done < <(sed -n 's/^W: [^:]*: \([^ ]*\).*/\1/p' "$out/lintian.txt" | sort -u)

# --- files at their Debian paths
dpkg-deb -c "$deb" >"$out/contents.txt" || die "dpkg-deb -c failed"
expected=(
    ./usr/bin/airpane
    ./usr/bin/airpane-cli
    ./usr/libexec/airpane-helper
    ./usr/share/dbus-1/system.d/org.airpane.Helper1.conf
    ./usr/share/dbus-1/system-services/org.airpane.Helper1.service
    ./usr/share/polkit-1/actions/org.airpane.helper.policy
    ./usr/lib/systemd/system/airpane-helper.service
    ./usr/share/applications/org.airpane.Airpane.desktop
    ./usr/share/metainfo/org.airpane.Airpane.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/org.airpane.Airpane.svg
    ./usr/share/man/man1/airpane.1.gz
    ./usr/share/man/man1/airpane-cli.1.gz
    ./usr/share/doc/airpane/copyright
    ./usr/share/doc/airpane/changelog.gz
)
listed=$(awk '{ print $6 }' "$out/contents.txt")
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$listed" || fail "$path is not in the package"
done
# Nothing outside /usr; nothing owned by anyone but root.
outside=$(grep -v -e '^\./$' -e '^\./usr/' <<<"$listed")
[ -z "$outside" ] || fail "files outside /usr: $outside"
awk '$2 != "root/root" { print }' "$out/contents.txt" | grep -q . && fail "files not owned by root/root"
say "$(wc -l <"$out/contents.txt") entries, the ${#expected[@]} expected files among them"

root=$out/root
dpkg-deb -x "$deb" "$root" || die "dpkg-deb -x failed"
for binary in usr/bin/airpane usr/bin/airpane-cli usr/libexec/airpane-helper; do
    readelf -S "$root/$binary" | grep -qE '\.debug_|\.symtab' && fail "$binary is not stripped"
done
zcat "$root/usr/share/doc/airpane/changelog.gz" | head -n 1 | grep -q "^airpane ($(dpkg-deb -f "$deb" Version)) " ||
    fail "changelog.gz does not start with this version"

# --- control fields
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = airpane ] || fail "Package is $(field Package)"
[ "$(field Section)" = net ] || fail "Section is $(field Section)"
[ "$(field Priority)" = optional ] || fail "Priority is $(field Priority)"
[ "$(field Architecture)" = amd64 ] || fail "Architecture is $(field Architecture)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Homepage)" ] || fail "no Homepage"
depends=$(field Depends)
say "Depends: $depends"
say "Recommends: $(field Recommends)"
# One alternative of each entry per line, without version.
alternatives=$(tr ',|' '\n\n' <<<"$depends" | sed -e 's/(.*)//' -e 's/[[:space:]]//g' -e 's/:any$//')
for want in dbus-system-bus polkitd qt6-svg-plugins 'libqt6core6.*' 'libqt6widgets6.*' 'libqt6dbus6.*' \
    libnl-3-200 libnl-genl-3-200 'libkf6authcore6' 'libpolkit-qt6-1-1' libc6 'libstdc\+\+6'; do
    grep -qxE "$want" <<<"$alternatives" || fail "Depends lacks $want"
done
dpkg-deb -e "$deb" "$out/control" || die "dpkg-deb -e failed"
for script in postinst prerm postrm; do
    if [ ! -x "$out/control/$script" ]; then
        fail "no executable $script"
        continue
    fi
    sh -n "$out/control/$script" || fail "$script is not valid sh"
    grep -qx 'set -e' "$out/control/$script" || fail "$script lacks set -e"
done
grep -q 'deb-systemd-invoke stop airpane-helper.service' "$out/control/prerm" || fail "prerm does not stop the helper"

# --- the system files point at the packaged helper, and activation goes through systemd
activation=$root/usr/share/dbus-1/system-services/org.airpane.Helper1.service
unit=$root/usr/lib/systemd/system/airpane-helper.service
grep -qx 'SystemdService=airpane-helper.service' "$activation" || fail "activation does not go through systemd"
for file in "$activation" "$unit"; do
    exec=$(sed -n 's/^\(Exec\|ExecStart\)=\([^ ]*\).*/\2/p' "$file")
    [ -n "$exec" ] && [ -x "$root$exec" ] || fail "$(basename "$file") starts $exec, which the package lacks"
done
grep -qx 'BusName=org.airpane.Helper1' "$unit" || fail "the unit's BusName is not org.airpane.Helper1"
grep -q 'org.airpane.helper.interfaces' "$root/usr/share/polkit-1/actions/org.airpane.helper.policy" ||
    fail "the polkit policy lacks org.airpane.helper.interfaces"

# --- translations: compiled into the front end (:/i18n), so no .qm files; the packaged binary speaks them
declare -A description=(
    [de_DE]='Werkbank für WLAN-Funkmodule'
    [fr_FR]='Atelier pour radios Wi-Fi'
    [es_ES]='Banco de trabajo para radios Wi-Fi'
    [ja_JP]='Wi-Fi 無線機、仮想インターフェース'
)
for locale in "${!description[@]}"; do
    help=$(env -i PATH="$PATH" HOME="$out" LANG="$locale.UTF-8" QT_QPA_PLATFORM=offscreen \
        "$root/usr/bin/airpane" --help 2>&1)
    grep -qF "${description[$locale]}" <<<"$help" || fail "the packaged airpane does not speak $locale: $help"
done

if [ $failures -gt 0 ]; then
    say "$failures failures"
    exit 1
fi
say "all checks passed"
