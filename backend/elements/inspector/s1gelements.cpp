// SPDX-License-Identifier: GPL-3.0-or-later
// 802.11ah (sub-1 GHz): S1G Capabilities (9.4.2.200) and S1G Operation (9.4.2.212).
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

QString s1gMcsMap(std::uint64_t map)
{
    static const char *const names[] = {"MCS 0-2", "MCS 0-7", "MCS 0-9",
                                        QT_TRANSLATE_NOOP("Airpane", "not supported")};
    QStringList streams;
    for (int nss = 0; nss < 4; ++nss) {
        streams.append(QStringLiteral("%1: %2").arg(nss + 1).arg(tr(names[(map >> (2 * nss)) & 3])));
    }
    return streams.join(QStringLiteral(", "));
}

QString mbps(std::uint64_t value)
{
    return withUnit(qint64(value), "Mb/s");
}

constexpr Bit capabilityBits[] = {
    bitFlag(0, "s1gLong", QT_TRANSLATE_NOOP("Airpane", "S1G_LONG PPDU format"),
            QT_TRANSLATE_NOOP("Airpane", "Receives the long preamble format.")),
    {1, 5, "shortGi", QT_TRANSLATE_NOOP("Airpane", "Short GI"),
     QT_TRANSLATE_NOOP("Airpane", "Widths with short guard interval, one bit each for 1, 2, 4, 8, 16 MHz.")},
    {6, 2, "channelWidth", QT_TRANSLATE_NOOP("Airpane", "Supported channel width"),
     QT_TRANSLATE_NOOP("Airpane", "0: 1 and 2 MHz; 1: up to 4; 2: up to 8; 3: up to 16 MHz."), nullptr, true},
    bitFlag(8, "rxLdpc", QT_TRANSLATE_NOOP("Airpane", "RX LDPC"),
            QT_TRANSLATE_NOOP("Airpane", "Receives LDPC coding.")),
    bitFlag(9, "txStbc", QT_TRANSLATE_NOOP("Airpane", "TX STBC"),
            QT_TRANSLATE_NOOP("Airpane", "Transmits STBC.")),
    bitFlag(10, "rxStbc", QT_TRANSLATE_NOOP("Airpane", "RX STBC"),
            QT_TRANSLATE_NOOP("Airpane", "Receives STBC.")),
    bitFlag(11, "suBeamformer", QT_TRANSLATE_NOOP("Airpane", "SU beamformer"),
            QT_TRANSLATE_NOOP("Airpane", "Steers its signal to one station.")),
    bitFlag(12, "suBeamformee", QT_TRANSLATE_NOOP("Airpane", "SU beamformee"),
            QT_TRANSLATE_NOOP("Airpane", "Helps a beamformer steer.")),
    {13, 3, "beamformeeSts", QT_TRANSLATE_NOOP("Airpane", "Beamformee STS"),
     QT_TRANSLATE_NOOP("Airpane", "Space-time streams it receives beamformed, minus one.")},
    {16, 3, "soundingDimensions", QT_TRANSLATE_NOOP("Airpane", "Sounding dimensions"),
     QT_TRANSLATE_NOOP("Airpane", "Streams of its sounding frames, minus one.")},
    bitFlag(19, "muBeamformer", QT_TRANSLATE_NOOP("Airpane", "MU beamformer"),
            QT_TRANSLATE_NOOP("Airpane", "Sends to several stations at once.")),
    bitFlag(20, "muBeamformee", QT_TRANSLATE_NOOP("Airpane", "MU beamformee"),
            QT_TRANSLATE_NOOP("Airpane", "Receives multi-user transmissions.")),
    bitFlag(21, "htcVht", QT_TRANSLATE_NOOP("Airpane", "+HTC-VHT"),
            QT_TRANSLATE_NOOP("Airpane", "Receives the VHT control field.")),
    {22, 2, "travelingPilot", QT_TRANSLATE_NOOP("Airpane", "Traveling pilot"),
     QT_TRANSLATE_NOOP("Airpane", "Pilot tones that move, for fast-changing channels.")},
    bitFlag(24, "rdResponder", QT_TRANSLATE_NOOP("Airpane", "RD responder"),
            QT_TRANSLATE_NOOP("Airpane", "Answers reverse direction grants.")),
    bitFlag(25, "delayedBlockAck", QT_TRANSLATE_NOOP("Airpane", "HT-delayed block ack"),
            QT_TRANSLATE_NOOP("Airpane", "Delayed block acknowledgement.")),
    {26, 1, "maxMpduLength", QT_TRANSLATE_NOOP("Airpane", "Maximum MPDU length"),
     QT_TRANSLATE_NOOP("Airpane", "The largest frame it receives."),
     [](std::uint64_t v) { return withUnit(v ? 7991 : 3895, "bytes"); }, true},
    {27, 2, "maxAmpduLengthExponent", QT_TRANSLATE_NOOP("Airpane", "Maximum A-MPDU length"),
     QT_TRANSLATE_NOOP("Airpane", "The largest aggregate: 2^(13 + exponent) - 1 bytes."),
     [](std::uint64_t v) { return withUnit((1 << (13 + v)) - 1, "bytes"); }, true},
    {29, 3, "minMpduSpacing", QT_TRANSLATE_NOOP("Airpane", "Minimum MPDU start spacing"),
     QT_TRANSLATE_NOOP("Airpane", "Least time between the frames of an aggregate (encoded)."), nullptr, true},
    bitFlag(32, "uplinkSync", QT_TRANSLATE_NOOP("Airpane", "Uplink sync"),
            QT_TRANSLATE_NOOP("Airpane", "Synchronizes before uplink transmissions.")),
    bitFlag(33, "dynamicAid", QT_TRANSLATE_NOOP("Airpane", "Dynamic AID"),
            QT_TRANSLATE_NOOP("Airpane", "Association IDs may change.")),
    bitFlag(34, "bat", QT_TRANSLATE_NOOP("Airpane", "BAT"),
            QT_TRANSLATE_NOOP("Airpane", "Block ack with TIM.")),
    bitFlag(35, "timAde", QT_TRANSLATE_NOOP("Airpane", "TIM ADE"),
            QT_TRANSLATE_NOOP("Airpane", "Compressed TIM encoding.")),
    bitFlag(36, "nonTim", QT_TRANSLATE_NOOP("Airpane", "Non-TIM"),
            QT_TRANSLATE_NOOP("Airpane", "Stations that do not follow the TIM.")),
    bitFlag(37, "groupAid", QT_TRANSLATE_NOOP("Airpane", "Group AID"),
            QT_TRANSLATE_NOOP("Airpane", "Group addressed AIDs.")),
    {38, 2, "stationType", QT_TRANSLATE_NOOP("Airpane", "STA type support"),
     QT_TRANSLATE_NOOP("Airpane", "0: sensor and non-sensor stations; 1: sensors only; 2: non-sensors only."),
     nullptr, true},
    bitFlag(40, "centralizedAuthenticationControl",
            QT_TRANSLATE_NOOP("Airpane", "Centralized authentication control"),
            QT_TRANSLATE_NOOP("Airpane", "Limits how many stations authenticate at once.")),
    bitFlag(41, "distributedAuthenticationControl",
            QT_TRANSLATE_NOOP("Airpane", "Distributed authentication control"),
            QT_TRANSLATE_NOOP("Airpane", "Spreads authentication attempts in time.")),
    bitFlag(42, "amsdu", QT_TRANSLATE_NOOP("Airpane", "A-MSDU"),
            QT_TRANSLATE_NOOP("Airpane", "Aggregates MSDUs.")),
    bitFlag(43, "ampdu", QT_TRANSLATE_NOOP("Airpane", "A-MPDU"),
            QT_TRANSLATE_NOOP("Airpane", "Aggregates MPDUs.")),
    bitFlag(44, "asymmetricBlockAck", QT_TRANSLATE_NOOP("Airpane", "Asymmetric block ack"),
            QT_TRANSLATE_NOOP("Airpane", "Block ack with different windows each way.")),
    bitFlag(45, "flowControl", QT_TRANSLATE_NOOP("Airpane", "Flow control"),
            QT_TRANSLATE_NOOP("Airpane", "Throttles senders when its buffers fill.")),
    {46, 2, "sectorizedBeam", QT_TRANSLATE_NOOP("Airpane", "Sectorized beam"),
     QT_TRANSLATE_NOOP("Airpane", "Sectorization: 0 none, 1 TXOP-based, 2 group, 3 both.")},
    bitFlag(48, "obssMitigation", QT_TRANSLATE_NOOP("Airpane", "OBSS mitigation"),
            QT_TRANSLATE_NOOP("Airpane", "Mitigates overlapping BSS interference.")),
    bitFlag(49, "fragmentBlockAck", QT_TRANSLATE_NOOP("Airpane", "Fragment BA"),
            QT_TRANSLATE_NOOP("Airpane", "Block ack per fragment.")),
    bitFlag(50, "ndpPsPoll", QT_TRANSLATE_NOOP("Airpane", "NDP PS-Poll"),
            QT_TRANSLATE_NOOP("Airpane", "Short power-save polls.")),
    bitFlag(51, "rawOperation", QT_TRANSLATE_NOOP("Airpane", "RAW operation"),
            QT_TRANSLATE_NOOP("Airpane", "Restricted access windows for groups of stations.")),
    bitFlag(52, "pageSlicing", QT_TRANSLATE_NOOP("Airpane", "Page slicing"),
            QT_TRANSLATE_NOOP("Airpane", "The TIM is split over several beacons.")),
    bitFlag(53, "txopSharingImplicitAck", QT_TRANSLATE_NOOP("Airpane", "TXOP sharing implicit ack"),
            QT_TRANSLATE_NOOP("Airpane", "Acknowledges implicitly in shared TXOPs.")),
    {54, 2, "vhtLinkAdaptation", QT_TRANSLATE_NOOP("Airpane", "VHT link adaptation"),
     QT_TRANSLATE_NOOP("Airpane", "MCS feedback (0: none, 2: unsolicited, 3: both).")},
    bitFlag(56, "tackAsPsPollResponse", QT_TRANSLATE_NOOP("Airpane", "TACK as PS-Poll response"),
            QT_TRANSLATE_NOOP("Airpane", "Answers power-save polls with a TACK.")),
    bitFlag(57, "duplicate1Mhz", QT_TRANSLATE_NOOP("Airpane", "Duplicate 1 MHz"),
            QT_TRANSLATE_NOOP("Airpane", "Receives 1 MHz duplicate frames.")),
    bitFlag(58, "mcsNegotiation", QT_TRANSLATE_NOOP("Airpane", "MCS negotiation"),
            QT_TRANSLATE_NOOP("Airpane", "Negotiates the MCS set.")),
    bitFlag(59, "controlResponsePreamble1Mhz",
            QT_TRANSLATE_NOOP("Airpane", "1 MHz control response preamble"),
            QT_TRANSLATE_NOOP("Airpane", "Control responses with the 1 MHz preamble.")),
    bitFlag(60, "ndpBeamformingReportPoll", QT_TRANSLATE_NOOP("Airpane", "NDP beamforming report poll"),
            QT_TRANSLATE_NOOP("Airpane", "Polls beamforming reports with short frames.")),
    bitFlag(61, "unsolicitedDynamicAid", QT_TRANSLATE_NOOP("Airpane", "Unsolicited dynamic AID"),
            QT_TRANSLATE_NOOP("Airpane", "Changes AIDs without being asked.")),
    bitFlag(62, "sectorTraining", QT_TRANSLATE_NOOP("Airpane", "Sector training operation"),
            QT_TRANSLATE_NOOP("Airpane", "Trains sector beams.")),
    bitFlag(63, "temporaryPsModeSwitch", QT_TRANSLATE_NOOP("Airpane", "Temporary PS mode switch"),
            QT_TRANSLATE_NOOP("Airpane", "Switches power save mode temporarily.")),
    bitFlag(64, "twtGrouping", QT_TRANSLATE_NOOP("Airpane", "TWT grouping"),
            QT_TRANSLATE_NOOP("Airpane", "Groups target wake times.")),
    bitFlag(65, "bdt", QT_TRANSLATE_NOOP("Airpane", "BDT"),
            QT_TRANSLATE_NOOP("Airpane", "Bidirectional TXOP.")),
    {66, 3, "color", QT_TRANSLATE_NOOP("Airpane", "Color"),
     QT_TRANSLATE_NOOP("Airpane", "Tells overlapping S1G BSSes apart."), nullptr, true},
    bitFlag(69, "twtRequester", QT_TRANSLATE_NOOP("Airpane", "TWT requester"),
            QT_TRANSLATE_NOOP("Airpane", "Asks for target wake times.")),
    bitFlag(70, "twtResponder", QT_TRANSLATE_NOOP("Airpane", "TWT responder"),
            QT_TRANSLATE_NOOP("Airpane", "Grants target wake times.")),
    bitFlag(71, "pv1Frame", QT_TRANSLATE_NOOP("Airpane", "PV1 frames"),
            QT_TRANSLATE_NOOP("Airpane", "Short MAC headers.")),
    bitFlag(72, "linkAdaptationWithoutNdpCmac",
            QT_TRANSLATE_NOOP("Airpane", "Link adaptation without NDP CMAC"),
            QT_TRANSLATE_NOOP("Airpane", "Link adaptation without NDP CMAC PPDUs.")),
};

