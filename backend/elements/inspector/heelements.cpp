// SPDX-License-Identifier: GPL-3.0-or-later
// 802.11ax: HE Operation (9.4.2.249) with its 6 GHz information, HE 6 GHz Band Capabilities
// (9.4.2.263), MU EDCA Parameter Set (9.4.2.251) and Spatial Reuse Parameter Set (9.4.2.252).
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

QString aciName(std::uint64_t aci)
{
    static const char *const names[] = {"BE", "BK", "VI", "VO"};
    return QLatin1String(names[aci & 3]);
}

void sixGhzOperation(ElementBuilder &b, int at)
{
    Field info =
        b.field("sixGhzOperationInformation", QT_TRANSLATE_NOOP("Airpane", "6 GHz operation information"),
                b.hex(at, 5),
                QT_TRANSLATE_NOOP("Airpane", "The BSS's channel in the 6 GHz band, where there is no HT or "
                                             "VHT operation element."),
                at, 5);
    info.children << b.field(
        "primaryChannel", QT_TRANSLATE_NOOP("Airpane", "Primary channel"), QString::number(b.u8(at)),
        QT_TRANSLATE_NOOP("Airpane", "The 20 MHz channel that carries beacons (6 GHz numbering: "
                                     "channel 5 is 5975 MHz)."),
        at, 1);
    static constexpr Bit control[] = {
        {0, 2, "channelWidth", QT_TRANSLATE_NOOP("Airpane", "Channel width"),
         QT_TRANSLATE_NOOP("Airpane", "The BSS's width: 20, 40, 80, or 160 (or 80+80) MHz."),
         [](std::uint64_t v) {
             return v == 3 ? tr(QT_TRANSLATE_NOOP("Airpane", "160 or 80+80 MHz")) : channelWidthName(20 << v);
         },
         true},
        {2, 1, "duplicateBeacon", QT_TRANSLATE_NOOP("Airpane", "Duplicate beacon"),
         QT_TRANSLATE_NOOP("Airpane", "Beacons are repeated on every 20 MHz of the channel."), nullptr, true},
        {3, 3, "regulatoryInfo", QT_TRANSLATE_NOOP("Airpane", "Regulatory info"),
         QT_TRANSLATE_NOOP("Airpane", "The AP's 6 GHz category: 0 indoor, 1 standard power, ..."), nullptr,
         true},
    };
    Field controlField =
        b.field("control", QT_TRANSLATE_NOOP("Airpane", "Control"), hexNumber(b.u8(at + 1), 2),
                QT_TRANSLATE_NOOP("Airpane", "Width, duplicate beacons and regulatory category."), at + 1, 1);
    b.addBits(controlField, b.u8(at + 1), at + 1, control);
    info.children
        << controlField
        << b.field("centerFrequencySegment0",
                   QT_TRANSLATE_NOOP("Airpane", "Channel center frequency segment 0"),
                   QString::number(b.u8(at + 2)),
                   QT_TRANSLATE_NOOP("Airpane", "The channel at the center of the BSS (of the primary 80 MHz "
                                                "for 160 MHz)."),
                   at + 2, 1)
        << b.field("centerFrequencySegment1",
                   QT_TRANSLATE_NOOP("Airpane", "Channel center frequency segment 1"),
                   QString::number(b.u8(at + 3)),
                   QT_TRANSLATE_NOOP("Airpane", "For 160 MHz the center of the whole channel; 0 otherwise."),
                   at + 3, 1)
        << b.field("minimumRate", QT_TRANSLATE_NOOP("Airpane", "Minimum rate"),
                   withUnit(b.u8(at + 4), "Mb/s"),
                   QT_TRANSLATE_NOOP("Airpane", "The lowest rate of the AP's beacons and probe responses."),
                   at + 4, 1);
    b.add(info);
}

} // namespace

