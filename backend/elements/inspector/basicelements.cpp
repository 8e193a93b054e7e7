// SPDX-License-Identifier: GPL-3.0-or-later
// The elements every beacon has had since 802.11b/g: SSID, rates, DS, TIM, country, load, power.
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

QString rateText(int halfMbps)
{
    return halfMbps % 2 ? QStringLiteral("%1.5 Mb/s").arg(halfMbps / 2)
                        : QStringLiteral("%1 Mb/s").arg(halfMbps / 2);
}

// BSS membership selectors (9.4.2.3): a "basic rate" value that names a requirement instead.
const char *selectorName(int value)
{
    switch (value) {
    case 127:
        return QT_TRANSLATE_NOOP("Airpane", "HT PHY");
    case 126:
        return QT_TRANSLATE_NOOP("Airpane", "VHT PHY");
    case 125:
        return QT_TRANSLATE_NOOP("Airpane", "GLK");
    case 124:
        return QT_TRANSLATE_NOOP("Airpane", "EPD");
    case 123:
        return QT_TRANSLATE_NOOP("Airpane", "SAE hash-to-element only");
    case 122:
        return QT_TRANSLATE_NOOP("Airpane", "HE PHY");
    case 121:
        return QT_TRANSLATE_NOOP("Airpane", "EHT PHY");
    default:
        return nullptr;
    }
}

QString signedUnit(std::uint8_t byte, const char *unit)
{
    return withUnit(std::int8_t(byte), unit);
}

} // namespace

void decodeSsid(ElementBuilder &b)
{
    bool hidden = true;
    for (const std::uint8_t byte : b.body()) {
        hidden = hidden && byte == 0;
    }
    b.add(b.field("ssid", QT_TRANSLATE_NOOP("Airpane", "SSID"), b.text(0, b.size()),
                  QT_TRANSLATE_NOOP("Airpane", "The network's name, up to 32 bytes, usually UTF-8."), 0,
                  b.size()));
    if (hidden) {
        b.add(
            b.field("hidden", QT_TRANSLATE_NOOP("Airpane", "Hidden"), yesNo(true),
                    QT_TRANSLATE_NOOP("Airpane", "The AP leaves its name out (empty or zeros); only stations "
                                                 "that probe for it by name learn it."),
                    0, b.size()));
    }
    if (b.size() > 32) {
        b.error(tr(QT_TRANSLATE_NOOP("Airpane", "an SSID has at most 32 bytes, this one %1")).arg(b.size()));
    }
}

void decodeRates(ElementBuilder &b)
{
    for (int i = 0; i < b.size(); ++i) {
        const int value = b.u8(i) & 0x7f;
        const bool basic = b.u8(i) & 0x80;
        if (const char *selector = basic ? selectorName(value) : nullptr) {
            b.add(b.field(
                "membershipSelector", QT_TRANSLATE_NOOP("Airpane", "Membership selector"), tr(selector),
                QT_TRANSLATE_NOOP("Airpane", "Not a rate: a feature every station must support to join."), i,
                1));
        } else if (basic) {
            b.add(b.field(
                "basicRate", QT_TRANSLATE_NOOP("Airpane", "Basic rate"), rateText(value),
                QT_TRANSLATE_NOOP("Airpane", "A rate every station of the BSS must be able to receive."), i,
                1));
        } else {
            b.add(b.field("rate", QT_TRANSLATE_NOOP("Airpane", "Supported rate"), rateText(value),
                          QT_TRANSLATE_NOOP("Airpane", "A legacy (non-HT) rate the AP can use."), i, 1));
        }
    }
}

void decodeDsParameterSet(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    b.add(b.field("channel", QT_TRANSLATE_NOOP("Airpane", "Current channel"), QString::number(b.u8(0)),
                  QT_TRANSLATE_NOOP("Airpane", "The channel the AP is on, as the AP itself says."), 0, 1));
    b.extra(1);
}

void decodeCfParameterSet(ElementBuilder &b)
{
    if (!b.atLeast(6)) {
        return;
    }
    b.add(b.field("cfpCount", QT_TRANSLATE_NOOP("Airpane", "CFP count"), QString::number(b.u8(0)),
                  QT_TRANSLATE_NOOP("Airpane", "DTIMs until the next contention-free period."), 0, 1));
    b.add(b.field("cfpPeriod", QT_TRANSLATE_NOOP("Airpane", "CFP period"), QString::number(b.u8(1)),
                  QT_TRANSLATE_NOOP("Airpane", "DTIM intervals between contention-free periods."), 1, 1));
    b.add(b.field("cfpMaxDuration", QT_TRANSLATE_NOOP("Airpane", "CFP maximum duration"),
                  withUnit(b.le16(2), "TU"),
                  QT_TRANSLATE_NOOP("Airpane", "The longest a contention-free period may last."), 2, 2));
    b.add(b.field("cfpDurationRemaining", QT_TRANSLATE_NOOP("Airpane", "CFP duration remaining"),
                  withUnit(b.le16(4), "TU"),
                  QT_TRANSLATE_NOOP("Airpane", "What is left of the current contention-free period."), 4, 2));
    b.extra(6);
}

