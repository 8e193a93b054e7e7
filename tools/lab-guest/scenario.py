#!/usr/bin/env python3
"""Applies a lab scenario inside the lab VM: mac80211_hwsim radios, hostapd access points,
wpa_supplicant Wi-Fi Direct peers, radios that come and go.

    scenario.py apply NAME|FILE     tear down what runs, then set up the scenario
    scenario.py ensure NAME|FILE    apply unless it is already the running scenario
    scenario.py teardown            stop everything, unload mac80211_hwsim
    scenario.py status              the running scenario as JSON (/run/lab/scenario.json)
    scenario.py hwsim new NAME [--p2p] | del NAME    radios at runtime (MAC80211_HWSIM family)
    scenario.py churn PERIOD        add and remove a radio every PERIOD seconds (runs until killed)
    scenario.py settings NAME|FILE  the VM settings of the scenario as shell assignments (init,
                                    memory, the desktop user); read on the host by tools/lab too

In a VM whose PID 1 is systemd (the desktop lab, `init = systemd`), an access point's `netns` moves
its radio into that network namespace and a station with `manager = networkmanager` is a
NetworkManager profile. Under the bash init (where tests/lab/tst_labscenarios applies every
scenario) there is no NetworkManager: the access point stays in the root namespace and such a
station is left out, its radio free.

The scenario format is described in tools/scenarios/README.md.
"""
import configparser
import ipaddress
import json
import os
import shlex
import signal
import socket
import struct
import subprocess
import sys
import time

LAB = "/run/lab"
STATE = f"{LAB}/scenario.json"
SCENARIOS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scenarios")


def log(message):
    print(f"scenario: {message}", file=sys.stderr, flush=True)