void decodeHeOperation(ElementBuilder &b)
{
    if (!b.atLeast(6)) {
        return;
    }
    static constexpr Bit parameters[] = {
        {0, 3, "defaultPeDuration", QT_TRANSLATE_NOOP("Airpane", "Default PE duration"),
         QT_TRANSLATE_NOOP("Airpane", "Packet extension after frames, in 4 µs units."), nullptr, true},
        {3, 1, "twtRequired", QT_TRANSLATE_NOOP("Airpane", "TWT required"),
         QT_TRANSLATE_NOOP("Airpane", "Stations must negotiate target wake times."), nullptr, true},
        {4, 10, "txopDurationRtsThreshold", QT_TRANSLATE_NOOP("Airpane", "TXOP duration RTS threshold"),
         QT_TRANSLATE_NOOP("Airpane", "Longer TXOPs start with RTS/CTS, in 32 µs units (1023: off)."),
         nullptr, true},
        {14, 1, "vhtOperationInformationPresent",
         QT_TRANSLATE_NOOP("Airpane", "VHT operation information present"),
         QT_TRANSLATE_NOOP("Airpane", "A VHT channel description follows."), nullptr, true},
        {15, 1, "coHostedBss", QT_TRANSLATE_NOOP("Airpane", "Co-hosted BSS"),
         QT_TRANSLATE_NOOP("Airpane", "Several BSSes share this radio without multiple BSSID."), nullptr,
         true},
        {16, 1, "erSuDisable", QT_TRANSLATE_NOOP("Airpane", "ER SU disable"),
         QT_TRANSLATE_NOOP("Airpane", "Extended range frames are not accepted."), nullptr, true},
        {17, 1, "sixGhzOperationInformationPresent",
         QT_TRANSLATE_NOOP("Airpane", "6 GHz operation information present"),
         QT_TRANSLATE_NOOP("Airpane", "A 6 GHz channel description follows."), nullptr, true},
    };
    b.add(b.bits("parameters", QT_TRANSLATE_NOOP("Airpane", "HE operation parameters"),
                 QT_TRANSLATE_NOOP("Airpane", "How the HE BSS runs and which optional parts follow."), 0, 3,
                 parameters));
    static constexpr Bit color[] = {
        {0, 6, "bssColor", QT_TRANSLATE_NOOP("Airpane", "BSS color"),
         QT_TRANSLATE_NOOP("Airpane", "Tells this BSS's frames from overlapping ones, for spatial reuse."),
         nullptr, true},
        {6, 1, "partialBssColor", QT_TRANSLATE_NOOP("Airpane", "Partial BSS color"),
         QT_TRANSLATE_NOOP("Airpane", "Power save uses only part of the color."), nullptr, true},
        {7, 1, "bssColorDisabled", QT_TRANSLATE_NOOP("Airpane", "BSS color disabled"),
         QT_TRANSLATE_NOOP("Airpane", "The color is off, usually during a color change."), nullptr, true},
    };
    b.add(b.bits("bssColorInformation", QT_TRANSLATE_NOOP("Airpane", "BSS color information"),
                 QT_TRANSLATE_NOOP("Airpane", "The BSS color and its state."), 3, 1, color));
    Field basic = b.field(
        "basicMcsNssSet", QT_TRANSLATE_NOOP("Airpane", "Basic HE-MCS and NSS set"), hexNumber(b.le16(4), 4),
        QT_TRANSLATE_NOOP("Airpane", "The HE rates every station of the BSS must support."), 4, 2);
    addMcsMap(b, basic, 4, McsMap::He);
    b.add(basic);
    const std::uint32_t flags = b.le24(0);
    int at = 6;
    if (flags & (1u << 14)) {
        if (!b.need(at, 3, QT_TRANSLATE_NOOP("Airpane", "The VHT operation information"))) {
            return;
        }
        Field vht =
            b.field("vhtOperationInformation", QT_TRANSLATE_NOOP("Airpane", "VHT operation information"),
                    b.hex(at, 3),
                    QT_TRANSLATE_NOOP("Airpane", "Width and center channels, as in VHT Operation."), at, 3);
        vht.children << b.field("channelWidth", QT_TRANSLATE_NOOP("Airpane", "Channel width"),
                                QString::number(b.u8(at)),
                                QT_TRANSLATE_NOOP("Airpane", "0: 20 or 40 MHz, 1: 80, 160 or 80+80 MHz."), at,
                                1)
                     << b.field("centerFrequencySegment0",
                                QT_TRANSLATE_NOOP("Airpane", "Channel center frequency segment 0"),
                                QString::number(b.u8(at + 1)),
                                QT_TRANSLATE_NOOP("Airpane", "The channel at the center of the 80 MHz."),
                                at + 1, 1)
                     << b.field("centerFrequencySegment1",
                                QT_TRANSLATE_NOOP("Airpane", "Channel center frequency segment 1"),
                                QString::number(b.u8(at + 2)),
                                QT_TRANSLATE_NOOP("Airpane", "For 160 MHz the center of the whole channel."),
                                at + 2, 1);
        b.add(vht);
        at += 3;
    }
    if (flags & (1u << 15)) {
        if (!b.need(at, 1, QT_TRANSLATE_NOOP("Airpane", "The max co-hosted BSSID indicator"))) {
            return;
        }
        b.add(b.field("maxCoHostedBssidIndicator",
                      QT_TRANSLATE_NOOP("Airpane", "Max co-hosted BSSID indicator"),
                      QString::number(b.u8(at)),
                      QT_TRANSLATE_NOOP("Airpane", "Up to 2^n BSSIDs are co-hosted on this radio."), at, 1));
        at += 1;
    }
    if (flags & (1u << 17)) {
        if (!b.need(at, 5, QT_TRANSLATE_NOOP("Airpane", "The 6 GHz operation information"))) {
            return;
        }
        sixGhzOperation(b, at);
        at += 5;
    }
    b.extra(at);
}

