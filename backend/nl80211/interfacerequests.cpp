// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacerequests.h"

#include <linux/netlink.h>
#include <linux/nl80211.h>

namespace Airpane::Nl80211 {

Netlink::MessageBuilder InterfaceRequests::command(std::uint8_t command) const
{
    return Netlink::MessageBuilder::generic(m_family, command, NLM_F_REQUEST | NLM_F_ACK);
}

void InterfaceRequests::putMonitorFlags(Netlink::MessageBuilder &builder, const MonitorFlags &flags)
{
    builder.beginNested(NL80211_ATTR_MNTR_FLAGS);
    for (const MonitorFlag flag : flags) {
        builder.putFlag(std::uint16_t(flag));
    }
    builder.endNested();
}

Netlink::MessageBuilder InterfaceRequests::newInterface(const CreateInterfaceRequest &request,
                                                        const QByteArray &mac) const
{
    auto builder = command(NL80211_CMD_NEW_INTERFACE);
    builder.putU32(NL80211_ATTR_WIPHY, request.radio);
    builder.putString(NL80211_ATTR_IFNAME, request.name);
    builder.putU32(NL80211_ATTR_IFTYPE, std::uint32_t(request.type));
    if (!mac.isEmpty()) {
        builder.putBytes(NL80211_ATTR_MAC, mac);
    }
    if (request.type == InterfaceType::Monitor && !request.monitorFlags.isEmpty()) {
        putMonitorFlags(builder, request.monitorFlags);
    }
    if (request.owned) {
        builder.putFlag(NL80211_ATTR_SOCKET_OWNER);
    }
    return builder;
}

Netlink::MessageBuilder InterfaceRequests::setInterfaceType(std::uint32_t ifindex, InterfaceType type,
                                                            const MonitorFlags &flags) const
{
    auto builder = command(NL80211_CMD_SET_INTERFACE);
    builder.putU32(NL80211_ATTR_IFINDEX, ifindex);
    builder.putU32(NL80211_ATTR_IFTYPE, std::uint32_t(type));
    if (type == InterfaceType::Monitor && !flags.isEmpty()) {
        putMonitorFlags(builder, flags);
    }
    return builder;
}

Netlink::MessageBuilder InterfaceRequests::deleteInterface(std::optional<std::uint32_t> ifindex,
                                                           std::uint64_t wdev) const
{
    auto builder = command(NL80211_CMD_DEL_INTERFACE);
    if (ifindex) {
        builder.putU32(NL80211_ATTR_IFINDEX, *ifindex);
    } else {
        builder.putU64(NL80211_ATTR_WDEV, wdev);
    }
    return builder;
}

Netlink::MessageBuilder InterfaceRequests::startP2pDevice(std::uint64_t wdev) const
{
    auto builder = command(NL80211_CMD_START_P2P_DEVICE);
    builder.putU64(NL80211_ATTR_WDEV, wdev);
    return builder;
}

Netlink::MessageBuilder InterfaceRequests::stopP2pDevice(std::uint64_t wdev) const
{
    auto builder = command(NL80211_CMD_STOP_P2P_DEVICE);
    builder.putU64(NL80211_ATTR_WDEV, wdev);
    return builder;
}

Netlink::MessageBuilder InterfaceRequests::startNan(std::uint64_t wdev, std::uint8_t masterPreference) const
{
    auto builder = command(NL80211_CMD_START_NAN);
    builder.putU64(NL80211_ATTR_WDEV, wdev);
    builder.putU8(NL80211_ATTR_NAN_MASTER_PREF, masterPreference);
    return builder;
}

Netlink::MessageBuilder InterfaceRequests::stopNan(std::uint64_t wdev) const
{
    auto builder = command(NL80211_CMD_STOP_NAN);
    builder.putU64(NL80211_ATTR_WDEV, wdev);
    return builder;
}

} // namespace Airpane::Nl80211
