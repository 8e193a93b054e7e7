// SPDX-License-Identifier: GPL-3.0-or-later
#include "p2pattributes.h"

#include "elements/elementview.h"

#include <QStringList>

namespace Airpane::P2p {
namespace {

constexpr std::uint8_t wfaOui[] = {0x50, 0x6f, 0x9a};
constexpr std::uint8_t microsoftOui[] = {0x00, 0x50, 0xf2};
constexpr std::uint8_t p2pType = 0x09;
constexpr std::uint8_t wfdType = 0x0a;
constexpr std::uint8_t wpsType = 0x04;

// WSC attribute types (big-endian type and length).
namespace Wsc {
enum : std::uint16_t {
    AssociationState = 0x1002,
    ConfigMethods = 0x1008,
    ConfigurationError = 0x1009,
    DeviceName = 0x1011,
    DevicePasswordId = 0x1012,
    Manufacturer = 0x1021,
    ModelName = 0x1023,
    ModelNumber = 0x1024,
    RequestType = 0x103a,
    ResponseType = 0x103b,
    RfBands = 0x103c,
    SerialNumber = 0x1042,
    WpsState = 0x1044,
    UuidE = 0x1047,
    VendorExtension = 0x1049,
    Version = 0x104a,
    PrimaryDeviceType = 0x1054,
};
}

void be16(QByteArray &out, std::uint16_t value)
{
    out.append(char(value >> 8)).append(char(value & 0xff));
}

void le16(QByteArray &out, std::uint16_t value)
{
    out.append(char(value & 0xff)).append(char(value >> 8));
}

QByteArray deviceType(const DeviceType &type)
{
    QByteArray out;
    be16(out, type.category);
    out.append(char(type.oui >> 24))
        .append(char(type.oui >> 16))
        .append(char(type.oui >> 8))
        .append(char(type.oui));
    be16(out, type.subcategory);
    return out;
}

QByteArray tlv(std::uint16_t type, const QByteArray &value)
{
    QByteArray out;
    be16(out, type);
    be16(out, std::uint16_t(value.size()));
    return out + value;
}

QByteArray tlv16(std::uint16_t type, std::uint16_t value)
{
    QByteArray bytes;
    be16(bytes, value);
    return tlv(type, bytes);
}

QByteArray attribute(std::uint8_t id, const QByteArray &value)
{
    QByteArray out(1, char(id));
    le16(out, std::uint16_t(value.size()));
    return out + value;
}

// Vendor elements of OUI and TYPE carrying CONTENT, split at 251 bytes as the element length allows.
QByteArray vendorElements(const std::uint8_t (&oui)[3], std::uint8_t type, const QByteArray &content)
{
    QByteArray out;
    qsizetype at = 0;
    do {
        const QByteArray part = content.mid(at, 251);
        out.append(char(0xdd)).append(char(4 + part.size()));
        out.append(char(oui[0])).append(char(oui[1])).append(char(oui[2])).append(char(type));
        out += part;
        at += 251;
    } while (at < content.size());
    return out;
}

QByteArray version2()
{
    // Vendor Extension of the Wi-Fi Alliance (00-37-2A) with Version2 2.0.
    return tlv(Wsc::VendorExtension, QByteArray("\x00\x37\x2a\x00\x01\x20", 6));
}

QByteArray capability(const LocalDevice &device)
{
    return attribute(AttributeId::Capability,
                     QByteArray{1, char(device.deviceCapability)} + char(device.groupCapability));
}

std::uint16_t readBe16(Bytes data, std::size_t at)
{
    return std::uint16_t(data[at] << 8 | data[at + 1]);
}

DeviceType readDeviceType(Bytes data, std::size_t at)
{
    return {readBe16(data, at),
            std::uint32_t(data[at + 2]) << 24 | std::uint32_t(data[at + 3]) << 16 |
                std::uint32_t(data[at + 4]) << 8 | data[at + 5],
            readBe16(data, at + 6)};
}

MacAddress readMac(Bytes data, std::size_t at)
{
    MacAddress mac;
    std::copy_n(data.begin() + std::ptrdiff_t(at), 6, mac.begin());
    return mac;
}

QString text(Bytes data, std::size_t at, std::size_t length)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data.data() + at), qsizetype(length));
}

