// SPDX-License-Identifier: GPL-3.0-or-later
// Vendor Specific elements (9.4.2.25) by OUI and type: Microsoft's WPA, WMM and WPS; the Wi-Fi
// Alliance's P2P, Hotspot 2.0, OSEN and OWE transition; any other kept as OUI and data.
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

constexpr std::uint32_t ouiMicrosoft = 0x0050f2;
constexpr std::uint32_t ouiWfa = 0x506f9a;

void decodeWmmAccessCategories(ElementBuilder &b, int at)
{
    static const char *const names[] = {"BE", "BK", "VI", "VO"};
    for (int i = 0; i < 4; ++i, at += 4) {
        const int aci = (b.u8(at) >> 5) & 3;
        const int txop = b.le16(at + 2);
        QString value = QStringLiteral("CW %1-%2, AIFSN %3")
                            .arg((1 << (b.u8(at + 1) & 0xf)) - 1)
                            .arg((1 << (b.u8(at + 1) >> 4)) - 1)
                            .arg(b.u8(at) & 0xf);
        if (txop) {
            value += QStringLiteral(", TXOP %1 µs").arg(txop * 32);
        }
        if (b.u8(at) & 0x10) {
            value += QStringLiteral(", ") + tr(QT_TRANSLATE_NOOP("Airpane", "admission control"));
        }
        Field record =
            b.field("ac", QT_TRANSLATE_NOOP("Airpane", "Access category"), value,
                    QT_TRANSLATE_NOOP("Airpane", "How eagerly this traffic class contends for the air: "
                                                 "a smaller window and AIFSN go first."),
                    at, 4);
        record.key += QLatin1String(names[aci]);
        record.label += QStringLiteral(" %1").arg(QLatin1String(names[aci]));
        static constexpr Bit aciAifsn[] = {
            {0, 4, "aifsn", QT_TRANSLATE_NOOP("Airpane", "AIFSN"),
             QT_TRANSLATE_NOOP("Airpane", "Slots to wait after the medium goes idle."), nullptr, true},
            {4, 1, "acm", QT_TRANSLATE_NOOP("Airpane", "Admission control mandatory"),
             QT_TRANSLATE_NOOP("Airpane", "Stations must ask before sending this class."), nullptr, true},
            {5, 2, "aci", QT_TRANSLATE_NOOP("Airpane", "ACI"),
             QT_TRANSLATE_NOOP("Airpane", "Which class: 0 best effort, 1 background, 2 video, 3 voice."),
             nullptr, true},
        };
        static constexpr Bit ecw[] = {
            {0, 4, "ecwMin", QT_TRANSLATE_NOOP("Airpane", "ECWmin"),
             QT_TRANSLATE_NOOP("Airpane", "The smallest contention window, as 2^ECW - 1 slots."),
             [](std::uint64_t v) { return QString::number((1 << v) - 1); }, true},
            {4, 4, "ecwMax", QT_TRANSLATE_NOOP("Airpane", "ECWmax"),
             QT_TRANSLATE_NOOP("Airpane", "The largest contention window, as 2^ECW - 1 slots."),
             [](std::uint64_t v) { return QString::number((1 << v) - 1); }, true},
        };
        b.addBits(record, b.u8(at), at, aciAifsn);
        b.addBits(record, b.u8(at + 1), at + 1, ecw);
        record.children << b.field(
            "txopLimit", QT_TRANSLATE_NOOP("Airpane", "TXOP limit"), QStringLiteral("%1 µs").arg(txop * 32),
            QT_TRANSLATE_NOOP("Airpane", "How long one transmit opportunity may last (0: one "
                                         "frame)."),
            at + 2, 2);
        b.add(record);
    }
}

