// SPDX-License-Identifier: GPL-3.0-or-later
// 802.11be: EHT Capabilities (9.4.2.323) and EHT Operation (9.4.2.311) with the puncturing bitmap.
#include "decoders.h"

#include <bit>

namespace Airpane::Elements::Inspector {
namespace {

constexpr Bit macBits[] = {
    bitFlag(0, "epcsPriorityAccess", QT_TRANSLATE_NOOP("Airpane", "EPCS priority access"),
            QT_TRANSLATE_NOOP("Airpane", "Emergency preparedness priority access.")),
    bitFlag(1, "omControl", QT_TRANSLATE_NOOP("Airpane", "EHT OM control"),
            QT_TRANSLATE_NOOP("Airpane", "EHT operating mode changes in the HT Control field.")),
    bitFlag(2, "txopSharingMode1", QT_TRANSLATE_NOOP("Airpane", "Triggered TXOP sharing mode 1"),
            QT_TRANSLATE_NOOP("Airpane", "Shares its TXOP with one station for uplink.")),
    bitFlag(3, "txopSharingMode2", QT_TRANSLATE_NOOP("Airpane", "Triggered TXOP sharing mode 2"),
            QT_TRANSLATE_NOOP("Airpane", "Shares its TXOP for peer-to-peer traffic too.")),
    bitFlag(4, "restrictedTwt", QT_TRANSLATE_NOOP("Airpane", "Restricted TWT"),
            QT_TRANSLATE_NOOP("Airpane", "Service periods reserved for latency-sensitive traffic.")),
    bitFlag(5, "scsTrafficDescription", QT_TRANSLATE_NOOP("Airpane", "SCS traffic description"),
            QT_TRANSLATE_NOOP("Airpane", "Describes traffic streams for QoS.")),
    bitField(6, 2, "maxMpduLength", QT_TRANSLATE_NOOP("Airpane", "Maximum MPDU length"),
             QT_TRANSLATE_NOOP("Airpane", "0: 3895, 1: 7991, 2: 11454 bytes (2.4 GHz).")),
    bitFlag(8, "maxAmpduLengthExponentExtension",
            QT_TRANSLATE_NOOP("Airpane", "Maximum A-MPDU length exponent extension"),
            QT_TRANSLATE_NOOP("Airpane", "Doubles the largest aggregate once more.")),
    bitFlag(9, "trs", QT_TRANSLATE_NOOP("Airpane", "EHT TRS"),
            QT_TRANSLATE_NOOP("Airpane", "Triggered response scheduling.")),
    bitFlag(10, "txopReturn", QT_TRANSLATE_NOOP("Airpane", "TXOP return in TXOP sharing mode 2"),
            QT_TRANSLATE_NOOP("Airpane", "Returns unused shared time to the AP.")),
    bitFlag(11, "twoBqrs", QT_TRANSLATE_NOOP("Airpane", "Two BQRs"),
            QT_TRANSLATE_NOOP("Airpane", "Two bandwidth query reports.")),
    bitField(12, 2, "linkAdaptation", QT_TRANSLATE_NOOP("Airpane", "EHT link adaptation"),
             QT_TRANSLATE_NOOP("Airpane", "MCS feedback it gives (0: none, 2: unsolicited, 3: both).")),
    bitFlag(14, "unsolicitedEpcsUpdate",
            QT_TRANSLATE_NOOP("Airpane", "Unsolicited EPCS priority access parameter update"),
            QT_TRANSLATE_NOOP("Airpane", "Updates EPCS parameters unasked.")),
};

constexpr Bit phyBits[] = {
    bitFlag(1, "width320In6g", QT_TRANSLATE_NOOP("Airpane", "320 MHz in 6 GHz"),
            QT_TRANSLATE_NOOP("Airpane", "Supports 320 MHz channels.")),
    bitFlag(2, "ru242Wider", QT_TRANSLATE_NOOP("Airpane", "242-tone RU in BW wider than 20 MHz"),
            QT_TRANSLATE_NOOP("Airpane", "Receives a 242-tone RU of a wider channel.")),
    bitFlag(3, "ndp4xLtf32Gi", QT_TRANSLATE_NOOP("Airpane", "NDP with 4x EHT-LTF and 3.2 µs GI"),
            QT_TRANSLATE_NOOP("Airpane", "Sounding with the longest training and guard interval.")),
    bitFlag(4, "partialBandwidthUlMuMimo", QT_TRANSLATE_NOOP("Airpane", "Partial bandwidth UL MU-MIMO"),
            QT_TRANSLATE_NOOP("Airpane", "Uplink MU-MIMO in part of the channel.")),
    bitFlag(5, "suBeamformer", QT_TRANSLATE_NOOP("Airpane", "SU beamformer"),
            QT_TRANSLATE_NOOP("Airpane", "Steers its signal towards one station.")),
    bitFlag(6, "suBeamformee", QT_TRANSLATE_NOOP("Airpane", "SU beamformee"),
            QT_TRANSLATE_NOOP("Airpane", "Helps a beamformer steer towards it.")),
    bitField(7, 3, "beamformeeSs80", QT_TRANSLATE_NOOP("Airpane", "Beamformee SS ≤ 80 MHz"),
             QT_TRANSLATE_NOOP("Airpane", "Streams it receives beamformed, minus one.")),
    bitField(10, 3, "beamformeeSs160", QT_TRANSLATE_NOOP("Airpane", "Beamformee SS 160 MHz"),
             QT_TRANSLATE_NOOP("Airpane", "The same at 160 MHz.")),
    bitField(13, 3, "beamformeeSs320", QT_TRANSLATE_NOOP("Airpane", "Beamformee SS 320 MHz"),
             QT_TRANSLATE_NOOP("Airpane", "The same at 320 MHz.")),
    bitField(16, 3, "soundingDimensions80", QT_TRANSLATE_NOOP("Airpane", "Sounding dimensions ≤ 80 MHz"),
             QT_TRANSLATE_NOOP("Airpane", "Streams of its sounding frames, minus one.")),
    bitField(19, 3, "soundingDimensions160", QT_TRANSLATE_NOOP("Airpane", "Sounding dimensions 160 MHz"),
             QT_TRANSLATE_NOOP("Airpane", "The same at 160 MHz.")),
    bitField(22, 3, "soundingDimensions320", QT_TRANSLATE_NOOP("Airpane", "Sounding dimensions 320 MHz"),
             QT_TRANSLATE_NOOP("Airpane", "The same at 320 MHz.")),
    bitFlag(25, "ng16SuFeedback", QT_TRANSLATE_NOOP("Airpane", "Ng = 16 SU feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Coarser single-user feedback.")),
    bitFlag(26, "ng16MuFeedback", QT_TRANSLATE_NOOP("Airpane", "Ng = 16 MU feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Coarser multi-user feedback.")),
    bitFlag(27, "codebook42SuFeedback", QT_TRANSLATE_NOOP("Airpane", "Codebook size (4, 2) SU feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Finer single-user feedback.")),
    bitFlag(28, "codebook75MuFeedback", QT_TRANSLATE_NOOP("Airpane", "Codebook size (7, 5) MU feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Finer multi-user feedback.")),
    bitFlag(29, "triggeredSuBeamformingFeedback",
            QT_TRANSLATE_NOOP("Airpane", "Triggered SU beamforming feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Single-user feedback when triggered.")),
    bitFlag(30, "triggeredMuBeamformingFeedback",
            QT_TRANSLATE_NOOP("Airpane", "Triggered MU beamforming partial BW feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Multi-user feedback when triggered.")),
    bitFlag(31, "triggeredCqiFeedback", QT_TRANSLATE_NOOP("Airpane", "Triggered CQI feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Channel quality when triggered.")),
    bitFlag(32, "partialBandwidthDlMuMimo", QT_TRANSLATE_NOOP("Airpane", "Partial bandwidth DL MU-MIMO"),
            QT_TRANSLATE_NOOP("Airpane", "Downlink MU-MIMO in part of the channel.")),
    bitFlag(33, "psrBasedSr", QT_TRANSLATE_NOOP("Airpane", "EHT PSR-based SR"),
            QT_TRANSLATE_NOOP("Airpane", "Parameterized spatial reuse.")),
    bitFlag(34, "powerBoostFactor", QT_TRANSLATE_NOOP("Airpane", "Power boost factor"),
            QT_TRANSLATE_NOOP("Airpane", "Resource units with different power.")),
    bitFlag(35, "muPpdu4xLtf08Gi", QT_TRANSLATE_NOOP("Airpane", "EHT MU PPDU with 4x EHT-LTF and 0.8 µs GI"),
            QT_TRANSLATE_NOOP("Airpane", "Long training with a short guard interval.")),
    bitField(36, 4, "maxNc", QT_TRANSLATE_NOOP("Airpane", "Max Nc"),
             QT_TRANSLATE_NOOP("Airpane", "Columns of its beamforming feedback, minus one.")),
    bitFlag(40, "nonTriggeredCqiFeedback", QT_TRANSLATE_NOOP("Airpane", "Non-triggered CQI feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Channel quality unasked.")),
    bitFlag(41, "tx4096QamSmallRu", QT_TRANSLATE_NOOP("Airpane", "TX 1024-QAM and 4096-QAM < 242-tone RU"),
            QT_TRANSLATE_NOOP("Airpane", "Sends the densest constellations in small RUs.")),
    bitFlag(42, "rx4096QamSmallRu", QT_TRANSLATE_NOOP("Airpane", "RX 1024-QAM and 4096-QAM < 242-tone RU"),
            QT_TRANSLATE_NOOP("Airpane", "Receives them in small RUs.")),
    bitFlag(43, "ppeThresholdsPresent", QT_TRANSLATE_NOOP("Airpane", "PPE thresholds present"),
            QT_TRANSLATE_NOOP("Airpane", "EHT packet extension thresholds follow.")),
    bitField(44, 2, "commonNominalPacketPadding",
             QT_TRANSLATE_NOOP("Airpane", "Common nominal packet padding"),
             QT_TRANSLATE_NOOP("Airpane", "Packet extension for all constellations (0, 8, 16 or 20 µs).")),
    bitField(46, 5, "maxEhtLtfs", QT_TRANSLATE_NOOP("Airpane", "Maximum number of supported EHT-LTFs"),
             QT_TRANSLATE_NOOP("Airpane", "Training fields it receives.")),
    bitField(51, 4, "mcs15", QT_TRANSLATE_NOOP("Airpane", "Support of MCS 15"),
             QT_TRANSLATE_NOOP("Airpane", "The most robust MCS, per RU size.")),
    bitFlag(55, "ehtDupIn6g", QT_TRANSLATE_NOOP("Airpane", "EHT DUP in 6 GHz"),
            QT_TRANSLATE_NOOP("Airpane", "Duplicated transmission (MCS 14) at 6 GHz.")),
    bitFlag(56, "rx20MhzNdpWider",
            QT_TRANSLATE_NOOP("Airpane", "20 MHz STA receiving NDP with wider bandwidth"),
            QT_TRANSLATE_NOOP("Airpane", "A 20 MHz device takes wider sounding frames.")),
    bitFlag(57, "nonOfdmaUlMuMimo80", QT_TRANSLATE_NOOP("Airpane", "Non-OFDMA UL MU-MIMO ≤ 80 MHz"),
            QT_TRANSLATE_NOOP("Airpane", "Uplink MU-MIMO without OFDMA up to 80 MHz.")),
    bitFlag(58, "nonOfdmaUlMuMimo160", QT_TRANSLATE_NOOP("Airpane", "Non-OFDMA UL MU-MIMO 160 MHz"),
            QT_TRANSLATE_NOOP("Airpane", "The same at 160 MHz.")),
    bitFlag(59, "nonOfdmaUlMuMimo320", QT_TRANSLATE_NOOP("Airpane", "Non-OFDMA UL MU-MIMO 320 MHz"),
            QT_TRANSLATE_NOOP("Airpane", "The same at 320 MHz.")),
    bitFlag(60, "muBeamformer80", QT_TRANSLATE_NOOP("Airpane", "MU beamformer ≤ 80 MHz"),
            QT_TRANSLATE_NOOP("Airpane", "Sends MU-MIMO up to 80 MHz.")),
    bitFlag(61, "muBeamformer160", QT_TRANSLATE_NOOP("Airpane", "MU beamformer 160 MHz"),
            QT_TRANSLATE_NOOP("Airpane", "Sends MU-MIMO at 160 MHz.")),
    bitFlag(62, "muBeamformer320", QT_TRANSLATE_NOOP("Airpane", "MU beamformer 320 MHz"),
            QT_TRANSLATE_NOOP("Airpane", "Sends MU-MIMO at 320 MHz.")),
    bitFlag(63, "tbSoundingFeedbackRateLimit",
            QT_TRANSLATE_NOOP("Airpane", "TB sounding feedback rate limit"),
            QT_TRANSLATE_NOOP("Airpane", "Limits the rate of triggered feedback.")),
    bitFlag(64, "rx1024QamWiderDlOfdma",
            QT_TRANSLATE_NOOP("Airpane", "RX 1024-QAM in wider bandwidth DL OFDMA"),
            QT_TRANSLATE_NOOP("Airpane", "Receives 1024-QAM in wide OFDMA frames.")),
    bitFlag(65, "rx4096QamWiderDlOfdma",
            QT_TRANSLATE_NOOP("Airpane", "RX 4096-QAM in wider bandwidth DL OFDMA"),
            QT_TRANSLATE_NOOP("Airpane", "Receives 4096-QAM in wide OFDMA frames.")),
    bitFlag(66, "limited20Mhz", QT_TRANSLATE_NOOP("Airpane", "20 MHz-only limited capabilities"),
            QT_TRANSLATE_NOOP("Airpane", "A 20 MHz-only device with limited features.")),
    bitFlag(67, "triggeredMuFullBw20Mhz",
            QT_TRANSLATE_NOOP("Airpane", "20 MHz-only triggered MU beamforming full BW feedback"),
            QT_TRANSLATE_NOOP("Airpane", "And DL MU-MIMO, for 20 MHz-only devices.")),
    bitFlag(68, "mru20Mhz", QT_TRANSLATE_NOOP("Airpane", "20 MHz-only MRU"),
            QT_TRANSLATE_NOOP("Airpane", "Multiple resource units for 20 MHz-only devices.")),
};

// An EHT-MCS map of 3 bytes at AT: RX and TX streams for MCS 0-9, 10-11 and 12-13.
Field mcsMap(const ElementBuilder &b, const char *key, const char *label, int at)
{
    Field map =
        b.field(key, label, b.hex(at, 3),
                QT_TRANSLATE_NOOP("Airpane", "How many spatial streams it receives and transmits per range "
                                             "of MCS."),
                at, 3);
    static const char *const ranges[] = {"0-9", "10-11", "12-13"};
    for (int i = 0; i < 3; ++i) {
        Field entry = b.field(
            "mcs", QT_TRANSLATE_NOOP("Airpane", "MCS"),
            tr(QT_TRANSLATE_NOOP("Airpane", "RX %1, TX %2 streams"))
                .arg(b.u8(at + i) & 0xf)
                .arg(b.u8(at + i) >> 4),
            QT_TRANSLATE_NOOP("Airpane", "Spatial streams with these MCSes, received and sent."), at + i, 1);
        entry.key += QString::fromLatin1(ranges[i]).replace(QLatin1Char('-'), QLatin1Char('_'));
        entry.label += QStringLiteral(" %1").arg(QLatin1String(ranges[i]));
        map.children << entry;
    }
    return map;
}

} // namespace

void decodeEhtCapabilities(ElementBuilder &b)
{
    if (!b.atLeast(14)) {
        return;
    }
    b.add(b.wideBits("macCapabilities", QT_TRANSLATE_NOOP("Airpane", "EHT MAC capabilities"),
                     QT_TRANSLATE_NOOP("Airpane", "What the AP's 802.11be MAC can do."), 0, 2, macBits));
    b.add(b.wideBits("phyCapabilities", QT_TRANSLATE_NOOP("Airpane", "EHT PHY capabilities"),
                     QT_TRANSLATE_NOOP("Airpane", "What the AP's 802.11be radio can do."), 2, 9, phyBits));
    // An AP always has the map up to 80 MHz; the others follow its widths (HE for 160, EHT for 320).
    int at = 11;
    const struct
    {
        bool present;
        const char *key;
        const char *label;
    } maps[] = {
        {true, "mcs80", QT_TRANSLATE_NOOP("Airpane", "EHT-MCS map ≤ 80 MHz")},
        {bool(b.context().hePhyWidthSet & 0x4), "mcs160",
         QT_TRANSLATE_NOOP("Airpane", "EHT-MCS map 160 MHz")},
        {bool(b.u8(2) & 0x2), "mcs320", QT_TRANSLATE_NOOP("Airpane", "EHT-MCS map 320 MHz")},
    };
    for (const auto &map : maps) {
        if (!map.present) {
            continue;
        }
        if (!b.need(at, 3, map.label)) {
            return;
        }
        b.add(mcsMap(b, map.key, map.label, at));
        at += 3;
    }
    if (b.u8(2 + 43 / 8) & (1 << (43 % 8))) {
        if (!b.need(at, 2, QT_TRANSLATE_NOOP("Airpane", "The EHT PPE thresholds"))) {
            return;
        }
        // NSS (4 bits) and RU index bitmask (5 bits), then two 3-bit thresholds per NSS and RU.
        const int nss = (b.u8(at) & 0xf) + 1;
        const int rus = std::popcount(unsigned((b.le16(at) >> 4) & 0x1f));
        const int bytes = (9 + 6 * nss * rus + 7) / 8;
        b.add(b.field("ppeThresholds", QT_TRANSLATE_NOOP("Airpane", "EHT PPE thresholds"), b.hex(at, bytes),
                      QT_TRANSLATE_NOOP("Airpane", "Above which constellation it needs packet extension."),
                      at, bytes));
        if (!b.need(at, bytes, QT_TRANSLATE_NOOP("Airpane", "The EHT PPE thresholds"))) {
            return;
        }
        at += bytes;
    }
    b.extra(at);
}

void decodeEhtOperation(ElementBuilder &b)
{
    if (!b.atLeast(5)) {
        return;
    }
    static constexpr Bit parameters[] = {
        {0, 1, "operationInformationPresent",
         QT_TRANSLATE_NOOP("Airpane", "EHT operation information present"),
         QT_TRANSLATE_NOOP("Airpane", "The EHT channel description follows."), nullptr, true},
        {1, 1, "disabledSubchannelBitmapPresent",
         QT_TRANSLATE_NOOP("Airpane", "Disabled subchannel bitmap present"),
         QT_TRANSLATE_NOOP("Airpane", "Some 20 MHz subchannels are punctured."), nullptr, true},
        {2, 1, "defaultPeDuration", QT_TRANSLATE_NOOP("Airpane", "EHT default PE duration"),
         QT_TRANSLATE_NOOP("Airpane", "Packet extension of 20 µs by default."), nullptr, true},
        {3, 1, "groupAddressedBuIndicationLimit",
         QT_TRANSLATE_NOOP("Airpane", "Group addressed BU indication limit"),
         QT_TRANSLATE_NOOP("Airpane", "Buffered group traffic indications are limited."), nullptr, true},
        {4, 2, "groupAddressedBuIndicationExponent",
         QT_TRANSLATE_NOOP("Airpane", "Group addressed BU indication exponent"),
         QT_TRANSLATE_NOOP("Airpane", "The limit, as a power of two."), nullptr, true},
    };
    b.add(b.bits("parameters", QT_TRANSLATE_NOOP("Airpane", "EHT operation parameters"),
                 QT_TRANSLATE_NOOP("Airpane", "Which optional parts follow, and PE and buffering settings."),
                 0, 1, parameters));
    b.add(b.field("basicMcsNssSet", QT_TRANSLATE_NOOP("Airpane", "Basic EHT-MCS and NSS set"), b.hex(1, 4),
                  QT_TRANSLATE_NOOP("Airpane", "The EHT rates every station of the BSS must support."), 1,
                  4));
    int at = 5;
    if (b.u8(0) & 0x1) {
        if (!b.need(at, 3, QT_TRANSLATE_NOOP("Airpane", "The EHT operation information"))) {
            return;
        }
        static constexpr Bit control[] = {
            {0, 3, "channelWidth", QT_TRANSLATE_NOOP("Airpane", "Channel width"),
             QT_TRANSLATE_NOOP("Airpane", "The BSS's width, up to 320 MHz."),
             [](std::uint64_t v) {
                 return v <= 4 ? channelWidthName(20 << v)
                               : tr(QT_TRANSLATE_NOOP("Airpane", "reserved (%1)")).arg(v);
             },
             true},
        };
        Field info = b.field(
            "operationInformation", QT_TRANSLATE_NOOP("Airpane", "EHT operation information"),
            b.hex(at, b.u8(0) & 0x2 ? 5 : 3),
            QT_TRANSLATE_NOOP("Airpane", "The EHT channel: width, centers and punctured subchannels."), at,
            b.u8(0) & 0x2 ? 5 : 3);
        Field controlField =
            b.field("control", QT_TRANSLATE_NOOP("Airpane", "Control"), hexNumber(b.u8(at), 2),
                    QT_TRANSLATE_NOOP("Airpane", "The channel width."), at, 1);
        b.addBits(controlField, b.u8(at), at, control);
        info.children << controlField
                      << b.field("centerFrequencySegment0",
                                 QT_TRANSLATE_NOOP("Airpane", "Channel center frequency segment 0"),
                                 QString::number(b.u8(at + 1)),
                                 QT_TRANSLATE_NOOP("Airpane",
                                                   "The center of the channel (of its primary 160 MHz for "
                                                   "320 MHz)."),
                                 at + 1, 1)
                      << b.field("centerFrequencySegment1",
                                 QT_TRANSLATE_NOOP("Airpane", "Channel center frequency segment 1"),
                                 QString::number(b.u8(at + 2)),
                                 QT_TRANSLATE_NOOP("Airpane",
                                                   "For 160 and 320 MHz the center of the whole channel."),
                                 at + 2, 1);
        at += 3;
        if (b.u8(0) & 0x2) {
            if (!b.need(at, 2, QT_TRANSLATE_NOOP("Airpane", "The disabled subchannel bitmap"))) {
                b.add(info);
                return;
            }
            QStringList disabled;
            for (int i = 0; i < 16; ++i) {
                if (b.le16(at) & (1 << i)) {
                    disabled.append(QString::number(i));
                }
            }
            info.children << b.field(
                "disabledSubchannelBitmap", QT_TRANSLATE_NOOP("Airpane", "Disabled subchannel bitmap"),
                QStringLiteral("%1 (%2)").arg(hexNumber(b.le16(at), 4), disabled.join(QStringLiteral(", "))),
                QT_TRANSLATE_NOOP("Airpane", "Punctured 20 MHz subchannels, counted from the "
                                             "lowest: the BSS does not use them."),
                at, 2);
            at += 2;
        }
        b.add(info);
    }
    b.extra(at);
}

} // namespace Airpane::Elements::Inspector