// Device Info: address, config methods, primary type, secondary types, then the name as WSC TLV.
bool parseDeviceInfo(Bytes v, PeerInfo &peer)
{
    if (v.size() < 17) {
        return false;
    }
    peer.deviceAddress = readMac(v, 0);
    peer.configMethods = readBe16(v, 6);
    peer.primaryType = readDeviceType(v, 8);
    const std::size_t secondary = v[16];
    std::size_t at = 17 + 8 * secondary;
    if (at + 4 > v.size()) {
        return false;
    }
    for (std::size_t i = 0; i < secondary; ++i) {
        peer.secondaryTypes.append(readDeviceType(v, 17 + 8 * i));
    }
    const std::size_t nameLength = readBe16(v, at + 2);
    if (readBe16(v, at) != Wsc::DeviceName || at + 4 + nameLength > v.size() || nameLength > 32) {
        return false;
    }
    peer.name = text(v, at + 4, nameLength);
    return true;
}

bool parseGroupInfo(Bytes v, PeerInfo &peer)
{
    std::size_t at = 0;
    while (at < v.size()) {
        const std::size_t length = v[at];
        if (length < 24 || at + 1 + length > v.size()) {
            return false;
        }
        peer.groupClients.append(readMac(v, at + 1));
        at += 1 + length;
    }
    return true;
}

void parseP2p(Bytes data, PeerInfo &peer)
{
    std::size_t at = 0;
    while (at + 3 <= data.size()) {
        const std::uint8_t id = data[at];
        const std::size_t length = data[at + 1] | data[at + 2] << 8;
        if (at + 3 + length > data.size()) {
            peer.error = QStringLiteral("P2P attribute %1 claims %2 bytes, %3 are left")
                             .arg(id)
                             .arg(length)
                             .arg(data.size() - at - 3);
            return;
        }
        const Bytes v = data.subspan(at + 3, length);
        bool ok = true;
        switch (id) {
        case AttributeId::Capability:
            ok = v.size() == 2;
            if (ok) {
                peer.deviceCapability = v[0];
                peer.groupCapability = v[1];
            }
            break;
        case AttributeId::DeviceId:
            ok = v.size() == 6;
            if (ok && !peer.deviceAddress) {
                peer.deviceAddress = readMac(v, 0);
            }
            break;
        case AttributeId::ListenChannel:
        case AttributeId::OperatingChannel:
            ok = v.size() == 5;
            if (ok) {
                (id == AttributeId::ListenChannel ? peer.listenChannel : peer.operatingChannel) =
                    std::pair(v[3], v[4]);
            }
            break;
        case AttributeId::DeviceInfo:
            ok = parseDeviceInfo(v, peer);
            break;
        case AttributeId::GroupInfo:
            ok = parseGroupInfo(v, peer);
            break;
        default:
            break;
        }
        if (!ok) {
            peer.error = QStringLiteral("P2P attribute %1 is malformed (%2 bytes)").arg(id).arg(v.size());
            return;
        }
        at += 3 + length;
    }
    if (at != data.size()) {
        peer.error = QStringLiteral("the P2P element ends inside an attribute header");
    }
}

void parseWps(Bytes data, PeerInfo &peer)
{
    std::size_t at = 0;
    while (at + 4 <= data.size()) {
        const std::uint16_t type = readBe16(data, at);
        const std::size_t length = readBe16(data, at + 2);
        if (at + 4 + length > data.size()) {
            if (peer.error.isEmpty()) {
                peer.error = QStringLiteral("WPS attribute %1 claims %2 bytes")
                                 .arg(type, 4, 16, QLatin1Char('0'))
                                 .arg(length);
            }
            return;
        }
        const Bytes v = data.subspan(at + 4, length);
        switch (type) {
        case Wsc::DeviceName:
            if (peer.name.isEmpty() && length <= 32) {
                peer.name = text(v, 0, length);
            }
            break;
        case Wsc::Manufacturer:
            peer.manufacturer = text(v, 0, std::min<std::size_t>(length, 64));
            break;
        case Wsc::ModelName:
            peer.modelName = text(v, 0, std::min<std::size_t>(length, 32));
            break;
        case Wsc::PrimaryDeviceType:
            if (!peer.primaryType && length == 8) {
                peer.primaryType = readDeviceType(v, 0);
            }
            break;
        case Wsc::ConfigMethods:
            if (!peer.configMethods && length == 2) {
                peer.configMethods = readBe16(v, 0);
            }
            break;
        default:
            break;
        }
        at += 4 + length;
    }
}

} // namespace

