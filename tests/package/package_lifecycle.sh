#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package's life on a real system: install the previous version, upgrade to the current
# one, reinstall, D-Bus activation through systemd, removal while the helper runs, purge; afterwards
# the system's files are what they were before. Runs as root on a systemd-booted Debian 13 machine
# with working apt (the desktop lab VM), never on a machine that matters: it installs and purges.
#
#   package_lifecycle.sh PREVIOUS.deb CURRENT.deb   (PREVIOUS: the same build packaged with a lower
#   package_lifecycle.sh CURRENT.deb                 version; without it the upgrade is skipped)
#
# The dependencies are other packages' files: they are installed first (apt-get satisfy, without
# recommends) and the "before" snapshot is taken after that, so that the comparison sees Airpane's
# own footprint. Each step prints what it did and what it saw; exit status 0 when every check
# passed, 1 when one failed, 100 when the test could not run.
#
# Without systemd (a chroot with its own `dbus-daemon --system`), the same steps run with the bus
# activating the helper itself (dbus-daemon-launch-helper): the systemd checks are left out and
# the maintainer scripts' other branch, which kills the helper's processes, is what is tested.
set -uo pipefail

helper=/usr/libexec/airpane-helper
unit=airpane-helper.service
busname=org.airpane.Helper1
work=$(mktemp -d /tmp/airpane-lifecycle.XXXXXX)
failures=0
export DEBIAN_FRONTEND=noninteractive
policy=/usr/sbin/policy-rc.d
dropin=""
drop_idle_override() {
    [ -n "$dropin" ] || return 0
    rm -rf "$dropin"
    dropin=""
    systemctl daemon-reload
}
cleanup() {
    [ ! -e "$work/policy-rc.d" ] || mv "$work/policy-rc.d" "$policy"
    drop_idle_override
    [ "$failures" != 0 ] || rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n=== %s (at %d s)\n' "$*" "$SECONDS"; }
saw() { printf '    %s\n' "$*"; }
ok() { printf '    ok: %s\n' "$*"; }
fail() { printf '    FAIL: %s\n' "$*"; failures=$((failures + 1)); }
die() { printf 'package_lifecycle: %s\n' "$*" >&2; exit 100; }

[ "$(id -u)" = 0 ] || die "run as root"
if [ -d /run/systemd/system ]; then
    systemd=1
else
    systemd=0
    [ -S /run/dbus/system_bus_socket ] || die "neither systemd nor a system bus runs here"
fi
command -v apt-get >/dev/null || die "no apt-get"
case $# in
1) previous="" current=$(realpath "$1") ;;
2) previous=$(realpath "$1") current=$(realpath "$2") ;;
*) die "usage: package_lifecycle.sh [PREVIOUS.deb] CURRENT.deb" ;;
esac
for deb in $previous "$current"; do
    [ -f "$deb" ] || die "$deb: no such file"
    [ "$(dpkg-deb -f "$deb" Package)" = airpane ] || die "$deb is not the airpane package"
done
if dpkg-query -W -f='${db:Status-Status}' airpane 2>/dev/null | grep -qv '^not-installed$'; then
    die "airpane is already installed (or its configuration is left): purge it first"
fi
# Files of the package already on the system (a `cmake --install`) would be taken over by dpkg and
# removed with the package: the comparison could not tell.
present=$(dpkg-deb -c "$current" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' |
    while read -r file; do [ ! -e "$file" ] || echo "$file"; done)
[ -z "$present" ] || die "files of the package are already here, installed without dpkg: $present"
current_version=$(dpkg-deb -f "$current" Version)
if [ -n "$previous" ]; then
    previous_version=$(dpkg-deb -f "$previous" Version)
    dpkg --compare-versions "$previous_version" lt "$current_version" ||
        die "PREVIOUS ($previous_version) is not older than CURRENT ($current_version)"
fi

# A policy-rc.d that forbids service actions (the build root's, which the lab VMs boot from) would
# keep the maintainer scripts' deb-systemd-invoke from stopping and restarting the helper: moved
# aside while the test runs, as a real system has none.
[ ! -e "$policy" ] || mv "$policy" "$work/policy-rc.d"

