// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interfacetype.h"
#include "monitorflag.h"

#include <QString>

#include <cstdint>

namespace Airpane {

// A new interface on a radio (NL80211_CMD_NEW_INTERFACE), and what to do with it at once.
struct CreateInterfaceRequest
{
    std::uint32_t radio = 0; // wiphy index
    QString name = {};       // the netdev's name; P2P-devices and NAN take it as their wdev's
    InterfaceType type = InterfaceType::Unspecified;
    QString mac = {};               // "02:11:22:33:44:55"; empty: the kernel picks one
    MonitorFlags monitorFlags = {}; // monitor interfaces only
    // Bring it up: the netdev up, or START_P2P_DEVICE / START_NAN for interfaces without one.
    bool up = false;
    // The kernel deletes the interface when the backend's command socket closes (the process
    // ends, however it ends): NL80211_ATTR_SOCKET_OWNER.
    bool owned = true;
    // Skip the combination pre-check and let the kernel decide. Checks of the input itself (name,
    // type, address, flags) always apply.
    bool force = false;
};

// Another type for an existing interface (NL80211_CMD_SET_INTERFACE). The interface must be down.
struct ChangeTypeRequest
{
    std::uint64_t wdev = 0;
    InterfaceType type = InterfaceType::Unspecified;
    MonitorFlags monitorFlags = {};
    bool force = false;
};

} // namespace Airpane
