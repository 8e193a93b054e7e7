// SPDX-License-Identifier: GPL-3.0-or-later
// 802.11n: HT Capabilities (9.4.2.55) and HT Operation (9.4.2.56).
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

// "0-15" or "0-7, 32": the MCS indexes set in a 77-bit bitmap of 10 bytes at AT.
QString mcsIndexes(const ElementBuilder &b, int at)
{
    QStringList runs;
    int start = -1;
    for (int mcs = 0; mcs <= 77; ++mcs) {
        const bool set = mcs < 77 && (b.u8(at + mcs / 8) >> (mcs % 8)) & 1;
        if (set && start < 0) {
            start = mcs;
        } else if (!set && start >= 0) {
            runs.append(start == mcs - 1 ? QString::number(start)
                                         : QStringLiteral("%1-%2").arg(start).arg(mcs - 1));
            start = -1;
        }
    }
    return runs.isEmpty() ? tr(QT_TRANSLATE_NOOP("Airpane", "none")) : runs.join(QStringLiteral(", "));
}

// The Supported MCS Set field (16 bytes at AT), HT Capabilities' and HT Operation's basic set.
Field mcsSet(const ElementBuilder &b, const char *key, const char *label, const char *explanation, int at)
{
    Field set = b.field(key, label, b.hex(at, 16), explanation, at, 16);
    set.children << b.field("rxMcsIndexes", QT_TRANSLATE_NOOP("Airpane", "RX MCS indexes"), mcsIndexes(b, at),
                            QT_TRANSLATE_NOOP("Airpane", "The HT modulation and coding schemes it receives."),
                            at, 10);
    const int highest = b.le16(at + 10) & 0x3ff;
    set.children << b.field(
        "rxHighestRate", QT_TRANSLATE_NOOP("Airpane", "Highest RX data rate"), withUnit(highest, "Mb/s"),
        QT_TRANSLATE_NOOP("Airpane", "The fastest it receives (0: not given)."), at + 10, 2);
    static constexpr Bit tx[] = {
        {0, 1, "txMcsSetDefined", QT_TRANSLATE_NOOP("Airpane", "TX MCS set defined"),
         QT_TRANSLATE_NOOP("Airpane", "The transmit side is described."), nullptr, true},
        {1, 1, "txRxMcsSetNotEqual", QT_TRANSLATE_NOOP("Airpane", "TX and RX MCS sets differ"),
         QT_TRANSLATE_NOOP("Airpane", "It transmits another set of MCSes than it receives."), nullptr, true},
        {2, 2, "txMaxSpatialStreams", QT_TRANSLATE_NOOP("Airpane", "TX maximum spatial streams"),
         QT_TRANSLATE_NOOP("Airpane", "When the sets differ: how many streams it transmits."),
         [](std::uint64_t v) { return QString::number(v + 1); }, true},
        {4, 1, "txUnequalModulation", QT_TRANSLATE_NOOP("Airpane", "TX unequal modulation"),
         QT_TRANSLATE_NOOP("Airpane", "It can modulate spatial streams differently."), nullptr, true},
    };
    b.addBits(set, b.u8(at + 12), at + 12, tx);
    return set;
}

} // namespace

QString smPowerSaveName(std::uint64_t value)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Airpane", "static"),
        QT_TRANSLATE_NOOP("Airpane", "dynamic"),
        QT_TRANSLATE_NOOP("Airpane", "reserved"),
        QT_TRANSLATE_NOOP("Airpane", "disabled"),
    };
    return tr(names[value & 3]);
}

