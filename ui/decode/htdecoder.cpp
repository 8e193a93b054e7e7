// SPDX-License-Identifier: GPL-3.0-or-later
#include "htdecoder.h"

namespace Airpane {
namespace {

bool bit(quint32 value, int n)
{
    return (value >> n) & 1u;
}

int field(quint32 value, int first, int width)
{
    return int((value >> first) & ((1u << width) - 1));
}

} // namespace

QString HtDecoder::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString HtDecoder::mcsMap(int map, const int (&highest)[3])
{
    QList<int> top; // per spatial stream, -1 when not supported
    for (int stream = 0; stream < 8; ++stream) {
        const int code = (map >> (2 * stream)) & 3;
        top.append(code == 3 ? -1 : highest[code]);
    }
    while (!top.isEmpty() && top.last() < 0) {
        top.removeLast();
    }
    if (top.isEmpty()) {
        return tr("None");
    }
    if (std::all_of(top.begin(), top.end(), [&](int mcs) { return mcs == top.first(); })) {
        return tr("MCS 0–%1 on %n spatial stream(s)", nullptr, int(top.size())).arg(top.first());
    }
    QStringList parts;
    for (qsizetype i = 0; i < top.size(); ++i) {
        parts.append(top[i] < 0 ? tr("%1 SS: none").arg(i + 1)
                                : tr("%1 SS: MCS 0–%2").arg(i + 1).arg(top[i]));
    }
    return parts.join(QStringLiteral(", "));
}

QList<CapabilityLine> HtDecoder::ht(const Client::HtCapabilities &ht)
{
    const quint32 caps = ht.capabilities;
    QList<CapabilityLine> lines;
    lines.append({tr("Channel width"), bit(caps, 1) ? tr("20 and 40 MHz") : tr("20 MHz only"),
                  tr("Whether the radio can bond two 20 MHz channels into one 40 MHz channel.")});
    QStringList shortGi;
    if (bit(caps, 5)) {
        shortGi.append(tr("20 MHz"));
    }
    if (bit(caps, 6)) {
        shortGi.append(tr("40 MHz"));
    }
    lines.append({tr("Short guard interval"),
                  shortGi.isEmpty() ? tr("No") : shortGi.join(QStringLiteral(", ")),
                  tr("A 400 ns pause between symbols instead of 800 ns: about 11 % faster where echoes are "
                     "short.")});
    lines.append({tr("LDPC coding"), yesNo(bit(caps, 0)),
                  tr("Low-density parity-check codes: more robust reception than the basic code.")});
    lines.append({tr("Greenfield"), yesNo(bit(caps, 4)),
                  tr("A preamble without the legacy part: shorter, but older devices cannot read it.")});
    lines.append({tr("Transmit STBC"), yesNo(bit(caps, 7)),
                  tr("Space-time block coding sends one stream from several antennas for range.")});
    const int rxStbc = field(caps, 8, 2);
    lines.append({tr("Receive STBC"), rxStbc == 0 ? tr("No") : tr("%n spatial stream(s)", nullptr, rxStbc),
                  tr("How many space-time coded streams the radio can receive.")});
    static const char *const smps[] = {QT_TR_NOOP("Static: one receive chain"),
                                       QT_TR_NOOP("Dynamic: chains wake on demand"), QT_TR_NOOP("Reserved"),
                                       QT_TR_NOOP("Disabled: all chains on")};
    lines.append({tr("SM power save"), tr(smps[field(caps, 2, 2)]),
                  tr("Whether the radio switches receive chains off to save power.")});
    lines.append({tr("Largest A-MSDU"), bit(caps, 11) ? tr("7935 bytes") : tr("3839 bytes"),
                  tr("The most data it accepts in one aggregated frame of several packets.")});
    lines.append({tr("Largest A-MPDU"), tr("%1 bytes").arg(ht.maxAmpduLength),
                  tr("The longest burst of aggregated frames it receives, acknowledged at once.")});
    static const char *const spacing[] = {
        QT_TR_NOOP("No restriction"), QT_TR_NOOP("1/4 µs"), QT_TR_NOOP("1/2 µs"), QT_TR_NOOP("1 µs"),
        QT_TR_NOOP("2 µs"),           QT_TR_NOOP("4 µs"),   QT_TR_NOOP("8 µs"),   QT_TR_NOOP("16 µs")};
    lines.append({tr("Minimum MPDU spacing"), tr(spacing[ht.ampduDensity & 7]),
                  tr("The gap the receiver needs between frames of an aggregate.")});
    lines.append({tr("DSSS/CCK in 40 MHz"), yesNo(bit(caps, 12)),
                  tr("Whether 802.11b rates stay usable while on a 40 MHz channel.")});
    lines.append({tr("40 MHz intolerant"), yesNo(bit(caps, 14)),
                  tr("Asks networks nearby not to use 40 MHz channels in the 2.4 GHz band.")});
    lines.append({tr("L-SIG TXOP protection"), yesNo(bit(caps, 15)),
                  tr("Protects HT transmissions from legacy devices through the legacy header.")});
    if (!ht.rxMcsIndexes.isEmpty()) {
        const int streams = std::min(4, (ht.rxMcsIndexes.last() / 8) + 1);
        lines.append({tr("Receive MCS"),
                      tr("MCS %1–%2 (%n spatial stream(s))", nullptr, streams)
                          .arg(ht.rxMcsIndexes.first())
                          .arg(ht.rxMcsIndexes.last()),
                      tr("Modulation and coding schemes it receives; each group of eight adds a spatial "
                         "stream.")});
    }
    return lines;
}

QList<CapabilityLine> HtDecoder::vht(const Client::VhtCapabilities &vht)
{
    const quint32 caps = vht.capabilities;
    QList<CapabilityLine> lines;
    static const char *const widths[] = {QT_TR_NOOP("Up to 80 MHz"), QT_TR_NOOP("Up to 160 MHz"),
                                         QT_TR_NOOP("Up to 160 MHz and 80+80 MHz"), QT_TR_NOOP("Reserved")};
    lines.append({tr("Channel widths"), tr(widths[field(caps, 2, 2)]),
                  tr("The widest channels the radio can use; 80+80 joins two separate 80 MHz blocks.")});
    const int highest[3] = {7, 8, 9};
    lines.append({tr("Receive MCS"), mcsMap(vht.rxMcsMap, highest),
                  tr("Modulation and coding schemes per spatial stream; MCS 8 and 9 use 256-QAM.")});
    lines.append(
        {tr("Transmit MCS"), mcsMap(vht.txMcsMap, highest), tr("What it can send, in the same terms.")});
    if (vht.rxHighestMbps > 0) {
        lines.append({tr("Highest receive rate"), tr("%1 Mbit/s").arg(vht.rxHighestMbps),
                      tr("The fastest long-GI data rate it receives, as the radio declares it.")});
    }
    QStringList shortGi;
    if (bit(caps, 5)) {
        shortGi.append(tr("80 MHz"));
    }
    if (bit(caps, 6)) {
        shortGi.append(tr("160 MHz"));
    }
    lines.append({tr("Short guard interval"),
                  shortGi.isEmpty() ? tr("No") : shortGi.join(QStringLiteral(", ")),
                  tr("A 400 ns pause between symbols instead of 800 ns: about 11 % faster where echoes are "
                     "short.")});
    lines.append({tr("Receive LDPC"), yesNo(bit(caps, 4)),
                  tr("Low-density parity-check codes: more robust reception than the basic code.")});
    lines.append({tr("Transmit STBC"), yesNo(bit(caps, 7)),
                  tr("Space-time block coding sends one stream from several antennas for range.")});
    const int rxStbc = field(caps, 8, 3);
    lines.append({tr("Receive STBC"), rxStbc == 0 ? tr("No") : tr("%n spatial stream(s)", nullptr, rxStbc),
                  tr("How many space-time coded streams the radio can receive.")});
    lines.append({tr("SU beamformer"), yesNo(bit(caps, 11)),
                  tr("Can steer its signal towards one receiver, after sounding the channel.")});
    lines.append(
        {tr("SU beamformee"),
         bit(caps, 12) ? tr("Yes, up to %1 space-time streams").arg(field(caps, 13, 3) + 1) : tr("No"),
         tr("Can help a beamformer steer towards it by reporting what it hears.")});
    if (bit(caps, 11)) {
        lines.append({tr("Sounding dimensions"), QString::number(field(caps, 16, 3) + 1),
                      tr("How many antennas it sounds with when beamforming.")});
    }
    lines.append({tr("MU beamformer"), yesNo(bit(caps, 19)),
                  tr("Can serve several receivers at once with separate beams (MU-MIMO).")});
    lines.append({tr("MU beamformee"), yesNo(bit(caps, 20)),
                  tr("Can be one of the receivers of a MU-MIMO transmission.")});
    static const char *const mpdu[] = {QT_TR_NOOP("3895 bytes"), QT_TR_NOOP("7991 bytes"),
                                       QT_TR_NOOP("11454 bytes"), QT_TR_NOOP("Reserved")};
    lines.append(
        {tr("Largest MPDU"), tr(mpdu[field(caps, 0, 2)]), tr("The longest single frame it receives.")});
    lines.append({tr("Largest A-MPDU"), tr("%1 bytes").arg((qint64(1) << (13 + field(caps, 23, 3))) - 1),
                  tr("The longest burst of aggregated frames it receives, acknowledged at once.")});
    lines.append({tr("TXOP power save"), yesNo(bit(caps, 21)),
                  tr("Sleeps during other stations' transmissions to save power.")});
    static const char *const adaptation[] = {QT_TR_NOOP("No"), QT_TR_NOOP("Reserved"),
                                             QT_TR_NOOP("Unsolicited feedback"), QT_TR_NOOP("Both")};
    lines.append({tr("Link adaptation"), tr(adaptation[field(caps, 26, 2)]),
                  tr("Sends MCS feedback so that the other side picks the best rate.")});
    QStringList consistency;
    if (bit(caps, 28)) {
        consistency.append(tr("receive"));
    }
    if (bit(caps, 29)) {
        consistency.append(tr("transmit"));
    }
    lines.append({tr("Antenna pattern consistency"),
                  consistency.isEmpty() ? tr("No") : consistency.join(QStringLiteral(", ")),
                  tr("Its antenna pattern stays the same during an association.")});
    return lines;
}

} // namespace Airpane
