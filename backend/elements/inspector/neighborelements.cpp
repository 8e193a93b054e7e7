// SPDX-License-Identifier: GPL-3.0-or-later
// The BSSes one AP advertises besides its own: Reduced Neighbor Report (9.4.2.170) and Multiple
// BSSID (9.4.2.45) with its nontransmitted profiles, Multiple BSSID-Index and Configuration.
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

Field bssParameters(const ElementBuilder &b, int at)
{
    static constexpr Bit bits[] = {
        {0, 1, "octRecommended", QT_TRANSLATE_NOOP("Airpane", "OCT recommended"),
         QT_TRANSLATE_NOOP("Airpane", "Management frames should go through another band's link."), nullptr,
         true},
        {1, 1, "sameSsid", QT_TRANSLATE_NOOP("Airpane", "Same SSID"),
         QT_TRANSLATE_NOOP("Airpane", "The neighbor has the SSID of the BSS that reports it."), nullptr,
         true},
        {2, 1, "multipleBssid", QT_TRANSLATE_NOOP("Airpane", "Multiple BSSID"),
         QT_TRANSLATE_NOOP("Airpane", "The neighbor belongs to a multiple BSSID set."), nullptr, true},
        {3, 1, "transmittedBssid", QT_TRANSLATE_NOOP("Airpane", "Transmitted BSSID"),
         QT_TRANSLATE_NOOP("Airpane", "The neighbor is the one that sends its set's beacons."), nullptr,
         true},
        {4, 1, "colocatedEssMember",
         QT_TRANSLATE_NOOP("Airpane", "Member of ESS with 2.4/5 GHz co-located AP"),
         QT_TRANSLATE_NOOP("Airpane",
                           "The neighbor's network is also on 2.4 or 5 GHz here: a 6 GHz AP can be found "
                           "without scanning 6 GHz."),
         nullptr, true},
        {5, 1, "unsolicitedProbeResponses",
         QT_TRANSLATE_NOOP("Airpane", "Unsolicited probe responses active"),
         QT_TRANSLATE_NOOP("Airpane",
                           "The neighbor broadcasts probe responses, so probing it is unnecessary."),
         nullptr, true},
        {6, 1, "colocatedAp", QT_TRANSLATE_NOOP("Airpane", "Co-located AP"),
         QT_TRANSLATE_NOOP("Airpane", "The neighbor is in the same device as the reporting AP."), nullptr,
         true},
    };
    return b.bits("bssParameters", QT_TRANSLATE_NOOP("Airpane", "BSS parameters"),
                  QT_TRANSLATE_NOOP("Airpane", "How the neighbor relates to this BSS."), at, 1, bits);
}

Field mldParameters(const ElementBuilder &b, int at)
{
    static constexpr Bit bits[] = {
        {0, 8, "apMldId", QT_TRANSLATE_NOOP("Airpane", "AP MLD ID"),
         QT_TRANSLATE_NOOP("Airpane", "Which AP MLD the neighbor is a link of (0: the reporting AP's own)."),
         nullptr, true},
        {8, 4, "linkId", QT_TRANSLATE_NOOP("Airpane", "Link ID"),
         QT_TRANSLATE_NOOP("Airpane", "The neighbor's link within its AP MLD (15: unknown)."), nullptr, true},
        {12, 8, "bssParametersChangeCount", QT_TRANSLATE_NOOP("Airpane", "BSS parameters change count"),
         QT_TRANSLATE_NOOP("Airpane", "Changes when the neighbor's critical parameters do."), nullptr, true},
        {20, 1, "allUpdatesIncluded", QT_TRANSLATE_NOOP("Airpane", "All updates included"),
         QT_TRANSLATE_NOOP("Airpane", "Every critical update is described here."), nullptr, true},
        {21, 1, "disabledLink", QT_TRANSLATE_NOOP("Airpane", "Disabled link"),
         QT_TRANSLATE_NOOP("Airpane", "The link is set up but disabled now."), nullptr, true},
    };
    return b.bits("mldParameters", QT_TRANSLATE_NOOP("Airpane", "MLD parameters"),
                  QT_TRANSLATE_NOOP("Airpane", "The neighbor as a link of a multi-link device (Wi-Fi 7)."),
                  at, 3, bits);
}

