// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/interfacerequest.h"
#include "nl/message.h"

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace Airpane::Nl80211 {

// Builders of the nl80211 requests that create, change, start and delete interfaces. Pure: they
// lay out messages and check nothing; RequestCheck judges the requests first. Every request asks
// for an acknowledgement, so that success is heard as well as failure.
class InterfaceRequests
{
public:
    explicit InterfaceRequests(std::uint16_t family)
        : m_family(family)
    {}

    // NEW_INTERFACE: WIPHY, IFNAME, IFTYPE, MAC (six octets, when given), MNTR_FLAGS (a nest of
    // flag attributes, monitors only) and SOCKET_OWNER when the request is owned. The kernel
    // answers with the new interface, then the acknowledgement.
    Netlink::MessageBuilder newInterface(const CreateInterfaceRequest &request, const QByteArray &mac) const;
    // SET_INTERFACE on a netdev: IFINDEX, IFTYPE and MNTR_FLAGS for a monitor.
    Netlink::MessageBuilder setInterfaceType(std::uint32_t ifindex, InterfaceType type,
                                             const MonitorFlags &flags) const;
    // DEL_INTERFACE by IFINDEX, or by WDEV for interfaces without a netdev.
    Netlink::MessageBuilder deleteInterface(std::optional<std::uint32_t> ifindex, std::uint64_t wdev) const;
    Netlink::MessageBuilder startP2pDevice(std::uint64_t wdev) const;
    Netlink::MessageBuilder stopP2pDevice(std::uint64_t wdev) const;
    // START_NAN with a master preference (1 and 255 are reserved for certification) and the
    // bands left to the device.
    Netlink::MessageBuilder startNan(std::uint64_t wdev, std::uint8_t masterPreference = 2) const;
    Netlink::MessageBuilder stopNan(std::uint64_t wdev) const;

private:
    Netlink::MessageBuilder command(std::uint8_t command) const;
    static void putMonitorFlags(Netlink::MessageBuilder &builder, const MonitorFlags &flags);

    std::uint16_t m_family;
};

} // namespace Airpane::Nl80211
