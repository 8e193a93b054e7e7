// SPDX-License-Identifier: GPL-3.0-or-later
// Wi-Fi Direct (P2P) attributes (Wi-Fi P2P Technical Specification 1.7, 4.1): ID (1), length (2,
// little-endian), then the body.
#include "p2pdecoding.h"

namespace Airpane::Elements::Inspector {
namespace {

struct AttributeName
{
    int id;
    const char *key;
    const char *label;
    int size; // the only valid length, or 0 for any
};

constexpr AttributeName attributeNames[] = {
    {0, "status", QT_TRANSLATE_NOOP("Airpane", "Status"), 1},
    {1, "minorReasonCode", QT_TRANSLATE_NOOP("Airpane", "Minor reason code"), 1},
    {2, "capability", QT_TRANSLATE_NOOP("Airpane", "P2P capability"), 2},
    {3, "deviceId", QT_TRANSLATE_NOOP("Airpane", "P2P device ID"), 6},
    {4, "groupOwnerIntent", QT_TRANSLATE_NOOP("Airpane", "Group owner intent"), 1},
    {5, "configurationTimeout", QT_TRANSLATE_NOOP("Airpane", "Configuration timeout"), 2},
    {6, "listenChannel", QT_TRANSLATE_NOOP("Airpane", "Listen channel"), 5},
    {7, "groupBssid", QT_TRANSLATE_NOOP("Airpane", "P2P group BSSID"), 6},
    {8, "extendedListenTiming", QT_TRANSLATE_NOOP("Airpane", "Extended listen timing"), 4},
    {9, "intendedInterfaceAddress", QT_TRANSLATE_NOOP("Airpane", "Intended P2P interface address"), 6},
    {10, "manageability", QT_TRANSLATE_NOOP("Airpane", "P2P manageability"), 1},
    {11, "channelList", QT_TRANSLATE_NOOP("Airpane", "Channel list"), 0},
    {12, "noticeOfAbsence", QT_TRANSLATE_NOOP("Airpane", "Notice of absence"), 0},
    {13, "deviceInfo", QT_TRANSLATE_NOOP("Airpane", "P2P device info"), 0},
    {14, "groupInfo", QT_TRANSLATE_NOOP("Airpane", "P2P group info"), 0},
    {15, "groupId", QT_TRANSLATE_NOOP("Airpane", "P2P group ID"), 0},
    {16, "interface", QT_TRANSLATE_NOOP("Airpane", "P2P interface"), 0},
    {17, "operatingChannel", QT_TRANSLATE_NOOP("Airpane", "Operating channel"), 5},
    {18, "invitationFlags", QT_TRANSLATE_NOOP("Airpane", "Invitation flags"), 1},
    {19, "oobGoNegotiationChannel", QT_TRANSLATE_NOOP("Airpane", "Out-of-band GO negotiation channel"), 6},
    {21, "serviceHash", QT_TRANSLATE_NOOP("Airpane", "Service hash"), 0},
    {22, "sessionInformation", QT_TRANSLATE_NOOP("Airpane", "Session information data info"), 0},
    {23, "connectionCapability", QT_TRANSLATE_NOOP("Airpane", "Connection capability info"), 1},
    {24, "advertisementId", QT_TRANSLATE_NOOP("Airpane", "Advertisement ID info"), 10},
    {25, "advertisedService", QT_TRANSLATE_NOOP("Airpane", "Advertised service info"), 0},
    {26, "sessionId", QT_TRANSLATE_NOOP("Airpane", "Session ID info"), 10},
    {27, "featureCapability", QT_TRANSLATE_NOOP("Airpane", "Feature capability"), 2},
    {28, "persistentGroup", QT_TRANSLATE_NOOP("Airpane", "Persistent group info"), 0},
    {221, "vendorSpecific", QT_TRANSLATE_NOOP("Airpane", "Vendor specific"), 0},
};

QString statusName(int status)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Airpane", "success"),
        QT_TRANSLATE_NOOP("Airpane", "information is currently unavailable"),
        QT_TRANSLATE_NOOP("Airpane", "incompatible parameters"),
        QT_TRANSLATE_NOOP("Airpane", "limit reached"),
        QT_TRANSLATE_NOOP("Airpane", "invalid parameters"),
        QT_TRANSLATE_NOOP("Airpane", "unable to accommodate request"),
        QT_TRANSLATE_NOOP("Airpane", "previous protocol error"),
        QT_TRANSLATE_NOOP("Airpane", "no common channels"),
        QT_TRANSLATE_NOOP("Airpane", "unknown P2P group"),
        QT_TRANSLATE_NOOP("Airpane", "both devices want to be group owner"),
        QT_TRANSLATE_NOOP("Airpane", "incompatible provisioning method"),
        QT_TRANSLATE_NOOP("Airpane", "rejected by user"),
        QT_TRANSLATE_NOOP("Airpane", "success, accepted by user"),
    };
    return status < int(std::size(names)) ? QStringLiteral("%1 (%2)").arg(status).arg(tr(names[status]))
                                          : QString::number(status);
}

// A channel attribute's body: country (3), operating class, channel.
QString channelText(const ElementBuilder &b, int at)
{
    return tr(QT_TRANSLATE_NOOP("Airpane", "channel %1, class %2, %3"))
        .arg(b.u8(at + 4))
        .arg(b.u8(at + 3))
        .arg(b.text(at, 2));
}