// One TBTT Information field of LENGTH bytes at AT, laid out by its length (Table 9-282).
Field tbttInformation(const ElementBuilder &b, int at, int length)
{
    Field info = b.field("tbttInformation", QT_TRANSLATE_NOOP("Airpane", "Neighbor AP"), QString(),
                         QT_TRANSLATE_NOOP("Airpane", "One AP on that channel."), at, length);
    info.children << b.field(
        "tbttOffset", QT_TRANSLATE_NOOP("Airpane", "TBTT offset"),
        b.u8(at) == 255 ? tr(QT_TRANSLATE_NOOP("Airpane", "unknown")) : withUnit(b.u8(at), "TU"),
        QT_TRANSLATE_NOOP("Airpane", "When its next beacon comes, after this one's."), at, 1);
    const bool bssid = length >= 7 && length != 10;
    const bool shortSsid = length == 5 || length == 6 || length >= 11;
    const bool parameters = length == 2 || length == 6 || length == 8 || length == 9 || length >= 12;
    int pos = at + 1;
    if (length == 4) { // TBTT offset and MLD parameters
        info.children << mldParameters(b, pos);
        return info;
    }
    if (bssid) {
        info.children << b.field("bssid", QT_TRANSLATE_NOOP("Airpane", "BSSID"), b.mac(pos),
                                 QT_TRANSLATE_NOOP("Airpane", "The neighbor's BSSID."), pos, 6);
        info.value = b.mac(pos);
        pos += 6;
    }
    if (shortSsid) {
        info.children << b.field("shortSsid", QT_TRANSLATE_NOOP("Airpane", "Short SSID"), b.hex(pos, 4),
                                 QT_TRANSLATE_NOOP("Airpane",
                                                   "A CRC-32 of the neighbor's SSID, to tell networks apart "
                                                   "without their names."),
                                 pos, 4);
        pos += 4;
    }
    if (parameters) {
        info.children << bssParameters(b, pos);
        pos += 1;
    }
    if (length == 9 || length >= 13) {
        const int psd = std::int8_t(b.u8(pos));
        info.children << b.field("psd20MHz", QT_TRANSLATE_NOOP("Airpane", "20 MHz PSD"),
                                 psd == -128 ? tr(QT_TRANSLATE_NOOP("Airpane", "not given"))
                                             : QStringLiteral("%1 dBm/MHz").arg(psd / 2.0),
                                 QT_TRANSLATE_NOOP("Airpane", "The neighbor's power spectral density limit."),
                                 pos, 1);
        pos += 1;
    }
    if (length >= 16) {
        info.children << mldParameters(b, pos);
        pos += 3;
    }
    if (pos < at + length) {
        info.children << b.field(
            "reserved", QT_TRANSLATE_NOOP("Airpane", "Further data"), b.hex(pos, at + length - pos),
            QT_TRANSLATE_NOOP("Airpane", "Bytes of a layout this decoder does not know."), pos,
            at + length - pos);
    }
    return info;
}

} // namespace

void decodeReducedNeighborReport(ElementBuilder &b)
{
    int at = 0;
    while (at < b.size()) {
        if (!b.need(at, 4, QT_TRANSLATE_NOOP("Airpane", "A neighbor AP information header"))) {
            return;
        }
        const std::uint16_t header = b.le16(at);
        const int count = ((header >> 4) & 0xf) + 1;
        const int length = header >> 8;
        if (!b.need(at + 4, count * length, QT_TRANSLATE_NOOP("Airpane", "A TBTT information set"))) {
            return;
        }
        Field neighbor =
            b.field("neighborApInformation", QT_TRANSLATE_NOOP("Airpane", "Neighbor AP information"),
                    tr(QT_TRANSLATE_NOOP("Airpane", "channel %1, class %2, %3 APs"))
                        .arg(b.u8(at + 3))
                        .arg(b.u8(at + 2))
                        .arg(count),
                    QT_TRANSLATE_NOOP("Airpane", "APs on one channel, often the same device's 6 GHz "
                                                 "radio."),
                    at, 4 + count * length);
        static constexpr Bit headerBits[] = {
            {0, 2, "fieldType", QT_TRANSLATE_NOOP("Airpane", "TBTT information field type"),
             QT_TRANSLATE_NOOP("Airpane", "0 is the only defined layout."), nullptr, true},
            {2, 1, "filteredNeighborAp", QT_TRANSLATE_NOOP("Airpane", "Filtered neighbor AP"),
             QT_TRANSLATE_NOOP("Airpane", "Only APs matching the probed SSID are listed."), nullptr, true},
            {4, 4, "tbttInformationCount", QT_TRANSLATE_NOOP("Airpane", "TBTT information count"),
             QT_TRANSLATE_NOOP("Airpane", "How many APs follow."),
             [](std::uint64_t v) { return QString::number(v + 1); }, true},
            {8, 8, "tbttInformationLength", QT_TRANSLATE_NOOP("Airpane", "TBTT information length"),
             QT_TRANSLATE_NOOP("Airpane", "Bytes per AP, which says which fields each has."), nullptr, true},
        };
        neighbor.children
            << b.bits("header", QT_TRANSLATE_NOOP("Airpane", "TBTT information header"),
                      QT_TRANSLATE_NOOP("Airpane", "How the APs that follow are described."), at, 2,
                      headerBits)
            << b.field("operatingClass", QT_TRANSLATE_NOOP("Airpane", "Operating class"),
                       QString::number(b.u8(at + 2)),
                       QT_TRANSLATE_NOOP("Airpane", "The band and width of the neighbors' channel."), at + 2,
                       1)
            << b.field("channel", QT_TRANSLATE_NOOP("Airpane", "Channel"), QString::number(b.u8(at + 3)),
                       QT_TRANSLATE_NOOP("Airpane", "The neighbors' primary channel."), at + 3, 1);
        for (int i = 0; i < count; ++i) {
            if ((header & 0x3) == 0 && length > 0) {
                neighbor.children << tbttInformation(b, at + 4 + i * length, length);
            }
        }
        b.add(neighbor);
        at += 4 + count * length;
    }
}