constexpr Bit mcsBits[] = {
    {0, 8, "rxMcsMap", QT_TRANSLATE_NOOP("Airpane", "RX S1G-MCS map"),
     QT_TRANSLATE_NOOP("Airpane", "The highest MCS it receives for 1 to 4 spatial streams."), s1gMcsMap,
     true},
    {8, 9, "rxHighestLongGiRate", QT_TRANSLATE_NOOP("Airpane", "RX highest long GI data rate"),
     QT_TRANSLATE_NOOP("Airpane", "The fastest it receives (0: not given)."), mbps, true},
    {17, 8, "txMcsMap", QT_TRANSLATE_NOOP("Airpane", "TX S1G-MCS map"),
     QT_TRANSLATE_NOOP("Airpane", "The highest MCS it transmits for 1 to 4 spatial streams."), s1gMcsMap,
     true},
    {25, 9, "txHighestLongGiRate", QT_TRANSLATE_NOOP("Airpane", "TX highest long GI data rate"),
     QT_TRANSLATE_NOOP("Airpane", "The fastest it transmits (0: not given)."), mbps, true},
    {34, 2, "rx1MhzMcs", QT_TRANSLATE_NOOP("Airpane", "RX single stream 1 MHz MCS"),
     QT_TRANSLATE_NOOP("Airpane", "The highest MCS it receives in 1 MHz with one stream."), nullptr, true},
    {36, 2, "tx1MhzMcs", QT_TRANSLATE_NOOP("Airpane", "TX single stream 1 MHz MCS"),
     QT_TRANSLATE_NOOP("Airpane", "The highest MCS it transmits in 1 MHz with one stream."), nullptr, true},
};

} // namespace