void decodeTim(ElementBuilder &b)
{
    if (!b.atLeast(4)) {
        return;
    }
    static constexpr Bit control[] = {
        {0, 1, "groupTraffic", QT_TRANSLATE_NOOP("Airpane", "Group traffic buffered"),
         QT_TRANSLATE_NOOP("Airpane", "Broadcast or multicast frames follow this DTIM beacon."), nullptr,
         true},
        {1, 7, "bitmapOffset", QT_TRANSLATE_NOOP("Airpane", "Bitmap offset"),
         QT_TRANSLATE_NOOP("Airpane", "Half the number of the first byte of the virtual bitmap sent."),
         nullptr, true},
    };
    b.add(b.field("dtimCount", QT_TRANSLATE_NOOP("Airpane", "DTIM count"), QString::number(b.u8(0)),
                  QT_TRANSLATE_NOOP("Airpane", "Beacons until the next DTIM (0: this beacon is one)."), 0,
                  1));
    b.add(b.field("dtimPeriod", QT_TRANSLATE_NOOP("Airpane", "DTIM period"), QString::number(b.u8(1)),
                  QT_TRANSLATE_NOOP("Airpane", "Beacon intervals between DTIMs, when sleeping stations must "
                                               "wake up for group traffic."),
                  1, 1));
    b.add(
        b.bits("bitmapControl", QT_TRANSLATE_NOOP("Airpane", "Bitmap control"),
               QT_TRANSLATE_NOOP("Airpane", "Group traffic indication and where the partial bitmap starts."),
               2, 1, control));
    b.add(b.field(
        "partialVirtualBitmap", QT_TRANSLATE_NOOP("Airpane", "Partial virtual bitmap"),
        b.hex(3, b.size() - 3),
        QT_TRANSLATE_NOOP("Airpane", "One bit per association ID: the AP holds frames for that station."), 3,
        b.size() - 3));
}

void decodeIbssParameterSet(ElementBuilder &b)
{
    if (!b.atLeast(2)) {
        return;
    }
    b.add(b.field("atimWindow", QT_TRANSLATE_NOOP("Airpane", "ATIM window"), withUnit(b.le16(0), "TU"),
                  QT_TRANSLATE_NOOP("Airpane", "How long stations of the IBSS stay awake after each beacon."),
                  0, 2));
    b.extra(2);
}

