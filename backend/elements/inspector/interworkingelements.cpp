// SPDX-License-Identifier: GPL-3.0-or-later
// 802.11u (hotspots): Interworking, Advertisement Protocol, Roaming Consortium; and 802.11s mesh:
// Mesh Configuration, Mesh ID.
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

QString networkType(std::uint64_t value)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Airpane", "private"),
        QT_TRANSLATE_NOOP("Airpane", "private with guest access"),
        QT_TRANSLATE_NOOP("Airpane", "chargeable public"),
        QT_TRANSLATE_NOOP("Airpane", "free public"),
        QT_TRANSLATE_NOOP("Airpane", "personal device"),
        QT_TRANSLATE_NOOP("Airpane", "emergency services only"),
    };
    if (value < std::size(names)) {
        return QStringLiteral("%1 (%2)").arg(value).arg(tr(names[value]));
    }
    if (value == 14) {
        return QStringLiteral("14 (%1)").arg(tr(QT_TRANSLATE_NOOP("Airpane", "test or experimental")));
    }
    if (value == 15) {
        return QStringLiteral("15 (%1)").arg(tr(QT_TRANSLATE_NOOP("Airpane", "wildcard")));
    }
    return QStringLiteral("%1 (%2)").arg(value).arg(tr(QT_TRANSLATE_NOOP("Airpane", "reserved")));
}

QString venueGroup(int value)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Airpane", "unspecified"),
        QT_TRANSLATE_NOOP("Airpane", "assembly"),
        QT_TRANSLATE_NOOP("Airpane", "business"),
        QT_TRANSLATE_NOOP("Airpane", "educational"),
        QT_TRANSLATE_NOOP("Airpane", "factory and industrial"),
        QT_TRANSLATE_NOOP("Airpane", "institutional"),
        QT_TRANSLATE_NOOP("Airpane", "mercantile"),
        QT_TRANSLATE_NOOP("Airpane", "residential"),
        QT_TRANSLATE_NOOP("Airpane", "storage"),
        QT_TRANSLATE_NOOP("Airpane", "utility and miscellaneous"),
        QT_TRANSLATE_NOOP("Airpane", "vehicular"),
        QT_TRANSLATE_NOOP("Airpane", "outdoor"),
    };
    return QStringLiteral("%1 (%2)").arg(value).arg(
        value < int(std::size(names)) ? tr(names[value]) : tr(QT_TRANSLATE_NOOP("Airpane", "reserved")));
}

} // namespace

void decodeInterworking(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    static constexpr Bit options[] = {
        {0, 4, "accessNetworkType", QT_TRANSLATE_NOOP("Airpane", "Access network type"),
         QT_TRANSLATE_NOOP("Airpane", "Who the network is for: private, guest, public, ..."), networkType,
         true},
        {4, 1, "internet", QT_TRANSLATE_NOOP("Airpane", "Internet"),
         QT_TRANSLATE_NOOP("Airpane", "The network reaches the Internet."), nullptr, true},
        {5, 1, "asra", QT_TRANSLATE_NOOP("Airpane", "ASRA"),
         QT_TRANSLATE_NOOP("Airpane", "Additional steps are required for access (a captive portal, terms)."),
         nullptr, true},
        {6, 1, "esr", QT_TRANSLATE_NOOP("Airpane", "ESR"),
         QT_TRANSLATE_NOOP("Airpane", "Emergency services are reachable."), nullptr, true},
        {7, 1, "uesa", QT_TRANSLATE_NOOP("Airpane", "UESA"),
         QT_TRANSLATE_NOOP("Airpane", "Unauthenticated emergency service access."), nullptr, true},
    };
    b.add(b.bits("accessNetworkOptions", QT_TRANSLATE_NOOP("Airpane", "Access network options"),
                 QT_TRANSLATE_NOOP("Airpane", "What kind of network this is and what it offers."), 0, 1,
                 options));
    int at = 1;
    if (b.size() == 3 || b.size() == 9) {
        b.add(b.field("venueGroup", QT_TRANSLATE_NOOP("Airpane", "Venue group"), venueGroup(b.u8(1)),
                      QT_TRANSLATE_NOOP("Airpane", "The kind of place the AP is in."), 1, 1));
        b.add(b.field("venueType", QT_TRANSLATE_NOOP("Airpane", "Venue type"), QString::number(b.u8(2)),
                      QT_TRANSLATE_NOOP("Airpane", "The kind of place, within its group."), 2, 1));
        at = 3;
    }
    if (b.size() == 7 || b.size() == 9) {
        b.add(b.field("hessid", QT_TRANSLATE_NOOP("Airpane", "HESSID"), b.mac(at),
                      QT_TRANSLATE_NOOP("Airpane", "Names the hotspot network across its APs."), at, 6));
        at += 6;
    }
    b.extra(at);
}

