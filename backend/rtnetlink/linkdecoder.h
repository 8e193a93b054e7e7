// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nl/message.h"

#include <QString>

#include <optional>

namespace Airpane::Rtnetlink {

// A network interface's link state, from RTM_NEWLINK / RTM_DELLINK.
struct LinkState
{
    std::uint32_t ifindex = 0;
    QString name;
    bool up = false;      // IFF_UP: administratively up
    bool lowerUp = false; // IFF_LOWER_UP: the driver signals carrier
    QString operState;    // RFC 2863: "up", "down", "dormant", "lowerlayerdown", "unknown", ...
    bool removed = false; // RTM_DELLINK
};

std::optional<LinkState> decodeLink(const Netlink::Message &message);

// RTM_GETLINK as a dump.
Netlink::MessageBuilder getLinks();

} // namespace Airpane::Rtnetlink
