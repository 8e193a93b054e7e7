// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nl/message.h"

#include <cstdint>

namespace Airpane::Rtnetlink {

// RTM_NEWLINK that sets or clears IFF_UP on IFINDEX (what `ip link set NAME up` sends), with an
// acknowledgement. Pure.
Netlink::MessageBuilder setLinkUp(std::uint32_t ifindex, bool up);

} // namespace Airpane::Rtnetlink
