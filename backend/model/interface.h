// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interfacetype.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace Airpane {

// The channel an interface operates on (frequency, width and centre frequencies).
struct OperatingChannel
{
    int frequency = 0; // MHz, primary channel
    int frequencyOffsetKhz = 0;
    std::uint32_t width = 0; // enum nl80211_chan_width
    int center1 = 0;
    int center2 = 0;

    bool operator==(const OperatingChannel &) const = default;
};

// An interface (nl80211 wdev, usually with a netdev; net80211's vap). A P2P-device is an interface
// with a wdev id and no netdev: no ifindex, no name.
struct Interface
{
    std::uint64_t wdev = 0;
    std::uint32_t radio = 0; // wiphy index
    std::optional<std::uint32_t> ifindex;
    QString name;
    InterfaceType type = InterfaceType::Unspecified;
    QString mac;
    QString ssid;
    std::optional<OperatingChannel> channel;
    std::optional<int> txPowerMbm;
    bool use4Address = false;
    std::uint32_t generation = 0;
    // From rtnetlink, for interfaces with a netdev.
    std::optional<bool> up;
    std::optional<bool> lowerUp;
    QString operState;

    bool hasNetdev() const { return ifindex.has_value(); }
    bool operator==(const Interface &) const = default;
};

} // namespace Airpane
