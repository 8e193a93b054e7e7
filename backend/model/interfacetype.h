// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace Airpane {

// An interface's operating mode, fixed for its lifetime (net80211's vap opmode). The values are
// nl80211's (enum nl80211_iftype).
enum class InterfaceType : std::uint8_t {
    Unspecified = 0,
    Adhoc = 1,
    Station = 2,
    AccessPoint = 3,
    ApVlan = 4,
    Wds = 5,
    Monitor = 6,
    MeshPoint = 7,
    P2pClient = 8,
    P2pGo = 9,
    P2pDevice = 10,
    Ocb = 11,
    Nan = 12,
};

inline constexpr int interfaceTypeCount = 13;

// Stable key for JSON, the command line and D-Bus: "station", "ap", "p2p-device", ...
QString interfaceTypeKey(InterfaceType type);
std::optional<InterfaceType> interfaceTypeFromKey(const QString &key);
// What people call it: "Station", "Access point", "P2P device", ...
QString interfaceTypeDisplayName(InterfaceType type);
std::optional<InterfaceType> interfaceTypeFromNl80211(std::uint32_t value);

using InterfaceTypes = QList<InterfaceType>;

} // namespace Airpane
