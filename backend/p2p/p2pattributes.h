// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <span>

namespace Airpane::P2p {

using Bytes = std::span<const std::uint8_t>;
using MacAddress = std::array<std::uint8_t, 6>;

// A WPS device type: category, OUI (usually the Wi-Fi Alliance's 00-50-F2-04) and subcategory,
// written "7-0050F204-4" as wpa_supplicant does.
struct DeviceType
{
    std::uint16_t category = 0;
    std::uint32_t oui = 0x0050f204;
    std::uint16_t subcategory = 0;

    QString text() const;
    static std::optional<DeviceType> fromText(const QString &text);
    bool operator==(const DeviceType &) const = default;
};

// WPS configuration methods (WSC 2.0, Table 33).
namespace ConfigMethod {
enum : std::uint16_t {
    Label = 0x0004,
    Display = 0x0008,
    PushButton = 0x0080,
    Keypad = 0x0100,
    VirtualPushButton = 0x0280,
    PhysicalPushButton = 0x0480,
    VirtualDisplay = 0x2008,
    PhysicalDisplay = 0x4008,
    P2ps = 0x1000,
};
}

// P2P attribute IDs (Wi-Fi P2P specification, Table 6).
namespace AttributeId {
enum : std::uint8_t {
    Status = 0,
    MinorReasonCode = 1,
    Capability = 2,
    DeviceId = 3,
    GroupOwnerIntent = 4,
    ConfigurationTimeout = 5,
    ListenChannel = 6,
    GroupBssid = 7,
    ExtendedListenTiming = 8,
    IntendedInterfaceAddress = 9,
    Manageability = 10,
    ChannelList = 11,
    NoticeOfAbsence = 12,
    DeviceInfo = 13,
    GroupInfo = 14,
    GroupId = 15,
    Interface = 16,
    OperatingChannel = 17,
    InvitationFlags = 18,
};
}

// What this device says of itself in P2P frames.
struct LocalDevice
{
    MacAddress address{};
    QString name;
    DeviceType primaryType{1, 0x0050f204, 1}; // Computer - PC
    QList<DeviceType> secondaryTypes;
    std::uint16_t configMethods = ConfigMethod::PushButton | ConfigMethod::Display;
    std::uint8_t deviceCapability = 0x25; // service discovery, concurrent operation, invitation procedure
    std::uint8_t groupCapability = 0;
    std::array<char, 2> country{'X', 'X'};
    std::uint8_t listenOperatingClass = 81;
    std::uint8_t listenChannel = 6;
    std::array<std::uint8_t, 16> uuid{};
    QString manufacturer = QStringLiteral("Airpane");
    QString modelName = QStringLiteral("Airpane");
    QString modelNumber = QStringLiteral("1");
    QString serialNumber = QStringLiteral("1");
};

// A peer as its P2P and WPS elements describe it (probe responses, beacons, probe requests).
struct PeerInfo
{
    std::optional<MacAddress> deviceAddress;
    QString name;
    std::optional<DeviceType> primaryType;
    QList<DeviceType> secondaryTypes;
    std::uint16_t configMethods = 0;
    std::optional<std::uint8_t> deviceCapability;
    std::optional<std::uint8_t> groupCapability;
    std::optional<std::pair<std::uint8_t, std::uint8_t>> listenChannel;    // operating class, channel
    std::optional<std::pair<std::uint8_t, std::uint8_t>> operatingChannel; // operating class, channel
    QList<MacAddress> groupClients;                                        // from a GO's Group Info
    QByteArray wfdSubelements; // the Wi-Fi Display element's content, when present
    QString manufacturer;
    QString modelName;
    bool hasP2p = false;
    QString error; // what was malformed; the fields decoded before it stay
};

// The P2P element (vendor 50-6F-9A type 9) for probe requests: Capability and Listen Channel.
QByteArray probeRequestP2pElement(const LocalDevice &device);
// The WPS element (vendor 00-50-F2 type 4) for probe requests.
QByteArray probeRequestWpsElement(const LocalDevice &device);
// The P2P element of a probe response: Capability and Device Info (with the name as WPS TLV 0x1011).
QByteArray probeResponseP2pElement(const LocalDevice &device);
QByteArray probeResponseWpsElement(const LocalDevice &device);

// Decodes the P2P, WPS and Wi-Fi Display elements among ELEMENTS (a frame body's elements); a
// P2P element split over several vendor elements is joined first, as the specification allows.
PeerInfo parsePeer(Bytes elements);

QString configMethodNames(std::uint16_t methods); // "display push_button keypad"
// The reverse, for names as configMethodNames() gives them; nothing for an unknown name.
std::optional<std::uint16_t> configMethodsFromNames(const QStringList &names);
// A device name we send (WPS Device Name): 1 to 32 bytes of UTF-8, no control characters.
bool isDeviceName(const QString &name);
QString deviceCategoryName(std::uint16_t category); // "Display", "Printer", ...
QString macText(const MacAddress &address);

} // namespace Airpane::P2p
