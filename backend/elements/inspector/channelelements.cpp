// SPDX-License-Identifier: GPL-3.0-or-later
// Elements about channels and operating classes: AP channel report, supported operating classes,
// 20/40 coexistence and OBSS scanning, mobility domain, measurement pilot, operating mode, power.
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

QString halfDb(std::uint8_t byte, const char *unit)
{
    const int value = std::int8_t(byte);
    return value % 2 ? QStringLiteral("%1.5 %2")
                           .arg(value < 0 && value > -2 ? QStringLiteral("-0") : QString::number(value / 2))
                           .arg(QLatin1String(unit))
                     : QStringLiteral("%1 %2").arg(value / 2).arg(QLatin1String(unit));
}

} // namespace

void decodeApChannelReport(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    b.add(b.field("operatingClass", QT_TRANSLATE_NOOP("Airpane", "Operating class"), QString::number(b.u8(0)),
                  QT_TRANSLATE_NOOP("Airpane", "The band and width of the channels listed."), 0, 1));
    for (int at = 1; at < b.size(); ++at) {
        b.add(b.field("channel", QT_TRANSLATE_NOOP("Airpane", "Channel"), QString::number(b.u8(at)),
                      QT_TRANSLATE_NOOP("Airpane", "A channel where other APs of this network may be found."),
                      at, 1));
    }
}

void decodeSupportedOperatingClasses(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    b.add(b.field("currentOperatingClass", QT_TRANSLATE_NOOP("Airpane", "Current operating class"),
                  QString::number(b.u8(0)),
                  QT_TRANSLATE_NOOP("Airpane", "The band and width the AP operates in now."), 0, 1));
    int at = 1;
    for (; at < b.size() && b.u8(at) != 130 && b.u8(at) != 0; ++at) {
        b.add(b.field("operatingClass", QT_TRANSLATE_NOOP("Airpane", "Operating class"),
                      QString::number(b.u8(at)),
                      QT_TRANSLATE_NOOP("Airpane", "Another band and width the AP can operate in."), at, 1));
    }
    // Delimiter 130: the current operating class extension sequence, up to delimiter 0.
    if (at < b.size() && b.u8(at) == 130) {
        for (++at; at < b.size() && b.u8(at) != 0; ++at) {
            b.add(b.field(
                "currentOperatingClassExtension",
                QT_TRANSLATE_NOOP("Airpane", "Current operating class extension"), QString::number(b.u8(at)),
                QT_TRANSLATE_NOOP("Airpane", "An extension of the current operating class."), at, 1));
        }
    }
    // Delimiter 0: operating class duples (class and channel-set extension) to the end.
    if (at < b.size() && b.u8(at) == 0) {
        for (++at; at + 2 <= b.size(); at += 2) {
            b.add(b.field("operatingClassDuple", QT_TRANSLATE_NOOP("Airpane", "Operating class duple"),
                          QStringLiteral("%1 %2").arg(b.u8(at)).arg(b.u8(at + 1)),
                          QT_TRANSLATE_NOOP("Airpane", "An operating class and its channel extension."), at,
                          2));
        }
        b.extra(at);
    }
}

