// SPDX-License-Identifier: GPL-3.0-or-later
// Values WPS shares with P2P (device type, config methods) and the Vendor Extension attribute.
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

QString names(std::uint32_t value, std::initializer_list<std::pair<std::uint32_t, const char *>> table)
{
    QStringList result;
    for (const auto &[bit, name] : table) {
        if ((value & bit) == bit) {
            result.append(tr(name));
        }
    }
    return result.isEmpty() ? tr(QT_TRANSLATE_NOOP("Airpane", "none")) : result.join(QStringLiteral(", "));
}

} // namespace

// The WSC device type: category, OUI and subcategory, as iw and wpa_supplicant write it.
QString wpsDeviceType(const ElementBuilder &b, int at)
{
    return QStringLiteral("%1-%2-%3").arg(b.be16(at)).arg(b.hex(at + 2, 4).toUpper()).arg(b.be16(at + 6));
}

QString wpsConfigMethods(std::uint16_t value)
{
    return names(value, {{0x0001, "USB"},
                         {0x0002, "Ethernet"},
                         {0x0004, QT_TRANSLATE_NOOP("Airpane", "label")},
                         {0x0008, QT_TRANSLATE_NOOP("Airpane", "display")},
                         {0x0010, QT_TRANSLATE_NOOP("Airpane", "external NFC token")},
                         {0x0020, QT_TRANSLATE_NOOP("Airpane", "integrated NFC token")},
                         {0x0040, QT_TRANSLATE_NOOP("Airpane", "NFC interface")},
                         {0x0080, QT_TRANSLATE_NOOP("Airpane", "push button")},
                         {0x0100, QT_TRANSLATE_NOOP("Airpane", "keypad")},
                         {0x0200, QT_TRANSLATE_NOOP("Airpane", "virtual push button")},
                         {0x0400, QT_TRANSLATE_NOOP("Airpane", "physical push button")},
                         {0x2000, QT_TRANSLATE_NOOP("Airpane", "virtual display PIN")},
                         {0x4000, QT_TRANSLATE_NOOP("Airpane", "physical display PIN")}});
}

// A Vendor Extension attribute's value: the vendor's OUI, then for the Wi-Fi Alliance's (00-37-2a)
// subelements of ID (1) and length (1).
void addWpsVendorExtension(ElementBuilder &b, Field &parent, int at, int length)
{
    const int end = at + length;
    if (b.oui(at) != QLatin1String("00-37-2a")) {
        parent.children << b.field("data", QT_TRANSLATE_NOOP("Airpane", "Data"), b.hex(at + 3, length - 3),
                                   QT_TRANSLATE_NOOP("Airpane", "The vendor's own data."), at + 3,
                                   length - 3);
        return;
    }
    for (at += 3; at < end;) {
        if (at + 2 > end || at + 2 + b.u8(at + 1) > end) {
            b.error(tr(
                QT_TRANSLATE_NOOP("Airpane", "a WFA vendor extension subelement runs past its attribute")));
            return;
        }
        const int id = b.u8(at);
        const int size = b.u8(at + 1);
        const int v = at + 2;
        Field sub;
        switch (id) {
        case 0:
            sub = b.field("version2", QT_TRANSLATE_NOOP("Airpane", "Version2"),
                          QStringLiteral("%1.%2").arg(b.u8(v) >> 4).arg(b.u8(v) & 0xf),
                          QT_TRANSLATE_NOOP("Airpane", "The WPS version (2.0 and later)."), at, 2 + size);
            break;
        case 1: {
            QStringList macs;
            for (int i = 0; i + 6 <= size; i += 6) {
                macs.append(b.mac(v + i));
            }
            sub = b.field("authorizedMacs", QT_TRANSLATE_NOOP("Airpane", "Authorized MACs"),
                          macs.join(QStringLiteral(", ")),
                          QT_TRANSLATE_NOOP("Airpane", "Stations the registrar expects to enroll now."), at,
                          2 + size);
            break;
        }
        case 2:
            sub = b.field("networkKeyShareable", QT_TRANSLATE_NOOP("Airpane", "Network key shareable"),
                          yesNo(b.u8(v)), QT_TRANSLATE_NOOP("Airpane", "The key may be passed on."), at,
                          2 + size);
            break;
        case 3:
            sub =
                b.field("requestToEnroll", QT_TRANSLATE_NOOP("Airpane", "Request to enroll"), yesNo(b.u8(v)),
                        QT_TRANSLATE_NOOP("Airpane", "The device wants to join a network."), at, 2 + size);
            break;
        case 4:
            sub = b.field("settingsDelayTime", QT_TRANSLATE_NOOP("Airpane", "Settings delay time"),
                          withUnit(b.u8(v), "s"),
                          QT_TRANSLATE_NOOP("Airpane", "How long new settings take to apply."), at, 2 + size);
            break;
        case 5:
            sub = b.field("registrarConfigMethods",
                          QT_TRANSLATE_NOOP("Airpane", "Registrar configuration methods"),
                          wpsConfigMethods(b.be16(v)),
                          QT_TRANSLATE_NOOP("Airpane", "How the registrar can be configured."), at, 2 + size);
            break;
        case 6:
            sub =
                b.field("multiAp", QT_TRANSLATE_NOOP("Airpane", "Multi-AP extension"), hexNumber(b.u8(v), 2),
                        QT_TRANSLATE_NOOP("Airpane", "EasyMesh backhaul and fronthaul roles."), at, 2 + size);
            break;
        default:
            sub = b.field("subelement", QT_TRANSLATE_NOOP("Airpane", "Subelement"), b.hex(v, size),
                          QT_TRANSLATE_NOOP("Airpane", "A WFA vendor extension Airpane has no name for."), at,
                          2 + size);
            sub.key += QString::number(id);
            break;
        }
        parent.children << sub;
        at += 2 + size;
    }
}

} // namespace Airpane::Elements::Inspector
