// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests.h"

#include <linux/netlink.h>
#include <linux/nl80211.h>

namespace Airpane::Nl80211 {

Netlink::MessageBuilder Requests::dump(std::uint8_t command) const
{
    return Netlink::MessageBuilder::generic(m_family, command, NLM_F_REQUEST | NLM_F_DUMP);
}

Netlink::MessageBuilder Requests::getWiphy(std::optional<std::uint32_t> wiphy) const
{
    auto builder = dump(NL80211_CMD_GET_WIPHY);
    builder.putFlag(NL80211_ATTR_SPLIT_WIPHY_DUMP);
    if (wiphy) {
        builder.putU32(NL80211_ATTR_WIPHY, *wiphy);
    }
    return builder;
}

Netlink::MessageBuilder Requests::getInterfaces() const
{
    return dump(NL80211_CMD_GET_INTERFACE);
}

Netlink::MessageBuilder Requests::getRegulatory() const
{
    return dump(NL80211_CMD_GET_REG);
}

Netlink::MessageBuilder Requests::getStations(std::uint32_t ifindex) const
{
    auto builder = dump(NL80211_CMD_GET_STATION);
    builder.putU32(NL80211_ATTR_IFINDEX, ifindex);
    return builder;
}

Netlink::MessageBuilder Requests::getSurvey(std::uint32_t ifindex) const
{
    auto builder = dump(NL80211_CMD_GET_SURVEY);
    builder.putU32(NL80211_ATTR_IFINDEX, ifindex);
    return builder;
}

} // namespace Airpane::Nl80211