void decodeWmm(ElementBuilder &b)
{
    if (!b.need(4, 3, QT_TRANSLATE_NOOP("Airpane", "The WMM header"))) {
        return;
    }
    const int subtype = b.u8(4);
    if (subtype == 0) {
        b.setKind("wmm-information", QT_TRANSLATE_NOOP("Airpane", "WMM Information"));
    } else if (subtype == 1) {
        b.setKind("wmm-parameter", QT_TRANSLATE_NOOP("Airpane", "WMM Parameter"));
    }
    b.add(b.field("subtype", QT_TRANSLATE_NOOP("Airpane", "OUI subtype"), QString::number(subtype),
                  QT_TRANSLATE_NOOP("Airpane", "0: information element, 1: parameter element."), 4, 1));
    b.add(b.field("version", QT_TRANSLATE_NOOP("Airpane", "Version"), QString::number(b.u8(5)),
                  QT_TRANSLATE_NOOP("Airpane", "Always 1."), 5, 1));
    if (subtype > 1) {
        b.add(b.field("data", QT_TRANSLATE_NOOP("Airpane", "Data"), b.hex(6, b.size() - 6),
                      QT_TRANSLATE_NOOP("Airpane", "The body of a WMM element of another subtype (TSPEC)."),
                      6, b.size() - 6));
        return;
    }
    static constexpr Bit qos[] = {
        {0, 4, "parameterSetCount", QT_TRANSLATE_NOOP("Airpane", "Parameter set count"),
         QT_TRANSLATE_NOOP("Airpane", "Changes whenever the AP changes its parameters."), nullptr, true},
        {7, 1, "uapsd", QT_TRANSLATE_NOOP("Airpane", "U-APSD"),
         QT_TRANSLATE_NOOP("Airpane", "Unscheduled automatic power save delivery, for phones."), nullptr,
         true},
    };
    b.add(b.bits("qosInfo", QT_TRANSLATE_NOOP("Airpane", "QoS info"),
                 QT_TRANSLATE_NOOP("Airpane", "Parameter version and power save support."), 6, 1, qos));
    if (subtype == 0) {
        b.extra(7);
        return;
    }
    if (!b.need(7, 17, QT_TRANSLATE_NOOP("Airpane", "The access category parameters"))) {
        return;
    }
    decodeWmmAccessCategories(b, 8);
    b.extra(24);
}

void decodeHotspot20(ElementBuilder &b)
{
    if (!b.need(4, 1, QT_TRANSLATE_NOOP("Airpane", "The Hotspot 2.0 configuration"))) {
        return;
    }
    static constexpr Bit configuration[] = {
        {0, 1, "dgafDisabled", QT_TRANSLATE_NOOP("Airpane", "DGAF disabled"),
         QT_TRANSLATE_NOOP("Airpane",
                           "No broadcast traffic is forwarded to stations (downstream group-addressed "
                           "forwarding off)."),
         nullptr, true},
        {1, 1, "ppsMoIdPresent", QT_TRANSLATE_NOOP("Airpane", "PPS MO ID present"),
         QT_TRANSLATE_NOOP("Airpane", "A subscription management object ID follows."), nullptr, true},
        {2, 1, "anqpDomainIdPresent", QT_TRANSLATE_NOOP("Airpane", "ANQP domain ID present"),
         QT_TRANSLATE_NOOP("Airpane", "An ANQP domain ID follows."), nullptr, true},
        {4, 4, "release", QT_TRANSLATE_NOOP("Airpane", "Release"),
         QT_TRANSLATE_NOOP("Airpane", "Hotspot 2.0 release, minus one."),
         [](std::uint64_t v) { return QString::number(v + 1); }, true},
    };
    b.add(b.bits("configuration", QT_TRANSLATE_NOOP("Airpane", "Hotspot configuration"),
                 QT_TRANSLATE_NOOP("Airpane", "Passpoint release and options."), 4, 1, configuration));
    int at = 5;
    if (b.u8(4) & 0x2) {
        if (!b.need(at, 2, QT_TRANSLATE_NOOP("Airpane", "The PPS MO ID"))) {
            return;
        }
        b.add(b.field("ppsMoId", QT_TRANSLATE_NOOP("Airpane", "PPS MO ID"), QString::number(b.le16(at)),
                      QT_TRANSLATE_NOOP("Airpane", "The subscription this AP belongs to."), at, 2));
        at += 2;
    }
    if (b.u8(4) & 0x4) {
        if (!b.need(at, 2, QT_TRANSLATE_NOOP("Airpane", "The ANQP domain ID"))) {
            return;
        }
        b.add(b.field(
            "anqpDomainId", QT_TRANSLATE_NOOP("Airpane", "ANQP domain ID"), QString::number(b.le16(at)),
            QT_TRANSLATE_NOOP("Airpane", "APs with the same ID give the same ANQP answers."), at, 2));
        at += 2;
    }
    b.extra(at);
}