void decodeHtCapabilities(ElementBuilder &b)
{
    if (!b.atLeast(26)) {
        return;
    }
    static constexpr Bit info[] = {
        {0, 1, "ldpc", QT_TRANSLATE_NOOP("Airpane", "RX LDPC"),
         QT_TRANSLATE_NOOP("Airpane", "Receives LDPC-coded frames, which need less signal than BCC."),
         nullptr, true},
        {1, 1, "channelWidth40", QT_TRANSLATE_NOOP("Airpane", "20/40 MHz"),
         QT_TRANSLATE_NOOP("Airpane", "Supports 40 MHz channels besides 20 MHz."), nullptr, true},
        {2, 2, "smPowerSave", QT_TRANSLATE_NOOP("Airpane", "SM power save"),
         QT_TRANSLATE_NOOP("Airpane", "Whether it turns off receive chains to save power."), smPowerSaveName,
         true},
        {4, 1, "greenfield", QT_TRANSLATE_NOOP("Airpane", "RX Greenfield"),
         QT_TRANSLATE_NOOP("Airpane", "Receives HT-only preambles without the legacy part."), nullptr, true},
        {5, 1, "shortGi20", QT_TRANSLATE_NOOP("Airpane", "Short GI at 20 MHz"),
         QT_TRANSLATE_NOOP("Airpane", "Receives the 400 ns guard interval at 20 MHz (about 11 % faster)."),
         nullptr, true},
        {6, 1, "shortGi40", QT_TRANSLATE_NOOP("Airpane", "Short GI at 40 MHz"),
         QT_TRANSLATE_NOOP("Airpane", "Receives the 400 ns guard interval at 40 MHz."), nullptr, true},
        {7, 1, "txStbc", QT_TRANSLATE_NOOP("Airpane", "TX STBC"),
         QT_TRANSLATE_NOOP("Airpane", "Transmits space-time block codes for robustness."), nullptr, true},
        {8, 2, "rxStbc", QT_TRANSLATE_NOOP("Airpane", "RX STBC"),
         QT_TRANSLATE_NOOP("Airpane", "How many spatial streams it receives with STBC (0: none)."), nullptr,
         true},
        {10, 1, "delayedBlockAck", QT_TRANSLATE_NOOP("Airpane", "HT-delayed Block Ack"),
         QT_TRANSLATE_NOOP("Airpane", "Supports delayed block acknowledgement."), nullptr, true},
        {11, 1, "maxAmsduLength", QT_TRANSLATE_NOOP("Airpane", "Maximum A-MSDU length"),
         QT_TRANSLATE_NOOP("Airpane", "The largest aggregate of MSDUs it receives."),
         [](std::uint64_t v) { return withUnit(v ? 7935 : 3839, "bytes"); }, true},
        {12, 1, "dsssCck40", QT_TRANSLATE_NOOP("Airpane", "DSSS/CCK in 40 MHz"),
         QT_TRANSLATE_NOOP("Airpane", "802.11b rates are allowed while the BSS uses 40 MHz."), nullptr, true},
        {14, 1, "fortyMhzIntolerant", QT_TRANSLATE_NOOP("Airpane", "40 MHz intolerant"),
         QT_TRANSLATE_NOOP("Airpane", "Asks BSSes around not to use 40 MHz at 2.4 GHz."), nullptr, true},
        {15, 1, "lsigTxopProtection", QT_TRANSLATE_NOOP("Airpane", "L-SIG TXOP protection"),
         QT_TRANSLATE_NOOP("Airpane", "Supports protection through the legacy signal field."), nullptr, true},
    };
    b.add(b.bits("capabilityInformation", QT_TRANSLATE_NOOP("Airpane", "HT capability information"),
                 QT_TRANSLATE_NOOP("Airpane", "What the AP's 802.11n radio can do."), 0, 2, info));
    static constexpr Bit ampdu[] = {
        {0, 2, "maxAmpduLength", QT_TRANSLATE_NOOP("Airpane", "Maximum A-MPDU length"),
         QT_TRANSLATE_NOOP("Airpane", "The largest aggregate it receives: 2^(13 + exponent) - 1 bytes."),
         [](std::uint64_t v) { return withUnit((1 << (13 + v)) - 1, "bytes"); }, true},
        {2, 3, "minMpduSpacing", QT_TRANSLATE_NOOP("Airpane", "Minimum MPDU start spacing"),
         QT_TRANSLATE_NOOP("Airpane", "The least time between MPDUs of an aggregate it can process."),
         [](std::uint64_t v) {
             static const char *const names[] = {"0",    "1/4 µs", "1/2 µs", "1 µs",
                                                 "2 µs", "4 µs",   "8 µs",   "16 µs"};
             return v ? QString::fromUtf8(names[v]) : tr(QT_TRANSLATE_NOOP("Airpane", "no restriction"));
         },
         true},
    };
    b.add(b.bits("ampduParameters", QT_TRANSLATE_NOOP("Airpane", "A-MPDU parameters"),
                 QT_TRANSLATE_NOOP("Airpane", "Limits on the frame aggregates it receives."), 2, 1, ampdu));
    b.add(mcsSet(b, "supportedMcsSet", QT_TRANSLATE_NOOP("Airpane", "Supported MCS set"),
                 QT_TRANSLATE_NOOP("Airpane", "The HT rates (MCS indexes) it receives and transmits."), 3));
    static constexpr Bit extended[] = {
        {0, 1, "pco", QT_TRANSLATE_NOOP("Airpane", "PCO"),
         QT_TRANSLATE_NOOP("Airpane", "Supports phased coexistence of 20 and 40 MHz."), nullptr, true},
        {1, 2, "pcoTransitionTime", QT_TRANSLATE_NOOP("Airpane", "PCO transition time"),
         QT_TRANSLATE_NOOP("Airpane", "How fast it switches between 20 and 40 MHz in PCO."), nullptr, true},
        {8, 2, "mcsFeedback", QT_TRANSLATE_NOOP("Airpane", "MCS feedback"),
         QT_TRANSLATE_NOOP("Airpane", "Whether it gives link adaptation feedback (0: none, 2: unsolicited, "
                                      "3: both)."),
         nullptr, true},
        {10, 1, "htc", QT_TRANSLATE_NOOP("Airpane", "+HTC support"),
         QT_TRANSLATE_NOOP("Airpane", "Receives the HT Control field."), nullptr, true},
        {11, 1, "rdResponder", QT_TRANSLATE_NOOP("Airpane", "RD responder"),
         QT_TRANSLATE_NOOP("Airpane", "Can answer a reverse direction grant."), nullptr, true},
    };
    b.add(b.bits("extendedCapabilities", QT_TRANSLATE_NOOP("Airpane", "HT extended capabilities"),
                 QT_TRANSLATE_NOOP("Airpane", "PCO, MCS feedback, +HTC and reverse direction."), 19, 2,
                 extended));
    b.add(b.field("txBeamformingCapabilities",
                  QT_TRANSLATE_NOOP("Airpane", "Transmit beamforming capabilities"), hexNumber(b.le32(21), 8),
                  QT_TRANSLATE_NOOP("Airpane", "HT beamforming support, rarely used (VHT replaced it)."), 21,
                  4));
    b.add(b.field("aselCapabilities", QT_TRANSLATE_NOOP("Airpane", "ASEL capabilities"),
                  hexNumber(b.u8(25), 2), QT_TRANSLATE_NOOP("Airpane", "Antenna selection support."), 25, 1));
    b.extra(26);
}

