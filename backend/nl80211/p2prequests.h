// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nl/message.h"

#include <QByteArray>

#include <cstdint>

namespace Airpane::Nl80211 {

// Off-channel operations of a wdev (a P2P device): staying on a channel, sending management frames,
// and registering for received ones. Pure builders.
Netlink::MessageBuilder remainOnChannel(std::uint16_t family, std::uint64_t wdev, int frequency, std::uint32_t durationMs);
Netlink::MessageBuilder cancelRemainOnChannel(std::uint16_t family, std::uint64_t wdev, std::uint64_t cookie);
// CMD_FRAME: FRAME sent on FREQUENCY without CCK rates; the reply carries the cookie its TX status
// will name.
Netlink::MessageBuilder transmitFrame(std::uint16_t family, std::uint64_t wdev, int frequency, const QByteArray &frame);
// REGISTER_FRAME: management frames of TYPE (frame control, 0x0040 for probe requests) whose body
// starts with MATCH come to the socket that registers; closing it is the only way to unregister.
Netlink::MessageBuilder registerFrame(std::uint16_t family, std::uint64_t wdev, std::uint16_t type, const QByteArray &match);

} // namespace Airpane::Nl80211
