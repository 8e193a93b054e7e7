// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/event.h"
#include "nl/message.h"

#include <variant>

namespace Airpane::Nl80211 {

// Summarises one nl80211 multicast event (without its time, which the receiver stamps).
std::variant<Event, QString> decodeEvent(const Netlink::GenericMessage &message);

} // namespace Airpane::Nl80211
