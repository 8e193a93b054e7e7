// SPDX-License-Identifier: GPL-3.0-or-later
// HT and VHT capabilities and operation, and extended capabilities: iw's lines (util.c's
// print_ht_capability, print_ht_mcs, print_vht_info; scan.c's print_ht_op, print_capabilities)
// rendered from airpane-cli's decoded subfields.
#include "scanparity.h"

#include <cmath>

namespace Airpane::Lab {
namespace {

QStringList htMcsLines(const QJsonObject &set)
{
    QStringList lines;
    const qint64 highest = ourNumber(set, QStringLiteral("rxHighestRate"));
    if (highest) {
        lines.append(QStringLiteral("HT Max RX data rate: %1 Mbps").arg(highest));
    }
    const QString indexes = ourValue(set, QStringLiteral("rxMcsIndexes"));
    const QString printed = indexes == QLatin1String("none") ? QString() : indexes;
    if (!ourFlag(set, QStringLiteral("txMcsSetDefined"))) {
        lines << QStringLiteral("HT RX MCS rate indexes supported: %1").arg(printed).trimmed()
              << QStringLiteral("HT TX MCS rate indexes are undefined");
    } else if (!ourFlag(set, QStringLiteral("txRxMcsSetNotEqual"))) {
        lines << QStringLiteral("HT TX/RX MCS rate indexes supported: %1").arg(printed).trimmed();
    } else {
        lines << QStringLiteral("HT RX MCS rate indexes supported: %1").arg(printed).trimmed()
              << (ourFlag(set, QStringLiteral("txUnequalModulation"))
                      ? QStringLiteral("TX unequal modulation supported")
                      : QStringLiteral("TX unequal modulation not supported"))
              << QStringLiteral("HT TX Max spatial streams: %1")
                     .arg(ourValue(set, QStringLiteral("txMaxSpatialStreams")))
              << QStringLiteral("HT TX MCS rate indexes supported may differ");
    }
    return lines;
}

// iw's VHT "Supported Channel Width" from the width set and the extended NSS support (the ratios
// of print_vht_info's nss_ratio_tbl, in quarters; 0: none).
QString vhtWidthText(int width, int extended)
{
    struct Ratios
    {
        bool valid;
        int bw20, bw40, bw80, bw160, bw8080;
    };
    static const Ratios table[3][4] = {
        {{true, 4, 4, 4, 0, 0}, {true, 4, 4, 4, 2, 0}, {true, 4, 4, 4, 2, 2}, {true, 4, 4, 4, 3, 3}},
        {{true, 4, 4, 4, 4, 0}, {true, 4, 4, 4, 4, 2}, {true, 4, 4, 4, 4, 3}, {true, 8, 8, 8, 8, 1}},
        {{true, 4, 4, 4, 4, 4}, {false, 0, 0, 0, 0, 0}, {false, 0, 0, 0, 0, 0}, {true, 8, 8, 8, 4, 4}},
    };
    if (width > 2) {
        return QStringLiteral("(reserved)");
    }
    const Ratios &r = table[width][extended & 3];
    if (!r.valid) {
        return QStringLiteral("(reserved)");
    }
    if (r.bw20 == 4 && r.bw40 == 4 && r.bw80 == 4 && (!r.bw160 || r.bw160 == 4) &&
        (!r.bw8080 || r.bw8080 == 4)) {
        static const char *const names[] = {"neither 160 nor 80+80", "160 MHz", "160 MHz, 80+80 MHz"};
        return QLatin1String(names[width]);
    }
    QString text;
    const auto ratio = [&](const char *name, int value) {
        if (value && value != 4) {
            text += QStringLiteral("%1 (%2 NSS) ")
                        .arg(QLatin1String(name))
                        .arg(value == 3   ? QStringLiteral("3/4")
                             : value == 2 ? QStringLiteral("1/2")
                             : value == 8 ? QStringLiteral("x2")
                                          : QStringLiteral("undef"));
        }
    };
    ratio("20MHz", r.bw20);
    ratio("40MHz", r.bw40);
    ratio("80MHz", r.bw80);
    ratio("160MHz", r.bw160);
    ratio("80+80MHz", r.bw8080);
    return text.trimmed();
}

QStringList vhtMcsLines(const QJsonObject &map)
{
    QStringList lines;
    for (int nss = 1; nss <= 8; ++nss) {
        lines.append(
            QStringLiteral("  %1 streams: %2").arg(nss).arg(ourValue(map, QStringLiteral("nss%1").arg(nss))));
    }
    return lines;
}

// Extended Capabilities bits: airpane-cli's key and iw's name (scan.c print_capabilities).
struct ExtendedBit
{
    int bit;
    const char *key;
    const char *iw;
};

const ExtendedBit extendedBits[] = {
    {0, "bssCoexistenceManagement", "HT Information Exchange Supported"},
    {2, "extendedChannelSwitching", "Extended Channel Switching"},
    {4, "psmp", "PSMP Capability"},
    {6, "sPsmp", "S-PSMP Capability"},
    {7, "event", "Event"},
    {8, "diagnostics", "Diagnostics"},
    {9, "multicastDiagnostics", "Multicast Diagnostics"},
    {10, "locationTracking", "Location Tracking"},
    {11, "fms", "FMS"},
    {12, "proxyArp", "Proxy ARP Service"},
    {13, "collocatedInterferenceReporting", "Collocated Interference Reporting"},
    {14, "civicLocation", "Civic Location"},
    {15, "geospatialLocation", "Geospatial Location"},
    {16, "tfs", "TFS"},
    {17, "wnmSleepMode", "WNM-Sleep Mode"},
    {18, "timBroadcast", "TIM Broadcast"},
    {19, "bssTransition", "BSS Transition"},
    {20, "qosTrafficCapability", "QoS Traffic Capability"},
    {21, "acStationCount", "AC Station Count"},
    {22, "multipleBssid", "Multiple BSSID"},
    {23, "timingMeasurement", "Timing Measurement"},
    {24, "channelUsage", "Channel Usage"},
    {25, "ssidList", "SSID List"},
    {26, "dms", "DMS"},
    {27, "utcTsfOffset", "UTC TSF Offset"},
    {28, "tdlsPeerUapsdBuffer", "TDLS Peer U-APSD Buffer STA Support"},
    {29, "tdlsPeerPsm", "TDLS Peer PSM Support"},
    {30, "tdlsChannelSwitching", "TDLS channel switching"},
    {31, "interworking", "Interworking"},
    {32, "qosMap", "QoS Map"},
    {33, "ebr", "EBR"},
    {34, "sspnInterface", "SSPN Interface"},
    {36, "msgcf", "MSGCF Capability"},
    {37, "tdlsSupport", "TDLS Support"},
    {38, "tdlsProhibited", "TDLS Prohibited"},
    {39, "tdlsChannelSwitchingProhibited", "TDLS Channel Switching Prohibited"},
    {40, "rejectUnadmittedFrame", "Reject Unadmitted Frame"},
    {44, "identifierLocation", "Identifier Location"},
    {45, "uapsdCoexistence", "U-APSD Coexistence"},
    {46, "wnmNotification", "WNM-Notification"},
    {47, "qabCapability", "Reserved"},
    {48, "utf8Ssid", "UTF-8 SSID"},
    {49, "qmfActivated", "QMFActivated"},
    {50, "qmfReconfigurationActivated", "QMFReconfigurationActivated"},
    {51, "robustAvStreaming", "Robust AV Streaming"},
    {52, "advancedGcr", "Advanced GCR"},
    {53, "meshGcr", "Mesh GCR"},
    {54, "scs", "SCS"},
    {55, "qloadReport", "QLoad Report"},
    {56, "alternateEdca", "Alternate EDCA"},
    {57, "unprotectedTxopNegotiation", "Unprotected TXOP Negotiation"},
    {58, "protectedTxopNegotiation", "Protected TXOP egotiation"},
    {60, "protectedQloadReport", "Protected QLoad Report"},
    {61, "tdlsWiderBandwidth", "TDLS Wider Bandwidth"},
    {62, "operatingModeNotification", "Operating Mode Notification"},
    {65, "channelScheduleManagement", "Channel Schedule Management"},
    {66, "geodatabaseInbandEnablingSignal", "Geodatabase Inband Enabling Signal"},
    {67, "networkChannelControl", "Network Channel Control"},
    {68, "whiteSpaceMap", "White Space Map"},
    {69, "channelAvailabilityQuery", "Channel Availability Query"},
    {70, "ftmResponder", "FTM Responder"},
    {71, "ftmInitiator", "FTM Initiator"},
    {72, "fils", "Reserved"},
    {73, "extendedSpectrumManagement", "Extended Spectrum Management Capable"},
    {74, "futureChannelGuidance", "Reserved"},
    {75, "pad", "75"},
    {77, "twtRequester", "TWT Requester Support"},
    {78, "twtResponder", "TWT Responder Support"},
    {79, "obssNarrowBandwidthRu", "OBSS Narrow Bandwith RU in UL OFDMA Tolerance Support"},
    {80, "completeNontransmittedBssidProfiles", "80"},
    {81, "saePasswordIdentifiersInUse", "81"},
    {82, "saePasswordIdentifiersExclusively", "82"},
    {83, "enhancedMultipleBssidAdvertisement", "83"},
    {84, "beaconProtection", "84"},
    {85, "mscs", "85"},
    {88, "saePkExclusively", "88"},
};

// The bits iw names although airpane-cli keeps them as "bitN" (reserved ones).
const char *iwReservedName(int bit)
{
    switch (bit) {
    case 1:
        return "reserved (On-demand Beacon)";
    case 3:
        return "reserved (Wave Indication)";
    case 5:
        return "reserved (Service Interval Granularity)";
    case 35:
    case 59:
        return "Reserved";
    default:
        return nullptr;
    }
}

} // namespace

void compareHtCapabilities(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    const QJsonObject info = ourField(ours, QStringLiteral("capabilityInformation"));
    QStringList expected{
        QStringLiteral("Capabilities: 0x%1")
            .arg(iwHexNumber(info[u"value"].toString()).value_or(-1), 2, 16, QLatin1Char('0'))};
    const auto flag = [&](const char *key, const char *text) {
        if (ourFlag(info, QLatin1String(key))) {
            expected.append(QStringLiteral("  ") + QLatin1String(text));
        }
    };
    flag("ldpc", "RX LDPC");
    expected.append(ourFlag(info, QStringLiteral("channelWidth40")) ? QStringLiteral("  HT20/HT40")
                                                                    : QStringLiteral("  HT20"));
    const QString smps = ourValue(info, QStringLiteral("smPowerSave"));
    if (smps != QLatin1String("reserved")) {
        expected.append(smps == QLatin1String("static")    ? QStringLiteral("  Static SM Power Save")
                        : smps == QLatin1String("dynamic") ? QStringLiteral("  Dynamic SM Power Save")
                                                           : QStringLiteral("  SM Power Save disabled"));
    }
    flag("greenfield", "RX Greenfield");
    flag("shortGi20", "RX HT20 SGI");
    flag("shortGi40", "RX HT40 SGI");
    flag("txStbc", "TX STBC");
    const qint64 rxStbc = ourNumber(info, QStringLiteral("rxStbc"));
    expected.append(rxStbc == 0 ? QStringLiteral("  No RX STBC")
                                : QStringLiteral("  RX STBC %1-stream%2")
                                      .arg(rxStbc)
                                      .arg(rxStbc > 1 ? QStringLiteral("s") : QString()));
    flag("delayedBlockAck", "HT Delayed Block Ack");
    expected.append(
        QStringLiteral("  Max AMSDU length: %1").arg(ourValue(info, QStringLiteral("maxAmsduLength"))));
    expected.append(ourFlag(info, QStringLiteral("dsssCck40")) ? QStringLiteral("  DSSS/CCK HT40")
                                                               : QStringLiteral("  No DSSS/CCK HT40"));
    flag("fortyMhzIntolerant", "40 MHz Intolerant");
    flag("lsigTxopProtection", "L-SIG TXOP protection");
    // A-MPDU: iw's length from the exponent, and the spacing by its code.
    const qint64 length = ourNumber(ours, QStringLiteral("ampduParameters/maxAmpduLength"));
    const int exponent = length > 0 ? int(std::log2(double(length + 1))) - 13 : -1;
    expected.append(QStringLiteral("Maximum RX AMPDU length %1 bytes (exponent: 0x0%2)")
                        .arg(length)
                        .arg(exponent, 2, 16, QLatin1Char('0')));
    static const QStringList spacings{QStringLiteral("no restriction"), QStringLiteral("1/4 µs"),
                                      QStringLiteral("1/2 µs"),         QStringLiteral("1 µs"),
                                      QStringLiteral("2 µs"),           QStringLiteral("4 µs"),
                                      QStringLiteral("8 µs"),           QStringLiteral("16 µs")};
    const qsizetype spacing =
        spacings.indexOf(ourValue(ours, QStringLiteral("ampduParameters/minMpduSpacing")));
    expected.append(
        QStringLiteral("Minimum RX AMPDU time spacing: %1 (0x%2)")
            .arg(spacing == 0
                     ? QStringLiteral("No restriction")
                     : QString(spacings.value(spacing)).replace(QStringLiteral("µs"), QStringLiteral("usec")))
            .arg(spacing, 2, 16, QLatin1Char('0')));
    expected += htMcsLines(ourField(ours, QStringLiteral("supportedMcsSet")));
    compareChildLines(report, QStringLiteral("HT capabilities"), iw, expected);
}

void compareHtOperation(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    static const QHash<QString, QString> offsets{{QStringLiteral("none"), QStringLiteral("no secondary")},
                                                 {QStringLiteral("above"), QStringLiteral("above")},
                                                 {QStringLiteral("reserved"), QStringLiteral("[reserved!]")},
                                                 {QStringLiteral("below"), QStringLiteral("below")}};
    static const QHash<QString, QString> protections{
        {QStringLiteral("none"), QStringLiteral("no")},
        {QStringLiteral("nonmember"), QStringLiteral("nonmember")},
        {QStringLiteral("20 MHz"), QStringLiteral("20 MHz")},
        {QStringLiteral("non-HT mixed"), QStringLiteral("non-HT mixed")}};
    const auto bit = [&](const QString &path) { return ourFlag(ours, path) ? 1 : 0; };
    compareChildLines(
        report, QStringLiteral("HT operation"), iw,
        {QStringLiteral("primary channel: %1").arg(ourValue(ours, QStringLiteral("primaryChannel"))),
         QStringLiteral("secondary channel offset: %1")
             .arg(offsets.value(ourValue(ours, QStringLiteral("information1/secondaryChannelOffset")))),
         QStringLiteral("STA channel width: %1")
             .arg(ourValue(ours, QStringLiteral("information1/staChannelWidth"))),
         QStringLiteral("RIFS: %1").arg(bit(QStringLiteral("information1/rifs"))),
         QStringLiteral("HT protection: %1")
             .arg(protections.value(ourValue(ours, QStringLiteral("information2/htProtection")))),
         QStringLiteral("non-GF present: %1").arg(bit(QStringLiteral("information2/nongreenfieldPresent"))),
         QStringLiteral("OBSS non-GF present: %1").arg(bit(QStringLiteral("information2/obssNonHtPresent"))),
         QStringLiteral("dual beacon: %1").arg(bit(QStringLiteral("information2/dualBeacon"))),
         QStringLiteral("dual CTS protection: %1").arg(bit(QStringLiteral("information2/dualCtsProtection"))),
         QStringLiteral("STBC beacon: %1").arg(bit(QStringLiteral("information2/stbcBeacon"))),
         QStringLiteral("L-SIG TXOP Prot: %1").arg(bit(QStringLiteral("information2/lsigTxopProtection"))),
         QStringLiteral("PCO active: %1").arg(bit(QStringLiteral("information2/pcoActive"))),
         QStringLiteral("PCO phase: %1").arg(bit(QStringLiteral("information2/pcoPhase")))});
}

void compareExtendedCapabilities(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    const QJsonObject capabilities = ourField(ours, QStringLiteral("capabilities"));
    const QByteArray bytes = QByteArray::fromHex(capabilities[u"value"].toString().toLatin1());
    const auto set = [&](int bit) {
        return bit / 8 < bytes.size() && (std::uint8_t(bytes[bit / 8]) >> (bit % 8)) & 1;
    };
    QMap<int, QString> lines; // by bit, as iw prints them in bit order
    for (const QJsonValue child : capabilities[u"children"].toArray()) {
        const QString key = child[u"key"].toString();
        const auto named = std::find_if(std::begin(extendedBits), std::end(extendedBits),
                                        [&](const ExtendedBit &b) { return key == QLatin1String(b.key); });
        if (named != std::end(extendedBits)) {
            lines.insert(named->bit, QLatin1String(named->iw));
        } else if (key.startsWith(QLatin1String("bit"))) {
            const int bit = key.mid(3).toInt();
            const char *reserved = iwReservedName(bit);
            lines.insert(bit, reserved ? QLatin1String(reserved) : QString::number(bit));
        }
    }
    // Service interval granularity (41-43) needs S-PSMP, the A-MSDU limit (63-64) VHT: without
    // them iw calls those bits reserved.
    const bool sPsmp = !ourField(capabilities, QStringLiteral("serviceIntervalGranularity")).isEmpty();
    const bool vht = !ourField(capabilities, QStringLiteral("maxMsdusInAmsdu")).isEmpty();
    for (const int bit : {41, 42, 43, 63, 64}) {
        if (set(bit) && !(bit < 50 ? sPsmp : vht)) {
            lines.insert(bit, QStringLiteral("Reserved"));
        }
    }
    QStringList expected = lines.values();
    if (sPsmp) {
        expected.append(QStringLiteral("Service Interval Granularity is %1")
                            .arg(ourValue(capabilities, QStringLiteral("serviceIntervalGranularity"))));
    }
    if (vht) {
        expected.append(QStringLiteral("Max Number Of MSDUs In A-MSDU is %1")
                            .arg(ourValue(capabilities, QStringLiteral("maxMsdusInAmsdu"))));
    }
    compareChildLines(report, QStringLiteral("extended capabilities"), iw, expected);
}

void compareVhtCapabilities(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    const QJsonObject info = ourField(ours, QStringLiteral("capabilityInformation"));
    static const QStringList widthSets{QStringLiteral("neither 160 nor 80+80 MHz"), QStringLiteral("160 MHz"),
                                       QStringLiteral("160 and 80+80 MHz")};
    const QString mpdu = ourValue(info, QStringLiteral("maxMpduLength"));
    QStringList expected{
        QStringLiteral("VHT Capabilities (0x%1):")
            .arg(iwHexNumber(info[u"value"].toString()).value_or(-1), 8, 16, QLatin1Char('0')),
        QStringLiteral("  Max MPDU length: %1")
            .arg(mpdu == QLatin1String("reserved") ? QStringLiteral("(reserved)")
                                                   : mpdu.section(QLatin1Char(' '), 0, 0)),
        QStringLiteral("  Supported Channel Width: %1")
            .arg(vhtWidthText(
                int(widthSets.indexOf(ourValue(info, QStringLiteral("supportedChannelWidthSet")))) < 0
                    ? 3
                    : int(widthSets.indexOf(ourValue(info, QStringLiteral("supportedChannelWidthSet")))),
                int(ourNumber(info, QStringLiteral("extendedNssBw")))))};
    const auto flag = [&](const char *key, const char *text) {
        if (ourFlag(info, QLatin1String(key))) {
            expected.append(QStringLiteral("  ") + QLatin1String(text));
        }
    };
    flag("rxLdpc", "RX LDPC");
    flag("shortGi80", "short GI (80 MHz)");
    flag("shortGi160", "short GI (160/80+80 MHz)");
    flag("txStbc", "TX STBC");
    flag("suBeamformer", "SU Beamformer");
    flag("suBeamformee", "SU Beamformee");
    flag("muBeamformer", "MU Beamformer");
    flag("muBeamformee", "MU Beamformee");
    flag("txopPs", "VHT TXOP PS");
    flag("htcVht", "+HTC-VHT");
    flag("rxAntennaPatternConsistency", "RX antenna pattern consistency");
    flag("txAntennaPatternConsistency", "TX antenna pattern consistency");
    const QJsonObject set = ourField(ours, QStringLiteral("supportedMcsSet"));
    expected << QStringLiteral("VHT RX MCS set:") << vhtMcsLines(ourField(set, QStringLiteral("rxMcsMap")))
             << QStringLiteral("VHT RX highest supported: %1 Mbps")
                    .arg(ourNumber(set, QStringLiteral("rxHighestLongGiRate")))
             << QStringLiteral("VHT TX MCS set:") << vhtMcsLines(ourField(set, QStringLiteral("txMcsMap")))
             << QStringLiteral("VHT TX highest supported: %1 Mbps")
                    .arg(ourNumber(set, QStringLiteral("txHighestLongGiRate")))
             << QStringLiteral("VHT extended NSS: %1supported")
                    .arg(ourFlag(set, QStringLiteral("extendedNssBwCapable")) ? QString()
                                                                              : QStringLiteral("not "));
    compareChildLines(report, QStringLiteral("VHT capabilities"), iw, expected);
}

void compareVhtOperation(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    static const char *const widths[] = {"20 or 40 MHz", "80 MHz", "160 MHz", "80+80 MHz"};
    const qint64 width = ourNumber(ours, QStringLiteral("channelWidth"));
    compareChildLines(
        report, QStringLiteral("VHT operation"), iw,
        {QStringLiteral("channel width: %1 (%2)")
             .arg(width)
             .arg(width >= 0 && width < 4 ? QLatin1String(widths[width]) : QLatin1String("unknown")),
         QStringLiteral("center freq segment 1: %1")
             .arg(ourValue(ours, QStringLiteral("centerFrequencySegment0"))),
         QStringLiteral("center freq segment 2: %1")
             .arg(ourValue(ours, QStringLiteral("centerFrequencySegment1"))),
         QStringLiteral("VHT basic MCS set: %1").arg(ourValue(ours, QStringLiteral("basicMcsSet")))});
}

} // namespace Airpane::Lab
