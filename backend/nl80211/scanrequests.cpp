// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanrequests.h"

#include <linux/netlink.h>
#include <linux/nl80211.h>

namespace Airpane::Nl80211 {
namespace {

void putTarget(Netlink::MessageBuilder &builder, const ScanTarget &target)
{
    if (target.ifindex) {
        builder.putU32(NL80211_ATTR_IFINDEX, *target.ifindex);
    } else if (target.wdev) {
        builder.putU64(NL80211_ATTR_WDEV, *target.wdev);
    }
}

} // namespace

Netlink::MessageBuilder triggerScan(std::uint16_t family, const ScanTarget &target,
                                    const ScanOptions &options)
{
    auto builder =
        Netlink::MessageBuilder::generic(family, NL80211_CMD_TRIGGER_SCAN, NLM_F_REQUEST | NLM_F_ACK);
    putTarget(builder, target);
    if (!options.frequencies.isEmpty()) {
        builder.beginNested(NL80211_ATTR_SCAN_FREQUENCIES);
        std::uint16_t index = 0;
        for (const int frequency : options.frequencies) {
            builder.putU32(index++, std::uint32_t(frequency));
        }
        builder.endNested();
    }
    if (!options.passive) {
        builder.beginNested(NL80211_ATTR_SCAN_SSIDS);
        if (options.ssids.isEmpty()) {
            builder.putBytes(0, QByteArray()); // the wildcard SSID
        }
        std::uint16_t index = 0;
        for (const QByteArray &ssid : options.ssids) {
            builder.putBytes(index++, ssid);
        }
        builder.endNested();
    }
    std::uint32_t flags = 0;
    flags |= options.lowPriority ? NL80211_SCAN_FLAG_LOW_PRIORITY : 0;
    flags |= options.flush ? NL80211_SCAN_FLAG_FLUSH : 0;
    flags |= options.apForce ? NL80211_SCAN_FLAG_AP : 0;
    flags |= options.randomMac ? NL80211_SCAN_FLAG_RANDOM_ADDR : 0;
    flags |= options.colocated6Ghz ? NL80211_SCAN_FLAG_COLOCATED_6GHZ : 0;
    if (flags) {
        builder.putU32(NL80211_ATTR_SCAN_FLAGS, flags);
    }
    if (options.durationTu) {
        builder.putU16(NL80211_ATTR_MEASUREMENT_DURATION, *options.durationTu);
        if (options.durationMandatory) {
            builder.putFlag(NL80211_ATTR_MEASUREMENT_DURATION_MANDATORY);
        }
    }
    if (!options.elements.isEmpty()) {
        builder.putBytes(NL80211_ATTR_IE, options.elements);
    }
    if (options.noCckRates) {
        builder.putFlag(NL80211_ATTR_TX_NO_CCK_RATE);
    }
    if (!options.supportedRates.isEmpty()) {
        builder.beginNested(NL80211_ATTR_SCAN_SUPP_RATES);
        for (auto it = options.supportedRates.cbegin(); it != options.supportedRates.cend(); ++it) {
            builder.putBytes(std::uint16_t(it.key()), it.value());
        }
        builder.endNested();
    }
    return builder;
}

Netlink::MessageBuilder getScan(std::uint16_t family, const ScanTarget &target)
{
    auto builder = Netlink::MessageBuilder::generic(family, NL80211_CMD_GET_SCAN, NLM_F_REQUEST | NLM_F_DUMP);
    putTarget(builder, target);
    return builder;
}

Netlink::MessageBuilder abortScan(std::uint16_t family, const ScanTarget &target)
{
    auto builder =
        Netlink::MessageBuilder::generic(family, NL80211_CMD_ABORT_SCAN, NLM_F_REQUEST | NLM_F_ACK);
    putTarget(builder, target);
    return builder;
}

} // namespace Airpane::Nl80211