QString DeviceType::text() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(category)
        .arg(oui, 8, 16, QLatin1Char('0'))
        .arg(subcategory)
        .toUpper();
}

std::optional<DeviceType> DeviceType::fromText(const QString &value)
{
    const QStringList parts = value.split(QLatin1Char('-'));
    bool ok[3] = {};
    if (parts.size() != 3 || parts[1].size() != 8) {
        return std::nullopt;
    }
    const DeviceType type{std::uint16_t(parts[0].toUInt(&ok[0])), parts[1].toUInt(&ok[1], 16),
                          std::uint16_t(parts[2].toUInt(&ok[2]))};
    if (!ok[0] || !ok[1] || !ok[2] || parts[0].toUInt() > 0xffff || parts[2].toUInt() > 0xffff) {
        return std::nullopt;
    }
    return type;
}

QByteArray probeRequestP2pElement(const LocalDevice &device)
{
    QByteArray listen = QByteArray(device.country.data(), 2) + char(0x04);
    listen.append(char(device.listenOperatingClass)).append(char(device.listenChannel));
    return vendorElements(wfaOui, p2pType,
                          capability(device) + attribute(AttributeId::ListenChannel, listen));
}

QByteArray probeRequestWpsElement(const LocalDevice &device)
{
    QByteArray content = tlv(Wsc::Version, QByteArray(1, char(0x10)));
    content += tlv(Wsc::RequestType, QByteArray(1, char(0x00))); // enrollee, information only
    content += tlv16(Wsc::ConfigMethods, device.configMethods);
    content += tlv(Wsc::UuidE, QByteArray(reinterpret_cast<const char *>(device.uuid.data()), 16));
    content += tlv(Wsc::PrimaryDeviceType, deviceType(device.primaryType));
    content += tlv(Wsc::RfBands, QByteArray(1, char(0x01)));
    content += tlv16(Wsc::AssociationState, 0);
    content += tlv16(Wsc::ConfigurationError, 0);
    content += tlv16(Wsc::DevicePasswordId, 0);
    content += tlv(Wsc::DeviceName, device.name.toUtf8().left(32));
    content += version2();
    return vendorElements(microsoftOui, wpsType, content);
}

QByteArray probeResponseP2pElement(const LocalDevice &device)
{
    QByteArray info(reinterpret_cast<const char *>(device.address.data()), 6);
    be16(info, device.configMethods);
    info += deviceType(device.primaryType);
    info.append(char(device.secondaryTypes.size()));
    for (const DeviceType &type : device.secondaryTypes) {
        info += deviceType(type);
    }
    info += tlv(Wsc::DeviceName, device.name.toUtf8().left(32));
    return vendorElements(wfaOui, p2pType, capability(device) + attribute(AttributeId::DeviceInfo, info));
}

QByteArray probeResponseWpsElement(const LocalDevice &device)
{
    QByteArray content = tlv(Wsc::Version, QByteArray(1, char(0x10)));
    content += tlv(Wsc::WpsState, QByteArray(1, char(0x01))); // not configured
    content += tlv(Wsc::ResponseType, QByteArray(1, char(0x00)));
    content += tlv(Wsc::UuidE, QByteArray(reinterpret_cast<const char *>(device.uuid.data()), 16));
    content += tlv(Wsc::Manufacturer, device.manufacturer.toUtf8().left(64));
    content += tlv(Wsc::ModelName, device.modelName.toUtf8().left(32));
    content += tlv(Wsc::ModelNumber, device.modelNumber.toUtf8().left(32));
    content += tlv(Wsc::SerialNumber, device.serialNumber.toUtf8().left(32));
    content += tlv(Wsc::PrimaryDeviceType, deviceType(device.primaryType));
    content += tlv(Wsc::DeviceName, device.name.toUtf8().left(32));
    content += tlv16(Wsc::ConfigMethods, device.configMethods);
    content += version2();
    return vendorElements(microsoftOui, wpsType, content);
}