# apt reads local .debs as the user _apt: the files must be readable by it.
cp $previous "$current" "$work/"
chmod 755 "$work"
chmod 644 "$work"/*.deb
[ -z "$previous" ] || previous=$work/$(basename "$previous")
current=$work/$(basename "$current")

apt_get() {
    saw "apt-get $*"
    apt-get -y -q -o Dpkg::Use-Pty=0 --no-install-recommends "$@" >"$work/apt.log" 2>&1
    local status=$?
    sed 's/^/      | /' "$work/apt.log"
    return $status
}

# Installed packages (every state but not-installed) with their versions; names only with --names.
packages() {
    dpkg-query -W -f='${db:Status-Status} ${binary:Package} ${Version}\n' |
        awk -v names="${1:-}" '$1 != "not-installed" { print (names ? $2 : $0) }' | sort
}

# What the diff leaves out, and why. Everything else, anywhere on the root file system (and /usr,
# /var, /etc, /home, /opt, /srv when they are file systems of their own), must be as it was: the
# paths, their type, mode and owner (uid:gid: a name costs find an NSS lookup per path, four times
# the walk itself), and the content of every file under /etc.
# Extended regular expressions, matched from the start of the path.
ignored=(
    '/var/cache/apt/'                        # apt's package and source caches, rebuilt by apt-get
    '/var/lib/apt/'                          # apt's state (extended_states: auto-installed marks)
    '/var/cache/debconf/'                    # debconf's databases and their -old backups
    '/var/lib/dpkg/'                         # dpkg's database: checked separately (packages, info)
    '/var/log/'                              # logs: apt, dpkg, the journal (the helper's runs)
    '/var/cache/man/'                        # man-db's index, updated by its trigger
    '/var/backups/'                          # daily backups of dpkg's status (a timer), not ours
    '/var/lib/systemd/timers/'               # stamps of whatever timers ran meanwhile
    '/usr/share/applications/mimeinfo\.cache$' # desktop-file-utils' trigger for the desktop file
    '/usr/share/icons/hicolor/icon-theme\.cache$' # the icon cache's trigger for the icon
)
ignore_regex=$(printf '%s\n' "${ignored[@]}" | paste -sd '|')

# Everything else mounted (the repository and build folder the lab shares, bind mounts of them,
# /proc, /run, /tmp ...) is left out, even where it is the same file system.
systems=(/ /usr /var /etc /home /opt /srv /boot)
snapshot() {
    local out=$1 fs mount prune=()
    while read -r mount; do
        case " ${systems[*]} " in *" $mount "*) continue ;; esac
        prune+=(-o -path "$mount")
    done < <(awk '{ print $5 }' /proc/self/mountinfo | sort -u)
    {
        for fs in "${systems[@]}"; do
            [ "$fs" = / ] || mountpoint -q "$fs" || continue
            find "$fs" -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path /tmp \
                -o -path "$work" "${prune[@]}" \) -prune -o -printf '%y %m %U:%G %p\n'
        done
    } | sort -u -k4 >"$out.files"
    find /etc -xdev -type f -exec sha256sum {} + 2>/dev/null | sort -k2 >"$out.etc"
    packages >"$out.packages"
}

# Compares two snapshots; prints and counts what differs beyond the ignored paths.
compare() {
    local before=$1 after=$2 what=$3 diffs ignored_diffs
    diffs=$(diff "$before.files" "$after.files" | grep '^[<>]')
    ignored_diffs=$(grep -E "^[<>] [^ ]+ [^ ]+ [^ ]+ ($ignore_regex)" <<<"$diffs")
    diffs=$(grep -vE "^[<>] [^ ]+ [^ ]+ [^ ]+ ($ignore_regex)" <<<"$diffs")
    [ -z "$ignored_diffs" ] || saw "ignored ($(wc -l <<<"$ignored_diffs") lines): $(cut -d' ' -f5 <<<"$ignored_diffs" | sort -u | head -n 20 | paste -sd' ')"
    if [ -n "$diffs" ]; then
        fail "$what: files differ (< before, > after):"
        sed 's/^/      /' <<<"$diffs"
    else
        ok "$what: the same files, types, modes and owners"
    fi
    diffs=$(diff "$before.etc" "$after.etc" | grep '^[<>]')
    if [ -n "$diffs" ]; then
        fail "$what: files under /etc changed:"
        sed 's/^/      /' <<<"$diffs"
    else
        ok "$what: /etc unchanged"
    fi
    diffs=$(diff "$before.packages" "$after.packages" | grep '^[<>]')
    if [ -n "$diffs" ]; then
        fail "$what: installed packages differ:"
        sed 's/^/      /' <<<"$diffs"
    else
        ok "$what: the same packages"
    fi
}

# PIDs of processes running the helper's binary, its file deleted or not.
helper_pids() {
    local exe target
    for exe in /proc/[0-9]*/exe; do
        target=$(readlink "$exe" 2>/dev/null) || continue
        case "$target" in "$helper" | "$helper (deleted)") exe=${exe#/proc/}; echo "${exe%/exe}" ;; esac
    done
}

