// SPDX-License-Identifier: GPL-3.0-or-later
#include "featuretext.h"

#include <QHash>

namespace Airpane {
namespace {

using Table = QHash<QString, const char *>;

QString lookup(const Table &table, const QString &name)
{
    const auto it = table.constFind(name);
    return it == table.constEnd() ? QString() : FeatureText::tr(it.value());
}

} // namespace

QString FeatureText::cipher(const QString &name)
{
    static const Table table{
        {QStringLiteral("WEP40"), QT_TR_NOOP("WEP with a 40-bit key: broken, only for very old networks.")},
        {QStringLiteral("WEP104"), QT_TR_NOOP("WEP with a 104-bit key: broken, only for very old networks.")},
        {QStringLiteral("TKIP"),
         QT_TR_NOOP("WPA's original cipher: deprecated, slow, limits the rate to 54 Mbit/s.")},
        {QStringLiteral("CCMP-128"),
         QT_TR_NOOP("AES in counter mode: the cipher of WPA2 and WPA3 networks.")},
        {QStringLiteral("CCMP-256"), QT_TR_NOOP("AES-CCMP with a 256-bit key.")},
        {QStringLiteral("GCMP-128"),
         QT_TR_NOOP("AES in Galois/counter mode: used by Wi-Fi 7 and 60 GHz networks.")},
        {QStringLiteral("GCMP-256"),
         QT_TR_NOOP("AES-GCMP with a 256-bit key: WPA3-Enterprise 192-bit mode.")},
        {QStringLiteral("CMAC"),
         QT_TR_NOOP("Integrity for management frames (protected management frames, 802.11w).")},
        {QStringLiteral("CMAC-256"), QT_TR_NOOP("Management frame integrity with a 256-bit key.")},
        {QStringLiteral("GMAC-128"), QT_TR_NOOP("Management frame integrity with AES-GMAC.")},
        {QStringLiteral("GMAC-256"),
         QT_TR_NOOP("Management frame integrity with AES-GMAC and a 256-bit key.")},
        {QStringLiteral("SMS4"), QT_TR_NOOP("The WAPI cipher, used in China.")},
    };
    return lookup(table, name);
}

QString FeatureText::command(const QString &name)
{
    static const Table table{
        {QStringLiteral("new_interface"), QT_TR_NOOP("Create interfaces.")},
        {QStringLiteral("set_interface"), QT_TR_NOOP("Change an interface's type and settings.")},
        {QStringLiteral("del_interface"), QT_TR_NOOP("Delete interfaces.")},
        {QStringLiteral("new_key"), QT_TR_NOOP("Install encryption keys.")},
        {QStringLiteral("start_ap"), QT_TR_NOOP("Run an access point.")},
        {QStringLiteral("new_station"), QT_TR_NOOP("Add stations to an access point.")},
        {QStringLiteral("new_mpath"), QT_TR_NOOP("Add mesh paths.")},
        {QStringLiteral("set_mesh_config"), QT_TR_NOOP("Configure a mesh network.")},
        {QStringLiteral("set_bss"), QT_TR_NOOP("Change an access point's settings.")},
        {QStringLiteral("authenticate"), QT_TR_NOOP("Authenticate with an access point (userspace SME).")},
        {QStringLiteral("associate"), QT_TR_NOOP("Associate with an access point (userspace SME).")},
        {QStringLiteral("deauthenticate"), QT_TR_NOOP("End an authentication.")},
        {QStringLiteral("disassociate"), QT_TR_NOOP("End an association.")},
        {QStringLiteral("join_ibss"), QT_TR_NOOP("Join or start an ad-hoc network.")},
        {QStringLiteral("join_mesh"), QT_TR_NOOP("Join a mesh network.")},
        {QStringLiteral("remain_on_channel"),
         QT_TR_NOOP("Stay on another channel for a while: Wi-Fi Direct discovery and off-channel frames.")},
        {QStringLiteral("set_tx_bitrate_mask"), QT_TR_NOOP("Limit the transmit rates.")},
        {QStringLiteral("frame"), QT_TR_NOOP("Send management frames: Wi-Fi Direct negotiation, ANQP, ...")},
        {QStringLiteral("frame_wait_cancel"), QT_TR_NOOP("Stop waiting for the answer to a sent frame.")},
        {QStringLiteral("set_wiphy_netns"), QT_TR_NOOP("Move the radio into another network namespace.")},
        {QStringLiteral("set_channel"), QT_TR_NOOP("Set the channel of monitor and other interfaces.")},
        {QStringLiteral("tdls_mgmt"), QT_TR_NOOP("Send TDLS frames: direct links between stations.")},
        {QStringLiteral("tdls_oper"), QT_TR_NOOP("Set up and tear down TDLS links.")},
        {QStringLiteral("probe_client"), QT_TR_NOOP("Check that a station is still there.")},
        {QStringLiteral("set_noack_map"), QT_TR_NOOP("Send without acknowledgements per traffic class.")},
        {QStringLiteral("register_beacons"), QT_TR_NOOP("Receive the beacons of other networks.")},
        {QStringLiteral("start_p2p_device"), QT_TR_NOOP("Run a dedicated P2P device for Wi-Fi Direct.")},
        {QStringLiteral("set_mcast_rate"), QT_TR_NOOP("Set the multicast rate of ad-hoc and mesh networks.")},
        {QStringLiteral("connect"), QT_TR_NOOP("Connect to a network in one step (driver SME).")},
        {QStringLiteral("disconnect"), QT_TR_NOOP("Disconnect from a network.")},
        {QStringLiteral("channel_switch"),
         QT_TR_NOOP("Move a running network to another channel, with notice.")},
        {QStringLiteral("set_qos_map"), QT_TR_NOOP("Map IP priorities to Wi-Fi traffic classes.")},
        {QStringLiteral("set_multicast_to_unicast"),
         QT_TR_NOOP("Send multicast as unicast to each station.")},
        {QStringLiteral("trigger_scan"), QT_TR_NOOP("Scan for networks.")},
        {QStringLiteral("start_sched_scan"), QT_TR_NOOP("Scan in the background on a schedule.")},
        {QStringLiteral("start_nan"), QT_TR_NOOP("Run neighbour awareness networking.")},
        {QStringLiteral("peer_measurement_start"),
         QT_TR_NOOP("Measure the distance to peers (fine timing).")},
        {QStringLiteral("update_owe_info"), QT_TR_NOOP("Opportunistic wireless encryption in the driver.")},
        {QStringLiteral("external_auth"), QT_TR_NOOP("SAE (WPA3) authentication in userspace.")},
        {QStringLiteral("set_pmk"), QT_TR_NOOP("Hand the pairwise master key to the driver.")},
        {QStringLiteral("crit_protocol_start"), QT_TR_NOOP("Protect a critical exchange such as DHCP.")},
    };
    return lookup(table, name);
}

QString FeatureText::extendedFeature(const QString &name)
{
    static const Table table{
        {QStringLiteral("VHT_IBSS"), QT_TR_NOOP("VHT rates in ad-hoc networks.")},
        {QStringLiteral("RRM"),
         QT_TR_NOOP("Radio resource measurement (802.11k): neighbour reports, beacon reports.")},
        {QStringLiteral("BEACON_RATE_LEGACY"),
         QT_TR_NOOP("An access point's beacons at a chosen legacy rate.")},
        {QStringLiteral("FILS_STA"), QT_TR_NOOP("Fast initial link setup as a station.")},
        {QStringLiteral("CQM_RSSI_LIST"), QT_TR_NOOP("Signal strength alerts at several thresholds.")},
        {QStringLiteral("CONTROL_PORT_OVER_NL80211"),
         QT_TR_NOOP("EAPOL frames travel over nl80211 instead of the network device.")},
        {QStringLiteral("TXQS"), QT_TR_NOOP("Fair transmit queues per station (fewer latency spikes).")},
        {QStringLiteral("SCAN_RANDOM_SN"),
         QT_TR_NOOP("Random sequence numbers in probe requests: more privacy.")},
        {QStringLiteral("SCAN_MIN_PREQ_CONTENT"), QT_TR_NOOP("Minimal probe requests: less to fingerprint.")},
        {QStringLiteral("CAN_REPLACE_PTK0"), QT_TR_NOOP("Replaces the unicast key safely while connected.")},
        {QStringLiteral("ENABLE_FTM_RESPONDER"),
         QT_TR_NOOP("Answers fine timing measurements as an access point.")},
        {QStringLiteral("EXT_KEY_ID"), QT_TR_NOOP("Extended key IDs: rekeying without a gap.")},
        {QStringLiteral("BEACON_PROTECTION"), QT_TR_NOOP("Protected beacons: forged beacons are detected.")},
        {QStringLiteral("CONTROL_PORT_NO_PREAUTH"),
         QT_TR_NOOP("Keeps pre-authentication frames off the control port.")},
        {QStringLiteral("DEL_IBSS_STA"), QT_TR_NOOP("Removes ad-hoc peers on request.")},
        {QStringLiteral("MULTICAST_REGISTRATIONS"),
         QT_TR_NOOP("Several programs can receive the same frame types.")},
        {QStringLiteral("SCAN_FREQ_KHZ"), QT_TR_NOOP("Scans frequencies given in kHz (Sub-1 GHz).")},
        {QStringLiteral("CONTROL_PORT_OVER_NL80211_TX_STATUS"),
         QT_TR_NOOP("Reports whether EAPOL frames were delivered.")},
        {QStringLiteral("BSS_COLOR"),
         QT_TR_NOOP("BSS colouring (Wi-Fi 6): ignores overlapping networks sooner.")},
        {QStringLiteral("POWERED_ADDR_CHANGE"),
         QT_TR_NOOP("Changes its MAC address while the interface is up.")},
        {QStringLiteral("DFS_CONCURRENT"),
         QT_TR_NOOP("Uses radar channels next to another link that checked them.")},
        {QStringLiteral("SPP_AMSDU_SUPPORT"), QT_TR_NOOP("Signalling and payload protected A-MSDUs.")},
        {QStringLiteral("SAE_OFFLOAD"), QT_TR_NOOP("The driver runs WPA3's SAE handshake itself.")},
        {QStringLiteral("4WAY_HANDSHAKE_STA_PSK"), QT_TR_NOOP("The driver runs the WPA handshake itself.")},
        {QStringLiteral("OPERATING_CHANNEL_VALIDATION"),
         QT_TR_NOOP("Checks the channel against spoofing attacks.")},
        {QStringLiteral("ACK_SIGNAL_SUPPORT"),
         QT_TR_NOOP("Reports the signal strength of acknowledgements.")},
        {QStringLiteral("AIRTIME_FAIRNESS"), QT_TR_NOOP("Shares airtime fairly between stations.")},
        {QStringLiteral("MFP_OPTIONAL"), QT_TR_NOOP("Protected management frames may be optional.")},
        {QStringLiteral("LOW_SPAN_SCAN"), QT_TR_NOOP("Quick scans over few channels.")},
        {QStringLiteral("LOW_POWER_SCAN"), QT_TR_NOOP("Scans that save power.")},
        {QStringLiteral("HIGH_ACCURACY_SCAN"), QT_TR_NOOP("Scans that find more networks.")},
        {QStringLiteral("SET_SCAN_DWELL"), QT_TR_NOOP("Scans with a chosen time per channel.")},
        {QStringLiteral("FILS_DISCOVERY"), QT_TR_NOOP("FILS discovery frames from an access point (6 GHz).")},
        {QStringLiteral("UNSOL_BCAST_PROBE_RESP"),
         QT_TR_NOOP("Unsolicited probe responses from an access point (6 GHz).")},
    };
    return lookup(table, name);
}

QString FeatureText::featureFlag(const QString &name)
{
    static const Table table{
        {QStringLiteral("SK_TX_STATUS"), QT_TR_NOOP("Reports whether each sent frame was acknowledged.")},
        {QStringLiteral("HT_IBSS"), QT_TR_NOOP("HT rates in ad-hoc networks.")},
        {QStringLiteral("SAE"), QT_TR_NOOP("WPA3 personal (SAE) with the authentication in userspace.")},
        {QStringLiteral("LOW_PRIORITY_SCAN"), QT_TR_NOOP("Scans that yield to traffic.")},
        {QStringLiteral("SCAN_FLUSH"), QT_TR_NOOP("Drops old scan results when a scan starts.")},
        {QStringLiteral("AP_SCAN"), QT_TR_NOOP("Scans while running an access point.")},
        {QStringLiteral("VIF_TXPOWER"), QT_TR_NOOP("Transmit power per interface.")},
        {QStringLiteral("ADVERTISE_CHAN_LIMITS"), QT_TR_NOOP("Announces its channel limits to peers.")},
        {QStringLiteral("FULL_AP_CLIENT_STATE"),
         QT_TR_NOOP("Keeps the full state of an access point's clients.")},
        {QStringLiteral("USERSPACE_MPM"), QT_TR_NOOP("Mesh peering in userspace.")},
        {QStringLiteral("ACTIVE_MONITOR"), QT_TR_NOOP("Monitor interfaces that acknowledge frames.")},
        {QStringLiteral("AP_MODE_CHAN_WIDTH_CHANGE"),
         QT_TR_NOOP("Changes an access point's channel width while running.")},
        {QStringLiteral("STATIC_SMPS"), QT_TR_NOOP("Static spatial-multiplexing power save.")},
        {QStringLiteral("DYNAMIC_SMPS"), QT_TR_NOOP("Dynamic spatial-multiplexing power save.")},
        {QStringLiteral("MAC_ON_CREATE"),
         QT_TR_NOOP("Interfaces get their MAC address when they are created.")},
        {QStringLiteral("SCAN_RANDOM_MAC_ADDR"),
         QT_TR_NOOP("Scans with a random MAC address: more privacy.")},
        {QStringLiteral("SCHED_SCAN_RANDOM_MAC_ADDR"),
         QT_TR_NOOP("Background scans with a random MAC address.")},
        {QStringLiteral("ND_RANDOM_MAC_ADDR"), QT_TR_NOOP("Net-detect scans with a random MAC address.")},
        {QStringLiteral("TDLS_CHANNEL_SWITCH"), QT_TR_NOOP("TDLS links can move to another channel.")},
        {QStringLiteral("QUIET"), QT_TR_NOOP("Honours quiet periods that access points announce.")},
        {QStringLiteral("TX_POWER_INSERTION"), QT_TR_NOOP("Inserts its transmit power into frames.")},
        {QStringLiteral("WFA_TPC_IE_IN_PROBES"),
         QT_TR_NOOP("Transmit power information in probe responses.")},
        {QStringLiteral("DS_PARAM_SET_IE_IN_PROBES"), QT_TR_NOOP("Channel information in probe requests.")},
        {QStringLiteral("INACTIVITY_TIMER"), QT_TR_NOOP("The driver drops inactive stations itself.")},
        {QStringLiteral("CELL_BASE_REG_HINTS"), QT_TR_NOOP("Takes the country from the mobile network.")},
        {QStringLiteral("P2P_DEVICE_NEEDS_CHANNEL"), QT_TR_NOOP("A P2P device needs a channel of its own.")},
        {QStringLiteral("NEED_OBSS_SCAN"), QT_TR_NOOP("Scans for overlapping networks before using 40 MHz.")},
        {QStringLiteral("P2P_GO_CTWIN"), QT_TR_NOOP("Client traffic windows as P2P group owner.")},
        {QStringLiteral("P2P_GO_OPPPS"), QT_TR_NOOP("Opportunistic power save as P2P group owner.")},
        {QStringLiteral("SUPPORTS_WMM_ADMISSION"),
         QT_TR_NOOP("Admission control for voice and video traffic.")},
    };
    return lookup(table, name);
}

QString FeatureText::capabilityFlag(const QString &name)
{
    static const Table table{
        {QStringLiteral("IBSS_RSN"), QT_TR_NOOP("Encrypted ad-hoc networks.")},
        {QStringLiteral("AP_UAPSD"), QT_TR_NOOP("Power save for an access point's clients (U-APSD).")},
        {QStringLiteral("TDLS"), QT_TR_NOOP("Direct links between stations of one network (TDLS).")},
        {QStringLiteral("TDLS_EXTERNAL_SETUP"), QT_TR_NOOP("TDLS set up by userspace.")},
        {QStringLiteral("ROAM"), QT_TR_NOOP("The driver roams between access points itself.")},
        {QStringLiteral("OFFCHANNEL_TX"), QT_TR_NOOP("Sends frames on other channels than its own.")},
        {QStringLiteral("MESH_AUTH"), QT_TR_NOOP("Secure mesh networks.")},
        {QStringLiteral("CONTROL_PORT_ETHERTYPE"),
         QT_TR_NOOP("Handles the EAPOL control port for userspace.")},
        {QStringLiteral("SELF_MANAGED_REG"), QT_TR_NOOP("The driver keeps its own regulatory domain.")},
    };
    return lookup(table, name);
}

} // namespace Airpane