void decodeObssScanParameters(ElementBuilder &b)
{
    if (!b.atLeast(14)) {
        return;
    }
    b.add(b.field("passiveDwell", QT_TRANSLATE_NOOP("Airpane", "Passive dwell"), withUnit(b.le16(0), "TU"),
                  QT_TRANSLATE_NOOP("Airpane", "Time on each channel of a passive overlapping-BSS scan."), 0,
                  2));
    b.add(b.field("activeDwell", QT_TRANSLATE_NOOP("Airpane", "Active dwell"), withUnit(b.le16(2), "TU"),
                  QT_TRANSLATE_NOOP("Airpane", "Time on each channel of an active overlapping-BSS scan."), 2,
                  2));
    b.add(b.field("triggerScanInterval", QT_TRANSLATE_NOOP("Airpane", "Channel width trigger scan interval"),
                  withUnit(b.le16(4), "s"),
                  QT_TRANSLATE_NOOP("Airpane", "How often 40 MHz stations scan for overlapping BSSes."), 4,
                  2));
    b.add(b.field("passiveTotalPerChannel", QT_TRANSLATE_NOOP("Airpane", "Passive total per channel"),
                  withUnit(b.le16(6), "TU"),
                  QT_TRANSLATE_NOOP("Airpane", "Least total passive scan time per channel."), 6, 2));
    b.add(b.field("activeTotalPerChannel", QT_TRANSLATE_NOOP("Airpane", "Active total per channel"),
                  withUnit(b.le16(8), "TU"),
                  QT_TRANSLATE_NOOP("Airpane", "Least total active scan time per channel."), 8, 2));
    b.add(b.field("widthTransitionDelayFactor", QT_TRANSLATE_NOOP("Airpane", "Width transition delay factor"),
                  QString::number(b.le16(10)),
                  QT_TRANSLATE_NOOP("Airpane", "Scan intervals to wait before going back to 40 MHz."), 10,
                  2));
    b.add(b.field(
        "activityThreshold", QT_TRANSLATE_NOOP("Airpane", "Scan activity threshold"),
        QStringLiteral("%1.%2 %").arg(b.le16(12) / 100).arg(b.le16(12) % 100, 2, 10, QLatin1Char('0')),
        QT_TRANSLATE_NOOP("Airpane", "Above this share of busy time a station may skip scans."), 12, 2));
    b.extra(14);
}

void decodeBssCoexistence(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    static constexpr Bit flags[] = {
        {0, 1, "informationRequest", QT_TRANSLATE_NOOP("Airpane", "Information request"),
         QT_TRANSLATE_NOOP("Airpane", "Asks for a coexistence report in return."), nullptr, true},
        {1, 1, "fortyMhzIntolerant", QT_TRANSLATE_NOOP("Airpane", "40 MHz intolerant"),
         QT_TRANSLATE_NOOP("Airpane", "Asks BSSes around not to use 40 MHz at 2.4 GHz."), nullptr, true},
        {2, 1, "twentyMhzBssWidthRequest", QT_TRANSLATE_NOOP("Airpane", "20 MHz BSS width request"),
         QT_TRANSLATE_NOOP("Airpane", "Asks this BSS to fall back to 20 MHz."), nullptr, true},
        {3, 1, "obssScanningExemptionRequest",
         QT_TRANSLATE_NOOP("Airpane", "OBSS scanning exemption request"),
         QT_TRANSLATE_NOOP("Airpane", "A station asks to be spared overlapping-BSS scans."), nullptr, true},
        {4, 1, "obssScanningExemptionGrant", QT_TRANSLATE_NOOP("Airpane", "OBSS scanning exemption grant"),
         QT_TRANSLATE_NOOP("Airpane", "The AP spares the station overlapping-BSS scans."), nullptr, true},
    };
    Field all;
    b.addBits(all, b.u8(0), 0, flags);
    for (const Field &flag : std::as_const(all.children)) {
        b.add(flag);
    }
    b.extra(1);
}

void decodeMobilityDomain(ElementBuilder &b)
{
    if (!b.atLeast(3)) {
        return;
    }
    static constexpr Bit policy[] = {
        {0, 1, "ftOverDs", QT_TRANSLATE_NOOP("Airpane", "Fast BSS transition over DS"),
         QT_TRANSLATE_NOOP("Airpane", "Stations may roam through the current AP, over the wired network."),
         nullptr, true},
        {1, 1, "resourceRequestProtocol", QT_TRANSLATE_NOOP("Airpane", "Resource request protocol"),
         QT_TRANSLATE_NOOP("Airpane", "Stations may reserve QoS resources at the target AP before roaming."),
         nullptr, true},
    };
    b.add(b.field(
        "mdid", QT_TRANSLATE_NOOP("Airpane", "Mobility domain ID"), b.hex(0, 2),
        QT_TRANSLATE_NOOP("Airpane", "APs with the same ID form one fast-roaming (802.11r) domain."), 0, 2));
    b.add(b.bits("ftCapabilityAndPolicy", QT_TRANSLATE_NOOP("Airpane", "FT capability and policy"),
                 QT_TRANSLATE_NOOP("Airpane", "How stations may use fast BSS transition here."), 2, 1,
                 policy));
    b.extra(3);
}