PeerInfo parsePeer(Bytes elements)
{
    QByteArray p2p;
    QByteArray wps;
    PeerInfo peer;
    Elements::ElementWalker walker(elements);
    Elements::Element element;
    while (walker.next(element)) {
        const Bytes p = element.payload;
        if (element.id != Elements::Id::VendorSpecific || p.size() < 4) {
            continue;
        }
        const QByteArray content(reinterpret_cast<const char *>(p.data() + 4), qsizetype(p.size() - 4));
        if (std::equal(p.begin(), p.begin() + 3, wfaOui) && p[3] == p2pType) {
            p2p += content;
            peer.hasP2p = true;
        } else if (std::equal(p.begin(), p.begin() + 3, microsoftOui) && p[3] == wpsType) {
            wps += content;
        } else if (std::equal(p.begin(), p.begin() + 3, wfaOui) && p[3] == wfdType) {
            peer.wfdSubelements += content;
        }
    }
    if (walker.malformed()) {
        peer.error = QStringLiteral("an element runs past the frame");
    }
    parseP2p({reinterpret_cast<const std::uint8_t *>(p2p.constData()), std::size_t(p2p.size())}, peer);
    parseWps({reinterpret_cast<const std::uint8_t *>(wps.constData()), std::size_t(wps.size())}, peer);
    return peer;
}

namespace {

// WPS config methods by the names wpa_supplicant uses (its config_methods setting): the bit a
// method has of its own, and its value when named (WSC 2.0's virtual and physical variants
// include their base method's bit).
struct ConfigMethodName
{
    std::uint16_t bit;
    std::uint16_t value;
    const char *name;
};

constexpr ConfigMethodName configMethodTable[] = {
    {0x0001, 0x0001, "usba"},
    {0x0002, 0x0002, "ethernet"},
    {ConfigMethod::Label, ConfigMethod::Label, "label"},
    {ConfigMethod::Display, ConfigMethod::Display, "display"},
    {0x0010, 0x0010, "ext_nfc_token"},
    {0x0020, 0x0020, "int_nfc_token"},
    {0x0040, 0x0040, "nfc_interface"},
    {ConfigMethod::PushButton, ConfigMethod::PushButton, "push_button"},
    {ConfigMethod::Keypad, ConfigMethod::Keypad, "keypad"},
    {0x0200, ConfigMethod::VirtualPushButton, "virtual_push_button"},
    {0x0400, ConfigMethod::PhysicalPushButton, "physical_push_button"},
    {ConfigMethod::P2ps, ConfigMethod::P2ps, "p2ps"},
    {0x2000, ConfigMethod::VirtualDisplay, "virtual_display"},
    {0x4000, ConfigMethod::PhysicalDisplay, "physical_display"},
};

} // namespace

QString configMethodNames(std::uint16_t methods)
{
    QStringList result;
    for (const ConfigMethodName &entry : configMethodTable) {
        if (methods & entry.bit) {
            result.append(QString::fromLatin1(entry.name));
        }
    }
    return result.join(QLatin1Char(' '));
}

std::optional<std::uint16_t> configMethodsFromNames(const QStringList &names)
{
    std::uint16_t methods = 0;
    for (const QString &name : names) {
        const auto *found =
            std::find_if(std::begin(configMethodTable), std::end(configMethodTable),
                         [&](const ConfigMethodName &entry) { return name == QLatin1String(entry.name); });
        if (found == std::end(configMethodTable)) {
            return std::nullopt;
        }
        methods |= found->value;
    }
    return methods;
}

bool isDeviceName(const QString &name)
{
    const qsizetype bytes = name.toUtf8().size();
    return bytes >= 1 && bytes <= 32 && std::none_of(name.begin(), name.end(), [](QChar c) {
               return c.category() == QChar::Other_Control;
           });
}

QString deviceCategoryName(std::uint16_t category)
{
    static const char *names[] = {"",
                                  "Computer",
                                  "Input device",
                                  "Printer, scanner, fax or copier",
                                  "Camera",
                                  "Storage",
                                  "Network infrastructure",
                                  "Display",
                                  "Multimedia device",
                                  "Gaming device",
                                  "Telephone",
                                  "Audio device",
                                  "Docking device"};
    return category > 0 && category < std::size(names) ? QString::fromLatin1(names[category])
                                                       : QStringLiteral("Other");
}

QString macText(const MacAddress &address)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(address.data()), 6).toHex(':'));
}

} // namespace Airpane::P2p
