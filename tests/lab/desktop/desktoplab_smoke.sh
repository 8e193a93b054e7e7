#!/bin/bash
# The desktop lab, checked from inside (ctest: desktoplab_smoke, in the desktop VM as root):
#   - systemd is PID 1 and its start-up finished (running, or degraded: the failed units are listed);
#   - NetworkManager's wlan0 is connected with an IPv4 address, and the access point answers a ping
#     across hwsim's medium (its radio is in another network namespace: no other path exists);
#   - wlan0's radio's P2P device, p2p-dev-wlan0, belongs to NetworkManager's wpa_supplicant (iw dev,
#     the supplicant's control socket and its D-Bus object);
#   - the desktop user has an active session on seat0, and a command run through as-desktop-user is
#     in it (polkit grants it an allow_active action);
#   - polkitd runs; the boot's duration is printed (never asserted).
# Every check prints what it saw; the script fails if any check failed, naming them all.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
failures=()
check() { # check WHAT CONDITION-STATUS
    if [ "$2" = 0 ]; then echo "ok    $1"; else echo "FAIL  $1"; failures+=("$1"); fi
}
section() { printf '\n== %s\n' "$*"; }

[ -f /run/lab/desktop-ready ] || { echo "not the desktop lab VM (no /run/lab/desktop-ready)"; exit 1; }
# What tools/lab-guest/desktop-jobs found when it declared the VM ready.
desktop_user="" problems="" multi_user_at="" nm_at="" ready_at=""
# shellcheck source=/dev/null
. /run/lab/desktop-ready
[ -z "${problems:-}" ] || echo "readiness reported: $problems (see /run/lab/logs/desktop-ready.log)"

section "systemd"
pid1=$(cat /proc/1/comm)
echo "PID 1: $pid1 ($(readlink /proc/1/exe))"
check "systemd is PID 1" "$([ "$pid1" = systemd ]; echo $?)"
state=$(systemctl is-system-running 2>/dev/null) || true
echo "is-system-running: $state"
check "system running or degraded" "$(case "$state" in running | degraded) echo 0 ;; *) echo 1 ;; esac)"
systemctl --failed --no-pager --plain --no-legend | sed 's/^/failed unit: /'