# Calls the helper (org.freedesktop.DBus.Peer.Ping, which the bus policy allows anyone): D-Bus
# activation must start it (through systemd, when systemd runs).
activate() {
    local started=$SECONDS
    if command -v busctl >/dev/null && [ $systemd = 1 ]; then
        busctl --system --timeout=30 call "$busname" /org/airpane/Helper1 org.freedesktop.DBus.Peer Ping \
            >"$work/call.log" 2>&1
    else
        dbus-send --system --print-reply --reply-timeout=30000 --dest="$busname" /org/airpane/Helper1 \
            org.freedesktop.DBus.Peer.Ping >"$work/call.log" 2>&1
    fi
    local status=$?
    saw "Ping $busname: exit $status after $((SECONDS - started)) s $(tr '\n' ' ' <"$work/call.log")"
    return $status
}

expect_activation() {
    if ! activate; then
        fail "the call did not reach the helper"
        [ $systemd = 0 ] || journalctl -u "$unit" -n 20 --no-pager 2>/dev/null | sed 's/^/      | /'
        return 1
    fi
    local state pid exe
    if [ $systemd = 0 ]; then
        pid=$(helper_pids | paste -sd' ')
        saw "helper processes: ${pid:-none}"
        [ -n "$pid" ] && [ "$pid" = "${pid%% *}" ] && ok "activated by the bus: one helper, $helper" ||
            fail "one helper process expected, found: ${pid:-none}"
        return 0
    fi
    state=$(systemctl is-active "$unit")
    pid=$(systemctl show -P MainPID "$unit")
    exe=$(readlink "/proc/$pid/exe" 2>/dev/null)
    saw "systemctl is-active $unit: $state; MainPID $pid runs $exe"
    [ "$state" = active ] && ok "activated through systemd" || fail "$unit is $state after the call"
    [ "$exe" = "$helper" ] && ok "it runs the installed $helper" || fail "MainPID runs '$exe', not $helper"
    [ "$(helper_pids | wc -l)" = 1 ] || fail "helper processes: $(helper_pids | paste -sd' ') (one expected)"
}

expect_installed() {
    local version=$1 status
    status=$(dpkg-query -W -f='${db:Status-Abbrev}${Version}' airpane 2>/dev/null)
    saw "dpkg: airpane $status"
    [ "$status" = "ii $version" ] && ok "airpane $version installed" || fail "expected 'ii $version', dpkg says '$status'"
    local missing=0 file
    while read -r file; do
        [ -e "$file" ] || { fail "$file (listed by dpkg) is missing"; missing=1; }
    done < <(dpkg -L airpane | grep -v '^/\.$')
    [ $missing = 1 ] || ok "every file dpkg lists is there ($(dpkg -L airpane | wc -l) entries)"
}

expect_no_helper() {
    local state=inactive pids
    pids=$(helper_pids | paste -sd' ')
    if [ $systemd = 1 ]; then
        state=$(systemctl is-active "$unit")
        saw "systemctl is-active $unit: $state; helper processes: ${pids:-none}"
    else
        saw "helper processes: ${pids:-none}"
    fi
    [ "$state" != active ] && [ "$state" != activating ] && [ "$state" != deactivating ] &&
        ok "the unit is not running" || fail "$unit is $state"
    [ -z "$pids" ] && ok "no helper process" || fail "helper processes left: $pids"
}

step "0. dependencies (other packages: installed before the snapshot)"
# The helper quits after 30 s without sessions, and under the lab's emulation one apt-get run takes
# longer: a runtime drop-in (in /run, removed at the end) makes it wait a day, so that what stops it
# below is the package, never its idle timer.
if [ $systemd = 1 ]; then
    dropin=/run/systemd/system/$unit.d
    mkdir -p "$dropin"
    printf '[Service]\nExecStart=\nExecStart=%s --idle-timeout 86400\n' "$helper" >"$dropin/50-lifecycle-test.conf"
    systemctl daemon-reload
    saw "helper idle timeout: one day ($dropin/50-lifecycle-test.conf)"
