// SPDX-License-Identifier: GPL-3.0-or-later
// RM Enabled Capabilities (9.4.2.44) and the Capability Information field (9.4.1.4) that the
// Nontransmitted BSSID Capability element carries for a BSS of a multiple BSSID set.
#include "decoders.h"

namespace Airpane::Elements::Inspector {

Field capabilityInformation(const ElementBuilder &b, const char *key, int at)
{
    static constexpr Bit bits[] = {
        {0, 1, "ess", QT_TRANSLATE_NOOP("Airpane", "ESS"),
         QT_TRANSLATE_NOOP("Airpane", "An access point's network (infrastructure)."), nullptr, false},
        {1, 1, "ibss", QT_TRANSLATE_NOOP("Airpane", "IBSS"),
         QT_TRANSLATE_NOOP("Airpane", "An ad hoc network of stations without an AP."), nullptr, false},
        {2, 1, "cfPollable", QT_TRANSLATE_NOOP("Airpane", "CF-pollable"),
         QT_TRANSLATE_NOOP("Airpane", "Point coordination (obsolete)."), nullptr, false},
        {3, 1, "cfPollRequest", QT_TRANSLATE_NOOP("Airpane", "CF-poll request"),
         QT_TRANSLATE_NOOP("Airpane", "Point coordination (obsolete)."), nullptr, false},
        {4, 1, "privacy", QT_TRANSLATE_NOOP("Airpane", "Privacy"),
         QT_TRANSLATE_NOOP("Airpane", "Traffic is encrypted (WEP, WPA or RSN)."), nullptr, false},
        {5, 1, "shortPreamble", QT_TRANSLATE_NOOP("Airpane", "Short preamble"),
         QT_TRANSLATE_NOOP("Airpane", "802.11b short preambles are allowed."), nullptr, false},
        {8, 1, "spectrumManagement", QT_TRANSLATE_NOOP("Airpane", "Spectrum management"),
         QT_TRANSLATE_NOOP("Airpane", "Power constraint and radar (DFS) procedures apply."), nullptr, false},
        {9, 1, "qos", QT_TRANSLATE_NOOP("Airpane", "QoS"),
         QT_TRANSLATE_NOOP("Airpane", "Traffic priorities (WMM) are supported."), nullptr, false},
        {10, 1, "shortSlotTime", QT_TRANSLATE_NOOP("Airpane", "Short slot time"),
         QT_TRANSLATE_NOOP("Airpane", "9 µs slots instead of 20 µs: no 802.11b station around."), nullptr,
         false},
        {11, 1, "apsd", QT_TRANSLATE_NOOP("Airpane", "APSD"),
         QT_TRANSLATE_NOOP("Airpane", "Automatic power save delivery."), nullptr, false},
        {12, 1, "radioMeasurement", QT_TRANSLATE_NOOP("Airpane", "Radio measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Radio resource measurement (802.11k)."), nullptr, false},
        {13, 1, "epd", QT_TRANSLATE_NOOP("Airpane", "EPD"),
         QT_TRANSLATE_NOOP("Airpane", "EtherType protocol discrimination."), nullptr, false},
    };
    return b.bits(key, QT_TRANSLATE_NOOP("Airpane", "Capability information"),
                  QT_TRANSLATE_NOOP("Airpane", "The BSS's basic capabilities, as in its beacons."), at, 2,
                  bits);
}

void decodeNontransmittedBssidCapability(ElementBuilder &b)
{
    if (!b.atLeast(2)) {
        return;
    }
    b.add(capabilityInformation(b, "capability", 0));
    b.extra(2);
}

void decodeRmEnabledCapabilities(ElementBuilder &b)
{
    if (!b.atLeast(5)) {
        return;
    }
    static constexpr Bit bits[] = {
        {0, 1, "linkMeasurement", QT_TRANSLATE_NOOP("Airpane", "Link measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Measures the link's power and margin on request.")},
        {1, 1, "neighborReport", QT_TRANSLATE_NOOP("Airpane", "Neighbor report"),
         QT_TRANSLATE_NOOP("Airpane", "Tells stations about nearby APs to roam to.")},
        {2, 1, "parallelMeasurements", QT_TRANSLATE_NOOP("Airpane", "Parallel measurements"),
         QT_TRANSLATE_NOOP("Airpane", "Runs several measurements at once.")},
        {3, 1, "repeatedMeasurements", QT_TRANSLATE_NOOP("Airpane", "Repeated measurements"),
         QT_TRANSLATE_NOOP("Airpane", "Repeats measurements on request.")},
        {4, 1, "beaconPassive", QT_TRANSLATE_NOOP("Airpane", "Beacon passive measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Reports the beacons it hears by listening.")},
        {5, 1, "beaconActive", QT_TRANSLATE_NOOP("Airpane", "Beacon active measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Reports the beacons it finds by probing.")},
        {6, 1, "beaconTable", QT_TRANSLATE_NOOP("Airpane", "Beacon table measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Reports the beacons it has stored.")},
        {7, 1, "beaconReportingConditions",
         QT_TRANSLATE_NOOP("Airpane", "Beacon measurement reporting conditions"),
         QT_TRANSLATE_NOOP("Airpane", "Reports beacons only when conditions are met.")},
        {8, 1, "frameMeasurement", QT_TRANSLATE_NOOP("Airpane", "Frame measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Counts frames per transmitter.")},
        {9, 1, "channelLoad", QT_TRANSLATE_NOOP("Airpane", "Channel load"),
         QT_TRANSLATE_NOOP("Airpane", "Reports how busy a channel is.")},
        {10, 1, "noiseHistogram", QT_TRANSLATE_NOOP("Airpane", "Noise histogram"),
         QT_TRANSLATE_NOOP("Airpane", "Reports the noise levels of a channel.")},
        {11, 1, "statistics", QT_TRANSLATE_NOOP("Airpane", "Statistics measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Reports its counters.")},
        {12, 1, "lci", QT_TRANSLATE_NOOP("Airpane", "LCI measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Reports its location configuration.")},
        {13, 1, "lciAzimuth", QT_TRANSLATE_NOOP("Airpane", "LCI azimuth"),
         QT_TRANSLATE_NOOP("Airpane", "Reports its orientation with its location.")},
        {14, 1, "transmitStreamCategory",
         QT_TRANSLATE_NOOP("Airpane", "Transmit stream/category measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Reports delays and losses per traffic stream.")},
        {15, 1, "triggeredTransmitStreamCategory",
         QT_TRANSLATE_NOOP("Airpane", "Triggered transmit stream/category measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Reports them when thresholds are crossed.")},
        {16, 1, "apChannelReport", QT_TRANSLATE_NOOP("Airpane", "AP channel report"),
         QT_TRANSLATE_NOOP("Airpane", "Lists the channels where its network's APs are.")},
        {17, 1, "rmMib", QT_TRANSLATE_NOOP("Airpane", "RM MIB"),
         QT_TRANSLATE_NOOP("Airpane", "Its measurement MIB can be queried.")},
        {18, 3, "operatingChannelMaxDuration",
         QT_TRANSLATE_NOOP("Airpane", "Operating channel max measurement duration"),
         QT_TRANSLATE_NOOP("Airpane", "Longest measurement on its own channel, as a power of two of TUs.")},
        {21, 3, "nonoperatingChannelMaxDuration",
         QT_TRANSLATE_NOOP("Airpane", "Nonoperating channel max measurement duration"),
         QT_TRANSLATE_NOOP("Airpane", "Longest measurement off its channel, as a power of two of TUs.")},
        {24, 3, "measurementPilot", QT_TRANSLATE_NOOP("Airpane", "Measurement pilot capability"),
         QT_TRANSLATE_NOOP("Airpane", "How often it can send measurement pilots (0: never).")},
        {27, 1, "measurementPilotTransmissionInformation",
         QT_TRANSLATE_NOOP("Airpane", "Measurement pilot transmission information"),
         QT_TRANSLATE_NOOP("Airpane", "Reports measurement pilot timing.")},
        {28, 1, "neighborReportTsfOffset", QT_TRANSLATE_NOOP("Airpane", "Neighbor report TSF offset"),
         QT_TRANSLATE_NOOP("Airpane", "Neighbor reports include clock offsets.")},
        {29, 1, "rcpi", QT_TRANSLATE_NOOP("Airpane", "RCPI measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Reports received channel power.")},
        {30, 1, "rsni", QT_TRANSLATE_NOOP("Airpane", "RSNI measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Reports signal to noise and interference.")},
        {31, 1, "bssAverageAccessDelay", QT_TRANSLATE_NOOP("Airpane", "BSS average access delay"),
         QT_TRANSLATE_NOOP("Airpane", "Reports how long frames wait for the medium.")},
        {32, 1, "bssAvailableAdmissionCapacity",
         QT_TRANSLATE_NOOP("Airpane", "BSS available admission capacity"),
         QT_TRANSLATE_NOOP("Airpane", "Reports admission capacity per priority.")},
        {33, 1, "antenna", QT_TRANSLATE_NOOP("Airpane", "Antenna"),
         QT_TRANSLATE_NOOP("Airpane", "Reports its antennas' count and gain.")},
        {34, 1, "ftmRangeReport", QT_TRANSLATE_NOOP("Airpane", "FTM range report"),
         QT_TRANSLATE_NOOP("Airpane", "Reports ranges measured with fine timing measurement.")},
        {35, 1, "civicLocation", QT_TRANSLATE_NOOP("Airpane", "Civic location measurement"),
         QT_TRANSLATE_NOOP("Airpane", "Reports its street address.")},
    };
    b.add(b.bits("capabilities", QT_TRANSLATE_NOOP("Airpane", "RM enabled capabilities"),
                 QT_TRANSLATE_NOOP("Airpane", "The radio measurements (802.11k) it supports."), 0, 5, bits));
    b.extra(5);
}

} // namespace Airpane::Elements::Inspector
