// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/p2powner.h"

#include <QDBusConnection>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airpane {

// Which program runs a radio's P2P device when Airpane does not. On a desktop that is the
// wpa_supplicant NetworkManager drives (it creates "p2p-dev-IFNAME" for each netdev it manages),
// found over the system bus: wpa_supplicant's GetInterface for the radio's netdevs, the bus name's
// process and its systemd unit, and NetworkManager's word on whether it manages that netdev.
// Asks the system bus (synchronous calls with short timeouts: run it off the helper's main thread)
// which program manages one of NETDEVS through wpa_supplicant's D-Bus interface. P2PDEVICE is the
// name of the radio's P2P device: a wpa_supplicant manages the netdev whose P2P device it names.
std::optional<P2pOwner> findP2pOwner(const QDBusConnection &bus, const QStringList &netdevs,
                                     const QString &p2pDevice);

} // namespace Airpane
