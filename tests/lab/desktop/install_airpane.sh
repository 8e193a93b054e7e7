#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the package in the desktop lab VM with apt, as a user would (ctest: desktop_install, the
# set-up of the fixture desktop_airpane; desktop_purge, which purges it, is its clean-up). The VM's
# overlay is thrown away at power-off, so this installs once per boot for the desktop tests.
#   - apt-get install of the .deb package_debs made (tests/package/make_debs.sh), without
#     recommends (the VM has no network: what the root lacks cannot be fetched)
#   - dpkg says installed, every file it lists is there
#   - the bus can activate org.airpane.Helper1 and systemd knows airpane-helper.service (static)
# Prints what apt did and how long it took.
#
#   install_airpane.sh PACKAGE.deb
set -uo pipefail

deb=$(realpath "${1:?usage: install_airpane.sh PACKAGE.deb}")
failures=0
ok() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }

[ -f /run/lab/desktop-ready ] || { echo "not the desktop lab VM (no /run/lab/desktop-ready)"; exit 1; }
[ -f "$deb" ] || { echo "$deb: no such file (package_debs makes it)"; exit 1; }
echo "package: $(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version), $(du -k "$deb" | cut -f1) KiB"
status=$(dpkg-query -W -f='${db:Status-Abbrev}${Version}' airpane 2>/dev/null) || status=""
echo "before: airpane ${status:-not known to dpkg}"

# apt reads a local .deb as the user _apt.
work=$(mktemp -d /tmp/airpane-install.XXXXXX)
chmod 755 "$work"
cp "$deb" "$work/airpane.deb"
chmod 644 "$work/airpane.deb"

started=$SECONDS
DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o Dpkg::Use-Pty=0 --no-install-recommends \
    "$work/airpane.deb" >"$work/apt.log" 2>&1
rc=$?
took=$((SECONDS - started))
sed 's/^/  | /' "$work/apt.log"
echo "apt-get install: exit $rc after $took s"
[ $rc = 0 ] && ok "apt-get install" || fail "apt-get install (exit $rc)"

status=$(dpkg-query -W -f='${db:Status-Abbrev}${Version}' airpane 2>/dev/null) || status=""
version=$(dpkg-deb -f "$deb" Version)
[ "$status" = "ii $version" ] && ok "dpkg: airpane $version installed" || fail "dpkg says '$status'"
missing=$(dpkg -L airpane 2>/dev/null | grep -v '^/\.$' | while read -r file; do [ -e "$file" ] || echo "$file"; done)
[ -z "$missing" ] && ok "every file dpkg lists is there ($(dpkg -L airpane | wc -l) entries)" ||
    fail "missing: $missing"

activatable=$(busctl --system call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus \
    ListActivatableNames 2>/dev/null | grep -o '"org.airpane.Helper1"') || activatable=""
[ -n "$activatable" ] && ok "the system bus can activate org.airpane.Helper1" ||
    fail "org.airpane.Helper1 is not activatable"
unit=$(systemctl show -p LoadState -p UnitFileState -p FragmentPath airpane-helper.service | paste -sd' ')
echo "systemd: $unit"
grep -q 'LoadState=loaded' <<<"$unit" && grep -q 'UnitFileState=static' <<<"$unit" &&
    ok "systemd has the static airpane-helper.service" || fail "airpane-helper.service: $unit"

rm -rf "$work"
[ $failures = 0 ] || { echo "install: $failures check(s) failed"; exit 1; }
echo "install: airpane $version installed in $took s"