void decodeMeasurementPilot(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    b.add(b.field("interval", QT_TRANSLATE_NOOP("Airpane", "Measurement pilot interval"),
                  withUnit(b.u8(0), "TU"),
                  QT_TRANSLATE_NOOP("Airpane", "Time between the AP's measurement pilot frames."), 0, 1));
    int at = 1;
    while (at + 2 <= b.size()) {
        const int length = b.u8(at + 1);
        if (!b.need(at + 2, length, QT_TRANSLATE_NOOP("Airpane", "A subelement"))) {
            return;
        }
        Field sub =
            b.field("subelement", QT_TRANSLATE_NOOP("Airpane", "Subelement"),
                    b.u8(at) == 221 ? tr(QT_TRANSLATE_NOOP("Airpane", "vendor %1")).arg(b.oui(at + 2))
                                    : QString::number(b.u8(at)),
                    QT_TRANSLATE_NOOP("Airpane", "Optional data; only vendor-specific ones are defined."), at,
                    2 + length);
        sub.children << b.field("data", QT_TRANSLATE_NOOP("Airpane", "Data"), b.hex(at + 2, length),
                                QT_TRANSLATE_NOOP("Airpane", "The vendor's own data."), at + 2, length);
        b.add(sub);
        at += 2 + length;
    }
    b.extra(at);
}

void decodeOperatingModeNotification(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    static constexpr Bit mode[] = {
        {0, 2, "channelWidth", QT_TRANSLATE_NOOP("Airpane", "Channel width"),
         QT_TRANSLATE_NOOP("Airpane", "The width the sender now receives: 20, 40, 80 or 160 MHz."),
         [](std::uint64_t v) { return channelWidthName(20 << v); }, true},
        {2, 1, "width160", QT_TRANSLATE_NOOP("Airpane", "160 or 80+80 MHz"),
         QT_TRANSLATE_NOOP("Airpane", "Together with the width, signals 160 and 80+80 MHz."), nullptr, true},
        {3, 1, "noLdpc", QT_TRANSLATE_NOOP("Airpane", "No LDPC"),
         QT_TRANSLATE_NOOP("Airpane", "The sender prefers not to receive LDPC-coded frames."), nullptr, true},
        {4, 3, "rxNss", QT_TRANSLATE_NOOP("Airpane", "Receive spatial streams"),
         QT_TRANSLATE_NOOP("Airpane", "How many spatial streams the sender now receives."),
         [](std::uint64_t v) { return QString::number(v + 1); }, true},
        {7, 1, "rxNssType", QT_TRANSLATE_NOOP("Airpane", "Beamforming NSS"),
         QT_TRANSLATE_NOOP("Airpane", "The stream count applies to beamformed frames only."), nullptr, true},
    };
    b.add(b.bits("operatingMode", QT_TRANSLATE_NOOP("Airpane", "Operating mode"),
                 QT_TRANSLATE_NOOP("Airpane", "The width and streams the sender now receives."), 0, 1, mode));
    b.extra(1);
}

