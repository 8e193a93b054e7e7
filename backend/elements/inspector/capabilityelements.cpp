// SPDX-License-Identifier: GPL-3.0-or-later
// Bitmaps of capabilities: Extended Capabilities (9.4.2.26), RM Enabled Capabilities (9.4.2.44) and
// the Capability Information field (9.4.1.4) of nontransmitted BSSIDs.
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

#define EXT(bit, key, label, explanation)                                                                    \
    Bit                                                                                                      \
    {                                                                                                        \
        bit, 1, key, label, explanation                                                                      \
    }

// 802.11-2020 Table 9-153, with 802.11ax. The two multi-bit subfields are added separately: their
// meaning depends on other capabilities.
constexpr Bit extendedBits[] = {
    EXT(0, "bssCoexistenceManagement", QT_TRANSLATE_NOOP("Airpane", "20/40 BSS coexistence management"),
        QT_TRANSLATE_NOOP("Airpane", "Exchanges 20/40 coexistence reports.")),
    EXT(2, "extendedChannelSwitching", QT_TRANSLATE_NOOP("Airpane", "Extended channel switching"),
        QT_TRANSLATE_NOOP("Airpane", "Announces channel switches across operating classes.")),
    EXT(4, "psmp", QT_TRANSLATE_NOOP("Airpane", "PSMP"),
        QT_TRANSLATE_NOOP("Airpane", "Power save multi-poll scheduling.")),
    EXT(6, "sPsmp", QT_TRANSLATE_NOOP("Airpane", "S-PSMP"),
        QT_TRANSLATE_NOOP("Airpane", "Scheduled power save multi-poll.")),
    EXT(7, "event", QT_TRANSLATE_NOOP("Airpane", "Event"),
        QT_TRANSLATE_NOOP("Airpane", "Reports events (802.11v).")),
    EXT(8, "diagnostics", QT_TRANSLATE_NOOP("Airpane", "Diagnostics"),
        QT_TRANSLATE_NOOP("Airpane", "Runs diagnostics on request (802.11v).")),
    EXT(9, "multicastDiagnostics", QT_TRANSLATE_NOOP("Airpane", "Multicast diagnostics"),
        QT_TRANSLATE_NOOP("Airpane", "Reports on multicast reception.")),
    EXT(10, "locationTracking", QT_TRANSLATE_NOOP("Airpane", "Location tracking"),
        QT_TRANSLATE_NOOP("Airpane", "Sends location tracking frames.")),
    EXT(11, "fms", QT_TRANSLATE_NOOP("Airpane", "FMS"),
        QT_TRANSLATE_NOOP("Airpane", "Flexible multicast service: multicast at other DTIM intervals.")),
    EXT(12, "proxyArp", QT_TRANSLATE_NOOP("Airpane", "Proxy ARP"),
        QT_TRANSLATE_NOOP("Airpane", "The AP answers ARP and neighbor discovery for its stations.")),
    EXT(13, "collocatedInterferenceReporting",
        QT_TRANSLATE_NOOP("Airpane", "Collocated interference reporting"),
        QT_TRANSLATE_NOOP("Airpane", "Reports interference from radios in the same device.")),
    EXT(14, "civicLocation", QT_TRANSLATE_NOOP("Airpane", "Civic location"),
        QT_TRANSLATE_NOOP("Airpane", "Gives its street address on request.")),
    EXT(15, "geospatialLocation", QT_TRANSLATE_NOOP("Airpane", "Geospatial location"),
        QT_TRANSLATE_NOOP("Airpane", "Gives its coordinates on request.")),
    EXT(16, "tfs", QT_TRANSLATE_NOOP("Airpane", "TFS"),
        QT_TRANSLATE_NOOP("Airpane", "Traffic filtering: wakes sleeping stations only for matching frames.")),
    EXT(17, "wnmSleepMode", QT_TRANSLATE_NOOP("Airpane", "WNM sleep mode"),
        QT_TRANSLATE_NOOP("Airpane", "Stations may sleep for many beacon intervals.")),
    EXT(18, "timBroadcast", QT_TRANSLATE_NOOP("Airpane", "TIM broadcast"),
        QT_TRANSLATE_NOOP("Airpane", "Sends traffic indications between beacons.")),
    EXT(19, "bssTransition", QT_TRANSLATE_NOOP("Airpane", "BSS transition"),
        QT_TRANSLATE_NOOP("Airpane", "Can steer stations to another AP (802.11v).")),
    EXT(20, "qosTrafficCapability", QT_TRANSLATE_NOOP("Airpane", "QoS traffic capability"),
        QT_TRANSLATE_NOOP("Airpane", "Reports which access categories stations use.")),
    EXT(21, "acStationCount", QT_TRANSLATE_NOOP("Airpane", "AC station count"),
        QT_TRANSLATE_NOOP("Airpane", "Counts stations per access category.")),
    EXT(22, "multipleBssid", QT_TRANSLATE_NOOP("Airpane", "Multiple BSSID"),
        QT_TRANSLATE_NOOP("Airpane", "Understands several BSSes advertised in one beacon.")),
    EXT(23, "timingMeasurement", QT_TRANSLATE_NOOP("Airpane", "Timing measurement"),
        QT_TRANSLATE_NOOP("Airpane", "Supports timing measurement for clock synchronization.")),
    EXT(24, "channelUsage", QT_TRANSLATE_NOOP("Airpane", "Channel usage"),
        QT_TRANSLATE_NOOP("Airpane", "Advises stations which channels to use.")),
    EXT(25, "ssidList", QT_TRANSLATE_NOOP("Airpane", "SSID list"),
        QT_TRANSLATE_NOOP("Airpane", "Answers probe requests that list several SSIDs.")),
    EXT(26, "dms", QT_TRANSLATE_NOOP("Airpane", "DMS"),
        QT_TRANSLATE_NOOP("Airpane",
                          "Directed multicast: multicast sent as unicast to requesting stations.")),
    EXT(27, "utcTsfOffset", QT_TRANSLATE_NOOP("Airpane", "UTC TSF offset"),
        QT_TRANSLATE_NOOP("Airpane", "Gives the offset between its clock and UTC.")),
    EXT(28, "tdlsPeerUapsdBuffer", QT_TRANSLATE_NOOP("Airpane", "TDLS peer U-APSD buffer STA"),
        QT_TRANSLATE_NOOP("Airpane", "Buffers frames for a sleeping direct-link peer.")),
    EXT(29, "tdlsPeerPsm", QT_TRANSLATE_NOOP("Airpane", "TDLS peer PSM"),
        QT_TRANSLATE_NOOP("Airpane", "Power save on direct links.")),
    EXT(30, "tdlsChannelSwitching", QT_TRANSLATE_NOOP("Airpane", "TDLS channel switching"),
        QT_TRANSLATE_NOOP("Airpane", "Direct links may move to another channel.")),
    EXT(31, "interworking", QT_TRANSLATE_NOOP("Airpane", "Interworking"),
        QT_TRANSLATE_NOOP("Airpane", "Hotspot features: network discovery before association (802.11u).")),
    EXT(32, "qosMap", QT_TRANSLATE_NOOP("Airpane", "QoS map"),
        QT_TRANSLATE_NOOP("Airpane", "Maps DSCP values to user priorities for its stations.")),
    EXT(33, "ebr", QT_TRANSLATE_NOOP("Airpane", "EBR"),
        QT_TRANSLATE_NOOP("Airpane", "Expedited bandwidth requests, for emergency calls.")),
    EXT(34, "sspnInterface", QT_TRANSLATE_NOOP("Airpane", "SSPN interface"),
        QT_TRANSLATE_NOOP("Airpane", "Talks to the subscription service provider network.")),
    EXT(36, "msgcf", QT_TRANSLATE_NOOP("Airpane", "MSGCF"),
        QT_TRANSLATE_NOOP("Airpane", "Mobile station generic convergence function.")),
    EXT(37, "tdlsSupport", QT_TRANSLATE_NOOP("Airpane", "TDLS support"),
        QT_TRANSLATE_NOOP("Airpane", "Direct links between stations (tunneled setup).")),
    EXT(38, "tdlsProhibited", QT_TRANSLATE_NOOP("Airpane", "TDLS prohibited"),
        QT_TRANSLATE_NOOP("Airpane", "Stations of this BSS must not set up direct links.")),
    EXT(39, "tdlsChannelSwitchingProhibited",
        QT_TRANSLATE_NOOP("Airpane", "TDLS channel switching prohibited"),
        QT_TRANSLATE_NOOP("Airpane", "Direct links must stay on the BSS's channel.")),
    EXT(40, "rejectUnadmittedFrame", QT_TRANSLATE_NOOP("Airpane", "Reject unadmitted frame"),
        QT_TRANSLATE_NOOP("Airpane", "Drops frames of access categories without admission.")),
    EXT(44, "identifierLocation", QT_TRANSLATE_NOOP("Airpane", "Identifier location"),
        QT_TRANSLATE_NOOP("Airpane", "Supports location identifiers (URIs).")),
    EXT(45, "uapsdCoexistence", QT_TRANSLATE_NOOP("Airpane", "U-APSD coexistence"),
        QT_TRANSLATE_NOOP("Airpane", "Power save that avoids collocated interference.")),
    EXT(46, "wnmNotification", QT_TRANSLATE_NOOP("Airpane", "WNM notification"),
        QT_TRANSLATE_NOOP("Airpane", "Sends and receives network management notifications.")),
    EXT(47, "qabCapability", QT_TRANSLATE_NOOP("Airpane", "QAB"),
        QT_TRANSLATE_NOOP("Airpane", "Quiet channel for overlapping BSSes (QoS AP with backoff).")),
    EXT(48, "utf8Ssid", QT_TRANSLATE_NOOP("Airpane", "UTF-8 SSID"),
        QT_TRANSLATE_NOOP("Airpane", "The SSID is UTF-8 text.")),
    EXT(49, "qmfActivated", QT_TRANSLATE_NOOP("Airpane", "QMF activated"),
        QT_TRANSLATE_NOOP("Airpane", "QoS for management frames is on.")),
    EXT(50, "qmfReconfigurationActivated", QT_TRANSLATE_NOOP("Airpane", "QMF reconfiguration activated"),
        QT_TRANSLATE_NOOP("Airpane", "QoS for management frames may be reconfigured.")),
    EXT(51, "robustAvStreaming", QT_TRANSLATE_NOOP("Airpane", "Robust AV streaming"),
        QT_TRANSLATE_NOOP("Airpane", "Audio and video streaming features (802.11aa).")),
    EXT(52, "advancedGcr", QT_TRANSLATE_NOOP("Airpane", "Advanced GCR"),
        QT_TRANSLATE_NOOP("Airpane", "Reliable group-addressed delivery.")),
    EXT(53, "meshGcr", QT_TRANSLATE_NOOP("Airpane", "Mesh GCR"),
        QT_TRANSLATE_NOOP("Airpane", "Reliable group-addressed delivery in mesh.")),
    EXT(54, "scs", QT_TRANSLATE_NOOP("Airpane", "SCS"),
        QT_TRANSLATE_NOOP("Airpane", "Stream classification: stations ask for QoS per traffic stream.")),
    EXT(55, "qloadReport", QT_TRANSLATE_NOOP("Airpane", "QLoad report"),
        QT_TRANSLATE_NOOP("Airpane", "Reports the QoS load of the BSS.")),
    EXT(56, "alternateEdca", QT_TRANSLATE_NOOP("Airpane", "Alternate EDCA"),
        QT_TRANSLATE_NOOP("Airpane", "Extra access queues for audio and video.")),
    EXT(57, "unprotectedTxopNegotiation", QT_TRANSLATE_NOOP("Airpane", "Unprotected TXOP negotiation"),
        QT_TRANSLATE_NOOP("Airpane", "Shares transmit time with overlapping BSSes in plain frames.")),
    EXT(58, "protectedTxopNegotiation", QT_TRANSLATE_NOOP("Airpane", "Protected TXOP negotiation"),
        QT_TRANSLATE_NOOP("Airpane", "Shares transmit time with overlapping BSSes in protected frames.")),
    EXT(60, "protectedQloadReport", QT_TRANSLATE_NOOP("Airpane", "Protected QLoad report"),
        QT_TRANSLATE_NOOP("Airpane", "QLoad reports in protected frames.")),
    EXT(61, "tdlsWiderBandwidth", QT_TRANSLATE_NOOP("Airpane", "TDLS wider bandwidth"),
        QT_TRANSLATE_NOOP("Airpane", "Direct links may be wider than the BSS.")),
    EXT(62, "operatingModeNotification", QT_TRANSLATE_NOOP("Airpane", "Operating mode notification"),
        QT_TRANSLATE_NOOP("Airpane", "Announces changes of width and streams without reassociating.")),
    EXT(65, "channelScheduleManagement", QT_TRANSLATE_NOOP("Airpane", "Channel schedule management"),
        QT_TRANSLATE_NOOP("Airpane", "TV white space channel schedules.")),
    EXT(66, "geodatabaseInbandEnablingSignal",
        QT_TRANSLATE_NOOP("Airpane", "Geodatabase inband enabling signal"),
        QT_TRANSLATE_NOOP("Airpane", "TV white space enabling over the air.")),
    EXT(67, "networkChannelControl", QT_TRANSLATE_NOOP("Airpane", "Network channel control"),
        QT_TRANSLATE_NOOP("Airpane", "TV white space channel control.")),
    EXT(68, "whiteSpaceMap", QT_TRANSLATE_NOOP("Airpane", "White space map"),
        QT_TRANSLATE_NOOP("Airpane", "Sends TV white space maps.")),
    EXT(69, "channelAvailabilityQuery", QT_TRANSLATE_NOOP("Airpane", "Channel availability query"),
        QT_TRANSLATE_NOOP("Airpane", "Answers TV white space availability queries.")),
    EXT(70, "ftmResponder", QT_TRANSLATE_NOOP("Airpane", "FTM responder"),
        QT_TRANSLATE_NOOP("Airpane", "Answers fine timing measurement, for indoor positioning.")),
    EXT(71, "ftmInitiator", QT_TRANSLATE_NOOP("Airpane", "FTM initiator"),
        QT_TRANSLATE_NOOP("Airpane", "Starts fine timing measurements.")),
    EXT(72, "fils", QT_TRANSLATE_NOOP("Airpane", "FILS"),
        QT_TRANSLATE_NOOP("Airpane", "Fast initial link setup (802.11ai).")),
    EXT(73, "extendedSpectrumManagement", QT_TRANSLATE_NOOP("Airpane", "Extended spectrum management"),
        QT_TRANSLATE_NOOP("Airpane", "Spectrum management for channels wider than 40 MHz.")),
    EXT(74, "futureChannelGuidance", QT_TRANSLATE_NOOP("Airpane", "Future channel guidance"),
        QT_TRANSLATE_NOOP("Airpane", "Says which channel it may move to.")),
    EXT(75, "pad", QT_TRANSLATE_NOOP("Airpane", "PAD"),
        QT_TRANSLATE_NOOP("Airpane", "Protected access for devices that cannot run the full handshake.")),
    EXT(77, "twtRequester", QT_TRANSLATE_NOOP("Airpane", "TWT requester"),
        QT_TRANSLATE_NOOP("Airpane", "Asks for target wake times (802.11ax).")),
    EXT(78, "twtResponder", QT_TRANSLATE_NOOP("Airpane", "TWT responder"),
        QT_TRANSLATE_NOOP("Airpane", "Grants target wake times, so stations sleep longer (802.11ax).")),
    EXT(79, "obssNarrowBandwidthRu", QT_TRANSLATE_NOOP("Airpane", "OBSS narrow bandwidth RU tolerance"),
        QT_TRANSLATE_NOOP("Airpane", "Tolerates narrow resource units in overlapping BSSes.")),
    EXT(80, "completeNontransmittedBssidProfiles",
        QT_TRANSLATE_NOOP("Airpane", "Complete list of nontransmitted "
                                     "BSSID profiles"),
        QT_TRANSLATE_NOOP("Airpane", "Its beacons list every BSS of its multiple BSSID set.")),
    EXT(81, "saePasswordIdentifiersInUse", QT_TRANSLATE_NOOP("Airpane", "SAE password identifiers in use"),
        QT_TRANSLATE_NOOP("Airpane", "Some SAE passwords are named, per user.")),
    EXT(82, "saePasswordIdentifiersExclusively",
        QT_TRANSLATE_NOOP("Airpane", "SAE password identifiers only"),
        QT_TRANSLATE_NOOP("Airpane", "Every SAE password is named, per user.")),
    EXT(83, "enhancedMultipleBssidAdvertisement",
        QT_TRANSLATE_NOOP("Airpane", "Enhanced multiple BSSID advertisement"),
        QT_TRANSLATE_NOOP("Airpane", "Advertises its BSSes in fewer beacons.")),
    EXT(84, "beaconProtection", QT_TRANSLATE_NOOP("Airpane", "Beacon protection"),
        QT_TRANSLATE_NOOP("Airpane", "Beacons carry an integrity check against forgery.")),
    EXT(85, "mscs", QT_TRANSLATE_NOOP("Airpane", "Mirrored SCS"),
        QT_TRANSLATE_NOOP("Airpane", "Mirrors the QoS of uplink streams downlink.")),
    EXT(88, "saePkExclusively", QT_TRANSLATE_NOOP("Airpane", "SAE-PK only"),
        QT_TRANSLATE_NOOP("Airpane", "Every SAE password here is an SAE-PK one.")),
};