fi
[ $systemd = 0 ] || systemctl is-active --quiet dbus.service || systemctl start dbus.service
packages --names >"$work/deps-before.packages"
depends=$(dpkg-deb -f "$current" Depends)
[ -z "$previous" ] || depends="$depends, $(dpkg-deb -f "$previous" Depends)"
apt_get satisfy "$depends" || { apt-get update -q >/dev/null 2>&1; apt_get satisfy "$depends"; } ||
    die "apt-get satisfy failed: apt cannot install the dependencies"
saw "newly installed: $(comm -13 "$work/deps-before.packages" <(packages --names) | paste -sd' ')"

step "1. snapshot before"
snapshot "$work/before"
saw "$(wc -l <"$work/before.files") paths, $(wc -l <"$work/before.etc") files under /etc, $(wc -l <"$work/before.packages") packages"

if [ -n "$previous" ]; then
    step "2. install the previous version: $(basename "$previous")"
    apt_get install "$previous" || fail "apt-get install of the previous version failed"
    expect_installed "$previous_version"
    new=$(comm -13 <(cut -d' ' -f2 "$work/before.packages" | sort) <(packages --names) | paste -sd' ')
    [ "$new" = airpane ] && ok "apt installed airpane alone" || fail "apt installed: $new"
    expect_activation

    step "3. upgrade to $(basename "$current") while the helper runs"
    old_pids=$(helper_pids | paste -sd' ')
    apt_get install "$current" || fail "apt-get install of the current version failed"
    expect_installed "$current_version"
    pids=$(helper_pids | paste -sd' ')
    for pid in $pids; do
        exe=$(readlink "/proc/$pid/exe")
        saw "helper $pid runs $exe (before the upgrade: ${old_pids:-none})"
        [ "$exe" = "$helper" ] || fail "helper $pid still runs the old, deleted binary"
    done
    if [ $systemd = 1 ]; then
        # postinst restarts a running helper into the new binary.
        [ -n "$pids" ] && [ "$pids" != "$old_pids" ] && ok "the running helper was restarted" ||
            fail "the helper was not restarted by the upgrade (before: ${old_pids:-none}, after: ${pids:-none})"
    else
        # prerm stops it; the next call starts the new one.
        [ -z "$pids" ] && ok "the old helper was stopped" || fail "helper processes after the upgrade: $pids"
    fi
    expect_activation
else
    step "2./3. install $(basename "$current") (no previous version given: no upgrade)"
    apt_get install "$current" || fail "apt-get install failed"
    expect_installed "$current_version"
    expect_activation
fi

step "4. reinstall"
apt_get install --reinstall "$current" || fail "apt-get install --reinstall failed"
expect_installed "$current_version"
expect_activation

step "5. remove while the helper runs"
expect_activation
running=$(helper_pids | paste -sd' ')
activated=$SECONDS
apt_get remove airpane || fail "apt-get remove failed"
drop_idle_override
took=$((SECONDS - activated))
saw "helper ${running:-none} before the remove, which ended $took s after the call"
# Without systemd the helper's own idle timeout (30 s) could have ended it instead of the package.
[ $systemd = 1 ] || [ $took -lt 30 ] || fail "the remove took $took s: the helper may have idled out"
expect_no_helper
status=$(dpkg-query -W -f='${db:Status-Abbrev}' airpane 2>/dev/null)
saw "dpkg: airpane '$status'"
[ "$status" = "rc " ] || [ "$status" = "un " ] || [ -z "$status" ] && ok "removed" || fail "dpkg status '$status' after remove"
if activate; then
    fail "the helper still answers after remove"
else
    ok "the bus no longer activates $busname"
fi
if [ $systemd = 1 ]; then
    load=$(systemctl show -P LoadState "$unit")
    saw "systemd: $unit LoadState=$load"
    [ "$load" = not-found ] && ok "systemd forgot the unit" || fail "systemd still has $unit ($load)"
fi

step "6. purge"
apt_get purge airpane || fail "apt-get purge failed"
status=$(dpkg-query -W -f='${db:Status-Status}' airpane 2>/dev/null)
saw "dpkg: airpane '${status:-unknown}'"
[ -z "$status" ] || [ "$status" = not-installed ] && ok "purged" || fail "dpkg status '$status' after purge"
left=$(ls /var/lib/dpkg/info/airpane.* 2>/dev/null)
[ -z "$left" ] && ok "no dpkg info files left" || fail "dpkg info files left: $left"
expect_no_helper

step "7. the system against the snapshot"
snapshot "$work/after"
compare "$work/before" "$work/after" "after purge"

step "result"
if [ $failures = 0 ]; then
    saw "all checks passed"
else
    saw "$failures checks failed; snapshots and logs in $work"
    exit 1
fi