void decodeS1gCapabilities(ElementBuilder &b)
{
    if (!b.atLeast(15)) {
        return;
    }
    // Ten bytes are more than a 64-bit bitmap holds: the first eight and the last two apart.
    Field capabilities =
        b.field("capabilityInformation", QT_TRANSLATE_NOOP("Airpane", "S1G capabilities information"),
                b.hex(0, 10), QT_TRANSLATE_NOOP("Airpane", "What the S1G (802.11ah) radio can do."), 0, 10);
    for (Bit bit : capabilityBits) {
        const bool high = bit.bit >= 64;
        bit.bit -= high ? 64 : 0;
        b.addBits(capabilities, high ? b.le(8, 2) : b.le(0, 8), high ? 8 : 0, std::span(&bit, 1));
    }
    b.add(capabilities);
    b.add(b.bits("supportedMcsNssSet", QT_TRANSLATE_NOOP("Airpane", "Supported S1G-MCS and NSS set"),
                 QT_TRANSLATE_NOOP("Airpane", "The S1G rates it receives and transmits."), 10, 5, mcsBits));
    b.extra(15);
}

void decodeS1gOperation(ElementBuilder &b)
{
    if (!b.atLeast(6)) {
        return;
    }
    static constexpr Bit width[] = {
        {0, 1, "primaryChannelWidth", QT_TRANSLATE_NOOP("Airpane", "Primary channel width"),
         QT_TRANSLATE_NOOP("Airpane", "The width of the primary channel."),
         [](std::uint64_t v) { return withUnit(v ? 1 : 2, "MHz"); }, true},
        {1, 4, "operatingChannelWidth", QT_TRANSLATE_NOOP("Airpane", "BSS operating channel width"),
         QT_TRANSLATE_NOOP("Airpane", "The width of the whole BSS channel."),
         [](std::uint64_t v) { return withUnit(qint64(v) + 1, "MHz"); }, true},
        {5, 1, "lowerPrimary1Mhz", QT_TRANSLATE_NOOP("Airpane", "1 MHz primary at the lower side"),
         QT_TRANSLATE_NOOP("Airpane", "Where the 1 MHz primary lies within the 2 MHz one."), nullptr, true},
        {7, 1, "mcs10NotRecommended", QT_TRANSLATE_NOOP("Airpane", "MCS 10 not recommended"),
         QT_TRANSLATE_NOOP("Airpane", "Stations should not use the most robust MCS 10."), nullptr, true},
    };
    b.add(b.bits("channelWidth", QT_TRANSLATE_NOOP("Airpane", "Channel width"),
                 QT_TRANSLATE_NOOP("Airpane", "Primary and operating widths of the S1G BSS."), 0, 1, width));
    b.add(b.field("operatingClass", QT_TRANSLATE_NOOP("Airpane", "Operating class"), QString::number(b.u8(1)),
                  QT_TRANSLATE_NOOP("Airpane", "The band and width the BSS uses."), 1, 1));
    b.add(b.field("primaryChannel", QT_TRANSLATE_NOOP("Airpane", "Primary channel"), QString::number(b.u8(2)),
                  QT_TRANSLATE_NOOP("Airpane", "The channel of beacons and management frames."), 2, 1));
    b.add(b.field(
        "centerFrequency", QT_TRANSLATE_NOOP("Airpane", "Channel center frequency"), QString::number(b.u8(3)),
        QT_TRANSLATE_NOOP("Airpane", "The channel number at the center of the BSS channel."), 3, 1));
    b.add(b.field("basicMcsNssSet", QT_TRANSLATE_NOOP("Airpane", "Basic S1G-MCS and NSS set"),
                  hexNumber(b.le16(4), 4),
                  QT_TRANSLATE_NOOP("Airpane", "The rates every station of the BSS must support."), 4, 2));
    b.extra(6);
}

} // namespace Airpane::Elements::Inspector