void decodeTransmitPowerEnvelope(ElementBuilder &b)
{
    if (!b.atLeast(2)) {
        return;
    }
    const int count = b.u8(0) & 0x7;
    const int interpretation = (b.u8(0) >> 3) & 0x7;
    static constexpr Bit information[] = {
        {0, 3, "count", QT_TRANSLATE_NOOP("Airpane", "Maximum transmit power count"),
         QT_TRANSLATE_NOOP("Airpane", "How many power values follow (by width, or by 20 MHz subchannel)."),
         nullptr, true},
        {3, 3, "interpretation", QT_TRANSLATE_NOOP("Airpane", "Interpretation"),
         QT_TRANSLATE_NOOP("Airpane", "What the values limit: local or regulatory client, EIRP or power "
                                      "spectral density."),
         [](std::uint64_t v) {
             static const char *const names[] = {
                 QT_TRANSLATE_NOOP("Airpane", "local EIRP"),
                 QT_TRANSLATE_NOOP("Airpane", "local EIRP PSD"),
                 QT_TRANSLATE_NOOP("Airpane", "regulatory client EIRP"),
                 QT_TRANSLATE_NOOP("Airpane", "regulatory client EIRP PSD"),
             };
             return v < 4 ? tr(names[v]) : tr(QT_TRANSLATE_NOOP("Airpane", "reserved (%1)")).arg(v);
         },
         true},
        {6, 2, "category", QT_TRANSLATE_NOOP("Airpane", "Category"),
         QT_TRANSLATE_NOOP("Airpane", "0: default; 1: for subordinate devices (6 GHz)."), nullptr, true},
    };
    b.add(b.bits("transmitPowerInformation", QT_TRANSLATE_NOOP("Airpane", "Transmit power information"),
                 QT_TRANSLATE_NOOP("Airpane", "How to read the values that follow."), 0, 1, information));
    const bool psd = interpretation == 1 || interpretation == 3;
    // EIRP: one value per width up to 20 << count. PSD: one for the whole channel (count 0) or one
    // per 20 MHz subchannel, 2^(count-1) of them.
    const int values = psd ? (count == 0 ? 1 : 1 << (count - 1)) : count + 1;
    if (!psd && count > 3) {
        b.error(tr(QT_TRANSLATE_NOOP("Airpane", "an EIRP count of %1 is reserved")).arg(count));
        return;
    }
    for (int i = 0; i < values; ++i) {
        if (!b.need(1 + i, 1, QT_TRANSLATE_NOOP("Airpane", "A power value"))) {
            return;
        }
        Field value =
            psd ? b.field("maxPsd", QT_TRANSLATE_NOOP("Airpane", "Maximum PSD"),
                          halfDb(b.u8(1 + i), "dBm/MHz"),
                          QT_TRANSLATE_NOOP("Airpane", "The most power per MHz a station may transmit "
                                                       "in this 20 MHz subchannel."),
                          1 + i, 1)
                : b.field("maxTransmitPower", QT_TRANSLATE_NOOP("Airpane", "Maximum transmit power"),
                          halfDb(b.u8(1 + i), "dBm"),
                          QT_TRANSLATE_NOOP("Airpane", "The most a station may transmit in this width."),
                          1 + i, 1);
        value.key += psd ? QString::number(i + 1) : QString::number(20 << i);
        value.label += QStringLiteral(" (%1)").arg(
            psd ? (count == 0 ? tr(QT_TRANSLATE_NOOP("Airpane", "channel")) : QStringLiteral("%1").arg(i + 1))
                : channelWidthName(20 << i));
        b.add(value);
    }
    // 802.11be adds one octet of extension (320 MHz EIRP, or more PSD values); kept raw.
    if (1 + values < b.size()) {
        b.add(b.field("extension", QT_TRANSLATE_NOOP("Airpane", "Extension"),
                      b.hex(1 + values, b.size() - 1 - values),
                      QT_TRANSLATE_NOOP("Airpane", "Values for 320 MHz or further subchannels (802.11be)."),
                      1 + values, b.size() - 1 - values));
    }
}

} // namespace Airpane::Elements::Inspector