void decodeHe6GhzBandCapabilities(ElementBuilder &b)
{
    if (!b.atLeast(2)) {
        return;
    }
    static constexpr Bit bits[] = {
        {0, 3, "minMpduSpacing", QT_TRANSLATE_NOOP("Airpane", "Minimum MPDU start spacing"),
         QT_TRANSLATE_NOOP("Airpane", "Least time between MPDUs of an aggregate (encoded as in HT)."),
         nullptr, true},
        {3, 3, "maxAmpduLengthExponent", QT_TRANSLATE_NOOP("Airpane", "Maximum A-MPDU length"),
         QT_TRANSLATE_NOOP("Airpane", "The largest aggregate: 2^(13 + exponent) - 1 bytes."),
         [](std::uint64_t v) { return withUnit((1 << (13 + v)) - 1, "bytes"); }, true},
        {6, 2, "maxMpduLength", QT_TRANSLATE_NOOP("Airpane", "Maximum MPDU length"),
         QT_TRANSLATE_NOOP("Airpane", "The largest single frame it receives."),
         [](std::uint64_t v) {
             static const int lengths[] = {3895, 7991, 11454};
             return v < 3 ? withUnit(lengths[v], "bytes") : tr(QT_TRANSLATE_NOOP("Airpane", "reserved"));
         },
         true},
        {9, 2, "smPowerSave", QT_TRANSLATE_NOOP("Airpane", "SM power save"),
         QT_TRANSLATE_NOOP("Airpane", "Whether it turns off receive chains to save power."), smPowerSaveName,
         true},
        {11, 1, "rdResponder", QT_TRANSLATE_NOOP("Airpane", "RD responder"),
         QT_TRANSLATE_NOOP("Airpane", "Answers reverse direction grants."), nullptr, true},
        {12, 1, "rxAntennaPatternConsistency", QT_TRANSLATE_NOOP("Airpane", "RX antenna pattern consistency"),
         QT_TRANSLATE_NOOP("Airpane", "Its receive pattern does not change."), nullptr, true},
        {13, 1, "txAntennaPatternConsistency", QT_TRANSLATE_NOOP("Airpane", "TX antenna pattern consistency"),
         QT_TRANSLATE_NOOP("Airpane", "Its transmit pattern does not change."), nullptr, true},
    };
    b.add(b.bits("capabilities", QT_TRANSLATE_NOOP("Airpane", "Capabilities information"),
                 QT_TRANSLATE_NOOP("Airpane",
                                   "What HT and VHT capabilities say elsewhere, for 6 GHz, where they "
                                   "are absent."),
                 0, 2, bits));
    b.extra(2);
}

void decodeMuEdcaParameterSet(ElementBuilder &b)
{
    if (!b.atLeast(13)) {
        return;
    }
    b.add(b.field("qosInfo", QT_TRANSLATE_NOOP("Airpane", "QoS info"), hexNumber(b.u8(0), 2),
                  QT_TRANSLATE_NOOP("Airpane", "The parameter set count, which changes with the parameters."),
                  0, 1));
    static constexpr Bit record[] = {
        {0, 4, "aifsn", QT_TRANSLATE_NOOP("Airpane", "AIFSN"),
         QT_TRANSLATE_NOOP("Airpane", "Slots to wait after the medium goes idle."), nullptr, true},
        {4, 1, "acm", QT_TRANSLATE_NOOP("Airpane", "Admission control mandatory"),
         QT_TRANSLATE_NOOP("Airpane", "Stations must ask before sending this class."), nullptr, true},
        {5, 2, "aci", QT_TRANSLATE_NOOP("Airpane", "ACI"),
         QT_TRANSLATE_NOOP("Airpane", "The access category."), aciName, true},
        {8, 4, "ecwMin", QT_TRANSLATE_NOOP("Airpane", "ECWmin"),
         QT_TRANSLATE_NOOP("Airpane", "The smallest contention window, as 2^ECW - 1 slots."),
         [](std::uint64_t v) { return QString::number((1 << v) - 1); }, true},
        {12, 4, "ecwMax", QT_TRANSLATE_NOOP("Airpane", "ECWmax"),
         QT_TRANSLATE_NOOP("Airpane", "The largest contention window, as 2^ECW - 1 slots."),
         [](std::uint64_t v) { return QString::number((1 << v) - 1); }, true},
        {16, 8, "muEdcaTimer", QT_TRANSLATE_NOOP("Airpane", "MU EDCA timer"),
         QT_TRANSLATE_NOOP("Airpane", "How long the parameters apply after a trigger, in 8 TU units."),
         nullptr, true},
    };
    for (int i = 0; i < 4; ++i) {
        const int at = 1 + 3 * i;
        Field ac =
            b.bits("ac", QT_TRANSLATE_NOOP("Airpane", "MU AC parameter record"),
                   QT_TRANSLATE_NOOP("Airpane", "Contention parameters for stations after they took part in "
                                                "uplink OFDMA."),
                   at, 3, record);
        ac.key += aciName((b.u8(at) >> 5) & 3);
        ac.label += QStringLiteral(" %1").arg(aciName((b.u8(at) >> 5) & 3));
        b.add(ac);
    }
    b.extra(13);
}