void decodeAdvertisementProtocol(ElementBuilder &b)
{
    int at = 0;
    while (at < b.size()) {
        if (!b.need(at, 2, QT_TRANSLATE_NOOP("Airpane", "An advertisement protocol tuple"))) {
            return;
        }
        const int id = b.u8(at + 1);
        int length = 2;
        QString name;
        switch (id) {
        case 0:
            name = QStringLiteral("ANQP");
            break;
        case 1:
            name = tr(QT_TRANSLATE_NOOP("Airpane", "MIH information service"));
            break;
        case 2:
            name = tr(QT_TRANSLATE_NOOP("Airpane", "MIH command and event services capability discovery"));
            break;
        case 3:
            name = tr(QT_TRANSLATE_NOOP("Airpane", "emergency alert system"));
            break;
        case 221:
            // A vendor-specific protocol: the ID is a whole vendor element.
            if (!b.need(at + 2, 1, QT_TRANSLATE_NOOP("Airpane", "A vendor protocol's length")) ||
                !b.need(at + 3, b.u8(at + 2), QT_TRANSLATE_NOOP("Airpane", "A vendor protocol"))) {
                return;
            }
            length = 3 + b.u8(at + 2);
            name = tr(QT_TRANSLATE_NOOP("Airpane", "vendor specific (%1)")).arg(b.hex(at + 3, b.u8(at + 2)));
            break;
        default:
            name = tr(QT_TRANSLATE_NOOP("Airpane", "reserved (%1)")).arg(id);
            break;
        }
        Field tuple = b.field("protocol", QT_TRANSLATE_NOOP("Airpane", "Advertisement protocol"), name,
                              QT_TRANSLATE_NOOP("Airpane", "A protocol to query the network before joining."),
                              at, length);
        tuple.children << b.field("queryResponseLengthLimit",
                                  QT_TRANSLATE_NOOP("Airpane", "Query response length limit"),
                                  QString::number(b.u8(at) & 0x7f),
                                  QT_TRANSLATE_NOOP("Airpane",
                                                    "The largest answer it sends, in 256-byte units "
                                                    "(127: no limit)."),
                                  at, 1)
                       << b.field("pameBi", QT_TRANSLATE_NOOP("Airpane", "PAME-BI"), yesNo(b.u8(at) & 0x80),
                                  QT_TRANSLATE_NOOP("Airpane", "Answers come from the AP, independent of the "
                                                               "advertisement server."),
                                  at, 1);
        b.add(tuple);
        at += length;
    }
}

void decodeRoamingConsortium(ElementBuilder &b)
{
    if (!b.atLeast(2)) {
        return;
    }
    const int length1 = b.u8(1) & 0xf;
    const int length2 = b.u8(1) >> 4;
    b.add(b.field("anqpOiCount", QT_TRANSLATE_NOOP("Airpane", "Number of ANQP OIs"), QString::number(b.u8(0)),
                  QT_TRANSLATE_NOOP("Airpane", "Further roaming partners a station can learn by ANQP."), 0,
                  1));
    b.add(b.field("oiLengths", QT_TRANSLATE_NOOP("Airpane", "OI lengths"),
                  QStringLiteral("%1, %2").arg(length1).arg(length2),
                  QT_TRANSLATE_NOOP("Airpane", "Lengths of the first two organization identifiers."), 1, 1));
    int at = 2;
    // A third OI takes the rest, when there is a second.
    const int length3 = length2 ? b.size() - 2 - length1 - length2 : 0;
    for (const int length : {length1, length2, length3}) {
        if (length <= 0) {
            continue;
        }
        if (!b.need(at, length, QT_TRANSLATE_NOOP("Airpane", "An organization identifier"))) {
            return;
        }
        b.add(b.field("oi", QT_TRANSLATE_NOOP("Airpane", "Roaming consortium OI"), b.hex(at, length),
                      QT_TRANSLATE_NOOP("Airpane", "A roaming partner whose credentials work here."), at,
                      length));
        at += length;
    }
    b.extra(at);
}

