// SPDX-License-Identifier: GPL-3.0-or-later
// 802.11ac: VHT Capabilities (9.4.2.157) and VHT Operation (9.4.2.158); MCS maps HE shares.
#include "decoders.h"

namespace Airpane::Elements::Inspector {

QString channelWidthName(int mhz)
{
    return QStringLiteral("%1 MHz").arg(mhz);
}

QString mcsMapEntry(unsigned value, McsMap kind)
{
    if ((value & 3) == 3) {
        return tr(QT_TRANSLATE_NOOP("Airpane", "not supported"));
    }
    return QStringLiteral("MCS 0-%1").arg(7 + (kind == McsMap::He ? 2 : 1) * int(value & 3));
}

void addMcsMap(const ElementBuilder &b, Field &parent, int at, McsMap kind)
{
    const std::uint16_t map = b.le16(at);
    for (int nss = 1; nss <= 8; ++nss) {
        Field entry = b.field("nss", QT_TRANSLATE_NOOP("Airpane", "Spatial streams"),
                              mcsMapEntry((map >> (2 * (nss - 1))) & 3, kind),
                              QT_TRANSLATE_NOOP("Airpane", "The highest MCS with this many spatial streams."),
                              at + (nss - 1) / 4, 1);
        entry.key += QString::number(nss);
        entry.label = tr(QT_TRANSLATE_NOOP("Airpane", "NSS %1")).arg(nss);
        parent.children.append(entry);
    }
}

void decodeVhtCapabilities(ElementBuilder &b)
{
    if (!b.atLeast(12)) {
        return;
    }
    static constexpr Bit info[] = {
        {0, 2, "maxMpduLength", QT_TRANSLATE_NOOP("Airpane", "Maximum MPDU length"),
         QT_TRANSLATE_NOOP("Airpane", "The largest single frame it receives."),
         [](std::uint64_t v) {
             static const int lengths[] = {3895, 7991, 11454};
             return v < 3 ? withUnit(lengths[v], "bytes") : tr(QT_TRANSLATE_NOOP("Airpane", "reserved"));
         },
         true},
        {2, 2, "supportedChannelWidthSet", QT_TRANSLATE_NOOP("Airpane", "Supported channel width set"),
         QT_TRANSLATE_NOOP("Airpane", "Whether it supports 160 and 80+80 MHz (read with extended NSS)."),
         [](std::uint64_t v) {
             static const char *const names[] = {
                 QT_TRANSLATE_NOOP("Airpane", "neither 160 nor 80+80 MHz"),
                 QT_TRANSLATE_NOOP("Airpane", "160 MHz"),
                 QT_TRANSLATE_NOOP("Airpane", "160 and 80+80 MHz"),
                 QT_TRANSLATE_NOOP("Airpane", "reserved"),
             };
             return tr(names[v & 3]);
         },
         true},
        {4, 1, "rxLdpc", QT_TRANSLATE_NOOP("Airpane", "RX LDPC"),
         QT_TRANSLATE_NOOP("Airpane", "Receives LDPC-coded frames."), nullptr, true},
        {5, 1, "shortGi80", QT_TRANSLATE_NOOP("Airpane", "Short GI at 80 MHz"),
         QT_TRANSLATE_NOOP("Airpane", "Receives the 400 ns guard interval at 80 MHz."), nullptr, true},
        {6, 1, "shortGi160", QT_TRANSLATE_NOOP("Airpane", "Short GI at 160 and 80+80 MHz"),
         QT_TRANSLATE_NOOP("Airpane", "Receives the 400 ns guard interval at 160 MHz."), nullptr, true},
        {7, 1, "txStbc", QT_TRANSLATE_NOOP("Airpane", "TX STBC"),
         QT_TRANSLATE_NOOP("Airpane", "Transmits space-time block codes."), nullptr, true},
        {8, 3, "rxStbc", QT_TRANSLATE_NOOP("Airpane", "RX STBC"),
         QT_TRANSLATE_NOOP("Airpane", "How many spatial streams it receives with STBC (0: none)."), nullptr,
         true},
        {11, 1, "suBeamformer", QT_TRANSLATE_NOOP("Airpane", "SU beamformer"),
         QT_TRANSLATE_NOOP("Airpane", "Can steer its signal towards one station."), nullptr, true},
        {12, 1, "suBeamformee", QT_TRANSLATE_NOOP("Airpane", "SU beamformee"),
         QT_TRANSLATE_NOOP("Airpane", "Can help a beamformer steer towards it."), nullptr, true},
        {13, 3, "beamformeeSts", QT_TRANSLATE_NOOP("Airpane", "Beamformee STS"),
         QT_TRANSLATE_NOOP("Airpane", "Space-time streams it can receive in a beamformed NDP, minus one."),
         nullptr, true},
        {16, 3, "soundingDimensions", QT_TRANSLATE_NOOP("Airpane", "Sounding dimensions"),
         QT_TRANSLATE_NOOP("Airpane", "Space-time streams of its sounding frames, minus one."), nullptr,
         true},
        {19, 1, "muBeamformer", QT_TRANSLATE_NOOP("Airpane", "MU beamformer"),
         QT_TRANSLATE_NOOP("Airpane", "Can send to several stations at once (MU-MIMO)."), nullptr, true},
        {20, 1, "muBeamformee", QT_TRANSLATE_NOOP("Airpane", "MU beamformee"),
         QT_TRANSLATE_NOOP("Airpane", "Can receive MU-MIMO transmissions."), nullptr, true},
        {21, 1, "txopPs", QT_TRANSLATE_NOOP("Airpane", "VHT TXOP PS"),
         QT_TRANSLATE_NOOP("Airpane", "Stations may doze during others' transmit opportunities."), nullptr,
         true},
        {22, 1, "htcVht", QT_TRANSLATE_NOOP("Airpane", "+HTC-VHT"),
         QT_TRANSLATE_NOOP("Airpane", "Receives the VHT variant of the HT Control field."), nullptr, true},
        {23, 3, "maxAmpduLengthExponent", QT_TRANSLATE_NOOP("Airpane", "Maximum A-MPDU length"),
         QT_TRANSLATE_NOOP("Airpane", "The largest aggregate it receives: 2^(13 + exponent) - 1 bytes."),
         [](std::uint64_t v) { return withUnit((1 << (13 + v)) - 1, "bytes"); }, true},
        {26, 2, "linkAdaptation", QT_TRANSLATE_NOOP("Airpane", "VHT link adaptation"),
         QT_TRANSLATE_NOOP("Airpane", "MCS feedback it gives (0: none, 2: unsolicited, 3: both)."), nullptr,
         true},
        {28, 1, "rxAntennaPatternConsistency", QT_TRANSLATE_NOOP("Airpane", "RX antenna pattern consistency"),
         QT_TRANSLATE_NOOP("Airpane", "Its receive antenna pattern does not change during an association."),
         nullptr, true},
        {29, 1, "txAntennaPatternConsistency", QT_TRANSLATE_NOOP("Airpane", "TX antenna pattern consistency"),
         QT_TRANSLATE_NOOP("Airpane", "Its transmit antenna pattern does not change during an association."),
         nullptr, true},
        {30, 2, "extendedNssBw", QT_TRANSLATE_NOOP("Airpane", "Extended NSS BW support"),
         QT_TRANSLATE_NOOP("Airpane", "With the width set: 160 MHz with fewer spatial streams."), nullptr,
         true},
    };
    b.add(b.bits("capabilityInformation", QT_TRANSLATE_NOOP("Airpane", "VHT capability information"),
                 QT_TRANSLATE_NOOP("Airpane", "What the AP's 802.11ac radio can do."), 0, 4, info));
    Field mcs = b.field(
        "supportedMcsSet", QT_TRANSLATE_NOOP("Airpane", "Supported VHT-MCS and NSS set"), b.hex(4, 8),
        QT_TRANSLATE_NOOP("Airpane", "The VHT rates it receives and transmits per stream count."), 4, 8);
    Field rx = b.field(
        "rxMcsMap", QT_TRANSLATE_NOOP("Airpane", "RX VHT-MCS map"), hexNumber(b.le16(4), 4),
        QT_TRANSLATE_NOOP("Airpane", "The highest MCS it receives for 1 to 8 spatial streams."), 4, 2);
    addMcsMap(b, rx, 4, McsMap::Vht);
    Field tx = b.field(
        "txMcsMap", QT_TRANSLATE_NOOP("Airpane", "TX VHT-MCS map"), hexNumber(b.le16(8), 4),
        QT_TRANSLATE_NOOP("Airpane", "The highest MCS it transmits for 1 to 8 spatial streams."), 8, 2);
    addMcsMap(b, tx, 8, McsMap::Vht);
    mcs.children
        << rx
        << b.field("rxHighestLongGiRate", QT_TRANSLATE_NOOP("Airpane", "RX highest long GI data rate"),
                   withUnit(b.le16(6) & 0x1fff, "Mb/s"),
                   QT_TRANSLATE_NOOP("Airpane", "The fastest it receives (0: not given)."), 6, 2)
        << b.field("maxNstsTotal", QT_TRANSLATE_NOOP("Airpane", "Maximum NSTS total"),
                   QString::number(b.le16(6) >> 13),
                   QT_TRANSLATE_NOOP("Airpane", "With extended NSS: space-time streams it receives in all."),
                   7, 1)
        << tx
        << b.field("txHighestLongGiRate", QT_TRANSLATE_NOOP("Airpane", "TX highest long GI data rate"),
                   withUnit(b.le16(10) & 0x1fff, "Mb/s"),
                   QT_TRANSLATE_NOOP("Airpane", "The fastest it transmits (0: not given)."), 10, 2)
        << b.field("extendedNssBwCapable", QT_TRANSLATE_NOOP("Airpane", "VHT extended NSS BW capable"),
                   yesNo(b.le16(10) & 0x2000),
                   QT_TRANSLATE_NOOP("Airpane", "It understands the extended NSS signalling."), 11, 1);
    b.add(mcs);
    b.extra(12);
}

void decodeVhtOperation(ElementBuilder &b)
{
    if (!b.atLeast(5)) {
        return;
    }
    static const char *const widths[] = {
        QT_TRANSLATE_NOOP("Airpane", "20 or 40 MHz"),
        QT_TRANSLATE_NOOP("Airpane", "80, 160 or 80+80 MHz"),
        QT_TRANSLATE_NOOP("Airpane", "160 MHz (deprecated)"),
        QT_TRANSLATE_NOOP("Airpane", "80+80 MHz (deprecated)"),
    };
    b.add(b.field("channelWidth", QT_TRANSLATE_NOOP("Airpane", "Channel width"),
                  QStringLiteral("%1 (%2)").arg(b.u8(0)).arg(
                      b.u8(0) < 4 ? tr(widths[b.u8(0)]) : tr(QT_TRANSLATE_NOOP("Airpane", "reserved"))),
                  QT_TRANSLATE_NOOP("Airpane", "1 means 80 MHz, or 160 MHz when segment 1 is set as well."),
                  0, 1));
    b.add(b.field("centerFrequencySegment0",
                  QT_TRANSLATE_NOOP("Airpane", "Channel center frequency segment 0"),
                  QString::number(b.u8(1)),
                  QT_TRANSLATE_NOOP("Airpane", "The channel number at the center of the 80 MHz (or 160 MHz) "
                                               "channel."),
                  1, 1));
    b.add(
        b.field("centerFrequencySegment1", QT_TRANSLATE_NOOP("Airpane", "Channel center frequency segment 1"),
                QString::number(b.u8(2)),
                QT_TRANSLATE_NOOP("Airpane", "For 160 MHz the center of the whole channel, for 80+80 MHz the "
                                             "second segment's; 0 otherwise."),
                2, 1));
    Field basic = b.field(
        "basicMcsSet", QT_TRANSLATE_NOOP("Airpane", "Basic VHT-MCS and NSS set"), hexNumber(b.le16(3), 4),
        QT_TRANSLATE_NOOP("Airpane", "The VHT rates every station of the BSS must support."), 3, 2);
    addMcsMap(b, basic, 3, McsMap::Vht);
    b.add(basic);
    b.extra(5);
}

} // namespace Airpane::Elements::Inspector