void decodeOweTransition(ElementBuilder &b)
{
    if (!b.need(4, 7, QT_TRANSLATE_NOOP("Airpane", "The BSSID and SSID length"))) {
        return;
    }
    b.add(b.field("bssid", QT_TRANSLATE_NOOP("Airpane", "BSSID"), b.mac(4),
                  QT_TRANSLATE_NOOP("Airpane",
                                    "The twin BSS: the encrypted OWE one for an open BSS, or the other "
                                    "way round."),
                  4, 6));
    const int length = b.u8(10);
    if (!b.need(11, length, QT_TRANSLATE_NOOP("Airpane", "The SSID"))) {
        return;
    }
    b.add(b.field("ssid", QT_TRANSLATE_NOOP("Airpane", "SSID"), b.text(11, length),
                  QT_TRANSLATE_NOOP("Airpane", "The twin BSS's name (an OWE BSS is usually hidden)."), 10,
                  1 + length));
    int at = 11 + length;
    if (at + 2 <= b.size()) {
        b.add(b.field("operatingClass", QT_TRANSLATE_NOOP("Airpane", "Band info"), QString::number(b.u8(at)),
                      QT_TRANSLATE_NOOP("Airpane", "The twin's operating class, when on another channel."),
                      at, 1));
        b.add(b.field("channel", QT_TRANSLATE_NOOP("Airpane", "Channel info"), QString::number(b.u8(at + 1)),
                      QT_TRANSLATE_NOOP("Airpane", "The twin's channel, when on another one."), at + 1, 1));
        at += 2;
    }
    b.extra(at);
}

} // namespace

void decodeVendorSpecific(ElementBuilder &b)
{
    if (!b.atLeast(3)) {
        return;
    }
    const std::uint32_t oui = std::uint32_t(b.u8(0)) << 16 | std::uint32_t(b.u8(1)) << 8 | b.u8(2);
    b.add(b.field("oui", QT_TRANSLATE_NOOP("Airpane", "OUI"), b.oui(0),
                  QT_TRANSLATE_NOOP("Airpane", "The organization that defined this element."), 0, 3));
    const int type = b.size() >= 4 ? b.u8(3) : -1;
    auto addType = [&] {
        b.add(b.field("vendorType", QT_TRANSLATE_NOOP("Airpane", "Vendor type"), QString::number(type),
                      QT_TRANSLATE_NOOP("Airpane", "Which of the organization's elements this is."), 3, 1));
    };
    if (oui == ouiMicrosoft && type == 1) {
        b.setKind("wpa", QT_TRANSLATE_NOOP("Airpane", "WPA"));
        addType();
        decodeWpaBody(b, 4, true);
    } else if (oui == ouiMicrosoft && type == 2) {
        b.setKind("wmm", QT_TRANSLATE_NOOP("Airpane", "WMM"));
        addType();
        decodeWmm(b);
    } else if (oui == ouiMicrosoft && type == 4) {
        b.setKind("wps", QT_TRANSLATE_NOOP("Airpane", "Wi-Fi Protected Setup"));
        addType();
        decodeWpsAttributes(b, 4);
    } else if (oui == ouiWfa && type == 9) {
        b.setKind("p2p", QT_TRANSLATE_NOOP("Airpane", "Wi-Fi Direct (P2P)"));
        addType();
        decodeP2pAttributes(b, 4);
    } else if (oui == ouiWfa && type == 0x10) {
        b.setKind("hotspot20", QT_TRANSLATE_NOOP("Airpane", "Hotspot 2.0 Indication"));
        addType();
        decodeHotspot20(b);
    } else if (oui == ouiWfa && type == 0x12) {
        b.setKind("osen", QT_TRANSLATE_NOOP("Airpane", "OSEN"));
        addType();
        decodeWpaBody(b, 4, false);
    } else if (oui == ouiWfa && type == 0x1c) {
        b.setKind("owe-transition", QT_TRANSLATE_NOOP("Airpane", "OWE Transition Mode"));
        addType();
        decodeOweTransition(b);
    } else if (b.size() > 3) {
        b.add(b.field("data", QT_TRANSLATE_NOOP("Airpane", "Data"), b.hex(3, b.size() - 3),
                      QT_TRANSLATE_NOOP("Airpane", "What follows the OUI, in the vendor's own format."), 3,
                      b.size() - 3));
    }
}

} // namespace Airpane::Elements::Inspector
