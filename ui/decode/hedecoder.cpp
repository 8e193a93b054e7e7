// SPDX-License-Identifier: GPL-3.0-or-later
#include "hedecoder.h"

#include "htdecoder.h"

namespace Airpane {
namespace {

bool bit(const QByteArray &bytes, int n)
{
    return n / 8 < bytes.size() && ((quint8(bytes[n / 8]) >> (n % 8)) & 1);
}

int field(const QByteArray &bytes, int first, int width)
{
    int value = 0;
    for (int i = 0; i < width; ++i) {
        value |= int(bit(bytes, first + i)) << i;
    }
    return value;
}

int u16(const QByteArray &bytes, int offset)
{
    if (offset + 1 >= bytes.size()) {
        return 0xffff;
    }
    return quint8(bytes[offset]) | quint8(bytes[offset + 1]) << 8;
}

QString yesNo(bool value)
{
    return HtDecoder::yesNo(value);
}

} // namespace

QList<CapabilityLine> HeDecoder::he(const Client::HighThroughputFields &he, const QString &band)
{
    const QByteArray &phy = he.phy;
    const QByteArray &mac = he.mac;
    QList<CapabilityLine> lines;
    QStringList widths{tr("20 MHz")};
    if (band == QLatin1String("2.4GHz")) {
        if (bit(phy, 1)) {
            widths.append(tr("40 MHz"));
        }
    } else {
        if (bit(phy, 2)) {
            widths.append(tr("40 MHz"));
            widths.append(tr("80 MHz"));
        }
        if (bit(phy, 3)) {
            widths.append(tr("160 MHz"));
        }
        if (bit(phy, 4)) {
            widths.append(tr("80+80 MHz"));
        }
    }
    lines.append({tr("Channel widths"), widths.join(QStringLiteral(", ")),
                  tr("The channel widths the radio can use for HE in this band.")});
    const int highest[3] = {7, 9, 11};
    lines.append({tr("Receive HE-MCS (≤ 80 MHz)"), HtDecoder::mcsMap(u16(he.mcsSet, 0), highest),
                  tr("Modulation and coding schemes per spatial stream; MCS 10 and 11 use 1024-QAM.")});
    lines.append({tr("Transmit HE-MCS (≤ 80 MHz)"), HtDecoder::mcsMap(u16(he.mcsSet, 2), highest),
                  tr("What it can send, in the same terms.")});
    if (bit(phy, 3) && he.mcsSet.size() >= 8) {
        lines.append({tr("Receive HE-MCS (160 MHz)"), HtDecoder::mcsMap(u16(he.mcsSet, 4), highest),
                      tr("The same for 160 MHz channels.")});
    }
    lines.append({tr("LDPC coding"), yesNo(bit(phy, 13)),
                  tr("Low-density parity-check codes: more robust reception than the basic code.")});
    lines.append({tr("STBC (≤ 80 MHz)"),
                  bit(phy, 18) || bit(phy, 19)
                      ? (bit(phy, 18) && bit(phy, 19) ? tr("Transmit and receive")
                                                      : (bit(phy, 18) ? tr("Transmit") : tr("Receive")))
                      : tr("No"),
                  tr("Space-time block coding sends one stream from several antennas for range.")});
    lines.append({tr("SU beamformer"), yesNo(bit(phy, 31)),
                  tr("Can steer its signal towards one receiver, after sounding the channel.")});
    lines.append({tr("SU beamformee"),
                  bit(phy, 32) ? tr("Yes, up to %1 space-time streams").arg(field(phy, 34, 3) + 1) : tr("No"),
                  tr("Can help a beamformer steer towards it by reporting what it hears.")});
    lines.append({tr("MU beamformer"), yesNo(bit(phy, 33)),
                  tr("Can serve several receivers at once with separate beams (MU-MIMO).")});
    lines.append({tr("Uplink MU-MIMO"), yesNo(bit(phy, 22)),
                  tr("Several stations can send to the access point at the same time on the full channel.")});
    const int dcm = field(phy, 24, 2);
    lines.append({tr("Dual carrier modulation"), dcm == 0 ? tr("No") : tr("Yes"),
                  tr("Sends the same data on two subcarriers: slower, but reaches farther.")});
    lines.append({tr("Doppler"), yesNo(bit(phy, 20) || bit(phy, 21)),
                  tr("Midambles that keep reception steady with fast-moving devices.")});
    lines.append({tr("1024-QAM on small resource units"), yesNo(bit(phy, 74) || bit(phy, 75)),
                  tr("The densest modulation also on parts of a channel smaller than 242 subcarriers.")});
    lines.append({tr("PPE thresholds"), yesNo(bit(phy, 55)),
                  tr("It declares how much padding it needs at the end of a packet.")});
    lines.append({tr("Target wake time"),
                  bit(mac, 1) && bit(mac, 2) ? tr("Requester and responder")
                  : bit(mac, 1)              ? tr("Requester")
                  : bit(mac, 2)              ? tr("Responder")
                                             : tr("No"),
                  tr("Agreed wake-up times, so that battery devices sleep between transmissions.")});
    lines.append({tr("Broadcast TWT"), yesNo(bit(mac, 20)),
                  tr("Wake-up schedules announced to many stations at once.")});
    lines.append({tr("+HTC-HE"), yesNo(bit(mac, 0)),
                  tr("Carries HE control information in data frames (link adaptation, power save).")});
    lines.append({tr("Buffer status reports"), yesNo(bit(mac, 19)),
                  tr("Tells the access point how much data is waiting, for uplink scheduling.")});
    lines.append({tr("OM control"), yesNo(bit(mac, 25)),
                  tr("Changes its width or stream count on the fly, without reassociating.")});
    lines.append({tr("OFDMA random access"), yesNo(bit(mac, 26)),
                  tr("Uses random-access resource units the access point offers.")});
    lines.append({tr("All Ack"), yesNo(bit(mac, 17)),
                  tr("One acknowledgement for everything received in a multi-user burst.")});
    lines.append({tr("A-MSDU in A-MPDU"), yesNo(bit(mac, 38)),
                  tr("Aggregates of packets inside aggregates of frames, without Block Ack agreement.")});
    return lines;
}

QList<CapabilityLine> HeDecoder::he6Ghz(int capabilities)
{
    QByteArray bytes;
    bytes.append(char(capabilities & 0xff));
    bytes.append(char((capabilities >> 8) & 0xff));
    static const char *const mpdu[] = {QT_TR_NOOP("3895 bytes"), QT_TR_NOOP("7991 bytes"),
                                       QT_TR_NOOP("11454 bytes"), QT_TR_NOOP("Reserved")};
    return {
        {tr("6 GHz: largest A-MPDU"), tr("%1 bytes").arg((qint64(1) << (13 + field(bytes, 3, 3))) - 1),
         tr("The longest burst of aggregated frames it receives in the 6 GHz band.")},
        {tr("6 GHz: largest MPDU"), tr(mpdu[field(bytes, 6, 2)]),
         tr("The longest single frame it receives in the 6 GHz band.")},
    };
}

QList<CapabilityLine> HeDecoder::eht(const Client::HighThroughputFields &eht,
                                     const Client::HighThroughputFields &he, const QString &band)
{
    const QByteArray &phy = eht.phy;
    const QByteArray &mac = eht.mac;
    QList<CapabilityLine> lines;
    if (band == QLatin1String("6GHz")) {
        lines.append({tr("320 MHz channels"), yesNo(bit(phy, 1)),
                      tr("Wi-Fi 7's widest channels, only in the 6 GHz band.")});
    }
    // The EHT-MCS map: per bandwidth one byte per MCS range, receive streams in the low nibble. A
    // 20 MHz-only device has one map of four bytes (MCS 0–7, 8–9, 10–11, 12–13).
    const bool twentyOnly = band == QLatin1String("2.4GHz") ? !bit(he.phy, 1) : !bit(he.phy, 2);
    int streams4096 = 0;
    int streams = 0;
    if (twentyOnly && eht.mcsSet.size() >= 4) {
        streams = quint8(eht.mcsSet[0]) & 0xf;
        streams4096 = quint8(eht.mcsSet[3]) & 0xf;
    } else if (eht.mcsSet.size() >= 3) {
        streams = quint8(eht.mcsSet[0]) & 0xf;
        streams4096 = quint8(eht.mcsSet[2]) & 0xf;
    }
    QString receive = tr("None");
    if (streams > 0 && streams4096 > 0) {
        receive = tr("MCS 0–9 on %n spatial stream(s), 4096-QAM (MCS 12–13) on %1", nullptr, streams)
                      .arg(streams4096);
    } else if (streams > 0) {
        receive = tr("MCS 0–9 on %n spatial stream(s)", nullptr, streams);
    }
    lines.append({tr("Receive EHT-MCS"), receive,
                  tr("Modulation and coding schemes; MCS 12 and 13 use 4096-QAM, new in Wi-Fi 7.")});
    lines.append({tr("SU beamformer"), yesNo(bit(phy, 5)),
                  tr("Can steer its signal towards one receiver, after sounding the channel.")});
    lines.append({tr("SU beamformee"), yesNo(bit(phy, 6)),
                  tr("Can help a beamformer steer towards it by reporting what it hears.")});
    lines.append({tr("MU beamformer"), yesNo(bit(phy, 60) || bit(phy, 61) || bit(phy, 62)),
                  tr("Can serve several receivers at once with separate beams (MU-MIMO).")});
    lines.append({tr("Partial bandwidth uplink MU-MIMO"), yesNo(bit(phy, 4)),
                  tr("Several stations send at once on part of the channel.")});
    lines.append({tr("OM control"), yesNo(bit(mac, 1)),
                  tr("Changes its width or stream count on the fly, without reassociating.")});
    lines.append({tr("Restricted TWT"), yesNo(bit(mac, 4)),
                  tr("Protected service periods for latency-sensitive traffic.")});
    lines.append({tr("EPCS priority access"), yesNo(bit(mac, 0)),
                  tr("Priority channel access for emergency preparedness services.")});
    if (band == QLatin1String("2.4GHz")) {
        // Elsewhere the VHT and 6 GHz capabilities say it.
        static const char *const mpdu[] = {QT_TR_NOOP("3895 bytes"), QT_TR_NOOP("7991 bytes"),
                                           QT_TR_NOOP("11454 bytes"), QT_TR_NOOP("Reserved")};
        lines.append(
            {tr("Largest MPDU"), tr(mpdu[field(mac, 6, 2)]), tr("The longest single frame it receives.")});
    }
    return lines;
}

} // namespace Airpane