// The value and subfields of attribute ID with LENGTH bytes at AT (its body).
QString decodeAttribute(ElementBuilder &b, Field &field, int id, int at, int length)
{
    switch (id) {
    case 0:
        return statusName(b.u8(at));
    case 1:
        return QString::number(b.u8(at));
    case 2:
        field.children << p2pDeviceCapability(b, at) << p2pGroupCapability(b, at + 1);
        return QStringLiteral("%1 %2").arg(hexNumber(b.u8(at), 2), hexNumber(b.u8(at + 1), 2));
    case 3:
    case 7:
    case 9:
        return b.mac(at);
    case 4:
        field.children << b.field("tieBreaker", QT_TRANSLATE_NOOP("Airpane", "Tie breaker"),
                                  yesNo(b.u8(at) & 1),
                                  QT_TRANSLATE_NOOP("Airpane", "Decides between two equal intents."), at, 1);
        return QString::number(b.u8(at) >> 1);
    case 5:
        return tr(QT_TRANSLATE_NOOP("Airpane", "group owner %1 ms, client %2 ms"))
            .arg(b.u8(at) * 10)
            .arg(b.u8(at + 1) * 10);
    case 6:
    case 17:
        return channelText(b, at);
    case 8:
        return tr(QT_TRANSLATE_NOOP("Airpane", "available %1 ms every %2 ms"))
            .arg(b.le16(at))
            .arg(b.le16(at + 2));
    case 10:
        return hexNumber(b.u8(at), 2);
    case 11:
        return p2pChannelList(b, field, at, length);
    case 12:
        return p2pNoticeOfAbsence(b, field, at, length);
    case 13:
        return p2pDeviceInfo(b, field, at, length);
    case 14:
        return p2pGroupInfo(b, field, at, length);
    case 15:
    case 28:
        if (!b.need(at, 6, QT_TRANSLATE_NOOP("Airpane", "A P2P group ID")) || length < 6) {
            return {};
        }
        field.children << b.field("deviceAddress", QT_TRANSLATE_NOOP("Airpane", "Device address"), b.mac(at),
                                  QT_TRANSLATE_NOOP("Airpane", "The group owner's P2P device address."), at,
                                  6)
                       << b.field("ssid", QT_TRANSLATE_NOOP("Airpane", "SSID"), b.text(at + 6, length - 6),
                                  QT_TRANSLATE_NOOP("Airpane", "The group's network name (DIRECT-...)."),
                                  at + 6, length - 6);
        return b.text(at + 6, length - 6);
    case 16: {
        if (length < 7 || 7 + 6 * b.u8(at + 6) > length) {
            b.error(tr(QT_TRANSLATE_NOOP("Airpane", "a P2P interface attribute's address count lies")));
            return b.hex(at, length);
        }
        QStringList addresses;
        for (int i = 0; i < b.u8(at + 6); ++i) {
            addresses.append(b.mac(at + 7 + 6 * i));
        }
        return b.mac(at) + QStringLiteral(": ") + addresses.join(QStringLiteral(", "));
    }
    case 18:
        return b.u8(at) & 1 ? tr(QT_TRANSLATE_NOOP("Airpane", "join an active group"))
                            : tr(QT_TRANSLATE_NOOP("Airpane", "reinvoke a persistent group"));
    case 19:
        return channelText(b, at) + QStringLiteral(", ") +
               tr(QT_TRANSLATE_NOOP("Airpane", "role %1")).arg(b.u8(at + 5));
    case 23:
        return hexNumber(b.u8(at), 2);
    case 24:
    case 26:
        return QStringLiteral("%1, %2").arg(b.le32(at)).arg(b.mac(at + 4));
    case 27:
        return hexNumber(b.le16(at), 4);
    case 221:
        return length >= 3 ? b.oui(at) + QStringLiteral(" ") + b.hex(at + 3, length - 3) : b.hex(at, length);
    default:
        return b.hex(at, length);
    }
}

} // namespace

void decodeP2pAttributes(ElementBuilder &b, int at)
{
    while (at < b.size()) {
        if (!b.need(at, 3, QT_TRANSLATE_NOOP("Airpane", "A P2P attribute header"))) {
            return;
        }
        const int id = b.u8(at);
        const int length = b.le16(at + 1);
        if (!b.need(at + 3, length, QT_TRANSLATE_NOOP("Airpane", "A P2P attribute"))) {
            return;
        }
        const auto known = std::find_if(std::begin(attributeNames), std::end(attributeNames),
                                        [&](const AttributeName &a) { return a.id == id; });
        Field field;
        if (known == std::end(attributeNames)) {
            field = b.field("attribute", QT_TRANSLATE_NOOP("Airpane", "Attribute"), b.hex(at + 3, length),
                            QT_TRANSLATE_NOOP("Airpane", "A P2P attribute Airpane has no name for."), at,
                            3 + length);
            field.key += QString::number(id);
            field.label += QStringLiteral(" %1").arg(id);
        } else {
            field = b.field(known->key, known->label, QString(), nullptr, at, 3 + length);
            field.explanation = tr(QT_TRANSLATE_NOOP("Airpane", "P2P attribute %1.")).arg(id);
            const bool fits = known->size ? length == known->size : true;
            if (!fits) {
                b.error(tr(QT_TRANSLATE_NOOP("Airpane", "P2P %1 has %2 bytes, %3 expected"))
                            .arg(tr(known->label))
                            .arg(length)
                            .arg(known->size));
            }
            // A fixed-size attribute of the wrong size is shown raw; a variable one decodes what fits.
            field.value = fits ? decodeAttribute(b, field, id, at + 3, length) : b.hex(at + 3, length);
        }
        b.add(field);
        at += 3 + length;
    }
}

} // namespace Airpane::Elements::Inspector
