// SPDX-License-Identifier: GPL-3.0-or-later
#include "p2prequests.h"

#include <linux/netlink.h>
#include <linux/nl80211.h>

namespace Airpane::Nl80211 {
namespace {

Netlink::MessageBuilder command(std::uint16_t family, std::uint8_t cmd, std::uint64_t wdev)
{
    auto builder = Netlink::MessageBuilder::generic(family, cmd, NLM_F_REQUEST | NLM_F_ACK);
    builder.putU64(NL80211_ATTR_WDEV, wdev);
    return builder;
}

} // namespace

Netlink::MessageBuilder remainOnChannel(std::uint16_t family, std::uint64_t wdev, int frequency, std::uint32_t durationMs)
{
    auto builder = command(family, NL80211_CMD_REMAIN_ON_CHANNEL, wdev);
    builder.putU32(NL80211_ATTR_WIPHY_FREQ, std::uint32_t(frequency));
    builder.putU32(NL80211_ATTR_DURATION, durationMs);
    return builder;
}

Netlink::MessageBuilder cancelRemainOnChannel(std::uint16_t family, std::uint64_t wdev, std::uint64_t cookie)
{
    auto builder = command(family, NL80211_CMD_CANCEL_REMAIN_ON_CHANNEL, wdev);
    builder.putU64(NL80211_ATTR_COOKIE, cookie);
    return builder;
}

Netlink::MessageBuilder transmitFrame(std::uint16_t family, std::uint64_t wdev, int frequency, const QByteArray &frame)
{
    auto builder = command(family, NL80211_CMD_FRAME, wdev);
    builder.putU32(NL80211_ATTR_WIPHY_FREQ, std::uint32_t(frequency));
    builder.putFlag(NL80211_ATTR_TX_NO_CCK_RATE);
    builder.putFlag(NL80211_ATTR_OFFCHANNEL_TX_OK);
    builder.putBytes(NL80211_ATTR_FRAME, frame);
    return builder;
}

Netlink::MessageBuilder registerFrame(std::uint16_t family, std::uint64_t wdev, std::uint16_t type, const QByteArray &match)
{
    auto builder = command(family, NL80211_CMD_REGISTER_FRAME, wdev);
    builder.putU16(NL80211_ATTR_FRAME_TYPE, type);
    builder.putBytes(NL80211_ATTR_FRAME_MATCH, match);
    return builder;
}

} // namespace Airpane::Nl80211