void decodeSpatialReuse(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    static constexpr Bit control[] = {
        {0, 1, "psrDisallowed", QT_TRANSLATE_NOOP("Airpane", "PSR disallowed"),
         QT_TRANSLATE_NOOP("Airpane", "Parameterized spatial reuse is not allowed."), nullptr, true},
        {1, 1, "nonSrgObssPdSrDisallowed", QT_TRANSLATE_NOOP("Airpane", "Non-SRG OBSS PD SR disallowed"),
         QT_TRANSLATE_NOOP("Airpane", "Stations must not ignore frames of other BSSes to reuse the air."),
         nullptr, true},
        {2, 1, "nonSrgOffsetPresent", QT_TRANSLATE_NOOP("Airpane", "Non-SRG offset present"),
         QT_TRANSLATE_NOOP("Airpane", "A non-SRG maximum offset follows."), nullptr, true},
        {3, 1, "srgInformationPresent", QT_TRANSLATE_NOOP("Airpane", "SRG information present"),
         QT_TRANSLATE_NOOP("Airpane", "Spatial reuse group offsets and bitmaps follow."), nullptr, true},
        {4, 1, "hesigaSpatialReuseValue15Allowed",
         QT_TRANSLATE_NOOP("Airpane", "HE-SIG-A spatial reuse value 15 allowed"),
         QT_TRANSLATE_NOOP("Airpane", "Frames may forbid spatial reuse during them."), nullptr, true},
    };
    b.add(b.bits("srControl", QT_TRANSLATE_NOOP("Airpane", "SR control"),
                 QT_TRANSLATE_NOOP("Airpane", "Which kinds of spatial reuse are allowed here."), 0, 1,
                 control));
    int at = 1;
    auto offset = [&](const char *key, const char *label, const char *explanation) {
        if (b.need(at, 1, label)) {
            b.add(b.field(key, label, QString::number(b.u8(at)), explanation, at, 1));
        }
        ++at;
    };
    if (b.u8(0) & 0x4) {
        offset("nonSrgObssPdMaxOffset", QT_TRANSLATE_NOOP("Airpane", "Non-SRG OBSS PD max offset"),
               QT_TRANSLATE_NOOP("Airpane",
                                 "How far above -82 dBm a frame of another BSS may be and still be "
                                 "ignored."));
    }
    if (b.u8(0) & 0x8) {
        offset("srgObssPdMinOffset", QT_TRANSLATE_NOOP("Airpane", "SRG OBSS PD min offset"),
               QT_TRANSLATE_NOOP("Airpane", "The lowest detection offset for the spatial reuse group."));
        offset("srgObssPdMaxOffset", QT_TRANSLATE_NOOP("Airpane", "SRG OBSS PD max offset"),
               QT_TRANSLATE_NOOP("Airpane", "The highest detection offset for the spatial reuse group."));
        if (!b.need(at, 16, QT_TRANSLATE_NOOP("Airpane", "The SRG bitmaps"))) {
            return;
        }
        b.add(b.field("srgBssColorBitmap", QT_TRANSLATE_NOOP("Airpane", "SRG BSS color bitmap"), b.hex(at, 8),
                      QT_TRANSLATE_NOOP("Airpane", "The BSS colors of the spatial reuse group."), at, 8));
        b.add(b.field("srgPartialBssidBitmap", QT_TRANSLATE_NOOP("Airpane", "SRG partial BSSID bitmap"),
                      b.hex(at + 8, 8),
                      QT_TRANSLATE_NOOP("Airpane", "BSSIDs of the group, by bits 39-44 of their address."),
                      at + 8, 8));
        at += 16;
    }
    b.extra(at);
}

} // namespace Airpane::Elements::Inspector
