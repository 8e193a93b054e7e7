// SPDX-License-Identifier: GPL-3.0-or-later
// The P2P attributes with inner structure: capabilities, channel list, notice of absence, device
// info and group info (Wi-Fi P2P Technical Specification 1.7, 4.1).
#include "p2pdecoding.h"

namespace Airpane::Elements::Inspector {
namespace {

bool lies(ElementBuilder &b, int at, int count, int end, const char *what)
{
    if (at + count <= end) {
        return false;
    }
    b.error(tr(QT_TRANSLATE_NOOP("Airpane", "%1 runs past the end of its P2P attribute")).arg(tr(what)));
    return true;
}

// Device address (6), config methods (2), primary device type (8), secondary types (1 + 8 each),
// device name (a WPS attribute). Returns the name, or an empty string when the lengths lie.
QString deviceDescription(ElementBuilder &b, Field &field, int at, int end)
{
    if (lies(b, at, 17, end, QT_TRANSLATE_NOOP("Airpane", "A device description"))) {
        return {};
    }
    field.children << b.field("deviceAddress", QT_TRANSLATE_NOOP("Airpane", "Device address"), b.mac(at),
                              QT_TRANSLATE_NOOP("Airpane", "The P2P device's own address."), at, 6)
                   << b.field("configMethods", QT_TRANSLATE_NOOP("Airpane", "Config methods"),
                              wpsConfigMethods(b.be16(at + 6)),
                              QT_TRANSLATE_NOOP("Airpane",
                                                "How a connection can be confirmed: push button, PIN "
                                                "on a display or keypad."),
                              at + 6, 2)
                   << b.field("primaryDeviceType", QT_TRANSLATE_NOOP("Airpane", "Primary device type"),
                              wpsDeviceType(b, at + 8),
                              QT_TRANSLATE_NOOP("Airpane", "Category, OUI and subcategory: 7-0050F204-4 is a "
                                                           "television."),
                              at + 8, 8);
    const int secondary = b.u8(at + 16);
    at += 17;
    if (lies(b, at, 8 * secondary, end, QT_TRANSLATE_NOOP("Airpane", "The secondary device type list"))) {
        return {};
    }
    for (int i = 0; i < secondary; ++i, at += 8) {
        field.children << b.field("secondaryDeviceType",
                                  QT_TRANSLATE_NOOP("Airpane", "Secondary device type"), wpsDeviceType(b, at),
                                  QT_TRANSLATE_NOOP("Airpane", "Another kind of device it also is."), at, 8);
    }
    if (lies(b, at, 4, end, QT_TRANSLATE_NOOP("Airpane", "The device name header")) ||
        lies(b, at + 4, b.be16(at + 2), end, QT_TRANSLATE_NOOP("Airpane", "The device name"))) {
        return {};
    }
    if (b.be16(at) != 0x1011) {
        b.error(tr(QT_TRANSLATE_NOOP("Airpane", "a P2P device name has WPS type 0x%1, not 0x1011"))
                    .arg(b.be16(at), 4, 16, QLatin1Char('0')));
    }
    const QString name = b.text(at + 4, b.be16(at + 2));
    field.children << b.field("deviceName", QT_TRANSLATE_NOOP("Airpane", "Device name"), name,
                              QT_TRANSLATE_NOOP("Airpane", "The name a user gave the device."), at,
                              4 + b.be16(at + 2));
    return name;
}

} // namespace

Field p2pDeviceCapability(const ElementBuilder &b, int at)
{
    static constexpr Bit bits[] = {
        {0, 1, "serviceDiscovery", QT_TRANSLATE_NOOP("Airpane", "Service discovery"),
         QT_TRANSLATE_NOOP("Airpane", "Answers queries for the services it offers.")},
        {1, 1, "clientDiscoverability", QT_TRANSLATE_NOOP("Airpane", "Client discoverability"),
         QT_TRANSLATE_NOOP("Airpane", "Can be found while it is a client of a group.")},
        {2, 1, "concurrentOperation", QT_TRANSLATE_NOOP("Airpane", "Concurrent operation"),
         QT_TRANSLATE_NOOP("Airpane", "Runs a P2P group beside a normal Wi-Fi connection.")},
        {3, 1, "infrastructureManaged", QT_TRANSLATE_NOOP("Airpane", "Infrastructure managed"),
         QT_TRANSLATE_NOOP("Airpane", "A managed network's AP may control its P2P use.")},
        {4, 1, "deviceLimit", QT_TRANSLATE_NOOP("Airpane", "Device limit"),
         QT_TRANSLATE_NOOP("Airpane", "Cannot join any more groups.")},
        {5, 1, "invitationProcedure", QT_TRANSLATE_NOOP("Airpane", "Invitation procedure"),
         QT_TRANSLATE_NOOP("Airpane", "Can be invited to a group.")},
    };
    return b.bits("deviceCapability", QT_TRANSLATE_NOOP("Airpane", "Device capability"),
                  QT_TRANSLATE_NOOP("Airpane", "What the P2P device can do."), at, 1, bits);
}

Field p2pGroupCapability(const ElementBuilder &b, int at)
{
    static constexpr Bit bits[] = {
        {0, 1, "groupOwner", QT_TRANSLATE_NOOP("Airpane", "Group owner"),
         QT_TRANSLATE_NOOP("Airpane", "It runs a group now, acting as its AP.")},
        {1, 1, "persistentGroup", QT_TRANSLATE_NOOP("Airpane", "Persistent group"),
         QT_TRANSLATE_NOOP("Airpane", "The group is kept for later reconnections.")},
        {2, 1, "groupLimit", QT_TRANSLATE_NOOP("Airpane", "Group limit"),
         QT_TRANSLATE_NOOP("Airpane", "The group takes no more clients.")},
        {3, 1, "intraBssDistribution", QT_TRANSLATE_NOOP("Airpane", "Intra-BSS distribution"),
         QT_TRANSLATE_NOOP("Airpane", "Clients of the group can talk to each other.")},
        {4, 1, "crossConnection", QT_TRANSLATE_NOOP("Airpane", "Cross connection"),
         QT_TRANSLATE_NOOP("Airpane", "The group owner routes clients to its other network.")},
        {5, 1, "persistentReconnect", QT_TRANSLATE_NOOP("Airpane", "Persistent reconnect"),
         QT_TRANSLATE_NOOP("Airpane", "Known clients reconnect without asking the user.")},
        {6, 1, "groupFormation", QT_TRANSLATE_NOOP("Airpane", "Group formation"),
         QT_TRANSLATE_NOOP("Airpane", "The group is being set up.")},
        {7, 1, "ipAddressAllocation", QT_TRANSLATE_NOOP("Airpane", "IP address allocation"),
         QT_TRANSLATE_NOOP("Airpane", "Hands out IP addresses in the 4-way handshake.")},
    };
    return b.bits("groupCapability", QT_TRANSLATE_NOOP("Airpane", "Group capability"),
                  QT_TRANSLATE_NOOP("Airpane", "The state of its group, if it runs one."), at, 1, bits);
}

QString p2pChannelList(ElementBuilder &b, Field &field, int at, int length)
{
    const int end = at + length;
    if (lies(b, at, 3, end, QT_TRANSLATE_NOOP("Airpane", "The country string"))) {
        return {};
    }
    field.children << b.field("country", QT_TRANSLATE_NOOP("Airpane", "Country"), b.text(at, 2),
                              QT_TRANSLATE_NOOP("Airpane", "Whose operating classes the entries use."), at,
                              3);
    QStringList summary;
    for (at += 3; at < end;) {
        if (lies(b, at, 2, end, QT_TRANSLATE_NOOP("Airpane", "A channel entry")) ||
            lies(b, at + 2, b.u8(at + 1), end, QT_TRANSLATE_NOOP("Airpane", "A channel entry"))) {
            break;
        }
        QStringList channels;
        for (int i = 0; i < b.u8(at + 1); ++i) {
            channels.append(QString::number(b.u8(at + 2 + i)));
        }
        const QString entry = QStringLiteral("%1: %2").arg(b.u8(at)).arg(channels.join(QLatin1Char(' ')));
        field.children << b.field("channelEntry",
                                  QT_TRANSLATE_NOOP("Airpane", "Operating class and channels"), entry,
                                  QT_TRANSLATE_NOOP("Airpane", "Channels of one operating class it can use."),
                                  at, 2 + b.u8(at + 1));
        summary.append(entry);
        at += 2 + b.u8(at + 1);
    }
    return summary.join(QStringLiteral("; "));
}

QString p2pNoticeOfAbsence(ElementBuilder &b, Field &field, int at, int length)
{
    const int end = at + length;
    if (lies(b, at, 2, end, QT_TRANSLATE_NOOP("Airpane", "The notice of absence header"))) {
        return {};
    }
    field.children
        << b.field("index", QT_TRANSLATE_NOOP("Airpane", "Index"), QString::number(b.u8(at)),
                   QT_TRANSLATE_NOOP("Airpane", "Changes with every new schedule."), at, 1)
        << b.field("ctWindow", QT_TRANSLATE_NOOP("Airpane", "CTWindow"), withUnit(b.u8(at + 1) & 0x7f, "TU"),
                   QT_TRANSLATE_NOOP("Airpane", "How long the group owner stays awake after a beacon."),
                   at + 1, 1)
        << b.field("oppPs", QT_TRANSLATE_NOOP("Airpane", "Opportunistic power save"),
                   yesNo(b.u8(at + 1) & 0x80),
                   QT_TRANSLATE_NOOP("Airpane", "The group owner sleeps when its clients do."), at + 1, 1);
    int count = 0;
    for (at += 2; at < end; at += 13, ++count) {
        if (lies(b, at, 13, end, QT_TRANSLATE_NOOP("Airpane", "A notice of absence descriptor"))) {
            break;
        }
        field.children << b.field("absence", QT_TRANSLATE_NOOP("Airpane", "Absence"),
                                  tr(QT_TRANSLATE_NOOP("Airpane", "%1 × %2 µs every %3 µs from %4"))
                                      .arg(b.u8(at))
                                      .arg(b.le32(at + 1))
                                      .arg(b.le32(at + 5))
                                      .arg(b.le32(at + 9)),
                                  QT_TRANSLATE_NOOP("Airpane",
                                                    "When the group owner is away: count, duration, "
                                                    "interval and start time."),
                                  at, 13);
    }
    return tr(QT_TRANSLATE_NOOP("Airpane", "%1 absences")).arg(count);
}

QString p2pDeviceInfo(ElementBuilder &b, Field &field, int at, int length)
{
    return deviceDescription(b, field, at, at + length);
}

QString p2pGroupInfo(ElementBuilder &b, Field &field, int at, int length)
{
    const int end = at + length;
    int clients = 0;
    while (at < end) {
        const int size = b.u8(at);
        if (lies(b, at + 1, size, end, QT_TRANSLATE_NOOP("Airpane", "A client info descriptor"))) {
            break;
        }
        Field client =
            b.field("client", QT_TRANSLATE_NOOP("Airpane", "Client"), QString(),
                    QT_TRANSLATE_NOOP("Airpane", "A device connected to the group."), at, 1 + size);
        const int inner = at + 1;
        if (!lies(b, inner, 15, inner + size, QT_TRANSLATE_NOOP("Airpane", "A client info descriptor"))) {
            client.children << b.field("interfaceAddress", QT_TRANSLATE_NOOP("Airpane", "Interface address"),
                                       b.mac(inner + 6),
                                       QT_TRANSLATE_NOOP("Airpane", "The address it uses in the group."),
                                       inner + 6, 6)
                            << p2pDeviceCapability(b, inner + 12);
            // The device address, then config methods and the rest as in device info, after the
            // interface address and capability.
            Field description;
            const QString name = deviceDescription(b, description, inner + 13 - 6, inner + size);
            client.value = name;
            for (Field &part : description.children) {
                if (part.key == QLatin1String("deviceAddress")) {
                    part =
                        b.field("deviceAddress", QT_TRANSLATE_NOOP("Airpane", "Device address"), b.mac(inner),
                                QT_TRANSLATE_NOOP("Airpane", "The P2P device's own address."), inner, 6);
                }
                client.children << part;
            }
        }
        field.children << client;
        at += 1 + size;
        ++clients;
    }
    return tr(QT_TRANSLATE_NOOP("Airpane", "%1 clients")).arg(clients);
}

} // namespace Airpane::Elements::Inspector