void decodeCountry(ElementBuilder &b)
{
    if (!b.atLeast(3)) {
        return;
    }
    b.add(b.field("countryCode", QT_TRANSLATE_NOOP("Airpane", "Country"), b.text(0, 2),
                  QT_TRANSLATE_NOOP("Airpane", "The country whose rules the AP follows (ISO 3166-1)."), 0,
                  2));
    QString environment;
    switch (b.u8(2)) {
    case ' ':
        environment = tr(QT_TRANSLATE_NOOP("Airpane", "indoor and outdoor"));
        break;
    case 'I':
        environment = tr(QT_TRANSLATE_NOOP("Airpane", "indoor"));
        break;
    case 'O':
        environment = tr(QT_TRANSLATE_NOOP("Airpane", "outdoor"));
        break;
    case 'X':
        environment = tr(QT_TRANSLATE_NOOP("Airpane", "non-country entity"));
        break;
    default:
        environment = tr(QT_TRANSLATE_NOOP("Airpane", "operating classes of table E-%1")).arg(b.u8(2));
        break;
    }
    b.add(
        b.field("environment", QT_TRANSLATE_NOOP("Airpane", "Environment"), environment,
                QT_TRANSLATE_NOOP("Airpane", "Where the regulatory limits apply, or which table of operating "
                                             "classes the triplets use."),
                2, 1));
    int at = 3;
    for (; at + 3 <= b.size(); at += 3) {
        if (b.u8(at) >= 201) {
            Field triplet = b.field("operatingTriplet", QT_TRANSLATE_NOOP("Airpane", "Operating triplet"),
                                    tr(QT_TRANSLATE_NOOP("Airpane", "class %1")).arg(b.u8(at + 1)),
                                    QT_TRANSLATE_NOOP("Airpane", "The subband triplets that follow belong to "
                                                                 "this operating class."),
                                    at, 3);
            triplet.children
                << b.field("extensionId", QT_TRANSLATE_NOOP("Airpane", "Extension ID"),
                           QString::number(b.u8(at)),
                           QT_TRANSLATE_NOOP("Airpane", "201 or more marks an operating triplet."), at, 1)
                << b.field("operatingClass", QT_TRANSLATE_NOOP("Airpane", "Operating class"),
                           QString::number(b.u8(at + 1)),
                           QT_TRANSLATE_NOOP("Airpane", "A band and width from the country's table."), at + 1,
                           1)
                << b.field("coverageClass", QT_TRANSLATE_NOOP("Airpane", "Coverage class"),
                           QString::number(b.u8(at + 2)),
                           QT_TRANSLATE_NOOP("Airpane", "Stretches slot times for long links, about "
                                                        "450 m per step."),
                           at + 2, 1);
            b.add(triplet);
            continue;
        }
        Field triplet = b.field(
            "subband", QT_TRANSLATE_NOOP("Airpane", "Subband"),
            tr(QT_TRANSLATE_NOOP("Airpane", "%1 channels from %2, at most %3"))
                .arg(b.u8(at + 1))
                .arg(b.u8(at))
                .arg(signedUnit(b.u8(at + 2), "dBm")),
            QT_TRANSLATE_NOOP("Airpane", "A run of channels and the transmit power allowed on them."), at, 3);
        triplet.children << b.field("firstChannel", QT_TRANSLATE_NOOP("Airpane", "First channel"),
                                    QString::number(b.u8(at)),
                                    QT_TRANSLATE_NOOP("Airpane", "The lowest channel of the run."), at, 1)
                         << b.field("channelCount", QT_TRANSLATE_NOOP("Airpane", "Number of channels"),
                                    QString::number(b.u8(at + 1)),
                                    QT_TRANSLATE_NOOP("Airpane", "How many channels the run has (spaced by 1 "
                                                                 "at 2.4 GHz, by 4 above)."),
                                    at + 1, 1)
                         << b.field("maxPower", QT_TRANSLATE_NOOP("Airpane", "Maximum transmit power"),
                                    signedUnit(b.u8(at + 2), "dBm"),
                                    QT_TRANSLATE_NOOP("Airpane", "The most a station may transmit on them."),
                                    at + 2, 1);
        b.add(triplet);
    }
    if (at + 1 == b.size() && b.u8(at) == 0) {
        b.add(b.field("padding", QT_TRANSLATE_NOOP("Airpane", "Padding"), QStringLiteral("00"),
                      QT_TRANSLATE_NOOP("Airpane", "Makes the element's length even, as the standard asks."),
                      at, 1));
        return;
    }
    b.extra(at);
}

void decodeBssLoad(ElementBuilder &b)
{
    if (!b.atLeast(5)) {
        return;
    }
    b.add(b.field("stationCount", QT_TRANSLATE_NOOP("Airpane", "Station count"), QString::number(b.le16(0)),
                  QT_TRANSLATE_NOOP("Airpane", "Stations associated with this BSS now."), 0, 2));
    b.add(b.field("channelUtilization", QT_TRANSLATE_NOOP("Airpane", "Channel utilization"),
                  QStringLiteral("%1/255 (%2 %)").arg(b.u8(2)).arg(qRound(b.u8(2) * 100.0 / 255)),
                  QT_TRANSLATE_NOOP("Airpane", "How busy the AP senses its channel, carrier sense included."),
                  2, 1));
    b.add(b.field(
        "availableAdmissionCapacity", QT_TRANSLATE_NOOP("Airpane", "Available admission capacity"),
        QStringLiteral("%1 × 32 µs/s").arg(b.le16(3)),
        QT_TRANSLATE_NOOP("Airpane", "Medium time still available for admission-controlled traffic."), 3, 2));
    b.extra(5);
}

void decodePowerConstraint(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    b.add(b.field("localPowerConstraint", QT_TRANSLATE_NOOP("Airpane", "Local power constraint"),
                  withUnit(b.u8(0), "dB"),
                  QT_TRANSLATE_NOOP("Airpane", "How far below the country's limit stations must stay."), 0,
                  1));
    b.extra(1);
}

void decodeTpcReport(ElementBuilder &b)
{
    if (!b.atLeast(2)) {
        return;
    }
    b.add(b.field("transmitPower", QT_TRANSLATE_NOOP("Airpane", "Transmit power"), signedUnit(b.u8(0), "dBm"),
                  QT_TRANSLATE_NOOP("Airpane", "The power this frame was sent with."), 0, 1));
    b.add(b.field(
        "linkMargin", QT_TRANSLATE_NOOP("Airpane", "Link margin"), signedUnit(b.u8(1), "dB"),
        QT_TRANSLATE_NOOP("Airpane", "Headroom of the link; always 0 in beacons and probe responses."), 1,
        1));
    b.extra(2);
}

