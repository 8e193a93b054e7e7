// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkdecoder.h"

#include <linux/if.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include <cstring>

namespace Airpane::Rtnetlink {
namespace {

QString operStateKey(std::uint8_t state)
{
    switch (state) {
    case IF_OPER_NOTPRESENT:
        return QStringLiteral("notpresent");
    case IF_OPER_DOWN:
        return QStringLiteral("down");
    case IF_OPER_LOWERLAYERDOWN:
        return QStringLiteral("lowerlayerdown");
    case IF_OPER_TESTING:
        return QStringLiteral("testing");
    case IF_OPER_DORMANT:
        return QStringLiteral("dormant");
    case IF_OPER_UP:
        return QStringLiteral("up");
    default:
        return QStringLiteral("unknown");
    }
}

} // namespace

std::optional<LinkState> decodeLink(const Netlink::Message &message)
{
    if ((message.type != RTM_NEWLINK && message.type != RTM_DELLINK) ||
        message.payload.size() < sizeof(ifinfomsg)) {
        return std::nullopt;
    }
    ifinfomsg info;
    std::memcpy(&info, message.payload.data(), sizeof info);
    LinkState state;
    state.ifindex = std::uint32_t(info.ifi_index);
    state.up = info.ifi_flags & IFF_UP;
    state.lowerUp = info.ifi_flags & IFF_LOWER_UP;
    state.removed = message.type == RTM_DELLINK;
    const Netlink::AttributeList attributes(message.payload.subspan(NLMSG_ALIGN(sizeof(ifinfomsg))));
    if (const auto name = attributes.find(IFLA_IFNAME)) {
        state.name = name->string();
    }
    if (const auto oper = attributes.find(IFLA_OPERSTATE)) {
        state.operState = operStateKey(oper->u8().value_or(IF_OPER_UNKNOWN));
    }
    return state;
}

Netlink::MessageBuilder getLinks()
{
    Netlink::MessageBuilder builder(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP);
    ifinfomsg info = {};
    info.ifi_family = AF_UNSPEC;
    builder.putRaw(&info, sizeof info);
    return builder;
}

} // namespace Airpane::Rtnetlink
