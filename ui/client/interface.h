// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Airpane::Client {

// The channel an interface operates on.
struct OperatingChannel
{
    int frequency = 0; // MHz, primary channel
    QString width;     // width key: 20-noht, 20, 40, 80, 80+80, 160, 320, ...
    int widthMhz = 0;
    std::optional<int> center1;
    std::optional<int> center2;

    bool operator==(const OperatingChannel &) const = default;
};

// An interface of a radio: a network device (station, access point, monitor, ...) or a P2P device,
// which has no network device and so no name nor ifindex.
struct Interface
{
    QString wdev; // "0x100000001": the stable key
    uint radio = 0;
    std::optional<uint> ifindex;
    QString name;
    QString type; // station, ap, monitor, p2p-device, ...
    QString mac;
    QString ssid;
    std::optional<OperatingChannel> channel;
    std::optional<double> txPowerDbm;
    bool use4Address = false;
    std::optional<bool> up;
    std::optional<bool> lowerUp;
    QString operState;

    bool operator==(const Interface &) const = default;

    // The name people know it by: the network device's name, else its wdev id.
    QString displayName() const { return name.isEmpty() ? wdev : name; }
};

} // namespace Airpane::Client