void decodeChannelSwitch(ElementBuilder &b)
{
    if (!b.atLeast(3)) {
        return;
    }
    b.add(b.field("switchMode", QT_TRANSLATE_NOOP("Airpane", "Channel switch mode"),
                  b.u8(0) ? tr(QT_TRANSLATE_NOOP("Airpane", "stop transmitting until the switch"))
                          : tr(QT_TRANSLATE_NOOP("Airpane", "no restriction")),
                  QT_TRANSLATE_NOOP("Airpane", "Whether stations must stay quiet until the switch."), 0, 1));
    b.add(b.field("newChannel", QT_TRANSLATE_NOOP("Airpane", "New channel"), QString::number(b.u8(1)),
                  QT_TRANSLATE_NOOP("Airpane", "The channel the BSS is moving to."), 1, 1));
    b.add(b.field("switchCount", QT_TRANSLATE_NOOP("Airpane", "Channel switch count"),
                  QString::number(b.u8(2)),
                  QT_TRANSLATE_NOOP("Airpane", "Beacon intervals until the switch."), 2, 1));
    b.extra(3);
}

void decodeExtendedChannelSwitch(ElementBuilder &b)
{
    if (!b.atLeast(4)) {
        return;
    }
    b.add(b.field("switchMode", QT_TRANSLATE_NOOP("Airpane", "Channel switch mode"),
                  b.u8(0) ? tr(QT_TRANSLATE_NOOP("Airpane", "stop transmitting until the switch"))
                          : tr(QT_TRANSLATE_NOOP("Airpane", "no restriction")),
                  QT_TRANSLATE_NOOP("Airpane", "Whether stations must stay quiet until the switch."), 0, 1));
    b.add(b.field("newOperatingClass", QT_TRANSLATE_NOOP("Airpane", "New operating class"),
                  QString::number(b.u8(1)),
                  QT_TRANSLATE_NOOP("Airpane", "The band and width the BSS is moving to."), 1, 1));
    b.add(b.field("newChannel", QT_TRANSLATE_NOOP("Airpane", "New channel"), QString::number(b.u8(2)),
                  QT_TRANSLATE_NOOP("Airpane", "The channel the BSS is moving to."), 2, 1));
    b.add(b.field("switchCount", QT_TRANSLATE_NOOP("Airpane", "Channel switch count"),
                  QString::number(b.u8(3)),
                  QT_TRANSLATE_NOOP("Airpane", "Beacon intervals until the switch."), 3, 1));
    b.extra(4);
}

void decodeErp(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    static constexpr Bit flags[] = {
        {0, 1, "nonErpPresent", QT_TRANSLATE_NOOP("Airpane", "Non-ERP present"),
         QT_TRANSLATE_NOOP("Airpane", "802.11b-only stations are associated or heard."), nullptr, true},
        {1, 1, "useProtection", QT_TRANSLATE_NOOP("Airpane", "Use protection"),
         QT_TRANSLATE_NOOP("Airpane", "OFDM frames must be protected by RTS/CTS or CTS-to-self."), nullptr,
         true},
        {2, 1, "barkerPreambleMode", QT_TRANSLATE_NOOP("Airpane", "Barker preamble mode"),
         QT_TRANSLATE_NOOP("Airpane", "Some station cannot receive short preambles: use long ones."), nullptr,
         true},
    };
    Field all;
    b.addBits(all, b.u8(0), 0, flags);
    for (Field &flag : all.children) {
        b.add(flag);
    }
    b.extra(1);
}

void decodeSecondaryChannelOffset(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    QString value;
    switch (b.u8(0)) {
    case 0:
        value = tr(QT_TRANSLATE_NOOP("Airpane", "none"));
        break;
    case 1:
        value = tr(QT_TRANSLATE_NOOP("Airpane", "above"));
        break;
    case 3:
        value = tr(QT_TRANSLATE_NOOP("Airpane", "below"));
        break;
    default:
        value = tr(QT_TRANSLATE_NOOP("Airpane", "reserved (%1)")).arg(b.u8(0));
        break;
    }
    b.add(b.field("secondaryChannelOffset", QT_TRANSLATE_NOOP("Airpane", "Secondary channel offset"), value,
                  QT_TRANSLATE_NOOP("Airpane", "Where the second 20 MHz of a 40 MHz channel lies."), 0, 1));
    b.extra(1);
}

void decodeShortBeaconInterval(ElementBuilder &b)
{
    if (!b.atLeast(2)) {
        return;
    }
    b.add(b.field("shortBeaconInterval", QT_TRANSLATE_NOOP("Airpane", "Short beacon interval"),
                  withUnit(b.le16(0), "TU"),
                  QT_TRANSLATE_NOOP("Airpane", "Time between the short beacons of an S1G AP."), 0, 2));
    b.extra(2);
}

} // namespace Airpane::Elements::Inspector