def run(*args, check=True):
    result = subprocess.run(args, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def under_systemd():
    """True in the desktop lab: systemd is PID 1 (its runtime folder exists only then)."""
    return os.path.isdir("/run/systemd/system")


def netns_prefix(netns):
    """The command prefix that runs a program inside network namespace NETNS (none: the root one)."""
    return ["ip", "netns", "exec", netns] if netns else []


def wait_for(what, predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise RuntimeError(f"timed out waiting for {what}")


# --- channels ---------------------------------------------------------------------------------

def band_of(channel, band=None):
    if band:
        return band
    return "2.4" if channel <= 14 else "5"


def frequency(band, channel):
    if band == "2.4":
        return 2484 if channel == 14 else 2407 + 5 * channel
    if band == "5":
        return 5000 + 5 * channel
    if band == "6":
        return 5935 if channel == 2 else 5950 + 5 * channel
    raise ValueError(f"unknown band {band}")


def center_80(band, channel):
    """Centre channel index of the 80 MHz segment holding CHANNEL."""
    if band == "6":
        return (channel - 1) // 16 * 16 + 7
    for first in (36, 52, 100, 116, 132, 149, 165):
        if first <= channel < first + 16:
            return first + 6
    raise ValueError(f"channel {channel} has no 80 MHz segment")


def ht40_sign(band, channel):
    if band == "2.4":
        return "+" if channel <= 7 else "-"
    return "+" if (channel // 4) % 2 == 1 else "-"


# --- radios -------------------------------------------------------------------------------------

def radios():
    """hwsim radios in creation order: [{phy, index, netdev, mac}]."""
    result = []
    for phy in os.listdir("/sys/class/ieee80211"):
        with open(f"/sys/class/ieee80211/{phy}/index") as f:
            index = int(f.read())
        with open(f"/sys/class/ieee80211/{phy}/macaddress") as f:
            mac = f.read().strip()
        netdevs = sorted(n for n in os.listdir("/sys/class/net")
                         if os.path.exists(f"/sys/class/net/{n}/phy80211")
                         and os.path.basename(os.readlink(f"/sys/class/net/{n}/phy80211")) == phy)
        result.append({"phy": phy, "index": index, "mac": mac, "netdev": netdevs[0] if netdevs else None})
    return sorted(result, key=lambda r: r["index"])


def load_hwsim(count, channels):
    args = ["modprobe", "mac80211_hwsim", f"radios={count}"]
    if channels > 1:
        args.append(f"channels={channels}")
    run(*args)
    wait_for(f"{count} radios", lambda: len(radios()) >= count and all(r["netdev"] for r in radios()))
    # The kernel refuses renaming a wiphy to phyN unless N is its index, and its counter keeps
    # growing across module loads: the scenario's JSON maps radio numbers to names.
    found = radios()
    return found


def set_country(country):
    run("iw", "reg", "set", country)
    wait_for(f"regulatory domain {country}", lambda: f"country {country}:" in run("iw", "reg", "get"))


# --- hostapd ------------------------------------------------------------------------------------

def security_lines(security, passphrase, band):
    if security == "open":
        return []
    if security == "owe":
        return ["wpa=2", "wpa_key_mgmt=OWE", "rsn_pairwise=CCMP", "ieee80211w=2"]
    lines = ["wpa=2", "rsn_pairwise=CCMP"]
    sae_pwe = 1 if band == "6" else 2
    if security == "wpa2":
        return lines + ["wpa_key_mgmt=WPA-PSK", f"wpa_passphrase={passphrase}"]
    if security == "wpa3":
        return lines + ["wpa_key_mgmt=SAE", f"sae_password={passphrase}", "ieee80211w=2", f"sae_pwe={sae_pwe}"]
    if security == "wpa2-wpa3":
        return lines + ["wpa_key_mgmt=WPA-PSK SAE", f"wpa_passphrase={passphrase}", "ieee80211w=1",
                        f"sae_pwe={sae_pwe}"]
    raise ValueError(f"unknown security {security} (open, owe, wpa2, wpa3, wpa2-wpa3)")


def radio_lines(ap, country):
    band, channel, width = ap["band"], ap["channel"], ap["width"]
    lines = ["driver=nl80211", f"ctrl_interface={LAB}/hostapd", f"country_code={country}", "ieee80211d=1",
             f"hw_mode={'g' if band == '2.4' else 'a'}", f"channel={channel}", "beacon_int=100"]
    standard = ap["standard"]
    if band == "6":
        op_class = {20: 131, 40: 132, 80: 133}[width]
        lines += [f"op_class={op_class}", "ieee80211ax=1"]
        if width == 80:
            lines += ["he_oper_chwidth=1", f"he_oper_centr_freq_seg0_idx={center_80(band, channel)}"]
        return lines
    if standard in ("n", "ac", "ax"):
        lines.append("ieee80211n=1")
        if width >= 40:
            lines.append(f"ht_capab=[HT40{ht40_sign(band, channel)}]")
    if standard in ("ac", "ax") and band == "5":
        lines.append("ieee80211ac=1")
        if width == 80:
            lines += ["vht_oper_chwidth=1", f"vht_oper_centr_freq_seg0_idx={center_80(band, channel)}"]
    if standard == "ax":
        lines.append("ieee80211ax=1")
        if width == 80:
            lines += ["he_oper_chwidth=1", f"he_oper_centr_freq_seg0_idx={center_80(band, channel)}"]
    return lines


def bss_lines(ap):
    lines = [f"ssid={ap['ssid']}", "utf8_ssid=1"]
    if ap["hidden"]:
        lines.append("ignore_broadcast_ssid=1")
    return lines + security_lines(ap["security"], ap["passphrase"], ap["band"])


def expand_aps(config):
    """[ap:NAME] sections, with count = N expanded into N BSSes."""
    aps = []
    for section in config.sections():
        if not section.startswith("ap:"):
            continue
        s = config[section]
        count = s.getint("count", 1)
        securities = [x.strip() for x in s.get("security", "open").split(",")]
        for n in range(count):
            channel = s.getint("channel", 6)
            band = band_of(channel, s.get("band"))
            ssid = s.get("ssid", section[3:])
            aps.append({
                "name": section[3:] if count == 1 else f"{section[3:]}-{n + 1}",
                "radio": s.getint("radio"),
                "ssid": ssid.format(n=n + 1, radio=s.getint("radio")) if count > 1 else ssid,
                "channel": channel,
                "band": band,
                "frequency": frequency(band, channel),
                "width": s.getint("width", 20),
                "standard": s.get("standard", "ax" if band == "6" else "n"),
                "security": securities[n % len(securities)],
                "passphrase": s.get("passphrase", "airpane-lab"),
                "hidden": s.getboolean("hidden", False),
                "txpower": s.getint("txpower", fallback=None),
                "netns": s.get("netns", fallback=None),
                "address": s.get("address", fallback=None),
                "vrf": s.get("vrf", fallback=None),
            })
    return aps


def move_to_netns(radio, netns):
    """Moves RADIO (its wiphy and interfaces) into network namespace NETNS, made if missing:
    NetworkManager in the root namespace then never sees the access point's interface, and what
    the two exchange crosses hwsim's medium."""
    if netns not in run("ip", "netns", "list").split():
        run("ip", "netns", "add", netns)
        with open(f"{LAB}/namespaces", "a") as f:
            f.write(netns + "\n")
        run("ip", "-n", netns, "link", "set", "lo", "up")
    run("iw", "phy", radio["phy"], "set", "netns", "name", netns)
    wait_for(f"{radio['netdev']} in namespace {netns}", lambda: subprocess.run(
        ["ip", "-n", netns, "link", "show", radio["netdev"]], capture_output=True).returncode == 0)


def make_vrf(name, ifname):
    """IFNAME in a routing table of its own (VRF NAME), under the bash init: traffic between the
    access point's address and a station of this machine then crosses the air, where one table would
    loop it back inside the kernel (the desktop lab's network namespace does the same)."""
    subprocess.run(["ip", "link", "del", name], capture_output=True)  # a previous run's
    run("modprobe", "vrf")
    run("ip", "link", "add", name, "type", "vrf", "table", str(1000 + sum(name.encode()) % 1000))
    run("ip", "link", "set", name, "up")
    run("ip", "link", "set", ifname, "master", name)
    # The local table comes after the VRFs' (as the kernel's VRF documentation has it): else the
    # station's address, local in the main namespace, would be looped back from inside the VRF too.
    if subprocess.run(["ip", "rule", "del", "pref", "0", "table", "local"], capture_output=True).returncode == 0:
        run("ip", "rule", "add", "pref", "32765", "table", "local")
    with open(f"{LAB}/vrfs", "a") as f:
        f.write(name + "\n")


def start_dhcp(ifname, address, netns):
    """A DHCP server (dnsmasq, DNS off) for the access point's subnet: the addresses after its own."""
    interface = ipaddress.ip_interface(address)
    hosts = [h for h in interface.network.hosts() if h > interface.ip]
    if not hosts:
        raise ValueError(f"{address}: no room for clients after the access point's address")
    run(*netns_prefix(netns), "dnsmasq", "--conf-file=/dev/null", "--port=0", "--bind-interfaces",
        f"--interface={ifname}", "--except-interface=lo", "--user=root", "--group=root",
        f"--dhcp-range={hosts[0]},{hosts[-1]},{interface.network.netmask},1h", "--dhcp-authoritative",
        f"--dhcp-leasefile={LAB}/dnsmasq-{ifname}.leases", f"--pid-file={LAB}/pids/dnsmasq-{ifname}.pid",
        f"--log-facility={LAB}/logs/dnsmasq-{ifname}.log", "--log-dhcp")


def start_hostapd(radio, aps, country):
    ifname = radio["netdev"]
    first, rest = aps[0], aps[1:]
    for key in ("netns", "address"):
        if any(ap[key] != first[key] for ap in rest):
            raise ValueError(f"the BSSes of radio {first['radio']} share one {key}")
    # The namespace keeps NetworkManager away from the access point: only the desktop lab has one.
    netns = first["netns"] if under_systemd() else None
    if netns:
        move_to_netns(radio, netns)
    ns = netns_prefix(netns)
    if first["vrf"] and not netns:
        make_vrf(first["vrf"], ifname)  # before hostapd: enslaving takes the interface down
    if first["address"]:
        run(*ns, "ip", "addr", "add", first["address"], "dev", ifname)
    lines = [f"interface={ifname}"] + radio_lines(first, country) + bss_lines(first)
    first["ifname"], first["bssid"] = ifname, radio["mac"]
    prefix = radio["mac"].rsplit(":", 1)[0]
    for number, ap in enumerate(rest, start=1):
        if (ap["channel"], ap["band"]) != (first["channel"], first["band"]):
            raise ValueError(f"{ap['name']}: BSSes on one radio share its channel")
        ap["ifname"], ap["bssid"] = f"{ifname}-{number}", f"{prefix}:{number:02x}"
        lines += ["", f"bss={ap['ifname']}", f"bssid={ap['bssid']}", f"ctrl_interface={LAB}/hostapd"]
        lines += bss_lines(ap)
    conf = f"{LAB}/hostapd-{ifname}.conf"
    with open(conf, "w") as f:
        f.write("\n".join(lines) + "\n")
    run(*ns, "hostapd", "-B", "-P", f"{LAB}/pids/hostapd-{ifname}.pid", "-f",
        f"{LAB}/logs/hostapd-{ifname}.log", conf)

    def enabled():
        out = run("hostapd_cli", "-p", f"{LAB}/hostapd", "-i", ifname, "status", check=False)
        return "state=ENABLED" in out

    try:
        wait_for(f"hostapd on {ifname}", enabled, timeout=60)
    except RuntimeError:
        with open(f"{LAB}/logs/hostapd-{ifname}.log") as f:
            log(f.read()[-3000:])
        raise
    # hwsim hears every frame at -50 dBm plus the sender's transmit power: a radio's power is how
    # loud its BSSes are heard, which makes a hall of near and far access points.
    if first["txpower"] is not None:
        run(*ns, "iw", "phy", radio["phy"], "set", "txpower", "fixed", str(first["txpower"] * 100))
    if first["address"]:
        start_dhcp(ifname, first["address"], netns)
    for ap in aps:
        ap["netns"] = netns


# --- wpa_supplicant P2P peers -------------------------------------------------------------------

def start_peer(radio, peer, country):
    ifname = radio["netdev"]
    ctrl = f"{LAB}/wpas-{ifname}"
    conf = f"{LAB}/wpas-{ifname}.conf"
    with open(conf, "w") as f:
        f.write("\n".join([
            f"ctrl_interface={ctrl}", "update_config=0", f"country={country}",
            f"device_name={peer['device_name']}", f"device_type={peer['device_type']}",
            f"config_methods={peer['config_methods']}",
            f"manufacturer={peer['manufacturer']}", f"model_name={peer['model_name']}",
            "p2p_listen_reg_class=81", f"p2p_listen_channel={peer['listen_channel']}",
            "p2p_oper_reg_class=81", f"p2p_oper_channel={peer['listen_channel']}", "p2p_no_group_iface=1", "",
        ]))
    run("wpa_supplicant", "-B", "-D", "nl80211", "-i", ifname, "-c", conf,
        "-P", f"{LAB}/pids/wpas-{ifname}.pid", "-f", f"{LAB}/logs/wpas-{ifname}.log")
    p2p_if = f"p2p-dev-{ifname}"
    cli = ["wpa_cli", "-p", ctrl, "-i", p2p_if]
    wait_for(f"wpa_supplicant P2P device on {ifname}", lambda: os.path.exists(f"{ctrl}/{p2p_if}"))
    status = run(*cli, "status")
    address = next(line.split("=", 1)[1] for line in status.splitlines() if line.startswith("p2p_device_address="))
    command = ["p2p_listen"] if peer["mode"] == "listen" else ["p2p_find", "type=social"]
    if run(*cli, *command).strip() != "OK":
        raise RuntimeError(f"{p2p_if}: {' '.join(command)} refused")
    peer.update({"ifname": ifname, "p2p_ifname": p2p_if, "ctrl_interface": ctrl, "device_address": address})


NM_KEY_MGMT = {"open": None, "owe": "owe", "wpa2": "wpa-psk", "wpa3": "sae", "wpa2-wpa3": "wpa-psk"}


def nm_station(radio, station, ap, managed):
    """A NetworkManager profile that connects RADIO's interface to AP by itself (autoconnect), and
    NetworkManager's device configuration: it manages the interfaces of MANAGED and no other Wi-Fi
    interface, so the free radios (and interfaces Airpane creates) stay Airpane's. Written before
    NetworkManager starts (airpane-lab-scenario.service is ordered before it)."""
    ifname = radio["netdev"]
    name = f"lab-{station['name']}"
    lines = ["[connection]", f"id={name}", f"interface-name={ifname}", "type=wifi", "autoconnect=true", "",
             "[wifi]", "mode=infrastructure", f"ssid={ap['ssid']}"]
    if ap["hidden"]:
        lines.append("hidden=true")
    key_mgmt = NM_KEY_MGMT[ap["security"]]
    if key_mgmt:
        lines += ["", "[wifi-security]", f"key-mgmt={key_mgmt}"]
        if ap["security"] in ("wpa2", "wpa3", "wpa2-wpa3"):
            lines.append(f"psk={ap['passphrase']}")
    lines += ["", "[ipv4]", "method=auto", "", "[ipv6]", "method=disabled", ""]
    os.makedirs("/etc/NetworkManager/system-connections", exist_ok=True)
    profile = f"/etc/NetworkManager/system-connections/{name}.nmconnection"
    # NetworkManager ignores a keyfile that others can read.
    fd = os.open(profile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write("\n".join(lines))
    os.makedirs("/etc/NetworkManager/conf.d", exist_ok=True)
    spec = ",".join(["type:wifi"] + [f"except:interface-name:={iface}" for iface in managed] +
                    ["driver:virtio_net"])
    with open("/etc/NetworkManager/conf.d/90-airpane-lab.conf", "w") as f:
        f.write("# Written by tools/lab-guest/scenario.py: NetworkManager manages its stations' interfaces\n"
                "# only; the virtio NIC (the lab's X display link) is configured by the lab.\n"
                f"[keyfile]\nunmanaged-devices={spec}\n")
    if subprocess.run(["systemctl", "-q", "is-active", "NetworkManager.service"]).returncode == 0:
        run("nmcli", "general", "reload", "conf")
        run("nmcli", "connection", "load", profile)
    station.update({"ifname": ifname, "mac": radio["mac"], "bssid": ap["bssid"],
                    "ctrl_interface": "/run/wpa_supplicant", "connection": name})


def start_station(radio, station, aps, country, managed=()):
    ifname = radio["netdev"]
    ap = next((a for a in aps if a["name"] == station["ap"]), None)
    if ap is None:
        raise ValueError(f"station {station['name']}: no [ap:{station['ap']}]")
    if station["manager"] == "networkmanager":
        nm_station(radio, station, ap, managed)
        return
    ctrl = f"{LAB}/wpas-{ifname}"
    # A station of a transition-mode AP may keep to one of its two: security = wpa2 or wpa3.
    security = station["security"] or ap["security"]
    if security != ap["security"] and not (ap["security"] == "wpa2-wpa3" and security in ("wpa2", "wpa3")):
        raise ValueError(f"station {station['name']}: {ap['name']} does not offer {security}")
    if station["set_mac"]:
        run("ip", "link", "set", ifname, "address", station["set_mac"])
    key_mgmt = {"open": "NONE", "owe": "OWE", "wpa2": "WPA-PSK", "wpa3": "SAE", "wpa2-wpa3": "WPA-PSK SAE"}
    network = [f'ssid="{ap["ssid"]}"', f"key_mgmt={key_mgmt[security]}", f"scan_freq={ap['frequency']}"]
    if security in ("wpa2", "wpa3", "wpa2-wpa3"):
        network.append(f'psk="{ap["passphrase"]}"' if security == "wpa2" else f'sae_password="{ap["passphrase"]}"')
        if security == "wpa2-wpa3":
            network.append(f'psk="{ap["passphrase"]}"')
    if security in ("wpa3", "owe"):
        network.append("ieee80211w=2")
    if ap["hidden"]:
        network.append("scan_ssid=1")
    conf = f"{LAB}/wpas-{ifname}.conf"
    with open(conf, "w") as f:
        f.write(f"ctrl_interface={ctrl}\nupdate_config=0\ncountry={country}\nsae_pwe=2\n"
                "network={\n\t" + "\n\t".join(network) + "\n}\n")
    run("wpa_supplicant", "-B", "-D", "nl80211", "-i", ifname, "-c", conf,
        "-P", f"{LAB}/pids/wpas-{ifname}.pid", "-f", f"{LAB}/logs/wpas-{ifname}.log")
    cli = ["wpa_cli", "-p", ctrl, "-i", ifname]

    def connected():
        return "wpa_state=COMPLETED" in run(*cli, "status", check=False)

    try:
        wait_for(f"{ifname} to connect to {ap['ssid']}", connected, timeout=60)
    except RuntimeError:
        with open(f"{LAB}/logs/wpas-{ifname}.log") as f:
            log(f.read()[-3000:])
        raise
    if station["address"]:
        # Each interface answers ARP for its own addresses only: the AP's other clients on this
        # machine must not claim the station's address.
        for key in ("arp_ignore", "arp_announce"):
            with open(f"/proc/sys/net/ipv4/conf/all/{key}", "w") as f:
                f.write("1" if key == "arp_ignore" else "2")
        run("ip", "addr", "add", station["address"], "dev", ifname)
    station.update({"ifname": ifname, "mac": station["set_mac"] or radio["mac"], "bssid": ap["bssid"],
                    "ctrl_interface": ctrl})


def expand_stations(config):
    stations = []
    for section in config.sections():
        if not section.startswith("station:"):
            continue
        s = config[section]
        manager = s.get("manager", "wpa_supplicant")
        if manager not in ("wpa_supplicant", "networkmanager"):
            raise ValueError(f"{section}: manager is wpa_supplicant or networkmanager")
        stations.append({"name": section[8:], "radio": s.getint("radio"), "ap": s.get("ap"), "manager": manager,
                         "security": s.get("security", fallback=None), "address": s.get("address", fallback=None),
                         "set_mac": s.get("mac", fallback=None)})
    return stations


def expand_peers(config):
    peers = []
    for section in config.sections():
        if not section.startswith("p2p:"):
            continue
        s = config[section]
        mode = s.get("mode", "listen")
        if mode not in ("listen", "find"):
            raise ValueError(f"{section}: mode is listen or find")
        peers.append({
            "name": section[4:], "radio": s.getint("radio"), "mode": mode,
            "device_name": s.get("device_name", section[4:]),
            "device_type": s.get("device_type", "1-0050F204-1"),
            "config_methods": s.get("config_methods", "push_button display"),
            "manufacturer": s.get("manufacturer", "Airpane Lab"),
            "model_name": s.get("model_name", "hwsim"),
            "listen_channel": s.getint("listen_channel", 6),
        })
    return peers


# --- MAC80211_HWSIM generic netlink -------------------------------------------------------------

NLM_F_REQUEST, NLM_F_ACK = 1, 4
GENL_ID_CTRL, CTRL_CMD_GETFAMILY, CTRL_ATTR_FAMILY_ID, CTRL_ATTR_FAMILY_NAME = 0x10, 3, 1, 2
HWSIM_CMD_NEW_RADIO, HWSIM_CMD_DEL_RADIO = 4, 5
HWSIM_ATTR_SUPPORT_P2P_DEVICE, HWSIM_ATTR_RADIO_NAME = 14, 17


def nl_attr(kind, data):
    length = 4 + len(data)
    return struct.pack("=HH", length, kind) + data + b"\0" * (-length % 4)


def genl_request(sock, family, command, attrs):
    payload = struct.pack("=BBxx", command, 1) + attrs
    sock.send(struct.pack("=IHHII", 16 + len(payload), family, NLM_F_REQUEST | NLM_F_ACK, 1, 0) + payload)
    replies = []
    while True:
        data = sock.recv(65536)
        offset = 0
        while offset < len(data):
            length, kind = struct.unpack_from("=IH", data, offset)
            if kind == 2:  # NLMSG_ERROR: the ack, or an error
                error = struct.unpack_from("=i", data, offset + 16)[0]
                if error < 0:
                    raise OSError(-error, os.strerror(-error))
                return replies
            replies.append(data[offset + 20:offset + length])
            offset += (length + 3) & ~3


def hwsim_family(sock):
    reply = genl_request(sock, GENL_ID_CTRL, CTRL_CMD_GETFAMILY,
                         nl_attr(CTRL_ATTR_FAMILY_NAME, b"MAC80211_HWSIM\0"))[0]
    offset = 0
    while offset < len(reply):
        length, kind = struct.unpack_from("=HH", reply, offset)
        if kind == CTRL_ATTR_FAMILY_ID:
            return struct.unpack_from("=H", reply, offset + 4)[0]
        offset += (length + 3) & ~3
    raise RuntimeError("no MAC80211_HWSIM family")


def hwsim(command, name, p2p=False):
    with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 16) as sock:
        sock.bind((0, 0))
        family = hwsim_family(sock)
        attrs = nl_attr(HWSIM_ATTR_RADIO_NAME, name.encode())
        if command == "new":
            if p2p:
                attrs += nl_attr(HWSIM_ATTR_SUPPORT_P2P_DEVICE, b"")
            genl_request(sock, family, HWSIM_CMD_NEW_RADIO, attrs)
        else:
            genl_request(sock, family, HWSIM_CMD_DEL_RADIO, attrs)


def churn(period):
    """Adds a radio, waits, removes it, waits; forever."""
    number = 0
    while True:
        name = f"churn{number % 4}"
        hwsim("new", name, p2p=True)
        time.sleep(period / 2)
        hwsim("del", name)
        time.sleep(period / 2)
        number += 1


# --- scenario -----------------------------------------------------------------------------------

def scenario_path(name):
    return name if "/" in name else os.path.join(SCENARIOS, f"{name}.ini")


def scenario_name(name):
    return os.path.splitext(os.path.basename(name))[0]


def read_pid(path):
    try:
        with open(path) as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return None


def teardown():
    pids = f"{LAB}/pids"
    own = []
    if os.path.isdir(pids):
        for name in os.listdir(pids):
            pid = read_pid(f"{pids}/{name}")
            if pid:
                own.append(pid)
                try:
                    os.kill(pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
    if under_systemd():
        # NetworkManager's wpa_supplicant is the desktop's, not the scenario's: only what the
        # scenario started (its pid files) goes.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(os.path.exists(f"/proc/{pid}") for pid in own):
            time.sleep(0.1)
        for pid in own:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    else:
        for program in ("hostapd", "wpa_supplicant"):
            subprocess.run(["pkill", "-TERM", "-x", program], capture_output=True)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and subprocess.run(["pgrep", "-x", "hostapd|wpa_supplicant"],
                                                             capture_output=True).returncode == 0:
            time.sleep(0.1)
        for program in ("hostapd", "wpa_supplicant"):
            subprocess.run(["pkill", "-KILL", "-x", program], capture_output=True)
    # Deleting a namespace hands its radios back to the root namespace, before the module goes.
    try:
        with open(f"{LAB}/namespaces") as f:
            for netns in f.read().split():
                subprocess.run(["ip", "netns", "delete", netns], capture_output=True)
        os.remove(f"{LAB}/namespaces")
    except FileNotFoundError:
        pass
    try:
        with open(f"{LAB}/vrfs") as f:
            for vrf in f.read().split():
                subprocess.run(["ip", "link", "del", vrf], capture_output=True)
        os.remove(f"{LAB}/vrfs")
        if subprocess.run(["ip", "rule", "del", "pref", "32765", "table", "local"], capture_output=True).returncode == 0:
            run("ip", "rule", "add", "pref", "0", "table", "local")
    except FileNotFoundError:
        pass
    if os.path.exists("/sys/module/mac80211_hwsim"):
        wait_for("mac80211_hwsim to unload", lambda: subprocess.run(
            ["rmmod", "mac80211_hwsim"], capture_output=True).returncode == 0 or
            not os.path.exists("/sys/module/mac80211_hwsim"), timeout=15)
    leases = [f"{LAB}/{name}" for name in os.listdir(LAB) if name.startswith("dnsmasq-")] \
        if os.path.isdir(LAB) else []
    subprocess.run(["rm", "-rf", STATE, pids, f"{LAB}/hostapd", *leases])


def apply(name):
    path = scenario_path(name)
    config = configparser.ConfigParser(inline_comment_prefixes=("#",), interpolation=None)
    if not config.read(path, encoding="utf-8"):
        raise RuntimeError(f"no scenario {path}")
    teardown()
    os.makedirs(f"{LAB}/pids", exist_ok=True)
    os.makedirs(f"{LAB}/logs", exist_ok=True)
    lab = config["lab"] if config.has_section("lab") else {}
    country = lab.get("country", "US")
    aps, peers, stations = expand_aps(config), expand_peers(config), expand_stations(config)
    if not under_systemd():
        for station in stations:
            if station["manager"] == "networkmanager":
                log(f"station {station['name']}: no NetworkManager under the bash init; radio {station['radio']} "
                    "stays free")
        stations = [s for s in stations if s["manager"] != "networkmanager"]
    used = {a["radio"] for a in aps} | {p["radio"] for p in peers} | {s["radio"] for s in stations}
    count = int(lab.get("radios", 1 + len(used)))
    started = time.monotonic()
    found = load_hwsim(count, int(lab.get("channels", 1)))
    set_country(country)
    roles = {}
    for ap in aps:
        roles[ap["radio"]] = "ap"
    for kind, members in (("p2p", peers), ("station", stations)):
        for member in members:
            if member["radio"] in roles:
                raise ValueError(f"radio {member['radio']} has two roles")
            roles[member["radio"]] = kind
    for number in range(count):
        if number not in roles:
            run("ip", "link", "set", found[number]["netdev"], "up")
    for number in sorted({ap["radio"] for ap in aps}):
        start_hostapd(found[number], [ap for ap in aps if ap["radio"] == number], country)
        found[number]["netns"] = next(ap["netns"] for ap in aps if ap["radio"] == number)
    for peer in peers:
        start_peer(found[peer["radio"]], peer, country)
    managed = [found[s["radio"]]["netdev"] for s in stations if s["manager"] == "networkmanager"]
    for station in stations:
        start_station(found[station["radio"]], station, aps, country, managed)
    churn_period = None
    if config.has_section("churn"):
        churn_period = config["churn"].getfloat("period", 4.0)
        process = subprocess.Popen([sys.executable, os.path.abspath(__file__), "churn", str(churn_period)],
                                   start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(f"{LAB}/pids/churn.pid", "w") as f:
            f.write(str(process.pid))
    state = {
        "name": scenario_name(name), "description": lab.get("description", ""), "country": country,
        "init": lab.get("init", "bash"),
        "radios": [dict(r, number=i, role=roles.get(i, "free"), netns=r.get("netns")) for i, r in enumerate(found)],
        "aps": aps, "peers": peers, "stations": stations, "churn_period": churn_period,
        "setup_seconds": round(time.monotonic() - started, 2),
    }
    with open(STATE, "w") as f:
        json.dump(state, f, indent=2, ensure_ascii=False)
    log(f"{state['name']}: {count} radios, {len(aps)} BSSes, {len(peers)} P2P peers, {len(stations)} stations "
        f"in {state['setup_seconds']} s")


def settings(name):
    """What the VM itself needs of a scenario, as shell assignments: its init (bash or systemd), its
    memory (MiB, empty: the lab's default) and the desktop user of a systemd scenario."""
    path = scenario_path(name)
    config = configparser.ConfigParser(inline_comment_prefixes=("#",), interpolation=None)
    if not config.read(path, encoding="utf-8"):
        raise RuntimeError(f"no scenario {path}")
    lab = config["lab"] if config.has_section("lab") else {}
    desktop = config["desktop"] if config.has_section("desktop") else {}
    init = lab.get("init", "bash")
    if init not in ("bash", "systemd"):
        raise ValueError(f"{path}: init is bash or systemd")
    values = {
        "init": init, "memory": lab.get("memory", ""),
        "desktop_user": desktop.get("user", "desk"), "desktop_uid": desktop.get("uid", "1000"),
        "desktop_password": desktop.get("password", "desk-password"),
        "desktop_groups": desktop.get("groups", "netdev"),
    }
    return "".join(f"{key}={shlex.quote(value)}\n" for key, value in values.items())


def running(name):
    try:
        with open(STATE) as f:
            state = json.load(f)
    except OSError:
        return False
    if state["name"] != scenario_name(name):
        return False
    pids = f"{LAB}/pids"
    for pidfile in os.listdir(pids):
        pid = read_pid(f"{pids}/{pidfile}")
        if not pid or not os.path.exists(f"/proc/{pid}"):
            return False
    # A radio in another network namespace is not in this one's /sys/class/ieee80211.
    return len(radios()) >= sum(1 for radio in state["radios"] if not radio.get("netns"))


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    command = argv[1]
    try:
        if command == "apply" and len(argv) == 3:
            apply(argv[2])
        elif command == "ensure" and len(argv) == 3:
            if not running(argv[2]):
                apply(argv[2])
        elif command == "teardown":
            teardown()
        elif command == "status":
            with open(STATE) as f:
                sys.stdout.write(f.read())
        elif command == "hwsim" and len(argv) >= 4 and argv[2] in ("new", "del"):
            hwsim(argv[2], argv[3], p2p="--p2p" in argv[4:])
        elif command == "churn" and len(argv) == 3:
            churn(float(argv[2]))
        elif command == "settings" and len(argv) == 3:
            sys.stdout.write(settings(argv[2]))
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except (RuntimeError, ValueError, OSError, KeyError) as error:
        log(f"error: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
