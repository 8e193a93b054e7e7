// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Airpane {

// The program that runs a radio's P2P device when Airpane does not: on a desktop, the
// wpa_supplicant that NetworkManager drives.
struct P2pOwner
{
    QString program;             // "wpa_supplicant", from /proc/PID/comm
    uint pid = 0;                // the process that owns wpa_supplicant's bus name
    QString unit;                // its systemd unit, "wpa_supplicant.service", if it has one
    QString interface;           // the netdev it manages on the radio, "wlan0"
    bool networkManager = false; // NetworkManager manages that netdev (through this wpa_supplicant)

    bool operator==(const P2pOwner &) const = default;
};

} // namespace Airpane