#undef EXT

} // namespace

void decodeExtendedCapabilities(ElementBuilder &b)
{
    Field all =
        b.field("capabilities", QT_TRANSLATE_NOOP("Airpane", "Extended capabilities"), b.hex(0, b.size()),
                QT_TRANSLATE_NOOP("Airpane", "Optional features, one bit each."), 0, b.size());
    const auto bit = [&](int n) { return n / 8 < b.size() && (b.u8(n / 8) >> (n % 8)) & 1; };
    for (const Bit &named : extendedBits) {
        if (bit(named.bit)) {
            all.children.append(
                b.field(named.key, named.label, yesNo(true), named.explanation, named.bit / 8, 1));
        }
    }
    // Bits of no name (reserved or newer than this table): kept, by number.
    for (int n = 0; n < 8 * b.size(); ++n) {
        const bool named = std::any_of(std::begin(extendedBits), std::end(extendedBits),
                                       [&](const Bit &entry) { return entry.bit == n; });
        const bool multiBit = (n >= 41 && n <= 43) || n == 63 || n == 64;
        if (bit(n) && !named && !multiBit) {
            Field field =
                b.field("bit", QT_TRANSLATE_NOOP("Airpane", "Bit"), yesNo(true),
                        QT_TRANSLATE_NOOP("Airpane", "A capability bit Airpane has no name for."), n / 8, 1);
            field.key += QString::number(n);
            field.label += QStringLiteral(" %1").arg(n);
            all.children.append(field);
        }
    }
    // Bits 41-43 mean something only with S-PSMP, bits 63-64 only for VHT (as iw reads them).
    if (bit(6) && b.size() >= 6) {
        all.children.append(b.field(
            "serviceIntervalGranularity", QT_TRANSLATE_NOOP("Airpane", "Service interval granularity"),
            withUnit(5 * (((b.le16(5) >> 1) & 7) + 1), "ms"),
            QT_TRANSLATE_NOOP("Airpane", "The shortest S-PSMP service interval."), 5, 1));
    }
    if (b.context().hasVhtCapabilities) {
        const int value = (bit(63) ? 1 : 0) | (bit(64) ? 2 : 0);
        static const char *const limits[] = {QT_TRANSLATE_NOOP("Airpane", "unlimited"), "32", "16", "8"};
        all.children.append(b.field(
            "maxMsdusInAmsdu", QT_TRANSLATE_NOOP("Airpane", "Maximum MSDUs in an A-MSDU"), tr(limits[value]),
            QT_TRANSLATE_NOOP("Airpane", "How many frames a VHT aggregate may hold."), 7,
            b.size() > 8 ? 2 : 1));
    }
    b.add(all);
}

} // namespace Airpane::Elements::Inspector
