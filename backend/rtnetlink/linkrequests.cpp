// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkrequests.h"

#include <linux/if.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace Airpane::Rtnetlink {

Netlink::MessageBuilder setLinkUp(std::uint32_t ifindex, bool up)
{
    Netlink::MessageBuilder builder(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_ACK);
    ifinfomsg header = {};
    header.ifi_family = AF_UNSPEC;
    header.ifi_index = int(ifindex);
    header.ifi_flags = up ? IFF_UP : 0;
    header.ifi_change = IFF_UP;
    builder.putRaw(&header, sizeof header);
    return builder;
}

} // namespace Airpane::Rtnetlink