void decodeMeshConfiguration(ElementBuilder &b)
{
    if (!b.atLeast(7)) {
        return;
    }
    const struct
    {
        const char *key;
        const char *label;
        const char *explanation;
    } ids[] = {
        {"pathSelectionProtocol", QT_TRANSLATE_NOOP("Airpane", "Path selection protocol"),
         QT_TRANSLATE_NOOP("Airpane", "How paths through the mesh are found (1: HWMP).")},
        {"pathSelectionMetric", QT_TRANSLATE_NOOP("Airpane", "Path selection metric"),
         QT_TRANSLATE_NOOP("Airpane", "How paths are compared (1: airtime).")},
        {"congestionControlMode", QT_TRANSLATE_NOOP("Airpane", "Congestion control mode"),
         QT_TRANSLATE_NOOP("Airpane", "0: none.")},
        {"synchronizationMethod", QT_TRANSLATE_NOOP("Airpane", "Synchronization method"),
         QT_TRANSLATE_NOOP("Airpane", "How mesh stations align their clocks (1: neighbor offset).")},
        {"authenticationProtocol", QT_TRANSLATE_NOOP("Airpane", "Authentication protocol"),
         QT_TRANSLATE_NOOP("Airpane", "0: none, 1: SAE, 2: 802.1X.")},
    };
    for (int i = 0; i < 5; ++i) {
        b.add(b.field(ids[i].key, ids[i].label, QString::number(b.u8(i)), ids[i].explanation, i, 1));
    }
    static constexpr Bit formation[] = {
        {0, 1, "connectedToMeshGate", QT_TRANSLATE_NOOP("Airpane", "Connected to mesh gate"),
         QT_TRANSLATE_NOOP("Airpane", "A path to a gate to other networks exists."), nullptr, true},
        {1, 6, "peerings", QT_TRANSLATE_NOOP("Airpane", "Number of peerings"),
         QT_TRANSLATE_NOOP("Airpane", "Mesh peers this station has."), nullptr, true},
        {7, 1, "connectedToAs", QT_TRANSLATE_NOOP("Airpane", "Connected to AS"),
         QT_TRANSLATE_NOOP("Airpane", "An authentication server is reachable."), nullptr, true},
    };
    b.add(b.bits("formationInfo", QT_TRANSLATE_NOOP("Airpane", "Mesh formation info"),
                 QT_TRANSLATE_NOOP("Airpane", "How this station is connected in the mesh."), 5, 1,
                 formation));
    static constexpr Bit capability[] = {
        {0, 1, "acceptingPeerings", QT_TRANSLATE_NOOP("Airpane", "Accepting additional mesh peerings"),
         QT_TRANSLATE_NOOP("Airpane", "New peers may join through this station."), nullptr, true},
        {1, 1, "mccaSupported", QT_TRANSLATE_NOOP("Airpane", "MCCA supported"),
         QT_TRANSLATE_NOOP("Airpane", "Mesh coordinated channel access is supported."), nullptr, true},
        {2, 1, "mccaEnabled", QT_TRANSLATE_NOOP("Airpane", "MCCA enabled"),
         QT_TRANSLATE_NOOP("Airpane", "Mesh coordinated channel access is on."), nullptr, true},
        {3, 1, "forwarding", QT_TRANSLATE_NOOP("Airpane", "Forwarding"),
         QT_TRANSLATE_NOOP("Airpane", "The station relays frames for others."), nullptr, true},
        {4, 1, "mbcaEnabled", QT_TRANSLATE_NOOP("Airpane", "MBCA enabled"),
         QT_TRANSLATE_NOOP("Airpane", "Mesh beacon collision avoidance is on."), nullptr, true},
        {5, 1, "tbttAdjusting", QT_TRANSLATE_NOOP("Airpane", "TBTT adjusting"),
         QT_TRANSLATE_NOOP("Airpane", "The station is moving its beacon times."), nullptr, true},
        {6, 1, "meshPowerSaveLevel", QT_TRANSLATE_NOOP("Airpane", "Mesh power save level"),
         QT_TRANSLATE_NOOP("Airpane", "Some peer link of the station is in deep sleep."), nullptr, true},
    };
    b.add(b.bits("meshCapability", QT_TRANSLATE_NOOP("Airpane", "Mesh capability"),
                 QT_TRANSLATE_NOOP("Airpane", "What the mesh station does for the mesh."), 6, 1, capability));
    b.extra(7);
}

void decodeMeshId(ElementBuilder &b)
{
    b.add(b.field("meshId", QT_TRANSLATE_NOOP("Airpane", "Mesh ID"), b.text(0, b.size()),
                  QT_TRANSLATE_NOOP("Airpane", "The mesh network's name, as an SSID names a BSS."), 0,
                  b.size()));
    if (b.size() > 32) {
        b.error(
            tr(QT_TRANSLATE_NOOP("Airpane", "a mesh ID has at most 32 bytes, this one %1")).arg(b.size()));
    }
}

} // namespace Airpane::Elements::Inspector