void decodeHtOperation(ElementBuilder &b)
{
    if (!b.atLeast(22)) {
        return;
    }
    b.add(b.field(
        "primaryChannel", QT_TRANSLATE_NOOP("Airpane", "Primary channel"), QString::number(b.u8(0)),
        QT_TRANSLATE_NOOP("Airpane", "The 20 MHz channel that carries beacons and management frames."), 0,
        1));
    static constexpr Bit first[] = {
        {0, 2, "secondaryChannelOffset", QT_TRANSLATE_NOOP("Airpane", "Secondary channel offset"),
         QT_TRANSLATE_NOOP("Airpane", "Where the second 20 MHz of a 40 MHz channel lies."),
         [](std::uint64_t v) {
             static const char *const names[] = {
                 QT_TRANSLATE_NOOP("Airpane", "none"),
                 QT_TRANSLATE_NOOP("Airpane", "above"),
                 QT_TRANSLATE_NOOP("Airpane", "reserved"),
                 QT_TRANSLATE_NOOP("Airpane", "below"),
             };
             return tr(names[v & 3]);
         },
         true},
        {2, 1, "staChannelWidth", QT_TRANSLATE_NOOP("Airpane", "STA channel width"),
         QT_TRANSLATE_NOOP("Airpane", "Whether stations may use 40 MHz (any width) or only 20 MHz."),
         [](std::uint64_t v) { return v ? tr(QT_TRANSLATE_NOOP("Airpane", "any")) : channelWidthName(20); },
         true},
        {3, 1, "rifs", QT_TRANSLATE_NOOP("Airpane", "RIFS permitted"),
         QT_TRANSLATE_NOOP("Airpane", "Reduced interframe space may be used."), nullptr, true},
    };
    static const char *const protection[] = {
        QT_TRANSLATE_NOOP("Airpane", "none"),
        QT_TRANSLATE_NOOP("Airpane", "nonmember"),
        QT_TRANSLATE_NOOP("Airpane", "20 MHz"),
        QT_TRANSLATE_NOOP("Airpane", "non-HT mixed"),
    };
    static constexpr Bit second[] = {
        {0, 2, "htProtection", QT_TRANSLATE_NOOP("Airpane", "HT protection"),
         QT_TRANSLATE_NOOP("Airpane", "Which frames need protection for legacy or 20 MHz stations."),
         [](std::uint64_t v) { return tr(protection[v & 3]); }, true},
        {2, 1, "nongreenfieldPresent", QT_TRANSLATE_NOOP("Airpane", "Non-greenfield STAs present"),
         QT_TRANSLATE_NOOP("Airpane", "Some associated station cannot receive greenfield preambles."),
         nullptr, true},
        {4, 1, "obssNonHtPresent", QT_TRANSLATE_NOOP("Airpane", "OBSS non-HT STAs present"),
         QT_TRANSLATE_NOOP("Airpane", "Legacy stations were heard in overlapping BSSes."), nullptr, true},
        {5, 8, "channelCenterFrequencySegment2",
         QT_TRANSLATE_NOOP("Airpane", "Channel center frequency segment 2"),
         QT_TRANSLATE_NOOP("Airpane", "For VHT stations with extended NSS: the second 80 MHz segment."),
         nullptr, true},
        {22, 1, "dualBeacon", QT_TRANSLATE_NOOP("Airpane", "Dual beacon"),
         QT_TRANSLATE_NOOP("Airpane", "A second, STBC beacon is sent."), nullptr, true},
        {23, 1, "dualCtsProtection", QT_TRANSLATE_NOOP("Airpane", "Dual CTS protection"),
         QT_TRANSLATE_NOOP("Airpane", "Protection uses both a normal and an STBC CTS."), nullptr, true},
        {24, 1, "stbcBeacon", QT_TRANSLATE_NOOP("Airpane", "STBC beacon"),
         QT_TRANSLATE_NOOP("Airpane", "This beacon is the STBC one."), nullptr, true},
        {25, 1, "lsigTxopProtection", QT_TRANSLATE_NOOP("Airpane", "L-SIG TXOP protection"),
         QT_TRANSLATE_NOOP("Airpane", "All stations support L-SIG TXOP protection."), nullptr, true},
        {26, 1, "pcoActive", QT_TRANSLATE_NOOP("Airpane", "PCO active"),
         QT_TRANSLATE_NOOP("Airpane", "The BSS uses phased coexistence."), nullptr, true},
        {27, 1, "pcoPhase", QT_TRANSLATE_NOOP("Airpane", "PCO phase"),
         QT_TRANSLATE_NOOP("Airpane", "0: the 20 MHz phase, 1: the 40 MHz phase."), nullptr, true},
    };
    b.add(b.bits("information1", QT_TRANSLATE_NOOP("Airpane", "HT operation information 1"),
                 QT_TRANSLATE_NOOP("Airpane", "Secondary channel, allowed width and RIFS."), 1, 1, first));
    b.add(b.bits("information2", QT_TRANSLATE_NOOP("Airpane", "HT operation information 2-5"),
                 QT_TRANSLATE_NOOP("Airpane", "Protection, segment 2 and STBC beacon settings."), 2, 4,
                 second));
    b.add(mcsSet(b, "basicMcsSet", QT_TRANSLATE_NOOP("Airpane", "Basic HT-MCS set"),
                 QT_TRANSLATE_NOOP("Airpane", "The HT rates every station of the BSS must support."), 6));
    b.extra(22);
}

} // namespace Airpane::Elements::Inspector