void decodeMultipleBssid(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    b.add(b.field(
        "maxBssidIndicator", QT_TRANSLATE_NOOP("Airpane", "Max BSSID indicator"), QString::number(b.u8(0)),
        QT_TRANSLATE_NOOP("Airpane", "The set has up to 2^n BSSIDs, which differ in their last n bits."), 0,
        1));
    int at = 1;
    while (at < b.size()) {
        if (!b.need(at, 2, QT_TRANSLATE_NOOP("Airpane", "A subelement header")) ||
            !b.need(at + 2, b.u8(at + 1), QT_TRANSLATE_NOOP("Airpane", "A subelement"))) {
            return;
        }
        const int id = b.u8(at);
        const int length = b.u8(at + 1);
        if (id == 0) {
            Field profile =
                b.field("nontransmittedProfile", QT_TRANSLATE_NOOP("Airpane", "Nontransmitted BSSID profile"),
                        QString(),
                        QT_TRANSLATE_NOOP("Airpane", "Another BSS of the same AP: its elements, which "
                                                     "override the ones of this frame."),
                        at, 2 + length);
            addNestedElements(b, profile, at + 2, length);
            for (const Field &nested : std::as_const(profile.children)) {
                if (nested.key == QLatin1String("ssid") && !nested.children.isEmpty()) {
                    profile.value = nested.children.first().value;
                }
            }
            b.add(profile);
        } else {
            Field other = b.field(
                "subelement", QT_TRANSLATE_NOOP("Airpane", "Subelement"), b.hex(at + 2, length),
                QT_TRANSLATE_NOOP("Airpane", "A vendor-specific or unknown subelement."), at, 2 + length);
            other.key += QString::number(id);
            b.add(other);
        }
        at += 2 + length;
    }
}

void decodeMultipleBssidIndex(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    b.add(b.field("bssidIndex", QT_TRANSLATE_NOOP("Airpane", "BSSID index"), QString::number(b.u8(0)),
                  QT_TRANSLATE_NOOP("Airpane", "Which BSSID of the set this profile describes."), 0, 1));
    if (b.size() >= 3) {
        b.add(b.field("dtimPeriod", QT_TRANSLATE_NOOP("Airpane", "DTIM period"), QString::number(b.u8(1)),
                      QT_TRANSLATE_NOOP("Airpane", "This BSS's DTIM period."), 1, 1));
        b.add(b.field("dtimCount", QT_TRANSLATE_NOOP("Airpane", "DTIM count"), QString::number(b.u8(2)),
                      QT_TRANSLATE_NOOP("Airpane", "Beacons until this BSS's next DTIM."), 2, 1));
        b.extra(3);
    } else {
        b.extra(1);
    }
}

void decodeMultipleBssidConfiguration(ElementBuilder &b)
{
    if (!b.atLeast(2)) {
        return;
    }
    b.add(b.field("bssidCount", QT_TRANSLATE_NOOP("Airpane", "BSSID count"), QString::number(b.u8(0)),
                  QT_TRANSLATE_NOOP("Airpane", "How many BSSes the set has now."), 0, 1));
    b.add(b.field("profilePeriodicity", QT_TRANSLATE_NOOP("Airpane", "Full set receive periodicity"),
                  QString::number(b.u8(1)),
                  QT_TRANSLATE_NOOP("Airpane", "Beacons it takes to advertise every profile of the set."), 1,
                  1));
    b.extra(2);
}

} // namespace Airpane::Elements::Inspector