section "NetworkManager"
station=$(python3 -c '
import json
state = json.load(open("/run/lab/scenario.json"))
print(next(s["ifname"] for s in state["stations"] if s.get("manager") == "networkmanager"))')
ap_address=$(python3 -c '
import json
state = json.load(open("/run/lab/scenario.json"))
print(next(a["address"] for a in state["aps"] if a.get("address")).split("/")[0])')
ap_netns=$(python3 -c '
import json
state = json.load(open("/run/lab/scenario.json"))
print(next(a["netns"] or "" for a in state["aps"] if a.get("address")))')
ap_ifname=$(python3 -c '
import json
state = json.load(open("/run/lab/scenario.json"))
print(next(a["ifname"] for a in state["aps"] if a.get("address")))')
nmcli device status
nm_state=$(nmcli -g GENERAL.STATE device show "$station")
address=$(nmcli -g IP4.ADDRESS device show "$station")
echo "$station: $nm_state, IPv4 ${address:-none}, connection $(nmcli -g GENERAL.CONNECTION device show "$station")"
check "$station connected (GENERAL.STATE 100)" "$([ "${nm_state%% *}" = 100 ]; echo $?)"
check "$station has an IPv4 address" "$([ -n "$address" ]; echo $?)"

section "across the medium"
echo "access point $ap_ifname ($ap_address) in network namespace ${ap_netns:-none}"
check "the access point's interface is not in the root namespace" \
    "$(! ip link show "$ap_ifname" >/dev/null 2>&1; echo $?)"
rc=0
ping -c 3 -W 3 -I "$station" "$ap_address" || rc=$?
check "ping $ap_address from $station" "$rc"
[ -z "$ap_netns" ] || ip netns exec "$ap_netns" ip -s link show "$ap_ifname" | sed 's/^/  (ap) /'

section "P2P device"
phy=$(iw dev "$station" info | awk '/wiphy/ { print $2 }')
iw dev | awk -v phy="phy#$phy" '/^phy#/ { current = $1 } current == phy && !/TXQ|qsz-byt|^\t\t\t/' | sed 's/^/  /'
# The address of the P2P device (a wdev without netdev) among that radio's interfaces.
p2p_addr=$(iw dev | awk -v phy="phy#$phy" '
    /^phy#/ { current = $1 }
    current == phy && /^\t[^\t]/ { addr = "" }
    current == phy && $1 == "addr" { addr = $2 }
    current == phy && /type P2P-device/ { print addr; exit }')
supplicant=$(systemctl show -p MainPID --value wpa_supplicant.service)
owner=$(busctl --system call org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus \
    GetConnectionUnixProcessID s fi.w1.wpa_supplicant1 2>/dev/null | awk '{ print $2 }') || owner=""
echo "wpa_supplicant.service: pid $supplicant ($(tr '\0' ' ' </proc/"$supplicant"/cmdline 2>/dev/null))"
echo "fi.w1.wpa_supplicant1 owned by pid ${owner:-none}"
check "a P2P device on $station's radio (phy#$phy)" "$([ -n "$p2p_addr" ]; echo $?)"
check "NetworkManager's wpa_supplicant owns fi.w1.wpa_supplicant1" \
    "$([ -n "$owner" ] && [ "$owner" = "$supplicant" ]; echo $?)"
socket_owner=$(ss -xlp 2>/dev/null | awk '/\/run\/wpa_supplicant\/p2p-dev-'"$station"' / { print }' |
    grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2) || socket_owner=""
echo "/run/wpa_supplicant/p2p-dev-$station held by pid ${socket_owner:-none}"
check "p2p-dev-$station's control socket is that wpa_supplicant's" \
    "$([ -n "$socket_owner" ] && [ "$socket_owner" = "$supplicant" ]; echo $?)"
# wpa_supplicant puts no D-Bus object of its own on a P2P device: its Wi-Fi Direct methods are those
# of the interface that controls it (fi.w1.wpa_supplicant1.Interface.P2PDevice on wlan0's object),
# which is what NetworkManager's wifi-p2p device drives.
object=$(busctl --system call fi.w1.wpa_supplicant1 /fi/w1/wpa_supplicant1 fi.w1.wpa_supplicant1 \
    GetInterface s "$station" 2>/dev/null | awk '{ gsub(/"/, "", $2); print $2 }') || object=""
p2p_methods=""
[ -z "$object" ] || p2p_methods=$(busctl --system introspect fi.w1.wpa_supplicant1 "$object" \
    fi.w1.wpa_supplicant1.Interface.P2PDevice 2>/dev/null | grep -c '^\.' || true)
echo "D-Bus: $station is ${object:-no object}, with ${p2p_methods:-0} P2PDevice members"
check "that wpa_supplicant runs Wi-Fi Direct for $station over D-Bus (Interface.P2PDevice)" \
    "$([ "${p2p_methods:-0}" -gt 0 ]; echo $?)"
nm_p2p=$(nmcli -g GENERAL.TYPE,GENERAL.STATE device show "p2p-dev-$station" 2>/dev/null | paste -sd' ') || nm_p2p=""
echo "NetworkManager: p2p-dev-$station ${nm_p2p:-unknown}"
check "NetworkManager has p2p-dev-$station as its wifi-p2p device" "$(grep -q '^wifi-p2p' <<<"$nm_p2p"; echo $?)"
status=$(wpa_cli -p /run/wpa_supplicant -i "p2p-dev-$station" status 2>&1) || status=""
device_address=$(sed -n 's/^p2p_device_address=//p' <<<"$status")
echo "wpa_cli status: p2p_device_address=${device_address:-none}, iw dev: ${p2p_addr:-none}"
check "the supplicant's P2P device address is the radio's P2P device" \
    "$([ -n "$device_address" ] && [ "$device_address" = "$p2p_addr" ]; echo $?)"

section "the desktop user's session"
loginctl list-sessions --no-pager
session_id=""
for id in $(loginctl show-user "$desktop_user" -p Sessions --value); do
    [ "$(loginctl show-session "$id" -p Seat --value)" = seat0 ] && session_id=$id
done
if [ -n "$session_id" ]; then
    loginctl show-session "$session_id" -p Name -p Seat -p TTY -p Type -p Class -p Active -p State | sed 's/^/  /'
fi
check "$desktop_user has a session on seat0" "$([ -n "$session_id" ]; echo $?)"
check "that session is active" \
    "$([ -n "$session_id" ] && [ "$(loginctl show-session "$session_id" -p Active --value)" = yes ]; echo $?)"
check "polkitd runs" "$(systemctl -q is-active polkit.service; echo $?)"
# The session as a command through as-desktop-user sees it; polkit grants an allow_active action
# (power-off, only checked: pkcheck asks, it does nothing) to an active local session alone.
# shellcheck disable=SC2016 # expanded by the user's shell
seen=$("$repo/tools/lab-guest/as-desktop-user" sh -c 'echo "$(id -un) session=$XDG_SESSION_ID" \
    "bus=${DBUS_SESSION_BUS_ADDRESS:-none} cgroup=$(cut -d: -f3 /proc/self/cgroup)"') || seen=""
echo "as-desktop-user: $seen"
check "as-desktop-user runs in the session" "$(grep -q "session-$session_id.scope" <<<"$seen"; echo $?)"
rc=0
# shellcheck disable=SC2016 # expanded by the user's shell
"$repo/tools/lab-guest/as-desktop-user" sh -c 'pkcheck --action-id org.freedesktop.login1.power-off --process $$' ||
    rc=$?
check "polkit grants the session's process org.freedesktop.login1.power-off (allow_active)" "$rc"

section "boot"
echo "multi-user reached at ${multi_user_at:-?} s after the kernel started, NetworkManager connected at" \
    "${nm_at:-?} s, ready for jobs at ${ready_at:-?} s"
# (systemd-analyze blame would take half a minute under TCG.)
systemd-analyze time 2>/dev/null || true
free -m

echo
if [ ${#failures[@]} -gt 0 ]; then
    echo "desktop lab: ${#failures[@]} check(s) failed:"
    printf '  %s\n' "${failures[@]}"
    exit 1
fi
echo "desktop lab: every check passed"
