// SPDX-License-Identifier: GPL-3.0-or-later
// 802.11ax: HE Capabilities (9.4.2.248): MAC and PHY capabilities, HE-MCS maps, PPE thresholds.
#include "decoders.h"

#include <bit>

namespace Airpane::Elements::Inspector {
namespace {

constexpr Bit macBits[] = {
    bitFlag(0, "htcHe", QT_TRANSLATE_NOOP("Airpane", "+HTC-HE"),
            QT_TRANSLATE_NOOP("Airpane", "Receives the HE variant of the HT Control field.")),
    bitFlag(1, "twtRequester", QT_TRANSLATE_NOOP("Airpane", "TWT requester"),
            QT_TRANSLATE_NOOP("Airpane", "Asks for target wake times.")),
    bitFlag(2, "twtResponder", QT_TRANSLATE_NOOP("Airpane", "TWT responder"),
            QT_TRANSLATE_NOOP("Airpane", "Grants target wake times, so stations sleep longer.")),
    bitField(3, 2, "dynamicFragmentation", QT_TRANSLATE_NOOP("Airpane", "Dynamic fragmentation"),
             QT_TRANSLATE_NOOP("Airpane", "Level of dynamic fragmentation it supports (0: none).")),
    bitField(5, 3, "maxFragmentedMsdusExponent",
             QT_TRANSLATE_NOOP("Airpane", "Maximum fragmented MSDUs exponent"),
             QT_TRANSLATE_NOOP("Airpane", "How many fragmented MSDUs it takes at once, as a power of two.")),
    bitField(8, 2, "minFragmentSize", QT_TRANSLATE_NOOP("Airpane", "Minimum fragment size"),
             QT_TRANSLATE_NOOP("Airpane", "The smallest fragment it accepts (encoded).")),
    bitField(10, 2, "triggerFramePadding", QT_TRANSLATE_NOOP("Airpane", "Trigger frame MAC padding duration"),
             QT_TRANSLATE_NOOP("Airpane", "Padding it needs after a trigger frame (0, 8 or 16 µs).")),
    bitField(12, 3, "multiTidAggregationRx", QT_TRANSLATE_NOOP("Airpane", "Multi-TID aggregation RX"),
             QT_TRANSLATE_NOOP("Airpane", "Traffic classes it takes in one aggregate, minus one.")),
    bitField(15, 2, "linkAdaptation", QT_TRANSLATE_NOOP("Airpane", "HE link adaptation"),
             QT_TRANSLATE_NOOP("Airpane", "MCS feedback it gives (0: none, 2: unsolicited, 3: both).")),
    bitFlag(17, "allAck", QT_TRANSLATE_NOOP("Airpane", "All ack"),
            QT_TRANSLATE_NOOP("Airpane", "Acknowledges a whole aggregate at once.")),
    bitFlag(18, "trs", QT_TRANSLATE_NOOP("Airpane", "TRS"),
            QT_TRANSLATE_NOOP("Airpane", "Triggered response scheduling.")),
    bitFlag(19, "bsr", QT_TRANSLATE_NOOP("Airpane", "BSR"),
            QT_TRANSLATE_NOOP("Airpane", "Buffer status reports, for uplink scheduling.")),
    bitFlag(20, "broadcastTwt", QT_TRANSLATE_NOOP("Airpane", "Broadcast TWT"),
            QT_TRANSLATE_NOOP("Airpane", "Wake times shared by groups of stations.")),
    bitFlag(21, "ba32Bit", QT_TRANSLATE_NOOP("Airpane", "32-bit BA bitmap"),
            QT_TRANSLATE_NOOP("Airpane", "Block acks with 32-bit bitmaps.")),
    bitFlag(22, "muCascading", QT_TRANSLATE_NOOP("Airpane", "MU cascading"),
            QT_TRANSLATE_NOOP("Airpane", "Alternates downlink and uplink multi-user frames in one TXOP.")),
    bitFlag(23, "ackEnabledAggregation", QT_TRANSLATE_NOOP("Airpane", "Ack-enabled aggregation"),
            QT_TRANSLATE_NOOP("Airpane", "Aggregates that ask for an immediate ack.")),
    bitFlag(25, "omControl", QT_TRANSLATE_NOOP("Airpane", "OM control"),
            QT_TRANSLATE_NOOP("Airpane", "Operating mode changes in the HT Control field.")),
    bitFlag(26, "ofdmaRa", QT_TRANSLATE_NOOP("Airpane", "OFDMA random access"),
            QT_TRANSLATE_NOOP("Airpane", "Random access resource units for uplink.")),
    bitField(27, 2, "maxAmpduLengthExponentExtension",
             QT_TRANSLATE_NOOP("Airpane", "Maximum A-MPDU length exponent extension"),
             QT_TRANSLATE_NOOP("Airpane", "Extends the VHT maximum A-MPDU length.")),
    bitFlag(29, "amsduFragmentation", QT_TRANSLATE_NOOP("Airpane", "A-MSDU fragmentation"),
            QT_TRANSLATE_NOOP("Airpane", "Fragments aggregated MSDUs.")),
    bitFlag(30, "flexibleTwtSchedule", QT_TRANSLATE_NOOP("Airpane", "Flexible TWT schedule"),
            QT_TRANSLATE_NOOP("Airpane", "Wake times that need not be periodic.")),
    bitFlag(31, "rxControlFrameToMultiBss", QT_TRANSLATE_NOOP("Airpane", "RX control frame to MultiBSS"),
            QT_TRANSLATE_NOOP("Airpane", "Receives control frames for several BSSes of a set.")),
    bitFlag(32, "bsrpBqrpAmpdu", QT_TRANSLATE_NOOP("Airpane", "BSRP BQRP A-MPDU aggregation"),
            QT_TRANSLATE_NOOP("Airpane", "Aggregates buffer and bandwidth query reports.")),
    bitFlag(33, "qtp", QT_TRANSLATE_NOOP("Airpane", "QTP"),
            QT_TRANSLATE_NOOP("Airpane", "Quiet time periods.")),
    bitFlag(34, "bqr", QT_TRANSLATE_NOOP("Airpane", "BQR"),
            QT_TRANSLATE_NOOP("Airpane", "Bandwidth query reports.")),
    bitFlag(35, "psrResponder", QT_TRANSLATE_NOOP("Airpane", "PSR responder"),
            QT_TRANSLATE_NOOP("Airpane", "Parameterized spatial reuse responder.")),
    bitFlag(36, "ndpFeedbackReport", QT_TRANSLATE_NOOP("Airpane", "NDP feedback report"),
            QT_TRANSLATE_NOOP("Airpane", "Answers NDP feedback report polls.")),
    bitFlag(37, "ops", QT_TRANSLATE_NOOP("Airpane", "OPS"),
            QT_TRANSLATE_NOOP("Airpane", "Opportunistic power save.")),
    bitFlag(
        38, "amsduInAckEnabledAmpdu", QT_TRANSLATE_NOOP("Airpane", "A-MSDU in ack-enabled A-MPDU"),
        QT_TRANSLATE_NOOP("Airpane", "A-MSDUs without a block ack agreement inside ack-enabled aggregates.")),
    bitField(39, 3, "multiTidAggregationTx", QT_TRANSLATE_NOOP("Airpane", "Multi-TID aggregation TX"),
             QT_TRANSLATE_NOOP("Airpane", "Traffic classes it sends in one aggregate, minus one.")),
    bitFlag(42, "subchannelSelectiveTransmission",
            QT_TRANSLATE_NOOP("Airpane", "HE subchannel selective transmission"),
            QT_TRANSLATE_NOOP("Airpane", "Target wake times on other 20 MHz subchannels.")),
    bitFlag(43, "ul2x996ToneRu", QT_TRANSLATE_NOOP("Airpane", "UL 2×996-tone RU"),
            QT_TRANSLATE_NOOP("Airpane", "Uplink over the whole 160 MHz.")),
    bitFlag(44, "omControlUlMuDataDisableRx",
            QT_TRANSLATE_NOOP("Airpane", "OM control UL MU data disable RX"),
            QT_TRANSLATE_NOOP("Airpane", "Lets stations opt out of uplink multi-user data.")),
    bitFlag(45, "dynamicSmPowerSave", QT_TRANSLATE_NOOP("Airpane", "HE dynamic SM power save"),
            QT_TRANSLATE_NOOP("Airpane", "Turns receive chains on when traffic comes.")),
    bitFlag(46, "puncturedSounding", QT_TRANSLATE_NOOP("Airpane", "Punctured sounding"),
            QT_TRANSLATE_NOOP("Airpane", "Sounding with punctured subchannels.")),
    bitFlag(47, "htVhtTriggerFrameRx", QT_TRANSLATE_NOOP("Airpane", "HT and VHT trigger frame RX"),
            QT_TRANSLATE_NOOP("Airpane", "Receives trigger frames in HT and VHT formats.")),
};

constexpr Bit phyBits[] = {
    bitFlag(1, "he40In2g", QT_TRANSLATE_NOOP("Airpane", "40 MHz in 2.4 GHz"),
            QT_TRANSLATE_NOOP("Airpane", "Supports 40 MHz channels at 2.4 GHz.")),
    bitFlag(2, "he40And80In5g", QT_TRANSLATE_NOOP("Airpane", "40 and 80 MHz in 5/6 GHz"),
            QT_TRANSLATE_NOOP("Airpane", "Supports 40 and 80 MHz channels at 5 and 6 GHz.")),
    bitFlag(3, "he160In5g", QT_TRANSLATE_NOOP("Airpane", "160 MHz in 5/6 GHz"),
            QT_TRANSLATE_NOOP("Airpane", "Supports 160 MHz channels.")),
    bitFlag(4, "he80Plus80In5g", QT_TRANSLATE_NOOP("Airpane", "160 and 80+80 MHz in 5/6 GHz"),
            QT_TRANSLATE_NOOP("Airpane", "Supports 80+80 MHz channels too.")),
    bitFlag(5, "ru242In2g", QT_TRANSLATE_NOOP("Airpane", "242-tone RUs in 2.4 GHz"),
            QT_TRANSLATE_NOOP("Airpane",
                              "A 20 MHz-only device that takes 242-tone RUs of wider channels at 2.4 GHz.")),
    bitFlag(6, "ru242In5g", QT_TRANSLATE_NOOP("Airpane", "242-tone RUs in 5/6 GHz"),
            QT_TRANSLATE_NOOP(
                "Airpane", "A 20 MHz-only device that takes 242-tone RUs of wider channels at 5 and 6 GHz.")),
    bitField(8, 4, "puncturedPreambleRx", QT_TRANSLATE_NOOP("Airpane", "Punctured preamble RX"),
             QT_TRANSLATE_NOOP("Airpane", "Preamble puncturing patterns it receives, one bit each.")),
    bitFlag(12, "deviceClass", QT_TRANSLATE_NOOP("Airpane", "Device class A"),
            QT_TRANSLATE_NOOP("Airpane", "Class A devices meet stricter power and timing limits.")),
    bitFlag(13, "ldpc", QT_TRANSLATE_NOOP("Airpane", "LDPC coding in payload"),
            QT_TRANSLATE_NOOP("Airpane", "Receives LDPC-coded payloads.")),
    bitFlag(14, "suPpdu1xLtf08Gi", QT_TRANSLATE_NOOP("Airpane", "HE SU PPDU with 1x HE-LTF and 0.8 µs GI"),
            QT_TRANSLATE_NOOP("Airpane", "The shortest training and guard interval, for clean links.")),
    bitField(15, 2, "midambleMaxNsts", QT_TRANSLATE_NOOP("Airpane", "Midamble TX/RX max NSTS"),
             QT_TRANSLATE_NOOP("Airpane", "Space-time streams with midambles, for moving stations.")),
    bitFlag(17, "ndp4xLtf32Gi", QT_TRANSLATE_NOOP("Airpane", "NDP with 4x HE-LTF and 3.2 µs GI"),
            QT_TRANSLATE_NOOP("Airpane", "Sounding with the longest training and guard interval.")),
    bitFlag(18, "stbcTx80", QT_TRANSLATE_NOOP("Airpane", "STBC TX ≤ 80 MHz"),
            QT_TRANSLATE_NOOP("Airpane", "Transmits space-time block codes up to 80 MHz.")),
    bitFlag(19, "stbcRx80", QT_TRANSLATE_NOOP("Airpane", "STBC RX ≤ 80 MHz"),
            QT_TRANSLATE_NOOP("Airpane", "Receives space-time block codes up to 80 MHz.")),
    bitFlag(20, "dopplerTx", QT_TRANSLATE_NOOP("Airpane", "Doppler TX"),
            QT_TRANSLATE_NOOP("Airpane", "Transmits midambles for moving receivers.")),
    bitFlag(21, "dopplerRx", QT_TRANSLATE_NOOP("Airpane", "Doppler RX"),
            QT_TRANSLATE_NOOP("Airpane", "Receives midambles.")),
    bitFlag(22, "fullBandwidthUlMuMimo", QT_TRANSLATE_NOOP("Airpane", "Full bandwidth UL MU-MIMO"),
            QT_TRANSLATE_NOOP("Airpane", "Uplink multi-user MIMO over the whole channel.")),
    bitFlag(23, "partialBandwidthUlMuMimo", QT_TRANSLATE_NOOP("Airpane", "Partial bandwidth UL MU-MIMO"),
            QT_TRANSLATE_NOOP("Airpane", "Uplink multi-user MIMO in part of the channel.")),
    bitField(24, 2, "dcmMaxConstellationTx", QT_TRANSLATE_NOOP("Airpane", "DCM max constellation TX"),
             QT_TRANSLATE_NOOP("Airpane",
                               "Dual carrier modulation it sends (0: none, 1: BPSK, 2: QPSK, 3: 16-QAM).")),
    bitFlag(26, "dcmMaxNssTx", QT_TRANSLATE_NOOP("Airpane", "DCM max NSS TX"),
            QT_TRANSLATE_NOOP("Airpane", "Two streams with dual carrier modulation.")),
    bitField(27, 2, "dcmMaxConstellationRx", QT_TRANSLATE_NOOP("Airpane", "DCM max constellation RX"),
             QT_TRANSLATE_NOOP("Airpane", "Dual carrier modulation it receives.")),
    bitFlag(29, "dcmMaxNssRx", QT_TRANSLATE_NOOP("Airpane", "DCM max NSS RX"),
            QT_TRANSLATE_NOOP("Airpane", "Receives two streams with dual carrier modulation.")),
    bitFlag(30, "rxPartialBw20MhzMuPpdu",
            QT_TRANSLATE_NOOP("Airpane", "RX partial BW SU in 20 MHz HE MU PPDU"),
            QT_TRANSLATE_NOOP("Airpane", "Receives its part of a 20 MHz multi-user frame.")),
    bitFlag(31, "suBeamformer", QT_TRANSLATE_NOOP("Airpane", "SU beamformer"),
            QT_TRANSLATE_NOOP("Airpane", "Steers its signal towards one station.")),
    bitFlag(32, "suBeamformee", QT_TRANSLATE_NOOP("Airpane", "SU beamformee"),
            QT_TRANSLATE_NOOP("Airpane", "Helps a beamformer steer towards it.")),
    bitFlag(33, "muBeamformer", QT_TRANSLATE_NOOP("Airpane", "MU beamformer"),
            QT_TRANSLATE_NOOP("Airpane", "Sends to several stations at once (MU-MIMO).")),
    bitField(34, 3, "beamformeeSts80", QT_TRANSLATE_NOOP("Airpane", "Beamformee STS ≤ 80 MHz"),
             QT_TRANSLATE_NOOP("Airpane", "Space-time streams it receives beamformed, minus one.")),
    bitField(37, 3, "beamformeeSts160", QT_TRANSLATE_NOOP("Airpane", "Beamformee STS > 80 MHz"),
             QT_TRANSLATE_NOOP("Airpane", "The same above 80 MHz.")),
    bitField(40, 3, "soundingDimensions80", QT_TRANSLATE_NOOP("Airpane", "Sounding dimensions ≤ 80 MHz"),
             QT_TRANSLATE_NOOP("Airpane", "Streams of its sounding frames, minus one.")),
    bitField(43, 3, "soundingDimensions160", QT_TRANSLATE_NOOP("Airpane", "Sounding dimensions > 80 MHz"),
             QT_TRANSLATE_NOOP("Airpane", "The same above 80 MHz.")),
    bitFlag(46, "ng16SuFeedback", QT_TRANSLATE_NOOP("Airpane", "Ng = 16 SU feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Coarser, smaller single-user beamforming feedback.")),
    bitFlag(47, "ng16MuFeedback", QT_TRANSLATE_NOOP("Airpane", "Ng = 16 MU feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Coarser, smaller multi-user beamforming feedback.")),
    bitFlag(48, "codebook42SuFeedback", QT_TRANSLATE_NOOP("Airpane", "Codebook size {4, 2} SU feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Finer single-user feedback quantization.")),
    bitFlag(49, "codebook75MuFeedback", QT_TRANSLATE_NOOP("Airpane", "Codebook size {7, 5} MU feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Finer multi-user feedback quantization.")),
    bitFlag(50, "triggeredSuBeamformingFeedback",
            QT_TRANSLATE_NOOP("Airpane", "Triggered SU beamforming feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Sends single-user feedback when triggered.")),
    bitFlag(51, "triggeredMuBeamformingFeedback",
            QT_TRANSLATE_NOOP("Airpane", "Triggered MU beamforming partial BW feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Sends multi-user feedback when triggered.")),
    bitFlag(52, "triggeredCqiFeedback", QT_TRANSLATE_NOOP("Airpane", "Triggered CQI feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Sends channel quality when triggered.")),
    bitFlag(53, "partialBandwidthExtendedRange",
            QT_TRANSLATE_NOOP("Airpane", "Partial bandwidth extended range"),
            QT_TRANSLATE_NOOP("Airpane", "Extended range frames in part of the channel.")),
    bitFlag(54, "partialBandwidthDlMuMimo", QT_TRANSLATE_NOOP("Airpane", "Partial bandwidth DL MU-MIMO"),
            QT_TRANSLATE_NOOP("Airpane", "Downlink MU-MIMO in part of the channel.")),
    bitFlag(55, "ppeThresholdsPresent", QT_TRANSLATE_NOOP("Airpane", "PPE thresholds present"),
            QT_TRANSLATE_NOOP("Airpane", "Packet extension thresholds follow the MCS maps.")),
    bitFlag(56, "psrBasedSr", QT_TRANSLATE_NOOP("Airpane", "PSR-based SR"),
            QT_TRANSLATE_NOOP("Airpane", "Parameterized spatial reuse.")),
    bitFlag(57, "powerBoostFactor", QT_TRANSLATE_NOOP("Airpane", "Power boost factor"),
            QT_TRANSLATE_NOOP("Airpane", "Resource units may be sent with different power.")),
    bitFlag(58, "ppdu4xLtf08Gi",
            QT_TRANSLATE_NOOP("Airpane", "HE SU and MU PPDU with 4x HE-LTF and 0.8 µs GI"),
            QT_TRANSLATE_NOOP("Airpane", "Long training with a short guard interval.")),
    bitField(59, 3, "maxNc", QT_TRANSLATE_NOOP("Airpane", "Max Nc"),
             QT_TRANSLATE_NOOP("Airpane", "Columns of its beamforming feedback, minus one.")),
    bitFlag(62, "stbcTx160", QT_TRANSLATE_NOOP("Airpane", "STBC TX > 80 MHz"),
            QT_TRANSLATE_NOOP("Airpane", "Transmits STBC above 80 MHz.")),
    bitFlag(63, "stbcRx160", QT_TRANSLATE_NOOP("Airpane", "STBC RX > 80 MHz"),
            QT_TRANSLATE_NOOP("Airpane", "Receives STBC above 80 MHz.")),
    bitFlag(64, "erSu4xLtf08Gi", QT_TRANSLATE_NOOP("Airpane", "HE ER SU PPDU with 4x HE-LTF and 0.8 µs GI"),
            QT_TRANSLATE_NOOP("Airpane", "Extended range frames with a short guard interval.")),
    bitFlag(65, "he20In40In2g", QT_TRANSLATE_NOOP("Airpane", "20 MHz in 40 MHz HE PPDU in 2.4 GHz"),
            QT_TRANSLATE_NOOP("Airpane", "A 20 MHz device inside 40 MHz frames.")),
    bitFlag(66, "he20In160", QT_TRANSLATE_NOOP("Airpane", "20 MHz in 160/80+80 MHz HE PPDU"),
            QT_TRANSLATE_NOOP("Airpane", "A 20 MHz device inside 160 MHz frames.")),
    bitFlag(67, "he80In160", QT_TRANSLATE_NOOP("Airpane", "80 MHz in 160/80+80 MHz HE PPDU"),
            QT_TRANSLATE_NOOP("Airpane", "An 80 MHz device inside 160 MHz frames.")),
    bitFlag(68, "erSu1xLtf08Gi", QT_TRANSLATE_NOOP("Airpane", "HE ER SU PPDU with 1x HE-LTF and 0.8 µs GI"),
            QT_TRANSLATE_NOOP("Airpane", "Extended range frames with short training.")),
    bitFlag(69, "midamble2xAnd1xLtf", QT_TRANSLATE_NOOP("Airpane", "Midamble TX/RX 2x and 1x HE-LTF"),
            QT_TRANSLATE_NOOP("Airpane", "Midambles with shorter training fields.")),
    bitField(70, 2, "dcmMaxRu", QT_TRANSLATE_NOOP("Airpane", "DCM max RU"),
             QT_TRANSLATE_NOOP("Airpane", "The largest resource unit with dual carrier modulation.")),
    bitFlag(72, "longerThan16SigB", QT_TRANSLATE_NOOP("Airpane", "Longer than 16 HE SIG-B OFDM symbols"),
            QT_TRANSLATE_NOOP("Airpane", "Receives long signalling fields.")),
    bitFlag(73, "nonTriggeredCqiFeedback", QT_TRANSLATE_NOOP("Airpane", "Non-triggered CQI feedback"),
            QT_TRANSLATE_NOOP("Airpane", "Sends channel quality unasked.")),
    bitFlag(74, "tx1024QamSmallRu", QT_TRANSLATE_NOOP("Airpane", "TX 1024-QAM < 242-tone RU"),
            QT_TRANSLATE_NOOP("Airpane", "Sends 1024-QAM in small resource units.")),
    bitFlag(75, "rx1024QamSmallRu", QT_TRANSLATE_NOOP("Airpane", "RX 1024-QAM < 242-tone RU"),
            QT_TRANSLATE_NOOP("Airpane", "Receives 1024-QAM in small resource units.")),
    bitFlag(76, "rxFullBwCompressedSigB",
            QT_TRANSLATE_NOOP("Airpane", "RX full BW SU using HE MU PPDU with compressed SIG-B"),
            QT_TRANSLATE_NOOP("Airpane", "Receives full-width frames in the multi-user format.")),
    bitFlag(77, "rxFullBwNonCompressedSigB",
            QT_TRANSLATE_NOOP("Airpane", "RX full BW SU using HE MU PPDU with non-compressed SIG-B"),
            QT_TRANSLATE_NOOP("Airpane", "The same with full signalling.")),
    bitField(78, 2, "nominalPacketPadding", QT_TRANSLATE_NOOP("Airpane", "Nominal packet padding"),
             QT_TRANSLATE_NOOP("Airpane", "Packet extension it needs (0, 8 or 16 µs).")),
    bitFlag(80, "muPpduMoreThanOneRu",
            QT_TRANSLATE_NOOP("Airpane", "HE MU PPDU with more than one RU RX max N_HE-LTF"),
            QT_TRANSLATE_NOOP("Airpane", "Receives the most training fields in multi-RU frames.")),
};

} // namespace

void decodeHeCapabilities(ElementBuilder &b)
{
    if (!b.atLeast(21)) {
        return;
    }
    b.add(b.wideBits("macCapabilities", QT_TRANSLATE_NOOP("Airpane", "HE MAC capabilities"),
                     QT_TRANSLATE_NOOP("Airpane", "What the AP's 802.11ax MAC can do."), 0, 6, macBits));
    b.add(b.wideBits("phyCapabilities", QT_TRANSLATE_NOOP("Airpane", "HE PHY capabilities"),
                     QT_TRANSLATE_NOOP("Airpane", "What the AP's 802.11ax radio can do."), 6, 11, phyBits));
    const int widths = b.u8(6);
    int at = 17;
    const struct
    {
        bool present;
        const char *key;
        const char *label;
    } maps[] = {
        {true, "mcs80", QT_TRANSLATE_NOOP("Airpane", "HE-MCS and NSS set ≤ 80 MHz")},
        {bool(widths & 0x08), "mcs160", QT_TRANSLATE_NOOP("Airpane", "HE-MCS and NSS set 160 MHz")},
        {bool(widths & 0x10), "mcs80Plus80", QT_TRANSLATE_NOOP("Airpane", "HE-MCS and NSS set 80+80 MHz")},
    };
    for (const auto &map : maps) {
        if (!map.present) {
            continue;
        }
        if (!b.need(at, 4, map.label)) {
            return;
        }
        Field set =
            b.field(map.key, map.label, b.hex(at, 4),
                    QT_TRANSLATE_NOOP("Airpane", "The highest HE-MCS it receives and transmits per stream "
                                                 "count, at these widths."),
                    at, 4);
        Field rx = b.field(
            "rx", QT_TRANSLATE_NOOP("Airpane", "RX HE-MCS map"), hexNumber(b.le16(at), 4),
            QT_TRANSLATE_NOOP("Airpane", "The highest MCS it receives for 1 to 8 spatial streams."), at, 2);
        addMcsMap(b, rx, at, McsMap::He);
        Field tx =
            b.field("tx", QT_TRANSLATE_NOOP("Airpane", "TX HE-MCS map"), hexNumber(b.le16(at + 2), 4),
                    QT_TRANSLATE_NOOP("Airpane", "The highest MCS it transmits for 1 to 8 spatial streams."),
                    at + 2, 2);
        addMcsMap(b, tx, at + 2, McsMap::He);
        set.children << rx << tx;
        b.add(set);
        at += 4;
    }
    if (b.u8(6 + 55 / 8) & (1 << (55 % 8))) {
        if (!b.need(at, 1, QT_TRANSLATE_NOOP("Airpane", "The PPE thresholds"))) {
            return;
        }
        Field ppe =
            b.field("ppeThresholds", QT_TRANSLATE_NOOP("Airpane", "PPE thresholds"), b.hex(at, b.size() - at),
                    QT_TRANSLATE_NOOP("Airpane", "Above which constellation it needs packet extension, per "
                                                 "stream count and RU size."),
                    at, b.size() - at);
        static constexpr Bit header[] = {
            {0, 3, "nsts", QT_TRANSLATE_NOOP("Airpane", "NSTS"),
             QT_TRANSLATE_NOOP("Airpane", "Stream counts with thresholds, minus one."), nullptr, true},
            {3, 4, "ruIndexBitmask", QT_TRANSLATE_NOOP("Airpane", "RU index bitmask"),
             QT_TRANSLATE_NOOP("Airpane", "RU sizes with thresholds: 242, 484, 996 and 2×996 tones."),
             nullptr, true},
        };
        b.addBits(ppe, b.u8(at), at, header);
        // Two 3-bit thresholds per stream count and RU size, after the 7-bit header.
        const int nsts = (b.u8(at) & 7) + 1;
        const int rus = std::popcount(unsigned((b.u8(at) >> 3) & 0xf));
        const int bytes = (7 + 6 * nsts * rus + 7) / 8;
        b.add(ppe);
        if (b.size() - at < bytes) {
            b.error(tr(QT_TRANSLATE_NOOP("Airpane", "the PPE thresholds need %1 bytes, %2 are left"))
                        .arg(bytes)
                        .arg(b.size() - at));
            return;
        }
        at += bytes;
    }
    b.extra(at);
}

} // namespace Airpane::Elements::Inspector
